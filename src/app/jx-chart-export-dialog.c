/* jx-chart-export-dialog.c: charts saved as PNG, SVG or PDF files
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog keeps its own copy of the charts and shows the first as it
 * will be written, at the chosen proportions and in the chosen style.
 * Sizes are held in points, as the chart library takes them; a PNG's are
 * shown and entered in pixels at its resolution, so that “1000 pixels”
 * gives an image exactly 1000 pixels wide.  A size out of range is marked
 * at its field with the range, and nothing is written until it is right.
 * The file is written in a thread (the library writes beside the target
 * and renames), with a spinner; success is a toast with an “Open” button,
 * failure a dialog that names the file.
 */
#include "config.h"

#include <math.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "jx-chart-export-dialog.h"
#include "jx-chart-export-dialog-private.h"
#include "jx-file-toast.h"
#include "jx-replace-dialog.h"
#include "jx-save-chooser.h"

/* A PNG is at most this many pixels wide and high. */
#define MAX_PIXELS 16384
#define MIN_DPI    36.0
#define MAX_DPI    1200.0

typedef struct {
  const char *name;
  double      width;    /* points */
  double      height;
} Preset;

static const Preset presets[] = {
  { N_("Standard"), 720, 450 },
  { N_("A4 landscape"), 842, 595 },       /* 297 × 210 mm */
  { N_("Slide 16:9"), 960, 540 },         /* 13.33 × 7.5 in */
  { N_("Report column"), 454, 284 },      /* 16 × 10 cm */
  { N_("Custom"), 0, 0 },
};

#define PRESET_CUSTOM (G_N_ELEMENTS (presets) - 1)

/* By JxChartFormat. */
static const char * const extensions[] = { ".png", ".svg", ".pdf" };
static const char * const format_names[] = { N_("PNG image"), N_("SVG drawing"), N_("PDF document") };

/* The folder the last chart went to, for the session. */
static GFile *last_folder;

struct _JxChartExportDialog
{
  AdwWindow             parent_instance;

  GPtrArray            *charts;          /* JxChartData, ours */
  char                 *basename;
  JxChartStyle         *style;
  AdwToastOverlay      *parent_overlay;  /* weak */
  GtkFileChooserNative *chooser;
  double                width;           /* points */
  double                height;
  double                dpi;
  gboolean              updating;
  gboolean              busy;

  AdwToastOverlay      *toast_overlay;
  GtkDrawingArea       *preview;
  GtkLabel             *preview_caption;
  AdwPreferencesPage   *settings_page;
  AdwPreferencesGroup  *size_group;
  AdwComboRow          *format_row;
  AdwComboRow          *style_row;
  AdwComboRow          *preset_row;
  AdwActionRow         *width_row;
  AdwActionRow         *height_row;
  AdwActionRow         *dpi_row;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  GtkSpinButton        *dpi_spin;
  GtkLabel             *width_unit;
  GtkLabel             *height_unit;
  GtkWidget            *export_button;
  GtkSpinner           *spinner;
};

G_DEFINE_FINAL_TYPE (JxChartExportDialog, jx_chart_export_dialog, ADW_TYPE_WINDOW)

typedef struct {
  GPtrArray    *charts;
  JxChartStyle *style;
  char         *path;
  double        width;
  double        height;
  double        dpi;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_ptr_array_unref (job->charts);
  jx_chart_style_free (job->style);
  g_free (job->path);
  g_free (job);
}

static JxChartFormat
get_format (JxChartExportDialog *self)
{
  return (JxChartFormat) adw_combo_row_get_selected (self->format_row);
}

/* As jx_chart_export() counts them. */
static double
pixels_for_points (double points,
                   double dpi)
{
  return ceil (points * (dpi / 72.0));
}

/* The length in points that jx_chart_export() makes exactly @pixels long. */
static double
points_for_pixels (double pixels,
                   double dpi)
{
  double points = pixels * 72.0 / dpi;

  while (pixels_for_points (points, dpi) > pixels)
    points = nextafter (points, 0);

  return points;
}

