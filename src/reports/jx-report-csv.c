/* jx-report-csv.c: the report's tables one after another in a CSV file
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "jx-report-csv.h"

/*
 * The CSV file is for programs that read no workbook. It is written as
 * Excel on Windows reads it: UTF-8 with a byte order mark (else Chinese
 * comes out garbled), lines ending in CR LF, fields quoted as RFC 4180
 * says. Each table gives a line with its title, one with its subtitle, a
 * line per row of its grid with a field per column, and an empty line.
 * Numbers are plain decimals a spreadsheet reads as numbers: amounts in
 * 万元 exactly and without grouping, points with two decimals and rates
 * as percentages ("87.37%").
 */

#define BYTE_ORDER_MARK "\xEF\xBB\xBF"
#define LINE_END "\r\n"

static void
append_field (GString    *line,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (line, text);
      return;
    }

  g_string_append_c (line, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* A cell as a field: a number in plain digits, text as it is. */
static char *
cell_field (const JxReportCell *cell)
{
  g_autofree char *digits = NULL;

  if (cell->value == JX_REPORT_VALUE_TEXT || cell->number == JX_UNSET)
    return g_strdup (cell->value == JX_REPORT_VALUE_TEXT ? cell->text : "");

  switch (cell->value)
    {
    case JX_REPORT_VALUE_MONEY:
      return jx_money_to_wan_string (cell->number);
    case JX_REPORT_VALUE_POINTS:
      return jx_number_format_fixed (cell->number, 2, 2);
    case JX_REPORT_VALUE_RATE:
      digits = jx_number_format_fixed (cell->number, 2, 2);
      return g_strconcat (digits, "%", NULL);
    case JX_REPORT_VALUE_TEXT:
    default:
      g_assert_not_reached ();
    }
}

static void
append_table (GString       *out,
              JxReportTable *table)
{
  guint n_rows = jx_report_table_get_n_rows (table);
  guint n_columns = jx_report_table_get_n_columns (table);
  const char *subtitle = jx_report_table_get_subtitle (table);

  append_field (out, jx_report_table_get_title (table));
  g_string_append (out, LINE_END);
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      append_field (out, subtitle);
      g_string_append (out, LINE_END);
    }

  for (guint r = 0; r < n_rows; r++)
    {
      for (guint c = 0; c < n_columns; c++)
        {
          const JxReportCell *cell = jx_report_table_get_cell (table, r, c);

          if (c > 0)
            g_string_append_c (out, ',');
          /* A merged cell's content goes in its top left position only. */
          if (cell != NULL && cell->row == r && cell->column == c)
            {
              g_autofree char *field = cell_field (cell);

              append_field (out, field);
            }
        }
      g_string_append (out, LINE_END);
    }
}

static gboolean
set_write_error (const char  *path,
                 int          saved_errno,
                 GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/**
 * jx_report_write_csv:
 * @path: the file to write, overwritten
 * @progress: (nullable) (scope call): told how far the writing is
 * @cancellable: (nullable): stops the writing between tables
 *
 * Writes every table of @report into one CSV file, in the order of
 * jx_report_get_tables(), an empty line between two tables. On failure
 * @path may be left half written: jx_report_write() writes to a file of
 * its own and removes it.
 *
 * Returns: %FALSE with a message naming the file when it could not be
 *   written or the writing was cancelled
 */
gboolean
jx_report_write_csv (JxReport              *report,
                     const char            *path,
                     JxReportProgressFunc   progress,
                     gpointer               user_data,
                     GCancellable          *cancellable,
                     GError               **error)
{
  GPtrArray *tables = jx_report_get_tables (report);
  g_autoptr(GString) out = g_string_new (BYTE_ORDER_MARK);
  FILE *file;

  file = g_fopen (path, "wb");
  if (file == NULL)
    return set_write_error (path, errno, error);

  for (guint i = 0; i < tables->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          fclose (file);
          return FALSE;
        }

      if (i > 0)
        g_string_append (out, LINE_END);
      append_table (out, g_ptr_array_index (tables, i));

      if (fwrite (out->str, 1, out->len, file) != out->len)
        {
          int saved_errno = errno;

          fclose (file);
          return set_write_error (path, saved_errno, error);
        }
      g_string_truncate (out, 0);

      if (progress != NULL)
        progress ((double) (i + 1) / tables->len, user_data);
    }

  if (fclose (file) != 0)
    return set_write_error (path, errno, error);

  return TRUE;
}
