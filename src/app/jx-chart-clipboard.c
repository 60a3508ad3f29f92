/* jx-chart-clipboard.c: a chart copied as an image
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart is drawn in the print style into an image and put on the
 * clipboard as a GdkTexture.  GTK 4.8 offers a texture to other
 * applications as image/png (and TIFF, JPEG, BMP) by itself, which is
 * what LibreOffice and WPS paste, so no PNG is encoded here until someone
 * pastes.
 */
#include "config.h"

#include <math.h>

#include "jx-chart-clipboard.h"

/* An image is at most this many pixels wide and high. */
#define MAX_PIXELS 16384

/**
 * jx_chart_render_texture:
 * @data: the chart
 * @style: how it looks
 * @width: the width in points
 * @height: the height in points, grown where the chart needs more
 * @scale: pixels per point
 *
 * Returns: (transfer full): the chart as an image of
 *   ⌈@width × @scale⌉ pixels wide, or smaller where that would be more
 *   than 16384 pixels
 */
GdkTexture *
jx_chart_render_texture (const JxChartData  *data,
                         const JxChartStyle *style,
                         double              width,
                         double              height,
                         double              scale)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double page_height;
  int pixel_width;
  int pixel_height;
  int stride;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0 && scale > 0, NULL);

  page_height = jx_chart_get_natural_height (data, style, width);
  page_height = MAX (height, page_height);
  /* A chart too large for an image is made smaller, not cut off. */
  scale = MIN (scale, MIN (MAX_PIXELS / width, MAX_PIXELS / page_height));
  pixel_width = (int) ceil (width * scale);
  pixel_height = (int) ceil (page_height * scale);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  jx_chart_render (cr, data, style, width, page_height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is premultiplied, in native-endian 32-bit words:
   * exactly GDK_MEMORY_DEFAULT. */
  stride = cairo_image_surface_get_stride (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * pixel_height);
  cairo_surface_destroy (surface);

  return gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/**
 * jx_chart_copy_to_clipboard:
 * @clipboard: the clipboard, usually gtk_widget_get_clipboard()
 * @data: the chart
 * @width: the width in points (720 for a page-wide chart)
 * @height: the height in points, grown where the chart needs more
 * @scale: pixels per point (2 pastes sharply into a document)
 *
 * Puts the chart on @clipboard as an image in the print style.
 */
void
jx_chart_copy_to_clipboard (GdkClipboard      *clipboard,
                            const JxChartData *data,
                            double             width,
                            double             height,
                            double             scale)
{
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autoptr(GdkTexture) texture = NULL;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));
  g_return_if_fail (data != NULL);

  texture = jx_chart_render_texture (data, style, width, height, scale);
  gdk_clipboard_set_texture (clipboard, texture);
}
