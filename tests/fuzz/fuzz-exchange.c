/* fuzz-exchange.c: the JSON importer, fed any bytes
 *
 * Each input is imported into one database that lives for the whole run
 * (a new file would cost more than most imports).  What must hold:
 *
 * - nothing crashes, leaks or trips a precondition;
 * - an import that fails says why and commits nothing: the database is as
 *   it was (a second connection sees no new data version);
 * - what was imported can be scored and checked, and exports to a file
 *   that imports into an empty database and exports to the same text.
 *
 * After a successful import the database is emptied (made anew), so every
 * input meets the same database: the two default scoring profiles and
 * nothing else.
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdlib.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "jixiao-core.h"
#include "fuzz.h"

static char *store_dir;
static char *store_path;
static JxStore *store;
static sqlite3 *watcher;   /* a second connection, that only reads */

static void
close_store (void)
{
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;

  if (watcher != NULL)
    sqlite3_close (watcher);
  watcher = NULL;
  g_clear_object (&store);

  if (store_path == NULL)
    return;
  wal = g_strconcat (store_path, "-wal", NULL);
  shm = g_strconcat (store_path, "-shm", NULL);
  g_unlink (store_path);
  g_unlink (wal);
  g_unlink (shm);
}

static void
remove_store (void)
{
  close_store ();
  if (store_dir != NULL)
    g_rmdir (store_dir);
  g_clear_pointer (&store_path, g_free);
  g_clear_pointer (&store_dir, g_free);
}

static void
open_store (void)
{
  g_autoptr(GError) error = NULL;

  if (store_dir == NULL)
    {
      store_dir = g_dir_make_tmp ("jixiao-fuzz-XXXXXX", &error);
      g_assert_no_error (error);
      store_path = g_build_filename (store_dir, "fuzz.jixiao", NULL);
      atexit (remove_store);
    }

  close_store ();
  store = jx_store_open (store_path, JX_STORE_OPEN_FLAGS_CREATE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open_v2 (store_path, &watcher, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
}

/* Changes whenever another connection commits to the file. */
static gint64
data_version (void)
{
  sqlite3_stmt *stmt = NULL;
  gint64 version;

  g_assert_cmpint (sqlite3_prepare_v2 (watcher, "PRAGMA data_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

/* Imports @bytes; a refusal must name its reason and change nothing. */
static gboolean
import (GBytes        *bytes,
        JxImportFlags  flags,
        GError       **error)
{
  g_auto(JxImportSummary) summary = { 0 };
  gint64 version = data_version ();

  if (jx_exchange_import_bytes (store, bytes, "fuzz.json", flags, &summary, error))
    return TRUE;

  g_assert_nonnull (*error);
  g_assert_true ((*error)->domain == JX_EXCHANGE_ERROR || (*error)->domain == JX_STORE_ERROR);
  g_assert_cmpstr ((*error)->message, !=, "");
  g_assert_null (summary.warnings);
  g_assert_cmpint (data_version (), ==, version);
  return FALSE;
}

/* Scores and checks every year, as the window does when it shows one. */
static void
score_everything (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxWorkspace) workspace = jx_workspace_new (store);
  GPtrArray *departments = jx_workspace_get_departments (workspace, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years = jx_department_get_years (department);

      for (guint j = 0; j < years->len; j++)
        {
          g_assert_true (jx_workspace_select_year (workspace, department,
                                                   g_ptr_array_index (years, j), &error));
          g_assert_no_error (error);
          g_assert_nonnull (jx_workspace_get_score (workspace));
          g_assert_nonnull (jx_workspace_get_findings (workspace));
        }
    }
}

static char *
export_all (void)
{
  g_autoptr(GError) error = NULL;
  char *text = jx_exchange_export_string (store, NULL, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

int
jx_fuzz_one_input (const guint8 *data,
                   size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GBytes) exported_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *exported_again = NULL;

  jx_fuzz_init ();
  if (store == NULL)
    open_store ();

  if (!import (bytes, JX_IMPORT_FLAGS_NONE, &error))
    {
      if (!g_error_matches (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT))
        return 0;
      g_clear_error (&error);
      if (!import (bytes, JX_IMPORT_FLAGS_REPLACE, &error))
        return 0;
    }

  score_everything ();

  /* What was imported travels whole: out, into an empty database, and out
   * again as the same text. */
  exported = export_all ();
  open_store ();
  exported_bytes = g_bytes_new_static (exported, strlen (exported));
  if (!import (exported_bytes, JX_IMPORT_FLAGS_NONE, &error))
    g_error ("An exported file does not import: %s\n%s", error->message, exported);
  exported_again = export_all ();
  g_assert_cmpstr (exported_again, ==, exported);

  open_store ();
  return 0;
}

#ifdef JX_FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  return jx_fuzz_one_input (data, size);
}
#endif
