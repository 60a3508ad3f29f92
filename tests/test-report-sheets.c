/* test-report-sheets.c: the report's tables as a workbook staff can go on
 * working in, and as a CSV file Excel reads
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "test-report-utils.h"

/* The rows above a sheet's grid: title and subtitle. */
#define GRID_FIRST_ROW 2

#define SEED_DEPARTMENT "兰州新区科技局"
#define SEED_YEAR 2020
#define SEED_PROJECT "车辆租赁费"

#define FORTY_CJK "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"

/* Projects whose names Excel would refuse as sheet names, and goals with
 * ASCII commas, quotes and a line break for the CSV quoting. */
static const char odd_names[] =
  "{\"format\":\"jixiao\",\"version\":2,\"departments\":[{"
  "\"name\":\"命名测试局\","
  "\"years\":[{\"year\":2023,"
  "  \"goals\":\"Plan \\\"A\\\", then B\\nline 2\",\"achievements\":\"done\","
  "  \"projects\":["
  "    {\"name\":\"Lease/rent [zone A]: *what?* \\\\ back-slashed\"},"
  "    {\"name\":\"PROJECTS\"},"
  "    {\"name\":\"'Quoted'\"},"
  "    {\"name\":\"" FORTY_CJK "\"},"
  "    {\"name\":\"" FORTY_CJK "\"},"
  "    {\"name\":\"History\"}]"
  "}]}]}";

#define ODD_GOALS "Plan \"A\", then B\nline 2"

typedef JxReportFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  jx_test_report_set_up (fixture, odd_names);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  jx_test_report_tear_down (fixture);
}

static JxReport *
load_report (Fixture    *fixture,
             const char *department,
             gint64      year)
{
  return jx_test_load_report (fixture->store, department, year);
}

