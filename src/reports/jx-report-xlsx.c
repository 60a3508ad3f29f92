/* jx-report-xlsx.c: the report's tables as an .xlsx workbook, one sheet per table
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <xlsxwriter.h>

#include "jx-report-xlsx.h"

/*
 * Staff go on working on the tables in Excel or WPS, so every table becomes
 * a sheet laid out as the form prints it: the title and the year above, the
 * form's merged cells merged, labels shaded, and figures written as numbers
 * with a number format, never as text, so that they add up in a formula.
 * The numbers come from the exact decimal text of the amounts, never from
 * arithmetic on doubles, so that 3.88 万元 is 3.88 in the cell.
 */

/* The width of a whole table in Excel's character units, and the least a
 * column gets. */
#define TABLE_WIDTH 130.0
#define MIN_COLUMN_WIDTH 6.0

/* The height of a line of text in the default 11 point font, and the most
 * Excel allows a row. */
#define LINE_HEIGHT 15.0
#define TITLE_HEIGHT 24.0
#define MAX_ROW_HEIGHT 409.0

/* The rows above the grid: the title and the subtitle. */
#define GRID_FIRST_ROW 2

#define PAPER_A4 9
#define LIGHT_GREY 0xE7E6E6

typedef struct {
  lxw_format *title;
  lxw_format *subtitle;
  lxw_format *label;
  lxw_format *text;
  lxw_format *money;
  lxw_format *points;
  lxw_format *rate;
} Formats;

static void
add_formats (lxw_workbook *workbook,
             Formats      *formats)
{
  formats->title = workbook_add_format (workbook);
  format_set_bold (formats->title);
  format_set_font_size (formats->title, 14);
  format_set_align (formats->title, LXW_ALIGN_CENTER);
  format_set_align (formats->title, LXW_ALIGN_VERTICAL_CENTER);

  formats->subtitle = workbook_add_format (workbook);
  format_set_align (formats->subtitle, LXW_ALIGN_CENTER);
  format_set_align (formats->subtitle, LXW_ALIGN_VERTICAL_CENTER);

  formats->label = workbook_add_format (workbook);
  format_set_bold (formats->label);
  format_set_bg_color (formats->label, LIGHT_GREY);
  format_set_pattern (formats->label, LXW_PATTERN_SOLID);
  format_set_align (formats->label, LXW_ALIGN_CENTER);
  format_set_align (formats->label, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (formats->label, LXW_BORDER_THIN);
  format_set_text_wrap (formats->label);

  formats->text = workbook_add_format (workbook);
  format_set_align (formats->text, LXW_ALIGN_LEFT);
  format_set_align (formats->text, LXW_ALIGN_VERTICAL_TOP);
  format_set_border (formats->text, LXW_BORDER_THIN);
  format_set_text_wrap (formats->text);

  formats->money = workbook_add_format (workbook);
  format_set_num_format (formats->money, "#,##0.00####");
  format_set_align (formats->money, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (formats->money, LXW_BORDER_THIN);

  formats->points = workbook_add_format (workbook);
  format_set_num_format (formats->points, "0.00");
  format_set_align (formats->points, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (formats->points, LXW_BORDER_THIN);

  formats->rate = workbook_add_format (workbook);
  format_set_num_format (formats->rate, "0.00%");
  format_set_align (formats->rate, LXW_ALIGN_VERTICAL_CENTER);
  format_set_border (formats->rate, LXW_BORDER_THIN);
}

static lxw_format *
format_for_cell (const Formats      *formats,
                 const JxReportCell *cell)
{
  if (cell->role == JX_REPORT_CELL_LABEL)
    return formats->label;

  switch (cell->value)
    {
    case JX_REPORT_VALUE_MONEY:
      return formats->money;
    case JX_REPORT_VALUE_POINTS:
      return formats->points;
    case JX_REPORT_VALUE_RATE:
      return formats->rate;
    case JX_REPORT_VALUE_TEXT:
    default:
      return formats->text;
    }
}

/* The exact decimal text of a cell's number in the unit the sheet shows:
 * 万元, points, or a rate as a fraction (8737 → "0.8737"). */
static char *
cell_number_text (const JxReportCell *cell)
{
  switch (cell->value)
    {
    case JX_REPORT_VALUE_MONEY:
      return jx_money_to_wan_string (cell->number);
    case JX_REPORT_VALUE_POINTS:
      return jx_number_format_fixed (cell->number, 2, 2);
    case JX_REPORT_VALUE_RATE:
      return jx_number_format_fixed (cell->number, 4, 0);
    case JX_REPORT_VALUE_TEXT:
    default:
      return NULL;
    }
}

static gboolean
is_forbidden_in_sheet_name (gunichar c)
{
  return c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\';
}

/* Cuts @name to at most @max_chars characters, then drops the apostrophes
 * Excel forbids at the end and the spaces the cut may leave there. */
static void
trim_sheet_name (GString *name,
                 guint    max_chars)
{
  if (g_utf8_strlen (name->str, -1) > (glong) max_chars)
    g_string_truncate (name, g_utf8_offset_to_pointer (name->str, max_chars) - name->str);

  while (name->len > 0 && (name->str[name->len - 1] == '\'' || name->str[name->len - 1] == ' '))
    g_string_truncate (name, name->len - 1);
}

/* A name Excel accepts for the sheet of a table: at most 31 characters,
 * none of []:*?/\, no apostrophe at either end, and not the name of a
 * sheet already in @used (compared case-insensitively), which it is added
 * to. */
static char *
sheet_name_for (const char *name,
                GHashTable *used)
{
  g_autofree char *valid = g_utf8_make_valid (name != NULL ? name : "", -1);
  g_autoptr(GString) base = g_string_new (NULL);
  g_autofree char *key = NULL;
  const char *p = valid;

  while (*p == '\'')
    p++;
  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_forbidden_in_sheet_name (c))
        g_string_append_c (base, '_');
      else if (g_unichar_iscntrl (c))
        g_string_append_c (base, ' ');
      else
        g_string_append_unichar (base, c);
    }
  trim_sheet_name (base, LXW_SHEETNAME_MAX);
  if (base->len == 0)
    g_string_assign (base, "Sheet");

  for (guint n = 1;; n++)
    {
      g_autoptr(GString) candidate = g_string_new (base->str);

      if (n > 1)
        {
          g_autofree char *suffix = g_strdup_printf (" (%u)", n);

          trim_sheet_name (candidate, LXW_SHEETNAME_MAX - strlen (suffix));
          g_string_append (candidate, suffix);
        }

      g_free (key);
      key = g_utf8_casefold (candidate->str, -1);
      /* Excel keeps the name History for itself. */
      if (!g_hash_table_contains (used, key) && !g_str_equal (key, "history"))
        {
          g_hash_table_add (used, g_steal_pointer (&key));
          return g_string_free (g_steal_pointer (&candidate), FALSE);
        }
    }
}

/* How wide @text is in Excel's character units: a CJK character takes
 * two. */
static guint
text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;

  return width;
}

