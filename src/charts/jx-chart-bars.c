/* jx-chart-bars.c: the horizontal bar charts
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * execution, budget-actual, attainment, score and allocation are one
 * shape: a row per item, its label on the left (ellipsized, whole in the
 * tooltip), its bars grouped (or, for score, stacked) against one value
 * axis, its value at the end.  Rows keep a readable height; with many
 * items the chart asks for more height instead of thinning the bars.
 */
#include "config.h"

#include <math.h>

#include "jx-chart-axis.h"
#include "jx-chart-private.h"

typedef struct {
  gboolean percent;      /* values are ratios shown in percent */
  gboolean stacked;      /* series add up along one bar */
  gboolean by_status;    /* bar colour from the item's status */
  guint    n_series;
} BarShape;

static BarShape
shape_for (const JxChartData *data)
{
  BarShape shape = { FALSE, FALSE, FALSE, MAX (data->n_series, 1) };

  switch (data->kind)
    {
    case JX_CHART_KIND_EXECUTION:
      shape.percent = TRUE;
      shape.by_status = TRUE;
      shape.n_series = 1;
      break;
    case JX_CHART_KIND_ATTAINMENT:
      shape.percent = TRUE;
      break;
    case JX_CHART_KIND_SCORE:
      shape.stacked = TRUE;
      break;
    case JX_CHART_KIND_ALLOCATION:
      shape.n_series = 1;
      break;
    case JX_CHART_KIND_BUDGET_ACTUAL:
    default:
      break;
    }

  return shape;
}

static double
row_height_min (JxCanvas       *canvas,
                const BarShape *shape)
{
  double grouped = shape->stacked ? 1 : shape->n_series;

  return JX_CHART_ROW_MIN (canvas) + (grouped - 1) * canvas->style->font_size * 0.7;
}

static double
legend_and_axis_height (JxCanvas *canvas)
{
  /* One legend row, the axis labels and the bottom margin. */
  return canvas->style->font_size * (2.0 + 2.2) + JX_CHART_MARGIN (canvas);
}

double
jx_chart_bars_natural_height (JxCanvas          *canvas,
                              const JxChartData *data)
{
  BarShape shape = shape_for (data);

  return jx_canvas_header_height (canvas, data) + legend_and_axis_height (canvas) +
         MAX (data->items->len, 3) * row_height_min (canvas, &shape);
}

static double
item_extent (const JxChartItem *item,
             const BarShape    *shape)
{
  double extent = 0;

  for (guint s = 0; s < shape->n_series; s++)
    {
      double value = isnan (item->values[s]) ? 0 : MAX (item->values[s], 0);
      double limit = isnan (item->limits[s]) ? 0 : item->limits[s];

      if (shape->stacked)
        extent += MAX (value, limit);
      else
        extent = MAX (extent, value);
    }

  return extent;
}

static double
draw_legend (JxCanvas          *canvas,
             const JxChartData *data,
             const BarShape    *shape,
             double             y)
{
  const char *labels[JX_CHART_STATUS_AHEAD + 1 + JX_CHART_MAX_SERIES];
  JxColor colors[G_N_ELEMENTS (labels)];
  const char *marks[G_N_ELEMENTS (labels)];
  guint n = 0;

  if (shape->by_status)
    {
      for (guint status = JX_CHART_STATUS_GOOD; status <= JX_CHART_STATUS_AHEAD; status++)
        {
          if (data->status_labels[status] == NULL)
            continue;
          labels[n] = data->status_labels[status];
          colors[n] = canvas->style->status[status];
          marks[n] = jx_chart_status_get_mark (status);
          n++;
        }
    }
  else
    {
      for (guint s = 0; s < data->n_series; s++)
        {
          labels[n] = data->series[s];
          colors[n] = canvas->style->series[s % JX_CHART_N_SERIES_COLORS];
          marks[n] = NULL;
          n++;
        }
    }

  return jx_canvas_draw_legend (canvas, y, labels, colors, marks, n);
}

