/* test-cli.c: jixiao-cli, run as a user runs it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every test runs the built program (JX_TEST_CLI) in a subprocess and
 * checks its exit status (0 success, 1 bad data, 2 bad command line), its
 * output and the files it leaves behind.
 */
#include <locale.h>

#include <json-glib/json-glib.h>

#include <glib/gstdio.h>

#include "test-utils.h"

enum {
  EXIT_OK = 0,
  EXIT_DATA = 1,
  EXIT_USAGE = 2,
};

/* Runs jixiao-cli with @args (NULL-terminated, without the program) and
 * returns its exit status; its standard output and error go to @out and
 * @err when they are not NULL. */
static int
run_cli (const char *const *args,
         char              **out,
         char              **err)
{
  const char *cli = g_getenv ("JX_TEST_CLI");
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  g_autofree char *command = NULL;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  command = g_strjoinv (" ", (char **) argv->pdata);
  g_test_message ("running %s", command);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &stdout_text, &stderr_text, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  return g_subprocess_get_exit_status (process);
}

/* Creates @dir/@name with `jixiao-cli demo` and returns its path. */
static char *
make_demo (const char *dir,
           const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  const char *args[] = { "demo", path, NULL };

  g_assert_cmpint (run_cli (args, NULL, NULL), ==, EXIT_OK);
  return path;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static void
test_demo_creates_database (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "demo", path, NULL };

  g_assert_cmpint (run_cli (args, &out, &err), ==, EXIT_OK);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (out, path));
  g_assert_cmpstr (err, ==, "");

  /* It is a Jixiao database holding the four reports. */
  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 4);
  g_clear_object (&store);

  jx_test_remove_dir (dir);
}

static void
test_demo_refuses_existing_file (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *before = jx_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "demo", path, NULL };

  g_assert_cmpint (run_cli (args, NULL, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, "already exists"));
  after = jx_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);

  jx_test_remove_dir (dir);
}

static void
test_list_shows_departments_and_figures (void)
{
  static const char *expected[] = {
    "兰州新区科技局",
    "新乡市科学技术局",
    "石家庄高新区科技局",
    "衡阳市科学技术局",
    "14,353.92",    /* 001 actual */
    "6,872.31",     /* 001 budget as declared */
    "87.37%",       /* 001 车辆租赁费, 3.39 of 3.88 */
    "16,324.97",    /* 002 declared budget */
    "39,732.00",    /* 003 budget */
    "99.97%",       /* 003 execution */
    "681.5307",     /* 003 孵化器, four decimals kept */
    "2,201.00",     /* 004 专项资金 */
  };
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "list", path, NULL };

  g_assert_cmpint (run_cli (args, &out, &err), ==, EXIT_OK);
  g_assert_cmpstr (err, ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      if (strstr (out, expected[i]) == NULL)
        {
          g_test_message ("“%s” is not in the list:\n%s", expected[i], out);
          g_test_fail ();
        }
    }

  jx_test_remove_dir (dir);
}

/* Reading needs no write access: a database marked read-only still lists
 * and exports, and stays as it was. */
static void
test_list_and_export_read_only_database (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "archive.db");
  g_autofree char *before = jx_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  const char *list_args[] = { "list", path, NULL };
  const char *export_args[] = { "export", path, "-", "--year", "2020", NULL };

  g_assert_cmpint (g_chmod (path, 0444), ==, 0);

  g_assert_cmpint (run_cli (list_args, &out, NULL), ==, EXIT_OK);
  g_assert_nonnull (strstr (out, "衡阳市科学技术局"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cli (export_args, &out, NULL), ==, EXIT_OK);
  g_assert_nonnull (strstr (out, "兰州新区科技局"));

  after = jx_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);

  jx_test_remove_dir (dir);
}

