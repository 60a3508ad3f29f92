/* jx-store.c: a Jixiao database, an SQLite file
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit is its own transaction, written at once: there is no Save
 * button and nothing typed is lost.  Bulk work (an import) runs between
 * jx_store_begin() and jx_store_commit().  The SQL is generated from the
 * fields of the record types (jx-field.c), always with bound parameters.
 *
 * Opening checks the file before it changes anything: a file that is not
 * SQLite, an SQLite file of another program, a damaged file, one written by
 * a newer Jixiao or one that is read-only is refused with a clear error and
 * left exactly as it was.
 *
 * A store is used by one thread at a time (work in a thread opens a store
 * of its own), so its connection takes no mutex on every call.
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "jx-number.h"
#include "jx-store.h"
#include "jx-store-private.h"

struct _JxStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* SQL text → sqlite3_stmt */
  GArray     *inserts;      /* RecordStatement, the INSERT of each record type */
  GArray     *selects;      /* RecordStatement, the SELECT of each child set */
  guint       schema_version;
  guint       transaction_depth;
};

/* A statement about the records of a type owned through a given column
 * (or none); the statement belongs to JxStore.statements. */
typedef struct {
  JxRecordClass *klass;
  const char    *owner_key;
  sqlite3_stmt  *stmt;
} RecordStatement;

G_DEFINE_FINAL_TYPE (JxStore, jx_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (jx-store-error-quark, jx_store_error)

static const char sqlite_magic[16] = "SQLite format 3";

static void
jx_store_finalize (GObject *object)
{
  JxStore *self = JX_STORE (object);

  g_clear_pointer (&self->inserts, g_array_unref);
  g_clear_pointer (&self->selects, g_array_unref);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (jx_store_parent_class)->finalize (object);
}

static void
jx_store_class_init (JxStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jx_store_finalize;
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
jx_store_init (JxStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->inserts = g_array_new (FALSE, FALSE, sizeof (RecordStatement));
  self->selects = g_array_new (FALSE, FALSE, sizeof (RecordStatement));
}

static JxStoreError
error_code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_FORMAT:
      return JX_STORE_ERROR_CORRUPT;
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return JX_STORE_ERROR_READ_ONLY;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return JX_STORE_ERROR_BUSY;
    case SQLITE_CONSTRAINT:
      return JX_STORE_ERROR_CONSTRAINT;
    case SQLITE_CANTOPEN:
      return JX_STORE_ERROR_NOT_FOUND;
    default:
      return JX_STORE_ERROR_FAILED;
    }
}

/* Sets @error to "@context: what SQLite says", so that the user always
 * learns what was being done when SQLite failed. */
static void
set_sqlite_error (JxStore     *self,
                  GError     **error,
                  int          rc,
                  const char  *context)
{
  JxStoreError code = error_code_for_sqlite (rc);
  const char *detail = self->db != NULL ? sqlite3_errmsg (self->db) : sqlite3_errstr (rc);

  switch (code)
    {
    case JX_STORE_ERROR_CORRUPT:
      g_set_error (error, JX_STORE_ERROR, code,
                   _("%s: the database “%s” is damaged (%s)"),
                   context, self->path, detail);
      break;

    case JX_STORE_ERROR_BUSY:
      g_set_error (error, JX_STORE_ERROR, code,
                   _("%s: the database is in use by another program; try again in a moment (%s)"),
                   context, detail);
      break;

    case JX_STORE_ERROR_READ_ONLY:
      g_set_error (error, JX_STORE_ERROR, code,
                   _("%s: the database “%s” cannot be written (%s)"),
                   context, self->path, detail);
      break;

    default:
      g_set_error (error, JX_STORE_ERROR, code, "%s: %s", context, detail);
      break;
    }
}

static sqlite3_stmt *
prepare (JxStore     *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error, rc, _("Could not read the database"));
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
exec (JxStore     *self,
      const char  *sql,
      const char  *context,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      set_sqlite_error (self, error, rc, context);
      return FALSE;
    }

  return TRUE;
}

/* Runs @stmt, bound, for the one number it selects. */
static gboolean
step_int (JxStore       *self,
          sqlite3_stmt  *stmt,
          gint64        *value,
          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self, error, rc, _("Could not read the database"));
      sqlite3_reset (stmt);
      return FALSE;
    }

  *value = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

static gboolean
query_int (JxStore     *self,
           const char  *sql,
           gint64      *value,
           GError     **error)
{
  sqlite3_stmt *stmt = prepare (self, sql, error);

  return stmt != NULL && step_int (self, stmt, value, error);
}

/* Reads the first bytes of @path into @header; @complete tells whether
 * the file has that many.  The file is read through SQLite's own file
 * layer, never opened and closed behind its back: closing any descriptor
 * of a file drops every POSIX lock this process holds on it, those of the
 * stores already open on it included, and another program would then take
 * itself for the last one using the database and checkpoint and remove
 * the log under them. */
