/* test-concurrency.c: a database that other programs use at the same
 * time, and an import that is killed half-way
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The other programs are real processes: jixiao-cli (JX_TEST_CLI), and
 * this test program itself, run as “test-concurrency --hold-write-lock
 * DB”, which takes the write lock of DB the way another Jixiao saving an
 * edit does and keeps it until it reads a line.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "test-utils.h"

#define SHIJIAZHUANG "石家庄高新区科技局"
#define BIG_PREFIX "压力测试单位"

/* Departments of the large import: each a copy of 石家庄's 2021 report
 * (20 projects, 84 indicators).  200 make a 5 MB file that jixiao-cli
 * imports in about 0.5 s in an optimized build (1.4 s under
 * AddressSanitizer): 0.3 s (0.8 s) reading and checking it, then writing
 * about 4 MB of log before it commits. */
#define N_BIG_DEPARTMENTS 200

/* The busy timeout of jx-store.c. */
#define BUSY_TIMEOUT_USEC (5 * G_USEC_PER_SEC)

/* The helper process */

static int
hold_write_lock (const char *path)
{
  sqlite3 *db = NULL;
  char line[64];
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      printf ("failed: %s\n", sqlite3_errstr (rc));
      sqlite3_close (db);
      return 1;
    }

  printf ("locked\n");
  fflush (stdout);

  if (fgets (line, sizeof line, stdin) == NULL)
    line[0] = '\0';

  rc = sqlite3_exec (db, g_str_has_prefix (line, "commit") ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
  return rc == SQLITE_OK ? 0 : 1;
}

typedef struct {
  GSubprocess *process;
} LockHolder;

/* Starts a process that holds the write lock of @path, and returns once it
 * holds it. */
static LockHolder *
lock_holder_start (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", &error);
  g_autoptr(GDataInputStream) reader = NULL;
  g_autofree char *line = NULL;
  LockHolder *holder = g_new0 (LockHolder, 1);

  g_assert_no_error (error);
  holder->process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                      &error, self_exe, "--hold-write-lock", path, NULL);
  g_assert_no_error (error);

  reader = g_data_input_stream_new (g_subprocess_get_stdout_pipe (holder->process));
  line = g_data_input_stream_read_line_utf8 (reader, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "locked");

  return holder;
}

static void
lock_holder_send (LockHolder *holder,
                  const char *line)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (g_subprocess_get_stdin_pipe (holder->process), line, strlen (line),
                             NULL, NULL, &error);
  g_assert_no_error (error);
}

/* Tells the holder to end its transaction (@how is "commit" or
 * "rollback") and waits until it has. */
