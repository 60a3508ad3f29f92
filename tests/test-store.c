/* test-store.c: the SQLite database keeps everything and refuses what is
 * not its own without touching it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "jx-store-private.h"
#include "test-utils.h"

static const GType *
record_types (guint *n_types)
{
  static GType types[10];

  types[0] = JX_TYPE_DEPARTMENT;
  types[1] = JX_TYPE_DEPARTMENT_YEAR;
  types[2] = JX_TYPE_BUDGET_LINE;
  types[3] = JX_TYPE_STATED_FIGURE;
  types[4] = JX_TYPE_CATEGORY_WEIGHT;
  types[5] = JX_TYPE_PROJECT;
  types[6] = JX_TYPE_FUNDING_ROW;
  types[7] = JX_TYPE_ALLOCATION_LINE;
  types[8] = JX_TYPE_INDICATOR;
  types[9] = JX_TYPE_SCORING_PROFILE;

  *n_types = G_N_ELEMENTS (types);
  return types;
}

static sqlite3 *
open_raw (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static gint64
raw_int (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  return value;
}

static void
test_new_database_is_marked_and_current (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "new.db");
  sqlite3 *db = open_raw (jx_store_get_path (store));

  g_assert_cmpint (raw_int (db, "PRAGMA application_id"), ==, 0x4A58414F);
  g_assert_cmpint (raw_int (db, "PRAGMA user_version"), ==, jx_store_get_schema_version (store));
  g_assert_cmpuint (jx_store_get_schema_version (store), >=, 1);
  g_assert_true (jx_store_is_empty (store, NULL));
  sqlite3_close (db);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* A year's indicators and its projects' share a table: the children of
 * either are found through an index that holds only theirs. */
