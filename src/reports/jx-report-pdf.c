/* jx-report-pdf.c: the report pack as a PDF: cover, tiles, charts, forms and findings
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "jx-report-pdf.h"

/* First version: one page; the full layout follows. */
gboolean
jx_report_write_pdf (JxReport              *report,
                     const char            *path,
                     JxReportProgressFunc   progress,
                     gpointer               user_data,
                     GCancellable          *cancellable,
                     GError               **error)
{
  g_autofree char *display = g_filename_display_name (path);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  surface = cairo_pdf_surface_create (path, 595.28, 841.89);
  cr = cairo_create (surface);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }

  if (progress != NULL)
    progress (1.0, user_data);

  return TRUE;
}
