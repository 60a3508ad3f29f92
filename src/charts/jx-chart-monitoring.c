/* jx-chart-monitoring.c: the 双监控 traffic lights
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row per indicator: its name, a light in the status colour with its
 * mark inside, the progress against the expected (value_text), and the
 * status in words, so that the table reads without colour.
 */
#include "config.h"

#include "jx-chart-private.h"

static double
row_height (JxCanvas *canvas)
{
  return canvas->style->font_size * 2.0;
}

double
jx_chart_monitoring_natural_height (JxCanvas          *canvas,
                                    const JxChartData *data)
{
  return jx_canvas_header_height (canvas, data) + canvas->style->font_size * 2.4 +
         MAX (data->items->len, 3) * row_height (canvas) + JX_CHART_MARGIN (canvas);
}

void
jx_chart_render_monitoring (JxCanvas          *canvas,
                            const JxChartData *data)
{
  const JxChartStyle *style = canvas->style;
  cairo_t *cr = canvas->cr;
  double margin = JX_CHART_MARGIN (canvas);
  double size = style->font_size;
  double top = jx_canvas_draw_header (canvas, data);
  double line = row_height (canvas);
  const char *labels[JX_CHART_STATUS_AHEAD + 1];
  JxColor colors[JX_CHART_STATUS_AHEAD + 1];
  const char *marks[JX_CHART_STATUS_AHEAD + 1];
  guint n_legend = 0;
  double name_width;
  double value_width = 0;

  for (guint status = JX_CHART_STATUS_GOOD; status <= JX_CHART_STATUS_AHEAD; status++)
    {
      if (data->status_labels[status] == NULL)
        continue;
      labels[n_legend] = data->status_labels[status];
      colors[n_legend] = style->status[status];
      marks[n_legend] = jx_chart_status_get_mark (status);
      n_legend++;
    }
  top = jx_canvas_draw_legend (canvas, top, labels, colors, marks, n_legend);

  if (data->items->len == 0)
    {
      jx_canvas_draw_empty (canvas, data, top);
      return;
    }

  for (guint i = 0; i < data->items->len; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);
      double width = 0;

      if (item->value_text != NULL)
        jx_canvas_measure (canvas, item->value_text, JX_TEXT_NORMAL, &width, NULL);
      value_width = MAX (value_width, width);
    }

  name_width = canvas->width - 2 * margin - size * 2.5 - value_width - size * 10;
  name_width = MAX (name_width, size * 6);

  for (guint i = 0; i < data->items->len; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);
      double y = top + i * line;
      double light_x = margin + size * 0.9;
      const char *status_text = data->status_labels[item->status];

      if (y + line > canvas->height)
        break;

      if (i % 2 == 1)
        {
          jx_canvas_set_color (canvas, &style->grid);
          cairo_rectangle (cr, margin, y, canvas->width - 2 * margin, line);
          cairo_fill (cr);
        }

      jx_canvas_set_color (canvas, &style->status[item->status]);
      cairo_arc (cr, light_x, y + line / 2, size * 0.65, 0, 2 * G_PI);
      cairo_fill (cr);
      jx_canvas_draw_text (canvas, jx_chart_status_get_mark (item->status), light_x, y + line / 2,
                           0, 0.5, JX_TEXT_SMALL | JX_TEXT_BOLD, &style->background);

      jx_canvas_draw_text (canvas, item->label, margin + size * 2, y + line / 2, name_width, 0,
                           JX_TEXT_NORMAL, NULL);
      jx_canvas_draw_text (canvas, item->value_text, margin + size * 2.5 + name_width, y + line / 2,
                           0, 0, JX_TEXT_NORMAL, NULL);
      jx_canvas_draw_text (canvas, status_text, canvas->width - margin, y + line / 2, size * 9, 1.0,
                           JX_TEXT_SMALL | JX_TEXT_BOLD, &style->status[item->status]);

      jx_canvas_add_hit (canvas, i, margin, y, canvas->width - 2 * margin, line);
    }
}