static void
test_list_as_json (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *out = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *departments;
  gboolean found_department = FALSE;
  gboolean found_project = FALSE;
  const char *args[] = { "list", path, "--json", NULL };

  g_assert_cmpint (run_cli (args, &out, NULL), ==, EXIT_OK);
  root = parse_json (out);
  departments = json_object_get_array_member (json_node_get_object (root), "departments");
  g_assert_nonnull (departments);
  g_assert_cmpuint (json_array_get_length (departments), ==, 4);

  for (guint i = 0; i < json_array_get_length (departments); i++)
    {
      JsonObject *department = json_array_get_object_element (departments, i);
      JsonArray *years = json_object_get_array_member (department, "years");
      JsonObject *year;
      JsonArray *projects;

      if (g_strcmp0 (json_object_get_string_member (department, "name"), "兰州新区科技局") != 0)
        continue;

      found_department = TRUE;
      g_assert_cmpuint (json_array_get_length (years), ==, 1);
      year = json_array_get_object_element (years, 0);
      g_assert_cmpint (json_object_get_int_member (year, "year"), ==, 2020);
      g_assert_cmpstr (json_object_get_string_member (year, "actual"), ==, "14353.92");
      g_assert_cmpstr (json_object_get_string_member (year, "initial_budget"), ==, "6872.31");
      /* No adjusted budget in the report: measured against the initial
       * one, as the table does. */
      g_assert_cmpstr (json_object_get_string_member (year, "execution_rate"), ==, "208.87");

      projects = json_object_get_array_member (year, "projects");
      for (guint j = 0; j < json_array_get_length (projects); j++)
        {
          JsonObject *project = json_array_get_object_element (projects, j);

          if (g_strcmp0 (json_object_get_string_member (project, "name"), "车辆租赁费") != 0)
            continue;

          found_project = TRUE;
          g_assert_cmpstr (json_object_get_string_member (project, "budget"), ==, "3.88");
          g_assert_cmpstr (json_object_get_string_member (project, "actual"), ==, "3.39");
          g_assert_cmpstr (json_object_get_string_member (project, "execution_rate"), ==, "87.37");
        }
    }

  g_assert_true (found_department);
  g_assert_true (found_project);

  jx_test_remove_dir (dir);
}

static void
test_export_import_round_trips (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *first = g_build_filename (dir, "out.json", NULL);
  g_autofree char *copy = g_build_filename (dir, "new.db", NULL);
  g_autofree char *second = g_build_filename (dir, "out2.json", NULL);
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *out = NULL;
  const char *export_args[] = { "export", path, first, NULL };
  const char *import_args[] = { "import", copy, first, NULL };
  const char *export_again_args[] = { "export", copy, second, NULL };

  g_assert_cmpint (run_cli (export_args, NULL, NULL), ==, EXIT_OK);
  g_assert_cmpint (run_cli (import_args, &out, NULL), ==, EXIT_OK);
  g_assert_nonnull (strstr (out, "Imported 4 departments"));
  g_assert_cmpint (run_cli (export_again_args, NULL, NULL), ==, EXIT_OK);

  g_assert_true (g_file_get_contents (first, &first_text, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &second_text, NULL, NULL));
  g_assert_cmpuint (strlen (first_text), >, 0);
  g_assert_cmpstr (second_text, ==, first_text);

  jx_test_remove_dir (dir);
}

static void
test_export_selection_to_stdout (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *departments;
  JsonObject *department;
  JsonArray *years;
  const char *args[] = { "export", path, "-", "--department", "衡阳市科学技术局", "--year", "2021", NULL };

  g_assert_cmpint (run_cli (args, &out, &err), ==, EXIT_OK);
  g_assert_cmpstr (err, ==, "");
  root = parse_json (out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "format"), ==, "jixiao");
  departments = json_object_get_array_member (json_node_get_object (root), "departments");
  g_assert_cmpuint (json_array_get_length (departments), ==, 1);
  department = json_array_get_object_element (departments, 0);
  g_assert_cmpstr (json_object_get_string_member (department, "name"), ==, "衡阳市科学技术局");
  years = json_object_get_array_member (department, "years");
  g_assert_cmpuint (json_array_get_length (years), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (years, 0), "year"), ==, 2021);

  jx_test_remove_dir (dir);
}

static void
test_export_unknown_year_fails (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *file = g_build_filename (dir, "out.json", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "export", path, file, "--year", "1999", NULL };

  g_assert_cmpint (run_cli (args, &out, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, "1999"));
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));

  jx_test_remove_dir (dir);
}

