/* test-chart-output.c: charts leave the window: copied, printed, exported
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clipboard is read back as another application would; the print
 * path writes a PDF without a dialog; the export dialog is driven through
 * its fields and writes without its file chooser.
 */
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "jx-chart-clipboard.h"
#include "jx-chart-export-dialog-private.h"
#include "jx-chart-printer.h"
#include "test-gtk-utils.h"
#include "test-utils.h"

static JxChartData *
execution_chart (void)
{
  static const struct { const char *label; double rate; } projects[] = {
    { "市科技计划项目专项资金", 0.98 },
    { "科技创新平台建设", 0.86 },
    { "科普活动经费", 1.0 },
  };
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_EXECUTION, "预算执行率",
                                         "衡阳市科学技术局 · 2021", "%");

  jx_chart_data_add_series (data, "执行率");
  jx_chart_data_add_reference (data, 1.0);
  jx_chart_data_add_reference (data, 0.9);
  for (guint i = 0; i < G_N_ELEMENTS (projects); i++)
    {
      JxChartItem *item = jx_chart_data_add_item (data, projects[i].label);

      item->values[0] = projects[i].rate;
      item->value_text = g_strdup_printf ("%.2f%%", projects[i].rate * 100);
      item->status = projects[i].rate >= 0.9 ? JX_CHART_STATUS_GOOD : JX_CHART_STATUS_BAD;
    }

  return data;
}

static JxChartData *
budget_chart (void)
{
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_BUDGET_ACTUAL, "预算与支出",
                                         "兰州新区科技局 · 2020", "万元");
  JxChartItem *item;

  jx_chart_data_add_series (data, "全年预算数");
  jx_chart_data_add_series (data, "全年执行数");
  item = jx_chart_data_add_item (data, "科技型中小企业补助");
  item->values[0] = 656;
  item->values[1] = 640.5;
  item->value_text = g_strdup ("640.50");
  item = jx_chart_data_add_item (data, "高新技术企业认定奖励");
  item->values[0] = 300;
  item->values[1] = 300;
  item->value_text = g_strdup ("300.00");

  return data;
}

static GPtrArray *
new_charts (gboolean several)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_data_free);

  g_ptr_array_add (charts, execution_chart ());
  if (several)
    g_ptr_array_add (charts, budget_chart ());

  return charts;
}

static gboolean
has_result (gpointer data)
{
  return *(GAsyncResult **) data != NULL;
}

/* Runs the main loop until an async call stored its result. */
static GAsyncResult *
wait_for_result (GAsyncResult **result)
{
  g_assert_true (jx_test_wait_until (has_result, result));
  return *result;
}

static void
stored_result_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static guint32
pixel_at (const guint8 *pixels,
          gsize         stride,
          int           x,
          int           y)
{
  return *(const guint32 *) (gconstpointer) (pixels + (gsize) y * stride + (gsize) x * 4);
}

/* Downloaded as cairo does: premultiplied ARGB in native-endian words. */
static guint8 *
download (GdkTexture *texture,
          gsize      *stride)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  guint8 *pixels;

  *stride = (gsize) width * 4;
  pixels = g_malloc (*stride * height);
  gdk_texture_download (texture, pixels, *stride);
  return pixels;
}

static double
share_of_pixels (GdkTexture *texture,
                 guint32     argb,
                 gboolean    equal)
{
  gsize stride;
  g_autofree guint8 *pixels = download (texture, &stride);
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  guint64 count = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((pixel_at (pixels, stride, x, y) == argb) == equal)
        count++;

  return (double) count / ((double) width * height);
}

/* Copying puts an image on the clipboard that reads back at its size, in
 * the print style, and is offered to other applications as image/png. */
