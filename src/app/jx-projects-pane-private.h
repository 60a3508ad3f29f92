/* jx-projects-pane-private.h: what the tests of the projects pane look at
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-project-detail.h"
#include "jx-projects-pane.h"

G_BEGIN_DECLS

GListModel      *jx_projects_pane_get_model       (JxProjectsPane *self);
JxProject       *jx_projects_pane_get_selected    (JxProjectsPane *self);
JxProjectDetail *jx_projects_pane_get_detail      (JxProjectsPane *self);
AdwToast        *jx_projects_pane_get_undo_toast  (JxProjectsPane *self);
GtkWidget       *jx_projects_pane_get_cell        (JxProjectsPane *self,
                                                   guint           position,
                                                   const char     *column);
char            *jx_projects_pane_dup_cell_text   (JxProjectsPane *self,
                                                   guint           position,
                                                   const char     *column);
const char      *jx_projects_pane_get_cell_problem (JxProjectsPane *self,
                                                   guint           position,
                                                   const char     *column);
gboolean         jx_projects_pane_edit_cell       (JxProjectsPane *self,
                                                   guint           position,
                                                   const char     *column,
                                                   const char     *text);
gboolean         jx_projects_pane_is_cell_editing (JxProjectsPane *self,
                                                   guint           position,
                                                   const char     *column);

G_END_DECLS
