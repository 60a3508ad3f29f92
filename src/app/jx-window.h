/* jx-window.h: the main window
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_WINDOW (jx_window_get_type ())

G_DECLARE_FINAL_TYPE (JxWindow, jx_window, JX, WINDOW, AdwApplicationWindow)

JxWindow *jx_window_new              (AdwApplication *application,
                                      JxStore        *store,
                                      const GError   *open_error);
gboolean  jx_window_select_year      (JxWindow       *self,
                                      const char     *department,
                                      gint64          year);

JxWorkspace *jx_window_get_workspace (JxWindow     *self);
void      jx_window_show_pane        (JxWindow       *self,
                                      const char     *name);

G_END_DECLS
