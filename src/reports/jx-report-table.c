/* jx-report-table.c: one table of a report, laid out as the form prints it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "jx-money.h"
#include "jx-number.h"
#include "jx-record.h"
#include "jx-report-table.h"

/*
 * A table is a grid of rows and columns with cells placed on it, each
 * covering a rectangle of positions, as the official forms merge their
 * cells. The PDF, the workbook and the CSV file all print the same grid.
 *
 * A heading row (the row of 一级指标, 二级指标 …) heads the rows after it
 * up to the next heading or the end of its section: where a page breaks
 * among them, the PDF repeats it on the new page.
 */

struct _JxReportTable {
  gatomicrefcount  ref_count;
  char            *name;
  char            *title;
  char            *subtitle;
  guint            n_columns;
  double          *column_widths;
  GPtrArray       *cells;      /* JxReportCell, in the order put */
  GArray          *grid;       /* JxReportCell *, n_rows × n_columns */
  GArray          *headings;   /* gint per row: its heading, or -1 */
  GArray          *is_heading; /* gboolean per row */
  gint             heading;    /* the heading of rows added now */
};

static void
jx_report_cell_free (JxReportCell *cell)
{
  g_free (cell->text);
  g_free (cell);
}

/**
 * jx_report_table_new:
 * @name: a short name: the sheet of a workbook
 * @title: the title printed above the table (项目支出绩效自评表)
 * @subtitle: (nullable): the line under the title ("（2020年度）")
 * @n_columns: how many columns the grid has
 *
 * Returns: (transfer full): an empty table
 */
JxReportTable *
jx_report_table_new (const char *name,
                     const char *title,
                     const char *subtitle,
                     guint       n_columns)
{
  JxReportTable *self = g_new0 (JxReportTable, 1);

  g_return_val_if_fail (n_columns > 0, NULL);

  g_atomic_ref_count_init (&self->ref_count);
  self->name = g_strdup (name);
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->n_columns = n_columns;
  self->column_widths = g_new (double, n_columns);
  for (guint i = 0; i < n_columns; i++)
    self->column_widths[i] = 1.0 / n_columns;
  self->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_report_cell_free);
  self->grid = g_array_new (FALSE, TRUE, sizeof (JxReportCell *));
  self->headings = g_array_new (FALSE, FALSE, sizeof (gint));
  self->is_heading = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->heading = -1;

  return self;
}

JxReportTable *
jx_report_table_ref (JxReportTable *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
jx_report_table_unref (JxReportTable *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_free (self->name);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->column_widths);
  g_ptr_array_unref (self->cells);
  g_array_unref (self->grid);
  g_array_unref (self->headings);
  g_array_unref (self->is_heading);
  g_free (self);
}

const char *
jx_report_table_get_name (JxReportTable *self)
{
  return self->name;
}

const char *
jx_report_table_get_title (JxReportTable *self)
{
  return self->title;
}

/**
 * jx_report_table_get_subtitle:
 *
 * Returns: (nullable): the line under the title
 */
const char *
jx_report_table_get_subtitle (JxReportTable *self)
{
  return self->subtitle;
}

guint
jx_report_table_get_n_columns (JxReportTable *self)
{
  return self->n_columns;
}

guint
jx_report_table_get_n_rows (JxReportTable *self)
{
  return self->headings->len;
}

/**
 * jx_report_table_get_column_width:
 *
 * Returns: the share of the table's width the column takes; the shares
 *   add up to 1
 */
double
jx_report_table_get_column_width (JxReportTable *self,
                                  guint          column)
{
  g_return_val_if_fail (column < self->n_columns, 0.0);

  return self->column_widths[column];
}

/**
 * jx_report_table_set_column_widths:
 * @widths: (array): one relative width per column, each above 0
 *
 * Sets how the columns share the width; the widths are scaled to add up
 * to 1.
 */
