/* jx-chart-canvas.c: drawing helpers shared by the chart kinds
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All sizes are in points: the caller scales the cairo_t so that one unit
 * is one point (a PDF page already is; a PNG at 144 dpi is scaled by 2).
 * Text goes through Pango with the style's font family, so Chinese renders
 * with the system's CJK font, and is ellipsized, never overlapped, when it
 * does not fit.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "jx-chart-private.h"

void
jx_canvas_init (JxCanvas           *canvas,
                cairo_t            *cr,
                const JxChartStyle *style,
                double              width,
                double              height,
                GArray             *hits)
{
  PangoContext *context;

  canvas->cr = cr;
  canvas->style = style;
  canvas->width = width;
  canvas->height = height;
  canvas->hits = hits;
  canvas->texts = NULL;
  memset (canvas->fonts, 0, sizeof canvas->fonts);
  canvas->current_font = G_MAXUINT;
  canvas->layout = pango_cairo_create_layout (cr);
  canvas->measured = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);

  /* One point is one unit, whatever the surface. */
  context = pango_layout_get_context (canvas->layout);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_layout_context_changed (canvas->layout);
}

void
jx_canvas_clear (JxCanvas *canvas)
{
  g_clear_object (&canvas->layout);
  g_clear_pointer (&canvas->measured, g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (canvas->fonts); i++)
    g_clear_pointer (&canvas->fonts[i], pango_font_description_free);
}

void
jx_canvas_set_color (JxCanvas      *canvas,
                     const JxColor *color)
{
  cairo_set_source_rgba (canvas->cr, color->red, color->green, color->blue, color->alpha);
}