static void
test_children_are_found_through_their_own_index (void)
{
  static const char * const lookups[][2] = {
    { "indicators", "project_id" },
    { "indicators", "department_year_id" },
    { "category_weights", "project_id" },
    { "category_weights", "department_year_id" },
  };
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "indexes.db");
  sqlite3 *db = open_raw (jx_store_get_path (store));

  for (guint i = 0; i < G_N_ELEMENTS (lookups); i++)
    {
      g_autofree char *partial = g_strdup_printf ("SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                                                  " AND tbl_name = '%s' AND sql LIKE '%%WHERE %s IS NOT NULL'",
                                                  lookups[i][0], lookups[i][1]);
      g_autofree char *plan = g_strdup_printf ("EXPLAIN QUERY PLAN SELECT * FROM %s AS t WHERE t.%s = 1 ORDER BY position",
                                               lookups[i][0], lookups[i][1]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (raw_int (db, partial), ==, 1);

      g_assert_cmpint (sqlite3_prepare_v2 (db, plan, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_test_message ("%s: %s", plan, (const char *) sqlite3_column_text (stmt, 3));
      g_assert_nonnull (strstr ((const char *) sqlite3_column_text (stmt, 3), "USING INDEX"));
      sqlite3_finalize (stmt);
    }

  sqlite3_close (db);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* Every field of every record type has its column, and every column but
 * the bookkeeping ones is a field. */
static void
test_schema_matches_fields (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "schema.db");
  sqlite3 *db = open_raw (jx_store_get_path (store));
  guint n_types;
  const GType *types = record_types (&n_types);

  for (guint t = 0; t < n_types; t++)
    {
      JxRecordClass *klass = g_type_class_ref (types[t]);
      g_autofree char *sql = g_strdup_printf ("PRAGMA table_info (%s)", jx_record_class_get_table (klass));
      g_autoptr(GHashTable) columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      sqlite3_stmt *stmt = NULL;
      guint n_fields;
      GParamSpec **fields = jx_record_class_get_fields (klass, &n_fields);

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        g_hash_table_add (columns, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      sqlite3_finalize (stmt);

      g_assert_true (g_hash_table_remove (columns, "id"));
      g_assert_true (g_hash_table_remove (columns, "position"));

      for (guint i = 0; i < n_fields; i++)
        {
          g_autofree char *column = NULL;

          if (jx_field_get_kind (fields[i]) == JX_FIELD_REFERENCE)
            column = g_strdup_printf ("%s_id", jx_field_get_key (fields[i]));
          else
            column = g_strdup (jx_field_get_key (fields[i]));

          g_test_message ("%s.%s", jx_record_class_get_table (klass), column);
          g_assert_true (g_hash_table_remove (columns, column));
        }

      /* What is left are the owner columns. */
      {
        GHashTableIter iter;
        gpointer column;

        g_hash_table_iter_init (&iter, columns);
        while (g_hash_table_iter_next (&iter, &column, NULL))
          g_assert_true (g_str_has_suffix (column, "_id"));
      }

      g_type_class_unref (klass);
    }

  sqlite3_close (db);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static JxDepartment *
make_department (const char *name)
{
  JxDepartment *department = jx_department_new ();
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();
  g_autoptr(JxProject) project = jx_project_new ();
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();
  g_autoptr(JxIndicator) project_indicator = jx_indicator_new ();
  g_autoptr(JxIndicator) year_indicator = jx_indicator_new ();
  g_autoptr(JxStatedFigure) figure = jx_stated_figure_new ();

  jx_department_set_name (department, name);
  jx_department_set_staff_authorized (department, 66);
  jx_department_year_set_year (year, 2021);
  jx_department_year_set_actual_basic (year, G_GINT64_CONSTANT (1330980000));
  jx_department_year_set_problems (year, "基本支出经费保障水平偏低");

  jx_stated_figure_set_figure (figure, JX_STATED_FIGURE_KIND_PROJECT_EXPENDITURE);
  jx_stated_figure_set_written (figure, "139,26.31");
  jx_record_append_child (JX_RECORD (year), "stated_figures", JX_RECORD (figure));

  jx_project_set_name (project, "创新型孵化器建设扶持资金项目");
  jx_project_set_kind (project, JX_PROJECT_KIND_LOCAL);
  jx_project_set_stated_score (project, 9250);
  jx_funding_row_set_source (row, JX_FUNDING_SOURCE_APPROPRIATION);
  jx_funding_row_set_adjusted (row, 681530700);
  jx_record_append_child (JX_RECORD (project), "funding", JX_RECORD (row));

  jx_indicator_set_level1 (project_indicator, "产出指标");
  jx_indicator_set_level2 (project_indicator, "数量指标");
  jx_indicator_set_name (project_indicator, "引进港澳台项目数量");
  jx_indicator_set_comparator (project_indicator, JX_COMPARATOR_GE);
  jx_indicator_set_target_value (project_indicator, "4");
  jx_indicator_set_actual_value (project_indicator, "0");
  jx_record_append_child (JX_RECORD (project), "indicators", JX_RECORD (project_indicator));
  jx_record_append_child (JX_RECORD (year), "projects", JX_RECORD (project));

  jx_indicator_set_level1 (year_indicator, "投入管理指标");
  jx_indicator_set_name (year_indicator, "预决算信息公开性");
  jx_indicator_set_comparator (year_indicator, JX_COMPARATOR_QUALITATIVE);
  jx_indicator_set_target_text (year_indicator, "按时公开");
  jx_record_append_child (JX_RECORD (year), "indicators", JX_RECORD (year_indicator));

  jx_record_append_child (JX_RECORD (department), "years", JX_RECORD (year));
  return department;
}

static JxDepartment *
reload (JxStore    *store,
        const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartment) department = jx_store_find_department (store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (department);
  g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&department);
}

static void
test_insert_and_load_keep_everything (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "insert.db", NULL);
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "insert.db");
  g_autoptr(JxDepartment) department = make_department ("衡阳市科学技术局");
  g_autoptr(JxDepartment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  JxIndicator *indicator;

  g_assert_true (jx_store_insert (store, JX_RECORD (department), NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (department)), >, 0);

  /* A project's indicators and a year's indicators share a table but not
   * their owners. */
  g_assert_cmpint (jx_test_count_rows (store, "indicators"), ==, 2);

  g_clear_object (&store);
  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_no_error (error);

  loaded = reload (store, "衡阳市科学技术局");
  g_assert_true (jx_record_equal (JX_RECORD (department), JX_RECORD (loaded)));

  indicator = g_ptr_array_index (jx_department_year_get_indicators (g_ptr_array_index (jx_department_get_years (loaded), 0)), 0);
  g_assert_cmpstr (jx_indicator_get_target_text (indicator), ==, "按时公开");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_QUALITATIVE);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* Counted in the database, whatever is loaded: a year's indicators and
 * its projects' share a table but not their owners. */
static void
test_count_children_reads_the_database (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "count.db");
  g_autoptr(JxDepartment) department = make_department ("兰州新区科技局");
  g_autoptr(JxProject) second = jx_project_new ();
  g_autoptr(GError) error = NULL;
  JxDepartmentYear *year;
  guint64 n_children = 0;

  g_assert_true (jx_store_insert (store, JX_RECORD (department), NULL, NULL, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);

  g_assert_true (jx_store_count_children (store, JX_RECORD (year), "projects", &n_children, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_children, ==, 1);
  g_assert_true (jx_store_count_children (store, JX_RECORD (year), "indicators", &n_children, &error));
  g_assert_cmpuint (n_children, ==, 1);
  g_assert_true (jx_store_count_children (store, JX_RECORD (year), "budget_lines", &n_children, &error));
  g_assert_cmpuint (n_children, ==, 0);

  /* Stored but not in the year's children in memory. */
  jx_project_set_name (second, "科技创新券补助项目");
  g_assert_true (jx_store_insert (store, JX_RECORD (second), JX_RECORD (year), "projects", &error));
  g_assert_cmpuint (jx_department_year_get_projects (year)->len, ==, 1);
  g_assert_true (jx_store_count_children (store, JX_RECORD (year), "projects", &n_children, &error));
  g_assert_cmpuint (n_children, ==, 2);
  g_assert_true (jx_store_count_children (store, JX_RECORD (department), "years", &n_children, &error));
  g_assert_cmpuint (n_children, ==, 1);
  g_assert_no_error (error);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_update_field_is_saved_at_once (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "update.db", NULL);
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "update.db");
  g_autoptr(JxStore) other = NULL;
  g_autoptr(JxDepartment) department = make_department ("石家庄高新区科技局");
  g_autoptr(JxDepartment) seen = NULL;
  g_autoptr(GError) error = NULL;
  JxProject *project;

  g_assert_true (jx_store_insert (store, JX_RECORD (department), NULL, NULL, &error));

  project = g_ptr_array_index (jx_department_year_get_projects (g_ptr_array_index (jx_department_get_years (department), 0)), 0);
  jx_project_set_stated_score (project, 9300);
  g_assert_true (jx_store_update_field (store, JX_RECORD (project), "stated-score", &error));
  g_assert_no_error (error);
  jx_project_set_code (project, NULL);
  g_assert_true (jx_store_update_field (store, JX_RECORD (project), "code", &error));

  /* Another connection sees the edit without any save step. */
  other = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_no_error (error);
  seen = reload (other, "石家庄高新区科技局");
  g_assert_true (jx_record_equal (JX_RECORD (department), JX_RECORD (seen)));

  g_clear_object (&other);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_delete_takes_what_it_owns (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "delete.db");
  g_autoptr(JxDepartment) department = make_department ("新乡市科学技术局");
  g_autoptr(GError) error = NULL;
  JxDepartmentYear *year;

  g_assert_true (jx_store_insert (store, JX_RECORD (department), NULL, NULL, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);

  g_assert_true (jx_store_delete (store, JX_RECORD (year), &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (year)), ==, 0);
  g_assert_cmpint (jx_test_count_rows (store, "projects"), ==, 0);
  g_assert_cmpint (jx_test_count_rows (store, "indicators"), ==, 0);
  g_assert_cmpint (jx_test_count_rows (store, "funding_rows"), ==, 0);
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 1);

  /* The deleted year keeps its values: inserting it again undoes. */
  g_assert_true (jx_store_insert (store, JX_RECORD (year), JX_RECORD (department), "years", &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (store, "indicators"), ==, 2);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_constraints_are_clear_errors (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "constraints.db");
  g_autoptr(JxDepartment) first = make_department ("兰州新区科技局");
  g_autoptr(JxDepartment) second = make_department ("兰州新区科技局");
  g_autoptr(JxDepartmentYear) same_year = jx_department_year_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_store_insert (store, JX_RECORD (first), NULL, NULL, &error));

  g_assert_false (jx_store_insert (store, JX_RECORD (second), NULL, NULL, &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "兰州新区科技局"));
  g_clear_error (&error);

  /* All or nothing: none of the second department's rows remain. */
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 1);
  g_assert_cmpint (jx_test_count_rows (store, "projects"), ==, 1);

  jx_department_year_set_year (same_year, 2021);
  g_assert_false (jx_store_insert (store, JX_RECORD (same_year), JX_RECORD (first), "years", &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_parent_must_exist_and_not_loop (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "parents.db");
  g_autoptr(JxDepartment) bureau = make_department ("衡阳市科学技术局");
  g_autoptr(JxDepartment) institute = make_department ("衡阳市科技信息所");
  g_autoptr(JxDepartment) reloaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_store_insert (store, JX_RECORD (bureau), NULL, NULL, &error));
  g_assert_true (jx_store_insert (store, JX_RECORD (institute), NULL, NULL, &error));

  jx_department_set_parent (institute, "衡阳市科学技术局");
  g_assert_true (jx_store_update_field (store, JX_RECORD (institute), "parent", &error));
  g_assert_no_error (error);
  reloaded = reload (store, "衡阳市科技信息所");
  g_assert_cmpstr (jx_department_get_parent (reloaded), ==, "衡阳市科学技术局");

  jx_department_set_parent (bureau, "衡阳市科技信息所");
  g_assert_false (jx_store_update_field (store, JX_RECORD (bureau), "parent", &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  jx_department_set_parent (bureau, "不存在的局");
  g_assert_false (jx_store_update_field (store, JX_RECORD (bureau), "parent", &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "不存在的局"));

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_rollback_forgets_bulk_work (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "rollback.db");
  g_autoptr(JxDepartment) kept = make_department ("甲局");
  g_autoptr(JxDepartment) inner = make_department ("乙局");
  g_autoptr(JxDepartment) outer = make_department ("丙局");
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_store_begin (store, &error));
  g_assert_true (jx_store_insert (store, JX_RECORD (kept), NULL, NULL, &error));

  /* Nothing is visible to other programs before the commit. */
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 0);

  g_assert_true (jx_store_begin (store, &error));
  g_assert_true (jx_store_insert (store, JX_RECORD (inner), NULL, NULL, &error));
  jx_store_rollback (store);

  g_assert_true (jx_store_commit (store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 1);

  g_assert_true (jx_store_begin (store, &error));
  g_assert_true (jx_store_insert (store, JX_RECORD (outer), NULL, NULL, &error));
  jx_store_rollback (store);
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 1);
  g_assert_cmpint (jx_test_count_rows (store, "indicators"), ==, 2);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_journal_is_wal_with_foreign_keys (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "wal.db");
  sqlite3 *db = open_raw (jx_store_get_path (store));
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* Opens @path and expects @code; the file must be exactly as before. */
static void
assert_refused_untouched (const char        *path,
                          JxStoreOpenFlags   flags,
                          JxStoreError       code,
                          const char        *phrase)
{
  g_autofree char *before = jx_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = jx_store_open (path, flags, &error);
  if (store != NULL)
    {
      /* Some damage only shows when the data is read. */
      g_autoptr(GPtrArray) departments = jx_store_list_departments (store, &error);

      g_assert_null (departments);
    }

  g_assert_error (error, JX_STORE_ERROR, (int) code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, phrase));
  g_clear_object (&store);

  after = jx_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_refuses_text_file (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.jixiao", NULL);

  g_assert_true (g_file_set_contents (path, "2020年度兰州新区科技局部门预算执行情况自评报告\n", -1, NULL));
  assert_refused_untouched (path, JX_STORE_OPEN_FLAGS_CREATE, JX_STORE_ERROR_NOT_JIXIAO, "not a Jixiao database");

  jx_test_remove_dir (dir);
}

static void
test_refuses_other_sqlite_database (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "other.sqlite", NULL);
  sqlite3 *db = open_raw (path);

  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE accounts (id INTEGER); INSERT INTO accounts VALUES (1)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (path, JX_STORE_OPEN_FLAGS_CREATE, JX_STORE_ERROR_NOT_JIXIAO, "another program");

  jx_test_remove_dir (dir);
}

static char *
make_closed_samples (const char *dir)
{
  g_autoptr(JxStore) store = jx_test_open_samples (dir);

  return g_strdup (jx_store_get_path (store));
}

static void
test_refuses_newer_version (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_closed_samples (dir);
  g_autofree char *pragma = g_strdup_printf ("PRAGMA user_version = %u", 1000u);
  sqlite3 *db = open_raw (path);

  g_assert_cmpint (sqlite3_exec (db, pragma, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  assert_refused_untouched (path, JX_STORE_OPEN_FLAGS_NONE, JX_STORE_ERROR_NEWER_VERSION, "newer version");

  jx_test_remove_dir (dir);
}

static void
test_refuses_read_only_file (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_closed_samples (dir);

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  assert_refused_untouched (path, JX_STORE_OPEN_FLAGS_NONE, JX_STORE_ERROR_READ_ONLY, "read-only");

  jx_test_remove_dir (dir);
}

static void
test_refuses_damaged_file (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_closed_samples (dir);
  g_autofree char *contents = NULL;
  gsize length;

  /* Overwrite everything after the first page header: the schema and
   * data pages are garbage now, the file still looks like SQLite. */
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  for (gsize i = 100; i < length; i++)
    contents[i] = (char) (i * 7 + 13);
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));

  assert_refused_untouched (path, JX_STORE_OPEN_FLAGS_NONE, JX_STORE_ERROR_CORRUPT, "damaged");

  jx_test_remove_dir (dir);
}

static void
test_missing_file_without_create (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "missing.db", NULL);
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_null (store);
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  jx_test_remove_dir (dir);
}

static void
test_empty_file_becomes_database_only_when_asked (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_null (store);
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_JIXIAO);
  g_clear_error (&error);

  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (jx_store_is_empty (store, NULL));

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* A database left at each older format by the migrations themselves opens
 * at the current format with its rows intact. */
static void
test_migrates_every_older_format (void)
{
  guint latest;

  {
    g_autofree char *dir = jx_test_make_dir ();
    g_autoptr(JxStore) store = jx_test_open_new_store (dir, "latest.db");

    latest = jx_store_get_schema_version (store);
    g_clear_object (&store);
    jx_test_remove_dir (dir);
  }

  for (guint version = 1; version <= latest; version++)
    {
      g_autofree char *dir = jx_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "old.db", NULL);
      g_autoptr(JxStore) store = NULL;
      g_autoptr(JxDepartment) department = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *pragmas = NULL;
      sqlite3 *db = open_raw (path);

      /* Build the old file as the old Jixiao did: its migrations, its
       * marks, and a row written with plain SQL. */
      for (guint step = 1; step <= version; step++)
        g_assert_cmpint (sqlite3_exec (db, jx_store_schema_get_migration (step), NULL, NULL, NULL), ==, SQLITE_OK);
      pragmas = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %u;"
                                 "INSERT INTO departments (name, staff_actual) VALUES ('衡阳市科学技术局', 116)",
                                 0x4A58414F, version);
      g_assert_cmpint (sqlite3_exec (db, pragmas, NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);

      store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (jx_store_get_schema_version (store), ==, latest);

      department = jx_store_find_department (store, "衡阳市科学技术局", &error);
      g_assert_no_error (error);
      g_assert_nonnull (department);
      g_assert_cmpint (jx_department_get_staff_actual (department), ==, 116);

      g_clear_object (&store);
      jx_test_remove_dir (dir);
    }
}

