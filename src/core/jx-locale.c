/* jx-locale.c: where the programs find their translations
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>

#include "jx-locale.h"

/**
 * jx_locale_get_dir:
 *
 * Run from the build directory, as the README's first command does, the
 * translations are those just built, not those of an installed Jixiao.
 *
 * Returns: the directory of the translations of the running program
 */
const char *
jx_locale_get_dir (void)
{
  static char *dir;

  if (g_once_init_enter (&dir))
    {
      g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
      const char *found = LOCALEDIR;

      if (program != NULL && g_str_has_prefix (program, BUILD_ROOT G_DIR_SEPARATOR_S))
        found = BUILD_LOCALE_DIR;
      g_once_init_leave (&dir, (char *) found);
    }

  return dir;
}

/**
 * jx_locale_init:
 *
 * Sets the locale from the environment and binds the translations of
 * Jixiao, in UTF-8.
 */
void
jx_locale_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, jx_locale_get_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