static void
lock_holder_finish (LockHolder *holder,
                    const char *how)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = g_strconcat (how, "\n", NULL);

  lock_holder_send (holder, line);
  g_assert_true (g_subprocess_wait_check (holder->process, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (holder->process);
  g_free (holder);
}

/* Helpers */

static char *
store_path (const char *dir)
{
  return g_build_filename (dir, "samples.db", NULL);
}

/* The environment of the jixiao-cli processes.  Under AddressSanitizer
 * they record no stacks of allocations and look for no leaks (test-cli
 * does): the JSON reader allocates much, and with the stacks the large
 * import takes ten times as long. */
static char **
cli_environ (void)
{
  return g_environ_setenv (g_get_environ (), "ASAN_OPTIONS", "detect_leaks=0:malloc_context_size=0", TRUE);
}

/* Runs jixiao-cli with @args (NULL-terminated, without the program) and
 * returns its exit status and standard output. */
static int
run_cli (const char *const *args,
         char              **out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_auto(GStrv) envp = cli_environ ();
  int status;

  g_assert_nonnull (g_getenv ("JX_TEST_CLI"));
  g_ptr_array_add (argv, (gpointer) g_getenv ("JX_TEST_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &status, &error);
  g_assert_no_error (error);
  if (stderr_text[0] != '\0')
    g_test_message ("jixiao-cli %s: %s", args[0], stderr_text);
  g_assert_true (WIFEXITED (status));

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  return WEXITSTATUS (status);
}

/* What PRAGMA integrity_check says of @path, through a connection of its
 * own; "ok" for an intact file. */
static char *
integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  GString *result = g_string_new (NULL);

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (result, "%s%s", result->len > 0 ? "\n" : "",
                            (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append (result, "\nforeign key violated");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_string_free (result, FALSE);
}

/* The names of the departments of @store. */
static GPtrArray *
list_department_names (JxStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) departments = jx_store_list_departments (store, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  for (guint i = 0; i < departments->len; i++)
    g_ptr_array_add (names, g_strdup (jx_department_get_name (g_ptr_array_index (departments, i))));

  return names;
}

static gboolean
has_name (GPtrArray  *names,
          const char *name)
{
  return g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL);
}

/* Every department of @store exported on its own, in order, so that what
 * the store held before can be compared with what it holds after. */
static GPtrArray *
export_each (JxStore   *store,
             GPtrArray *names)
{
  GPtrArray *exports = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GError) error = NULL;
      char *text = jx_exchange_export_string (store, g_ptr_array_index (names, i), 0, &error);

      g_assert_no_error (error);
      g_assert_nonnull (text);
      g_ptr_array_add (exports, text);
    }

  return exports;
}

/* An exchange file of @n_departments copies of 石家庄, named @prefix
 * and a number, written to @path from the export of @store. */
static void
write_copies (JxStore    *store,
              const char *path,
              const char *prefix,
              guint       n_departments)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = jx_exchange_export_string (store, SHIJIAZHUANG, 0, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) copy_root = NULL;
  g_autofree char *output = NULL;
  JsonObject *root;
  JsonArray *departments;
  JsonArray *copies;
  g_autofree char *original = NULL;

  g_assert_no_error (error);
  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);

  copy_root = json_node_copy (json_parser_get_root (parser));
  root = json_node_get_object (copy_root);
  departments = json_object_get_array_member (root, "departments");
  g_assert_cmpuint (json_array_get_length (departments), ==, 1);
  /* json_node_copy() would share the department's object. */
  original = json_to_string (json_array_get_element (departments, 0), FALSE);

  copies = json_array_sized_new (n_departments);
  for (guint i = 0; i < n_departments; i++)
    {
      JsonNode *copy = json_from_string (original, &error);
      g_autofree char *name = n_departments == 1 ? g_strdup (prefix)
                                                 : g_strdup_printf ("%s%03u", prefix, i);

      g_assert_no_error (error);
      json_object_set_string_member (json_node_get_object (copy), "name", name);
      if (json_object_has_member (json_node_get_object (copy), "parent"))
        json_object_remove_member (json_node_get_object (copy), "parent");
      json_array_add_element (copies, copy);
    }
  json_object_set_array_member (root, "departments", copies);

  output = json_to_string (copy_root, FALSE);
  g_assert_true (g_file_set_contents (path, output, -1, &error));
  g_assert_no_error (error);
}

static char *
replace_all (const char *text,
             const char *from,
             const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, -1);

  return g_strjoinv (to, parts);
}

static goffset
file_size (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 ? (goffset) st.st_size : -1;
}

/* Crash safety */

typedef struct {
  goffset min_wal_size;   /* kill once the log has this size; 0: once it exists */
  goffset wal_size;       /* the size it had when killed */
} Kill;

/* Starts `jixiao-cli import @db @file`, waits until its write-ahead log has
 * the size of @kill, and kills it with SIGKILL. */
static void
kill_import (const char *db,
             const char *file,
             Kill       *kill_at)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  const char *argv[] = { g_getenv ("JX_TEST_CLI"), "import", db, file, NULL };
  g_auto(GStrv) envp = cli_environ ();
  gint64 start = g_get_monotonic_time ();
  GPid pid;
  int status;
  pid_t exited = 0;

  /* The last connection removes the log on closing; a new one must not
   * see one left over by the test. */
  g_assert_cmpint (file_size (wal), <=, 0);

  g_spawn_async (NULL, (char **) argv, envp,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);

  for (;;)
    {
      goffset size = file_size (wal);

      if (size >= 0 && size >= kill_at->min_wal_size)
        {
          kill_at->wal_size = size;
          break;
        }

      exited = waitpid (pid, &status, WNOHANG);
      g_assert_cmpint (exited, >=, 0);
      if (exited == pid)
        break;

      g_usleep (500);
    }

  /* An import that finished before its moment means the file is too small
   * for this machine: the test would show nothing. */
  g_assert_cmpint (exited, ==, 0);

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);

  g_test_message ("killed the import at %.2f s with %" G_GOFFSET_FORMAT " bytes of log",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC, kill_at->wal_size);
}

/* Checks that @db is intact, holds the departments @names with the
 * exports @exports unchanged, and all or none of the large import;
 * returns how many of its departments it holds. */
