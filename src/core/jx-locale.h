/* jx-locale.h: where the programs find their translations
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *jx_locale_get_dir  (void);
void        jx_locale_init     (void);

G_END_DECLS
