/* jx-replace-dialog.h: asking before something is replaced
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * JxReplaceConfirmedFunc:
 * @parent: the window that asked
 * @path: the file the question was about
 *
 * Called when the user answers "Replace".
 */
typedef void (*JxReplaceConfirmedFunc) (GtkWindow  *parent,
                                        const char *path);

void jx_replace_dialog_present      (GtkWindow              *parent,
                                     const char             *heading,
                                     const char             *body,
                                     const char             *path,
                                     JxReplaceConfirmedFunc  confirmed);
void jx_replace_dialog_present_file (GtkWindow              *parent,
                                     const char             *path,
                                     JxReplaceConfirmedFunc  confirmed);

G_END_DECLS
