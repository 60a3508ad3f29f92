/* test-report-pdf.c: the report pack as a PDF holds every figure of the
 * report, numbers its pages, embeds its fonts and breaks its tables
 * cleanly across pages
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "test-report-utils.h"

static const struct {
  const char *department;
  gint64      year;
} seeds[] = {
  { "兰州新区科技局", 2020 },
  { "新乡市科学技术局", 2021 },
  { "石家庄高新区科技局", 2021 },
  { "衡阳市科学技术局", 2021 },
};

/* The summary table's columns. */
enum {
  SUMMARY_NAME = 1,
  SUMMARY_SCORE = 6,
  SUMMARY_GRADE = 7,
};

/* What a poppler tool prints for @path. */
static char *
run_tool (const char *tool,
          const char *path,
          guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *argv_all[] = { tool, "-enc", "UTF-8", path, "-", NULL };
  const char *argv_page[] = { tool, "-enc", "UTF-8", "-f", first, "-l", first, path, "-", NULL };
  const char *argv_plain[] = { tool, path, NULL };
  const char **argv = g_str_equal (tool, "pdftotext") ? (page > 0 ? argv_page : argv_all) : argv_plain;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s %s: %s\n%s", tool, path, error->message, err);

  return out;
}

static guint
count_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, 0);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* The text without white space: a cell's text wraps where its width ends. */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_utf8_get_char (p));

  return g_string_free (squeezed, FALSE);
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* Every font pdffonts lists says "yes" in its emb column. */
static void
assert_fonts_embedded (const char *path)
{
  g_autofree char *fonts = run_tool ("pdffonts", path, 0);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  const char *emb;
  gsize column;
  guint n_fonts = 0;

  g_assert_cmpuint (g_strv_length (lines), >=, 2);
  emb = strstr (lines[0], " emb ");
  g_assert_nonnull (emb);
  column = (gsize) (emb - lines[0]) + 1;

  for (guint i = 2; lines[i] != NULL; i++)
    {
      if (*lines[i] == '\0')
        continue;
      g_assert_cmpuint (strlen (lines[i]), >, column + 3);
      if (!g_str_has_prefix (lines[i] + column, "yes"))
        g_error ("font not embedded: %s", lines[i]);
      n_fonts++;
    }

  g_assert_cmpuint (n_fonts, >, 0);
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}


/* Writes @report's PDF to @path; returns its pages. */
static guint
write_pdf (JxReport   *report,
           const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start = g_get_monotonic_time ();
  guint n_pages;

  g_assert_true (jx_report_write (report, path, JX_REPORT_FORMAT_PDF, record_progress, fractions, NULL, &error));
  g_assert_no_error (error);
  n_pages = count_pages (path);
  g_test_message ("%s %d: %u pages in %.2f s", jx_report_get_department (report), (int) jx_report_get_year (report),
                  n_pages, (g_get_monotonic_time () - start) / 1e6);

  /* Told after each page, from 0 to 1. */
  g_assert_cmpuint (fractions->len, >=, n_pages);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);

  return n_pages;
}

/* Each project's name, score and grade as the summary table gives them
 * are in the text, in that order; every page is numbered of the total. */
static void
assert_report_text (JxReport   *report,
                    const char *path,
                    guint       n_pages)
{
  JxReportTable *summary = jx_report_get_summary (report);
  JxYearScore *score = jx_report_get_score (report);
  g_autofree char *text = run_tool ("pdftotext", path, 0);
  g_autofree char *squeezed = squeeze (text);
  g_autofree char *first = g_strdup_printf ("Page 1 of %u", n_pages);
  g_autofree char *last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);

  g_assert_nonnull (strstr (text, jx_report_get_department (report)));
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, last));
  g_assert_cmpuint (count_occurrences (text, " of "), >=, n_pages);

  for (guint i = 0; i < score->projects->len; i++)
    {
      const JxReportCell *name = jx_report_table_get_cell (summary, i + 1, SUMMARY_NAME);
      const JxReportCell *points = jx_report_table_get_cell (summary, i + 1, SUMMARY_SCORE);
      const JxReportCell *grade = jx_report_table_get_cell (summary, i + 1, SUMMARY_GRADE);
      g_autofree char *squeezed_name = squeeze (name->text);
      const char *found = strstr (squeezed, squeezed_name);

      g_test_message ("%s: %s %s", name->text, points->text, grade->text);
      g_assert_nonnull (found);
      g_assert_cmpstr (points->text, !=, "");
      found = strstr (found + strlen (squeezed_name), points->text);
      g_assert_nonnull (found);
      g_assert_nonnull (strstr (found + strlen (points->text), grade->text));
    }
}

static void
test_seed_reports (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(JxReport) report = jx_test_load_report (store, seeds[i].department, seeds[i].year);
      g_autofree char *name = g_strdup_printf ("report-%u.pdf", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      guint n_pages = write_pdf (report, path);

      /* Cover, charts, and each table from a page of its own. */
      g_assert_cmpuint (n_pages, >=, 1 + jx_report_get_tables (report)->len);
      assert_report_text (report, path, n_pages);
      assert_fonts_embedded (path);
    }

  jx_test_remove_dir (dir);
}

/* A project of 60 indicators whose 40th has a reason for deviation longer
 * than a page, numbered sentence by sentence (R0001 … R0150: a Latin word
 * does not wrap, so each number stays whole on a line). */
