/* jx-report-export-dialog.c: the report pack of a year saved as PDF, XLSX or CSV
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dialog names the department and year it reports on and offers the
 * three formats, the last one chosen first.  “Export…” asks where to
 * save; the report is then read and written in a thread, on a read-only
 * connection of its own (every edit is saved as it is made, so the
 * database holds what the window shows), while a bar shows how far it
 * is and Cancel stops it.  The report library writes beside the file and
 * renames, so a cancelled or failed export leaves nothing half-written
 * and a file that was there as it was.  Success closes the dialog with a
 * toast on the window that opens the file; failure stays, saying why.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-report-export-dialog.h"
#include "jx-report-export-dialog-private.h"
#include "jx-file-toast.h"
#include "jx-replace-dialog.h"
#include "jx-save-chooser.h"

/* By JxReportFormat. */
static const struct {
  const char *extension;
  const char *filter_name;
  const char *mime_type;
} formats[] = {
  { ".pdf", N_("PDF documents"), "application/pdf" },
  { ".xlsx", N_("Excel workbooks"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  { ".csv", N_("CSV files"), "text/csv" },
};

/* Without settings, the format and the folder are remembered for the
 * session. */
static JxReportFormat session_format = JX_REPORT_FORMAT_PDF;
static GFile *last_folder;

struct _JxReportExportDialog
{
  AdwWindow             parent_instance;

  char                 *database;
  char                 *department;
  gint64                year;
  GSettings            *settings;        /* nullable */
  AdwToastOverlay      *parent_overlay;  /* weak */
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;     /* of the export under way */
  guint                 generation;      /* counts the exports started */
  double                fraction;
  gboolean              closing;         /* closed while the export runs */
  gboolean              disposed;
  gboolean              updating;

  AdwToastOverlay      *toast_overlay;
  GtkWidget            *cancel_button;
  GtkWidget            *export_button;
  GtkWidget            *subject_group;
  GtkWidget            *format_group;
  GtkLabel             *department_label;
  GtkLabel             *year_label;
  GtkCheckButton       *pdf_check;
  GtkCheckButton       *xlsx_check;
  GtkCheckButton       *csv_check;
  GtkWidget            *progress_box;
  GtkProgressBar       *progress_bar;
  GtkLabel             *status_label;
};

G_DEFINE_FINAL_TYPE (JxReportExportDialog, jx_report_export_dialog, ADW_TYPE_WINDOW)

typedef struct {
  char                 *database;
  char                 *department;
  gint64                year;
  char                 *path;
  JxReportFormat        format;
  GMainContext         *context;
  JxReportExportDialog *dialog;          /* held by the task */
  guint                 generation;
  int                   last_permille;   /* last told, in the thread */
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->database);
  g_free (job->department);
  g_free (job->path);
  g_main_context_unref (job->context);
  g_free (job);
}

/* How far an export is, on its way from the thread to the dialog. */
typedef struct {
  JxReportExportDialog *dialog;
  guint                 generation;
  double                fraction;
} ProgressUpdate;

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_object_unref (update->dialog);
  g_free (update);
}

static gboolean
has_format_key (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return FALSE;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return schema != NULL && g_settings_schema_has_key (schema, "report-format");
}

static GtkCheckButton *
get_check (JxReportExportDialog *self,
           JxReportFormat        format)
{
  switch (format)
    {
    case JX_REPORT_FORMAT_XLSX:
      return self->xlsx_check;
    case JX_REPORT_FORMAT_CSV:
      return self->csv_check;
    case JX_REPORT_FORMAT_PDF:
    default:
      return self->pdf_check;
    }
}

/**
 * jx_report_export_dialog_get_format:
 * @self: a #JxReportExportDialog
 *
 * Returns: the format chosen
 */
JxReportFormat
jx_report_export_dialog_get_format (JxReportExportDialog *self)
{
  g_return_val_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self), JX_REPORT_FORMAT_PDF);

  if (gtk_check_button_get_active (self->xlsx_check))
    return JX_REPORT_FORMAT_XLSX;
  if (gtk_check_button_get_active (self->csv_check))
    return JX_REPORT_FORMAT_CSV;
  return JX_REPORT_FORMAT_PDF;
}

/**
 * jx_report_export_dialog_set_format:
 * @self: a #JxReportExportDialog
 * @format: the format to choose
 *
 * Chooses @format as a click on its row does, and remembers it.
 */
void
jx_report_export_dialog_set_format (JxReportExportDialog *self,
                                    JxReportFormat        format)
{
  g_return_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self));
  g_return_if_fail (format < G_N_ELEMENTS (formats));

  gtk_check_button_set_active (get_check (self, format), TRUE);
}

