/* jx-report-forms.h: the official self-evaluation forms as report tables
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jixiao-core.h"
#include "jx-report-table.h"

G_BEGIN_DECLS

/**
 * JxFormColumn:
 *
 * The columns of the grid both self-evaluation forms are laid out on, as
 * the finance ministry's forms print them: a label column, then 一级指标,
 * 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分 and 偏差原因. The
 * funding block uses the same columns: its item spans 一级 and 二级, then
 * come 年初预算数, 全年预算数, 全年执行数, 分值, 执行率 and 得分.
 */
typedef enum {
  JX_FORM_COLUMN_LABEL,
  JX_FORM_COLUMN_LEVEL1,
  JX_FORM_COLUMN_LEVEL2,
  JX_FORM_COLUMN_NAME,
  JX_FORM_COLUMN_TARGET,
  JX_FORM_COLUMN_ACTUAL,
  JX_FORM_COLUMN_WEIGHT,
  JX_FORM_COLUMN_SCORE,
  JX_FORM_COLUMN_REASON,
  JX_FORM_N_COLUMNS,

  JX_FORM_COLUMN_ITEM = JX_FORM_COLUMN_LEVEL1,
  JX_FORM_COLUMN_INITIAL = JX_FORM_COLUMN_NAME,
  JX_FORM_COLUMN_BUDGET,
  JX_FORM_COLUMN_SPENT,
  JX_FORM_COLUMN_PART_WEIGHT,
  JX_FORM_COLUMN_RATE,
  JX_FORM_COLUMN_PART_SCORE,
} JxFormColumn;

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