static void
test_import_refuses_existing_year (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *file = g_build_filename (dir, "lanzhou.json", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *export_args[] = { "export", path, file, "--department", "兰州新区科技局", NULL };
  const char *import_args[] = { "import", copy, file, NULL };
  const char *replace_args[] = { "import", copy, file, "--replace", NULL };

  g_assert_cmpint (run_cli (export_args, NULL, NULL), ==, EXIT_OK);
  g_assert_cmpint (run_cli (import_args, NULL, NULL), ==, EXIT_OK);
  before = jx_test_file_checksum (copy);

  /* The second time the year is there already. */
  g_assert_cmpint (run_cli (import_args, NULL, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, "already has the year 2020 in the database"));
  g_assert_nonnull (strstr (err, "--replace"));
  g_assert_nonnull (strstr (err, "兰州新区科技局"));
  after = jx_test_file_checksum (copy);
  g_assert_cmpstr (after, ==, before);

  /* Unless it is asked to replace it. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (replace_args, NULL, &err), ==, EXIT_OK);
  g_assert_cmpstr (err, ==, "");

  /* Replaced, not added a second time. */
  store = jx_store_open (copy, JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 1);
  g_assert_cmpint (jx_test_count_rows (store, "department_years"), ==, 1);
  g_assert_cmpint (jx_test_count_rows (store, "projects"), ==, 9);
  g_clear_object (&store);

  jx_test_remove_dir (dir);
}

static void
test_import_malformed_json_names_file (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *file = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *before = jx_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "import", path, file, NULL };

  write_file (file, "{ \"format\": \"jixiao\", \"version\": 1, \"departments\": [ ");
  g_assert_cmpint (run_cli (args, NULL, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, file));
  g_assert_nonnull (strstr (err, "not valid JSON"));
  after = jx_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);

  jx_test_remove_dir (dir);
}

static void
test_import_invalid_value_names_path (void)
{
  static const char *invalid =
    "{\n"
    "  \"format\": \"jixiao\",\n"
    "  \"version\": 1,\n"
    "  \"departments\": [\n"
    "    {\n"
    "      \"name\": \"测试科技局\",\n"
    "      \"years\": [\n"
    "        {\n"
    "          \"year\": 2022,\n"
    "          \"projects\": [\n"
    "            {\n"
    "              \"name\": \"测试项目\",\n"
    "              \"indicators\": [\n"
    "                {\n"
    "                  \"level1\": \"产出指标\",\n"
    "                  \"name\": \"测试指标\",\n"
    "                  \"weight\": \"abc\"\n"
    "                }\n"
    "              ]\n"
    "            }\n"
    "          ]\n"
    "        }\n"
    "      ]\n"
    "    }\n"
    "  ]\n"
    "}\n";
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "demo.db");
  g_autofree char *file = g_build_filename (dir, "invalid.json", NULL);
  g_autofree char *before = jx_test_file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *args[] = { "import", path, file, NULL };

  write_file (file, invalid);
  g_assert_cmpint (run_cli (args, NULL, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, "departments[0].years[0].projects[0].indicators[0].weight"));

  /* Nothing of the file went in. */
  after = jx_test_file_checksum (path);
  g_assert_cmpstr (after, ==, before);
  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (store, "departments"), ==, 4);
  g_clear_object (&store);

  jx_test_remove_dir (dir);
}

static void
test_usage_errors (void)
{
  static const char *const cases[][6] = {
    { NULL },
    { "frobnicate", NULL },
    { "list", NULL },
    { "list", "a.db", "b.db", NULL },
    { "export", "DB", "out.json", "--year", "abc", NULL },
    { "import", "DB", NULL },
    { "demo", NULL },
    { "list", "DB", "--no-such-option", NULL },
  };
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(GDir) handle = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      /* File names go into the temporary directory, never the working one. */
      for (guint j = 0; cases[i][j] != NULL; j++)
        {
          const char *arg = cases[i][j];

          if (g_str_equal (arg, "DB") || g_str_has_suffix (arg, ".db") || g_str_has_suffix (arg, ".json"))
            g_ptr_array_add (args, g_build_filename (dir, arg, NULL));
          else
            g_ptr_array_add (args, g_strdup (arg));
        }
      g_ptr_array_add (args, NULL);

      g_assert_cmpint (run_cli ((const char * const *) args->pdata, &out, &err), ==, EXIT_USAGE);
      g_assert_cmpstr (err, !=, "");
      g_assert_cmpstr (out, ==, "");
    }

  /* None of them created a file. */
  handle = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (handle);
  g_assert_null (g_dir_read_name (handle));
  g_clear_pointer (&handle, g_dir_close);

  jx_test_remove_dir (dir);
}