static gboolean
dpi_is_valid (JxChartExportDialog *self)
{
  return self->dpi >= MIN_DPI && self->dpi <= MAX_DPI;
}

/* Why @points is refused as the width (or the height), or NULL. */
static char *
check_length (JxChartExportDialog *self,
              double               points,
              gboolean             is_width)
{
  if (get_format (self) == JX_CHART_FORMAT_PNG)
    {
      double pixels = pixels_for_points (points, self->dpi);
      double min_pixels = ceil (JX_CHART_MIN_SIZE * self->dpi / 72.0 - 1e-9);
      double max_pixels = MIN (floor (JX_CHART_MAX_SIZE * self->dpi / 72.0 + 1e-9), MAX_PIXELS);

      /* Pixels are judged at a valid resolution only. */
      if (!dpi_is_valid (self) || (pixels >= min_pixels && pixels <= max_pixels))
        return NULL;

      if (is_width)
        return g_strdup_printf (_("The width must be between %.0f and %.0f pixels at %.0f dpi."),
                                min_pixels, max_pixels, self->dpi);
      return g_strdup_printf (_("The height must be between %.0f and %.0f pixels at %.0f dpi."),
                              min_pixels, max_pixels, self->dpi);
    }

  if (points >= JX_CHART_MIN_SIZE - 0.5 && points <= JX_CHART_MAX_SIZE + 0.5)
    return NULL;

  if (is_width)
    return g_strdup_printf (_("The width must be between %.0f and %.0f points."),
                            JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
  return g_strdup_printf (_("The height must be between %.0f and %.0f points."),
                          JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
}

static void
mark_row (AdwActionRow *row,
          GtkWidget    *field,
          const char   *reason)
{
  adw_action_row_set_subtitle (row, reason != NULL ? reason : "");
  gtk_widget_set_tooltip_text (field, reason);
  if (reason != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
}

/* Marks every field whose value is refused, with the reason; the first
 * reason goes into @error. */
static gboolean
validate (JxChartExportDialog  *self,
          GError              **error)
{
  g_autofree char *width_reason = check_length (self, self->width, TRUE);
  g_autofree char *height_reason = check_length (self, self->height, FALSE);
  g_autofree char *dpi_reason = NULL;
  const char *first;

  if (get_format (self) == JX_CHART_FORMAT_PNG && !dpi_is_valid (self))
    dpi_reason = g_strdup_printf (_("The resolution must be between %.0f and %.0f dpi."), MIN_DPI, MAX_DPI);

  mark_row (self->width_row, GTK_WIDGET (self->width_spin), width_reason);
  mark_row (self->height_row, GTK_WIDGET (self->height_spin), height_reason);
  mark_row (self->dpi_row, GTK_WIDGET (self->dpi_spin), dpi_reason);

  first = width_reason != NULL ? width_reason : height_reason != NULL ? height_reason : dpi_reason;
  if (first != NULL)
    {
      g_set_error_literal (error, JX_CHART_ERROR, JX_CHART_ERROR_SIZE, first);
      return FALSE;
    }

  return TRUE;
}

/* The height the first chart is written at: taller than asked where its
 * rows need it, as jx_chart_export() does. */
static double
get_written_height (JxChartExportDialog *self)
{
  const JxChartData *data = g_ptr_array_index (self->charts, 0);
  double width = CLAMP (self->width, JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
  double height = CLAMP (self->height, JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
  double natural_height = jx_chart_get_natural_height (data, self->style, width);

  return MIN (MAX (height, natural_height), JX_CHART_MAX_SIZE);
}

static void
update_summary (JxChartExportDialog *self,
                gboolean             valid)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  double written_height;

  if (!valid || self->charts == NULL)
    {
      adw_preferences_group_set_description (self->size_group, NULL);
      return;
    }

  written_height = get_written_height (self);
  if (get_format (self) == JX_CHART_FORMAT_PNG)
    g_string_append_printf (summary, _("%.0f × %.0f pixels, %.1f × %.1f cm at %.0f dpi."),
                            pixels_for_points (self->width, self->dpi),
                            pixels_for_points (self->height, self->dpi),
                            self->width / 72.0 * 2.54, self->height / 72.0 * 2.54, self->dpi);
  else
    g_string_append_printf (summary, _("%.1f × %.1f cm."),
                            self->width / 72.0 * 2.54, self->height / 72.0 * 2.54);

  if (written_height > self->height + 0.5)
    {
      g_string_append_c (summary, '\n');
      if (get_format (self) == JX_CHART_FORMAT_PNG)
        g_string_append_printf (summary, _("The chart needs %.0f pixels of height to keep its rows readable."),
                                pixels_for_points (written_height, self->dpi));
      else
        g_string_append_printf (summary, _("The chart needs %.0f points of height to keep its rows readable."),
                                written_height);
    }

  adw_preferences_group_set_description (self->size_group, summary->str);
}

static void
select_matching_preset (JxChartExportDialog *self)
{
  guint selected = PRESET_CUSTOM;

  for (guint i = 0; i < PRESET_CUSTOM; i++)
    if (fabs (presets[i].width - self->width) < 0.5 && fabs (presets[i].height - self->height) < 0.5)
      selected = i;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->preset_row, selected);
  self->updating = FALSE;
}

/* After any change: fields checked, preset, summary, preview. */
static void
refresh (JxChartExportDialog *self)
{
  gboolean valid = validate (self, NULL);

  select_matching_preset (self);
  update_summary (self, valid);
  gtk_widget_set_sensitive (self->export_button, valid && !self->busy);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview));
}

static double
displayed_length (JxChartExportDialog *self,
                  double               points)
{
  if (get_format (self) == JX_CHART_FORMAT_PNG)
    return pixels_for_points (points, self->dpi);

  return round (points);
}

/* Shows the sizes in the units of the format. */
static void
sync_fields (JxChartExportDialog *self)
{
  gboolean png = get_format (self) == JX_CHART_FORMAT_PNG;
  /* TRANSLATORS: short units after the width and height of a chart */
  const char *unit = png ? C_("unit", "px") : C_("unit", "pt");

  self->updating = TRUE;
  gtk_spin_button_set_value (self->width_spin, displayed_length (self, self->width));
  gtk_spin_button_set_value (self->height_spin, displayed_length (self, self->height));
  gtk_spin_button_set_value (self->dpi_spin, self->dpi);
  self->updating = FALSE;

  gtk_label_set_text (self->width_unit, unit);
  gtk_label_set_text (self->height_unit, unit);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->width_unit), png ? _("Pixels") : _("Points (1/72 inch)"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->height_unit), png ? _("Pixels") : _("Points (1/72 inch)"));
  gtk_widget_set_visible (GTK_WIDGET (self->dpi_row), png);

  refresh (self);
}