static gboolean
read_header (const char  *path,
             char         header[16],
             gboolean    *complete,
             GError     **error)
{
  sqlite3 *db = NULL;
  sqlite3_file *file = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOFOLLOW, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_file_control (db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
  if (rc == SQLITE_OK && (file == NULL || file->pMethods == NULL))
    rc = SQLITE_CANTOPEN;
  if (rc == SQLITE_OK)
    {
      rc = file->pMethods->xRead (file, header, 16, 0);
      *complete = rc == SQLITE_OK;
      if (rc == SQLITE_IOERR_SHORT_READ)
        rc = SQLITE_OK;
    }

  if (rc != SQLITE_OK)
    g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_FAILED,
                 _("Could not open “%s”: %s"), path, sqlite3_errstr (rc));

  sqlite3_close (db);
  return rc == SQLITE_OK;
}

/* Looks at the file before SQLite does, so that a file of another kind is
 * refused without being touched. */
static gboolean
check_file (const char        *path,
            JxStoreOpenFlags   flags,
            gboolean          *exists,
            GError           **error)
{
  GStatBuf st;
  char header[16];
  gboolean complete;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == ENOENT && (flags & JX_STORE_OPEN_FLAGS_CREATE) != 0)
        {
          *exists = FALSE;
          return TRUE;
        }

      g_set_error (error, JX_STORE_ERROR,
                   saved_errno == ENOENT ? JX_STORE_ERROR_NOT_FOUND : JX_STORE_ERROR_FAILED,
                   _("Could not open “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  *exists = TRUE;

  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_JIXIAO,
                   _("“%s” is not a file"), path);
      return FALSE;
    }

  /* Root may write anywhere, so the mode bits decide too: a file that its
   * owner made read-only stays untouched. */
  if ((flags & JX_STORE_OPEN_FLAGS_READ_ONLY) == 0 &&
      (g_access (path, W_OK) != 0 || (st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0))
    {
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_READ_ONLY,
                   _("“%s” is read-only. Jixiao saves every change at once, so it needs a file it can write: make the file writable, or open a copy of it."),
                   path);
      return FALSE;
    }

  if (st.st_size == 0)
    return TRUE;

  if (!read_header (path, header, &complete, error))
    return FALSE;

  if (!complete || memcmp (header, sqlite_magic, sizeof header) != 0)
    {
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_JIXIAO,
                   _("“%s” is not a Jixiao database"), path);
      return FALSE;
    }

  return TRUE;
}

