/* jx-save-chooser.c: asking where to save an exported file
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The chart and report exports ask alike: a native save chooser in the
 * folder the last file of the kind went to, showing files of the format,
 * with the name offered; the file chosen gets the format's extension.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-save-chooser.h"

/**
 * jx_save_chooser_new:
 * @parent: the window that asks
 * @title: the chooser's title
 * @filter_name: what the files of the format are called ("PDF documents")
 * @extension: the format's extension, with its dot (".pdf")
 * @mime_type: (nullable): the format's MIME type
 * @folder: (nullable): the folder to start in
 * @suggested_name: the file name offered
 *
 * Returns: (transfer full): a modal save chooser, not yet shown
 */
GtkFileChooserNative *
jx_save_chooser_new (GtkWindow  *parent,
                     const char *title,
                     const char *filter_name,
                     const char *extension,
                     const char *mime_type,
                     GFile      *folder,
                     const char *suggested_name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, extension + 1);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);

  return chooser;
}

/**
 * jx_save_chooser_add_extension:
 * @path: a file name
 * @extension: an extension, with its dot
 *
 * Returns: (transfer full): @path, ending in @extension in any case
 */
char *
jx_save_chooser_add_extension (const char *path,
                               const char *extension)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, extension))
    return g_strdup (path);

  return g_strconcat (path, extension, NULL);
}

/**
 * jx_save_chooser_get_path:
 * @chooser: a chooser that was accepted
 * @extension: the format's extension, with its dot
 * @folder: (inout) (nullable): set to the folder of the file chosen
 * @ask_to_replace: (out): whether the path names a file that exists that
 *   the chooser did not ask about: the chooser confirmed replacing the
 *   name as typed, and the extension added makes it another file
 *
 * Returns: (transfer full) (nullable): the path to write, with the
 *   extension; %NULL when the file chosen is not in a local folder
 */
char *
jx_save_chooser_get_path (GtkFileChooserNative  *chooser,
                          const char            *extension,
                          GFile                **folder,
                          gboolean              *ask_to_replace)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *chosen = file != NULL ? g_file_get_path (file) : NULL;
  char *path;

  *ask_to_replace = FALSE;
  if (chosen == NULL)
    return NULL;

  g_clear_object (folder);
  *folder = g_file_get_parent (file);

  path = jx_save_chooser_add_extension (chosen, extension);
  *ask_to_replace = !g_str_equal (path, chosen) && g_file_test (path, G_FILE_TEST_EXISTS);

  return path;
}
