/* jx-file-toast.h: a toast that says a file was saved and opens it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void jx_file_toast_add (AdwToastOverlay *overlay,
                        const char      *title,
                        const char      *path);

G_END_DECLS