void
jx_report_table_set_column_widths (JxReportTable *self,
                                   const double  *widths)
{
  double sum = 0.0;

  for (guint i = 0; i < self->n_columns; i++)
    {
      g_return_if_fail (widths[i] > 0.0);
      sum += widths[i];
    }

  for (guint i = 0; i < self->n_columns; i++)
    self->column_widths[i] = widths[i] / sum;
}

/**
 * jx_report_table_add_row:
 *
 * Adds an empty row at the end.
 *
 * Returns: its index
 */
guint
jx_report_table_add_row (JxReportTable *self)
{
  guint row = self->headings->len;

  g_array_append_val (self->headings, self->heading);
  g_array_set_size (self->is_heading, self->is_heading->len + 1);
  g_array_set_size (self->grid, self->grid->len + self->n_columns);

  return row;
}

/**
 * jx_report_table_mark_heading:
 * @row: the last row added
 *
 * Makes @row the heading of the rows added after it, until the next
 * heading or jx_report_table_end_heading().
 */
void
jx_report_table_mark_heading (JxReportTable *self,
                              guint          row)
{
  g_return_if_fail (row + 1 == self->headings->len);

  self->heading = (gint) row;
  g_array_index (self->is_heading, gboolean, row) = TRUE;
}

/**
 * jx_report_table_end_heading:
 *
 * Ends the section of the last heading: the rows added after it (a
 * total line laid out otherwise) have no heading.
 */
void
jx_report_table_end_heading (JxReportTable *self)
{
  self->heading = -1;
}

/**
 * jx_report_table_is_heading:
 *
 * Returns: whether @row is a heading
 */
gboolean
jx_report_table_is_heading (JxReportTable *self,
                            guint          row)
{
  g_return_val_if_fail (row < self->is_heading->len, FALSE);

  return g_array_index (self->is_heading, gboolean, row);
}

/**
 * jx_report_table_get_heading:
 *
 * Returns: the heading row that heads @row, to be repeated above it on a
 *   new page, or -1; a heading is not headed by itself
 */
gint
jx_report_table_get_heading (JxReportTable *self,
                             guint          row)
{
  g_return_val_if_fail (row < self->headings->len, -1);

  return g_array_index (self->headings, gint, row);
}

static JxReportCell **
grid_position (JxReportTable *self,
               guint          row,
               guint          column)
{
  return &g_array_index (self->grid, JxReportCell *, row * self->n_columns + column);
}

static JxReportCell *
put_cell (JxReportTable    *self,
          guint             row,
          guint             column,
          guint             column_span,
          JxReportCellRole  role,
          JxReportValue     value,
          gint64            number,
          char             *text)
{
  JxReportCell *cell;

  g_return_val_if_fail (row < self->headings->len, NULL);
  g_return_val_if_fail (column_span > 0 && column + column_span <= self->n_columns, NULL);

  for (guint c = column; c < column + column_span; c++)
    g_return_val_if_fail (*grid_position (self, row, c) == NULL, NULL);

  cell = g_new0 (JxReportCell, 1);
  cell->text = text != NULL ? text : g_strdup ("");
  cell->value = value;
  cell->number = number;
  cell->role = role;
  cell->row = row;
  cell->column = column;
  cell->row_span = 1;
  cell->column_span = column_span;
  g_ptr_array_add (self->cells, cell);

  for (guint c = column; c < column + column_span; c++)
    *grid_position (self, row, c) = cell;

  return cell;
}

/**
 * jx_report_table_put_text:
 * @text: (nullable): the text, %NULL for an empty cell
 *
 * Puts a text cell covering @column_span columns of @row.
 *
 * Returns: (transfer none): the cell
 */
JxReportCell *
jx_report_table_put_text (JxReportTable    *self,
                          guint             row,
                          guint             column,
                          guint             column_span,
                          JxReportCellRole  role,
                          const char       *text)
{
  return put_cell (self, row, column, column_span, role, JX_REPORT_VALUE_TEXT, JX_UNSET, g_strdup (text));
}

