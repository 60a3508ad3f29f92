/* test-report-export.c: the report export dialog, from the real window
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With JX_TEST_SCREENSHOT_DIR set, the tests also save what the dialog
 * shows as PNGs there, to be looked at.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "jx-report-export-dialog-private.h"
#include "jx-window-private.h"
#include "test-gtk-utils.h"
#include "test-utils.h"

typedef JxTestWindow Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  jx_test_window_set_up (fixture);
  g_assert_true (jx_window_select_year (fixture->window, "兰州新区科技局", 2020));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  jx_test_window_tear_down (fixture);
}

static GObject *
child (JxReportExportDialog *dialog,
       const char           *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), JX_TYPE_REPORT_EXPORT_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static gboolean
widget_is_sensitive (JxReportExportDialog *dialog,
                     const char           *name)
{
  return gtk_widget_is_sensitive (GTK_WIDGET (child (dialog, name)));
}

static JxReportExportDialog *
find_dialog (JxWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (JX_IS_REPORT_EXPORT_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return JX_REPORT_EXPORT_DIALOG (toplevel);
    }

  return NULL;
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == parent)
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

/* The dialog changes its size with what it shows: the new size is drawn
 * a few frames later. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  if (g_getenv ("JX_TEST_SCREENSHOT_DIR") == NULL)
    return;

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (jx_test_wait_until (is_drawn, widget));
      jx_test_wait_for_frames ();
    }
  jx_test_save_screenshot (widget, name);
}

/* The dialog as the window's menu opens it, held by the test. */
static JxReportExportDialog *
open_dialog (JxWindow *window)
{
  JxReportExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL));
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (jx_test_wait_until (is_drawn, dialog));
  return g_object_ref (dialog);
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

static void
stored_result_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Starts the export as “Export…” does after the file chooser. */
static void
start_export (JxReportExportDialog  *dialog,
              const char            *path,
              GAsyncResult         **result)
{
  *result = NULL;
  jx_report_export_dialog_export_to (dialog, path, stored_result_cb, result);
}

static gboolean
finish_export (JxReportExportDialog  *dialog,
               GAsyncResult         **result,
               GError               **error)
{
  gboolean written;

  g_assert_true (jx_test_wait_until (has_result, result));
  written = jx_report_export_dialog_export_to_finish (dialog, *result, error);
  g_clear_object (result);
  return written;
}

static gboolean
export_to (JxReportExportDialog  *dialog,
           const char            *path,
           GError               **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  start_export (dialog, path, &result);
  return finish_export (dialog, &result, error);
}

static gboolean
file_starts_with (const char *path,
                  const char *magic)
{
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;

  return length >= strlen (magic) && memcmp (contents, magic, strlen (magic)) == 0;
}

/* No file of a report under way (the library's “.NAME.XXXXXX”) is left
 * in @dir. */
static void
assert_no_partial_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (name[0] == '.')
      g_error ("A partial file was left behind: %s", name);
}

