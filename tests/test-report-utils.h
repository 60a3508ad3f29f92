/* test-report-utils.h: what the tests of the report library share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jixiao-reports.h"
#include "test-utils.h"

G_BEGIN_DECLS

/**
 * JxReportFixture:
 * @dir: a directory of its own, removed at the end
 * @store: the sample data and what the test imported into it
 */
typedef struct {
  char    *dir;
  JxStore *store;
} JxReportFixture;

void           jx_test_report_set_up     (JxReportFixture *fixture,
                                          const char      *json);
void           jx_test_report_tear_down  (JxReportFixture *fixture);
JxReport      *jx_test_load_report       (JxStore         *store,
                                          const char      *department,
                                          gint64           year);
JxReportTable *jx_test_find_project_form (JxReport        *report,
                                          const char      *name);

G_END_DECLS
