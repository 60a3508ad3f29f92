/* jx-chart-export.h: charts as PNG, SVG and PDF files
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "jx-chart.h"

G_BEGIN_DECLS

#define JX_CHART_ERROR (jx_chart_error_quark ())

typedef enum {
  JX_CHART_ERROR_FORMAT,
  JX_CHART_ERROR_SIZE,
  JX_CHART_ERROR_WRITE,
} JxChartError;

typedef enum {
  JX_CHART_FORMAT_PNG,
  JX_CHART_FORMAT_SVG,
  JX_CHART_FORMAT_PDF,
} JxChartFormat;

/* A chart is at least this large, and at most, in points. */
#define JX_CHART_MIN_SIZE 120.0
#define JX_CHART_MAX_SIZE 14400.0

GQuark    jx_chart_error_quark       (void);
gboolean  jx_chart_format_for_path   (const char          *path,
                                      JxChartFormat       *format,
                                      GError             **error);
gboolean  jx_chart_export            (GPtrArray           *charts,
                                      const JxChartStyle  *style,
                                      const char          *path,
                                      double               width,
                                      double               height,
                                      double               dpi,
                                      GError             **error);

G_END_DECLS