static gboolean
toast_says (gpointer data)
{
  JxWindow *window = ((gpointer *) data)[0];
  const char *text = ((gpointer *) data)[1];
  g_autoptr(GPtrArray) labels = jx_test_list_descendants (GTK_WIDGET (window->toast_overlay), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;

  return FALSE;
}

static void
fraction_changed_cb (GtkProgressBar *bar,
                     GParamSpec     *pspec,
                     double         *highest)
{
  *highest = MAX (*highest, gtk_progress_bar_get_fraction (bar));
}

/* The dialog says what it reports on, and offers the three formats with
 * the name the finance bureau expects. */
static void
test_dialog_names_the_year (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(JxReportExportDialog) dialog = open_dialog (fixture->window);
  g_autofree char *name = NULL;

  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Export Report");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (dialog, "department_label"))), ==, "兰州新区科技局");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (child (dialog, "year_label"))), ==, "2020");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (dialog, "pdf_row"))), ==, "PDF report pack");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (dialog, "xlsx_row"))), ==, "Excel workbook (.xlsx)");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child (dialog, "csv_row"))), ==, "CSV");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (child (dialog, "pdf_row"))), "finance bureau"));
  g_assert_cmpstr (jx_report_export_dialog_get_status (dialog), ==, "");
  g_assert_false (jx_report_export_dialog_is_running (dialog));
  jx_test_save_screenshot (GTK_WIDGET (dialog), "report-export-dialog.png");

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_PDF);
  name = jx_report_export_dialog_get_file_name (dialog);
  g_assert_cmpstr (name, ==, "兰州新区科技局-2020-绩效自评.pdf");
  g_clear_pointer (&name, g_free);

  /* A click on a row chooses its format. */
  adw_action_row_activate (ADW_ACTION_ROW (child (dialog, "xlsx_row")));
  g_assert_cmpint (jx_report_export_dialog_get_format (dialog), ==, JX_REPORT_FORMAT_XLSX);
  name = jx_report_export_dialog_get_file_name (dialog);
  g_assert_cmpstr (name, ==, "兰州新区科技局-2020-绩效自评.xlsx");
  g_clear_pointer (&name, g_free);

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_CSV);
  name = jx_report_export_dialog_get_file_name (dialog);
  g_assert_cmpstr (name, ==, "兰州新区科技局-2020-绩效自评.csv");

  /* Cancel closes it when nothing is under way. */
  g_signal_emit_by_name (child (dialog, "cancel_button"), "clicked");
  jx_test_wait_for_frames ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_null (find_dialog (fixture->window));
}

/* The PDF pack is written in a thread while the bar moves; the dialog
 * closes and the window says where the report went. */
