/* jx-chart-data.h: what a chart shows, apart from how
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "jx-chart-style.h"

G_BEGIN_DECLS

/**
 * JxChartKind:
 * @JX_CHART_KIND_EXECUTION: execution rate per project against 100% and 90%
 * @JX_CHART_KIND_BUDGET_ACTUAL: budget and actual per project, in 万元
 * @JX_CHART_KIND_ATTAINMENT: target attainment per 一级 category
 * @JX_CHART_KIND_SCORE: score composition per project, with the grade
 * @JX_CHART_KIND_STRUCTURE: expenditure structure as a donut
 * @JX_CHART_KIND_ALLOCATION: the allocation lines of one project
 * @JX_CHART_KIND_TREND: a department's execution rate and score by year
 * @JX_CHART_KIND_MONITORING: indicators' traffic lights for a month
 */
typedef enum {
  JX_CHART_KIND_EXECUTION,
  JX_CHART_KIND_BUDGET_ACTUAL,
  JX_CHART_KIND_ATTAINMENT,
  JX_CHART_KIND_SCORE,
  JX_CHART_KIND_STRUCTURE,
  JX_CHART_KIND_ALLOCATION,
  JX_CHART_KIND_TREND,
  JX_CHART_KIND_MONITORING,
} JxChartKind;

#define JX_CHART_N_KINDS (JX_CHART_KIND_MONITORING + 1)
#define JX_CHART_MAX_SERIES 4

/**
 * JxChartItem:
 * @label: what the item is (a project, a region, a year)
 * @values: its values, one per series of the chart (NAN when unknown)
 * @limits: what each value is measured against (a weight), or NAN
 * @value_text: (nullable): the text shown at the end of its bars
 * @detail: (nullable): the tooltip: amounts and rates in full
 * @status: a judgement, shown by colour and mark
 * @record_id: the row id of the record it stands for, for click-through
 */
typedef struct {
  char          *label;
  double         values[JX_CHART_MAX_SERIES];
  double         limits[JX_CHART_MAX_SERIES];
  char          *value_text;
  char          *detail;
  JxChartStatus  status;
  gint64         record_id;
} JxChartItem;

/**
 * JxChartData:
 * @kind: the kind of chart
 * @title: the title
 * @subtitle: (nullable): the line under it (department, year, unit)
 * @unit: the unit of the values ("%", "万元", "分")
 * @series: the names of the series, for the legend
 * @n_series: how many series
 * @items: (element-type JxChartItem): the items, in the order drawn
 * @references: values marked by a line across the chart (100%, 90%)
 * @n_references: how many
 * @status_labels: (nullable): what each #JxChartStatus means in this chart,
 *   for the legend ("below 90%")
 */
typedef struct {
  JxChartKind  kind;
  char        *title;
  char        *subtitle;
  char        *unit;
  char        *series[JX_CHART_MAX_SERIES];
  guint        n_series;
  GPtrArray   *items;
  double       references[2];
  guint        n_references;
  char        *status_labels[JX_CHART_STATUS_AHEAD + 1];
} JxChartData;

const char  *jx_chart_kind_to_string   (JxChartKind        kind);
gboolean     jx_chart_kind_from_string (const char        *name,
                                        JxChartKind       *kind);

JxChartData *jx_chart_data_new         (JxChartKind        kind,
                                        const char        *title,
                                        const char        *subtitle,
                                        const char        *unit);
void         jx_chart_data_free        (JxChartData       *self);
void         jx_chart_data_add_series  (JxChartData       *self,
                                        const char        *name);
JxChartItem *jx_chart_data_add_item    (JxChartData       *self,
                                        const char        *label);
void         jx_chart_data_add_reference (JxChartData     *self,
                                          double           value);
void         jx_chart_data_set_status_label (JxChartData   *self,
                                            JxChartStatus  status,
                                            const char    *label);
void         jx_chart_data_sort        (JxChartData       *self,
                                        guint              series,
                                        gboolean           descending);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxChartData, jx_chart_data_free)

G_END_DECLS
