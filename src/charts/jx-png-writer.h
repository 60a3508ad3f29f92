/* jx-png-writer.h: an opaque image surface as a PNG file, quickly
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

gboolean jx_png_writer_write (cairo_surface_t  *surface,
                              const char       *file_path,
                              const char       *display_path,
                              GError          **error);

G_END_DECLS