/* How many lines @text wraps to in a cell @width characters wide. */
static guint
count_lines (const char *text,
             double      width)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  double usable = MAX (1.0, width - 1.0);
  guint lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    lines += MAX (1u, (guint) ceil (text_width (paragraphs[i]) / usable));

  return MAX (1u, lines);
}

static gboolean
check_status (lxw_error    status,
              const char  *path,
              GError     **error)
{
  g_autofree char *display = NULL;

  if (status == LXW_NO_ERROR)
    return TRUE;

  display = g_filename_display_name (path);
  g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
               _("Could not write “%s”: %s"), display, lxw_strerror (status));
  return FALSE;
}

static lxw_error
write_cell (lxw_worksheet      *sheet,
            const Formats      *formats,
            const JxReportCell *cell)
{
  lxw_row_t row = GRID_FIRST_ROW + cell->row;
  lxw_col_t column = cell->column;
  lxw_format *format = format_for_cell (formats, cell);
  g_autofree char *number = NULL;
  lxw_error status;

  if (cell->row_span > 1 || cell->column_span > 1)
    {
      status = worksheet_merge_range (sheet, row, column,
                                      row + cell->row_span - 1, column + cell->column_span - 1,
                                      "", format);
      if (status != LXW_NO_ERROR)
        return status;
    }

  if (cell->value != JX_REPORT_VALUE_TEXT && cell->number != JX_UNSET)
    {
      number = cell_number_text (cell);
      return worksheet_write_number (sheet, row, column, g_ascii_strtod (number, NULL), format);
    }

  if (cell->value != JX_REPORT_VALUE_TEXT || cell->text[0] == '\0')
    return worksheet_write_blank (sheet, row, column, format);

  return worksheet_write_string (sheet, row, column, cell->text, format);
}

/* Heightens the rows whose text wraps to more lines than one; Excel
 * neither fits merged cells nor knows how the fonts it falls back on for
 * Chinese wrap. */
static lxw_error
set_row_heights (lxw_worksheet *sheet,
                 JxReportTable *table,
                 const double  *widths)
{
  guint n_rows = jx_report_table_get_n_rows (table);
  g_autofree guint *lines = g_new0 (guint, MAX (n_rows, 1));
  GPtrArray *cells = jx_report_table_get_cells (table);

  for (guint i = 0; i < cells->len; i++)
    {
      const JxReportCell *cell = g_ptr_array_index (cells, i);
      double width = 0.0;
      guint needed;

      for (guint c = cell->column; c < cell->column + cell->column_span; c++)
        width += widths[c];
      needed = count_lines (cell->text, width);
      needed = (needed + cell->row_span - 1) / cell->row_span;
      for (guint r = cell->row; r < cell->row + cell->row_span; r++)
        lines[r] = MAX (lines[r], needed);
    }

  for (guint r = 0; r < n_rows; r++)
    if (lines[r] > 1)
      {
        lxw_error status = worksheet_set_row (sheet, GRID_FIRST_ROW + r,
                                              MIN (MAX_ROW_HEIGHT, lines[r] * LINE_HEIGHT), NULL);

        if (status != LXW_NO_ERROR)
          return status;
      }

  return LXW_NO_ERROR;
}