static double
length_from_field (JxChartExportDialog *self,
                   GtkSpinButton       *spin)
{
  double value = gtk_spin_button_get_value (spin);

  if (get_format (self) == JX_CHART_FORMAT_PNG)
    return points_for_pixels (value, self->dpi);

  return value;
}

static void
format_changed_cb (JxChartExportDialog *self)
{
  if (self->charts != NULL)
    sync_fields (self);
}

static void
style_changed_cb (JxChartExportDialog *self)
{
  g_clear_pointer (&self->style, jx_chart_style_free);
  if (adw_combo_row_get_selected (self->style_row) == 1)
    self->style = jx_chart_style_new_screen (TRUE);
  else
    self->style = jx_chart_style_new_print ();

  if (self->charts != NULL)
    refresh (self);
}

static void
preset_changed_cb (JxChartExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->preset_row);

  if (self->updating || self->charts == NULL || selected >= PRESET_CUSTOM)
    return;

  self->width = presets[selected].width;
  self->height = presets[selected].height;
  sync_fields (self);
}

static void
width_changed_cb (JxChartExportDialog *self)
{
  if (self->updating || self->charts == NULL)
    return;

  self->width = length_from_field (self, self->width_spin);
  refresh (self);
}

static void
height_changed_cb (JxChartExportDialog *self)
{
  if (self->updating || self->charts == NULL)
    return;

  self->height = length_from_field (self, self->height_spin);
  refresh (self);
}

