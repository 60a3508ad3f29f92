/* jx-benchmark-hooks.c: what the window does for tests/bench-scale
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two environment variables make a window measure itself and quit:
 * JX_QUIT_AFTER_FIRST_FRAME quits once the first frame is painted (the
 * benchmark times the process), JX_BENCH_SCROLL scrolls the largest table
 * of projects and prints how the frames went.
 */
#include "config.h"

#include "jixiao-core.h"
#include "jx-benchmark-hooks.h"
#include "jx-window-private.h"

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        JxWindow      *window)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, window);
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

/* For the benchmark of scrolling (tests/bench-scale), JX_BENCH_SCROLL:
 * once the window has painted its first frame, it shows the projects of
 * the department-year that has the most, scrolls their table from top to
 * bottom and back by a third of a page a frame, prints how long the
 * frames took (from one frame's start to the next; under Xvfb GTK still
 * spaces them at least 1/60 s apart) and how long each took to lay out
 * and paint, and quits. */
typedef struct {
  JxWindow      *window;
  GdkFrameClock *clock;
  guint64        n_rows;
  gint64         tick_time;      /* µs, 0 until the scrolling starts */
  gint64         paint_start;
  gboolean       going_up;
  GArray        *frame_ms;       /* double: from one tick to the next */
  GArray        *drawing_ms;     /* double: from before-paint to after-paint */
} ScrollBench;

static void
scroll_bench_free (gpointer data)
{
  ScrollBench *bench = data;

  g_signal_handlers_disconnect_by_data (bench->clock, bench);
  g_object_unref (bench->clock);
  g_array_unref (bench->frame_ms);
  g_array_unref (bench->drawing_ms);
  g_free (bench);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Sorts @values; their mean, 95th percentile (nearest rank) and worst. */
static void
summarize_ms (GArray *values,
              double *mean,
              double *percentile_95,
              double *worst)
{
  double sum = 0;

  *mean = *percentile_95 = *worst = 0;
  if (values->len == 0)
    return;

  g_array_sort (values, compare_doubles);
  for (guint i = 0; i < values->len; i++)
    sum += g_array_index (values, double, i);
  *mean = sum / values->len;
  *percentile_95 = g_array_index (values, double, (95 * values->len + 99) / 100 - 1);
  *worst = g_array_index (values, double, values->len - 1);
}

static void
print_scroll_bench (ScrollBench *bench)
{
  double mean, percentile_95, worst;
  double drawing_mean, drawing_95, drawing_worst;

  summarize_ms (bench->frame_ms, &mean, &percentile_95, &worst);
  summarize_ms (bench->drawing_ms, &drawing_mean, &drawing_95, &drawing_worst);
  g_print ("scrolled %" G_GUINT64_FORMAT " rows in %u frames: mean %.1f ms, 95th percentile %.1f ms, worst %.1f ms; "
           "layout and paint: mean %.1f ms, 95th percentile %.1f ms, worst %.1f ms\n",
           bench->n_rows, bench->frame_ms->len, mean, percentile_95, worst,
           drawing_mean, drawing_95, drawing_worst);
}

static void
scroll_frame_started_cb (GdkFrameClock *clock,
                         ScrollBench   *bench)
{
  bench->paint_start = g_get_monotonic_time ();
}

static void
scroll_frame_painted_cb (GdkFrameClock *clock,
                         ScrollBench   *bench)
{
  double ms = (g_get_monotonic_time () - bench->paint_start) / 1000.0;

  if (bench->tick_time != 0)
    g_array_append_val (bench->drawing_ms, ms);
}

static gboolean
scroll_ticked_cb (GtkWidget     *widget,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  ScrollBench *bench = user_data;
  GtkAdjustment *adjustment = jx_projects_pane_get_vadjustment (bench->window->projects_pane);
  double page = gtk_adjustment_get_page_size (adjustment);
  double bottom = gtk_adjustment_get_upper (adjustment) - page;
  double value = gtk_adjustment_get_value (adjustment);
  gint64 now = g_get_monotonic_time ();

  /* The table has just been shown: it scrolls once it is laid out. */
  if (bench->tick_time == 0 && (!gtk_widget_get_mapped (GTK_WIDGET (bench->window->projects_pane)) || page <= 0))
    return G_SOURCE_CONTINUE;

  if (bench->tick_time != 0)
    {
      double ms = (now - bench->tick_time) / 1000.0;

      g_array_append_val (bench->frame_ms, ms);
    }
  bench->tick_time = now;

  /* Back at the top, the frame that showed it timed; or nothing to scroll. */
  if ((bench->going_up && value <= 0) || bottom <= 0)
    {
      print_scroll_bench (bench);
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (bench->window))));
      return G_SOURCE_REMOVE;
    }

  if (value >= bottom)
    bench->going_up = TRUE;
  gtk_adjustment_set_value (adjustment, bench->going_up ? MAX (value - page / 3, 0) : MIN (value + page / 3, bottom));

  return G_SOURCE_CONTINUE;
}

/* The department-year with the most projects, counted in the database. */
static gboolean
select_largest_year (JxWindow  *window,
                     guint64   *n_projects,
                     GError   **error)
{
  JxWorkspace *workspace = jx_window_get_workspace (window);
  GPtrArray *departments;
  JxDepartment *largest_department = NULL;
  JxDepartmentYear *largest = NULL;

  if (workspace == NULL || window->store == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no database is open");
      return FALSE;
    }

  departments = jx_workspace_get_departments (workspace, error);
  if (departments == NULL)
    return FALSE;

  *n_projects = 0;
  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years = jx_department_get_years (department);

      for (guint j = 0; j < years->len; j++)
        {
          JxDepartmentYear *year = g_ptr_array_index (years, j);
          guint64 n = 0;

          if (!jx_store_count_children (jx_workspace_get_store (workspace), JX_RECORD (year), "projects", &n, error))
            return FALSE;
          if (largest == NULL || n > *n_projects)
            {
              largest_department = department;
              largest = year;
              *n_projects = n;
            }
        }
    }

  if (largest == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "the database has no department-year");
      return FALSE;
    }

  return jx_window_select_year (window, jx_department_get_name (largest_department),
                                jx_department_year_get_year (largest));
}

static void
first_frame_painted_to_scroll_cb (GdkFrameClock *clock,
                                  JxWindow      *window)
{
  ScrollBench *bench = g_new0 (ScrollBench, 1);
  g_autoptr(GError) error = NULL;

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_to_scroll_cb, window);

  bench->window = window;
  bench->clock = g_object_ref (clock);
  bench->frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  bench->drawing_ms = g_array_new (FALSE, FALSE, sizeof (double));

  if (!select_largest_year (bench->window, &bench->n_rows, &error))
    {
      g_printerr ("JX_BENCH_SCROLL: %s\n", error != NULL ? error->message : "the year could not be shown");
      scroll_bench_free (bench);
      g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
      return;
    }

  jx_window_show_pane (bench->window, "projects");
  g_signal_connect (clock, "before-paint", G_CALLBACK (scroll_frame_started_cb), bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (scroll_frame_painted_cb), bench);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), scroll_ticked_cb, bench, scroll_bench_free);
}

/**
 * jx_benchmark_hooks_attach:
 * @window: a window just presented
 *
 * Makes @window measure itself as the environment asks, if it does.
 */
void
jx_benchmark_hooks_attach (JxWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (g_getenv ("JX_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_painted_cb), window, 0);
  else if (g_getenv ("JX_BENCH_SCROLL") != NULL)
    g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_painted_to_scroll_cb), window, 0);
}