static void
progress_recorded (double   fraction,
                   gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

static void
assert_progress (GArray *fractions)
{
  g_assert_cmpuint (fractions->len, >, 1);
  for (guint i = 0; i < fractions->len; i++)
    {
      double fraction = g_array_index (fractions, double, i);

      g_assert_cmpfloat (fraction, >, 0.0);
      g_assert_cmpfloat (fraction, <=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (fraction, >, g_array_index (fractions, double, i - 1));
    }
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

static char *
write_report (Fixture        *fixture,
              JxReport       *report,
              JxReportFormat  format,
              const char     *basename)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  char *path = g_build_filename (fixture->dir, basename, NULL);

  g_assert_true (jx_report_write (report, path, format, progress_recorded, fractions, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  assert_progress (fractions);

  return path;
}

static guint
table_index (JxReport      *report,
             JxReportTable *table)
{
  guint index;

  g_assert_true (g_ptr_array_find (jx_report_get_tables (report), table, &index));
  return index;
}

static guint
row_of (JxReportTable *table,
        const char    *text)
{
  const JxReportCell *cell = jx_report_table_find_text (table, text);

  g_assert_nonnull (cell);
  return cell->row;
}

/* ---- Reading the workbook back ---- */

static char *
read_entry (const char *path,
            const char *entry)
{
  const char *argv[] = { "unzip", "-p", path, entry, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (out, -1, NULL));

  return out;
}

static char *
xml_unescape (const char *text)
{
  static const struct {
    const char *entity;
    const char *text;
  } entities[] = {
    { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" }, { "&amp;", "&" },
  };
  g_autoptr(GString) out = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (out, entities[i].entity, entities[i].text, 0);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Every match of @pattern's first group in @text, unescaped. */
static GPtrArray *
match_all (const char *text,
           const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *group = g_match_info_fetch (match, 1);

      g_ptr_array_add (found, xml_unescape (group));
      g_match_info_next (match, NULL);
    }

  return found;
}

static char *
match_one (const char *text,
           const char *pattern)
{
  g_autoptr(GPtrArray) found = match_all (text, pattern);

  if (found->len == 0)
    return NULL;
  return g_strdup (g_ptr_array_index (found, 0));
}

/* "E7" for the position of a table's grid on its sheet. */
static char *
cell_reference (guint row,
                guint column)
{
  g_assert_cmpuint (column, <, 26);
  return g_strdup_printf ("%c%u", 'A' + column, GRID_FIRST_ROW + row + 1);
}

typedef struct {
  char *style;   /* s="…", NULL when none */
  char *type;    /* t="…", NULL for a number */
  char *value;   /* <v>…</v>, NULL for a blank */
} SheetCell;

static void
sheet_cell_clear (SheetCell *cell)
{
  g_free (cell->style);
  g_free (cell->type);
  g_free (cell->value);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SheetCell, sheet_cell_clear)

/* The <c> element of @reference; FALSE when the sheet has none. */
static gboolean
find_sheet_cell (const char *sheet,
                 const char *reference,
                 SheetCell  *cell)
{
  g_autofree char *pattern = g_strdup_printf ("(<c r=\"%s\"(?: [^>]*?)?(?:/>|>.*?</c>))", reference);
  g_autofree char *element = match_one (sheet, pattern);

  if (element == NULL)
    return FALSE;

  cell->style = match_one (element, "^<c [^>]*\\bs=\"(\\d+)\"");
  cell->type = match_one (element, "^<c [^>]*\\bt=\"([a-z]+)\"");
  cell->value = match_one (element, "<v>(.*?)</v>");
  return TRUE;
}

static char *
shared_string (const char *strings,
               const char *index)
{
  g_autoptr(GPtrArray) items = match_all (strings, "<si>(.*?)</si>");
  guint64 i = g_ascii_strtoull (index, NULL, 10);
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", 0, 0, NULL);

  g_assert_cmpuint (i, <, items->len);
  return g_regex_replace_literal (tags, g_ptr_array_index (items, i), -1, 0, "", 0, NULL);
}

/* The number format of the cell style @index ("0.00%"). */
static char *
style_number_format (const char *styles,
                     const char *index)
{
  g_autofree char *cell_xfs = match_one (styles, "<cellXfs[^>]*>(.*?)</cellXfs>");
  g_autoptr(GPtrArray) xfs = match_all (cell_xfs, "(<xf [^>]*>)");
  guint64 i = g_ascii_strtoull (index, NULL, 10);
  g_autofree char *id = NULL;
  g_autofree char *pattern = NULL;
  char *custom;

  g_assert_cmpuint (i, <, xfs->len);
  id = match_one (g_ptr_array_index (xfs, i), "numFmtId=\"(\\d+)\"");
  g_assert_nonnull (id);

  /* Excel's built-in formats the writer uses. */
  if (g_str_equal (id, "0"))
    return g_strdup ("General");
  if (g_str_equal (id, "2"))
    return g_strdup ("0.00");
  if (g_str_equal (id, "10"))
    return g_strdup ("0.00%");

  pattern = g_strdup_printf ("<numFmt numFmtId=\"%s\" formatCode=\"([^\"]*)\"", id);
  custom = match_one (styles, pattern);
  g_assert_nonnull (custom);
  return custom;
}

typedef struct {
  char *path;
  char *workbook;
  char *styles;
  char *strings;
} Workbook;

static void
workbook_clear (Workbook *book)
{
  g_free (book->path);
  g_free (book->workbook);
  g_free (book->styles);
  g_free (book->strings);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Workbook, workbook_clear)

static void
open_workbook (Workbook   *book,
               const char *path)
{
  book->path = g_strdup (path);
  book->workbook = read_entry (path, "xl/workbook.xml");
  book->styles = read_entry (path, "xl/styles.xml");
  book->strings = read_entry (path, "xl/sharedStrings.xml");
}

static char *
read_sheet (Workbook *book,
            guint     index)
{
  g_autofree char *entry = g_strdup_printf ("xl/worksheets/sheet%u.xml", index + 1);

  return read_entry (book->path, entry);
}

static GPtrArray *
sheet_names (Workbook *book)
{
  return match_all (book->workbook, "<sheet name=\"([^\"]*)\"");
}

/* The cell of @table at @row, @column is on the sheet as it should be: a
 * number as a number with its format, text as a shared string, nothing
 * as a blank. */
static void
assert_sheet_cell (Workbook           *book,
                   const char         *sheet,
                   const JxReportCell *cell)
{
  g_autofree char *reference = cell_reference (cell->row, cell->column);
  g_auto(SheetCell) found = { NULL };

  g_assert_true (find_sheet_cell (sheet, reference, &found));
  g_assert_nonnull (found.style);

  if (cell->value != JX_REPORT_VALUE_TEXT && cell->number != JX_UNSET)
    {
      g_autofree char *format = style_number_format (book->styles, found.style);
      g_autofree char *exact = NULL;
      const char *expected_format;

      switch (cell->value)
        {
        case JX_REPORT_VALUE_MONEY:
          exact = jx_money_to_wan_string (cell->number);
          expected_format = "#,##0.00####";
          break;
        case JX_REPORT_VALUE_POINTS:
          exact = jx_number_format_fixed (cell->number, 2, 0);
          expected_format = "0.00";
          break;
        case JX_REPORT_VALUE_RATE:
          exact = jx_number_format_fixed (cell->number, 4, 0);
          expected_format = "0.00%";
          break;
        case JX_REPORT_VALUE_TEXT:
        default:
          g_assert_not_reached ();
        }

      g_assert_null (found.type);
      g_assert_cmpstr (found.value, ==, exact);
      g_assert_cmpstr (format, ==, expected_format);
    }
  else if (cell->text[0] != '\0' && cell->value == JX_REPORT_VALUE_TEXT)
    {
      g_autofree char *text = NULL;

      g_assert_cmpstr (found.type, ==, "s");
      text = shared_string (book->strings, found.value);
      g_assert_cmpstr (text, ==, cell->text);
    }
  else
    {
      g_assert_null (found.value);
    }
}

static gboolean
has_merge (const char *sheet,
           guint       first_row,
           guint       first_column,
           guint       last_row,
           guint       last_column)
{
  g_autofree char *merge = g_strdup_printf ("<mergeCell ref=\"%c%u:%c%u\"/>",
                                            'A' + first_column, first_row + 1,
                                            'A' + last_column, last_row + 1);

  return strstr (sheet, merge) != NULL;
}

/* The sheet holds the table's grid under its title: every cell in place,
 * spans merged, nothing else merged, and the first heading row repeated
 * on every printed page. */
static void
assert_sheet_matches_table (Workbook      *book,
                            guint          index,
                            JxReportTable *table)
{
  g_autofree char *sheet = read_sheet (book, index);
  GPtrArray *cells = jx_report_table_get_cells (table);
  guint n_columns = jx_report_table_get_n_columns (table);
  g_autoptr(GPtrArray) merges = match_all (sheet, "<mergeCell ref=\"([^\"]*)\"");
  g_autoptr(GPtrArray) widths = match_all (sheet, "<col [^>]*width=\"([0-9.]+)\"");
  guint n_merged = 2;
  double total_width = 0.0;
  g_auto(SheetCell) title = { NULL };

  g_assert_true (find_sheet_cell (sheet, "A1", &title));
  g_assert_cmpstr (title.type, ==, "s");
  {
    g_autofree char *text = shared_string (book->strings, title.value);

    g_assert_cmpstr (text, ==, jx_report_table_get_title (table));
  }
  g_assert_true (has_merge (sheet, 0, 0, 0, n_columns - 1));
  g_assert_true (has_merge (sheet, 1, 0, 1, n_columns - 1));

  for (guint i = 0; i < cells->len; i++)
    {
      const JxReportCell *cell = g_ptr_array_index (cells, i);

      assert_sheet_cell (book, sheet, cell);
      if (cell->row_span > 1 || cell->column_span > 1)
        {
          g_assert_true (has_merge (sheet, GRID_FIRST_ROW + cell->row, cell->column,
                                    GRID_FIRST_ROW + cell->row + cell->row_span - 1,
                                    cell->column + cell->column_span - 1));
          n_merged++;
        }
    }
  g_assert_cmpuint (merges->len, ==, n_merged);

  /* Every column has a width, the table about 130 characters wide. */
  g_assert_cmpuint (widths->len, ==, n_columns);
  for (guint i = 0; i < widths->len; i++)
    {
      double width = g_ascii_strtod (g_ptr_array_index (widths, i), NULL);

      g_assert_cmpfloat (width, >=, 6.0);
      total_width += width;
    }
  g_assert_cmpfloat (total_width, >, 125.0);
  g_assert_cmpfloat (total_width, <, 145.0);

  g_assert_nonnull (strstr (sheet, "paperSize=\"9\""));
  g_assert_nonnull (strstr (sheet, "fitToHeight=\"0\""));
  g_assert_nonnull (strstr (sheet, "<pageSetUpPr fitToPage=\"1\"/>"));
  if (n_columns > 6)
    g_assert_nonnull (strstr (sheet, "orientation=\"landscape\""));
  else
    g_assert_null (strstr (sheet, "orientation=\"landscape\""));

  for (guint r = 0; r + 1 < jx_report_table_get_n_rows (table); r++)
    if (jx_report_table_get_heading (table, r + 1) == (gint) r)
      {
        g_autofree char *titles = g_strdup_printf ("localSheetId=\"%u\">[^<]*!\\$%u:\\$%u<", index,
                                                   GRID_FIRST_ROW + r + 1, GRID_FIRST_ROW + r + 1);
        g_autofree char *pattern = g_strdup_printf ("(<definedName name=\"_xlnm.Print_Titles\" %s)", titles);
        g_autofree char *found = match_one (book->workbook, pattern);

        g_assert_nonnull (found);
        break;
      }
}

static void
test_xlsx_holds_numbers_and_forms (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, SEED_DEPARTMENT, SEED_YEAR);
  g_autofree char *path = write_report (fixture, report, JX_REPORT_FORMAT_XLSX, "report.xlsx");
  GPtrArray *tables = jx_report_get_tables (report);
  JxReportTable *form = jx_test_find_project_form (report, SEED_PROJECT);
  JxReportTable *summary = jx_report_get_summary (report);
  guint form_index = table_index (report, form);
  g_auto(Workbook) book = { NULL };
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *core = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *reference = NULL;
  g_auto(SheetCell) budget = { NULL };
  g_auto(SheetCell) spent = { NULL };
  g_auto(SheetCell) rate = { NULL };
  g_autofree char *rate_format = NULL;
  guint row;

  open_workbook (&book, path);

  /* One sheet per table, named after it, in order. */
  names = sheet_names (&book);
  g_assert_cmpuint (names->len, ==, tables->len);
  for (guint i = 0; i < tables->len; i++)
    g_assert_cmpstr (g_ptr_array_index (names, i), ==, jx_report_table_get_name (g_ptr_array_index (tables, i)));
  g_assert_cmpstr (g_ptr_array_index (names, form_index), ==, SEED_PROJECT);

  core = read_entry (path, "docProps/core.xml");
  g_assert_nonnull (strstr (core, "<dc:title>" SEED_DEPARTMENT " 2020</dc:title>"));
  g_assert_nonnull (strstr (book.styles, "formatCode=\"#,##0.00####\""));

  /* The seed figures of 车辆租赁费: 3.88 budgeted, 3.39 spent, 87.37%. */
  row = row_of (form, "Total funds of the year");
  g_assert_cmpint (jx_report_table_get_cell (form, row, JX_FORM_COLUMN_BUDGET)->number, ==, 3880000);
  g_assert_cmpint (jx_report_table_get_cell (form, row, JX_FORM_COLUMN_SPENT)->number, ==, 3390000);
  g_assert_cmpint (jx_report_table_get_cell (form, row, JX_FORM_COLUMN_RATE)->number, ==, 8737);

  sheet = read_sheet (&book, form_index);
  reference = cell_reference (row, JX_FORM_COLUMN_BUDGET);
  g_assert_true (find_sheet_cell (sheet, reference, &budget));
  g_assert_null (budget.type);
  g_assert_cmpstr (budget.value, ==, "3.88");
  g_clear_pointer (&reference, g_free);
  reference = cell_reference (row, JX_FORM_COLUMN_SPENT);
  g_assert_true (find_sheet_cell (sheet, reference, &spent));
  g_assert_null (spent.type);
  g_assert_cmpstr (spent.value, ==, "3.39");
  g_clear_pointer (&reference, g_free);
  reference = cell_reference (row, JX_FORM_COLUMN_RATE);
  g_assert_true (find_sheet_cell (sheet, reference, &rate));
  g_assert_null (rate.type);
  g_assert_cmpstr (rate.value, ==, "0.8737");
  rate_format = style_number_format (book.styles, rate.style);
  g_assert_cmpstr (rate_format, ==, "0.00%");

  /* Its scores are numbers. */
  row = row_of (form, "Total score");
  g_assert_cmpint (jx_report_table_get_cell (form, row, JX_FORM_COLUMN_SCORE)->number, !=, JX_UNSET);
  g_assert_cmpint (jx_report_table_get_cell (form, row, JX_FORM_COLUMN_WEIGHT)->number, !=, JX_UNSET);

  /* Every cell of the form and of the summary, and the department's. */
  assert_sheet_matches_table (&book, form_index, form);
  assert_sheet_matches_table (&book, table_index (report, summary), summary);
  assert_sheet_matches_table (&book, 0, jx_report_get_year_form (report));

  /* The summary names the project and gives its grade as text. */
  {
    g_autofree char *summary_sheet = read_sheet (&book, table_index (report, summary));
    const JxReportCell *name = jx_report_table_find_text (summary, SEED_PROJECT);
    const JxReportCell *grade = jx_report_table_get_cell (summary, name->row, 7);
    g_autofree char *name_reference = cell_reference (name->row, name->column);
    g_autofree char *grade_reference = cell_reference (grade->row, grade->column);
    g_auto(SheetCell) name_cell = { NULL };
    g_auto(SheetCell) grade_cell = { NULL };
    g_autofree char *name_text = NULL;
    g_autofree char *grade_text = NULL;

    g_assert_cmpstr (grade->text, !=, "");
    g_assert_true (find_sheet_cell (summary_sheet, name_reference, &name_cell));
    g_assert_true (find_sheet_cell (summary_sheet, grade_reference, &grade_cell));
    g_assert_cmpstr (name_cell.type, ==, "s");
    g_assert_cmpstr (grade_cell.type, ==, "s");
    name_text = shared_string (book.strings, name_cell.value);
    grade_text = shared_string (book.strings, grade_cell.value);
    g_assert_cmpstr (name_text, ==, SEED_PROJECT);
    g_assert_cmpstr (grade_text, ==, grade->text);
  }
}

/* A graded project's grade (中 in the seed of 石家庄高新区科技局) is text
 * in the summary's sheet, as the summary gives it. */
static void
test_xlsx_grades_are_text (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "石家庄高新区科技局", 2021);
  g_autofree char *path = write_report (fixture, report, JX_REPORT_FORMAT_XLSX, "grades.xlsx");
  JxReportTable *summary = jx_report_get_summary (report);
  g_autofree char *sheet = NULL;
  g_auto(Workbook) book = { NULL };
  guint n_graded = 0;

  open_workbook (&book, path);
  sheet = read_sheet (&book, table_index (report, summary));

  for (guint r = 1; r + 1 < jx_report_table_get_n_rows (summary); r++)
    {
      const JxReportCell *grade = jx_report_table_get_cell (summary, r, 7);
      g_autofree char *reference = cell_reference (r, 7);
      g_auto(SheetCell) cell = { NULL };
      g_autofree char *text = NULL;

      g_assert_true (find_sheet_cell (sheet, reference, &cell));
      g_assert_cmpstr (cell.type, ==, "s");
      text = shared_string (book.strings, cell.value);
      g_assert_cmpstr (text, ==, grade->text);
      if (!g_str_equal (text, "—"))
        n_graded++;
    }

  g_assert_cmpuint (n_graded, >, 0);
  g_assert_nonnull (strstr (book.strings, "<t>中</t>"));
}

static void
test_xlsx_sheet_names_are_valid_and_unique (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "命名测试局", 2023);
  g_autofree char *path = write_report (fixture, report, JX_REPORT_FORMAT_XLSX, "names.xlsx");
  const char *expected[] = {
    "Department",
    "Projects",
    "Lease_rent _zone A__ _what__ _",
    "PROJECTS (2)",
    "Quoted",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七 (2)",
    "History (2)",
    "Findings",
  };
  g_auto(Workbook) book = { NULL };
  g_autoptr(GPtrArray) names = NULL;

  open_workbook (&book, path);
  names = sheet_names (&book);
  g_assert_cmpuint (names->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);

      g_assert_cmpstr (name, ==, expected[i]);
      g_assert_cmpint (g_utf8_strlen (name, -1), <=, 31);
    }

  /* The long name's sheet still holds the whole name. */
  {
    JxReportTable *form = g_ptr_array_index (jx_report_get_project_forms (report), 3);
    g_autofree char *sheet = read_sheet (&book, table_index (report, form));
    const JxReportCell *name = jx_report_table_find_text (form, FORTY_CJK);
    g_autofree char *reference = cell_reference (name->row, name->column);
    g_auto(SheetCell) cell = { NULL };
    g_autofree char *text = NULL;

    g_assert_true (find_sheet_cell (sheet, reference, &cell));
    text = shared_string (book.strings, cell.value);
    g_assert_cmpstr (text, ==, FORTY_CJK);
  }
}

/* ---- Reading the CSV file back ---- */

/* The records of RFC 4180 text, each a GPtrArray of fields; fails on
 * anything the RFC does not allow, such as a line ending in LF only. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = NULL;
  const char *p = text;

  while (*p != '\0')
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (record == NULL)
        {
          record = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (records, record);
        }

      if (*p == '"')
        {
          for (p++;; p++)
            {
              g_assert_cmpint (*p, !=, '\0');
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        {
          for (; *p != '\0' && *p != ',' && *p != '\r'; p++)
            {
              g_assert_cmpint (*p, !=, '"');
              g_assert_cmpint (*p, !=, '\n');
              g_string_append_c (field, *p);
            }
        }

      g_ptr_array_add (record, g_string_free (g_steal_pointer (&field), FALSE));

      if (*p == ',')
        {
          p++;
          if (*p == '\0')
            g_ptr_array_add (record, g_strdup (""));
        }
      else if (*p == '\r')
        {
          g_assert_cmpint (p[1], ==, '\n');
          p += 2;
          record = NULL;
        }
      else
        g_assert_cmpint (*p, ==, '\0');
    }

  return records;
}

static char *
expected_field (const JxReportCell *cell,
                guint               row,
                guint               column)
{
  if (cell == NULL || cell->row != row || cell->column != column)
    return g_strdup ("");
  if (cell->value == JX_REPORT_VALUE_MONEY && cell->number != JX_UNSET)
    return jx_money_to_wan_string (cell->number);
  return g_strdup (cell->text);
}

static char *
read_csv (const char  *path,
          GPtrArray  **records)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (text, -1, NULL));
  *records = parse_csv (text + 3);

  return text;
}

/* The index of the record holding @a at @column_a and @b at @column_b,
 * from @start on. */
static guint
find_record (GPtrArray  *records,
             guint       start,
             guint       column_a,
             const char *a,
             guint       column_b,
             const char *b)
{
  for (guint i = start; i < records->len; i++)
    {
      GPtrArray *record = g_ptr_array_index (records, i);

      if (record->len > MAX (column_a, column_b) &&
          g_str_equal (g_ptr_array_index (record, column_a), a) &&
          g_str_equal (g_ptr_array_index (record, column_b), b))
        return i;
    }

  g_assert_not_reached ();
}

static const char *
field (GPtrArray *records,
       guint      record,
       guint      column)
{
  GPtrArray *fields = g_ptr_array_index (records, record);

  g_assert_cmpuint (column, <, fields->len);
  return g_ptr_array_index (fields, column);
}

static void
test_csv_holds_every_table (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, SEED_DEPARTMENT, SEED_YEAR);
  g_autofree char *path = write_report (fixture, report, JX_REPORT_FORMAT_CSV, "report.csv");
  GPtrArray *tables = jx_report_get_tables (report);
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *text = read_csv (path, &records);
  guint next = 0;
  guint at;

  /* Each table: its title, its subtitle, its grid, an empty line. */
  for (guint t = 0; t < tables->len; t++)
    {
      JxReportTable *table = g_ptr_array_index (tables, t);
      guint n_rows = jx_report_table_get_n_rows (table);
      guint n_columns = jx_report_table_get_n_columns (table);

      g_assert_cmpuint (records->len, >=, next + 2 + n_rows);
      g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, next))->len, ==, 1);
      g_assert_cmpstr (field (records, next, 0), ==, jx_report_table_get_title (table));
      g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, next + 1))->len, ==, 1);
      g_assert_cmpstr (field (records, next + 1, 0), ==, jx_report_table_get_subtitle (table));
      next += 2;

      for (guint r = 0; r < n_rows; r++, next++)
        {
          g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, next))->len, ==, n_columns);
          for (guint c = 0; c < n_columns; c++)
            {
              g_autofree char *expected = expected_field (jx_report_table_get_cell (table, r, c), r, c);

              g_assert_cmpstr (field (records, next, c), ==, expected);
            }
        }

      if (t + 1 < tables->len)
        {
          g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, next))->len, ==, 1);
          g_assert_cmpstr (field (records, next, 0), ==, "");
          next++;
        }
    }
  g_assert_cmpuint (records->len, ==, next);
  g_assert_true (g_str_has_suffix (text, "\r\n"));

  /* 车辆租赁费 in the summary and on its form, in plain numbers. */
  at = find_record (records, 0, 1, SEED_PROJECT, 1, SEED_PROJECT);
  g_assert_cmpstr (field (records, at, 3), ==, "3.88");
  g_assert_cmpstr (field (records, at, 4), ==, "3.39");
  g_assert_cmpstr (field (records, at, 5), ==, "87.37%");

  at = find_record (records, 0, 0, "Project name", 2, SEED_PROJECT);
  at = find_record (records, at, 1, "Total funds of the year", 1, "Total funds of the year");
  g_assert_cmpstr (field (records, at, JX_FORM_COLUMN_BUDGET), ==, "3.88");
  g_assert_cmpstr (field (records, at, JX_FORM_COLUMN_SPENT), ==, "3.39");
  g_assert_cmpstr (field (records, at, JX_FORM_COLUMN_RATE), ==, "87.37%");
  g_assert_cmpstr (field (records, at, JX_FORM_COLUMN_PART_WEIGHT), ==, "10.00");
}

