/* jx-window-actions.c: what the window's menus, buttons and keys do
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo; new, open and recent databases; new departments and
 * years; import and export of JSON exchange files, which run in a thread
 * on a connection of their own while the window shows that they are
 * under way; showing the panes.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-chart-clipboard.h"
#include "jx-chart-export-dialog.h"
#include "jx-chart-printer.h"
#include "jx-replace-dialog.h"
#include "jx-report-export-dialog.h"
#include "jx-window-private.h"

/* Undo and redo */

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!jx_history_undo (jx_workspace_get_history (self->workspace), &error))
    jx_window_show_error (self, _("Could Not Undo"), error);
}

static void
redo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!jx_history_redo (jx_workspace_get_history (self->workspace), &error))
    jx_window_show_error (self, _("Could Not Redo"), error);
}

/**
 * jx_window_update_actions:
 * @self: a window
 *
 * Enables what can be done now, and says in the tooltips of undo and
 * redo what they would do.
 */
void
jx_window_update_actions (JxWindow *self)
{
  /* While an import or export runs, nothing may write to the database
   * or open another: the work would be lost with the reload that ends
   * it, or wait on the database's lock. */
  gboolean busy = self->cancellable != NULL;
  JxHistory *history = self->workspace != NULL && !busy ? jx_workspace_get_history (self->workspace) : NULL;
  gboolean has_store = self->workspace != NULL && !busy;
  gboolean has_year = has_store && jx_workspace_get_year (self->workspace) != NULL;
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", history != NULL && jx_history_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", history != NULL && jx_history_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-database", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-database", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-recent", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-department", has_store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-year", has_store && jx_workspace_get_department (self->workspace) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-year", has_year);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report", has_year);
  if (history != NULL && jx_history_can_undo (history))
    undo_tooltip = g_strdup_printf (_("Undo: %s"), jx_history_get_undo_label (history));
  if (history != NULL && jx_history_can_redo (history))
    redo_tooltip = g_strdup_printf (_("Redo: %s"), jx_history_get_redo_label (history));

  gtk_widget_set_tooltip_text (self->undo_button, undo_tooltip != NULL ? undo_tooltip : _("Undo"));
  gtk_widget_set_tooltip_text (self->redo_button, redo_tooltip != NULL ? redo_tooltip : _("Redo"));
}

/* Databases */

static GtkFileFilter *
database_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Jixiao databases"));
  gtk_file_filter_add_pattern (filter, "*.jixiao");
  gtk_file_filter_add_mime_type (filter, "application/x-jixiao");
  return filter;
}

static GtkFileFilter *
json_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Jixiao exchange files (JSON)"));
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  return filter;
}

typedef void (*ChosenFunc) (JxWindow *self, const char *path);

static void
chooser_responded_cb (GtkNativeDialog *chooser,
                      int              response,
                      JxWindow        *self)
{
  ChosenFunc chosen = (ChosenFunc) g_object_get_data (G_OBJECT (chooser), "jx-chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        chosen (self, path);
      else
        jx_window_show_toast (self, _("Jixiao works with files on this computer only"));
    }

  g_object_unref (chooser);
  g_object_unref (self);
}

static void
choose_file (JxWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept_label,
             GtkFileFilter        *filter,
             const char           *suggested_name,
             ChosenFunc            chosen)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, NULL);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  g_object_set_data (G_OBJECT (chooser), "jx-chosen", (gpointer) chosen);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_responded_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static char *
with_extension (const char *path,
                const char *extension)
{
  if (g_str_has_suffix (path, extension))
    return g_strdup (path);

  return g_strconcat (path, extension, NULL);
}

static void
new_database_chosen (JxWindow   *self,
                     const char *chosen)
{
  g_autofree char *path = with_extension (chosen, ".jixiao");

  /* The chooser asked before replacing a file; a database is not
   * replaced by an empty one all the same, it is opened. */
  if (jx_window_open_path (self, path, JX_STORE_OPEN_FLAGS_CREATE))
    jx_window_show_toast (self, _("The new database is saved as you enter data"));
}

static void
new_database_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  choose_file (JX_WINDOW (widget), _("New Database"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"),
               database_filter (), _("Performance.jixiao"), new_database_chosen);
}

static void
open_database_chosen (JxWindow   *self,
                      const char *path)
{
  jx_window_open_path (self, path, JX_STORE_OPEN_FLAGS_NONE);
}