static void
test_exports_pdf (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(JxReportExportDialog) dialog = open_dialog (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "兰州新区科技局-2020-绩效自评.pdf", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gpointer toast_data[2] = { fixture->window, "Report saved as “兰州新区科技局-2020-绩效自评.pdf”" };
  double highest = 0.0;

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_PDF);
  g_signal_connect (child (dialog, "progress_bar"), "notify::fraction", G_CALLBACK (fraction_changed_cb), &highest);

  start_export (dialog, path, &result);
  g_assert_true (jx_report_export_dialog_is_running (dialog));
  g_assert_nonnull (strstr (jx_report_export_dialog_get_status (dialog), "Writing"));
  g_assert_false (widget_is_sensitive (dialog, "export_button"));
  g_assert_false (widget_is_sensitive (dialog, "format_group"));
  g_assert_true (widget_is_sensitive (dialog, "cancel_button"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (child (dialog, "progress_bar"))));
  jx_test_wait_for_frames ();
  if (jx_report_export_dialog_is_running (dialog))
    jx_test_save_screenshot (GTK_WIDGET (dialog), "report-export-dialog-running.png");

  g_assert_true (finish_export (dialog, &result, &error));
  g_assert_no_error (error);
  g_assert_false (jx_report_export_dialog_is_running (dialog));
  g_assert_true (file_starts_with (path, "%PDF"));
  assert_no_partial_files (fixture->dir);
  g_assert_cmpfloat (highest, >, 0.0);
  g_assert_cmpfloat (highest, <=, 1.0);
  g_assert_cmpfloat (jx_report_export_dialog_get_fraction (dialog), ==, highest);

  /* Said on the window, with a button that opens the file. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (jx_test_wait_until (toast_says, toast_data));
  jx_test_wait_for_frames ();
  jx_test_save_screenshot (GTK_WIDGET (fixture->window), "report-export-toast.png");
}

/* The workbook, and the CSV file; the extension of the chosen format is
 * added to a name without it, and the format is remembered. */
static void
test_exports_xlsx_and_csv (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(JxReportExportDialog) dialog = open_dialog (fixture->window);
  g_autoptr(JxReportExportDialog) again = NULL;
  g_autofree char *stem = g_build_filename (fixture->dir, "report", NULL);
  g_autofree char *xlsx = g_build_filename (fixture->dir, "report.xlsx", NULL);
  g_autofree char *csv = g_build_filename (fixture->dir, "REPORT.CSV", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_XLSX);
  g_assert_true (export_to (dialog, stem, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (stem, G_FILE_TEST_EXISTS));
  g_assert_true (file_starts_with (xlsx, "PK"));
  assert_no_partial_files (fixture->dir);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  /* Opened again, it offers the workbook. */
  again = open_dialog (fixture->window);
  g_assert_cmpint (jx_report_export_dialog_get_format (again), ==, JX_REPORT_FORMAT_XLSX);

  /* An extension in capitals is the format's all the same. */
  jx_report_export_dialog_set_format (again, JX_REPORT_FORMAT_CSV);
  g_assert_true (export_to (again, csv, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "兰州新区科技局"));
  assert_no_partial_files (fixture->dir);
}

/* With settings, the format is remembered there. */
static void
test_format_is_remembered_in_settings (void)
{
  g_autoptr(GSettingsSchemaSource) source = g_settings_schema_source_new_from_directory (BUILD_SCHEMA_DIR, NULL, FALSE, NULL);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  JxReportExportDialog *dialog;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, "io.github.jixiao.Jixiao", FALSE);
  g_assert_nonnull (schema);
  settings = g_settings_new_full (schema, NULL, NULL);

  g_settings_set_enum (settings, "report-format", JX_REPORT_FORMAT_CSV);
  dialog = jx_report_export_dialog_new (NULL, "samples.db", "新乡市科学技术局", 2021, settings);
  g_assert_cmpint (jx_report_export_dialog_get_format (dialog), ==, JX_REPORT_FORMAT_CSV);

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_XLSX);
  g_assert_cmpint (g_settings_get_enum (settings, "report-format"), ==, JX_REPORT_FORMAT_XLSX);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_settings_reset (settings, "report-format");
  dialog = jx_report_export_dialog_new (NULL, "samples.db", "新乡市科学技术局", 2021, settings);
  g_assert_cmpint (jx_report_export_dialog_get_format (dialog), ==, JX_REPORT_FORMAT_PDF);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Without a window to show the toast, the dialog stays and says where
 * the report went. */
static void
test_without_window_stays (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples_copy (dir);
  g_autofree char *path = g_build_filename (dir, "A&B.csv", NULL);
  g_autoptr(JxReportExportDialog) dialog = NULL;
  g_autoptr(GError) error = NULL;

  dialog = g_object_ref (jx_report_export_dialog_new (NULL, jx_store_get_path (store), "衡阳市科学技术局", 2021, NULL));
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (jx_test_wait_until (is_drawn, dialog));

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_CSV);
  g_assert_true (export_to (dialog, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (jx_report_export_dialog_get_status (dialog), ==, "Report saved as “A&B.csv”");

  /* A year that is not in the database is said so. */
  g_clear_pointer (&path, g_free);
  path = g_build_filename (dir, "none.csv", NULL);
  jx_test_destroy_window (GTK_WIDGET (dialog));
  g_clear_object (&dialog);
  dialog = g_object_ref (jx_report_export_dialog_new (NULL, jx_store_get_path (store), "衡阳市科学技术局", 1999, NULL));
  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_CSV);
  g_assert_false (export_to (dialog, path, &error));
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "none.csv"));
  g_assert_true (jx_report_export_dialog_get_status_is_error (dialog));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  jx_test_destroy_window (GTK_WIDGET (dialog));
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* Cancel stops the export: the dialog goes back to the choice and says
 * so, and the file that was there is left whole.  (Should the thread win
 * the race and finish first, the file is a whole new report.) */
static void
test_cancel_leaves_the_file (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(JxReportExportDialog) dialog = open_dialog (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (path, "the report as it was", -1, NULL));
  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_PDF);

  start_export (dialog, path, &result);
  g_signal_emit_by_name (child (dialog, "cancel_button"), "clicked");
  g_assert_cmpstr (jx_report_export_dialog_get_status (dialog), ==, "Cancelling…");
  g_assert_false (widget_is_sensitive (dialog, "cancel_button"));

  if (finish_export (dialog, &result, &error))
    {
      g_test_message ("The report was written before it could be cancelled");
      g_assert_true (file_starts_with (path, "%PDF"));
    }
  else
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
      g_assert_cmpstr (jx_report_export_dialog_get_status (dialog), ==, "Cancelled");
      g_assert_false (jx_report_export_dialog_get_status_is_error (dialog));
      g_assert_true (widget_is_sensitive (dialog, "export_button"));
      g_assert_true (widget_is_sensitive (dialog, "format_group"));
      g_assert_true (widget_is_sensitive (dialog, "cancel_button"));
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (child (dialog, "progress_bar"))));
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the report as it was");
      save_screenshot (GTK_WIDGET (dialog), "report-export-dialog-cancelled.png");
    }
  assert_no_partial_files (fixture->dir);

  /* Exported again, it is written. */
  g_assert_true (export_to (dialog, path, NULL));
  g_assert_true (file_starts_with (path, "%PDF"));
}

