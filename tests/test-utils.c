/* test-utils.c: what the tests share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "test-utils.h"

/* A new empty directory; remove it with jx_test_remove_dir(). */
char *
jx_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("jixiao-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
jx_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  if (handle == NULL)
    return;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_chmod (path, 0600);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        jx_test_remove_dir (path);
      else
        g_unlink (path);
    }

  g_rmdir (dir);
}

/* A file of the source tree, such as "data/samples/004-hengyang-2021.json". */
char *
jx_test_source_path (const char *relative)
{
  const char *root = g_getenv ("JX_TEST_SOURCE_DIR");

  g_assert_nonnull (root);
  return g_build_filename (root, relative, NULL);
}

JxStore *
jx_test_open_new_store (const char *dir,
                        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  JxStore *store = jx_store_open (path, JX_STORE_OPEN_FLAGS_CREATE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

/* A new database in @dir holding the four seed reports. */
JxStore *
jx_test_open_samples (const char *dir)
{
  g_autoptr(GError) error = NULL;
  JxStore *store = jx_test_open_new_store (dir, "samples.db");

  g_assert_true (jx_samples_import (store, &error));
  g_assert_no_error (error);
  return store;
}

char *
jx_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Counts the rows of @table, reading the file through a second
 * connection: what another program would see. */
gint64
jx_test_count_rows (JxStore    *store,
                    const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 count;

  g_assert_cmpint (sqlite3_open_v2 (jx_store_get_path (store), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return count;
}
