/* jx-chart-export-dialog.h: charts saved as PNG, SVG or PDF files
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-charts.h"

G_BEGIN_DECLS

#define JX_TYPE_CHART_EXPORT_DIALOG (jx_chart_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (JxChartExportDialog, jx_chart_export_dialog, JX, CHART_EXPORT_DIALOG, AdwWindow)

JxChartExportDialog *jx_chart_export_dialog_present           (GtkWindow           *parent,
                                                               GPtrArray           *charts,
                                                               const char          *suggested_basename);
void                 jx_chart_export_dialog_set_toast_overlay (JxChartExportDialog *self,
                                                               AdwToastOverlay     *overlay);

G_END_DECLS