static gboolean
migrate (JxStore  *self,
         guint     from_version,
         GError  **error)
{
  guint latest = jx_store_schema_get_version ();
  g_autofree char *pragmas = NULL;

  if (!exec (self, "BEGIN IMMEDIATE", _("Could not upgrade the database"), error))
    return FALSE;

  for (guint version = from_version + 1; version <= latest; version++)
    {
      g_autofree char *context = g_strdup_printf (_("Could not upgrade the database to format %u"), version);

      if (!exec (self, jx_store_schema_get_migration (version), context, error))
        {
          sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u",
                             JX_STORE_APPLICATION_ID, latest);
  if (!exec (self, pragmas, _("Could not upgrade the database"), error) ||
      !exec (self, "COMMIT", _("Could not upgrade the database"), error))
    {
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  self->schema_version = latest;
  return TRUE;
}

/**
 * jx_store_open:
 * @path: the database file
 * @flags: %JX_STORE_OPEN_FLAGS_CREATE to create a missing (or empty) file,
 *   %JX_STORE_OPEN_FLAGS_READ_ONLY to only read
 * @error: return location for a #JX_STORE_ERROR
 *
 * Opens a Jixiao database, upgrading its schema when an older Jixiao wrote
 * it.  Nothing is written to a file that fails any of the checks.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
JxStore *
jx_store_open (const char        *path,
               JxStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(JxStore) self = NULL;
  gboolean read_only = (flags & JX_STORE_OPEN_FLAGS_READ_ONLY) != 0;
  gboolean exists;
  gint64 application_id;
  gint64 user_version;
  gint64 n_objects;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!check_file (path, flags, &exists, error))
    return NULL;

  self = g_object_new (JX_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (read_only)
    open_flags = SQLITE_OPEN_READONLY;
  else if (exists)
    open_flags = SQLITE_OPEN_READWRITE;
  else
    open_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;

  rc = sqlite3_open_v2 (path, &self->db, open_flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_autofree char *context = g_strdup_printf (_("Could not open “%s”"), path);

      set_sqlite_error (self, error, rc, context);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, 5000);

  if (!query_int (self, "PRAGMA application_id", &application_id, error) ||
      !query_int (self, "PRAGMA user_version", &user_version, error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, error))
    return NULL;

  if (application_id == 0 && user_version == 0 && n_objects == 0)
    {
      if ((flags & JX_STORE_OPEN_FLAGS_CREATE) == 0 || read_only)
        {
          g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_JIXIAO,
                       _("“%s” is an empty file, not a Jixiao database"), path);
          return NULL;
        }
    }
  else if (application_id != JX_STORE_APPLICATION_ID)
    {
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_JIXIAO,
                   _("“%s” is an SQLite database of another program, not a Jixiao database"),
                   path);
      return NULL;
    }
  else if (user_version > jx_store_schema_get_version ())
    {
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NEWER_VERSION,
                   _("“%s” was written by a newer version of Jixiao (database format %u; this version reads formats up to %u). Update Jixiao to open it."),
                   path, (guint) user_version, jx_store_schema_get_version ());
      return NULL;
    }
  else if (user_version < jx_store_schema_get_version () && read_only)
    {
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_READ_ONLY,
                   _("“%s” was written by an older version of Jixiao and must be upgraded before it can be read; open it once for writing"),
                   path);
      return NULL;
    }

  self->schema_version = (guint) user_version;

  if (!exec (self, "PRAGMA foreign_keys = ON", _("Could not open the database"), error))
    return NULL;

  if (!read_only)
    {
      if (!exec (self,
                 "PRAGMA journal_mode = WAL;"
                 "PRAGMA synchronous = FULL;"
                 /* Up to 64 MiB of pages, taken as they are used: an
                  * import of a province writes 200 MB in one transaction,
                  * and with the default 2 MiB spills it to the log early. */
                 "PRAGMA cache_size = -65536;",
                 _("Could not open the database"), error))
        return NULL;

      if (self->schema_version < jx_store_schema_get_version () &&
          !migrate (self, self->schema_version, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

const char *
jx_store_get_path (JxStore *self)
{
  g_return_val_if_fail (JX_IS_STORE (self), NULL);

  return self->path;
}

guint
jx_store_get_schema_version (JxStore *self)
{
  g_return_val_if_fail (JX_IS_STORE (self), 0);

  return self->schema_version;
}

/**
 * jx_store_is_empty:
 * @self: a store
 * @error: return location for a #JX_STORE_ERROR
 *
 * Returns: whether the database holds no department; %FALSE with @error
 *   set when it cannot be read
 */
gboolean
jx_store_is_empty (JxStore  *self,
                   GError  **error)
{
  gint64 n_departments;

  if (!query_int (self, "SELECT count(*) FROM departments", &n_departments, error))
    return FALSE;

  return n_departments == 0;
}

/**
 * jx_store_begin:
 * @self: a store
 * @error: return location for a #JX_STORE_ERROR
 *
 * Starts a transaction for bulk work; end it with jx_store_commit() or
 * jx_store_rollback().  Nothing of it is visible to other programs, or
 * kept after a crash, until the outermost transaction is committed.
 * Transactions nest: an inner one is a savepoint of the outer.
 */
gboolean
jx_store_begin (JxStore  *self,
                GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (JX_IS_STORE (self), FALSE);

  if (self->transaction_depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT jx_nested_%u", self->transaction_depth);

  if (!exec (self, sql, _("Could not start saving"), error))
    return FALSE;

  self->transaction_depth++;
  return TRUE;
}

gboolean
jx_store_commit (JxStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (JX_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth > 0, FALSE);

  if (self->transaction_depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE jx_nested_%u", self->transaction_depth - 1);

  if (!exec (self, sql, _("Could not save"), error))
    return FALSE;

  self->transaction_depth--;
  return TRUE;
}

/**
 * jx_store_rollback:
 * @self: a store
 *
 * Undoes everything since the matching jx_store_begin().
 */
void
jx_store_rollback (JxStore *self)
{
  g_autofree char *sql = NULL;

  g_return_if_fail (JX_IS_STORE (self));
  g_return_if_fail (self->transaction_depth > 0);

  if (self->transaction_depth == 1)
    sql = g_strdup ("ROLLBACK");
  else
    sql = g_strdup_printf ("ROLLBACK TO jx_nested_%u; RELEASE jx_nested_%u",
                           self->transaction_depth - 1, self->transaction_depth - 1);

  /* A failed COMMIT may have ended the transaction already. */
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  self->transaction_depth--;
}

/* The class of a record type, created on first use and kept. */
static JxRecordClass *
record_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass != NULL ? klass : g_type_class_ref (type);
}

/* The SQL expression that reads a field of a row aliased “t”. */
static void
append_select_expression (GString    *sql,
                          GParamSpec *pspec)
{
  if (jx_field_get_kind (pspec) == JX_FIELD_REFERENCE)
    g_string_append_printf (sql, "(SELECT r.name FROM %s AS r WHERE r.id = t.%s_id)",
                            jx_field_get_reference_table (pspec), jx_field_get_key (pspec));
  else
    g_string_append_printf (sql, "t.%s", jx_field_get_key (pspec));
}

static char *
build_select (JxRecordClass *klass,
              const char    *where)
{
  GString *sql = g_string_new ("SELECT t.id");
  guint n_fields;
  GParamSpec **fields = jx_record_class_get_fields (klass, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_string_append (sql, ", ");
      append_select_expression (sql, fields[i]);
    }

  g_string_append_printf (sql, " FROM %s AS t WHERE %s ORDER BY t.position, t.id",
                          jx_record_class_get_table (klass), where);

  return g_string_free (sql, FALSE);
}

static JxRecord *
record_from_row (JxStore       *self,
                 GType          type,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  JxRecord *record = g_object_new (type, NULL);
  JxRecordClass *klass = JX_RECORD_GET_CLASS (record);
  guint n_fields;
  GParamSpec **fields = jx_record_class_get_fields (klass, &n_fields);

  jx_record_set_id (record, sqlite3_column_int64 (stmt, 0));

  for (guint i = 0; i < n_fields; i++)
    {
      GParamSpec *pspec = fields[i];
      int column = (int) i + 1;
      g_auto(GValue) value = G_VALUE_INIT;

      if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
        continue;

      g_value_init (&value, pspec->value_type);

      switch (jx_field_get_kind (pspec))
        {
        case JX_FIELD_TEXT:
        case JX_FIELD_DECIMAL:
        case JX_FIELD_REFERENCE:
          g_value_set_string (&value, (const char *) sqlite3_column_text (stmt, column));
          break;

        case JX_FIELD_INTEGER:
        case JX_FIELD_MONEY:
        case JX_FIELD_POINTS:
          g_value_set_int64 (&value, sqlite3_column_int64 (stmt, column));
          break;

        case JX_FIELD_ENUM:
          {
            const char *nick = (const char *) sqlite3_column_text (stmt, column);
            GEnumValue *enum_value = g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class, nick);

            if (enum_value == NULL)
              {
                g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CORRUPT,
                             _("The database “%s” holds “%s” in %s.%s, which this version of Jixiao does not know"),
                             self->path, nick, jx_record_class_get_table (klass),
                             jx_field_get_key (pspec));
                g_object_unref (record);
                return NULL;
              }
            g_value_set_enum (&value, enum_value->value);
          }
          break;

        default:
          g_assert_not_reached ();
        }

      jx_record_set_value (record, i + 1, &value);
    }

  return record;
}

/* Runs a prepared SELECT made by build_select() and returns its records. */
static GPtrArray *
collect_records (JxStore       *self,
                 GType          type,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      JxRecord *record = record_from_row (self, type, stmt, error);

      if (record == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (records, record);
    }

  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      set_sqlite_error (self, error, rc, _("Could not read the database"));
      return NULL;
    }

  return g_steal_pointer (&records);
}