static void
test_help (void)
{
  static const char *commands[] = { "demo", "import", "export", "list", "score", "check", "chart", "report" };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *tool_args[] = { "--help", NULL };

  g_assert_cmpint (run_cli (tool_args, &out, &err), ==, EXIT_OK);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_assert_nonnull (strstr (out, commands[i]));

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *command_out = NULL;
      g_autofree char *usage = g_strdup_printf ("%s ", commands[i]);
      const char *args[] = { commands[i], "--help", NULL };

      g_assert_cmpint (run_cli (args, &command_out, NULL), ==, EXIT_OK);
      g_assert_nonnull (strstr (command_out, usage));
    }
}

static void
test_list_refuses_non_database (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *notes = g_build_filename (dir, "notes.txt", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *args[] = { "list", notes, NULL };

  write_file (notes, "会议纪要：下周一提交绩效自评报告。\nMeeting notes, not a database.\n");
  before = jx_test_file_checksum (notes);

  g_assert_cmpint (run_cli (args, &out, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, notes));
  g_assert_nonnull (strstr (err, "not a Jixiao database"));
  g_assert_cmpstr (out, ==, "");
  after = jx_test_file_checksum (notes);
  g_assert_cmpstr (after, ==, before);

  jx_test_remove_dir (dir);
}

static void
test_check_finds_slips_and_fails (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "check.db");
  g_autofree char *out = NULL;
  g_autofree char *json = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *findings;
  gboolean found_separator = FALSE;
  const char *text_args[] = { "check", path, NULL };
  const char *json_args[] = { "check", path, "--json", NULL };
  const char *clean_args[] = { "check", path, "--department", "衡阳市科学技术局", NULL };

  /* Seed 001's slips are errors: exit status 1. */
  g_assert_cmpint (run_cli (text_args, &out, NULL), ==, EXIT_DATA);
  g_assert_nonnull (strstr (out, "14361.25"));
  g_assert_nonnull (strstr (out, "14351.25"));
  g_assert_nonnull (strstr (out, "139,26.31"));
  g_assert_nonnull (strstr (out, "3 errors"));

  g_assert_cmpint (run_cli (json_args, &json, NULL), ==, EXIT_DATA);
  root = parse_json (json);
  findings = json_object_get_array_member (json_node_get_object (root), "findings");
  for (guint i = 0; i < json_array_get_length (findings); i++)
    {
      JsonObject *finding = json_array_get_object_element (findings, i);

      if (g_str_equal (json_object_get_string_member (finding, "code"), "misplaced-separator"))
        {
          found_separator = TRUE;
          g_assert_cmpstr (json_object_get_string_member (finding, "severity"), ==, "error");
          g_assert_cmpstr (json_object_get_string_member (finding, "record"), ==, "兰州新区科技局 2020");
          g_assert_cmpstr (json_object_get_string_member (finding, "stated"), ==, "139,26.31");
          g_assert_cmpstr (json_object_get_string_member (finding, "computed"), ==, "13926.31");
        }
    }
  g_assert_true (found_separator);

  /* 衡阳's figures add up: exit status 0. */
  g_assert_cmpint (run_cli (clean_args, NULL, NULL), ==, EXIT_OK);

  jx_test_remove_dir (dir);
}

