/* jx-chart-builder.h: chart data from the scores of the core library
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jixiao-core.h"
#include "jx-chart-data.h"

G_BEGIN_DECLS

JxChartData *jx_chart_builder_for_year       (JxChartKind   kind,
                                              JxYearScore  *score,
                                              const char   *department);
JxChartData *jx_chart_builder_allocation     (JxProject    *project,
                                              const char   *department,
                                              gint64        year);
JxChartData *jx_chart_builder_trend          (const char   *department,
                                              GPtrArray    *scores);
JxChartData *jx_chart_builder_monitoring     (JxYearScore  *score,
                                              const char   *department,
                                              guint         month);

JxChartData *jx_chart_builder_departments_execution (GPtrArray *scores,
                                                     GPtrArray *departments,
                                                     gint64     year);
JxChartData *jx_chart_builder_departments_score     (GPtrArray *scores,
                                                     GPtrArray *departments,
                                                     gint64     year);

G_END_DECLS
