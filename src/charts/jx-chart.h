/* jx-chart.h: drawing a chart into any cairo_t
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "jx-chart-data.h"
#include "jx-chart-style.h"

G_BEGIN_DECLS

/**
 * JxChartHit:
 * @item: the index of the item in the chart data
 * @x: left edge of what was drawn for it, in points
 * @y: top edge
 * @width: width
 * @height: height
 *
 * Where an item was drawn, for tooltips and click-through.
 */
typedef struct {
  guint  item;
  double x;
  double y;
  double width;
  double height;
} JxChartHit;

void    jx_chart_render             (cairo_t            *cr,
                                     const JxChartData  *data,
                                     const JxChartStyle *style,
                                     double              width,
                                     double              height,
                                     GArray             *hits);
double  jx_chart_get_natural_height (const JxChartData  *data,
                                     const JxChartStyle *style,
                                     double              width);
gint    jx_chart_hit_test           (GArray             *hits,
                                     double              x,
                                     double              y);

G_END_DECLS
