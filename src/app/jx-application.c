/* jx-application.c: the Jixiao application
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Started without files, Jixiao opens the default database (created with
 * the sample data on first start); given database files, it opens a
 * window on each.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jixiao-core.h"
#include "jx-application.h"
#include "jx-window.h"

struct _JxApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (JxApplication, jx_application, ADW_TYPE_APPLICATION)

static void
present_window_on (JxApplication *self,
                   JxStore       *store,
                   const GError  *error)
{
  JxWindow *window = jx_window_new (ADW_APPLICATION (self), store, error);

  gtk_window_present (GTK_WINDOW (window));
}

static void
jx_application_activate (GApplication *application)
{
  JxApplication *self = JX_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  store = jx_default_store_open (&error);
  present_window_on (self, store, error);
}

static void
jx_application_open (GApplication  *application,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  JxApplication *self = JX_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);
      g_autoptr(JxStore) store = NULL;
      g_autoptr(GError) error = NULL;

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
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
jx_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "quit", quit_activated },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };

  G_APPLICATION_CLASS (jx_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions, G_N_ELEMENTS (actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
}

static void
jx_application_class_init (JxApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

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
