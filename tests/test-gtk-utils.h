/* test-gtk-utils.h: what the tests of the window and its panes share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean jx_test_gtk_init           (int         *argc,
                                     char      ***argv);
void     jx_test_wait_for_frames    (void);
gboolean jx_test_wait_until         (gboolean   (*condition) (gpointer data),
                                     gpointer     data);
void     jx_test_save_screenshot    (GtkWidget   *widget,
                                     const char  *name);
GPtrArray *jx_test_list_descendants (GtkWidget   *root,
                                     GType        type);
GtkWidget *jx_test_find_named       (GtkWidget   *root,
                                     const char  *name,
                                     const char  *data_key,
                                     gpointer     data);

G_END_DECLS