static void
format_toggled_cb (JxReportExportDialog *self,
                   GtkCheckButton       *button)
{
  JxReportFormat format;

  /* The button that goes off says so too. */
  if (self->updating || !gtk_check_button_get_active (button))
    return;

  format = jx_report_export_dialog_get_format (self);
  session_format = format;
  if (has_format_key (self->settings))
    g_settings_set_enum (self->settings, "report-format", format);
}

static void
show_status (JxReportExportDialog *self,
             const char           *status,
             gboolean              is_error)
{
  gtk_label_set_text (self->status_label, status);
  gtk_widget_set_visible (self->progress_box, TRUE);
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "dim-label");
    }
}

static void
set_running (JxReportExportDialog *self,
             gboolean              running)
{
  gtk_widget_set_sensitive (self->export_button, !running);
  gtk_widget_set_sensitive (self->format_group, !running);
  gtk_widget_set_sensitive (self->subject_group, !running);
  gtk_widget_set_sensitive (self->cancel_button, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), running);
  gtk_widget_set_tooltip_text (self->cancel_button, running ? _("Stop writing the report") : NULL);
  if (running)
    {
      self->fraction = 0.0;
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
    }
}

/* A file name without separators, in the format's extension: the name
 * the finance bureau expects, whatever the language of the desktop. */
char *
jx_report_export_dialog_get_file_name (JxReportExportDialog *self)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self), NULL);

  name = g_strdup_printf ("%s-%d-绩效自评%s", self->department, (int) self->year,
                          formats[jx_report_export_dialog_get_format (self)].extension);
  g_strdelimit (name, G_DIR_SEPARATOR_S "\\:", '-');
  return g_steal_pointer (&name);
}

/* A toast on the window when it has a place for one, and the dialog's
 * work is done; otherwise in the dialog. */
static void
show_saved (JxReportExportDialog *self,
            const char           *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *escaped = g_markup_escape_text (name, -1);
  g_autofree char *title = g_strdup_printf (_("Report saved as “%s”"), escaped);
  AdwToastOverlay *overlay = self->parent_overlay != NULL ? self->parent_overlay : self->toast_overlay;

  jx_file_toast_add (overlay, title, path);

  if (overlay == self->parent_overlay)
    {
      gtk_window_close (GTK_WINDOW (self));
    }
  else
    {
      g_autofree char *status = g_strdup_printf (_("Report saved as “%s”"), name);

      show_status (self, status, FALSE);
    }
}

static gboolean
progress_reached_cb (gpointer data)
{
  ProgressUpdate *update = data;
  JxReportExportDialog *self = update->dialog;

  /* Only the export under way moves the bar. */
  if (self->disposed || self->cancellable == NULL || update->generation != self->generation)
    return G_SOURCE_REMOVE;

  self->fraction = update->fraction;
  gtk_progress_bar_set_fraction (self->progress_bar, update->fraction);
  return G_SOURCE_REMOVE;
}

/* In the thread: tells the dialog, in the thread it belongs to, at every
 * tenth of a percent. */
static void
progress_cb (double   fraction,
             gpointer user_data)
{
  ExportJob *job = user_data;
  int permille = (int) (CLAMP (fraction, 0.0, 1.0) * 1000.0);
  g_autoptr(GSource) source = NULL;
  ProgressUpdate *update;

  if (permille == job->last_permille)
    return;

  job->last_permille = permille;
  update = g_new0 (ProgressUpdate, 1);
  update->dialog = g_object_ref (job->dialog);
  update->generation = job->generation;
  update->fraction = permille / 1000.0;

  /* Always by a source: g_main_context_invoke() would call it here, in
   * this thread, whenever the main thread does not hold the context. */
  source = g_idle_source_new ();
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, progress_reached_cb, update, progress_update_free);
  g_source_set_static_name (source, "[jixiao] report progress");
  g_source_attach (source, job->context);
}

/* In a thread, on a connection of its own. */
static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autofree char *display = g_filename_display_name (job->path);
  g_autoptr(JxStore) store = NULL;
  g_autoptr(JxReport) report = NULL;
  GError *error = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  store = jx_store_open (job->database, JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store != NULL)
    report = jx_report_load (store, job->department, job->year, &error);
  if (report == NULL)
    {
      g_prefix_error (&error, _("Could not write “%s”: "), display);
      g_task_return_error (task, error);
      return;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, &error) ||
      !jx_report_write (report, job->path, job->format, progress_cb, job, cancellable, &error))
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
  JxReportExportDialog *self = JX_REPORT_EXPORT_DIALOG (source);
  g_autoptr(GTask) task = user_data;
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean written;

  written = g_task_propagate_boolean (G_TASK (result), &error);
  g_clear_object (&self->cancellable);

  /* Closed while writing: the dialog goes now that the thread is done. */
  if (self->closing && !self->disposed)
    gtk_window_destroy (GTK_WINDOW (self));
  else if (!self->disposed)
    {
      set_running (self, FALSE);
      if (written)
        show_saved (self, job->path);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_status (self, _("Cancelled"), FALSE);
      else
        show_status (self, error->message, TRUE);
    }

  if (written)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/**
 * jx_report_export_dialog_export_to:
 * @self: a #JxReportExportDialog
 * @path: the file; the chosen format's extension is added when it is
 *   not there
 * @callback: (nullable): called when the file is written, or not
 * @user_data: for @callback
 *
 * Writes the report in the chosen format, in a thread, as “Export…” does
 * after the file chooser, and says how it went.
 */
