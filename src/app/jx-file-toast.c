/* jx-file-toast.c: a toast that says a file was saved and opens it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-file-toast.h"

static void
open_clicked_cb (AdwToast  *toast,
                 GtkWidget *overlay)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "jx-uri");
  GtkRoot *root = gtk_widget_get_root (overlay);

  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

/**
 * jx_file_toast_add:
 * @overlay: where to show the toast
 * @title: what it says, in Pango markup ("Exported “a.png”")
 * @path: the file saved
 *
 * Shows @title with an "Open" button that opens @path in the program
 * the desktop opens such files with.
 */
void
jx_file_toast_add (AdwToastOverlay *overlay,
                   const char      *title,
                   const char      *path)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "jx-uri", g_filename_to_uri (path, NULL, NULL), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_clicked_cb), overlay, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}
