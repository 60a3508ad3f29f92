/* test-fuzz-regressions.c: every input the fuzzers ever tripped over, and
 * a few nasty ones written by hand, still pass
 *
 * Each file under tests/fuzz/regressions (and each sample exchange file)
 * goes through every fuzz target (tests/fuzz/fuzz-*.c), which asserts what
 * must hold; here they must return without a crash, a leak or a report of
 * the sanitizers.
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-utils.h"

int jx_fuzz_exchange_one_input (const guint8 *data, size_t size);
int jx_fuzz_parsers_one_input  (const guint8 *data, size_t size);

typedef struct {
  const char *name;
  int       (*one_input) (const guint8 *data, size_t size);
} FuzzTarget;

static const FuzzTarget targets[] = {
  { "exchange", jx_fuzz_exchange_one_input },
  { "parsers", jx_fuzz_parsers_one_input },
};

typedef struct {
  const FuzzTarget *target;
  char             *path;
} FuzzCase;

static void
fuzz_case_free (gpointer data)
{
  FuzzCase *c = data;

  g_free (c->path);
  g_free (c);
}

static void
test_input (gconstpointer data)
{
  const FuzzCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (c->path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpint (c->target->one_input ((const guint8 *) contents, length), ==, 0);
}

static void
add_cases (const char *dir,
           const char *test_prefix,
           GPtrArray  *cases,
           guint      *n_files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) handle = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      const char *entry = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (dir, entry, NULL);
      g_autofree char *prefix = g_strconcat (test_prefix, "/", entry, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          add_cases (path, prefix, cases, n_files);
          continue;
        }
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) ||
          (g_str_equal (test_prefix, "/samples") && !g_str_has_suffix (entry, ".json")))
        continue;

      (*n_files)++;
      for (gsize j = 0; j < G_N_ELEMENTS (targets); j++)
        {
          FuzzCase *c = g_new0 (FuzzCase, 1);
          g_autofree char *test_path = g_strconcat ("/fuzz-regressions/", targets[j].name,
                                                    prefix, NULL);

          c->target = &targets[j];
          c->path = g_strdup (path);
          g_ptr_array_add (cases, c);
          g_test_add_data_func (test_path, c, test_input);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (fuzz_case_free);
  g_autofree char *regressions = jx_test_source_path ("tests/fuzz/regressions");
  g_autofree char *samples = jx_test_source_path ("data/samples");
  guint n_regressions = 0;
  guint n_samples = 0;
  int status;

  g_test_init (&argc, &argv, NULL);

  add_cases (regressions, "", cases, &n_regressions);
  add_cases (samples, "/samples", cases, &n_samples);
  g_assert_cmpuint (n_regressions, >, 0);
  g_assert_cmpuint (n_samples, ==, 4);

  status = g_test_run ();
  return status;
}
