/* jx-default-store.c: the database Jixiao opens when given none
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The default database lives in the user data directory
 * ($XDG_DATA_HOME/jixiao/jixiao.jixiao).  On first start it is created
 * with the sample data, so that there is something to look at.
 */
#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "jx-default-store.h"
#include "jx-samples.h"

/**
 * jx_default_store_dup_path:
 *
 * Returns: (transfer full): the path of the default database
 */
char *
jx_default_store_dup_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "jixiao", "jixiao.jixiao", NULL);
}

/**
 * jx_default_store_open:
 * @error: return location for an error
 *
 * Opens the default database, creating it with the sample data if it does
 * not exist.  A database that exists is opened as it is, even if empty:
 * what the user deleted stays deleted.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
JxStore *
jx_default_store_open (GError **error)
{
  g_autofree char *path = jx_default_store_dup_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(JxStore) store = NULL;
  gboolean is_new;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return NULL;
    }

  is_new = !g_file_test (path, G_FILE_TEST_EXISTS);
  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_CREATE, error);
  if (store == NULL)
    return NULL;

  if (is_new && !jx_samples_import (store, error))
    {
      /* Leave no half-made database behind for the next start. */
      g_clear_object (&store);
      g_unlink (path);
      return NULL;
    }

  return g_steal_pointer (&store);
}