static GBytes *
make_long_project (void)
{
  GString *json = g_string_new ("{\"format\":\"jixiao\",\"version\":2,\"departments\":[{"
                                "\"name\":\"长表测试局\",\"years\":[{\"year\":2022,"
                                "\"initial_total\":\"100\",\"adjusted_total\":\"100\",\"actual_total\":\"90\","
                                "\"projects\":[{\"name\":\"六十项指标的项目\",\"kind\":\"local\","
                                "\"planned_target\":\"目标\",\"actual_outcome\":\"完成\","
                                "\"funding\":[{\"source\":\"appropriation\",\"initial\":\"100\","
                                "\"adjusted\":\"100\",\"actual\":\"90\"}],\"indicators\":[");

  for (guint i = 1; i <= 60; i++)
    {
      const char *level1 = i <= 30 ? "产出指标" : i <= 50 ? "效益指标" : "满意度指标";
      const char *level2 = i <= 15 ? "数量指标" : i <= 30 ? "质量指标" : i <= 50 ? "社会效益指标" : "服务对象满意度指标";

      g_string_append_printf (json, "%s{\"level1\":\"%s\",\"level2\":\"%s\",\"name\":\"指标%02u号的名称\","
                              "\"comparator\":\"ge\",\"target_value\":\"100\",\"target_unit\":\"人\","
                              "\"actual_value\":\"%u\",\"weight\":\"1.5\"",
                              i > 1 ? "," : "", level1, level2, i, 90 + i % 20);
      if (i == 40)
        {
          g_string_append (json, ",\"deviation_reason\":\"");
          for (guint s = 1; s <= 150; s++)
            g_string_append_printf (json, "偏差原因之R%04u。", s);
          g_string_append (json, "\"");
        }
      g_string_append (json, "}");
    }
  g_string_append (json, "]}]}]}]}");

  return g_string_free_to_bytes (json);
}

/* Pages of the project form that continue it repeat the indicators'
 * heading; the row taller than a page is cut between lines, each line
 * printed once. */
static void
test_long_form_breaks_cleanly (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "long.db");
  g_autoptr(GBytes) bytes = make_long_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JxReport) report = NULL;
  g_autofree char *path = g_build_filename (dir, "long.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *squeezed = NULL;
  guint n_pages, n_continued = 0;

  g_assert_true (jx_exchange_import_bytes (store, bytes, "long.json", JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  report = jx_test_load_report (store, "长表测试局", 2022);
  n_pages = write_pdf (report, path);
  assert_report_text (report, path, n_pages);
  assert_fonts_embedded (path);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *page_text = run_tool ("pdftotext", path, page);
      g_autofree char *squeezed_page = squeeze (page_text);

      if (strstr (squeezed_page, "Self-evaluationofprojectspending(continued)") == NULL)
        continue;

      /* The heading row, above the indicators it heads. */
      g_assert_nonnull (strstr (squeezed_page, "Level1indicator"));
      g_assert_nonnull (strstr (squeezed_page, "Level3indicator"));
      g_assert_nonnull (strstr (squeezed_page, "Annualtarget"));
      g_assert_nonnull (strstr (squeezed_page, "Reasonsfordeviationandimprovements"));
      n_continued++;
    }
  g_assert_cmpuint (n_continued, >=, 2);

  text = run_tool ("pdftotext", path, 0);
  squeezed = squeeze (text);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("指标%02u号的名称", i);

      g_assert_cmpuint (count_occurrences (squeezed, name), >=, 1);
    }
  for (guint s = 1; s <= 150; s++)
    {
      g_autofree char *sentence = g_strdup_printf ("R%04u", s);

      g_assert_cmpuint (count_occurrences (squeezed, sentence), ==, 1);
    }

  jx_test_remove_dir (dir);
}

static void
assert_directory_holds (const char *dir,
                        guint       n_files)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, n_files);
}

static void
cancel_halfway (double   fraction,
                gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

/* A cancelled report leaves neither the file nor a partial one. */
static void
test_cancelled (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *path = g_build_filename (out, "cancelled.pdf", NULL);
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(JxReport) report = jx_test_load_report (store, seeds[0].department, seeds[0].year);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (out, 0755), ==, 0);

  g_cancellable_cancel (cancellable);
  g_assert_false (jx_report_write (report, path, JX_REPORT_FORMAT_PDF, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_directory_holds (out, 0);
  g_clear_error (&error);
  g_clear_object (&cancellable);

  /* Cancelled between two pages. */
  cancellable = g_cancellable_new ();
  g_assert_false (jx_report_write (report, path, JX_REPORT_FORMAT_PDF, cancel_halfway, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  assert_directory_holds (out, 0);

  jx_test_remove_dir (dir);
}

/* A file that cannot be written gives an error naming it. */
static void
test_unwritable (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "report.pdf", NULL);
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(JxReport) report = jx_test_load_report (store, seeds[0].department, seeds[0].year);
  g_autoptr(GError) error = NULL;

  g_assert_false (jx_report_write (report, path, JX_REPORT_FORMAT_PDF, NULL, NULL, NULL, &error));
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_clear_error (&error);

  /* The PDF writer itself, where cairo cannot open the file. */
  g_assert_false (jx_report_write_pdf (report, path, NULL, NULL, NULL, &error));
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "report.pdf"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  jx_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-pdf/seed-reports", test_seed_reports);
  g_test_add_func ("/report-pdf/long-form-breaks-cleanly", test_long_form_breaks_cleanly);
  g_test_add_func ("/report-pdf/cancelled", test_cancelled);
  g_test_add_func ("/report-pdf/unwritable", test_unwritable);

  return g_test_run ();
}
