/* test-flatpak.c: the Flatpak manifest builds this app with meson, on a
 * pinned GNOME runtime, with no more access than it needs
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>

#include "config.h"
#include "test-utils.h"

static void
test_manifest_names_app_runtime_and_meson_module (void)
{
  g_autofree char *path = jx_test_source_path ("flatpak/" APP_ID ".json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *manifest;
  JsonArray *modules;
  JsonArray *finish_args;
  JsonObject *last_module;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  manifest = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (manifest, "id"), ==, APP_ID);
  g_assert_cmpstr (json_object_get_string_member (manifest, "runtime"), ==, "org.gnome.Platform");
  /* Pinned: a version number, not a moving branch. */
  g_assert_true (g_regex_match_simple ("^[0-9]+$", json_object_get_string_member (manifest, "runtime-version"), 0, 0));
  g_assert_cmpstr (json_object_get_string_member (manifest, "command"), ==, "jixiao");

  modules = json_object_get_array_member (manifest, "modules");
  last_module = json_array_get_object_element (modules, json_array_get_length (modules) - 1);
  g_assert_cmpstr (json_object_get_string_member (last_module, "name"), ==, "jixiao");
  g_assert_cmpstr (json_object_get_string_member (last_module, "buildsystem"), ==, "meson");

  finish_args = json_object_get_array_member (manifest, "finish-args");
  for (guint i = 0; i < json_array_get_length (finish_args); i++)
    {
      const char *arg = json_array_get_string_element (finish_args, i);

      g_test_message ("%s", arg);
      g_assert_false (g_str_equal (arg, "--share=network"));
      g_assert_false (g_str_has_prefix (arg, "--filesystem="));
    }
}

/* The GNOME runtime lacks libxlsxwriter: a module before the app builds
 * it from a pinned release, not from a moving branch. */
static void
test_manifest_builds_pinned_xlsxwriter (void)
{
  g_autofree char *path = jx_test_source_path ("flatpak/" APP_ID ".json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *modules;
  gboolean found = FALSE;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  modules = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "modules");

  for (guint i = 0; i + 1 < json_array_get_length (modules); i++)
    {
      JsonObject *module = json_array_get_object_element (modules, i);
      JsonArray *sources = json_object_get_array_member (module, "sources");

      found |= g_str_equal (json_object_get_string_member (module, "name"), "libxlsxwriter");
      g_assert_cmpuint (json_array_get_length (sources), >, 0);
      for (guint j = 0; j < json_array_get_length (sources); j++)
        {
          JsonObject *source = json_array_get_object_element (sources, j);

          g_assert_true (json_object_has_member (source, "tag") || json_object_has_member (source, "commit") ||
                         json_object_has_member (source, "sha256"));
          g_assert_false (json_object_has_member (source, "branch"));
        }
    }
  g_assert_true (found);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flatpak/manifest-names-app-runtime-and-meson-module", test_manifest_names_app_runtime_and_meson_module);

  g_test_add_func ("/flatpak/manifest-builds-pinned-xlsxwriter", test_manifest_builds_pinned_xlsxwriter);

  return g_test_run ();
}
