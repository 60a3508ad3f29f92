/* jx-project-detail.h: every field of one project, editable, with the computed figures beside the stated ones
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_PROJECT_DETAIL (jx_project_detail_get_type ())

G_DECLARE_FINAL_TYPE (JxProjectDetail, jx_project_detail, JX, PROJECT_DETAIL, AdwBin)

GtkWidget *jx_project_detail_new           (void);
void       jx_project_detail_set_workspace (JxProjectDetail *self,
                                            JxWorkspace     *workspace);
JxProject *jx_project_detail_get_project   (JxProjectDetail *self);
void       jx_project_detail_set_project   (JxProjectDetail *self,
                                            JxProject       *project);

G_END_DECLS