/* Closing the dialog while it writes stops the export too, and the
 * dialog goes once the thread has stopped. */
static void
test_closing_cancels (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(JxReportExportDialog) dialog = open_dialog (fixture->window);
  g_autofree char *path = g_build_filename (fixture->dir, "report.xlsx", NULL);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_XLSX);
  start_export (dialog, path, &result);
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  if (finish_export (dialog, &result, &error))
    {
      g_test_message ("The report was written before it could be cancelled");
      g_assert_true (file_starts_with (path, "PK"));
    }
  else
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  assert_no_partial_files (fixture->dir);
  jx_test_wait_for_frames ();
  g_assert_null (find_dialog (fixture->window));
}

/* A folder that does not exist: the dialog stays and says why, naming
 * the file, and nothing is written. */
static void
test_error_names_the_file (Fixture       *fixture,
                           gconstpointer  user_data)
{
  g_autoptr(JxReportExportDialog) dialog = open_dialog (fixture->window);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "报告.pdf", NULL);
  g_autoptr(GError) error = NULL;

  jx_report_export_dialog_set_format (dialog, JX_REPORT_FORMAT_PDF);
  g_assert_false (export_to (dialog, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "报告.pdf"));

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (jx_report_export_dialog_get_status (dialog), ==, error->message);
  g_assert_true (jx_report_export_dialog_get_status_is_error (dialog));
  g_assert_true (widget_is_sensitive (dialog, "export_button"));
  g_assert_true (widget_is_sensitive (dialog, "format_group"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_null (find_message_dialog (GTK_WINDOW (dialog)));   /* said in the dialog itself */
  save_screenshot (GTK_WIDGET (dialog), "report-export-dialog-error.png");

  /* Writing elsewhere then works, and the error goes. */
  g_clear_error (&error);
  g_clear_pointer (&path, g_free);
  path = g_build_filename (fixture->dir, "报告.pdf", NULL);
  g_assert_true (export_to (dialog, path, &error));
  g_assert_no_error (error);
  g_assert_false (jx_report_export_dialog_get_status_is_error (dialog));
}

/* Only with a year selected, and not while other work holds the window. */
static void
test_action_needs_a_year (Fixture       *fixture,
                          gconstpointer  user_data)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "empty.jixiao");
  JxWindow *window;

  jx_window_begin_work (fixture->window, "Importing…");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.export-report", NULL);
  g_assert_null (find_dialog (fixture->window));
  jx_window_end_work (fixture->window);

  window = jx_window_new (NULL, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_wait_for_frames ();
  g_assert_null (jx_workspace_get_year (jx_window_get_workspace (window)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-report", NULL);
  g_assert_null (find_dialog (window));
  jx_test_destroy_window (GTK_WIDGET (window));
  jx_test_remove_dir (dir);

  /* With the year and nothing under way, it opens. */
  g_object_unref (open_dialog (fixture->window));
}

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  if (!jx_test_gtk_init (&argc, &argv))
    return 0;

  ADD_TEST ("/report-export/dialog-names-the-year", test_dialog_names_the_year);
  ADD_TEST ("/report-export/exports-pdf", test_exports_pdf);
  ADD_TEST ("/report-export/exports-xlsx-and-csv", test_exports_xlsx_and_csv);
  g_test_add_func ("/report-export/format-is-remembered-in-settings", test_format_is_remembered_in_settings);
  g_test_add_func ("/report-export/without-window-stays", test_without_window_stays);
  ADD_TEST ("/report-export/cancel-leaves-the-file", test_cancel_leaves_the_file);
  ADD_TEST ("/report-export/closing-cancels", test_closing_cancels);
  ADD_TEST ("/report-export/error-names-the-file", test_error_names_the_file);
  ADD_TEST ("/report-export/action-needs-a-year", test_action_needs_a_year);

  return g_test_run ();
}