static void
dpi_changed_cb (JxChartExportDialog *self)
{
  if (self->updating || self->charts == NULL)
    return;

  /* The chart keeps its size in points, its layout: more dots per inch
   * make more pixels. */
  self->dpi = gtk_spin_button_get_value (self->dpi_spin);
  sync_fields (self);
}

static void
draw_preview_cb (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        user_data)
{
  JxChartExportDialog *self = user_data;
  const double margin = 12.0;
  double chart_width;
  double chart_height;
  double scale;
  double x;
  double y;

  if (self->charts == NULL)
    return;

  chart_width = CLAMP (self->width, JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
  chart_height = get_written_height (self);
  scale = MIN ((width - 2 * margin) / chart_width, (height - 2 * margin) / chart_height);
  if (scale <= 0)
    return;

  x = round ((width - chart_width * scale) / 2);
  y = round ((height - chart_height * scale) / 2);

  /* The sheet's shadow. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.2);
  cairo_rectangle (cr, x + 1, y + 2, chart_width * scale, chart_height * scale);
  cairo_fill (cr);

  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  jx_chart_render (cr, g_ptr_array_index (self->charts, 0), self->style, chart_width, chart_height, NULL);
}

static void
set_busy (JxChartExportDialog *self,
          gboolean             busy)
{
  self->busy = busy;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->settings_page), !busy);
  refresh (self);
}

/* A toast on the window when it has a place for one, and the dialog's
 * work is done; otherwise in the dialog. */
static void
show_exported (JxChartExportDialog *self,
               const char          *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), escaped);
  AdwToastOverlay *overlay = self->parent_overlay != NULL ? self->parent_overlay : self->toast_overlay;

  jx_file_toast_add (overlay, title, path);

  if (overlay == self->parent_overlay)
    gtk_window_close (GTK_WINDOW (self));
}

