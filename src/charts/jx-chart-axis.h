/* jx-chart-axis.h: axis steps people can read
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

double  jx_chart_axis_nice_step (double  range,
                                 guint   max_ticks);
double  jx_chart_axis_nice_max  (double  maximum,
                                 guint   max_ticks,
                                 double *step);
char   *jx_chart_axis_format    (double  value,
                                 double  step,
                                 gboolean percent);

G_END_DECLS