static void
open_database_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  choose_file (JX_WINDOW (widget), _("Open Database"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"),
               database_filter (), NULL, open_database_chosen);
}

static void
open_recent_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  jx_window_open_path (JX_WINDOW (widget), g_variant_get_string (parameter, NULL), JX_STORE_OPEN_FLAGS_NONE);
}

/* New departments and years */

typedef void (*NamedFunc) (JxWindow *self, const char *text);

static void
ask_responded_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  JxWindow         *self)
{
  NamedFunc named = (NamedFunc) g_object_get_data (G_OBJECT (dialog), "jx-named");
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));

  if (g_str_equal (response, "add"))
    named (self, gtk_editable_get_text (entry));
}

static void
ask_entry_activated_cb (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "add");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
ask_text (JxWindow   *self,
          const char *heading,
          const char *body,
          const char *initial,
          NamedFunc   named)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), initial);
  g_signal_connect (entry, "activate", G_CALLBACK (ask_entry_activated_cb), dialog);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "jx-named", (gpointer) named);
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_responded_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static gboolean
department_exists (JxWindow   *self,
                   const char *name)
{
  GPtrArray *departments = jx_workspace_get_departments (self->workspace, NULL);

  for (guint i = 0; departments != NULL && i < departments->len; i++)
    if (g_str_equal (jx_department_get_name (g_ptr_array_index (departments, i)), name))
      return TRUE;

  return FALSE;
}

/**
 * jx_window_add_department:
 * @self: a window
 * @name: the new department's name
 * @error: return location for an error
 *
 * Adds a department with a year, the current one, and selects it.
 *
 * Returns: whether it was added
 */
gboolean
jx_window_add_department (JxWindow    *self,
                          const char  *name,
                          GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));
  g_autoptr(JxDepartment) department = NULL;
  g_autoptr(JxDepartmentYear) year = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  JxHistory *history = jx_workspace_get_history (self->workspace);
  GPtrArray *departments;

  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("A department needs a name"));
      return FALSE;
    }

  if (department_exists (self, stripped))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("There is a department named “%s” already"), stripped);
      return FALSE;
    }

  departments = jx_workspace_get_departments (self->workspace, error);
  if (departments == NULL)
    return FALSE;

  department = jx_department_new ();
  jx_department_set_name (department, stripped);
  year = jx_department_year_new ();
  jx_department_year_set_year (year, g_date_time_get_year (now));
  jx_record_append_child (JX_RECORD (department), "years", JX_RECORD (year));

  if (!jx_history_insert (history, NULL, JX_HISTORY_DEPARTMENTS, departments->len, JX_RECORD (department), error))
    return FALSE;

  return jx_workspace_select_year (self->workspace, department, year, error);
}

static void
department_named (JxWindow   *self,
                  const char *name)
{
  g_autoptr(GError) error = NULL;

  if (!jx_window_add_department (self, name, &error))
    jx_window_show_error (self, _("The Department Was Not Added"), error);
  else
    jx_window_show_pane (self, "department");
}

static void
new_department_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ask_text (JX_WINDOW (widget), _("New Department"),
            _("The department's name as the reports write it, such as 某某市科学技术局."), "", department_named);
}

/**
 * jx_window_add_year:
 * @self: a window
 * @text: the year, as the user typed it
 * @error: return location for an error
 *
 * Adds a year to the selected department and selects it.
 *
 * Returns: whether it was added
 */
gboolean
jx_window_add_year (JxWindow    *self,
                    const char  *text,
                    GError     **error)
{
  JxDepartment *department = jx_workspace_get_department (self->workspace);
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();
  GPtrArray *years;
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (year), "year");
  gint64 number;

  g_return_val_if_fail (department != NULL, FALSE);

  g_value_init (&value, pspec->value_type);
  if (!jx_field_value_from_text (pspec, text, &value, error))
    return FALSE;

  number = g_value_get_int64 (&value);
  if (number == JX_UNSET)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, _("Enter the year, such as 2021"));
      return FALSE;
    }

  years = jx_department_get_years (department);
  for (guint i = 0; i < years->len; i++)
    if (jx_department_year_get_year (g_ptr_array_index (years, i)) == number)
      {
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("%s has the year %d already"),
                     jx_department_get_name (department), (int) number);
        return FALSE;
      }

  jx_department_year_set_year (year, number);
  if (!jx_history_insert (jx_workspace_get_history (self->workspace), JX_RECORD (department), "years",
                          years->len, JX_RECORD (year), error))
    return FALSE;

  return jx_workspace_select_year (self->workspace, department, year, error);
}

