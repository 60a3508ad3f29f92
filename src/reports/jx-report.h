/* jx-report.h: the report pack of a department-year
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "jixiao-core.h"
#include "jx-chart-data.h"
#include "jx-report-table.h"

G_BEGIN_DECLS

#define JX_REPORT_ERROR (jx_report_error_quark ())

/**
 * JxReportError:
 * @JX_REPORT_ERROR_NOT_FOUND: the department or year is not in the database
 * @JX_REPORT_ERROR_FORMAT: the file name asks for a format there is none of
 * @JX_REPORT_ERROR_WRITE: the file could not be written
 */
typedef enum {
  JX_REPORT_ERROR_NOT_FOUND,
  JX_REPORT_ERROR_FORMAT,
  JX_REPORT_ERROR_WRITE,
} JxReportError;

/**
 * JxReportFormat:
 * @JX_REPORT_FORMAT_PDF: the report pack, typeset (.pdf)
 * @JX_REPORT_FORMAT_XLSX: the tables as a workbook, one sheet each (.xlsx)
 * @JX_REPORT_FORMAT_CSV: the tables one after another in a CSV file (.csv)
 */
typedef enum {
  JX_REPORT_FORMAT_PDF,
  JX_REPORT_FORMAT_XLSX,
  JX_REPORT_FORMAT_CSV,
} JxReportFormat;

/**
 * JxReportTile:
 * @label: what the figure is ("Execution rate")
 * @value: the figure as printed ("99.97%")
 * @detail: (nullable): a line under it ("39,720.00 of 39,732.00 万元")
 */
typedef struct {
  char *label;
  char *value;
  char *detail;
} JxReportTile;

/**
 * JxReportProgressFunc:
 * @fraction: how much is done, from 0 to 1
 * @user_data: the data given with the function
 *
 * Called while a report is written, from the thread that writes it.
 */
typedef void (*JxReportProgressFunc) (double   fraction,
                                      gpointer user_data);

typedef struct _JxReport JxReport;

GQuark          jx_report_error_quark      (void);

JxReport       *jx_report_load             (JxStore               *store,
                                            const char            *department,
                                            gint64                 year,
                                            GError               **error);
void            jx_report_free             (JxReport              *self);

const char     *jx_report_get_department   (JxReport              *self);
gint64          jx_report_get_year         (JxReport              *self);
JxYearScore    *jx_report_get_score        (JxReport              *self);
GPtrArray      *jx_report_get_findings     (JxReport              *self);
GPtrArray      *jx_report_get_tiles        (JxReport              *self);
GPtrArray      *jx_report_get_charts       (JxReport              *self);
GPtrArray      *jx_report_get_tables       (JxReport              *self);
JxReportTable  *jx_report_get_year_form    (JxReport              *self);
GPtrArray      *jx_report_get_project_forms (JxReport             *self);
JxReportTable  *jx_report_get_summary      (JxReport              *self);
JxReportTable  *jx_report_get_findings_table (JxReport            *self);

gboolean        jx_report_format_for_path  (const char            *path,
                                            JxReportFormat        *format,
                                            GError               **error);
gboolean        jx_report_write            (JxReport              *self,
                                            const char            *path,
                                            JxReportFormat         format,
                                            JxReportProgressFunc   progress,
                                            gpointer               user_data,
                                            GCancellable          *cancellable,
                                            GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxReport, jx_report_free)

G_END_DECLS
