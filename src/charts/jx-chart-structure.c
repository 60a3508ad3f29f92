/* jx-chart-structure.c: the structure chart, a donut
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parts of a whole (basic and project expenditure, economic classes,
 * the 三公 parts) as a ring, with a legend that gives each part's amount
 * and share, so that no reader has to judge an angle.
 */
#include "config.h"

#include <math.h>

#include "jx-chart-axis.h"
#include "jx-chart-private.h"

void
jx_chart_render_structure (JxCanvas          *canvas,
                           const JxChartData *data)
{
  const JxChartStyle *style = canvas->style;
  cairo_t *cr = canvas->cr;
  double margin = JX_CHART_MARGIN (canvas);
  double size = style->font_size;
  double top = jx_canvas_draw_header (canvas, data);
  double total = 0;
  double available_height = canvas->height - top - margin;
  double ring_size;
  double cx;
  double cy;
  double radius;
  double angle = -G_PI / 2;
  double legend_x;
  double legend_y;
  double line = size * 1.9;
  guint n_items = data->items->len;

  for (guint i = 0; i < n_items; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);

      if (!isnan (item->values[0]) && item->values[0] > 0)
        total += item->values[0];
    }

  if (total <= 0)
    {
      jx_canvas_draw_empty (canvas, data, top);
      return;
    }

  /* The ring on the left half, the legend on the right; below each other
   * when the chart is narrow. */
  if (canvas->width >= available_height * 1.6)
    {
      ring_size = MIN (available_height, canvas->width * 0.45);
      cx = margin + ring_size / 2;
      cy = top + available_height / 2;
      legend_x = margin + ring_size + size * 2;
      legend_y = cy - MIN (n_items * line, available_height) / 2;
    }
  else
    {
      ring_size = MIN (canvas->width - 2 * margin, MAX (available_height - n_items * line, available_height * 0.5));
      cx = canvas->width / 2;
      cy = top + ring_size / 2;
      legend_x = margin;
      legend_y = top + ring_size + size;
    }

  radius = ring_size / 2;

  for (guint i = 0; i < n_items; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);
      const JxColor *color = &style->series[i % JX_CHART_N_SERIES_COLORS];
      double value = isnan (item->values[0]) ? 0 : MAX (item->values[0], 0);
      double sweep = 2 * G_PI * value / total;
      g_autofree char *share = g_strdup_printf ("%.1f%%", 100.0 * value / total);
      g_autofree char *entry = NULL;
      double y = legend_y + i * line;

      if (sweep > 0)
        {
          jx_canvas_set_color (canvas, color);
          cairo_new_path (cr);
          cairo_arc (cr, cx, cy, radius, angle, angle + sweep);
          cairo_arc_negative (cr, cx, cy, radius * 0.58, angle + sweep, angle);
          cairo_close_path (cr);
          cairo_fill_preserve (cr);
          jx_canvas_set_color (canvas, &style->background);
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
          angle += sweep;
        }

      if (y + line > canvas->height)
        continue;

      jx_canvas_set_color (canvas, color);
      cairo_rectangle (cr, legend_x, y + line / 2 - size * 0.45, size * 0.9, size * 0.9);
      cairo_fill (cr);

      entry = g_strdup_printf ("%s  %s  %s", item->label, item->value_text != NULL ? item->value_text : "", share);
      jx_canvas_draw_text (canvas, entry, legend_x + size * 1.4, y + line / 2,
                           canvas->width - margin - legend_x - size * 1.4, 0, JX_TEXT_NORMAL, NULL);
      jx_canvas_add_hit (canvas, i, legend_x, y, canvas->width - margin - legend_x, line);
    }

  /* The whole in the middle of the ring. */
  if (data->unit != NULL)
    {
      g_autofree char *amount = jx_chart_axis_format (total, 0.01, FALSE);
      g_autofree char *whole = g_strdup_printf ("%s %s", amount, data->unit);

      jx_canvas_draw_text (canvas, whole, cx, cy, radius * 1.1, 0.5, JX_TEXT_BOLD, NULL);
    }
}
