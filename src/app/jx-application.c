/* jx-application.c: the Jixiao application
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Started without files, Jixiao opens the default database (created with
 * the sample data on first start); given database files, it opens a
 * window on each.  Given exchange files (*.json, as a double-click in the
 * file manager gives them), it imports them into the window in front, or
 * into the database it would open without files.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jixiao-core.h"
#include "jx-application.h"
#include "jx-benchmark-hooks.h"
#include "jx-window-private.h"

struct _JxApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (JxApplication, jx_application, ADW_TYPE_APPLICATION)

static JxWindow *
present_window_on (JxApplication *self,
                   JxStore       *store,
                   const GError  *error)
{
  JxWindow *window = jx_window_new (ADW_APPLICATION (self), store, error);

  gtk_window_present (GTK_WINDOW (window));
  jx_benchmark_hooks_attach (window);

  return window;
}

/* Installed, the schema is where GSettings looks; run from the build
 * directory, it is in the build directory. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema == NULL)
    {
      g_autoptr(GSettingsSchemaSource) build_source =
        g_settings_schema_source_new_from_directory (BUILD_SCHEMA_DIR, source, FALSE, NULL);

      if (build_source != NULL)
        schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
    }

  if (schema == NULL)
    {
      g_warning ("The settings schema %s is not installed: window size and recent databases are not remembered", APP_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * jx_application_get_settings:
 * @self: the application
 *
 * Returns: (transfer none) (nullable): the settings of Jixiao, %NULL when
 *   its schema is nowhere to be found
 */
GSettings *
jx_application_get_settings (JxApplication *self)
{
  g_return_val_if_fail (JX_IS_APPLICATION (self), NULL);

  return self->settings;
}

/* The database open when Jixiao was closed, if it is still there, or the
 * default one. */
static JxWindow *
present_startup_window (JxApplication *self)
{
  g_autofree char *last = NULL;
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (self->settings != NULL)
    last = g_settings_get_string (self->settings, "last-database");

  if (last != NULL && last[0] != '\0' && g_file_test (last, G_FILE_TEST_IS_REGULAR))
    store = jx_store_open (last, JX_STORE_OPEN_FLAGS_NONE, &error);
  else
    store = jx_default_store_open (&error);

  return present_window_on (self, store, error);
}

static void
jx_application_activate (GApplication *application)
{
  JxApplication *self = JX_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  present_startup_window (self);
}

/* Exchange files are JSON; everything else is taken for a database. */
static gboolean
is_exchange_file (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *folded = basename != NULL ? g_utf8_casefold (basename, -1) : NULL;

  return folded != NULL && g_str_has_suffix (folded, ".json");
}

/* Into the window in front (the last one opened), or a new window on the
 * database Jixiao starts with; a conflict asks whether to replace. */
static void
import_exchange_file (JxApplication *self,
                      GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);
  JxWindow *window = NULL;

  /* The application's windows, the most recently focused first. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL && window == NULL; l = l->next)
    if (JX_IS_WINDOW (l->data))
      window = l->data;

  if (window == NULL)
    window = present_startup_window (self);

  gtk_window_present (GTK_WINDOW (window));

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                             _("“%s” is not a local file; Jixiao opens files on this computer only"),
                                             uri);

      jx_window_show_error (window, _("The File Was Not Imported"), error);
    }
  else if (window->store == NULL)
    {
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_FAILED,
                                             _("No database is open to import “%s” into"), path);

      jx_window_show_error (window, _("The File Was Not Imported"), error);
    }
  else
    jx_window_import_json (window, path, JX_IMPORT_FLAGS_NONE);
}

static void
jx_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  JxApplication *self = JX_APPLICATION (application);

  /* The databases first, so that exchange files given with them go into
   * the last one. */
  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(JxStore) store = NULL;
      g_autoptr(GError) error = NULL;

      if (is_exchange_file (files[i]))
        continue;

      path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);

          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("“%s” is not a local file; Jixiao opens databases on this computer only"), uri);
        }
      else
        store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);

      present_window_on (self, store, error);
    }

  for (int i = 0; i < n_files; i++)
    if (is_exchange_file (files[i]))
      import_exchange_file (self, files[i]);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closed, the windows save what is being typed in them. */
  while (windows != NULL)
    {
      GList *next = windows->next;

      gtk_window_close (GTK_WINDOW (windows->data));
      windows = next;
    }

  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  static const char *developers[] = { "The Jixiao authors", NULL };
  GtkApplication *application = GTK_APPLICATION (user_data);

  adw_show_about_window (gtk_application_get_active_window (application),
                         "application-name", _("Jixiao"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Budget performance self-evaluation for government departments: "
                                       "budgets, projects and indicators, scored by the official rules, "
                                       "checked for arithmetic slips and drawn as charts."),
                         "developer-name", _("The Jixiao authors"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "copyright", "© 2026 The Jixiao authors",
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
jx_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
    { "about", about_activated },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (jx_application_parent_class)->startup (application);

  JX_APPLICATION (application)->settings = create_settings ();

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static void
jx_application_dispose (GObject *object)
{
  JxApplication *self = JX_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (jx_application_parent_class)->dispose (object);
}

static void
jx_application_class_init (JxApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = jx_application_dispose;

  application_class->activate = jx_application_activate;
  application_class->open = jx_application_open;
  application_class->startup = jx_application_startup;
}

static void
jx_application_init (JxApplication *self)
{
}

JxApplication *
jx_application_new (void)
{
  return g_object_new (JX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/jixiao/Jixiao",
                       NULL);
}