static void
test_copy_reads_back_as_image (void)
{
  g_autoptr(JxChartData) data = execution_chart ();
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  GdkClipboard *clipboard = gdk_display_get_clipboard (gdk_display_get_default ());
  const char *png_only[] = { "image/png", NULL };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) sink = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) decoded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *pixels = NULL;
  double natural = jx_chart_get_natural_height (data, style, 360);
  int expected_height = (int) ceil (MAX (225, natural) * 2);
  const char *mime_type = NULL;
  gsize stride;

  jx_chart_copy_to_clipboard (clipboard, data, 360, 225, 2);
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "image/png"));

  gdk_clipboard_read_texture_async (clipboard, NULL, stored_result_cb, &result);
  texture = gdk_clipboard_read_texture_finish (clipboard, wait_for_result (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 720);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, expected_height);

  /* The print style's white sheet, opaque, and a chart drawn on it. */
  pixels = download (texture, &stride);
  g_assert_cmphex (pixel_at (pixels, stride, 1, 1), ==, 0xffffffff);
  g_assert_cmphex (pixel_at (pixels, stride, 718, expected_height - 2), ==, 0xffffffff);
  g_assert_cmpfloat (share_of_pixels (texture, 0xffffffff, FALSE), >, 0.03);
  g_assert_cmpfloat (share_of_pixels (texture, 0xff26a269, TRUE), >, 0.001);   /* bars on target, green */

  /* What LibreOffice and WPS ask for. */
  g_clear_object (&result);
  gdk_clipboard_read_async (clipboard, png_only, G_PRIORITY_DEFAULT, NULL, stored_result_cb, &result);
  stream = gdk_clipboard_read_finish (clipboard, wait_for_result (&result), &mime_type, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mime_type, ==, "image/png");

  g_clear_object (&result);
  sink = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (sink, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, stored_result_cb, &result);
  g_output_stream_splice_finish (sink, wait_for_result (&result), &error);
  g_assert_no_error (error);
  png = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (sink));
  g_assert_cmpmem (g_bytes_get_data (png, NULL), 4, "\x89PNG", 4);
  decoded = gdk_texture_new_from_bytes (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (decoded), ==, 720);
  g_assert_cmpint (gdk_texture_get_height (decoded), ==, expected_height);
}

static char *
run_pdftotext (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  if (program == NULL)
    return NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

/* Pages of a PDF: its "/Type /Page" objects, not the "/Type /Pages" tree.
 * The file is binary, NULs included. */
static guint
count_pdf_pages (const char *path)
{
  static const char needle[] = "/Type /Page";
  g_autofree char *contents = NULL;
  gsize length;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize i = 0; i + sizeof needle < length; i++)
    if (memcmp (contents + i, needle, sizeof needle - 1) == 0 && contents[i + sizeof needle - 1] != 's')
      pages++;

  return pages;
}

/* Printing without a dialog writes a PDF of a page per chart, its text
 * kept, titles and labels in Chinese included. */
static void
test_print_to_pdf_writes_a_page_per_chart (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "charts.pdf", NULL);
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  g_autofree char *missing = g_build_filename (dir, "no such folder", "charts.pdf", NULL);
  g_autoptr(GPtrArray) charts = new_charts (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (jx_chart_print_to_pdf (charts, path, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_pdf_pages (path), ==, 2);

  text = run_pdftotext (path);
  if (text != NULL)
    {
      g_assert_nonnull (strstr (text, "预算执行率"));
      g_assert_nonnull (strstr (text, "市科技计划项目专项资金"));
      g_assert_nonnull (strstr (text, "预算与支出"));
      g_assert_nonnull (strstr (text, "高新技术企业认定奖励"));
    }
  else
    {
      g_test_message ("pdftotext (poppler-utils) is not installed: the text is not checked");
    }

  /* A single chart: a single page. */
  g_ptr_array_set_size (charts, 1);
  g_assert_true (jx_chart_print_to_pdf (charts, path, &error));
  g_assert_cmpuint (count_pdf_pages (path), ==, 1);

  g_assert_false (jx_chart_print_to_pdf (charts, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no such folder"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  jx_test_remove_dir (dir);
}

static GObject *
child (JxChartExportDialog *dialog,
       const char          *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), JX_TYPE_CHART_EXPORT_DIALOG, name);

  g_assert_nonnull (object);
  return object;
}

static void
set_field (JxChartExportDialog *dialog,
           const char          *name,
           double               value)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (child (dialog, name)), value);
}

static double
get_field (JxChartExportDialog *dialog,
           const char          *name)
{
  return gtk_spin_button_get_value (GTK_SPIN_BUTTON (child (dialog, name)));
}

/* A dialog on @charts, shown. */
static JxChartExportDialog *
present_export_dialog (GtkWidget  *parent,
                       GPtrArray  *charts,
                       const char *name)
{
  JxChartExportDialog *dialog = g_object_ref (jx_chart_export_dialog_new (GTK_WINDOW (parent), charts, name));

  gtk_window_present (GTK_WINDOW (dialog));
  jx_test_wait_for_frames ();
  return dialog;
}