static void
year_named (JxWindow   *self,
            const char *text)
{
  g_autoptr(GError) error = NULL;

  if (!jx_window_add_year (self, text, &error))
    jx_window_show_error (self, _("The Year Was Not Added"), error);
  else
    jx_window_show_pane (self, "department");
}

static void
new_year_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  JxDepartment *department = jx_workspace_get_department (self->workspace);
  g_autofree char *body = NULL;
  g_autofree char *initial = NULL;
  GPtrArray *years;
  gint64 latest = 0;

  if (department == NULL)
    return;

  years = jx_department_get_years (department);
  for (guint i = 0; i < years->len; i++)
    latest = MAX (latest, jx_department_year_get_year (g_ptr_array_index (years, i)));

  if (latest == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      latest = g_date_time_get_year (now) - 1;
    }

  body = g_strdup_printf (_("Which year of %s is to be evaluated?"), jx_department_get_name (department));
  initial = g_strdup_printf ("%d", (int) latest + 1);
  ask_text (self, _("New Year"), body, initial, year_named);
}

static void
undo_clicked_cb (AdwToast *toast,
                 JxWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.undo", NULL);
}

static void
delete_year_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  JxDepartment *department = jx_workspace_get_department (self->workspace);
  JxDepartmentYear *year = jx_workspace_get_year (self->workspace);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GPtrArray *years;
  guint position;
  AdwToast *toast;

  if (year == NULL)
    return;

  years = jx_department_get_years (department);
  if (!g_ptr_array_find (years, year, &position))
    return;

  message = g_strdup_printf (_("Deleted %s %d"), jx_department_get_name (department),
                             (int) jx_department_year_get_year (year));
  if (!jx_history_remove (jx_workspace_get_history (self->workspace), JX_RECORD (department), "years",
                          position, &error))
    {
      jx_window_show_error (self, _("The Year Was Not Deleted"), error);
      return;
    }

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Import and export of exchange files */

typedef struct {
  char            *database;
  char            *file;
  char            *department;
  gint64           year;
  JxImportFlags    flags;
  JxImportSummary  summary;
} ExchangeJob;

static void
exchange_job_free (ExchangeJob *job)
{
  g_free (job->database);
  g_free (job->file);
  g_free (job->department);
  jx_import_summary_clear (&job->summary);
  g_free (job);
}

/* In a thread, on a connection of its own: the window's connection is
 * not touched while the window waits. */
static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExchangeJob *job = task_data;
  g_autoptr(JxStore) store = NULL;
  GError *error = NULL;

  store = jx_store_open (job->database, JX_STORE_OPEN_FLAGS_NONE, &error);
  if (store == NULL || !jx_exchange_import_file (store, job->file, job->flags, &job->summary, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
replace_confirmed (GtkWindow  *parent,
                   const char *file)
{
  jx_window_import_json (JX_WINDOW (parent), file, JX_IMPORT_FLAGS_REPLACE);
}

static void
ask_replace (JxWindow     *self,
             const char   *file,
             const GError *error)
{
  g_autofree char *body = g_strdup_printf (_("%s\n\nReplacing them deletes what is entered for those years in this "
                                             "database, and cannot be undone."), error->message);

  jx_replace_dialog_present (GTK_WINDOW (self), _("Replace Years Already Entered?"), body, file, replace_confirmed);
}

static void start_import (JxWindow    *self,
                          ExchangeJob *job);

static void
start_next_import (JxWindow *self)
{
  ExchangeJob *next = g_queue_pop_head (&self->pending_imports);

  if (next != NULL)
    start_import (self, next);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  JxWindow *self = JX_WINDOW (source);
  ExchangeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  jx_window_end_work (self);

  /* The window was closed while the file was read: nobody to tell. */
  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      jx_window_clear_pending_imports (self);
      return;
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT))
        ask_replace (self, job->file, error);
      else
        jx_window_show_error (self, _("The File Was Not Imported"), error);
      start_next_import (self);
      return;
    }

  jx_window_reload (self);
  message = g_strdup_printf (_("Imported %u departments, %u years, %u projects and %u indicators"),
                             job->summary.n_departments, job->summary.n_years,
                             job->summary.n_projects, job->summary.n_indicators);
  jx_window_show_toast (self, message);
  start_next_import (self);
}

