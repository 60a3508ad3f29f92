/* test-application.c: files given to Jixiao, as a double-click gives them
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A database opens in a window of its own; an exchange file is imported
 * into the window in front, or into the database Jixiao starts with.  The
 * default database lives in a folder of the test's own ($XDG_DATA_HOME).
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "jx-application.h"
#include "jx-window-private.h"
#include "test-gtk-utils.h"
#include "test-utils.h"

#define NEW_DEPARTMENT "测试市科学技术局"

typedef struct {
  char          *dir;
  JxApplication *application;
} Fixture;

/* One for all the tests, registered once, as in Jixiao. */
static JxApplication *the_application;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->dir = jx_test_make_dir ();
  fixture->application = the_application;
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->application))) != NULL)
    gtk_window_destroy (windows->data);
  jx_test_wait_for_frames ();
  jx_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Sample 002 under another department's name: an exchange file that
 * imports into the samples without a conflict. */
static char *
write_new_department (const char *dir)
{
  g_autofree char *sample = jx_test_source_path ("data/samples/002-xinxiang-2021.json");
  g_autofree char *contents = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *renamed = NULL;
  char *path = g_build_filename (dir, "报告.jixiao.json", NULL);

  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));
  parts = g_strsplit (contents, "新乡市科学技术局", -1);
  renamed = g_strjoinv (NEW_DEPARTMENT, parts);
  g_assert_true (g_file_set_contents (path, renamed, -1, NULL));

  return path;
}

static void
open_paths (Fixture    *fixture,
            const char *first,
            ...)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  va_list args;

  va_start (args, first);
  for (const char *path = first; path != NULL; path = va_arg (args, const char *))
    g_ptr_array_add (files, g_file_new_for_path (path));
  va_end (args);

  g_application_open (G_APPLICATION (fixture->application), (GFile **) files->pdata, files->len, "");
  jx_test_wait_for_frames ();
}

static JxWindow *
only_window (Fixture *fixture)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (fixture->application));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (JX_IS_WINDOW (windows->data));
  return windows->data;
}

/* Read through a connection of its own: what is saved. */
static gboolean
has_department (JxStore    *store,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxStore) reader = jx_store_open (jx_store_get_path (store), JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_autoptr(JxDepartment) department = NULL;

  g_assert_no_error (error);
  department = jx_store_find_department (reader, name, &error);
  g_assert_no_error (error);

  return department != NULL;
}

static gboolean
window_is_idle (gpointer data)
{
  return JX_WINDOW (data)->cancellable == NULL;
}

static AdwMessageDialog *
find_dialog_of (JxWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
dialog_is_shown (gpointer data)
{
  return find_dialog_of (JX_WINDOW (data)) != NULL;
}

static void
test_exchange_file_into_default_database (Fixture       *fixture,
                                          gconstpointer  user_data)
{
  g_autofree char *exchange = write_new_department (fixture->dir);
  g_autofree char *default_path = g_build_filename (g_get_user_data_dir (), "jixiao", "jixiao.jixiao", NULL);
  JxWindow *window;

  /* Nothing open: the default database (made with the samples) opens,
   * and the file goes into it. */
  open_paths (fixture, exchange, NULL);
  window = only_window (fixture);
  g_assert_nonnull (window->store);
  g_assert_cmpstr (jx_store_get_path (window->store), ==, default_path);
  g_assert_true (jx_test_wait_until (window_is_idle, window));
  g_assert_true (has_department (window->store, NEW_DEPARTMENT));
  g_assert_true (has_department (window->store, "新乡市科学技术局"));
  g_assert_null (find_dialog_of (window));

  /* A year already there: Jixiao asks before replacing it. */
  open_paths (fixture, exchange, NULL);
  g_assert_true (only_window (fixture) == window);
  g_assert_true (jx_test_wait_until (dialog_is_shown, window));
  g_assert_true (adw_message_dialog_has_response (find_dialog_of (window), "replace"));
  gtk_window_destroy (GTK_WINDOW (find_dialog_of (window)));
  g_assert_true (has_department (window->store, NEW_DEPARTMENT));
}

static void
test_database_then_exchange_file (Fixture       *fixture,
                                  gconstpointer  user_data)
{
  g_autoptr(JxStore) samples = jx_test_open_samples (fixture->dir);
  g_autofree char *exchange = write_new_department (fixture->dir);
  JxWindow *window;

  /* The database given with it opens first; the file goes into it. */
  open_paths (fixture, exchange, jx_store_get_path (samples), NULL);
  window = only_window (fixture);
  g_assert_nonnull (window->store);
  g_assert_cmpstr (jx_store_get_path (window->store), ==, jx_store_get_path (samples));
  g_assert_true (jx_test_wait_until (window_is_idle, window));
  g_assert_true (has_department (samples, NEW_DEPARTMENT));
  g_assert_null (find_dialog_of (window));
}

static void
test_database_opens_in_its_window (Fixture       *fixture,
                                   gconstpointer  user_data)
{
  g_autoptr(JxStore) samples = jx_test_open_samples (fixture->dir);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.jixiao", NULL);
  GList *windows;

  open_paths (fixture, jx_store_get_path (samples), NULL);
  g_assert_cmpstr (jx_store_get_path (only_window (fixture)->store), ==, jx_store_get_path (samples));

  /* One that cannot be opened gets a window that says why. */
  open_paths (fixture, missing, NULL);
  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->application));
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  g_assert_null (JX_WINDOW (windows->data)->store);
}

