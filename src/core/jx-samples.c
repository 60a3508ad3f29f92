/* jx-samples.c: the sample data, entered from four real reports
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * data/samples/ holds four self-evaluation reports of Science and
 * Technology Bureaus entered as exchange files, slips and all.  They are
 * compiled into the library, fill a new default database and serve as the
 * fixture of many tests.
 */
#include "config.h"

#include "jx-exchange.h"
#include "jx-samples.h"
#include "jx-samples-resources.h"

#define SAMPLES_PATH "/io/github/jixiao/Jixiao/samples/"

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/**
 * jx_samples_list_names:
 *
 * Returns: (transfer full): the file names of the samples, sorted
 */
char **
jx_samples_list_names (void)
{
  char **names = g_resource_enumerate_children (jx_samples_get_resource (), SAMPLES_PATH,
                                                G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_return_val_if_fail (names != NULL, NULL);

  g_qsort_with_data (names, (gint) g_strv_length (names), sizeof (char *), compare_names, NULL);
  return names;
}

/**
 * jx_samples_get_bytes:
 * @name: one of the names from jx_samples_list_names()
 *
 * Returns: (transfer full) (nullable): the sample's exchange file
 */
GBytes *
jx_samples_get_bytes (const char *name)
{
  g_autofree char *path = g_strconcat (SAMPLES_PATH, name, NULL);

  return g_resource_lookup_data (jx_samples_get_resource (), path,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/**
 * jx_samples_import:
 * @store: a database
 * @error: return location for an error
 *
 * Imports every sample into @store, all or nothing.
 */
gboolean
jx_samples_import (JxStore  *store,
                   GError  **error)
{
  g_auto(GStrv) names = jx_samples_list_names ();

  if (!jx_store_begin (store, error))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = jx_samples_get_bytes (names[i]);

      if (!jx_exchange_import_bytes (store, bytes, names[i], JX_IMPORT_FLAGS_NONE, NULL, error))
        {
          jx_store_rollback (store);
          return FALSE;
        }
    }

  return jx_store_commit (store, error);
}
