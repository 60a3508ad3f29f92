/* test-exchange.c: the JSON exchange format loses nothing and lets
 * nothing bad in
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/resource.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "jx-json-writer.h"
#include "test-utils.h"

static char *
export_all (JxStore *store)
{
  g_autoptr(GError) error = NULL;
  char *text = jx_exchange_export_string (store, NULL, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static gboolean
import_text (JxStore          *store,
             const char       *text,
             JxImportFlags     flags,
             JxImportSummary  *summary,
             GError          **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return jx_exchange_import_bytes (store, bytes, "test.json", flags, summary, error);
}

static void
test_round_trip_reproduces_database (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autoptr(JxStore) copy = jx_test_open_new_store (dir, "copy.db");
  g_autofree char *first = export_all (samples);
  g_autofree char *second = NULL;
  g_autoptr(GPtrArray) original = NULL;
  g_autoptr(GPtrArray) copied = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(JxImportSummary) summary = { 0 };

  g_assert_true (import_text (copy, first, JX_IMPORT_FLAGS_NONE, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.n_departments, ==, 4);
  g_assert_cmpuint (summary.n_years, ==, 4);
  g_assert_null (summary.warnings);

  second = export_all (copy);
  g_assert_cmpstr (first, ==, second);

  /* And record by record, not only as text. */
  original = jx_store_list_departments (samples, &error);
  copied = jx_store_list_departments (copy, &error);
  g_assert_cmpuint (original->len, ==, copied->len);
  for (guint i = 0; i < original->len; i++)
    {
      g_assert_true (jx_store_load_children (samples, g_ptr_array_index (original, i), TRUE, &error));
      g_assert_true (jx_store_load_children (copy, g_ptr_array_index (copied, i), TRUE, &error));
      g_assert_true (jx_record_equal (g_ptr_array_index (original, i), g_ptr_array_index (copied, i)));
    }

  /* Every table holds as many rows in the copy. */
  {
    const char *tables[] = { "departments", "department_years", "budget_lines", "stated_figures",
                             "category_weights", "projects", "funding_rows", "allocation_lines",
                             "indicators" };

    for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
      g_assert_cmpint (jx_test_count_rows (samples, tables[i]), ==, jx_test_count_rows (copy, tables[i]));
  }

  g_clear_object (&samples);
  g_clear_object (&copy);
  jx_test_remove_dir (dir);
}

