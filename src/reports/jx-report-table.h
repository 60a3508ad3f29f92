/* jx-report-table.h: one table of a report, laid out as the form prints it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * JxReportValue:
 * @JX_REPORT_VALUE_TEXT: text only
 * @JX_REPORT_VALUE_MONEY: an amount in fen, printed in 万元
 * @JX_REPORT_VALUE_POINTS: points in hundredths, printed with 2 decimals
 * @JX_REPORT_VALUE_RATE: a rate in hundredths of a percent (8737 is
 *   87.37%), printed as a percentage
 *
 * What a cell holds. Every cell has a text as printed; a number also keeps
 * its exact value, so that a workbook gets numbers, not text.
 */
typedef enum {
  JX_REPORT_VALUE_TEXT,
  JX_REPORT_VALUE_MONEY,
  JX_REPORT_VALUE_POINTS,
  JX_REPORT_VALUE_RATE,
} JxReportValue;

/**
 * JxReportCellRole:
 * @JX_REPORT_CELL_LABEL: a label the form prints (年初预算数, 一级指标):
 *   shaded and centred
 * @JX_REPORT_CELL_DATA: what was entered or computed
 */
typedef enum {
  JX_REPORT_CELL_LABEL,
  JX_REPORT_CELL_DATA,
} JxReportCellRole;

/**
 * JxReportCell:
 * @text: the text as printed, never %NULL ("" when empty)
 * @value: the kind of @number
 * @number: the exact value (fen, hundredths of a point or of a percent),
 *   or #JX_UNSET when there is none
 * @role: a printed label or data
 * @row: the row of its top left corner
 * @column: the column of its top left corner
 * @row_span: how many rows it covers, at least 1
 * @column_span: how many columns it covers, at least 1
 */
typedef struct {
  char             *text;
  JxReportValue     value;
  gint64            number;
  JxReportCellRole  role;
  guint             row;
  guint             column;
  guint             row_span;
  guint             column_span;
} JxReportCell;

typedef struct _JxReportTable JxReportTable;

JxReportTable      *jx_report_table_new              (const char          *name,
                                                      const char          *title,
                                                      const char          *subtitle,
                                                      guint                n_columns);
JxReportTable      *jx_report_table_ref              (JxReportTable       *self);
void                jx_report_table_unref            (JxReportTable       *self);

const char         *jx_report_table_get_name         (JxReportTable       *self);
const char         *jx_report_table_get_title        (JxReportTable       *self);
const char         *jx_report_table_get_subtitle     (JxReportTable       *self);
guint               jx_report_table_get_n_columns    (JxReportTable       *self);
guint               jx_report_table_get_n_rows       (JxReportTable       *self);
double              jx_report_table_get_column_width (JxReportTable       *self,
                                                      guint                column);
void                jx_report_table_set_column_widths (JxReportTable      *self,
                                                       const double       *widths);

guint               jx_report_table_add_row          (JxReportTable       *self);
void                jx_report_table_mark_heading     (JxReportTable       *self,
                                                      guint                row);
void                jx_report_table_end_heading      (JxReportTable       *self);
gboolean            jx_report_table_is_heading       (JxReportTable       *self,
                                                      guint                row);
gint                jx_report_table_get_heading      (JxReportTable       *self,
                                                      guint                row);

JxReportCell       *jx_report_table_put_text         (JxReportTable       *self,
                                                      guint                row,
                                                      guint                column,
                                                      guint                column_span,
                                                      JxReportCellRole     role,
                                                      const char          *text);
JxReportCell       *jx_report_table_put_money        (JxReportTable       *self,
                                                      guint                row,
                                                      guint                column,
                                                      gint64               fen);
JxReportCell       *jx_report_table_put_points       (JxReportTable       *self,
                                                      guint                row,
                                                      guint                column,
                                                      gint64               points);
JxReportCell       *jx_report_table_put_rate         (JxReportTable       *self,
                                                      guint                row,
                                                      guint                column,
                                                      gint64               part,
                                                      gint64               whole);
void                jx_report_table_span_rows        (JxReportTable       *self,
                                                      JxReportCell        *cell,
                                                      guint                row_span);

GPtrArray          *jx_report_table_get_cells        (JxReportTable       *self);
const JxReportCell *jx_report_table_get_cell         (JxReportTable       *self,
                                                      guint                row,
                                                      guint                column);
const JxReportCell *jx_report_table_find_text        (JxReportTable       *self,
                                                      const char          *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxReportTable, jx_report_table_unref)

G_END_DECLS
