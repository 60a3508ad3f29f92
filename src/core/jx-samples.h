/* jx-samples.h: the sample data, entered from four real reports
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-store.h"

G_BEGIN_DECLS

char     **jx_samples_list_names (void);
GBytes    *jx_samples_get_bytes  (const char  *name);
gboolean   jx_samples_import     (JxStore     *store,
                                  GError     **error);

G_END_DECLS