static guint
check_after_crash (const char *db,
                   GPtrArray  *names,
                   GPtrArray  *exports)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *integrity = integrity_check (db);
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GPtrArray) names_after = NULL;
  g_autoptr(GPtrArray) exports_after = NULL;
  guint n_imported = 0;

  g_assert_cmpstr (integrity, ==, "ok");

  store = jx_store_open (db, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_no_error (error);

  names_after = list_department_names (store);
  for (guint i = 0; i < names_after->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (names_after, i), BIG_PREFIX))
      n_imported++;
  g_assert_true (n_imported == 0 || n_imported == N_BIG_DEPARTMENTS);
  g_assert_cmpuint (names_after->len, ==, names->len + n_imported);

  exports_after = export_each (store, names);
  for (guint i = 0; i < names->len; i++)
    g_assert_cmpstr (g_ptr_array_index (exports_after, i), ==, g_ptr_array_index (exports, i));

  /* The imported departments are whole: the first and the last are
   * 石家庄 under another name. */
  if (n_imported > 0)
    {
      guint original = 0;

      g_assert_true (g_ptr_array_find_with_equal_func (names, SHIJIAZHUANG, g_str_equal, &original));
      for (guint i = 0; i < N_BIG_DEPARTMENTS; i += N_BIG_DEPARTMENTS - 1)
        {
          g_autofree char *copy_name = g_strdup_printf (BIG_PREFIX "%03u", i);
          g_autofree char *copy = jx_exchange_export_string (store, copy_name, 0, &error);
          g_autofree char *renamed = NULL;

          g_assert_no_error (error);
          renamed = replace_all (copy, copy_name, SHIJIAZHUANG);
          g_assert_cmpstr (renamed, ==, g_ptr_array_index (exports, original));
        }
    }

  return n_imported;
}

static void
test_killed_import (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *db = store_path (dir);
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *wal = g_strconcat (db, "-wal", NULL);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) exports = NULL;
  g_autofree char *out = NULL;
  g_autofree char *expected = NULL;
  /* Killed while it reads the file, early in writing, half-way through
   * writing and close to the commit. */
  Kill kills[] = {
    { 0, 0 },
    { 64 * 1024, 0 },
    { 1024 * 1024, 0 },
    { 2048 * 1024, 0 },
  };
  const char *args[] = { "import", db, big, NULL };
  guint n_killed_while_writing = 0;
  gint64 start;

  {
    g_autoptr(JxStore) store = jx_test_open_samples (dir);

    write_copies (store, big, BIG_PREFIX, N_BIG_DEPARTMENTS);
    names = list_department_names (store);
    exports = export_each (store, names);
  }
  g_assert_cmpuint (names->len, ==, 4);
  g_test_message ("%s: %" G_GOFFSET_FORMAT " bytes", big, file_size (big));

  for (guint i = 0; i < G_N_ELEMENTS (kills); i++)
    {
      guint n_imported;

      kill_import (db, big, &kills[i]);
      n_imported = check_after_crash (db, names, exports);

      /* The import commits at its very end: a kill before cannot have
       * kept a part of it, nor any of it. */
      g_assert_cmpuint (n_imported, ==, 0);
      if (kills[i].wal_size > 0)
        n_killed_while_writing++;

      /* The connections of the check have closed: no log is left. */
      g_assert_cmpint (file_size (wal), ==, -1);
    }
  g_assert_cmpuint (n_killed_while_writing, >=, 3);

  /* The same import, uninterrupted: nothing stale stands in its way. */
  start = g_get_monotonic_time ();
  g_assert_cmpint (run_cli (args, &out), ==, 0);
  g_test_message ("the whole import took %.2f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  expected = g_strdup_printf ("Imported %u departments", N_BIG_DEPARTMENTS);
  g_assert_nonnull (strstr (out, expected));
  g_assert_cmpuint (check_after_crash (db, names, exports), ==, N_BIG_DEPARTMENTS);

  jx_test_remove_dir (dir);
}

/* Two processes */

static JxDepartment *
find_department (GPtrArray  *departments,
                 const char *name)
{
  for (guint i = 0; i < departments->len; i++)
    if (g_str_equal (jx_department_get_name (g_ptr_array_index (departments, i)), name))
      return g_ptr_array_index (departments, i);

  return NULL;
}