static void
test_csv_quotes_what_needs_it (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "命名测试局", 2023);
  g_autofree char *path = write_report (fixture, report, JX_REPORT_FORMAT_CSV, "names.csv");
  g_autoptr(GPtrArray) records = NULL;
  g_autofree char *text = read_csv (path, &records);
  JxReportTable *year_form = jx_report_get_year_form (report);
  const JxReportCell *goals = jx_report_table_find_text (year_form, ODD_GOALS);
  guint at;

  /* Quoted, the quotes doubled, the line break kept inside the field. */
  g_assert_nonnull (goals);
  g_assert_nonnull (strstr (text, ",\"Plan \"\"A\"\", then B\nline 2\","));
  at = find_record (records, 0, goals->column, ODD_GOALS, goals->column, ODD_GOALS);
  g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, at))->len, ==, jx_report_table_get_n_columns (year_form));

  /* A field with nothing to quote is not quoted. */
  g_assert_nonnull (strstr (text, ",PROJECTS,"));
  g_assert_null (strstr (text, "\"PROJECTS\""));
}

/* ---- Failing ---- */

static void
assert_directory_empty (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);

  g_assert_nonnull (dir);
  g_assert_null (g_dir_read_name (dir));
}

static void
test_missing_directory_is_an_error (Fixture       *fixture,
                                    gconstpointer  data)
{
  static const struct {
    JxReportFormat  format;
    const char     *basename;
  } formats[] = {
    { JX_REPORT_FORMAT_XLSX, "报告.xlsx" },
    { JX_REPORT_FORMAT_CSV, "报告.csv" },
  };
  g_autoptr(JxReport) report = load_report (fixture, SEED_DEPARTMENT, SEED_YEAR);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (missing, formats[i].basename, NULL);
      g_autoptr(GError) error = NULL;
      gboolean written;

      g_assert_false (jx_report_write (report, path, formats[i].format, NULL, NULL, NULL, &error));
      g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, formats[i].basename));
      g_clear_error (&error);

      /* The writers themselves say so too. */
      if (formats[i].format == JX_REPORT_FORMAT_XLSX)
        written = jx_report_write_xlsx (report, path, NULL, NULL, NULL, &error);
      else
        written = jx_report_write_csv (report, path, NULL, NULL, NULL, &error);
      g_assert_false (written);
      g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, formats[i].basename));
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    }
}

