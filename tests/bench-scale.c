/* bench-scale.c: how Jixiao copes with a province's data
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates an exchange file of the size asked (by default 1,000
 * departments, 100,000 projects and 1,500,000 indicators), then measures,
 * each in a process of its own so that its peak memory is its own:
 * importing it into a new database, exporting it again, scoring and
 * checking every department-year with jixiao-cli, opening the window on
 * the database until its first frame is painted, and scrolling the
 * largest table of projects there from top to bottom and back (both with
 * a display: `xvfb-run`); and, in this process, scoring every year once
 * its records are loaded (the re-scoring after an edit). Prints the
 * figures; fails only when a step fails.
 *
 *   bench-scale [--departments N] [--projects N] [--indicators N] [--keep DIR]
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "jixiao-core.h"

typedef struct {
  double seconds;
  double peak_mib;
} Run;

/* Runs @argv to its end; its wall time and peak resident memory, and
 * what it printed if @output is not %NULL. */
static gboolean
run_measured (const char * const  *argv,
              Run                 *run,
              char               **output)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int pipe_fds[2] = { -1, -1 };
  int status;
  pid_t pid;

  if (output != NULL && pipe (pipe_fds) != 0)
    return FALSE;

  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      int out = output != NULL ? pipe_fds[1] : open ("/dev/null", O_WRONLY);

      if (output != NULL)
        close (pipe_fds[0]);
      dup2 (out, STDOUT_FILENO);
      execv (argv[0], (char * const *) argv);
      _exit (127);
    }

  /* Read to its end before waiting, so that a full pipe does not stop it. */
  if (output != NULL)
    {
      GString *text = g_string_new (NULL);
      char buffer[4096];
      ssize_t n;

      close (pipe_fds[1]);
      while ((n = read (pipe_fds[0], buffer, sizeof buffer)) != 0)
        {
          if (n > 0)
            g_string_append_len (text, buffer, n);
          else if (errno != EINTR)
            break;
        }
      close (pipe_fds[0]);
      *output = g_string_free (text, FALSE);
    }

  if (wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;

  run->seconds = (g_get_monotonic_time () - start) / 1e6;
  run->peak_mib = usage.ru_maxrss / 1024.0;
  /* check exits with 1 when it finds errors: that is a result, not a failure */
  return WIFEXITED (status) && WEXITSTATUS (status) <= 1;
}

static int
compare_runs (const void *a,
              const void *b)
{
  double x = ((const Run *) a)->seconds;
  double y = ((const Run *) b)->seconds;

  return (x > y) - (x < y);
}

static void
print_run (const char *what,
           const Run  *run,
           const char *extra)
{
  g_print ("%-28s %9.2f s %9.0f MiB  %s\n", what, run->seconds, run->peak_mib, extra != NULL ? extra : "");
}

/* Loads every department-year and scores each: the scoring alone is
 * timed, as the window rescores a loaded year after an edit. */
static gboolean
measure_scoring (const char *database,
                 guint64    *n_years,
                 double     *load_seconds,
                 double     *score_seconds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxStore) store = jx_store_open (database, JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) years = g_ptr_array_new ();
  gint64 start = g_get_monotonic_time ();

  if (store == NULL || (departments = jx_store_list_departments (store, &error)) == NULL)
    goto failed;

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *entries;

      if (!jx_store_load_children (store, JX_RECORD (department), TRUE, &error))
        goto failed;
      entries = jx_department_get_years (department);
      for (guint j = 0; j < entries->len; j++)
        {
          JxScoringProfile *profile = jx_year_score_load_profile (store, g_ptr_array_index (entries, j), &error);

          if (profile == NULL)
            goto failed;
          g_ptr_array_add (profiles, profile);
          g_ptr_array_add (years, g_ptr_array_index (entries, j));
        }
    }
  *load_seconds = (g_get_monotonic_time () - start) / 1e6;

  start = g_get_monotonic_time ();
  for (guint i = 0; i < years->len; i++)
    {
      g_autoptr(JxYearScore) score = jx_year_score_new (g_ptr_array_index (profiles, i), g_ptr_array_index (years, i));
    }
  *score_seconds = (g_get_monotonic_time () - start) / 1e6;
  *n_years = years->len;

  return TRUE;

failed:
  g_printerr ("bench-scale: %s\n", error->message);
  return FALSE;
}