void
jx_chart_render_bars (JxCanvas          *canvas,
                      const JxChartData *data)
{
  BarShape shape = shape_for (data);
  const JxChartStyle *style = canvas->style;
  cairo_t *cr = canvas->cr;
  double margin = JX_CHART_MARGIN (canvas);
  double size = style->font_size;
  double top = jx_canvas_draw_header (canvas, data);
  double label_width = 0;
  double value_width = 0;
  double maximum = 0;
  double step;
  double axis_end;
  double plot_left;
  double plot_right;
  double plot_top;
  double plot_bottom;
  double row_height;
  guint n_items = data->items->len;

  top = draw_legend (canvas, data, &shape, top);

  if (n_items == 0)
    {
      jx_canvas_draw_empty (canvas, data, top);
      return;
    }

  for (guint i = 0; i < n_items; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);
      double width;

      jx_canvas_measure (canvas, item->label, JX_TEXT_NORMAL, &width, NULL);
      label_width = MAX (label_width, width);
      if (item->value_text != NULL)
        {
          jx_canvas_measure (canvas, item->value_text, JX_TEXT_SMALL | JX_TEXT_BOLD, &width, NULL);
          value_width = MAX (value_width, width);
        }
      maximum = MAX (maximum, item_extent (item, &shape));
    }

  for (guint r = 0; r < data->n_references; r++)
    maximum = MAX (maximum, data->references[r]);

  axis_end = jx_chart_axis_nice_max (maximum > 0 ? maximum : 1, 6, &step);

  /* Labels take what they need, up to a third of the width. */
  label_width = MIN (label_width, (canvas->width - 2 * margin) * 0.34);
  plot_left = margin + label_width + size;
  plot_right = canvas->width - margin - value_width - size * 0.6;
  plot_top = top + size * 0.2;
  plot_bottom = canvas->height - margin - size * 1.6;

  if (plot_right - plot_left < size * 4)
    plot_right = plot_left + size * 4;

  row_height = MAX ((plot_bottom - plot_top) / n_items, row_height_min (canvas, &shape));
  row_height = MIN (row_height, row_height_min (canvas, &shape) * 2.2);
  plot_bottom = plot_top + row_height * n_items;

  /* Grid and axis labels, steps of 1, 2 or 5 × 10ⁿ. */
  cairo_set_line_width (cr, 0.5);
  for (double tick = 0; tick <= axis_end + step / 2; tick += step)
    {
      double x = plot_left + (plot_right - plot_left) * tick / axis_end;
      g_autofree char *text = jx_chart_axis_format (tick, step, shape.percent);

      jx_canvas_set_color (canvas, &style->grid);
      cairo_move_to (cr, x, plot_top);
      cairo_line_to (cr, x, plot_bottom);
      cairo_stroke (cr);
      jx_canvas_draw_text (canvas, text, x, plot_bottom + size * 0.9, 0, 0.5, JX_TEXT_SMALL, &style->muted);
    }

  for (guint i = 0; i < n_items; i++)
    {
      const JxChartItem *item = g_ptr_array_index (data->items, i);
      double row_top = plot_top + i * row_height;
      double bar_band = row_height * 0.72;
      double bar_top = row_top + (row_height - bar_band) / 2;
      double end = plot_left;
      guint n_bars = shape.stacked ? 1 : shape.n_series;
      double bar_height = bar_band / n_bars;

      jx_canvas_draw_text (canvas, item->label, plot_left - size * 0.6, row_top + row_height / 2,
                           label_width, 1.0, JX_TEXT_NORMAL, NULL);

      if (shape.stacked)
        {
          /* The whole of what the item could score, faint, behind. */
          double total_limit = 0;

          for (guint s = 0; s < shape.n_series; s++)
            total_limit += isnan (item->limits[s]) ? 0 : item->limits[s];
          if (total_limit > 0)
            {
              JxColor faint = style->grid;

              jx_canvas_set_color (canvas, &faint);
              cairo_rectangle (cr, plot_left, bar_top,
                               (plot_right - plot_left) * total_limit / axis_end, bar_band);
              cairo_fill (cr);
            }
        }

      for (guint s = 0; s < shape.n_series; s++)
        {
          double value = item->values[s];
          double x0 = shape.stacked ? end : plot_left;
          double y0 = shape.stacked ? bar_top : bar_top + s * bar_height;
          double width;
          const JxColor *color;

          if (isnan (value))
            continue;

          width = (plot_right - plot_left) * MAX (value, 0) / axis_end;
          color = shape.by_status ? &style->status[item->status] : &style->series[s % JX_CHART_N_SERIES_COLORS];

          jx_canvas_set_color (canvas, color);
          cairo_rectangle (cr, x0, y0 + (shape.stacked ? 0 : bar_height * 0.08), width,
                           shape.stacked ? bar_band : bar_height * 0.84);
          cairo_fill (cr);

          end = MAX (end, x0 + width);
        }

      /* The value and, for status charts, the mark: never colour alone. */
      if (item->value_text != NULL || shape.by_status)
        {
          g_autofree char *text = NULL;

          if (shape.by_status && item->status != JX_CHART_STATUS_NONE)
            text = g_strdup_printf ("%s %s", item->value_text != NULL ? item->value_text : "",
                                    jx_chart_status_get_mark (item->status));
          else
            text = g_strdup (item->value_text);

          jx_canvas_draw_text (canvas, text, MIN (end, plot_right) + size * 0.4, row_top + row_height / 2,
                               0, 0, JX_TEXT_SMALL | JX_TEXT_BOLD,
                               shape.by_status ? &style->status[item->status] : &style->foreground);
        }

      jx_canvas_add_hit (canvas, i, margin, row_top, canvas->width - 2 * margin, row_height);
    }

  /* Reference lines over the bars: 100% solid, the others dashed. */
  for (guint r = 0; r < data->n_references; r++)
    {
      double x = plot_left + (plot_right - plot_left) * data->references[r] / axis_end;
      double dashes[] = { size * 0.4, size * 0.3 };

      jx_canvas_set_color (canvas, &style->foreground);
      cairo_set_line_width (cr, r == 0 ? 1.0 : 0.8);
      cairo_set_dash (cr, dashes, r == 0 ? 0 : 2, 0);
      cairo_move_to (cr, x, plot_top - size * 0.2);
      cairo_line_to (cr, x, plot_bottom);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}