/* Every database ships the national default and the provincial variant,
 * with the numbers of DOMAIN.md. */
static void
test_ships_scoring_profiles (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "profiles.db");
  g_autoptr(JxScoringProfile) national = jx_scoring_profile_new_national ();
  g_autoptr(JxScoringProfile) provincial = jx_scoring_profile_new_provincial ();
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GError) error = NULL;

  stored = jx_store_list_records (store, JX_TYPE_SCORING_PROFILE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_true (jx_record_equal (g_ptr_array_index (stored, 0), JX_RECORD (national)));
  g_assert_true (jx_record_equal (g_ptr_array_index (stored, 1), JX_RECORD (provincial)));

  g_assert_cmpint (jx_scoring_profile_get_excellent_from (national), ==, 9000);
  g_assert_cmpint (jx_scoring_profile_get_excellent_from (provincial), ==, 8000);
  g_assert_cmpint (jx_scoring_profile_get_good_from (provincial), ==, 7000);
  g_assert_cmpint (jx_scoring_profile_get_category_weight (national, "产出指标"), ==, 5000);
  g_assert_cmpint (jx_scoring_profile_get_category_weight (national, "效益指标"), ==, 3000);
  g_assert_cmpint (jx_scoring_profile_get_category_weight (national, "满意度指标"), ==, 1000);
  g_assert_cmpint (jx_scoring_profile_get_category_weight (national, "投入管理指标"), ==, JX_UNSET);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* Saving the order of records that another program deleted meanwhile
 * fails, and changes no position. */
static void
test_order_of_vanished_records_is_refused (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "order.db");
  g_autoptr(JxStore) other = NULL;
  g_autoptr(JxDepartment) first = make_department ("甲局");
  g_autoptr(JxDepartment) second = make_department ("乙局");
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(JxDepartment) deleted = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_store_insert (store, JX_RECORD (first), NULL, NULL, &error));
  g_assert_true (jx_store_insert (store, JX_RECORD (second), NULL, NULL, &error));

  other = jx_store_open (jx_store_get_path (store), JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_no_error (error);
  deleted = jx_store_find_department (other, "甲局", &error);
  g_assert_true (jx_store_delete (other, JX_RECORD (deleted), &error));
  g_assert_no_error (error);

  g_ptr_array_add (order, second);
  g_ptr_array_add (order, first);
  g_assert_false (jx_store_save_order (store, order, &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "甲局"));
  g_assert_cmpint (jx_test_count_rows (store, "departments WHERE name = '乙局' AND position = 1"), ==, 1);
}

