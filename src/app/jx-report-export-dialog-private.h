/* jx-report-export-dialog-private.h: what the tests drive without a file chooser
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jixiao-reports.h"
#include "jx-report-export-dialog.h"

G_BEGIN_DECLS

JxReportFormat jx_report_export_dialog_get_format         (JxReportExportDialog *self);
void           jx_report_export_dialog_set_format         (JxReportExportDialog *self,
                                                           JxReportFormat        format);
char          *jx_report_export_dialog_get_file_name      (JxReportExportDialog *self);
void           jx_report_export_dialog_export_to          (JxReportExportDialog *self,
                                                           const char           *path,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
gboolean       jx_report_export_dialog_export_to_finish   (JxReportExportDialog *self,
                                                           GAsyncResult         *result,
                                                           GError              **error);
void           jx_report_export_dialog_cancel             (JxReportExportDialog *self);
gboolean       jx_report_export_dialog_is_running         (JxReportExportDialog *self);
double         jx_report_export_dialog_get_fraction       (JxReportExportDialog *self);
const char    *jx_report_export_dialog_get_status         (JxReportExportDialog *self);
gboolean       jx_report_export_dialog_get_status_is_error (JxReportExportDialog *self);

G_END_DECLS