/**
 * jx_store_list_records:
 * @self: a store
 * @type: a record type that stands alone (#JxDepartment,
 *   #JxScoringProfile)
 * @error: return location for a #JX_STORE_ERROR
 *
 * Returns: (transfer container) (element-type JxRecord): every record of
 *   @type, in order, without their children (see jx_store_load_children())
 */
GPtrArray *
jx_store_list_records (JxStore  *self,
                       GType     type,
                       GError  **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JX_IS_STORE (self), NULL);

  sql = build_select (record_class (type), "1");
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  return collect_records (self, type, stmt, error);
}

/**
 * jx_store_find_record:
 * @self: a store
 * @type: a record type that stands alone
 * @name: the name of a record
 * @error: return location for a #JX_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): the record without its children,
 *   or %NULL (and no error) if there is none of that name
 */
JxRecord *
jx_store_find_record (JxStore     *self,
                      GType        type,
                      const char  *name,
                      GError     **error)
{
  g_autofree char *sql = NULL;
  g_autoptr(GPtrArray) found = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (JX_IS_STORE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  sql = build_select (record_class (type), "t.name = ?1");
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  found = collect_records (self, type, stmt, error);
  if (found == NULL || found->len == 0)
    return NULL;

  return g_object_ref (g_ptr_array_index (found, 0));
}

/**
 * jx_store_list_departments:
 * @self: a store
 * @error: return location for a #JX_STORE_ERROR
 *
 * Returns: (transfer container) (element-type JxDepartment): every
 *   department, in order, without their years
 */
GPtrArray *
jx_store_list_departments (JxStore  *self,
                           GError  **error)
{
  return jx_store_list_records (self, JX_TYPE_DEPARTMENT, error);
}

/**
 * jx_store_find_department:
 * @self: a store
 * @name: the name of a department
 * @error: return location for a #JX_STORE_ERROR
 *
 * Returns: (transfer full) (nullable): the department without its years,
 *   or %NULL (and no error) if there is none of that name
 */
JxDepartment *
jx_store_find_department (JxStore     *self,
                          const char  *name,
                          GError     **error)
{
  return JX_DEPARTMENT (jx_store_find_record (self, JX_TYPE_DEPARTMENT, name, error));
}

/* The statement that selects the children of a child set, prepared once:
 * loading a year's tree runs it a thousand times. */
static sqlite3_stmt *
prepare_children_select (JxStore           *self,
                         const JxChildSet  *child_set,
                         GError           **error)
{
  JxRecordClass *klass = record_class (child_set->type);
  g_autofree char *where = NULL;
  g_autofree char *sql = NULL;
  RecordStatement select = { klass, child_set->owner_key, NULL };

  for (guint i = 0; i < self->selects->len; i++)
    {
      const RecordStatement *known = &g_array_index (self->selects, RecordStatement, i);

      if (known->klass == klass && g_strcmp0 (known->owner_key, child_set->owner_key) == 0)
        {
          sqlite3_clear_bindings (known->stmt);
          return known->stmt;
        }
    }

  where = g_strdup_printf ("t.%s = ?1", child_set->owner_key);
  sql = build_select (klass, where);
  select.stmt = prepare (self, sql, error);
  if (select.stmt != NULL)
    g_array_append_val (self->selects, select);

  return select.stmt;
}

static gboolean
load_children (JxStore   *self,
               JxRecord  *record,
               gboolean   recursive,
               GError   **error)
{
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (JX_RECORD_GET_CLASS (record), &n_child_sets);

  for (guint i = 0; i < n_child_sets; i++)
    {
      g_autoptr(GPtrArray) children = NULL;
      sqlite3_stmt *stmt = prepare_children_select (self, &child_sets[i], error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, jx_record_get_id (record));
      children = collect_records (self, child_sets[i].type, stmt, error);
      if (children == NULL)
        return FALSE;

      jx_record_clear_children (record, child_sets[i].name);
      for (guint j = 0; j < children->len; j++)
        {
          JxRecord *child = g_ptr_array_index (children, j);

          if (recursive && !load_children (self, child, TRUE, error))
            return FALSE;
          jx_record_append_child (record, child_sets[i].name, child);
        }
    }

  return TRUE;
}

/**
 * jx_store_load_children:
 * @self: a store
 * @record: a stored record
 * @recursive: whether to load the children's children too
 * @error: return location for a #JX_STORE_ERROR
 *
 * Replaces the children of @record in memory by those in the database.
 */
gboolean
jx_store_load_children (JxStore   *self,
                        JxRecord  *record,
                        gboolean   recursive,
                        GError   **error)
{
  gboolean own_transaction;
  gboolean ok;

  g_return_val_if_fail (JX_IS_STORE (self), FALSE);
  g_return_val_if_fail (jx_record_get_id (record) > 0, FALSE);

  /* A year's tree takes a thousand queries: in a read transaction of
   * their own they lock the file once, and read one state of it. */
  own_transaction = recursive && sqlite3_get_autocommit (self->db);
  if (own_transaction && !exec (self, "BEGIN DEFERRED", _("Could not read the database"), error))
    return FALSE;

  ok = load_children (self, record, recursive, error);

  if (own_transaction)
    {
      if (ok)
        ok = exec (self, "COMMIT", _("Could not read the database"), error);
      else
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
    }

  return ok;
}

/**
 * jx_store_count_children:
 * @self: a store
 * @record: a stored record
 * @child_set: the name of one of its child sets ("projects")
 * @n_children: (out): return location for the number of children stored
 * @error: return location for a #JX_STORE_ERROR
 *
 * Counts the children of @record in the database without reading them,
 * whatever of them is loaded in memory.
 *
 * Returns: whether they could be counted
 */
gboolean
jx_store_count_children (JxStore     *self,
                         JxRecord    *record,
                         const char  *child_set,
                         guint64     *n_children,
                         GError     **error)
{
  const JxChildSet *set;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  gint64 count;

  g_return_val_if_fail (JX_IS_STORE (self), FALSE);
  g_return_val_if_fail (jx_record_get_id (record) > 0, FALSE);
  g_return_val_if_fail (n_children != NULL, FALSE);

  set = jx_record_class_find_child_set (JX_RECORD_GET_CLASS (record), child_set);
  g_return_val_if_fail (set != NULL, FALSE);

  sql = g_strdup_printf ("SELECT COUNT(*) FROM %s WHERE %s = ?1",
                         jx_record_class_get_table (record_class (set->type)), set->owner_key);
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, jx_record_get_id (record));
  if (!step_int (self, stmt, &count, error))
    return FALSE;

  *n_children = (guint64) count;
  return TRUE;
}