static void
test_year_refers_to_profile (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "profile-ref.db");
  g_autoptr(JxDepartment) department = make_department ("石家庄高新区科技局");
  g_autoptr(JxDepartment) loaded = NULL;
  g_autoptr(GError) error = NULL;
  JxDepartmentYear *year = g_ptr_array_index (jx_department_get_years (department), 0);

  jx_department_year_set_profile (year, "省级 80/70/60");
  g_assert_true (jx_store_insert (store, JX_RECORD (department), NULL, NULL, &error));
  g_assert_no_error (error);
  loaded = reload (store, "石家庄高新区科技局");
  g_assert_cmpstr (jx_department_year_get_profile (g_ptr_array_index (jx_department_get_years (loaded), 0)), ==, "省级 80/70/60");

  jx_department_year_set_profile (year, "不存在的规则");
  g_assert_false (jx_store_update_field (store, JX_RECORD (year), "profile", &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);
  g_assert_nonnull (strstr (error->message, "不存在的规则"));

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* main() points XDG_DATA_HOME at a directory of its own. */
static void
test_default_store_starts_with_samples_once (void)
{
  g_autofree char *path = jx_default_store_dup_path ();
  g_autoptr(JxStore) store = NULL;
  g_autoptr(JxDepartment) department = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_suffix (path, "/jixiao/jixiao.jixiao"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  store = jx_default_store_open (&error);
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 4);

  /* What the user deletes stays deleted: no second helping of samples. */
  department = jx_store_find_department (store, "新乡市科学技术局", &error);
  g_assert_true (jx_store_delete (store, JX_RECORD (department), &error));
  g_clear_object (&store);

  store = jx_default_store_open (&error);
  g_assert_no_error (error);
  departments = jx_store_list_departments (store, &error);
  g_assert_cmpuint (departments->len, ==, 3);

  g_clear_object (&store);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *data_home = jx_test_make_dir ();
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/new-database-is-marked-and-current", test_new_database_is_marked_and_current);
  g_test_add_func ("/store/schema-matches-fields", test_schema_matches_fields);
  g_test_add_func ("/store/children-are-found-through-their-own-index", test_children_are_found_through_their_own_index);
  g_test_add_func ("/store/insert-and-load-keep-everything", test_insert_and_load_keep_everything);
  g_test_add_func ("/store/count-children-reads-the-database", test_count_children_reads_the_database);
  g_test_add_func ("/store/update-field-is-saved-at-once", test_update_field_is_saved_at_once);
  g_test_add_func ("/store/delete-takes-what-it-owns", test_delete_takes_what_it_owns);
  g_test_add_func ("/store/constraints-are-clear-errors", test_constraints_are_clear_errors);
  g_test_add_func ("/store/parent-must-exist-and-not-loop", test_parent_must_exist_and_not_loop);
  g_test_add_func ("/store/rollback-forgets-bulk-work", test_rollback_forgets_bulk_work);
  g_test_add_func ("/store/journal-is-wal", test_journal_is_wal_with_foreign_keys);
  g_test_add_func ("/store/open/refuses-text-file", test_refuses_text_file);
  g_test_add_func ("/store/open/refuses-other-sqlite-database", test_refuses_other_sqlite_database);
  g_test_add_func ("/store/open/refuses-newer-version", test_refuses_newer_version);
  g_test_add_func ("/store/open/refuses-read-only-file", test_refuses_read_only_file);
  g_test_add_func ("/store/open/refuses-damaged-file", test_refuses_damaged_file);
  g_test_add_func ("/store/open/missing-file-without-create", test_missing_file_without_create);
  g_test_add_func ("/store/open/empty-file-becomes-database-only-when-asked", test_empty_file_becomes_database_only_when_asked);
  g_test_add_func ("/store/migrates-every-older-format", test_migrates_every_older_format);
  g_test_add_func ("/store/default/starts-with-samples-once", test_default_store_starts_with_samples_once);
  g_test_add_func ("/store/ships-scoring-profiles", test_ships_scoring_profiles);
  g_test_add_func ("/store/year-refers-to-profile", test_year_refers_to_profile);
  g_test_add_func ("/store/order-of-vanished-records-is-refused", test_order_of_vanished_records_is_refused);

  status = g_test_run ();
  jx_test_remove_dir (data_home);
  return status;
}