static void
show_export_error (JxChartExportDialog *self,
                   const char          *path,
                   const GError        *error)
{
  g_autofree char *name = g_filename_display_basename (path);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), NULL, error->message);
  adw_message_dialog_format_heading (ADW_MESSAGE_DIALOG (dialog), _("Could not export “%s”"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autofree char *folder = g_path_get_dirname (job->path);
  g_autofree char *display_folder = g_filename_display_name (folder);
  g_autofree char *display_path = g_filename_display_name (job->path);
  GError *error = NULL;

  if (!g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("Could not write “%s”: the folder “%s” does not exist."),
                               display_path, display_folder);
      return;
    }

  if (access (folder, W_OK) != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                               _("Could not write “%s”: the folder “%s” may not be written to."),
                               display_path, display_folder);
      return;
    }

  if (!jx_chart_export (job->charts, job->style, job->path, job->width, job->height, job->dpi, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static void
export_finished_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  JxChartExportDialog *self = JX_CHART_EXPORT_DIALOG (source);
  g_autoptr(GTask) task = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  set_busy (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_export_error (self, job->path, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  show_exported (self, job->path);
  g_task_return_boolean (task, TRUE);
}

/**
 * jx_chart_export_dialog_export_to:
 * @self: a #JxChartExportDialog
 * @path: the file, ending in the extension of the chosen format
 * @callback: (nullable): called when the file is written, or not
 * @user_data: for @callback
 *
 * Writes the charts as the dialog is set, in a thread, as “Export…” does
 * after the file chooser, and says how it went.
 */
void
jx_chart_export_dialog_export_to (JxChartExportDialog *self,
                                  const char          *path,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *lower = NULL;
  JxChartFormat format;
  ExportJob *job;

  g_return_if_fail (JX_IS_CHART_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, jx_chart_export_dialog_export_to);

  if (self->busy)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY, _("A chart is being exported already."));
      return;
    }

  if (!validate (self, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  format = get_format (self);
  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, extensions[format]))
    {
      g_task_return_new_error (task, JX_CHART_ERROR, JX_CHART_ERROR_FORMAT,
                               _("“%s” does not end in %s."), path, extensions[format]);
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->charts = g_ptr_array_ref (self->charts);
  job->style = jx_chart_style_copy (self->style);
  job->path = g_strdup (path);
  job->width = CLAMP (self->width, JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
  job->height = CLAMP (self->height, JX_CHART_MIN_SIZE, JX_CHART_MAX_SIZE);
  job->dpi = format == JX_CHART_FORMAT_PNG ? self->dpi : 72.0;

  set_busy (self, TRUE);
  thread_task = g_task_new (self, NULL, export_finished_cb, g_steal_pointer (&task));
  g_task_set_source_tag (thread_task, export_thread);
  g_task_set_task_data (thread_task, job, export_job_free);
  g_task_run_in_thread (thread_task, export_thread);
}

gboolean
jx_chart_export_dialog_export_to_finish (JxChartExportDialog  *self,
                                         GAsyncResult         *result,
                                         GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* The chooser confirmed replacing the name as typed; with the extension
 * added it is another file, which is replaced only when confirmed too. */
static void
replace_confirmed (GtkWindow  *parent,
                   const char *path)
{
  jx_chart_export_dialog_export_to (JX_CHART_EXPORT_DIALOG (parent), path, NULL, NULL);
}

static void
chooser_responded_cb (JxChartExportDialog *self,
                      int                  response)
{
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (&self->chooser);
  g_autofree char *path = NULL;
  gboolean ask_to_replace;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  path = jx_save_chooser_get_path (chooser, extensions[get_format (self)], &last_folder, &ask_to_replace);
  if (path == NULL)
    {
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                             _("Charts can be saved in folders of this computer only."));
      g_autofree char *name = jx_chart_export_dialog_get_file_name (self);

      show_export_error (self, name, error);
    }
  else if (ask_to_replace)
    jx_replace_dialog_present_file (GTK_WINDOW (self), path, replace_confirmed);
  else
    jx_chart_export_dialog_export_to (self, path, NULL, NULL);
}

static void
export_clicked_cb (JxChartExportDialog *self)
{
  g_autofree char *name = jx_chart_export_dialog_get_file_name (self);
  JxChartFormat format = get_format (self);

  /* A number still being typed counts. */
  gtk_spin_button_update (self->width_spin);
  gtk_spin_button_update (self->height_spin);
  gtk_spin_button_update (self->dpi_spin);

  if (self->busy || self->chooser != NULL || !validate (self, NULL))
    return;

  self->chooser = jx_save_chooser_new (GTK_WINDOW (self), _("Export Chart"), _(format_names[format]),
                                       extensions[format], NULL, last_folder, name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_responded_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
jx_chart_export_dialog_close_request (GtkWindow *window)
{
  JxChartExportDialog *self = JX_CHART_EXPORT_DIALOG (window);

  /* Stays until the file is written, to say how it went. */
  if (self->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (jx_chart_export_dialog_parent_class)->close_request (window);
}

static void
jx_chart_export_dialog_dispose (GObject *object)
{
  JxChartExportDialog *self = JX_CHART_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->parent_overlay);

  G_OBJECT_CLASS (jx_chart_export_dialog_parent_class)->dispose (object);
}

static void
jx_chart_export_dialog_finalize (GObject *object)
{
  JxChartExportDialog *self = JX_CHART_EXPORT_DIALOG (object);

  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->style, jx_chart_style_free);
  g_free (self->basename);

  G_OBJECT_CLASS (jx_chart_export_dialog_parent_class)->finalize (object);
}

static void
jx_chart_export_dialog_class_init (JxChartExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = jx_chart_export_dialog_dispose;
  object_class->finalize = jx_chart_export_dialog_finalize;
  window_class->close_request = jx_chart_export_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-chart-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, preview_caption);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, settings_page);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, size_group);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, style_row);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, preset_row);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, dpi_spin);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, width_unit);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, height_unit);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, JxChartExportDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, style_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, preset_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, width_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, height_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dpi_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
