/* jx-save-chooser.h: asking where to save an exported file
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkFileChooserNative *jx_save_chooser_new           (GtkWindow             *parent,
                                                     const char            *title,
                                                     const char            *filter_name,
                                                     const char            *extension,
                                                     const char            *mime_type,
                                                     GFile                 *folder,
                                                     const char            *suggested_name);
char                 *jx_save_chooser_get_path      (GtkFileChooserNative  *chooser,
                                                     const char            *extension,
                                                     GFile                **folder,
                                                     gboolean              *ask_to_replace);
char                 *jx_save_chooser_add_extension (const char            *path,
                                                     const char            *extension);

G_END_DECLS