static void
bind_field (sqlite3_stmt *stmt,
            int           index,
            JxRecord     *record,
            guint         prop_id,
            GParamSpec   *pspec)
{
  const GValue *value = jx_record_peek_value (record, prop_id);

  if (jx_field_is_empty (pspec, value))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  switch (jx_field_get_kind (pspec))
    {
    case JX_FIELD_TEXT:
    case JX_FIELD_DECIMAL:
    case JX_FIELD_REFERENCE:
      sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_STATIC);
      break;

    case JX_FIELD_INTEGER:
    case JX_FIELD_MONEY:
    case JX_FIELD_POINTS:
      sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
      break;

    case JX_FIELD_ENUM:
      {
        GEnumValue *enum_value = g_enum_get_value (G_PARAM_SPEC_ENUM (pspec)->enum_class,
                                                   g_value_get_enum (value));

        sqlite3_bind_text (stmt, index, enum_value->value_nick, -1, SQLITE_STATIC);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static const char *
describe_record (JxRecord *record)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (record);
  GParamSpec *name = jx_record_class_find_field (klass, "name");

  if (name == NULL)
    name = jx_record_class_find_field (klass, "label");

  if (name != NULL)
    {
      const char *text = g_value_get_string (jx_record_peek_value (record, name->param_id));

      if (text != NULL)
        return text;
    }

  return G_OBJECT_TYPE_NAME (record) + 2;
}

/* The statement that inserts a record of @klass owned through
 * @owner_key, prepared once: an import inserts a million records. */
static sqlite3_stmt *
prepare_insert (JxStore        *self,
                JxRecordClass  *klass,
                const char     *owner_key,
                GError        **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  RecordStatement insert = { klass, owner_key, NULL };
  guint n_fields;
  GParamSpec **fields = jx_record_class_get_fields (klass, &n_fields);

  for (guint i = 0; i < self->inserts->len; i++)
    {
      const RecordStatement *known = &g_array_index (self->inserts, RecordStatement, i);

      if (known->klass == klass && g_strcmp0 (known->owner_key, owner_key) == 0)
        return known->stmt;
    }

  g_string_printf (sql, "INSERT INTO %s (position", jx_record_class_get_table (klass));
  g_string_append (values, "?");
  if (owner_key != NULL)
    {
      g_string_append_printf (sql, ", %s", owner_key);
      g_string_append (values, ", ?");
    }

  for (guint i = 0; i < n_fields; i++)
    {
      if (jx_field_get_kind (fields[i]) == JX_FIELD_REFERENCE)
        {
          g_string_append_printf (sql, ", %s_id", jx_field_get_key (fields[i]));
          g_string_append_printf (values, ", (SELECT id FROM %s WHERE name = ?)",
                                  jx_field_get_reference_table (fields[i]));
        }
      else
        {
          g_string_append_printf (sql, ", %s", jx_field_get_key (fields[i]));
          g_string_append (values, ", ?");
        }
    }

  g_string_append_printf (sql, ") VALUES (%s)", values->str);

  insert.stmt = prepare (self, sql->str, error);
  if (insert.stmt != NULL)
    g_array_append_val (self->inserts, insert);

  return insert.stmt;
}

static gboolean
insert_record (JxStore     *self,
               JxRecord    *record,
               const char  *owner_key,
               gint64       owner_id,
               gint64       position,
               GError     **error)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (record);
  guint n_fields;
  GParamSpec **fields = jx_record_class_get_fields (klass, &n_fields);
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (klass, &n_child_sets);
  sqlite3_stmt *stmt;
  int index = 1;
  int rc;

  stmt = prepare_insert (self, klass, owner_key, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, index++, position);
  if (owner_key != NULL)
    sqlite3_bind_int64 (stmt, index++, owner_id);
  for (guint i = 0; i < n_fields; i++)
    bind_field (stmt, index++, record, i + 1, fields[i]);

  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      g_autofree char *context = g_strdup_printf (_("Could not save “%s”"), describe_record (record));

      set_sqlite_error (self, error, rc, context);
      return FALSE;
    }

  jx_record_set_id (record, sqlite3_last_insert_rowid (self->db));

  for (guint i = 0; i < n_child_sets; i++)
    {
      GPtrArray *children = jx_record_get_children (record, child_sets[i].name);

      for (guint j = 0; j < children->len; j++)
        if (!insert_record (self, g_ptr_array_index (children, j), child_sets[i].owner_key,
                            jx_record_get_id (record), j, error))
          return FALSE;
    }

  return TRUE;
}

