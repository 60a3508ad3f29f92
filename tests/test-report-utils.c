/* test-report-utils.c: what the tests of the report library share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-report-utils.h"

/* Opens the sample data in a new directory and imports @json (an
 * exchange document) into it, when given. */
void
jx_test_report_set_up (JxReportFixture *fixture,
                       const char      *json)
{
  fixture->dir = jx_test_make_dir ();
  fixture->store = jx_test_open_samples (fixture->dir);

  if (json != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
      g_autoptr(GError) error = NULL;

      g_assert_true (jx_exchange_import_bytes (fixture->store, bytes, "fixture.json", JX_IMPORT_FLAGS_NONE, NULL, &error));
      g_assert_no_error (error);
    }
}

void
jx_test_report_tear_down (JxReportFixture *fixture)
{
  g_clear_object (&fixture->store);
  jx_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

JxReport *
jx_test_load_report (JxStore    *store,
                     const char *department,
                     gint64      year)
{
  g_autoptr(GError) error = NULL;
  JxReport *report = jx_report_load (store, department, year, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* The 项目支出绩效自评表 of the project called @name. */
JxReportTable *
jx_test_find_project_form (JxReport   *report,
                           const char *name)
{
  GPtrArray *forms = jx_report_get_project_forms (report);

  for (guint i = 0; i < forms->len; i++)
    if (g_str_equal (jx_report_table_get_name (g_ptr_array_index (forms, i)), name))
      return g_ptr_array_index (forms, i);

  g_assert_not_reached ();
}
