/* jx-store-private.h: what only the core library may call
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "jx-store.h"

G_BEGIN_DECLS

/* "JXAO": marks an SQLite file as a Jixiao database (PRAGMA application_id). */
#define JX_STORE_APPLICATION_ID 0x4A58414F

guint        jx_store_schema_get_version   (void);
const char  *jx_store_schema_get_migration (guint version);

/* For tests: make every write fail as if the file had become read-only. */
void         jx_store_set_query_only       (JxStore  *self,
                                            gboolean  query_only);

G_END_DECLS
