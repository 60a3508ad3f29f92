/* bench-charts.c: how long a 500-bar execution chart takes to export
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: `meson test -C build --benchmark` runs it and it prints the
 * times.  Goals on a 2-core machine: PNG ≤ 150 ms, SVG and PDF ≤ 100 ms
 * each, for the whole process.
 */
#include <stdio.h>

#include <glib/gstdio.h>

#include "jixiao-charts.h"

static JxChartData *
five_hundred_projects (void)
{
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_EXECUTION, "预算执行率", "某省财政厅 · 2021", "%");

  jx_chart_data_add_series (data, "执行率");
  jx_chart_data_add_reference (data, 1.0);
  jx_chart_data_add_reference (data, 0.9);
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_GOOD, "90%–100%");
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_BAD, "低于 90%");

  for (guint i = 0; i < 500; i++)
    {
      g_autofree char *label = g_strdup_printf ("第%u个科技专项资金项目", i + 1);
      JxChartItem *item = jx_chart_data_add_item (data, label);

      item->values[0] = 0.6 + (i * 37 % 45) / 100.0;
      item->value_text = g_strdup_printf ("%.2f%%", item->values[0] * 100);
      item->status = item->values[0] >= 0.9 ? JX_CHART_STATUS_GOOD : JX_CHART_STATUS_BAD;
    }

  jx_chart_data_sort (data, 0, TRUE);
  return data;
}

int
main (int    argc,
      char **argv)
{
  static const char * const extensions[] = { "pdf", "svg", "png" };
  gint64 process_start = g_get_monotonic_time ();
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_data_free);
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("jixiao-bench-XXXXXX", &error);

  if (dir == NULL)
    {
      fprintf (stderr, "bench-charts: %s\n", error->message);
      return 1;
    }

  g_ptr_array_add (charts, five_hundred_projects ());

  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *name = g_strdup_printf ("execution-500.%s", extensions[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      gint64 start = g_get_monotonic_time ();

      if (!jx_chart_export (charts, style, path, 720, 450, 96, &error))
        {
          fprintf (stderr, "bench-charts: %s\n", error->message);
          return 1;
        }

      printf ("500-bar execution chart to %s: %.1f ms\n", extensions[i],
              (g_get_monotonic_time () - start) / 1000.0);
      g_unlink (path);
    }

  g_rmdir (dir);
  printf ("whole process: %.1f ms\n", (g_get_monotonic_time () - process_start) / 1000.0);
  return 0;
}
