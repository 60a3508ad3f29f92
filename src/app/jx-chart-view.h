/* jx-chart-view.h: a widget that shows a chart of the chart library
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "jixiao-charts.h"

G_BEGIN_DECLS

#define JX_TYPE_CHART_VIEW (jx_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (JxChartView, jx_chart_view, JX, CHART_VIEW, GtkWidget)

GtkWidget         *jx_chart_view_new      (void);
void               jx_chart_view_set_data (JxChartView *self,
                                           JxChartData *data);
const JxChartData *jx_chart_view_get_data (JxChartView *self);
const char        *jx_chart_view_get_title (JxChartView *self);

G_END_DECLS
