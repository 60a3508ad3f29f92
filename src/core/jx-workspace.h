/* jx-workspace.h: what one window works on
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "jx-department.h"
#include "jx-department-year.h"
#include "jx-finding.h"
#include "jx-history.h"
#include "jx-project.h"
#include "jx-store.h"
#include "jx-year-score.h"

G_BEGIN_DECLS

#define JX_TYPE_WORKSPACE (jx_workspace_get_type ())

G_DECLARE_FINAL_TYPE (JxWorkspace, jx_workspace, JX, WORKSPACE, GObject)

JxWorkspace            *jx_workspace_new                    (JxStore           *store);
JxStore                *jx_workspace_get_store              (JxWorkspace       *self);
JxHistory              *jx_workspace_get_history            (JxWorkspace       *self);

GPtrArray              *jx_workspace_get_departments        (JxWorkspace       *self,
                                                             GError           **error);
gboolean                jx_workspace_load_year              (JxWorkspace       *self,
                                                             JxDepartmentYear  *year,
                                                             GError           **error);
gboolean                jx_workspace_select_year            (JxWorkspace       *self,
                                                             JxDepartment      *department,
                                                             JxDepartmentYear  *year,
                                                             GError           **error);
JxDepartment           *jx_workspace_get_department         (JxWorkspace       *self);
JxDepartmentYear       *jx_workspace_get_year               (JxWorkspace       *self);
JxProject              *jx_workspace_get_project            (JxWorkspace       *self);
void                    jx_workspace_set_project            (JxWorkspace       *self,
                                                             JxProject         *project);

JxScoringProfile       *jx_workspace_get_profile            (JxWorkspace       *self);
JxYearScore            *jx_workspace_get_score              (JxWorkspace       *self);
GPtrArray              *jx_workspace_get_findings           (JxWorkspace       *self);
const JxProjectScore   *jx_workspace_find_project_score     (JxWorkspace       *self,
                                                             JxProject         *project);
const JxIndicatorScore *jx_workspace_find_indicator_score   (JxWorkspace       *self,
                                                             JxIndicator       *indicator);
GPtrArray              *jx_workspace_list_findings_for      (JxWorkspace       *self,
                                                             JxRecord          *subject);
void                    jx_workspace_rescore                (JxWorkspace       *self);

void                    jx_workspace_activate               (JxWorkspace       *self,
                                                             JxRecord          *record);

G_END_DECLS