/* Writes @path as the Export button does, once the work is done. */
static gboolean
export_to (JxChartExportDialog  *dialog,
           const char           *path,
           GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  jx_chart_export_dialog_export_to (dialog, path, stored_result_cb, &result);
  return jx_chart_export_dialog_export_to_finish (dialog, wait_for_result (&result), error);
}

static gboolean
is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static AdwMessageDialog *
find_message_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* A PNG is asked for in pixels and written exactly that large; its size
 * shows in points for a vector format; the preview follows the style;
 * with a toast overlay on the window the dialog closes when done. */
static void
test_export_dialog_writes_png_of_asked_size (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "预算执行率-2021.png", NULL);
  g_autofree char *partial = g_strconcat (path, ".partial", NULL);
  GtkWidget *parent = adw_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  g_autoptr(JxChartExportDialog) dialog = NULL;
  g_autoptr(GdkTexture) preview = NULL;
  g_autoptr(GdkTexture) image = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GObject *format_row;
  GObject *style_row;

  adw_window_set_content (ADW_WINDOW (parent), overlay);
  gtk_window_present (GTK_WINDOW (parent));

  dialog = present_export_dialog (parent, new_charts (FALSE), "预算执行率-2021");
  jx_chart_export_dialog_set_toast_overlay (dialog, ADW_TOAST_OVERLAY (overlay));
  jx_test_save_screenshot (GTK_WIDGET (dialog), "chart-export-dialog.png");

  /* 720 × 450 points at 144 dpi by default, shown in pixels. */
  name = jx_chart_export_dialog_get_file_name (dialog);
  g_assert_cmpstr (name, ==, "预算执行率-2021.png");
  g_assert_cmpfloat (get_field (dialog, "width_spin"), ==, 1440);
  g_assert_cmpfloat (get_field (dialog, "height_spin"), ==, 900);
  g_assert_cmpfloat (get_field (dialog, "dpi_spin"), ==, 144);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (dialog, "export_button"))));

  /* The preview shows the chart on its white sheet... */
  preview = jx_test_render_widget (GTK_WIDGET (child (dialog, "preview")));
  g_assert_cmpfloat (share_of_pixels (preview, 0xffffffff, TRUE), >, 0.2);

  /* ...and on a dark one in the screen style. */
  style_row = child (dialog, "style_row");
  adw_combo_row_set_selected (ADW_COMBO_ROW (style_row), 1);
  jx_test_wait_for_frames ();
  g_clear_object (&preview);
  preview = jx_test_render_widget (GTK_WIDGET (child (dialog, "preview")));
  g_assert_cmpfloat (share_of_pixels (preview, 0xffffffff, TRUE), <, 0.05);
  g_assert_cmpfloat (share_of_pixels (preview, 0xff242424, TRUE), >, 0.2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (style_row), 0);

  /* 1000 × 601 pixels at 150 dpi are 480 × 288.48 points, which a
   * plain conversion back would make 1001 × 602 pixels. */
  set_field (dialog, "dpi_spin", 150);
  g_assert_cmpfloat (get_field (dialog, "width_spin"), ==, 1500);   /* 720 points */
  set_field (dialog, "width_spin", 1000);
  set_field (dialog, "height_spin", 601);

  format_row = child (dialog, "format_row");
  adw_combo_row_set_selected (ADW_COMBO_ROW (format_row), JX_CHART_FORMAT_SVG);
  g_assert_cmpfloat (get_field (dialog, "width_spin"), ==, 480);
  g_assert_cmpfloat (get_field (dialog, "height_spin"), ==, 288);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (child (dialog, "dpi_row"))));
  g_clear_pointer (&name, g_free);
  name = jx_chart_export_dialog_get_file_name (dialog);
  g_assert_cmpstr (name, ==, "预算执行率-2021.svg");

  adw_combo_row_set_selected (ADW_COMBO_ROW (format_row), JX_CHART_FORMAT_PNG);
  g_assert_cmpfloat (get_field (dialog, "width_spin"), ==, 1000);
  g_assert_cmpfloat (get_field (dialog, "height_spin"), ==, 601);

  g_assert_true (export_to (dialog, path, &error));
  g_assert_no_error (error);

  image = gdk_texture_new_from_filename (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (image), ==, 1000);
  g_assert_cmpint (gdk_texture_get_height (image), ==, 601);
  g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));

  /* Said on the window; the dialog's work is done. */
  jx_test_wait_for_frames ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  jx_test_destroy_window (parent);
  jx_test_remove_dir (dir);
}