void
jx_report_export_dialog_export_to (JxReportExportDialog *self,
                                   const char           *path,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) thread_task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *status = NULL;
  ExportJob *job;

  g_return_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, jx_report_export_dialog_export_to);

  if (self->cancellable != NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY, _("A report is being exported already."));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->database = g_strdup (self->database);
  job->department = g_strdup (self->department);
  job->year = self->year;
  job->format = jx_report_export_dialog_get_format (self);
  job->path = jx_save_chooser_add_extension (path, formats[job->format].extension);
  job->context = g_main_context_ref_thread_default ();
  job->dialog = self;
  job->generation = ++self->generation;
  job->last_permille = -1;

  name = g_filename_display_basename (job->path);
  status = g_strdup_printf (_("Writing “%s”…"), name);
  self->cancellable = g_cancellable_new ();
  set_running (self, TRUE);
  show_status (self, status, FALSE);

  thread_task = g_task_new (self, self->cancellable, export_finished_cb, g_steal_pointer (&task));
  g_task_set_source_tag (thread_task, export_thread);
  /* A report written whole as Cancel was pressed is said to be. */
  g_task_set_check_cancellable (thread_task, FALSE);
  g_task_set_task_data (thread_task, job, export_job_free);
  g_task_run_in_thread (thread_task, export_thread);
}

gboolean
jx_report_export_dialog_export_to_finish (JxReportExportDialog  *self,
                                          GAsyncResult          *result,
                                          GError               **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * jx_report_export_dialog_cancel:
 * @self: a #JxReportExportDialog
 *
 * Stops the export under way, as Cancel does while it runs; the file is
 * not written, and one that was there is left as it was.
 */
void
jx_report_export_dialog_cancel (JxReportExportDialog *self)
{
  g_return_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self));

  if (self->cancellable == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (self->cancel_button, FALSE);
  show_status (self, _("Cancelling…"), FALSE);
}

gboolean
jx_report_export_dialog_is_running (JxReportExportDialog *self)
{
  g_return_val_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

double
jx_report_export_dialog_get_fraction (JxReportExportDialog *self)
{
  g_return_val_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self), 0.0);

  return self->fraction;
}

/* What the dialog says under the formats: what it is writing, that it
 * was cancelled, or why the file was not written. */
const char *
jx_report_export_dialog_get_status (JxReportExportDialog *self)
{
  g_return_val_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self), NULL);

  return gtk_widget_get_visible (self->progress_box) ? gtk_label_get_text (self->status_label) : "";
}

gboolean
jx_report_export_dialog_get_status_is_error (JxReportExportDialog *self)
{
  g_return_val_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self), FALSE);

  return gtk_widget_has_css_class (GTK_WIDGET (self->status_label), "error");
}

/* The chooser confirmed replacing the name as typed; with the extension
 * added it is another file, which is replaced only when confirmed too. */
static void
replace_confirmed (GtkWindow  *parent,
                   const char *path)
{
  jx_report_export_dialog_export_to (JX_REPORT_EXPORT_DIALOG (parent), path, NULL, NULL);
}

static void
chooser_responded_cb (JxReportExportDialog *self,
                      int                   response)
{
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (&self->chooser);
  g_autofree char *path = NULL;
  gboolean ask_to_replace;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  path = jx_save_chooser_get_path (chooser, formats[jx_report_export_dialog_get_format (self)].extension,
                                   &last_folder, &ask_to_replace);
  if (path == NULL)
    show_status (self, _("Reports can be saved in folders of this computer only."), TRUE);
  else if (ask_to_replace)
    jx_replace_dialog_present_file (GTK_WINDOW (self), path, replace_confirmed);
  else
    jx_report_export_dialog_export_to (self, path, NULL, NULL);
}