static void
test_money_is_written_as_exact_strings (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autofree char *text = export_all (samples);

  g_assert_nonnull (strstr (text, "\"681.5307\""));
  g_assert_nonnull (strstr (text, "\"139,26.31\""));   /* a stated figure, as written */
  g_assert_null (strstr (text, "681.53070000"));

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

static void
test_selection_by_department_and_year (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autoptr(JxStore) copy = jx_test_open_new_store (dir, "selection.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) departments = NULL;

  text = jx_exchange_export_string (samples, "衡阳市科学技术局", 2021, &error);
  g_assert_no_error (error);
  g_assert_true (import_text (copy, text, JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  departments = jx_store_list_departments (copy, &error);
  g_assert_cmpuint (departments->len, ==, 1);
  g_assert_cmpstr (jx_department_get_name (g_ptr_array_index (departments, 0)), ==, "衡阳市科学技术局");
  g_assert_cmpint (jx_test_count_rows (copy, "allocation_lines"), ==, 17);
  g_clear_pointer (&text, g_free);

  text = jx_exchange_export_string (samples, NULL, 2021, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (text, "兰州新区科技局"));     /* its year is 2020 */
  g_assert_nonnull (strstr (text, "新乡市科学技术局"));
  g_clear_pointer (&text, g_free);

  text = jx_exchange_export_string (samples, "衡阳市科学技术局", 2020, &error);
  g_assert_null (text);
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  text = jx_exchange_export_string (samples, "北京市科学技术委员会", 0, &error);
  g_assert_null (text);
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND);

  g_clear_object (&samples);
  g_clear_object (&copy);
  jx_test_remove_dir (dir);
}

#define HEAD "{\"format\":\"jixiao\",\"version\":1,\"departments\":["
#define TAIL "]}"
#define DEPARTMENT(years) "{\"name\":\"测试局\",\"years\":[" years "]}"
#define YEAR(projects) "{\"year\":2021,\"projects\":[" projects "]}"
#define PROJECT(fields) "{\"name\":\"项目甲\"" fields "}"

#define NESTED_10 "[[[[[{\"a\":[[[{\"b\":"
#define NESTED_70 NESTED_10 NESTED_10 NESTED_10 NESTED_10 NESTED_10 NESTED_10 NESTED_10

typedef struct {
  const char     *json;
  JxExchangeError code;
  const char     *message;   /* the JSON path and what is wrong */
} BadFile;

static const BadFile bad_files[] = {
  { "{\"format\": \"jixiao\", ", JX_EXCHANGE_ERROR_SYNTAX, "test.json is not valid JSON" },
  { "[1, 2]", JX_EXCHANGE_ERROR_INVALID, "(root): a Jixiao exchange file" },
  { "{\"format\":\"excel\",\"version\":1,\"departments\":[]}", JX_EXCHANGE_ERROR_INVALID, "not a Jixiao exchange file" },
  { "{\"format\":\"jixiao\",\"version\":\"1\",\"departments\":[]}", JX_EXCHANGE_ERROR_INVALID, "version: expected the format version" },
  { "{\"format\":\"jixiao\",\"version\":7,\"departments\":[]}", JX_EXCHANGE_ERROR_NEWER_VERSION, "newer version of Jixiao" },
  { "{\"format\":\"jixiao\",\"version\":1}", JX_EXCHANGE_ERROR_INVALID, "departments: the list of departments is missing" },
  { "{\"format\":\"jixiao\",\"version\":1,\"departments\":[],\"extra\":1}", JX_EXCHANGE_ERROR_INVALID, "extra: unknown field" },
  { HEAD "{\"code\":\"001\"}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0]: the field “name” is missing" },
  { HEAD "{\"name\":\"\"}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].name: must not be empty" },
  { HEAD "{\"name\":null}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].name: must be given" },
  { HEAD "{\"name\":42}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].name: expected text, found a number" },
  { HEAD "\"测试局\"" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0]: expected an object, found text" },
  { HEAD "{\"name\":\"测试局\",\"staff_actual\":-1}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].staff_actual: -1 is not between 0 and" },
  { HEAD "{\"name\":\"测试局\",\"staff_actual\":\"很多\"}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].staff_actual: “很多” is not a number" },
  { HEAD "{\"name\":\"测试局\",\"nmae\":\"x\"}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].nmae: unknown field" },
  { HEAD "{\"name\":\"测试局\",\"years\":{}}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].years: expected a list, found an object" },
  { HEAD DEPARTMENT ("{\"year\":1900}") TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].years[0].year: 1900 is not between 1949 and 9999" },
  { HEAD DEPARTMENT ("{\"year\":2021.5}") TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].years[0].year: “2021.5” has more than 0 decimals" },
  { HEAD DEPARTMENT ("{}") TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].years[0]: the field “year” is missing" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"actual_project\":\"139,26.31\"}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].actual_project: “139,26.31” has a misplaced thousands separator" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"actual_project\":\"十万\"}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].actual_project: “十万” is not a number" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"actual_project\":\"0.0000001\"}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].actual_project: “0.0000001” has more than 6 decimals" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"actual_project\":1e30}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].actual_project: write this number as a decimal in quotes" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"actual_project\":true}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].actual_project: expected a number, found true or false" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"actual_project\":\"99999999999999999\"}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].actual_project: “99999999999999999” is too large" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"budget_lines\":[{\"section\":\"income\",\"label\":\"其他收入\"}]}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].budget_lines[0].section: “income” is not one of: revenue, expenditure, three-public" },
  { HEAD DEPARTMENT (YEAR (PROJECT (",\"indicators\":[{\"level1\":\"产出指标\",\"name\":\"数量\",\"weight\":\"abc\"}]"))) TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].projects[0].indicators[0].weight: “abc” is not a number" },
  { HEAD DEPARTMENT (YEAR (PROJECT ("") "," PROJECT (",\"funding\":[{\"source\":\"appropriation\",\"actual\":[]}]"))) TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].projects[1].funding[0].actual: expected a number, found a list" },
  { HEAD DEPARTMENT (YEAR (PROJECT (",\"funding\":[{\"actual\":\"3.39\"}]"))) TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].projects[0].funding[0]: the field “source” is missing" },
  { HEAD DEPARTMENT (YEAR (PROJECT (",\"kind\":\"本级\""))) TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].projects[0].kind: “本级” is not one of: local, transfer, special" },
  { HEAD DEPARTMENT ("{\"year\":2021},{\"year\":2021}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[1].year: 测试局 has the year 2021 twice" },
  { HEAD DEPARTMENT ("") "," DEPARTMENT ("") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[1].name: “测试局” appears twice in the file" },
  { HEAD "{\"name\":\"甲\",\"parent\":\"乙\"},{\"name\":\"乙\",\"parent\":\"甲\"}" TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].parent: “甲” would belong to itself" },
  { HEAD "{\"name\":\"甲\",\"functions\":\"\xff\xfe\"}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "not a text file in UTF-8" },
  /* Found by tests/fuzz: an empty file, and nesting that would overflow
   * the stack of a recursive reader (a real file nests about ten deep). */
  { "", JX_EXCHANGE_ERROR_SYNTAX, "test.json is empty" },
  { "{\"format\":\"jixiao\",\"version\":1,\n\"generator\":" NESTED_70, JX_EXCHANGE_ERROR_SYNTAX,
    "test.json is not an exchange file: its arrays and objects are nested more than 64 deep at line 2" },
  { "{\"format\":\"jixiao\",\"version\":1,\n\"departments\":" NESTED_70, JX_EXCHANGE_ERROR_INVALID,
    "departments[0]: expected an object, found a list" },
  /* JSON that is not well formed says where. */
  { "{\"format\":\"jixiao\",\n  \"version\":1,\n  \"departments\":[{\"name\":\"甲\" \"code\":\"1\"}]}", JX_EXCHANGE_ERROR_SYNTAX,
    "test.json is not valid JSON: line 3, column 30: expected “,” or “}”, found “\"”" },
  { HEAD "{\"name\":\"甲\",}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "expected the name of a member in quotes, found “}”" },
  { HEAD "{\"name\":\"甲\"}," TAIL, JX_EXCHANGE_ERROR_SYNTAX, "expected a value, found “]”" },
  { HEAD "{\"name\":\"甲\\x\"}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "must be followed by one of" },
  { HEAD "{\"name\":\"甲\\ud800\"}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "first half of a character must be followed by the second half" },
  { HEAD "{\"name\":\"甲\\u0000\"}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "U+0000" },
  { HEAD "{\"name\":\"甲\tz\"}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "a control character in a string" },
  { HEAD "{\"name\":\"甲\",\"staff_actual\":012}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "expected the end of the number, found “1”" },
  { HEAD "{\"name\":\"甲\",\"staff_actual\":1.}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "a digit after the decimal point" },
  { HEAD "{\"name\":\"甲\",\"functions\":nul}" TAIL, JX_EXCHANGE_ERROR_SYNTAX, "expected null, found “n”" },
  { HEAD TAIL "x", JX_EXCHANGE_ERROR_SYNTAX, "there is more after the end" },
  { HEAD "{\"name\":\"甲\",\"name\":\"乙\"}" TAIL, JX_EXCHANGE_ERROR_INVALID, "departments[0].name: appears twice in the object" },
  { "{\"format\":\"jixiao\",\"version\":1,\"departments\":[],\"departments\":[]}", JX_EXCHANGE_ERROR_INVALID,
    "departments: appears twice in the object" },
  { HEAD DEPARTMENT ("{\"year\":2021,\"profile\":\"某省规则\"}") TAIL, JX_EXCHANGE_ERROR_INVALID,
    "departments[0].years[0].profile: there is no scoring profile named “某省规则”" },
  { "{\"format\":\"jixiao\",\"version\":2,\"scoring_profiles\":[{\"name\":\"甲\",\"missing_weights\":\"split\"}],\"departments\":[]}",
    JX_EXCHANGE_ERROR_INVALID, "scoring_profiles[0]: the field “reverse_formula” is missing" },
  { "{\"format\":\"jixiao\",\"version\":2,\"scoring_profiles\":[{\"name\":\"全国通用\",\"missing_weights\":\"split\",\"reverse_formula\":\"ratio\"}],\"departments\":[]}",
    JX_EXCHANGE_ERROR_CONFLICT, "The database has a different scoring profile named “全国通用”" },
};

/* A bad file names the place and what is wrong, and writes nothing. */
static void
test_bad_files_name_the_place_and_write_nothing (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autofree char *before = export_all (samples);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_auto(JxImportSummary) summary = { 0 };
      g_autofree char *after = NULL;

      g_test_message ("importing bad file %u, expecting “%s”", i, bad_files[i].message);
      g_assert_false (import_text (samples, bad_files[i].json, JX_IMPORT_FLAGS_NONE, &summary, &error));
      g_assert_error (error, JX_EXCHANGE_ERROR, (int) bad_files[i].code);
      g_test_message ("→ %s", error->message);
      g_assert_nonnull (strstr (error->message, bad_files[i].message));
      g_assert_cmpuint (summary.n_departments, ==, 0);

      after = export_all (samples);
      g_assert_cmpstr (before, ==, after);
    }

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

static void
test_full_width_and_numbers_are_accepted (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "lenient.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartment) department = NULL;
  JxDepartmentYear *year;

  g_assert_true (import_text (store,
                              HEAD DEPARTMENT ("{\"year\":\"２０２１\",\"actual_basic\":\"１３３０．９８\","
                                               "\"actual_project\":346.94,\"initial_project\":484}") TAIL,
                              JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  department = jx_store_find_department (store, "测试局", &error);
  g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);
  g_assert_cmpint (jx_department_year_get_year (year), ==, 2021);
  g_assert_cmpint (jx_department_year_get_actual_basic (year), ==, G_GINT64_CONSTANT (1330980000));
  g_assert_cmpint (jx_department_year_get_actual_project (year), ==, G_GINT64_CONSTANT (346940000));
  g_assert_cmpint (jx_department_year_get_initial_project (year), ==, G_GINT64_CONSTANT (484000000));

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_existing_year_conflicts_unless_replaced (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autoptr(GBytes) hengyang = jx_samples_get_bytes ("004-hengyang-2021.json");
  g_autofree char *before = export_all (samples);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) edited = NULL;
  g_autoptr(JxDepartment) department = NULL;
  JxDepartmentYear *year;

  g_assert_false (jx_exchange_import_bytes (samples, hengyang, "004.json", JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "衡阳市科学技术局 already has the year 2021"));
  g_clear_error (&error);
  after = export_all (samples);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* Replacing with the same data changes nothing... */
  g_assert_true (jx_exchange_import_bytes (samples, hengyang, "004.json", JX_IMPORT_FLAGS_REPLACE, NULL, &error));
  g_assert_no_error (error);
  after = export_all (samples);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* ...and replacing with edited data takes the edit. */
  edited = g_string_new_len (g_bytes_get_data (hengyang, NULL), (gssize) g_bytes_get_size (hengyang));
  g_assert_cmpuint (g_string_replace (edited, "\"actual_basic\": \"1330.98\"", "\"actual_basic\": \"1331.98\"", 0), ==, 1);
  g_assert_true (import_text (samples, edited->str, JX_IMPORT_FLAGS_REPLACE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (samples, "department_years"), ==, 4);

  department = jx_store_find_department (samples, "衡阳市科学技术局", &error);
  g_assert_true (jx_store_load_children (samples, JX_RECORD (department), TRUE, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);
  g_assert_cmpint (jx_department_year_get_actual_basic (year), ==, G_GINT64_CONSTANT (1331980000));

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

static void
test_parents_resolve_in_file_and_database (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "parents.db");
  g_autoptr(GError) error = NULL;
  g_auto(JxImportSummary) summary = { 0 };
  g_autoptr(JxDepartment) institute = NULL;
  g_autoptr(JxDepartment) centre = NULL;
  g_autoptr(JxDepartment) orphan = NULL;

  /* The child comes before its parent in the file. */
  g_assert_true (import_text (store,
                              HEAD "{\"name\":\"衡阳市科技信息所\",\"parent\":\"衡阳市科学技术局\"},"
                                   "{\"name\":\"衡阳市科学技术局\"}" TAIL,
                              JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  institute = jx_store_find_department (store, "衡阳市科技信息所", &error);
  g_assert_cmpstr (jx_department_get_parent (institute), ==, "衡阳市科学技术局");

  /* A parent already in the database. */
  g_assert_true (import_text (store, HEAD "{\"name\":\"衡阳市生产力促进中心\",\"parent\":\"衡阳市科学技术局\"}" TAIL,
                              JX_IMPORT_FLAGS_NONE, NULL, &error));
  centre = jx_store_find_department (store, "衡阳市生产力促进中心", &error);
  g_assert_cmpstr (jx_department_get_parent (centre), ==, "衡阳市科学技术局");

  /* A parent nowhere: imported without it, and said so. */
  g_assert_true (import_text (store, HEAD "{\"name\":\"某下属单位\",\"parent\":\"某市科技局\"}" TAIL,
                              JX_IMPORT_FLAGS_NONE, &summary, &error));
  g_assert_no_error (error);
  g_assert_nonnull (summary.warnings);
  g_assert_cmpuint (summary.warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (summary.warnings, 0), "某市科技局"));
  orphan = jx_store_find_department (store, "某下属单位", &error);
  g_assert_null (jx_department_get_parent (orphan));

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_import_file_errors (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "files.db");
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *exported = g_build_filename (dir, "exported.json", NULL);
  g_autoptr(JxStore) samples = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (jx_exchange_import_file (store, missing, JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  samples = jx_test_open_samples (dir);
  g_assert_true (jx_exchange_export_file (samples, exported, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_true (jx_exchange_import_file (store, exported, JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (store, "indicators"), ==, jx_test_count_rows (samples, "indicators"));

  g_clear_object (&samples);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* The members of the file may come in any order: profiles after the
 * departments whose years use them, the format last. */
static void
test_members_in_any_order (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "order.db");
  g_autoptr(JxDepartment) department = NULL;
  g_autoptr(GError) error = NULL;
  JxDepartmentYear *year;

  g_assert_true (import_text (store,
                              "{\"departments\":[" DEPARTMENT ("{\"year\":2021,\"profile\":\"某省反向比例\"}") "],"
                              "\"scoring_profiles\":[{\"name\":\"某省反向比例\",\"missing_weights\":\"unscored\","
                              "\"reverse_formula\":\"ratio\"}],"
                              "\"version\":2,\"format\":\"jixiao\"}",
                              JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  department = jx_store_find_department (store, "测试局", &error);
  g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);
  g_assert_cmpstr (jx_department_year_get_profile (year), ==, "某省反向比例");
  g_clear_object (&department);

  /* Format first, departments before the profiles: the year waits for
   * its profile, which must come. */
  g_assert_false (import_text (store,
                               "{\"format\":\"jixiao\",\"version\":2,\"departments\":[{\"name\":\"乙局\",\"years\":"
                               "[{\"year\":2021,\"profile\":\"某市规则\"}]}],\"scoring_profiles\":[]}",
                               JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "departments[0].years[0].profile: there is no scoring profile named “某市规则”"));
  g_assert_null (jx_store_find_department (store, "乙局", NULL));
  g_clear_error (&error);

  g_assert_true (import_text (store,
                              "{\"format\":\"jixiao\",\"version\":2,\"departments\":[{\"name\":\"乙局\",\"years\":"
                              "[{\"year\":2021,\"profile\":\"某市规则\"}]}],\"scoring_profiles\":[{\"name\":\"某市规则\","
                              "\"missing_weights\":\"unscored\",\"reverse_formula\":\"ratio\"}]}",
                              JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  department = jx_store_find_department (store, "乙局", &error);
  g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);
  g_assert_cmpstr (jx_department_year_get_profile (year), ==, "某市规则");

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_profiles_travel_with_the_years (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "profiles.db");
  g_autoptr(JxStore) copy = jx_test_open_new_store (dir, "copy.db");
  g_autoptr(JxRecord) profile = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_true (import_text (store,
                              "{\"format\":\"jixiao\",\"version\":2,"
                              "\"scoring_profiles\":[{\"name\":\"某省反向比例\",\"missing_weights\":\"unscored\","
                              "\"reverse_formula\":\"ratio\",\"excellent_from\":\"85\"}],"
                              "\"departments\":[" DEPARTMENT ("{\"year\":2021,\"profile\":\"某省反向比例\"}") "]}",
                              JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);

  profile = jx_store_find_record (store, JX_TYPE_SCORING_PROFILE, "某省反向比例", &error);
  g_assert_nonnull (profile);
  g_assert_cmpint (jx_scoring_profile_get_reverse_formula (JX_SCORING_PROFILE (profile)), ==, JX_REVERSE_FORMULA_RATIO);
  g_assert_cmpint (jx_scoring_profile_get_excellent_from (JX_SCORING_PROFILE (profile)), ==, 8500);

  /* Exported with the years that use it, and back again unchanged. */
  first = export_all (store);
  g_assert_nonnull (strstr (first, "某省反向比例"));
  g_assert_true (import_text (copy, first, JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  second = export_all (copy);
  g_assert_cmpstr (first, ==, second);

  g_clear_object (&store);
  g_clear_object (&copy);
  jx_test_remove_dir (dir);
}

static void
test_absurdly_large_file_is_refused_unread (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "huge.db");
  g_autoptr(GError) error = NULL;
  FILE *file = fopen (path, "w");

  /* A sparse file: large on paper, no disk used. */
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), JX_EXCHANGE_MAX_FILE_SIZE + 1), ==, 0);
  fclose (file);

  g_assert_false (jx_exchange_import_file (store, path, JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.json"));
  g_assert_true (jx_store_is_empty (store, NULL));

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* Every byte that needs an escape, U+001F aside (see below), and text
 * that does not. */
#define AWKWARD_TEXT "\x01\x02\x03\x04\x05\x06\x07\b\t\n\x0b\f\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17" \
                     "\x18\x19\x1a\x1b\x1c\x1d\x1e \"引号\" \\反斜杠\\ / \x7f é 中文 😀 \xc2\x80"

/* What JSON-GLib generates, pretty printed with an indent of 2, as the
 * exchange files were written before they were written as they go. */
static char *
generate_with_json_glib (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

/* The writer writes what JSON-GLib writes, byte for byte: escapes, empty
 * arrays and objects at every depth, the largest and smallest integers. */
static void
test_writer_writes_what_json_glib_writes (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JxJsonWriter) writer = jx_json_writer_new_for_string (written);
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *expected = NULL;

#define BOTH(builder_call, writer_call) G_STMT_START { builder_call; writer_call; } G_STMT_END
#define BEGIN_OBJECT() BOTH (json_builder_begin_object (builder), jx_json_writer_begin_object (writer))
#define END_OBJECT() BOTH (json_builder_end_object (builder), jx_json_writer_end_object (writer))
#define BEGIN_ARRAY() BOTH (json_builder_begin_array (builder), jx_json_writer_begin_array (writer))
#define END_ARRAY() BOTH (json_builder_end_array (builder), jx_json_writer_end_array (writer))
#define NAME(name) BOTH (json_builder_set_member_name (builder, name), jx_json_writer_set_member_name (writer, name))
#define STRING(text) BOTH (json_builder_add_string_value (builder, text), jx_json_writer_add_string_value (writer, text))
#define INT(value) BOTH (json_builder_add_int_value (builder, value), jx_json_writer_add_int_value (writer, value))

  BEGIN_OBJECT ();
  NAME ("format");
  STRING ("jixiao");
  NAME (AWKWARD_TEXT);
  STRING (AWKWARD_TEXT);
  NAME ("empty");
  STRING ("");
  NAME ("no array");
  BEGIN_ARRAY ();
  END_ARRAY ();
  NAME ("no object");
  BEGIN_OBJECT ();
  END_OBJECT ();
  NAME ("numbers");
  BEGIN_ARRAY ();
  INT (0);
  INT (2021);
  INT (-7);
  INT (G_MAXINT64);
  INT (G_MININT64);
  BEGIN_OBJECT ();
  END_OBJECT ();
  BEGIN_ARRAY ();
  END_ARRAY ();
  BEGIN_ARRAY ();
  BEGIN_OBJECT ();
  NAME ("deeper");
  BEGIN_OBJECT ();
  END_OBJECT ();
  NAME ("list");
  BEGIN_ARRAY ();
  STRING ("a");
  BEGIN_ARRAY ();
  END_ARRAY ();
  END_ARRAY ();
  END_OBJECT ();
  END_ARRAY ();
  END_ARRAY ();
  END_OBJECT ();

#undef BOTH
#undef BEGIN_OBJECT
#undef END_OBJECT
#undef BEGIN_ARRAY
#undef END_ARRAY
#undef NAME
#undef STRING
#undef INT

  root = json_builder_get_root (builder);
  expected = generate_with_json_glib (root);
  g_assert_true (jx_json_writer_flush (writer, NULL));
  g_assert_cmpstr (written->str, ==, expected);
  g_assert_nonnull (strstr (written->str, "\"\\u0001\\u0002"));
  g_assert_nonnull (strstr (written->str, "\\\"引号\\\" \\\\反斜杠\\\\ / \\u007f é 中文 😀"));
  g_assert_nonnull (strstr (written->str, "\"no object\" : {  }"));
}

/* JSON-GLib 1.6 writes U+001F as it is, which is not JSON; the writer
 * escapes it. */
static void
test_writer_escapes_unit_separator (void)
{
  g_autoptr(GString) written = g_string_new (NULL);
  g_autoptr(JxJsonWriter) writer = jx_json_writer_new_for_string (written);

  jx_json_writer_begin_array (writer);
  jx_json_writer_add_string_value (writer, "a\x1f" "b");
  jx_json_writer_end_array (writer);
  g_assert_cmpstr (written->str, ==, "[\n  \"a\\u001fb\"\n]");
}

/* A stream gets what is written when the buffer fills and at the flush;
 * its first error is kept and returned by the flush. */
static void
test_writer_to_stream (void)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(JxJsonWriter) writer = jx_json_writer_new_for_stream (memory);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(JxJsonWriter) expected_writer = jx_json_writer_new_for_string (expected);
  g_autoptr(GOutputStream) closed = g_memory_output_stream_new_resizable ();
  g_autoptr(JxJsonWriter) failing = jx_json_writer_new_for_stream (closed);
  g_autoptr(GError) error = NULL;
  gsize size;

  jx_json_writer_begin_array (writer);
  jx_json_writer_begin_array (expected_writer);
  for (guint i = 0; i < 20000; i++)
    {
      jx_json_writer_add_string_value (writer, "指标值");
      jx_json_writer_add_string_value (expected_writer, "指标值");
    }
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)), >, 0);
  jx_json_writer_end_array (writer);
  jx_json_writer_end_array (expected_writer);

  g_assert_true (jx_json_writer_flush (writer, &error));
  g_assert_no_error (error);
  size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory));
  g_assert_cmpuint (size, ==, expected->len);
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)), size, expected->str, expected->len);

  g_assert_true (g_output_stream_close (closed, NULL, NULL));
  jx_json_writer_begin_object (failing);
  jx_json_writer_end_object (failing);
  g_assert_false (jx_json_writer_flush (failing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
  g_clear_error (&error);
  g_assert_false (jx_json_writer_flush (failing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

/* An export reads back with JSON-GLib and generates again to the same
 * text: it is laid out as JSON-GLib lays it out. */
static void
test_export_is_laid_out_as_json_glib_does (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autofree char *text = export_all (samples);
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *generated = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  generated = generate_with_json_glib (json_parser_get_root (parser));
  g_assert_cmpstr (text, ==, generated);

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

/* Text with control characters, quotes and backslashes is written with
 * escapes and comes back as it was. */
static void
test_awkward_text_round_trips (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_new_store (dir, "awkward.db");
  g_autoptr(JxStore) copy = jx_test_open_new_store (dir, "copy.db");
  g_autoptr(GString) file = g_string_new (NULL);
  g_autoptr(JxJsonWriter) writer = jx_json_writer_new_for_string (file);
  g_autoptr(JxDepartment) department = NULL;
  g_autoptr(JxDepartment) copied = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *functions = AWKWARD_TEXT "\x1f";

  jx_json_writer_begin_object (writer);
  jx_json_writer_set_member_name (writer, "format");
  jx_json_writer_add_string_value (writer, "jixiao");
  jx_json_writer_set_member_name (writer, "version");
  jx_json_writer_add_int_value (writer, 2);
  jx_json_writer_set_member_name (writer, "departments");
  jx_json_writer_begin_array (writer);
  jx_json_writer_begin_object (writer);
  jx_json_writer_set_member_name (writer, "name");
  jx_json_writer_add_string_value (writer, "测试局 \"甲\"\\乙");
  jx_json_writer_set_member_name (writer, "functions");
  jx_json_writer_add_string_value (writer, functions);
  jx_json_writer_end_object (writer);
  jx_json_writer_end_array (writer);
  jx_json_writer_end_object (writer);

  g_assert_true (import_text (store, file->str, JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  department = jx_store_find_department (store, "测试局 \"甲\"\\乙", &error);
  g_assert_nonnull (department);
  g_assert_cmpstr (jx_department_get_functions (department), ==, functions);

  first = export_all (store);
  g_assert_nonnull (strstr (first, "\"name\" : \"测试局 \\\"甲\\\"\\\\乙\""));
  g_assert_nonnull (strstr (first, "\"functions\" : \"\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r"));
  g_assert_nonnull (strstr (first, "\\u007f é 中文 😀 \xc2\x80\\u001f\""));

  g_assert_true (import_text (copy, first, JX_IMPORT_FLAGS_NONE, NULL, &error));
  g_assert_no_error (error);
  copied = jx_store_find_department (copy, "测试局 \"甲\"\\乙", &error);
  g_assert_nonnull (copied);
  g_assert_true (jx_record_equal (JX_RECORD (department), JX_RECORD (copied)));
  second = export_all (copy);
  g_assert_cmpstr (first, ==, second);

  g_clear_object (&store);
  g_clear_object (&copy);
  jx_test_remove_dir (dir);
}

/* The text of the departments array in an export of @text. */
static char *
departments_of (const char *text)
{
  const char *start = strstr (text, "\n  \"departments\" : [\n");
  const char *end = g_str_has_suffix (text, "\n  ]\n}") ? text + strlen (text) - strlen ("\n  ]\n}") : NULL;

  g_assert_nonnull (start);
  g_assert_nonnull (end);
  start += strlen ("\n  \"departments\" : [\n");
  g_assert_true (start <= end);
  return g_strndup (start, (gsize) (end - start));
}

/* Written a department at a time, an export of everything is the
 * departments' own exports one after the other, in the database's order,
 * after the scoring profiles. */
static void
test_export_of_all_is_each_department_in_order (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autofree char *all = export_all (samples);
  g_autofree char *all_departments = departments_of (all);
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = NULL;
  g_autofree char *before_departments = NULL;

  departments = jx_store_list_departments (samples, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (departments->len, ==, 4);

  for (guint i = 0; i < departments->len; i++)
    {
      const char *name = jx_department_get_name (g_ptr_array_index (departments, i));
      g_autofree char *one = jx_exchange_export_string (samples, name, 0, &error);

      g_assert_no_error (error);
      g_ptr_array_add (parts, departments_of (one));

      /* What comes before the departments is the same in every export. */
      if (before_departments == NULL)
        before_departments = g_strndup (one, (gsize) (strstr (one, "\n  \"departments\" : [") - one));
      g_assert_true (g_str_has_prefix (all, before_departments));
      g_assert_true (g_str_has_prefix (one, before_departments));
    }
  g_ptr_array_add (parts, NULL);

  joined = g_strjoinv (",\n", (char **) parts->pdata);
  g_assert_cmpstr (all_departments, ==, joined);
  g_assert_true (strstr (all, "\"scoring_profiles\" : [") < strstr (all, "\"departments\" : ["));

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names of the files in @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The file is the string with a line end, replaces what was there and
 * is readable by others; nothing else is left beside it. */
static void
test_export_file_replaces_target (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *path = g_build_filename (out_dir, "全省.json", NULL);
  g_autofree char *text = export_all (samples);
  g_autofree char *expected = g_strconcat (text, "\n", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf buf;

  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (jx_exchange_export_file (samples, path, NULL, 0, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0044, ==, 0044);
  listing = list_dir (out_dir);
  g_assert_cmpstr (listing, ==, "全省.json");

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

/* A selection that matches nothing writes nothing: neither an empty file
 * nor over a file that is there. */
static void
test_export_file_of_nothing_writes_nothing (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *path = g_build_filename (out_dir, "selection.json", NULL);
  g_autofree char *kept = g_build_filename (out_dir, "kept.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
  g_assert_true (g_file_set_contents (kept, "kept", -1, NULL));

  g_assert_false (jx_exchange_export_file (samples, path, NULL, 1999, &error));
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "No department has an entry for the year 1999");
  g_clear_error (&error);

  g_assert_false (jx_exchange_export_file (samples, kept, "衡阳市科学技术局", 2020, &error));
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "衡阳市科学技术局 has no entry for the year 2020");
  g_clear_error (&error);

  g_assert_false (jx_exchange_export_file (samples, kept, "北京市科学技术委员会", 0, &error));
  g_assert_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no department named “北京市科学技术委员会”");

  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "kept");
  listing = list_dir (out_dir);
  g_assert_cmpstr (listing, ==, "kept.json");

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

/* A folder that is not there: the error names the file asked for. */
static void
test_export_file_into_missing_folder (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) samples = jx_test_open_samples (dir);
  g_autofree char *path = g_build_filename (dir, "missing", "exported.json", NULL);
  g_autofree char *quoted = g_strdup_printf ("Could not write “%s”: ", path);
  g_autoptr(GError) error = NULL;

  g_assert_false (jx_exchange_export_file (samples, path, NULL, 0, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, quoted));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_clear_object (&samples);
  jx_test_remove_dir (dir);
}

/* A file that cannot grow (here: past 16 KiB, as on a full disk) fails
 * with the name of the file asked for, leaves the file that was there as
 * it was and nothing beside it. */
static void
test_export_file_that_cannot_be_written_whole (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *out_dir = g_build_filename (dir, "out", NULL);
  g_autofree char *path = g_build_filename (out_dir, "exported.json", NULL);
  g_autofree char *quoted = g_strdup_printf ("Could not write “%s”: ", path);

  if (g_test_subprocess ())
    {
      g_autoptr(JxStore) samples = jx_test_open_samples (dir);
      struct rlimit limit = { 16 * 1024, 16 * 1024 };
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *listing = NULL;

      g_assert_cmpint (g_mkdir (out_dir, 0755), ==, 0);
      g_assert_true (g_file_set_contents (path, "the export as it was", -1, NULL));

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (jx_exchange_export_file (samples, path, NULL, 0, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, quoted));

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the export as it was");
      listing = list_dir (out_dir);
      g_assert_cmpstr (listing, ==, "exported.json");

      g_clear_object (&samples);
      jx_test_remove_dir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  jx_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/round-trip-reproduces-database", test_round_trip_reproduces_database);
  g_test_add_func ("/exchange/money-is-written-as-exact-strings", test_money_is_written_as_exact_strings);
  g_test_add_func ("/exchange/selection-by-department-and-year", test_selection_by_department_and_year);
  g_test_add_func ("/exchange/bad-files-name-the-place-and-write-nothing", test_bad_files_name_the_place_and_write_nothing);
  g_test_add_func ("/exchange/full-width-and-numbers-are-accepted", test_full_width_and_numbers_are_accepted);
  g_test_add_func ("/exchange/existing-year-conflicts-unless-replaced", test_existing_year_conflicts_unless_replaced);
  g_test_add_func ("/exchange/parents-resolve-in-file-and-database", test_parents_resolve_in_file_and_database);
  g_test_add_func ("/exchange/import-file-errors", test_import_file_errors);
  g_test_add_func ("/exchange/absurdly-large-file-is-refused-unread", test_absurdly_large_file_is_refused_unread);
  g_test_add_func ("/exchange/profiles-travel-with-the-years", test_profiles_travel_with_the_years);
  g_test_add_func ("/exchange/members-in-any-order", test_members_in_any_order);
  g_test_add_func ("/exchange/writer/writes-what-json-glib-writes", test_writer_writes_what_json_glib_writes);
  g_test_add_func ("/exchange/writer/escapes-unit-separator", test_writer_escapes_unit_separator);
  g_test_add_func ("/exchange/writer/to-stream", test_writer_to_stream);
  g_test_add_func ("/exchange/export/laid-out-as-json-glib-does", test_export_is_laid_out_as_json_glib_does);
  g_test_add_func ("/exchange/export/awkward-text-round-trips", test_awkward_text_round_trips);
  g_test_add_func ("/exchange/export/all-is-each-department-in-order", test_export_of_all_is_each_department_in_order);
  g_test_add_func ("/exchange/export/file-replaces-target", test_export_file_replaces_target);
  g_test_add_func ("/exchange/export/file-of-nothing-writes-nothing", test_export_file_of_nothing_writes_nothing);
  g_test_add_func ("/exchange/export/file-into-missing-folder", test_export_file_into_missing_folder);
  g_test_add_func ("/exchange/export/file-that-cannot-be-written-whole", test_export_file_that_cannot_be_written_whole);

  return g_test_run ();
}