static void
test_score_as_json (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "score.db");
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonArray *years;
  JsonObject *year;
  JsonArray *projects;
  JsonObject *project;
  JsonObject *indicator;
  const char *json_args[] = { "score", path, "--department", "石家庄高新区科技局", "--year", "2021", "--json", NULL };
  const char *text_args[] = { "score", path, "--department", "石家庄高新区科技局", NULL };
  const char *unknown_args[] = { "score", path, "--department", "北京市科学技术委员会", NULL };

  g_assert_cmpint (run_cli (json_args, &out, NULL), ==, EXIT_OK);
  root = parse_json (out);
  years = json_object_get_array_member (json_node_get_object (root), "years");
  g_assert_cmpuint (json_array_get_length (years), ==, 1);
  year = json_array_get_object_element (years, 0);
  g_assert_cmpstr (json_object_get_string_member (year, "profile"), ==, "全国通用");
  g_assert_cmpstr (json_object_get_string_member (year, "execution_rate"), ==, "99.97");
  g_assert_cmpstr (json_object_get_string_member (year, "execution_score"), ==, "10");

  /* 科学技术奖: 4 awards planned, 8 given: full marks of the 50 产出 points. */
  projects = json_object_get_array_member (year, "projects");
  project = json_array_get_object_element (projects, 0);
  g_assert_cmpstr (json_object_get_string_member (project, "name"), ==, "科学技术奖奖励项目");
  indicator = json_array_get_object_element (json_object_get_array_member (project, "indicators"), 0);
  g_assert_cmpstr (json_object_get_string_member (indicator, "score"), ==, "50");
  g_assert_true (json_object_get_boolean_member (indicator, "over_achieved"));

  g_assert_cmpint (run_cli (text_args, &text, NULL), ==, EXIT_OK);
  g_assert_nonnull (strstr (text, "科学技术奖奖励项目"));
  g_assert_nonnull (strstr (text, "99.97%"));

  g_assert_cmpint (run_cli (unknown_args, NULL, NULL), ==, EXIT_DATA);

  jx_test_remove_dir (dir);
}