static void
export_clicked_cb (JxReportExportDialog *self)
{
  g_autofree char *name = jx_report_export_dialog_get_file_name (self);
  JxReportFormat format = jx_report_export_dialog_get_format (self);

  if (self->cancellable != NULL || self->chooser != NULL)
    return;

  self->chooser = jx_save_chooser_new (GTK_WINDOW (self), _("Export Report"), _(formats[format].filter_name),
                                       formats[format].extension, formats[format].mime_type, last_folder, name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_responded_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Cancel stops the export while it runs, and closes the dialog when
 * none does. */
static void
cancel_clicked_cb (JxReportExportDialog *self)
{
  if (self->cancellable != NULL)
    jx_report_export_dialog_cancel (self);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
jx_report_export_dialog_close_request (GtkWindow *window)
{
  JxReportExportDialog *self = JX_REPORT_EXPORT_DIALOG (window);

  /* Closing stops the export; the dialog goes once the thread has
   * stopped, as nothing is left to say. */
  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      self->closing = TRUE;
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return TRUE;
    }

  return GTK_WINDOW_CLASS (jx_report_export_dialog_parent_class)->close_request (window);
}

static void
jx_report_export_dialog_dispose (GObject *object)
{
  JxReportExportDialog *self = JX_REPORT_EXPORT_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_weak_pointer (&self->parent_overlay);

  G_OBJECT_CLASS (jx_report_export_dialog_parent_class)->dispose (object);
}

static void
jx_report_export_dialog_finalize (GObject *object)
{
  JxReportExportDialog *self = JX_REPORT_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);
  g_free (self->database);
  g_free (self->department);

  G_OBJECT_CLASS (jx_report_export_dialog_parent_class)->finalize (object);
}

static void
jx_report_export_dialog_class_init (JxReportExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = jx_report_export_dialog_dispose;
  object_class->finalize = jx_report_export_dialog_finalize;
  window_class->close_request = jx_report_export_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-report-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, subject_group);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, format_group);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, department_label);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, year_label);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, pdf_check);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, xlsx_check);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, csv_check);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, JxReportExportDialog, status_label);
  /* Named for the tests. */
  gtk_widget_class_bind_template_child_full (widget_class, "pdf_row", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "xlsx_row", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "csv_row", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_toggled_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
jx_report_export_dialog_init (JxReportExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Enter exports; the format is a click away. */
  gtk_window_set_default_widget (GTK_WINDOW (self), self->export_button);
  gtk_window_set_focus (GTK_WINDOW (self), self->export_button);
}

/* GTK 4.8 leaves a destroyed dialog pointing at its parent when the
 * parent goes first, as it may while an export still holds the dialog;
 * its last unref would then touch the freed parent. */
static void
parent_destroyed_cb (JxReportExportDialog *self)
{
  gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
  gtk_window_destroy (GTK_WINDOW (self));
}

/**
 * jx_report_export_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @database: the database file, opened again read-only to write the report
 * @department: the department's name
 * @year: the year reported on
 * @settings: (nullable): where the chosen format is remembered; without,
 *   it is remembered for the session
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
JxReportExportDialog *
jx_report_export_dialog_new (GtkWindow  *parent,
                             const char *database,
                             const char *department,
                             gint64      year,
                             GSettings  *settings)
{
  JxReportExportDialog *self;
  g_autofree char *year_text = NULL;
  JxReportFormat format = session_format;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (database != NULL, NULL);
  g_return_val_if_fail (department != NULL, NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (JX_TYPE_REPORT_EXPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  if (parent != NULL)
    g_signal_connect_object (parent, "destroy", G_CALLBACK (parent_destroyed_cb), self, G_CONNECT_SWAPPED);

  self->database = g_strdup (database);
  self->department = g_strdup (department);
  self->year = year;
  g_set_object (&self->settings, settings);

  year_text = g_strdup_printf ("%d", (int) year);
  gtk_label_set_text (self->department_label, department);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->department_label), department);
  gtk_label_set_text (self->year_label, year_text);

  if (has_format_key (settings))
    format = g_settings_get_enum (settings, "report-format");
  if (format >= G_N_ELEMENTS (formats))
    format = JX_REPORT_FORMAT_PDF;

  self->updating = TRUE;
  gtk_check_button_set_active (get_check (self, format), TRUE);
  self->updating = FALSE;

  return self;
}

/**
 * jx_report_export_dialog_set_toast_overlay:
 * @self: a #JxReportExportDialog
 * @overlay: (nullable): the window's toast overlay
 *
 * Says where to tell that the report is written: with an overlay, the
 * dialog closes after a successful export and the toast shows on the
 * window; without, it stays open and shows the toast itself.
 */
void
jx_report_export_dialog_set_toast_overlay (JxReportExportDialog *self,
                                           AdwToastOverlay      *overlay)
{
  g_return_if_fail (JX_IS_REPORT_EXPORT_DIALOG (self));
  g_return_if_fail (overlay == NULL || ADW_IS_TOAST_OVERLAY (overlay));

  g_set_weak_pointer (&self->parent_overlay, overlay);
}
