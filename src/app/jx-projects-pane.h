/* jx-projects-pane.h: the projects of a department-year, editable, and the detail of one
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_PROJECTS_PANE (jx_projects_pane_get_type ())

G_DECLARE_FINAL_TYPE (JxProjectsPane, jx_projects_pane, JX, PROJECTS_PANE, AdwBin)

GtkWidget     *jx_projects_pane_new             (void);
void           jx_projects_pane_set_workspace   (JxProjectsPane *self,
                                                 JxWorkspace    *workspace);
gboolean       jx_projects_pane_reveal          (JxProjectsPane *self,
                                                 JxProject      *project);
GtkAdjustment *jx_projects_pane_get_vadjustment (JxProjectsPane *self);

G_END_DECLS
