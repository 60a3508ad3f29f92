/* test-exchange.c: the JSON exchange format loses nothing and lets
 * nothing bad in
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <unistd.h>

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

  return g_test_run ();
}