static void
prepare_layout (JxCanvas    *canvas,
                const char  *text,
                JxTextFlags  flags,
                double       max_width)
{
  guint font = flags & (G_N_ELEMENTS (canvas->fonts) - 1);

  /* Fonts are parsed once per chart, and set only when they change: a
   * chart of 500 rows draws a thousand texts. */
  if (canvas->fonts[font] == NULL)
    {
      double size = canvas->style->font_size;

      if (flags & JX_TEXT_TITLE)
        size *= 1.45;
      else if (flags & JX_TEXT_SMALL)
        size *= 0.85;

      canvas->fonts[font] = pango_font_description_from_string (canvas->style->font_family);
      pango_font_description_set_absolute_size (canvas->fonts[font], size * PANGO_SCALE);
      pango_font_description_set_weight (canvas->fonts[font],
                                         (flags & (JX_TEXT_BOLD | JX_TEXT_TITLE)) ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    }

  if (canvas->current_font != font)
    {
      pango_layout_set_font_description (canvas->layout, canvas->fonts[font]);
      canvas->current_font = font;
    }
  pango_layout_set_text (canvas->layout, text, -1);

  if (max_width > 0)
    {
      pango_layout_set_width (canvas->layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (canvas->layout, PANGO_ELLIPSIZE_END);
    }
  else
    {
      pango_layout_set_width (canvas->layout, -1);
      pango_layout_set_ellipsize (canvas->layout, PANGO_ELLIPSIZE_NONE);
    }
}

/* The layout of @text on one line, as measured: a chart measures its
 * labels to lay them out, then draws them, and Pango shapes each once. */
static PangoLayout *
measured_layout (JxCanvas    *canvas,
                 const char  *text,
                 JxTextFlags  flags)
{
  guint font = flags & (G_N_ELEMENTS (canvas->fonts) - 1);
  g_autofree char *key = g_strdup_printf ("%u\x1f%s", font, text);
  PangoLayout *layout = g_hash_table_lookup (canvas->measured, key);

  if (layout == NULL)
    {
      prepare_layout (canvas, text, flags, -1);
      layout = pango_layout_copy (canvas->layout);
      g_hash_table_insert (canvas->measured, g_steal_pointer (&key), layout);
    }

  return layout;
}

void
jx_canvas_measure (JxCanvas    *canvas,
                   const char  *text,
                   JxTextFlags  flags,
                   double      *width,
                   double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (measured_layout (canvas, text, flags), NULL, &logical);

  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/**
 * jx_canvas_draw_text:
 * @x: the anchor: left edge, centre or right edge by @xalign
 * @y: the vertical centre of the line
 * @max_width: ellipsize beyond this width; 0 or less for no limit
 * @xalign: 0 left, 0.5 centred, 1 right-aligned at @x
 *
 * Returns: the width drawn
 */
double
jx_canvas_draw_text (JxCanvas      *canvas,
                     const char    *text,
                     double         x,
                     double         y,
                     double         max_width,
                     double         xalign,
                     JxTextFlags    flags,
                     const JxColor *color)
{
  guint font = flags & (G_N_ELEMENTS (canvas->fonts) - 1);
  g_autofree char *key = NULL;
  PangoLayout *layout;
  PangoRectangle logical;
  double width;
  double height;

  if (text == NULL || text[0] == '\0')
    return 0;

  /* A text measured before is drawn as it was measured, if it fits. */
  key = g_strdup_printf ("%u\x1f%s", font, text);
  layout = g_hash_table_lookup (canvas->measured, key);
  if (layout != NULL)
    {
      pango_layout_get_extents (layout, NULL, &logical);
      if (max_width > 0 && logical.width > max_width * PANGO_SCALE)
        layout = NULL;
    }
  if (layout == NULL)
    {
      prepare_layout (canvas, text, flags, max_width);
      layout = canvas->layout;
      pango_layout_get_extents (layout, NULL, &logical);
    }
  width = (double) logical.width / PANGO_SCALE;
  height = (double) logical.height / PANGO_SCALE;

  jx_canvas_set_color (canvas, color != NULL ? color : &canvas->style->foreground);
  cairo_move_to (canvas->cr, x - xalign * width - (double) logical.x / PANGO_SCALE, y - height / 2);
  pango_cairo_show_layout (canvas->cr, layout);

  if (canvas->texts != NULL)
    {
      /* The whole text, even where the drawing ellipsizes it. */
      JxChartText drawn = { 0 };
      double device_x = x - xalign * width;
      double device_y = y - height / 2 + (double) pango_layout_get_baseline (layout) / PANGO_SCALE;

      cairo_user_to_device (canvas->cr, &device_x, &device_y);
      drawn.x = device_x;
      drawn.baseline = device_y;
      drawn.size = pango_font_description_get_size (pango_layout_get_font_description (layout)) / (double) PANGO_SCALE;
      drawn.bold = (flags & (JX_TEXT_BOLD | JX_TEXT_TITLE)) != 0;
      drawn.text = g_strdup (text);
      g_array_append_val (canvas->texts, drawn);
    }

  return width;
}

double
jx_canvas_header_height (JxCanvas          *canvas,
                         const JxChartData *data)
{
  double title_height = 0;
  double subtitle_height = 0;

  jx_canvas_measure (canvas, data->title != NULL ? data->title : " ", JX_TEXT_TITLE, NULL, &title_height);
  if (data->subtitle != NULL)
    jx_canvas_measure (canvas, data->subtitle, JX_TEXT_NORMAL, NULL, &subtitle_height);

  return JX_CHART_MARGIN (canvas) + title_height + subtitle_height * 1.2 + canvas->style->font_size * 0.6;
}

/* Fills the background, draws title and subtitle; returns where the rest
 * begins. */
double
jx_canvas_draw_header (JxCanvas          *canvas,
                       const JxChartData *data)
{
  double margin = JX_CHART_MARGIN (canvas);
  double title_height;
  double subtitle_height = 0;
  double y = margin;

  jx_canvas_set_color (canvas, &canvas->style->background);
  cairo_paint (canvas->cr);

  jx_canvas_measure (canvas, data->title != NULL ? data->title : " ", JX_TEXT_TITLE, NULL, &title_height);
  jx_canvas_draw_text (canvas, data->title, margin, y + title_height / 2,
                       canvas->width - 2 * margin, 0, JX_TEXT_TITLE, NULL);
  y += title_height;

  if (data->subtitle != NULL)
    {
      jx_canvas_measure (canvas, data->subtitle, JX_TEXT_NORMAL, NULL, &subtitle_height);
      jx_canvas_draw_text (canvas, data->subtitle, margin, y + subtitle_height * 0.6,
                           canvas->width - 2 * margin, 0, JX_TEXT_NORMAL, &canvas->style->muted);
      y += subtitle_height * 1.2;
    }

  return y + canvas->style->font_size * 0.6;
}

/* One row of swatches with labels (and marks, for statuses), wrapping
 * onto more rows when the width asks for it. */
double
jx_canvas_draw_legend (JxCanvas           *canvas,
                       double              y,
                       const char * const *labels,
                       const JxColor      *colors,
                       const char * const *marks,
                       guint               n)
{
  double margin = JX_CHART_MARGIN (canvas);
  double size = canvas->style->font_size;
  double line = size * 1.6;
  double x = margin;

  if (n == 0)
    return y;

  for (guint i = 0; i < n; i++)
    {
      double label_width;
      double entry_width;

      jx_canvas_measure (canvas, labels[i], JX_TEXT_SMALL, &label_width, NULL);
      entry_width = size * 1.4 + label_width + size * 1.4;

      if (x > margin && x + entry_width > canvas->width - margin)
        {
          x = margin;
          y += line;
        }

      jx_canvas_set_color (canvas, &colors[i]);
      cairo_rectangle (canvas->cr, x, y + line / 2 - size * 0.45, size * 0.9, size * 0.9);
      cairo_fill (canvas->cr);
      if (marks != NULL && marks[i] != NULL && marks[i][0] != '\0')
        jx_canvas_draw_text (canvas, marks[i], x + size * 0.45, y + line / 2, 0, 0.5,
                             JX_TEXT_SMALL | JX_TEXT_BOLD, &canvas->style->background);

      jx_canvas_draw_text (canvas, labels[i], x + size * 1.3, y + line / 2,
                           canvas->width - margin - x - size * 1.3, 0, JX_TEXT_SMALL, &canvas->style->muted);
      x += MIN (entry_width, canvas->width);
    }

  return y + line + size * 0.4;
}

void
jx_canvas_add_hit (JxCanvas *canvas,
                   guint     item,
                   double    x,
                   double    y,
                   double    width,
                   double    height)
{
  JxChartHit hit = { item, x, y, width, height };

  if (canvas->hits != NULL)
    g_array_append_val (canvas->hits, hit);
}

void
jx_canvas_draw_empty (JxCanvas          *canvas,
                      const JxChartData *data,
                      double             top)
{
  jx_canvas_draw_text (canvas, _("Nothing to show yet"),
                       canvas->width / 2, (top + canvas->height) / 2, canvas->width * 0.8, 0.5,
                       JX_TEXT_NORMAL, &canvas->style->muted);
}
