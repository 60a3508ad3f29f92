/* jx-chart-printer.c: charts printed, a page each
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One GtkPrintOperation draws every chart with jx_chart_render() on a page
 * of its own, in the print style, whether it goes to a printer, to the
 * print dialog's “Print to File” or, without a dialog, to a PDF file.
 * The chart fills the printable width; its height keeps the proportions
 * of an exported chart, or the rows' natural height where the chart needs
 * more, and it is scaled down as a whole when that is taller than the
 * page.  The printer, paper and orientation chosen stay for the session.
 */
#include "config.h"

#include <errno.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "jx-chart-printer.h"

/* The proportions of an exported chart, 720 × 450 points. */
#define CHART_ASPECT (450.0 / 720.0)

typedef struct {
  GPtrArray    *charts;   /* JxChartData */
  JxChartStyle *style;
  GtkWindow    *parent;   /* weak */
  gboolean      async;
} PrintJob;

/* What the user chose last time, for the session. */
static GtkPrintSettings *session_settings;
static GtkPageSetup *session_page_setup;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_pointer (&job->charts, g_ptr_array_unref);
  g_clear_pointer (&job->style, jx_chart_style_free);
  g_clear_weak_pointer (&job->parent);
  g_free (job);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              gpointer           user_data)
{
  PrintJob *job = user_data;
  const JxChartData *data = g_ptr_array_index (job->charts, page_nr);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  double natural = jx_chart_get_natural_height (data, job->style, width);
  double height = MAX (natural, width * CHART_ASPECT);
  double scale = 1.0;

  if (height > page_height)
    {
      if (natural <= page_height)
        height = page_height;
      else
        scale = page_height / height;
    }

  cairo_save (cr);
  cairo_translate (cr, width * (1.0 - scale) / 2.0, 0);
  cairo_scale (cr, scale, scale);
  jx_chart_render (cr, data, job->style, width, height, NULL);
  cairo_restore (cr);
}

static GtkPageSetup *
default_page_setup (void)
{
  GtkPageSetup *page_setup;
  g_autoptr(GtkPaperSize) a4 = NULL;

  if (session_page_setup != NULL)
    return gtk_page_setup_copy (session_page_setup);

  /* Charts are wider than high: A4 landscape, the paper of the office. */
  page_setup = gtk_page_setup_new ();
  a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return page_setup;
}

/* The operation both printing and PDF export run; @charts is taken. */
static GtkPrintOperation *
create_operation (GPtrArray *charts)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) page_setup = default_page_setup ();
  const JxChartData *first = g_ptr_array_index (charts, 0);
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autofree char *basename = g_strdup (first->title);
  PrintJob *job = g_new0 (PrintJob, 1);

  job->charts = charts;
  job->style = jx_chart_style_new_print ();
  g_object_set_data_full (G_OBJECT (operation), "jx-print-job", job, print_job_free);

  gtk_print_operation_set_n_pages (operation, (int) charts->len);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, first->title);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* The print dialog's “Print to File” offers the title as the name. */
  settings = session_settings != NULL ? gtk_print_settings_copy (session_settings) : gtk_print_settings_new ();
  g_strdelimit (basename, G_DIR_SEPARATOR_S "\\:", '-');
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, basename);
  gtk_print_operation_set_print_settings (operation, settings);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return operation;
}

static void
remember_choices (GtkPrintOperation *operation)
{
  g_set_object (&session_settings, gtk_print_operation_get_print_settings (operation));
  g_set_object (&session_page_setup, gtk_print_operation_get_default_page_setup (operation));
}

static void
show_print_error (GtkWindow    *parent,
                  const char   *title,
                  const GError *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, NULL, error->message);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Could not print “%s”"), title);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  PrintJob *job = user_data;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_choices (operation);

  if (job->async)
    {
      if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
        {
          g_autoptr(GError) error = NULL;
          const JxChartData *first = g_ptr_array_index (job->charts, 0);

          gtk_print_operation_get_error (operation, &error);
          if (error != NULL)
            show_print_error (job->parent, first->title, error);
        }

      /* The reference jx_chart_print() left for the running operation. */
      g_object_unref (operation);
    }
}

/**
 * jx_chart_print:
 * @parent: (nullable): the window the print dialog belongs to
 * @charts: (transfer full) (element-type JxChartData): the charts, a page each
 * @error: return location for an error of starting to print
 *
 * Shows the print dialog and prints @charts, or saves them as a PDF when
 * the dialog's “Print to File” is chosen, without blocking the window.
 * An error met later is shown in a dialog on @parent.
 *
 * Returns: %FALSE if printing could not start
 */
gboolean
jx_chart_print (GtkWindow  *parent,
                GPtrArray  *charts,
                GError    **error)
{
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);
  g_return_val_if_fail (charts != NULL && charts->len > 0, FALSE);

  operation = create_operation (charts);
  job = g_object_get_data (G_OBJECT (operation), "jx-print-job");
  g_set_weak_pointer (&job->parent, parent);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (print_done_cb), job);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    {
      /* print_done_cb() lets go of it. */
      job->async = TRUE;
      return TRUE;
    }

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    remember_choices (operation);
  g_object_unref (operation);

  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/**
 * jx_chart_print_to_pdf:
 * @charts: (element-type JxChartData): the charts, a page each
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Prints @charts without a dialog into a PDF file, on the paper chosen
 * last in the print dialog (A4 landscape at first), exactly as they would
 * be printed.  The file is written beside @path and moved over it when
 * complete.
 */
gboolean
jx_chart_print_to_pdf (GPtrArray   *charts,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *folder = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (charts != NULL && charts->len > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  folder = g_path_get_dirname (path);
  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("Could not write “%s”: the folder “%s” does not exist"), path, folder);
      return FALSE;
    }

  partial = g_strconcat (path, ".partial", NULL);
  operation = create_operation (g_ptr_array_ref (charts));
  gtk_print_operation_set_export_filename (operation, partial);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_unlink (partial);
      return FALSE;
    }

  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }

  return TRUE;
}
