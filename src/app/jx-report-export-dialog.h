/* jx-report-export-dialog.h: the report pack of a year saved as PDF, XLSX or CSV
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JX_TYPE_REPORT_EXPORT_DIALOG (jx_report_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (JxReportExportDialog, jx_report_export_dialog, JX, REPORT_EXPORT_DIALOG, AdwWindow)

JxReportExportDialog *jx_report_export_dialog_new               (GtkWindow            *parent,
                                                                 const char           *database,
                                                                 const char           *department,
                                                                 gint64                year,
                                                                 GSettings            *settings);
void                  jx_report_export_dialog_set_toast_overlay (JxReportExportDialog *self,
                                                                 AdwToastOverlay      *overlay);

G_END_DECLS