static gboolean
set_flag (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

typedef struct {
  gboolean  exited;
  char     *output;
} AppRun;

static void
process_communicated_cb (GObject      *process,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  AppRun *run = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_subprocess_communicate_utf8_finish (G_SUBPROCESS (process), result, &run->output, NULL, &error));
  g_assert_no_error (error);
  run->exited = TRUE;
}

/* Jixiao started on @database with the environment variable @hook set:
 * what it printed.  It must end by itself and well; a window that stays
 * is killed after a minute, and the test fails. */
static char *
run_app_with_hook (const char *database,
                   const char *hook)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  AppRun run = { FALSE, NULL };
  gboolean timed_out = FALSE;
  guint timeout;

  g_subprocess_launcher_setenv (launcher, hook, "1", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("JX_TEST_APP"), database, NULL);
  g_assert_no_error (error);

  g_subprocess_communicate_utf8_async (process, NULL, NULL, process_communicated_cb, &run);
  timeout = g_timeout_add_seconds (60, set_flag, &timed_out);
  while (!run.exited && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!run.exited)
    {
      g_subprocess_force_exit (process);
      while (!run.exited)
        g_main_context_iteration (NULL, TRUE);
    }
  else
    g_source_remove (timeout);
  g_assert_false (timed_out);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  return run.output;
}

/* For the benchmark of tests/bench-scale: Jixiao started on a database
 * with JX_QUIT_AFTER_FIRST_FRAME paints its window once and quits. */
static void
test_quits_after_first_frame (Fixture       *fixture,
                              gconstpointer  user_data)
{
  g_autoptr(JxStore) store = jx_test_open_samples_copy (fixture->dir);
  g_autofree char *output = run_app_with_hook (jx_store_get_path (store), "JX_QUIT_AFTER_FIRST_FRAME");

  g_assert_cmpstr (output, ==, "");
}

/* For the benchmark of tests/bench-scale: with JX_BENCH_SCROLL, Jixiao
 * scrolls the projects of the year that has the most, not the year it
 * opens on, down and back, says how the frames went and quits. */
static void
test_scrolls_largest_table (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(JxStore) store = jx_test_open_samples_copy (fixture->dir);
  g_autoptr(JxDepartmentYear) hengyang = jx_test_read_year (store, "衡阳市科学技术局", 2021);
  g_autofree char *output = NULL;
  g_autofree char *expected = NULL;
  guint n_rows = jx_department_year_get_projects (hengyang)->len + 40;
  guint n_frames = 0;
  double mean = 0, percentile_95 = 0, worst = 0;

  /* The year with the fewest projects gets the most. */
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(JxProject) project = jx_project_new ();
      g_autofree char *name = g_strdup_printf ("科技创新券补助项目%u", i + 1);
      g_autoptr(GError) error = NULL;

      jx_project_set_name (project, name);
      g_assert_true (jx_store_insert (store, JX_RECORD (project), JX_RECORD (hengyang), "projects", &error));
      g_assert_no_error (error);
    }

  output = run_app_with_hook (jx_store_get_path (store), "JX_BENCH_SCROLL");
  g_test_message ("%s", output);
  g_assert_cmpint (sscanf (output, "scrolled %*u rows in %u frames: mean %lf ms, 95th percentile %lf ms, worst %lf ms",
                           &n_frames, &mean, &percentile_95, &worst), ==, 4);
  expected = g_strdup_printf ("scrolled %u rows in %u frames: ", n_rows, n_frames);
  g_assert_true (g_str_has_prefix (output, expected));
  g_assert_cmpstr (strchr (output, '\n'), ==, "\n");   /* one line */

  /* Down and back up at least, each frame timed. */
  g_assert_cmpuint (n_frames, >=, 2);
  g_assert_cmpfloat (mean, >, 0);
  g_assert_cmpfloat (mean, <=, worst);
  g_assert_cmpfloat (percentile_95, <=, worst);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  /* Before anything asks GLib where the user's data is. */
  data_home = jx_test_make_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!jx_test_gtk_init (&argc, &argv))
    {
      jx_test_remove_dir (data_home);
      return 0;
    }

  /* Without an id, the application does not ask the session bus whether
   * it runs already: it is the only instance. */
  the_application = jx_application_new ();
  g_application_set_application_id (G_APPLICATION (the_application), NULL);
  g_application_register (G_APPLICATION (the_application), NULL, &error);
  g_assert_no_error (error);

  g_test_add ("/application/exchange-file-into-default-database", Fixture, NULL,
              fixture_set_up, test_exchange_file_into_default_database, fixture_tear_down);
  g_test_add ("/application/database-then-exchange-file", Fixture, NULL,
              fixture_set_up, test_database_then_exchange_file, fixture_tear_down);
  g_test_add ("/application/database-opens-in-its-window", Fixture, NULL,
              fixture_set_up, test_database_opens_in_its_window, fixture_tear_down);
  g_test_add ("/application/quits-after-first-frame", Fixture, NULL,
              fixture_set_up, test_quits_after_first_frame, fixture_tear_down);
  g_test_add ("/application/scrolls-largest-table", Fixture, NULL,
              fixture_set_up, test_scrolls_largest_table, fixture_tear_down);

  status = g_test_run ();
  g_clear_object (&the_application);
  jx_test_remove_dir (data_home);
  return status;
}