static void
start_import (JxWindow    *self,
              ExchangeJob *job)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_path_get_basename (job->file);
  g_autofree char *message = g_strdup_printf (_("Importing “%s”…"), basename);

  g_free (job->database);
  job->database = g_strdup (jx_store_get_path (self->store));

  jx_window_begin_work (self, message);
  task = g_task_new (self, self->cancellable, import_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) exchange_job_free);
  g_task_run_in_thread (task, import_in_thread);
}

/**
 * jx_window_import_json:
 * @self: a window
 * @file: an exchange file
 * @flags: whether to replace the years already in the database
 *
 * Reads the exchange file into the database in a thread, showing that it
 * is under way; a conflict asks whether to replace.
 */
void
jx_window_import_json (JxWindow      *self,
                       const char    *file,
                       JxImportFlags  flags)
{
  ExchangeJob *job = g_new0 (ExchangeJob, 1);

  job->file = g_strdup (file);
  job->flags = flags;

  /* Files opened together are imported one after the other. */
  if (self->cancellable != NULL)
    g_queue_push_tail (&self->pending_imports, job);
  else
    start_import (self, job);
}

/**
 * jx_window_clear_pending_imports:
 * @self: a window
 *
 * Forgets the files waiting to be imported, as the window closes.
 */
void
jx_window_clear_pending_imports (JxWindow *self)
{
  g_queue_clear_full (&self->pending_imports, (GDestroyNotify) exchange_job_free);
}

static void
import_chosen (JxWindow   *self,
               const char *path)
{
  jx_window_import_json (self, path, JX_IMPORT_FLAGS_NONE);
}

static void
import_json_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  choose_file (JX_WINDOW (widget), _("Import JSON"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"),
               json_filter (), NULL, import_chosen);
}

static void
export_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ExchangeJob *job = task_data;
  g_autoptr(JxStore) store = NULL;
  GError *error = NULL;

  store = jx_store_open (job->database, JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store == NULL || !jx_exchange_export_file (store, job->file, job->department, job->year, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  JxWindow *self = JX_WINDOW (source);
  ExchangeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (job->file);
  g_autofree char *message = NULL;

  jx_window_end_work (self);

  if (!gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      jx_window_clear_pending_imports (self);
      return;
    }

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      jx_window_show_error (self, _("The File Was Not Exported"), error);
      start_next_import (self);
      return;
    }

  message = g_strdup_printf (_("Exported “%s”"), basename);
  jx_window_show_toast (self, message);
  start_next_import (self);
}

/**
 * jx_window_export_json:
 * @self: a window
 * @path: the file to write
 * @department: (nullable): only this department
 * @year: only this year, or 0
 *
 * Writes the exchange file in a thread, showing that it is under way.
 */
void
jx_window_export_json (JxWindow   *self,
                       const char *path,
                       const char *department,
                       gint64      year)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *message = g_strdup_printf (_("Exporting “%s”…"), basename);
  ExchangeJob *job = g_new0 (ExchangeJob, 1);

  job->database = g_strdup (jx_store_get_path (self->store));
  job->file = with_extension (path, ".json");
  job->department = g_strdup (department);
  job->year = year;

  jx_window_begin_work (self, message);
  task = g_task_new (self, self->cancellable, export_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) exchange_job_free);
  g_task_run_in_thread (task, export_in_thread);
}

static void
export_all_chosen (JxWindow   *self,
                   const char *path)
{
  jx_window_export_json (self, path, NULL, 0);
}

static void
export_year_chosen (JxWindow   *self,
                    const char *path)
{
  jx_window_export_json (self, path,
                         jx_department_get_name (jx_workspace_get_department (self->workspace)),
                         jx_department_year_get_year (jx_workspace_get_year (self->workspace)));
}

static void
export_json_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  g_autofree char *basename = g_path_get_basename (jx_store_get_path (self->store));
  g_autofree char *stem = g_strndup (basename, strcspn (basename, "."));
  g_autofree char *suggested = g_strconcat (stem, ".json", NULL);

  choose_file (self, _("Export Database as JSON"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
               json_filter (), suggested, export_all_chosen);
}

