/* jx-chart-trend.c: the trend chart, lines over the years
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One point per year (the items), one line per series: the execution rate
 * in percent and the total score, which share a 0–100 axis (extended when
 * a rate exceeds it).  Points carry their values as text.
 */
#include "config.h"

#include <math.h>

#include "jx-chart-axis.h"
#include "jx-chart-private.h"

void
jx_chart_render_trend (JxCanvas          *canvas,
                       const JxChartData *data)
{
  const JxChartStyle *style = canvas->style;
  cairo_t *cr = canvas->cr;
  double margin = JX_CHART_MARGIN (canvas);
  double size = style->font_size;
  double top = jx_canvas_draw_header (canvas, data);
  const char *labels[JX_CHART_MAX_SERIES];
  guint n_items = data->items->len;
  double maximum = 100;
  double step;
  double axis_end;
  double axis_width = 0;
  double plot_left;
  double plot_right;
  double plot_top;
  double plot_bottom;

  for (guint s = 0; s < data->n_series; s++)
    labels[s] = data->series[s];
  top = jx_canvas_draw_legend (canvas, top, labels, style->series, NULL, data->n_series);

  if (n_items == 0)
    {
      jx_canvas_draw_empty (canvas, data, top);
      return;
    }

  for (guint i = 0; i < n_items; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);

      for (guint s = 0; s < data->n_series; s++)
        if (!isnan (item->values[s]))
          maximum = MAX (maximum, item->values[s]);
    }

  axis_end = jx_chart_axis_nice_max (maximum, 5, &step);
  {
    g_autofree char *widest = jx_chart_axis_format (axis_end, step, FALSE);

    jx_canvas_measure (canvas, widest, JX_TEXT_SMALL, &axis_width, NULL);
  }

  plot_left = margin + axis_width + size * 0.6;
  plot_right = canvas->width - margin - size;
  plot_top = top + size;
  plot_bottom = canvas->height - margin - size * 1.6;

  cairo_set_line_width (cr, 0.5);
  for (double tick = 0; tick <= axis_end + step / 2; tick += step)
    {
      double y = plot_bottom - (plot_bottom - plot_top) * tick / axis_end;
      g_autofree char *text = jx_chart_axis_format (tick, step, FALSE);

      jx_canvas_set_color (canvas, &style->grid);
      cairo_move_to (cr, plot_left, y);
      cairo_line_to (cr, plot_right, y);
      cairo_stroke (cr);
      jx_canvas_draw_text (canvas, text, plot_left - size * 0.4, y, 0, 1.0, JX_TEXT_SMALL, &style->muted);
    }

  for (guint i = 0; i < n_items; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);
      double x = n_items == 1 ? (plot_left + plot_right) / 2
                              : plot_left + (plot_right - plot_left) * (i + 0.5) / n_items;

      jx_canvas_draw_text (canvas, item->label, x, plot_bottom + size * 0.9,
                           (plot_right - plot_left) / n_items, 0.5, JX_TEXT_SMALL, &style->muted);
      jx_canvas_add_hit (canvas, i, x - (plot_right - plot_left) / n_items / 2, plot_top,
                         (plot_right - plot_left) / n_items, plot_bottom - plot_top);
    }

  for (guint s = 0; s < data->n_series; s++)
    {
      gboolean drawing = FALSE;

      jx_canvas_set_color (canvas, &style->series[s % JX_CHART_N_SERIES_COLORS]);
      cairo_set_line_width (cr, 2.0);
      cairo_new_path (cr);

      for (guint i = 0; i < n_items; i++)
        {
          const JxChartItem *item = g_ptr_array_index (data->items, i);
          double x = n_items == 1 ? (plot_left + plot_right) / 2
                                  : plot_left + (plot_right - plot_left) * (i + 0.5) / n_items;
          double y;

          if (isnan (item->values[s]))
            {
              drawing = FALSE;
              continue;
            }

          y = plot_bottom - (plot_bottom - plot_top) * item->values[s] / axis_end;
          if (drawing)
            cairo_line_to (cr, x, y);
          else
            cairo_move_to (cr, x, y);
          drawing = TRUE;
        }
      cairo_stroke (cr);

      for (guint i = 0; i < n_items; i++)
        {
          const JxChartItem *item = g_ptr_array_index (data->items, i);
          double x = n_items == 1 ? (plot_left + plot_right) / 2
                                  : plot_left + (plot_right - plot_left) * (i + 0.5) / n_items;
          double y;
          g_autofree char *text = NULL;

          if (isnan (item->values[s]))
            continue;

          y = plot_bottom - (plot_bottom - plot_top) * item->values[s] / axis_end;
          jx_canvas_set_color (canvas, &style->series[s % JX_CHART_N_SERIES_COLORS]);
          cairo_arc (cr, x, y, size * 0.35, 0, 2 * G_PI);
          cairo_fill (cr);

          text = g_strdup_printf ("%.2f", item->values[s]);
          jx_canvas_draw_text (canvas, text, x + size * 0.5, y - size * (s == 0 ? 0.9 : -0.9), 0, 0,
                               JX_TEXT_SMALL, &style->series[s % JX_CHART_N_SERIES_COLORS]);
        }
    }
}