static gboolean
savepoint (JxStore     *self,
           const char  *sql,
           GError     **error)
{
  return exec (self, sql, _("Could not save"), error);
}

static void
rollback_savepoint (JxStore *self)
{
  sqlite3_exec (self->db, "ROLLBACK TO jx_edit; RELEASE jx_edit", NULL, NULL, NULL);
}

/**
 * jx_store_insert:
 * @self: a store
 * @record: a record that is not stored yet, with its children
 * @owner: (nullable): the stored record that owns @record, %NULL for a
 *   record that stands alone (a department, a scoring profile)
 * @child_set: (nullable): the name of the child set of @owner that
 *   @record joins, at its end
 * @error: return location for a #JX_STORE_ERROR
 *
 * Stores @record and everything it owns, all or nothing, and sets their
 * ids.  @record is not added to @owner's children in memory.
 */
gboolean
jx_store_insert (JxStore     *self,
                 JxRecord    *record,
                 JxRecord    *owner,
                 const char  *child_set,
                 GError     **error)
{
  const JxChildSet *set = NULL;
  g_autofree char *position_sql = NULL;
  gint64 position;

  g_return_val_if_fail (JX_IS_STORE (self), FALSE);
  g_return_val_if_fail (JX_IS_RECORD (record), FALSE);
  g_return_val_if_fail (owner == NULL || jx_record_get_id (owner) > 0, FALSE);

  if (owner != NULL)
    {
      set = jx_record_class_find_child_set (JX_RECORD_GET_CLASS (owner), child_set);
      g_return_val_if_fail (set != NULL, FALSE);
      g_return_val_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (record, set->type), FALSE);
      position_sql = g_strdup_printf ("SELECT COALESCE (MAX (position) + 1, 0) FROM %s WHERE %s = %" G_GINT64_FORMAT,
                                      jx_record_class_get_table (JX_RECORD_GET_CLASS (record)),
                                      set->owner_key, jx_record_get_id (owner));
    }
  else
    {
      position_sql = g_strdup_printf ("SELECT COALESCE (MAX (position) + 1, 0) FROM %s",
                                      jx_record_class_get_table (JX_RECORD_GET_CLASS (record)));
    }

  if (!savepoint (self, "SAVEPOINT jx_edit", error))
    return FALSE;

  if (!query_int (self, position_sql, &position, error) ||
      !insert_record (self, record,
                      set != NULL ? set->owner_key : NULL,
                      owner != NULL ? jx_record_get_id (owner) : 0,
                      position, error))
    {
      rollback_savepoint (self);
      return FALSE;
    }

  return savepoint (self, "RELEASE jx_edit", error);
}

