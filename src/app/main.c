/* main.c: starts Jixiao
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jixiao-core.h"
#include "jx-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(JxApplication) application = NULL;

  jx_locale_init ();

  g_set_application_name (_("Jixiao"));

  application = jx_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
