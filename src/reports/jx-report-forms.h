/* jx-report-forms.h: the official self-evaluation forms as report tables
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jixiao-core.h"
#include "jx-report-table.h"

G_BEGIN_DECLS

JxReportTable *jx_report_forms_year     (JxYearScore    *score,
                                         JxDepartment   *department);
JxReportTable *jx_report_forms_project  (JxProjectScore *score,
                                         JxDepartment   *department,
                                         gint64          year);
JxReportTable *jx_report_forms_summary  (JxYearScore    *score,
                                         JxDepartment   *department);
JxReportTable *jx_report_forms_findings (GPtrArray      *findings,
                                         gint64          year);

G_END_DECLS