/* A reference must name an existing record, and a department must not
 * end up above itself. */
static gboolean
check_reference (JxStore     *self,
                 JxRecord    *record,
                 GParamSpec  *pspec,
                 const char  *name,
                 GError     **error)
{
  const char *table = jx_field_get_reference_table (pspec);
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE name = ?1", table);
  sqlite3_stmt *stmt;
  gint64 target_id;
  int rc;

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  target_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      set_sqlite_error (self, error, rc, _("Could not read the database"));
      return FALSE;
    }

  if (target_id == 0)
    {
      if (g_str_equal (table, "departments"))
        g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT,
                     _("There is no department named “%s”"), name);
      else
        g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT,
                     _("There is no scoring profile named “%s”"), name);
      return FALSE;
    }

  if (!g_str_equal (table, jx_record_class_get_table (JX_RECORD_GET_CLASS (record))))
    return TRUE;

  /* A record of the same table: it must not be the record itself or
   * below it. */
  g_clear_pointer (&sql, g_free);
  sql = g_strdup_printf ("WITH RECURSIVE up (id) AS ("
                         "  SELECT ?1"
                         "  UNION SELECT t.%1$s_id FROM %2$s AS t JOIN up ON t.id = up.id"
                         "  WHERE t.%1$s_id IS NOT NULL"
                         ") SELECT count(*) FROM up WHERE id = ?2",
                         jx_field_get_key (pspec), table);
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, target_id);
  sqlite3_bind_int64 (stmt, 2, jx_record_get_id (record));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) > 0)
    {
      sqlite3_reset (stmt);
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT,
                   _("“%s” cannot belong to “%s”, which belongs to it"),
                   describe_record (record), name);
      return FALSE;
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW)
    {
      set_sqlite_error (self, error, rc, _("Could not read the database"));
      return FALSE;
    }

  return TRUE;
}

/**
 * jx_store_update_field:
 * @self: a store
 * @record: a stored record
 * @property_name: the field to write
 * @error: return location for a #JX_STORE_ERROR
 *
 * Writes the field's value in @record to the database, in a transaction
 * of its own unless a jx_store_begin() transaction is open.
 */
