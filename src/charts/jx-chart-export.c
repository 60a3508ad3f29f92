/* jx-chart-export.c: charts as PNG, SVG and PDF files
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sizes are in points; a PNG has width × dpi / 72 pixels.  A chart whose
 * rows need more height than asked for (500 projects) grows, so that the
 * file stays readable.  SVG and PDF keep their text as text.  Files are
 * written beside the target and moved over it when complete.
 */
#include "config.h"

#include <errno.h>
#include <math.h>


#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "jx-chart-export.h"
#include "jx-chart-private.h"
#include "jx-png-writer.h"

G_DEFINE_QUARK (jx-chart-error-quark, jx_chart_error)

/**
 * jx_chart_format_for_path:
 * @path: a file name ending in .png, .svg or .pdf
 * @format: (out): its format
 * @error: return location for a #JX_CHART_ERROR
 */
gboolean
jx_chart_format_for_path (const char     *path,
                          JxChartFormat  *format,
                          GError        **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *format = JX_CHART_FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *format = JX_CHART_FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *format = JX_CHART_FORMAT_PDF;
  else
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_FORMAT,
                   _("“%s” does not end in .png, .svg or .pdf"), path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_status (cairo_status_t   status,
              const char      *path,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
               _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
  return FALSE;
}

/* Cairo draws the glyphs of an SVG as outlines; to keep the text as
 * text, searchable and selectable, each line also goes in as an
 * invisible <text> element over its outline. */
static gboolean
add_svg_text (const char  *partial,
              const char  *path,
              GArray      *texts,
              const char  *font_family,
              GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *family = g_markup_escape_text (font_family, -1);
  g_autoptr(GString) svg = NULL;
  g_autoptr(GError) local_error = NULL;
  char *end;

  if (!g_file_get_contents (partial, &contents, NULL, &local_error))
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  end = g_strrstr (contents, "</svg>");
  if (end == NULL)
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
                   _("Could not write “%s”: the drawing is incomplete"), path);
      return FALSE;
    }

  svg = g_string_new_len (contents, end - contents);
  g_string_append_printf (svg, "<g id=\"text\" fill-opacity=\"0\" font-family=\"%s\">\n", family);
  for (guint i = 0; i < texts->len; i++)
    {
      const JxChartText *text = &g_array_index (texts, JxChartText, i);
      g_autofree char *escaped = g_markup_escape_text (text->text, -1);
      char x[G_ASCII_DTOSTR_BUF_SIZE];
      char y[G_ASCII_DTOSTR_BUF_SIZE];
      char size[G_ASCII_DTOSTR_BUF_SIZE];

      g_string_append_printf (svg, "<text x=\"%s\" y=\"%s\" font-size=\"%s\"%s>%s</text>\n",
                              g_ascii_formatd (x, sizeof x, "%.2f", text->x),
                              g_ascii_formatd (y, sizeof y, "%.2f", text->baseline),
                              g_ascii_formatd (size, sizeof size, "%.2f", text->size),
                              text->bold ? " font-weight=\"bold\"" : "", escaped);
    }
  g_string_append (svg, "</g>\n");
  g_string_append (svg, end);

  if (!g_file_set_contents (partial, svg->str, (gssize) svg->len, &local_error))
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * jx_chart_export:
 * @charts: (element-type JxChartData): one chart, or several for a PDF of
 *   one page each
 * @style: how they look
 * @path: the file, its format by its extension
 * @width: the width in points
 * @height: the height in points, grown where a chart needs more
 * @dpi: pixels per inch of a PNG (96 gives one pixel per 0.75 point)
 * @error: return location for a #JX_CHART_ERROR
 */
gboolean
jx_chart_export (GPtrArray           *charts,
                 const JxChartStyle  *style,
                 const char          *path,
                 double               width,
                 double               height,
                 double               dpi,
                 GError             **error)
{
  g_autofree char *partial = NULL;
  g_autoptr(GArray) texts = NULL;
  cairo_surface_t *surface = NULL;
  cairo_t *cr = NULL;
  JxChartFormat format;
  double scale = dpi / 72.0;
  gboolean ok;

  g_return_val_if_fail (charts != NULL && charts->len > 0, FALSE);

  if (!jx_chart_format_for_path (path, &format, error))
    return FALSE;

  if (!(width >= JX_CHART_MIN_SIZE && width <= JX_CHART_MAX_SIZE &&
        height >= JX_CHART_MIN_SIZE && height <= JX_CHART_MAX_SIZE))
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_SIZE,
                   _("A chart must be between %.0f and %.0f points wide and high"),
                   JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
      return FALSE;
    }

  if (format == JX_CHART_FORMAT_PNG && !(dpi >= 36 && dpi <= 1200))
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_SIZE,
                   _("The resolution must be between 36 and 1200 dpi"));
      return FALSE;
    }

  if (format != JX_CHART_FORMAT_PDF && charts->len > 1)
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_FORMAT,
                   _("Several charts go into a PDF file only"));
      return FALSE;
    }

  partial = g_strconcat (path, ".partial", NULL);
  if (format == JX_CHART_FORMAT_SVG)
    {
      texts = g_array_new (FALSE, TRUE, sizeof (JxChartText));
      g_array_set_clear_func (texts, jx_chart_text_clear);
    }

  for (guint i = 0; i < charts->len; i++)
    {
      const JxChartData *data = g_ptr_array_index (charts, i);
      double natural_height = jx_chart_get_natural_height (data, style, width);
      double page_height = MIN (MAX (height, natural_height), JX_CHART_MAX_SIZE);

      if (surface == NULL)
        {
          switch (format)
            {
            case JX_CHART_FORMAT_PNG:
              surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                    (int) ceil (width * scale), (int) ceil (page_height * scale));
              break;
            case JX_CHART_FORMAT_SVG:
              surface = cairo_svg_surface_create (partial, width, page_height);
              cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
              break;
            case JX_CHART_FORMAT_PDF:
            default:
              surface = cairo_pdf_surface_create (partial, width, page_height);
              cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, data->title);
              cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Jixiao " PACKAGE_VERSION);
              break;
            }
          cr = cairo_create (surface);
        }
      else
        {
          cairo_pdf_surface_set_size (surface, width, page_height);
        }

      cairo_save (cr);
      if (format == JX_CHART_FORMAT_PNG)
        cairo_scale (cr, scale, scale);
      jx_chart_render_collecting (cr, data, style, width, page_height, NULL, texts);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  ok = check_status (cairo_status (cr), path, error);
  if (ok && format == JX_CHART_FORMAT_PNG)
    ok = jx_png_writer_write (surface, partial, path, error);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (ok)
    ok = check_status (cairo_surface_status (surface), path, error);
  cairo_surface_destroy (surface);

  if (ok && texts != NULL)
    ok = add_svg_text (partial, path, texts, style->font_family, error);

  if (ok && g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
      ok = FALSE;
    }

  if (!ok)
    g_unlink (partial);

  return ok;
}
