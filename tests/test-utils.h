/* test-utils.h: what the tests share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jixiao-core.h"

G_BEGIN_DECLS

char      *jx_test_make_dir        (void);
void       jx_test_remove_dir      (const char  *dir);
char      *jx_test_source_path     (const char  *relative);
JxStore   *jx_test_open_new_store  (const char  *dir,
                                    const char  *name);
JxStore   *jx_test_open_samples    (const char  *dir);
char      *jx_test_file_checksum   (const char  *path);
gint64     jx_test_count_rows      (JxStore     *store,
                                    const char  *table);

G_END_DECLS