int
main (int    argc,
      char **argv)
{
  int n_departments = 1000;
  int n_projects = 100;
  int n_indicators = 15;
  g_autofree char *keep = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *json = NULL;
  g_autofree char *database = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *departments_arg = NULL;
  g_autofree char *projects_arg = NULL;
  g_autofree char *indicators_arg = NULL;
  g_autofree char *rows_text = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure Jixiao on a province's data");
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("JX_BENCH_CLI");
  const char *generator = g_getenv ("JX_BENCH_GENERATOR");
  const char *app = g_getenv ("JX_BENCH_APP");
  GOptionEntry entries[] = {
    { "departments", 0, 0, G_OPTION_ARG_INT, &n_departments, "Departments (1000)", "N" },
    { "projects", 0, 0, G_OPTION_ARG_INT, &n_projects, "Projects of each department (100)", "N" },
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_indicators, "Indicators of each project (15)", "N" },
    { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep, "Work in DIR and keep the files", "DIR" },
    { NULL }
  };
  guint64 n_rows;
  guint64 n_years = 0;
  double load_seconds = 0;
  double score_seconds = 0;
  Run run;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || cli == NULL || generator == NULL)
    {
      g_printerr ("bench-scale: %s\n", error != NULL ? error->message : "run it with meson test --benchmark");
      return 2;
    }

  dir = keep != NULL ? g_strdup (keep) : g_dir_make_tmp ("jixiao-bench-XXXXXX", &error);
  if (dir == NULL || g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_printerr ("bench-scale: no directory to work in\n");
      return 1;
    }
  json = g_build_filename (dir, "province.json", NULL);
  database = g_build_filename (dir, "province.jixiao", NULL);
  exported = g_build_filename (dir, "exported.json", NULL);
  departments_arg = g_strdup_printf ("%d", n_departments);
  projects_arg = g_strdup_printf ("%d", n_projects);
  indicators_arg = g_strdup_printf ("%d", n_indicators);
  g_unlink (database);

  /* departments, years, projects, funding rows, indicators */
  n_rows = (guint64) n_departments * (2 + (guint64) n_projects * (2 + (guint64) n_indicators));
  rows_text = g_strdup_printf ("%" G_GUINT64_FORMAT " rows", n_rows);
  g_print ("%d departments × %d projects × %d indicators = %" G_GUINT64_FORMAT " indicators\n\n",
           n_departments, n_projects, n_indicators, (guint64) n_departments * n_projects * n_indicators);

  {
    const char *args[] = { generator, "--departments", departments_arg, "--projects", projects_arg,
                           "--indicators", indicators_arg, "-o", json, NULL };
    GStatBuf st;
    g_autofree char *size = NULL;

    if (!run_measured (args, &run, NULL) || g_stat (json, &st) != 0)
      return 1;
    size = g_format_size (st.st_size);
    print_run ("generate the JSON file", &run, size);
  }

  {
    const char *args[] = { cli, "import", database, json, NULL };
    g_autofree char *rate = NULL;

    if (!run_measured (args, &run, NULL))
      return 1;
    rate = g_strdup_printf ("%s, %.0f rows/s", rows_text, n_rows / run.seconds);
    print_run ("JSON import", &run, rate);
  }

  {
    const char *args[] = { cli, "export", database, exported, NULL };

    if (!run_measured (args, &run, NULL))
      return 1;
    print_run ("JSON export", &run, NULL);
  }

  {
    const char *args[] = { cli, "score", database, NULL };

    if (!run_measured (args, &run, NULL))
      return 1;
    print_run ("jixiao-cli score", &run, NULL);
  }

  {
    const char *args[] = { cli, "check", database, NULL };

    if (!run_measured (args, &run, NULL))
      return 1;
    print_run ("jixiao-cli check", &run, NULL);
  }

  if (app != NULL && g_getenv ("DISPLAY") != NULL)
    {
      const char *args[] = { app, database, NULL };
      g_autofree char *scrolled = NULL;
      g_auto(GStrv) parts = NULL;

      /* The window quits once it has painted its first frame. */
      g_setenv ("JX_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
      g_setenv ("GSK_RENDERER", "cairo", TRUE);
      g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
      g_setenv ("GDK_DEBUG", "gl-disable", TRUE);
      /* The first start after others warms the font caches: the median
       * of five starts, with the fastest and slowest beside it. */
      {
        Run starts[5];
        g_autofree char *range = NULL;

        for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
          if (!run_measured (args, &starts[i], NULL))
            return 1;
        qsort (starts, G_N_ELEMENTS (starts), sizeof starts[0], compare_runs);
        range = g_strdup_printf ("median of %u starts; %.2f to %.2f s",
                                 (guint) G_N_ELEMENTS (starts), starts[0].seconds,
                                 starts[G_N_ELEMENTS (starts) - 1].seconds);
        print_run ("window to first frame", &starts[G_N_ELEMENTS (starts) / 2], range);
      }

      /* Then it scrolls the largest table of projects, prints how the
       * frames went and quits. */
      g_unsetenv ("JX_QUIT_AFTER_FIRST_FRAME");
      g_setenv ("JX_BENCH_SCROLL", "1", TRUE);
      if (!run_measured (args, &run, &scrolled) || !g_str_has_prefix (scrolled, "scrolled "))
        {
          g_printerr ("bench-scale: the window did not scroll its projects\n");
          return 1;
        }
      print_run ("window, scroll projects", &run, NULL);
      parts = g_strsplit (g_strstrip (scrolled), "; ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        g_print ("%-28s %s\n", "", parts[i]);
    }
  else
    g_print ("%-28s skipped: no display\n", "window to first frame");

  if (!measure_scoring (database, &n_years, &load_seconds, &score_seconds))
    return 1;
  g_print ("%-28s %9.2f s\n", "load every year", load_seconds);
  g_print ("%-28s %9.2f s  %" G_GUINT64_FORMAT " years\n", "re-score every year", score_seconds, n_years);

  if (keep == NULL)
    {
      g_unlink (json);
      g_unlink (exported);
      g_unlink (database);
      g_rmdir (dir);
    }

  return 0;
}
