/* jx-department-pane.h: a department and its selected year: budget, revenue, expenditure, 三公经费, narrative
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_DEPARTMENT_PANE (jx_department_pane_get_type ())

G_DECLARE_FINAL_TYPE (JxDepartmentPane, jx_department_pane, JX, DEPARTMENT_PANE, AdwBin)

GtkWidget *jx_department_pane_new           (void);
void       jx_department_pane_set_workspace (JxDepartmentPane *self,
                                             JxWorkspace      *workspace);

G_END_DECLS