gboolean
jx_store_update_field (JxStore     *self,
                       JxRecord    *record,
                       const char  *property_name,
                       GError     **error)
{
  GParamSpec *pspec;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JX_IS_STORE (self), FALSE);
  g_return_val_if_fail (jx_record_get_id (record) > 0, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property_name);
  g_return_val_if_fail (pspec != NULL && pspec->owner_type == G_OBJECT_TYPE (record), FALSE);

  if (jx_field_get_kind (pspec) == JX_FIELD_REFERENCE)
    {
      const char *name = g_value_get_string (jx_record_peek_value (record, pspec->param_id));

      if (name != NULL && !check_reference (self, record, pspec, name, error))
        return FALSE;

      sql = g_strdup_printf ("UPDATE %s SET %s_id = (SELECT id FROM %s WHERE name = ?1) WHERE id = ?2",
                             jx_record_class_get_table (JX_RECORD_GET_CLASS (record)),
                             jx_field_get_key (pspec), jx_field_get_reference_table (pspec));
    }
  else
    {
      sql = g_strdup_printf ("UPDATE %s SET %s = ?1 WHERE id = ?2",
                             jx_record_class_get_table (JX_RECORD_GET_CLASS (record)),
                             jx_field_get_key (pspec));
    }

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  bind_field (stmt, 1, record, pspec->param_id, pspec);
  sqlite3_bind_int64 (stmt, 2, jx_record_get_id (record));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);

  if (rc != SQLITE_DONE)
    {
      g_autofree char *context = g_strdup_printf (_("Could not save “%s”"), describe_record (record));

      set_sqlite_error (self, error, rc, context);
      return FALSE;
    }

  return TRUE;
}

/**
 * jx_store_delete:
 * @self: a store
 * @record: a stored record
 * @error: return location for a #JX_STORE_ERROR
 *
 * Deletes @record and everything it owns from the database.  @record
 * keeps its values, so that the deletion can be undone by inserting it
 * again.
 */
gboolean
jx_store_delete (JxStore   *self,
                 JxRecord  *record,
                 GError   **error)
{
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (JX_IS_STORE (self), FALSE);
  g_return_val_if_fail (jx_record_get_id (record) > 0, FALSE);

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1",
                         jx_record_class_get_table (JX_RECORD_GET_CLASS (record)));
  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, jx_record_get_id (record));
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    {
      g_autofree char *context = g_strdup_printf (_("Could not delete “%s”"), describe_record (record));

      set_sqlite_error (self, error, rc, context);
      return FALSE;
    }

  jx_record_set_id (record, 0);
  return TRUE;
}

/**
 * jx_store_save_order:
 * @self: a store
 * @records: (element-type JxRecord): stored records of one table, the
 *   children of one owner (or all departments) in their new order
 * @error: return location for a #JX_STORE_ERROR
 *
 * Writes the index of each record in @records as its position, all or
 * nothing, so that they load in this order.
 */
gboolean
jx_store_save_order (JxStore    *self,
                     GPtrArray  *records,
                     GError    **error)
{
  g_return_val_if_fail (JX_IS_STORE (self), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  for (guint i = 0; i < records->len; i++)
    g_return_val_if_fail (jx_record_get_id (g_ptr_array_index (records, i)) > 0, FALSE);

  if (records->len == 0)
    return TRUE;

  if (!savepoint (self, "SAVEPOINT jx_edit", error))
    return FALSE;

  for (guint i = 0; i < records->len; i++)
    {
      JxRecord *record = g_ptr_array_index (records, i);
      g_autofree char *sql = NULL;
      sqlite3_stmt *stmt;
      int rc;

      sql = g_strdup_printf ("UPDATE %s SET position = ?1 WHERE id = ?2",
                             jx_record_class_get_table (JX_RECORD_GET_CLASS (record)));
      stmt = prepare (self, sql, error);
      if (stmt == NULL)
        {
          rollback_savepoint (self);
          return FALSE;
        }

      sqlite3_bind_int64 (stmt, 1, i);
      sqlite3_bind_int64 (stmt, 2, jx_record_get_id (record));
      rc = sqlite3_step (stmt);
      sqlite3_reset (stmt);

      if (rc != SQLITE_DONE)
        {
          g_autofree char *context = g_strdup_printf (_("Could not save the order of “%s”"),
                                                      describe_record (record));

          set_sqlite_error (self, error, rc, context);
          rollback_savepoint (self);
          return FALSE;
        }

      /* A record that another program deleted would put the order in
       * memory and in the file out of step. */
      if (sqlite3_changes (self->db) != 1)
        {
          g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_FOUND,
                       _("“%s” is no longer in the database"), describe_record (record));
          rollback_savepoint (self);
          return FALSE;
        }
    }

  return savepoint (self, "RELEASE jx_edit", error);
}

/* Makes every write of @self fail with SQLITE_READONLY, as a file that
 * cannot be written does; for the tests of what happens then. */
void
jx_store_set_query_only (JxStore  *self,
                         gboolean  query_only)
{
  g_return_if_fail (JX_IS_STORE (self));

  sqlite3_exec (self->db, query_only ? "PRAGMA query_only = ON" : "PRAGMA query_only = OFF",
                NULL, NULL, NULL);
}
