/* test-translations.c: every translatable file is listed for translators
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * xgettext reads only the files that po/POTFILES.in lists: a file with
 * translatable strings that is missing there stays in English for every
 * user, without any warning.
 */
#include <string.h>

#include "test-utils.h"

/* Marks of a translatable string: gettext calls in C, the attribute in
 * GtkBuilder files. */
static gboolean
has_translatable_strings (const char *path)
{
  static const char * const marks[] = { "_(\"", "N_(\"", "C_(\"", "_ (\"", "N_ (\"", "C_ (\"",
                                        "translatable=\"yes\"" };
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (contents, marks[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* The desktop file, the metainfo, the MIME types and the settings schema
 * are all text for the user. */
static gboolean
is_translatable_data (const char *name)
{
  static const char * const suffixes[] = { ".desktop.in", ".metainfo.xml.in", ".mime.xml.in", ".gschema.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (name, suffixes[i]))
      return TRUE;

  return FALSE;
}

static void
collect_sources (const char *top,
                 const char *relative,
                 GPtrArray  *found)
{
  g_autofree char *path = g_build_filename (top, relative, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (relative, name, NULL);
      g_autofree char *child_path = g_build_filename (top, child, NULL);

      if (g_file_test (child_path, G_FILE_TEST_IS_DIR))
        collect_sources (top, child, found);
      else if (((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".ui")) &&
                has_translatable_strings (child_path)) ||
               is_translatable_data (name))
        g_ptr_array_add (found, g_steal_pointer (&child));
    }
}

static GHashTable *
read_potfiles (const char *top)
{
  g_autofree char *path = g_build_filename (top, "po", "POTFILES.in", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] != '\0' && line[0] != '#')
        g_hash_table_add (listed, g_strdup (line));
    }

  return listed;
}

static void
test_every_translatable_file_is_listed (void)
{
  g_autofree char *top = jx_test_source_path (".");
  g_autoptr(GHashTable) listed = read_potfiles (top);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);

  collect_sources (top, "src", found);
  collect_sources (top, "ui", found);
  collect_sources (top, "data", found);
  g_assert_cmpuint (found->len, >, 20);

  for (guint i = 0; i < found->len; i++)
    if (!g_hash_table_contains (listed, g_ptr_array_index (found, i)))
      g_error ("%s has translatable strings but is not in po/POTFILES.in", (char *) g_ptr_array_index (found, i));
}

static void
test_every_listed_file_exists (void)
{
  g_autofree char *top = jx_test_source_path (".");
  g_autoptr(GHashTable) listed = read_potfiles (top);
  GHashTableIter iter;
  const char *file;

  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &file, NULL))
    {
      g_autofree char *path = g_build_filename (top, file, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("po/POTFILES.in lists %s, which does not exist", file);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/translations/every-translatable-file-is-listed", test_every_translatable_file_is_listed);
  g_test_add_func ("/translations/every-listed-file-exists", test_every_listed_file_exists);

  return g_test_run ();
}