jx_chart_export_dialog_init (JxChartExportDialog *self)
{
  g_autoptr(GtkStringList) preset_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->width = presets[0].width;
  self->height = presets[0].height;
  self->dpi = 144.0;
  self->style = jx_chart_style_new_print ();

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    gtk_string_list_append (preset_names, _(presets[i].name));
  adw_combo_row_set_model (self->preset_row, G_LIST_MODEL (preset_names));

  gtk_drawing_area_set_draw_func (self->preview, draw_preview_cb, self, NULL);
}

/* GTK 4.8 leaves a destroyed dialog pointing at its parent when the
 * parent goes first, as it may while an export still holds the dialog;
 * its last unref would then touch the freed parent. */
static void
parent_destroyed_cb (JxChartExportDialog *self)
{
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* A file name without separators, in the format's extension. */
char *
jx_chart_export_dialog_get_file_name (JxChartExportDialog *self)
{
  g_autoptr(GString) name = g_string_new (self->basename);

  g_return_val_if_fail (JX_IS_CHART_EXPORT_DIALOG (self), NULL);

  g_strdelimit (name->str, G_DIR_SEPARATOR_S "\\:", '-');
  g_string_append (name, extensions[get_format (self)]);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * jx_chart_export_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @charts: (transfer full) (element-type JxChartData): the charts; several
 *   go into one PDF, a page each
 * @suggested_basename: (nullable): the file name to offer, without
 *   extension; the first chart's title if %NULL
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
JxChartExportDialog *
jx_chart_export_dialog_new (GtkWindow  *parent,
                            GPtrArray  *charts,
                            const char *suggested_basename)
{
  JxChartExportDialog *self;
  const JxChartData *first;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (charts != NULL && charts->len > 0, NULL);

  self = g_object_new (JX_TYPE_CHART_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  if (parent != NULL)
    g_signal_connect_object (parent, "destroy", G_CALLBACK (parent_destroyed_cb), self, G_CONNECT_SWAPPED);

  self->charts = charts;
  first = g_ptr_array_index (charts, 0);
  self->basename = g_strdup (suggested_basename != NULL && suggested_basename[0] != '\0'
                             ? suggested_basename : first->title);

  if (charts->len > 1)
    {
      g_autofree char *caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                               "The first of %u chart. Several charts go into one PDF, a page each.",
                                                               "The first of %u charts. Several charts go into one PDF, a page each.",
                                                               charts->len),
                                                  charts->len);

      gtk_label_set_text (self->preview_caption, caption);
      gtk_widget_set_visible (GTK_WIDGET (self->preview_caption), TRUE);

      /* Several charts go into one file only as the pages of a PDF. */
      adw_combo_row_set_selected (self->format_row, JX_CHART_FORMAT_PDF);
      gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), FALSE);
    }

  sync_fields (self);
  return self;
}

/**
 * jx_chart_export_dialog_present:
 * @parent: (nullable): the window it belongs to
 * @charts: (transfer full) (element-type JxChartData): the charts; several
 *   go into one PDF, a page each
 * @suggested_basename: (nullable): the file name to offer, without
 *   extension; the first chart's title if %NULL
 *
 * Shows the dialog, modal to @parent.
 *
 * Returns: (transfer none): the dialog, for
 *   jx_chart_export_dialog_set_toast_overlay()
 */
JxChartExportDialog *
jx_chart_export_dialog_present (GtkWindow  *parent,
                                GPtrArray  *charts,
                                const char *suggested_basename)
{
  JxChartExportDialog *self = jx_chart_export_dialog_new (parent, charts, suggested_basename);

  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * jx_chart_export_dialog_set_toast_overlay:
 * @self: a #JxChartExportDialog
 * @overlay: (nullable): the window's toast overlay
 *
 * Says where to tell that the file is written: with an overlay, the
 * dialog closes after a successful export and the toast shows on the
 * window; without, it stays open and shows the toast itself.
 */
void
jx_chart_export_dialog_set_toast_overlay (JxChartExportDialog *self,
                                          AdwToastOverlay     *overlay)
{
  g_return_if_fail (JX_IS_CHART_EXPORT_DIALOG (self));
  g_return_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay));

  g_set_weak_pointer (&self->parent_overlay, overlay);
}
