/* jx-chart.c: drawing a chart into any cairo_t
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One drawing for every destination: the window's snapshot, PNG, SVG and
 * PDF exports and printing all call jx_chart_render() with a cairo_t whose
 * unit is one point.
 */
#include "config.h"

#include "jx-chart-private.h"

/**
 * jx_chart_render:
 * @cr: where to draw; one unit is one point
 * @data: what to draw
 * @style: how
 * @width: the width in points
 * @height: the height in points; a chart of many items needs at least
 *   jx_chart_get_natural_height() to keep its rows readable
 * @hits: (nullable) (element-type JxChartHit): receives where each item
 *   was drawn
 *
 * Draws the chart of @data's kind, background included.
 */
void
jx_chart_render (cairo_t            *cr,
                 const JxChartData  *data,
                 const JxChartStyle *style,
                 double              width,
                 double              height,
                 GArray             *hits)
{
  jx_chart_render_collecting (cr, data, style, width, height, hits, NULL);
}

void
jx_chart_text_clear (gpointer text)
{
  g_free (((JxChartText *) text)->text);
}

/* jx_chart_render(), and every line of text as drawn into @texts. */
void
jx_chart_render_collecting (cairo_t            *cr,
                            const JxChartData  *data,
                            const JxChartStyle *style,
                            double              width,
                            double              height,
                            GArray             *hits,
                            GArray             *texts)
{
  JxCanvas canvas;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  jx_canvas_init (&canvas, cr, style, width, height, hits);
  canvas.texts = texts;

  switch (data->kind)
    {
    case JX_CHART_KIND_STRUCTURE:
      jx_chart_render_structure (&canvas, data);
      break;

    case JX_CHART_KIND_TREND:
      jx_chart_render_trend (&canvas, data);
      break;

    case JX_CHART_KIND_MONITORING:
      jx_chart_render_monitoring (&canvas, data);
      break;

    case JX_CHART_KIND_EXECUTION:
    case JX_CHART_KIND_BUDGET_ACTUAL:
    case JX_CHART_KIND_ATTAINMENT:
    case JX_CHART_KIND_SCORE:
    case JX_CHART_KIND_ALLOCATION:
    default:
      jx_chart_render_bars (&canvas, data);
      break;
    }

  jx_canvas_clear (&canvas);
  cairo_restore (cr);
}

/**
 * jx_chart_get_natural_height:
 * @data: what to draw
 * @style: how
 * @width: the width in points
 *
 * Returns: the height, in points, at which every row of the chart keeps a
 *   readable size: a chart of 500 projects grows rather than smears
 */
double
jx_chart_get_natural_height (const JxChartData  *data,
                             const JxChartStyle *style,
                             double              width)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);
  JxCanvas canvas;
  double height;

  jx_canvas_init (&canvas, cr, style, width, 0, NULL);

  switch (data->kind)
    {
    case JX_CHART_KIND_STRUCTURE:
    case JX_CHART_KIND_TREND:
      height = width * 0.6;
      break;

    case JX_CHART_KIND_MONITORING:
      height = jx_chart_monitoring_natural_height (&canvas, data);
      break;

    default:
      height = jx_chart_bars_natural_height (&canvas, data);
      break;
    }

  jx_canvas_clear (&canvas);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return height;
}

/**
 * jx_chart_hit_test:
 * @hits: (element-type JxChartHit): from jx_chart_render()
 * @x: a point, in the chart's points
 * @y: a point
 *
 * Returns: the item drawn at (@x, @y), or -1
 */
gint
jx_chart_hit_test (GArray *hits,
                   double  x,
                   double  y)
{
  for (guint i = hits->len; i > 0; i--)
    {
      const JxChartHit *hit = &g_array_index (hits, JxChartHit, i - 1);

      if (x >= hit->x && x < hit->x + hit->width && y >= hit->y && y < hit->y + hit->height)
        return (gint) hit->item;
    }

  return -1;
}
