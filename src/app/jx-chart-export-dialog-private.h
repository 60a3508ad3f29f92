/* jx-chart-export-dialog-private.h: what the tests drive without a file chooser
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-chart-export-dialog.h"

G_BEGIN_DECLS

JxChartExportDialog *jx_chart_export_dialog_new              (GtkWindow           *parent,
                                                              GPtrArray           *charts,
                                                              const char          *suggested_basename);
char                *jx_chart_export_dialog_get_file_name    (JxChartExportDialog *self);
void                 jx_chart_export_dialog_export_to        (JxChartExportDialog *self,
                                                              const char          *path,
                                                              GAsyncReadyCallback  callback,
                                                              gpointer             user_data);
gboolean             jx_chart_export_dialog_export_to_finish (JxChartExportDialog *self,
                                                              GAsyncResult        *result,
                                                              GError             **error);

G_END_DECLS