/* The first project of 石家庄's year, loaded through @history. */
static JxProject *
load_project (JxHistory *history)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *departments = jx_history_get_departments (history, &error);
  JxDepartment *department;
  JxDepartmentYear *year;

  g_assert_no_error (error);
  department = find_department (departments, SHIJIAZHUANG);
  g_assert_nonnull (department);
  g_assert_cmpuint (jx_department_get_years (department)->len, ==, 1);
  year = g_ptr_array_index (jx_department_get_years (department), 0);
  g_assert_true (jx_history_load_children (history, JX_RECORD (year), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (jx_department_year_get_projects (year)->len, >, 0);

  return g_ptr_array_index (jx_department_year_get_projects (year), 0);
}

static void
test_edits_seen_across_processes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(JxHistory) history = jx_history_new (store);
  g_autofree char *small = g_build_filename (dir, "small.json", NULL);
  g_autofree char *old_name = NULL;
  g_autofree char *listed = NULL;
  g_autofree char *exported = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) names = NULL;
  const char *list_args[] = { "list", "--json", jx_store_get_path (store), NULL };
  const char *export_args[] = { "export", jx_store_get_path (store), "-", NULL };
  const char *import_args[] = { "import", jx_store_get_path (store), small, NULL };
  JxProject *project = load_project (history);

  old_name = g_strdup (jx_project_get_name (project));

  /* An edit here is in the file for the next program at once. */
  g_assert_true (jx_history_set_text (history, JX_RECORD (project), "name", "跨进程可见的项目", &error));
  g_assert_no_error (error);

  g_assert_cmpint (run_cli (list_args, &listed), ==, 0);
  g_assert_nonnull (strstr (listed, "\"跨进程可见的项目\""));

  g_assert_cmpint (run_cli (export_args, &exported), ==, 0);
  text = jx_exchange_export_string (store, NULL, 0, &error);
  g_assert_no_error (error);
  expected = g_strconcat (text, "\n", NULL);
  g_assert_cmpstr (exported, ==, expected);

  /* So is an undo. */
  g_assert_true (jx_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (jx_project_get_name (project), ==, old_name);
  g_clear_pointer (&listed, g_free);
  g_assert_cmpint (run_cli (list_args, &listed), ==, 0);
  g_assert_null (strstr (listed, "跨进程可见的项目"));

  /* And what another program imports is here when the store reads again,
   * while this one keeps it open. */
  write_copies (store, small, "另一程序导入的单位", 1);
  names = list_department_names (store);
  g_assert_false (has_name (names, "另一程序导入的单位"));
  g_assert_cmpint (run_cli (import_args, NULL), ==, 0);
  g_clear_pointer (&names, g_ptr_array_unref);
  names = list_department_names (store);
  g_assert_true (has_name (names, "另一程序导入的单位"));
  g_assert_cmpuint (names->len, ==, 5);

  /* And this one can still write after it. */
  g_assert_true (jx_history_set_text (history, JX_RECORD (project), "name", "导入之后的项目", &error));
  g_assert_no_error (error);

  g_clear_object (&history);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* A locked database */

static void
record_changed_cb (JxHistory  *history,
                   JxRecord   *record,
                   const char *property,
                   guint      *n_changes)
{
  (*n_changes)++;
}

/* The name of the first project of 石家庄, read through a connection of
 * its own. */
static char *
read_project_name (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxStore) store = jx_store_open (path, JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_autoptr(JxHistory) history = NULL;

  g_assert_no_error (error);
  history = jx_history_new (store);
  return g_strdup (jx_project_get_name (load_project (history)));
}

static void
test_locked_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(JxHistory) history = jx_history_new (store);
  g_autofree char *old_name = NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *name = NULL;
  const char *path = jx_store_get_path (store);
  JxProject *project = load_project (history);
  LockHolder *holder;
  guint n_changes = 0;
  gint64 start;
  gint64 elapsed;

  /* One edit to undo, so that a second one recorded would show. */
  g_assert_true (jx_history_set_text (history, JX_RECORD (project), "name", "加锁前的项目", &error));
  g_assert_no_error (error);
  old_name = g_strdup (jx_project_get_name (project));
  undo_label = g_strdup (jx_history_get_undo_label (history));
  g_signal_connect (history, "record-changed", G_CALLBACK (record_changed_cb), &n_changes);

  holder = lock_holder_start (path);

  /* Opening a second store on the file must keep the locks of the first:
   * were they dropped, the holder would remove the log under the first
   * store when it closes, and reading would fail (below) with a disk I/O
   * error. */
  /* A store opened now opens and reads: the lock only holds writers. */
  start = g_get_monotonic_time ();
  name = read_project_name (path);
  g_assert_cmpstr (name, ==, old_name);
  g_clear_pointer (&name, g_free);
  {
    g_autoptr(JxStore) second = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
    g_autoptr(GPtrArray) names = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (second);
    names = list_department_names (second);
    g_assert_cmpuint (names->len, ==, 4);
  }
  g_assert_cmpint (g_get_monotonic_time () - start, <, BUSY_TIMEOUT_USEC / 2);

  /* An edit waits for the lock as long as the busy timeout, then gives up
   * with a message for the user and a code for a retry. */
  start = g_get_monotonic_time ();
  g_assert_false (jx_history_set_text (history, JX_RECORD (project), "name", "加锁时的项目", &error));
  elapsed = g_get_monotonic_time () - start;
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_BUSY);
  g_test_message ("busy after %.2f s: %s", elapsed / (double) G_USEC_PER_SEC, error->message);
  g_assert_cmpint (elapsed, >=, BUSY_TIMEOUT_USEC * 9 / 10);
  g_assert_cmpint (elapsed, <, BUSY_TIMEOUT_USEC * 3);
  g_assert_nonnull (strstr (error->message, "another program"));
  g_assert_nonnull (strstr (error->message, "try again"));
  g_clear_error (&error);

  /* Nothing of it happened: not in memory, not in the history, not in
   * the file. */
  g_assert_cmpstr (jx_project_get_name (project), ==, old_name);
  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_true (jx_history_can_undo (history));
  g_assert_false (jx_history_can_redo (history));
  g_assert_cmpstr (jx_history_get_undo_label (history), ==, undo_label);

  lock_holder_finish (holder, "rollback");

  name = read_project_name (path);
  g_assert_cmpstr (name, ==, old_name);
  g_clear_pointer (&name, g_free);

  /* Once the lock is gone the same edit goes through. */
  g_assert_true (jx_history_set_text (history, JX_RECORD (project), "name", "加锁时的项目", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes, ==, 1);
  name = read_project_name (path);
  g_assert_cmpstr (name, ==, "加锁时的项目");
  g_clear_pointer (&name, g_free);

  /* Undo takes back that edit and then the first, nothing in between. */
  g_assert_true (jx_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (jx_project_get_name (project), ==, old_name);
  g_assert_cmpstr (jx_history_get_undo_label (history), ==, undo_label);

  g_signal_handlers_disconnect_by_func (history, record_changed_cb, &n_changes);
  g_clear_object (&history);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static gpointer
release_later (gpointer data)
{
  LockHolder *holder = data;

  g_usleep (G_USEC_PER_SEC / 2);
  lock_holder_send (holder, "commit\n");
  return NULL;
}

/* A lock released within the busy timeout costs the user nothing: the
 * edit waits for it and is saved. */
static void
test_lock_released_while_waiting (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(JxHistory) history = jx_history_new (store);
  g_autofree char *name = NULL;
  JxProject *project = load_project (history);
  LockHolder *holder = lock_holder_start (jx_store_get_path (store));
  GThread *thread;
  gint64 start;
  gint64 elapsed;

  start = g_get_monotonic_time ();
  thread = g_thread_new ("release", release_later, holder);
  g_assert_true (jx_history_set_text (history, JX_RECORD (project), "name", "等到锁释放的项目", &error));
  elapsed = g_get_monotonic_time () - start;
  g_assert_no_error (error);
  g_thread_join (thread);
  g_test_message ("saved after waiting %.2f s", elapsed / (double) G_USEC_PER_SEC);
  g_assert_cmpint (elapsed, >=, G_USEC_PER_SEC * 4 / 10);
  g_assert_true (jx_history_can_undo (history));

  g_assert_true (g_subprocess_wait_check (holder->process, NULL, &error));
  g_assert_no_error (error);
  g_object_unref (holder->process);
  g_free (holder);

  name = read_project_name (jx_store_get_path (store));
  g_assert_cmpstr (name, ==, "等到锁释放的项目");

  g_clear_object (&history);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--hold-write-lock"))
    return hold_write_lock (argv[2]);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/concurrency/killed-import", test_killed_import);
  g_test_add_func ("/concurrency/edits-seen-across-processes", test_edits_seen_across_processes);
  g_test_add_func ("/concurrency/locked-database", test_locked_database);
  g_test_add_func ("/concurrency/lock-released-while-waiting", test_lock_released_while_waiting);

  return g_test_run ();
}