static lxw_error
write_heading (lxw_worksheet *sheet,
               lxw_row_t      row,
               guint          n_columns,
               const char    *text,
               lxw_format    *format)
{
  if (n_columns > 1)
    return worksheet_merge_range (sheet, row, 0, row, n_columns - 1, text, format);

  return worksheet_write_string (sheet, row, 0, text, format);
}

static gboolean
write_sheet (lxw_workbook   *workbook,
             const Formats  *formats,
             JxReportTable  *table,
             GHashTable     *used_names,
             const char     *path,
             GError        **error)
{
  g_autofree char *name = sheet_name_for (jx_report_table_get_name (table), used_names);
  guint n_columns = jx_report_table_get_n_columns (table);
  guint n_rows = jx_report_table_get_n_rows (table);
  const char *subtitle = jx_report_table_get_subtitle (table);
  g_autofree double *widths = g_new (double, n_columns);
  GPtrArray *cells = jx_report_table_get_cells (table);
  lxw_worksheet *sheet;
  lxw_error status;

  status = workbook_validate_sheet_name (workbook, name);
  if (!check_status (status, path, error))
    return FALSE;
  sheet = workbook_add_worksheet (workbook, name);
  if (sheet == NULL)
    return check_status (LXW_ERROR_MEMORY_MALLOC_FAILED, path, error);

  worksheet_set_paper (sheet, PAPER_A4);
  if (n_columns > 6)
    worksheet_set_landscape (sheet);
  worksheet_fit_to_pages (sheet, 1, 0);
  worksheet_center_horizontally (sheet);

  for (guint c = 0; c < n_columns; c++)
    {
      widths[c] = MAX (MIN_COLUMN_WIDTH, round (jx_report_table_get_column_width (table, c) * TABLE_WIDTH));
      status = worksheet_set_column (sheet, c, c, widths[c], NULL);
      if (!check_status (status, path, error))
        return FALSE;
    }

  /* The first heading row is printed again on every page. */
  for (guint r = 0; r + 1 < n_rows; r++)
    if (jx_report_table_get_heading (table, r + 1) == (gint) r)
      {
        status = worksheet_repeat_rows (sheet, GRID_FIRST_ROW + r, GRID_FIRST_ROW + r);
        if (!check_status (status, path, error))
          return FALSE;
        break;
      }

  status = worksheet_set_row (sheet, 0, TITLE_HEIGHT, NULL);
  if (status == LXW_NO_ERROR)
    status = write_heading (sheet, 0, n_columns, jx_report_table_get_title (table), formats->title);
  if (status == LXW_NO_ERROR && subtitle != NULL && subtitle[0] != '\0')
    status = write_heading (sheet, 1, n_columns, subtitle, formats->subtitle);
  if (!check_status (status, path, error))
    return FALSE;

  for (guint i = 0; i < cells->len; i++)
    {
      status = write_cell (sheet, formats, g_ptr_array_index (cells, i));
      if (!check_status (status, path, error))
        return FALSE;
    }

  return check_status (set_row_heights (sheet, table, widths), path, error);
}

/**
 * jx_report_write_xlsx:
 * @path: the file to write, overwritten
 * @progress: (nullable) (scope call): told how far the writing is
 * @cancellable: (nullable): stops the writing between sheets
 *
 * Writes every table of @report as a sheet of a workbook, in the order of
 * jx_report_get_tables(). On failure @path may be left half written:
 * jx_report_write() writes to a file of its own and removes it.
 *
 * Returns: %FALSE with a message naming the file when it could not be
 *   written or the writing was cancelled
 */
gboolean
jx_report_write_xlsx (JxReport              *report,
                      const char            *path,
                      JxReportProgressFunc   progress,
                      gpointer               user_data,
                      GCancellable          *cancellable,
                      GError               **error)
{
  GPtrArray *tables = jx_report_get_tables (report);
  g_autoptr(GHashTable) used_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *title = g_strdup_printf ("%s %d", jx_report_get_department (report),
                                            (int) jx_report_get_year (report));
  lxw_doc_properties properties = { .title = title };
  lxw_workbook *workbook;
  Formats formats;
  lxw_error status;

  workbook = workbook_new (path);
  if (workbook == NULL)
    return check_status (LXW_ERROR_MEMORY_MALLOC_FAILED, path, error);

  add_formats (workbook, &formats);
  status = workbook_set_properties (workbook, &properties);
  if (!check_status (status, path, error))
    {
      lxw_workbook_free (workbook);
      return FALSE;
    }

  for (guint i = 0; i < tables->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !write_sheet (workbook, &formats, g_ptr_array_index (tables, i), used_names, path, error))
        {
          lxw_workbook_free (workbook);
          return FALSE;
        }

      if (progress != NULL)
        progress ((double) (i + 1) / (tables->len + 1), user_data);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      lxw_workbook_free (workbook);
      return FALSE;
    }

  /* Closing writes the file and frees the workbook, whatever it returns. */
  status = workbook_close (workbook);
  if (!check_status (status, path, error))
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);

  return TRUE;
}
