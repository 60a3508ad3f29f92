/* jx-dashboard-pane.h: the dashboard of a department-year: tiles and charts
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_DASHBOARD_PANE (jx_dashboard_pane_get_type ())

G_DECLARE_FINAL_TYPE (JxDashboardPane, jx_dashboard_pane, JX, DASHBOARD_PANE, AdwBin)

GtkWidget   *jx_dashboard_pane_new           (void);
void         jx_dashboard_pane_set_workspace (JxDashboardPane   *self,
                                              JxWorkspace       *workspace);
GPtrArray   *jx_dashboard_pane_build_charts  (JxDashboardPane   *self,
                                              const char        *kind);
guint        jx_dashboard_pane_get_month     (JxDashboardPane   *self);
void         jx_dashboard_pane_set_month     (JxDashboardPane   *self,
                                              guint              month);

JxYearScore *jx_dashboard_score_year         (JxWorkspace       *workspace,
                                              JxDepartmentYear  *year,
                                              GError           **error);

G_END_DECLS