static void
export_year_json_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  g_autofree char *suggested = g_strdup_printf ("%s-%d.json",
                                                jx_department_get_name (jx_workspace_get_department (self->workspace)),
                                                (int) jx_department_year_get_year (jx_workspace_get_year (self->workspace)));

  choose_file (self, _("Export Selected Year as JSON"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
               json_filter (), suggested, export_year_chosen);
}

/* Charts of the dashboard: export, copy, print */

static GPtrArray *
build_charts (JxWindow *self,
              GVariant *parameter)
{
  GPtrArray *charts = jx_dashboard_pane_build_charts (self->dashboard_pane, g_variant_get_string (parameter, NULL));

  if (charts == NULL || charts->len == 0)
    {
      g_clear_pointer (&charts, g_ptr_array_unref);
      jx_window_show_toast (self, _("There is no chart to show for this year yet"));
    }

  return charts;
}

static void
export_chart_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  GPtrArray *charts = build_charts (self, parameter);
  g_autofree char *basename = NULL;
  JxChartExportDialog *dialog;

  if (charts == NULL)
    return;

  basename = g_strdup_printf ("%s-%d-%s",
                              jx_department_get_name (jx_workspace_get_department (self->workspace)),
                              (int) jx_department_year_get_year (jx_workspace_get_year (self->workspace)),
                              g_variant_get_string (parameter, NULL));
  dialog = jx_chart_export_dialog_present (GTK_WINDOW (self), charts, basename);
  jx_chart_export_dialog_set_toast_overlay (dialog, self->toast_overlay);
}

static void
copy_chart_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  g_autoptr(GPtrArray) charts = build_charts (self, parameter);

  if (charts == NULL)
    return;

  /* A page-wide chart, sharp when pasted into a document. */
  jx_chart_copy_to_clipboard (gtk_widget_get_clipboard (widget), g_ptr_array_index (charts, 0), 720, 450, 2);
  jx_window_show_toast (self, _("Chart copied: paste it into your report"));
}

static void
print_chart_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  GPtrArray *charts = build_charts (self, parameter);
  g_autoptr(GError) error = NULL;

  if (charts != NULL && !jx_chart_print (GTK_WINDOW (self), charts, &error))
    jx_window_show_error (self, _("The Charts Were Not Printed"), error);
}

/* Reports */

/* The report only reads, on a connection of its own: the window is not
 * held while it is written, and its dialog is modal. */
static void
export_report_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);
  JxDepartment *department = jx_workspace_get_department (self->workspace);
  JxDepartmentYear *year = jx_workspace_get_year (self->workspace);
  JxReportExportDialog *dialog;

  if (year == NULL)
    return;

  dialog = jx_report_export_dialog_new (GTK_WINDOW (self), jx_store_get_path (self->store),
                                        jx_department_get_name (department),
                                        jx_department_year_get_year (year), self->settings);
  jx_report_export_dialog_set_toast_overlay (dialog, self->toast_overlay);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Panes */

static void
show_pane_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  jx_window_show_pane (JX_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_indicators_activated (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  jx_window_show_pane (JX_WINDOW (widget), "indicators");
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JxWindow *self = JX_WINDOW (widget);

  adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_first_child (GTK_WIDGET (self->leaflet)));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
jx_window_class_install_actions (GtkWidgetClass *widget_class)
{
  static const char * const panes[] = { "dashboard", "department", "projects", "indicators", "overview" };

  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_activated);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_activated);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_activated);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_activated);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_activated);
  gtk_widget_class_install_action (widget_class, "win.new-department", NULL, new_department_activated);
  gtk_widget_class_install_action (widget_class, "win.new-year", NULL, new_year_activated);
  gtk_widget_class_install_action (widget_class, "win.delete-year", NULL, delete_year_activated);
  gtk_widget_class_install_action (widget_class, "win.import-json", NULL, import_json_activated);
  gtk_widget_class_install_action (widget_class, "win.export-json", NULL, export_json_activated);
  gtk_widget_class_install_action (widget_class, "win.export-year-json", NULL, export_year_json_activated);
  gtk_widget_class_install_action (widget_class, "win.export-chart", "s", export_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", "s", copy_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.print-chart", "s", print_chart_activated);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_activated);
  gtk_widget_class_install_action (widget_class, "win.show-pane", "s", show_pane_activated);
  gtk_widget_class_install_action (widget_class, "win.show-indicators", NULL, show_indicators_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-database", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-database", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import-json", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-json", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-chart", "s", "all");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-chart", "s", "all");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-report", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.show-pane", "s", panes[i]);
}