static void
cancel_at_first_progress (double   fraction,
                          gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void
test_cancelled_leaves_nothing (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, SEED_DEPARTMENT, SEED_YEAR);
  g_autofree char *out = g_build_filename (fixture->dir, "out", NULL);
  JxReportFormat formats[] = { JX_REPORT_FORMAT_XLSX, JX_REPORT_FORMAT_CSV };

  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (out, i == 0 ? "report.xlsx" : "report.csv", NULL);
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();
      g_autoptr(GCancellable) midway = g_cancellable_new ();
      g_autoptr(GError) error = NULL;

      /* Cancelled before it starts… */
      g_cancellable_cancel (cancelled);
      g_assert_false (jx_report_write (report, path, formats[i], NULL, NULL, cancelled, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      assert_directory_empty (out);
      g_clear_error (&error);

      /* …and after the first table. */
      g_assert_false (jx_report_write (report, path, formats[i], cancel_at_first_progress, midway, midway, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      assert_directory_empty (out);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report-sheets/xlsx/numbers-and-forms", Fixture, NULL,
              fixture_set_up, test_xlsx_holds_numbers_and_forms, fixture_tear_down);
  g_test_add ("/report-sheets/xlsx/grades", Fixture, NULL,
              fixture_set_up, test_xlsx_grades_are_text, fixture_tear_down);
  g_test_add ("/report-sheets/xlsx/sheet-names", Fixture, NULL,
              fixture_set_up, test_xlsx_sheet_names_are_valid_and_unique, fixture_tear_down);
  g_test_add ("/report-sheets/csv/every-table", Fixture, NULL,
              fixture_set_up, test_csv_holds_every_table, fixture_tear_down);
  g_test_add ("/report-sheets/csv/quoting", Fixture, NULL,
              fixture_set_up, test_csv_quotes_what_needs_it, fixture_tear_down);
  g_test_add ("/report-sheets/error/missing-directory", Fixture, NULL,
              fixture_set_up, test_missing_directory_is_an_error, fixture_tear_down);
  g_test_add ("/report-sheets/error/cancelled", Fixture, NULL,
              fixture_set_up, test_cancelled_leaves_nothing, fixture_tear_down);

  return g_test_run ();
}
