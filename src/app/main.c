/* main.c: starts Jixiao
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "jx-application.h"

/* Run from the build directory, as the README's first command does, the
 * translations are those just built, not those of an installed Jixiao. */
static const char *
find_locale_dir (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);

  if (program != NULL && g_str_has_prefix (program, BUILD_ROOT G_DIR_SEPARATOR_S))
    return BUILD_LOCALE_DIR;

  return LOCALEDIR;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(JxApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, find_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Jixiao"));

  application = jx_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