static void
test_chart_exports (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "chart.db");
  g_autofree char *png = g_build_filename (dir, "execution.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "all.pdf", NULL);
  g_autofree char *doc = g_build_filename (dir, "chart.doc", NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  const char *png_args[] = { "chart", path, "--kind", "execution", "--department", "兰州新区科技局",
                             "--year", "2020", "-o", png, "--width", "480", "--height", "320", "--dpi", "96", NULL };
  const char *pdf_args[] = { "chart", path, "--kind", "all", "--department", "衡阳市科学技术局",
                             "--year", "2021", "-o", pdf, NULL };
  const char *bad_kind[] = { "chart", path, "--kind", "pie", "--department", "衡阳市科学技术局",
                             "--year", "2021", "-o", png, NULL };
  const char *bad_format[] = { "chart", path, "--department", "衡阳市科学技术局", "--year", "2021", "-o", doc, NULL };
  const char *missing[] = { "chart", path, "--kind", "execution", NULL };
  const char *no_project[] = { "chart", path, "--kind", "allocation", "--department", "兰州新区科技局",
                               "--year", "2020", "-o", png, NULL };

  g_assert_cmpint (run_cli (png_args, NULL, NULL), ==, EXIT_OK);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (run_cli (pdf_args, NULL, NULL), ==, EXIT_OK);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpint (memcmp (contents, "%PDF", 4), ==, 0);

  g_assert_cmpint (run_cli (bad_kind, NULL, NULL), ==, EXIT_USAGE);
  g_assert_cmpint (run_cli (missing, NULL, NULL), ==, EXIT_USAGE);
  g_assert_cmpint (run_cli (bad_format, NULL, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, ".png, .svg or .pdf"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (no_project, NULL, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, "allocation"));

  jx_test_remove_dir (dir);
}

static void
test_report_writes_each_format (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = make_demo (dir, "report.db");
  g_autofree char *pdf = g_build_filename (dir, "兰州.pdf", NULL);
  g_autofree char *xlsx = g_build_filename (dir, "兰州.xlsx", NULL);
  g_autofree char *csv = g_build_filename (dir, "兰州.csv", NULL);
  g_autofree char *doc = g_build_filename (dir, "兰州.doc", NULL);
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  const char *pdf_args[] = { "report", path, "--department", "兰州新区科技局", "--year", "2020", "-o", pdf, NULL };
  const char *xlsx_args[] = { "report", path, "--department", "兰州新区科技局", "--year", "2020", "-o", xlsx, NULL };
  const char *csv_args[] = { "report", path, "--department", "兰州新区科技局", "--year", "2020", "--output", csv, NULL };
  const char *doc_args[] = { "report", path, "--department", "兰州新区科技局", "--year", "2020", "-o", doc, NULL };
  const char *missing[] = { "report", path, "--department", "兰州新区科技局", "-o", pdf, NULL };
  const char *no_year[] = { "report", path, "--department", "兰州新区科技局", "--year", "1999", "-o", pdf, NULL };

  g_assert_cmpint (run_cli (pdf_args, NULL, NULL), ==, EXIT_OK);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpint (memcmp (contents, "%PDF", 4), ==, 0);
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (run_cli (xlsx_args, NULL, NULL), ==, EXIT_OK);
  g_assert_true (g_file_get_contents (xlsx, &contents, NULL, NULL));
  g_assert_cmpint (memcmp (contents, "PK", 2), ==, 0);
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (run_cli (csv_args, NULL, NULL), ==, EXIT_OK);
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "车辆租赁费"));

  g_assert_cmpint (run_cli (doc_args, NULL, &err), ==, EXIT_USAGE);
  g_assert_nonnull (strstr (err, ".pdf, .xlsx or .csv"));
  g_assert_false (g_file_test (doc, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (missing, NULL, NULL), ==, EXIT_USAGE);
  g_assert_cmpint (run_cli (no_year, NULL, &err), ==, EXIT_DATA);
  g_assert_nonnull (strstr (err, "1999"));

  jx_test_remove_dir (dir);
}

/* Run from the build directory, the tool speaks the translations just
 * built, as the window does. */
static void
test_speaks_chinese_from_build_dir (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean has_locale = setlocale (LC_ALL, "zh_CN.UTF-8") != NULL;

  setlocale (LC_ALL, saved);
  if (!has_locale)
    {
      g_test_skip ("The zh_CN.UTF-8 locale is not installed");
      return;
    }

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "zh_CN.UTF-8", TRUE);
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "zh_CN", TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("JX_TEST_CLI"), "help", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "用法"));
  g_assert_nonnull (strstr (out, "生成自评报告"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/demo/creates-database", test_demo_creates_database);
  g_test_add_func ("/cli/demo/refuses-existing-file", test_demo_refuses_existing_file);
  g_test_add_func ("/cli/list/shows-departments-and-figures", test_list_shows_departments_and_figures);
  g_test_add_func ("/cli/list/as-json", test_list_as_json);
  g_test_add_func ("/cli/list/read-only-database", test_list_and_export_read_only_database);
  g_test_add_func ("/cli/list/refuses-non-database", test_list_refuses_non_database);
  g_test_add_func ("/cli/export/import-round-trips-byte-for-byte", test_export_import_round_trips);
  g_test_add_func ("/cli/export/selection-to-stdout", test_export_selection_to_stdout);
  g_test_add_func ("/cli/export/unknown-year-fails", test_export_unknown_year_fails);
  g_test_add_func ("/cli/import/refuses-existing-year-unless-replace", test_import_refuses_existing_year);
  g_test_add_func ("/cli/import/malformed-json-names-file", test_import_malformed_json_names_file);
  g_test_add_func ("/cli/import/invalid-value-names-path-and-changes-nothing", test_import_invalid_value_names_path);
  g_test_add_func ("/cli/usage-errors-exit-2", test_usage_errors);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/check/finds-slips-and-fails", test_check_finds_slips_and_fails);
  g_test_add_func ("/cli/score/as-json", test_score_as_json);
  g_test_add_func ("/cli/chart/exports", test_chart_exports);
  g_test_add_func ("/cli/report/writes-each-format", test_report_writes_each_format);
  g_test_add_func ("/cli/speaks-chinese-from-build-dir", test_speaks_chinese_from_build_dir);

  return g_test_run ();
}