/* A size out of range is marked at its field and writes nothing; a
 * folder that does not exist is named in a dialog; the file's name
 * follows the format. */
static void
test_export_dialog_reports_errors (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "chart.png", NULL);
  g_autofree char *missing_folder = g_build_filename (dir, "missing", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autoptr(JxChartExportDialog) dialog = present_export_dialog (NULL, new_charts (FALSE), NULL);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *message;
  GtkWidget *width_row;

  /* 100 pixels at 144 dpi are 50 points, under the least of 120. */
  width_row = GTK_WIDGET (child (dialog, "width_row"));
  set_field (dialog, "width_spin", 100);
  g_assert_true (gtk_widget_has_css_class (width_row, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (width_row)), "240"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (dialog, "export_button"))));
  g_assert_cmpfloat (get_field (dialog, "width_spin"), ==, 100);   /* kept as typed */
  jx_test_wait_for_frames ();
  jx_test_save_screenshot (GTK_WIDGET (dialog), "chart-export-dialog-error.png");

  g_assert_false (export_to (dialog, path, &error));
  g_assert_error (error, JX_CHART_ERROR, JX_CHART_ERROR_SIZE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* So is a resolution out of range. */
  set_field (dialog, "width_spin", 1440);
  g_assert_false (gtk_widget_has_css_class (width_row, "error"));
  set_field (dialog, "dpi_spin", 5000);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (child (dialog, "dpi_row")), "error"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (child (dialog, "export_button"))));
  set_field (dialog, "dpi_spin", 144);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (child (dialog, "export_button"))));

  /* The extension follows the format. */
  g_assert_false (export_to (dialog, svg, &error));
  g_assert_error (error, JX_CHART_ERROR, JX_CHART_ERROR_FORMAT);
  g_clear_error (&error);

  /* A folder that does not exist. */
  g_assert_false (export_to (dialog, missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing_folder));

  message = find_message_dialog (GTK_WINDOW (dialog));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (message), "chart.png"));
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==, error->message);
  g_assert_true (jx_test_wait_until (is_drawn, message));
  jx_test_save_screenshot (GTK_WIDGET (message), "chart-export-dialog-failed.png");
  gtk_window_destroy (GTK_WINDOW (message));

  /* Without a toast overlay on a window the dialog stays, and writes. */
  g_assert_true (export_to (dialog, path, NULL));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  jx_test_destroy_window (GTK_WIDGET (dialog));
  jx_test_remove_dir (dir);
}

/* Several charts go into one PDF, a page each, and into nothing else. */
static void
test_export_dialog_puts_several_charts_in_one_pdf (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "charts.pdf", NULL);
  g_autoptr(JxChartExportDialog) dialog = present_export_dialog (NULL, new_charts (TRUE), "全部图表");
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GObject *format_row;
  jx_test_save_screenshot (GTK_WIDGET (dialog), "chart-export-dialog-pdf.png");

  format_row = child (dialog, "format_row");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (format_row)), ==, JX_CHART_FORMAT_PDF);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (format_row)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (child (dialog, "dpi_row"))));
  g_assert_cmpfloat (get_field (dialog, "width_spin"), ==, 720);   /* points */
  name = jx_chart_export_dialog_get_file_name (dialog);
  g_assert_cmpstr (name, ==, "全部图表.pdf");

  g_assert_true (export_to (dialog, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (path), ==, 2);

  jx_test_destroy_window (GTK_WIDGET (dialog));
  jx_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  if (!jx_test_gtk_init (&argc, &argv))
    return 0;

  g_test_add_func ("/chart-output/copy-reads-back-as-image", test_copy_reads_back_as_image);
  g_test_add_func ("/chart-output/print-to-pdf-writes-a-page-per-chart", test_print_to_pdf_writes_a_page_per_chart);
  g_test_add_func ("/chart-output/export-dialog-writes-png-of-asked-size", test_export_dialog_writes_png_of_asked_size);
  g_test_add_func ("/chart-output/export-dialog-reports-errors", test_export_dialog_reports_errors);
  g_test_add_func ("/chart-output/export-dialog-puts-several-charts-in-one-pdf",
                   test_export_dialog_puts_several_charts_in_one_pdf);

  return g_test_run ();
}
