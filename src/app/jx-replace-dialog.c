/* jx-replace-dialog.c: asking before something is replaced
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-replace-dialog.h"

static void
replace_responded_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GtkWindow        *parent)
{
  JxReplaceConfirmedFunc confirmed = g_object_get_data (G_OBJECT (dialog), "jx-confirmed");

  if (g_str_equal (response, "replace"))
    confirmed (parent, g_object_get_data (G_OBJECT (dialog), "jx-path"));
}

/**
 * jx_replace_dialog_present:
 * @parent: the window that asks
 * @heading: the question
 * @body: what replacing means
 * @path: what would be replaced, handed to @confirmed
 * @confirmed: called with @parent and @path if the user replaces
 *
 * Asks whether to replace, with "Cancel" as the default and "Replace"
 * marked destructive. Nothing is called when @parent goes first.
 */
void
jx_replace_dialog_present (GtkWindow              *parent,
                           const char             *heading,
                           const char             *body,
                           const char             *path,
                           JxReplaceConfirmedFunc  confirmed)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "jx-path", g_strdup (path), g_free);
  g_object_set_data (G_OBJECT (dialog), "jx-confirmed", confirmed);
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_responded_cb), parent, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * jx_replace_dialog_present_file:
 * @parent: the window that asks
 * @path: a file that exists
 * @confirmed: called with @parent and @path if the user replaces it
 *
 * Asks whether to replace the file @path.
 */
void
jx_replace_dialog_present_file (GtkWindow              *parent,
                                const char             *path,
                                JxReplaceConfirmedFunc  confirmed)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *display_folder = g_filename_display_name (folder);
  g_autofree char *heading = g_strdup_printf (_("Replace “%s”?"), name);
  g_autofree char *body = g_strdup_printf (_("A file with this name already exists in “%s”. Replacing it overwrites what it holds."),
                                           display_folder);

  jx_replace_dialog_present (parent, heading, body, path, confirmed);
}