/**
 * jx_report_table_put_money:
 * @fen: the amount, or #JX_UNSET for an empty cell
 *
 * Puts an amount, printed in 万元 as tables show it: grouped, with two to
 * four decimals.
 *
 * Returns: (transfer none): the cell
 */
JxReportCell *
jx_report_table_put_money (JxReportTable *self,
                           guint          row,
                           guint          column,
                           gint64         fen)
{
  char *text = fen != JX_UNSET ? jx_money_format_display (fen) : NULL;

  return put_cell (self, row, column, 1, JX_REPORT_CELL_DATA, JX_REPORT_VALUE_MONEY, fen, text);
}

/**
 * jx_report_table_put_points:
 * @points: points in hundredths, or #JX_UNSET for an empty cell
 *
 * Returns: (transfer none): the cell
 */
JxReportCell *
jx_report_table_put_points (JxReportTable *self,
                            guint          row,
                            guint          column,
                            gint64         points)
{
  char *text = points != JX_UNSET ? jx_number_format_fixed (points, 2, 2) : NULL;

  return put_cell (self, row, column, 1, JX_REPORT_CELL_DATA, JX_REPORT_VALUE_POINTS, points, text);
}

/**
 * jx_report_table_put_rate:
 * @part: the part in fen, or #JX_UNSET
 * @whole: the whole in fen, or #JX_UNSET
 *
 * Puts @part / @whole as a percentage with two decimals ("87.37%"); the
 * cell is empty when either is unknown or @whole is zero.
 *
 * Returns: (transfer none): the cell
 */
JxReportCell *
jx_report_table_put_rate (JxReportTable *self,
                          guint          row,
                          guint          column,
                          gint64         part,
                          gint64         whole)
{
  gint64 hundredths = JX_UNSET;
  char *text = NULL;
  double rate;

  if (jx_money_rate (part, whole, &rate))
    {
      g_autofree char *digits = NULL;

      hundredths = (gint64) llround (rate * 10000.0);
      digits = jx_number_format_fixed (hundredths, 2, 2);
      text = g_strconcat (digits, "%", NULL);
    }

  return put_cell (self, row, column, 1, JX_REPORT_CELL_DATA, JX_REPORT_VALUE_RATE, hundredths, text);
}

/**
 * jx_report_table_span_rows:
 * @cell: a cell of this table
 * @row_span: how many rows it covers, counted from its own
 *
 * Merges @cell with the positions below it, which must be empty and
 * exist.
 */
void
jx_report_table_span_rows (JxReportTable *self,
                           JxReportCell  *cell,
                           guint          row_span)
{
  g_return_if_fail (row_span > 0 && cell->row + row_span <= self->headings->len);

  for (guint r = cell->row + cell->row_span; r < cell->row + row_span; r++)
    for (guint c = cell->column; c < cell->column + cell->column_span; c++)
      {
        g_return_if_fail (*grid_position (self, r, c) == NULL);
        *grid_position (self, r, c) = cell;
      }

  cell->row_span = MAX (cell->row_span, row_span);
}

/**
 * jx_report_table_get_cells:
 *
 * Returns: (transfer none) (element-type JxReportCell): every cell, in
 *   the order they were put
 */
GPtrArray *
jx_report_table_get_cells (JxReportTable *self)
{
  return self->cells;
}

/**
 * jx_report_table_get_cell:
 *
 * Returns: (nullable): the cell that covers the position, %NULL where
 *   there is none
 */
const JxReportCell *
jx_report_table_get_cell (JxReportTable *self,
                          guint          row,
                          guint          column)
{
  g_return_val_if_fail (row < self->headings->len && column < self->n_columns, NULL);

  return *grid_position (self, row, column);
}

/**
 * jx_report_table_find_text:
 *
 * Returns: (nullable): the first cell whose text is @text
 */
const JxReportCell *
jx_report_table_find_text (JxReportTable *self,
                           const char    *text)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      const JxReportCell *cell = g_ptr_array_index (self->cells, i);

      if (g_str_equal (cell->text, text))
        return cell;
    }

  return NULL;
}
