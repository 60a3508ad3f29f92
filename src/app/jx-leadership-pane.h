/* jx-leadership-pane.h: every department of a year side by side, for leadership
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_LEADERSHIP_PANE (jx_leadership_pane_get_type ())

G_DECLARE_FINAL_TYPE (JxLeadershipPane, jx_leadership_pane, JX, LEADERSHIP_PANE, AdwBin)

GtkWidget *jx_leadership_pane_new           (void);
void       jx_leadership_pane_set_workspace (JxLeadershipPane *self,
                                             JxWorkspace      *workspace);
gint64     jx_leadership_pane_get_year      (JxLeadershipPane *self);
void       jx_leadership_pane_set_year      (JxLeadershipPane *self,
                                             gint64            year);

G_END_DECLS
