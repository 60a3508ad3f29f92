/* jx-default-store.h: the database Jixiao opens when given none
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-store.h"

G_BEGIN_DECLS

char    *jx_default_store_dup_path (void);
JxStore *jx_default_store_open     (GError **error);

G_END_DECLS
