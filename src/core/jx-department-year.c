/* jx-department-year.c: one year of a department (部门整体)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-budget-line.h"
#include "jx-category-weight.h"
#include "jx-indicator.h"
#include "jx-project.h"
#include "jx-stated-figure.h"
#include "jx-department-year.h"
#include "jx-money.h"
#include "jx-number.h"

/**
 * JxDepartmentYear:
 *
 * One year of a department as a whole (部门整体): its budget, actual
 * spending and their split into 基本支出 (人员经费, 公用经费) and 项目支出,
 * carry-over, 机关运行经费, narrative sections, and what it owns: budget
 * lines, stated figures, category weights, department-level indicators and
 * projects.
 */
struct _JxDepartmentYear
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxDepartmentYear, jx_department_year, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_PROFILE,
  PROP_INITIAL_TOTAL,
  PROP_INITIAL_BASIC,
  PROP_INITIAL_PERSONNEL,
  PROP_INITIAL_PUBLIC,
  PROP_INITIAL_PROJECT,
  PROP_ADJUSTED_TOTAL,
  PROP_ADJUSTED_BASIC,
  PROP_ADJUSTED_PERSONNEL,
  PROP_ADJUSTED_PUBLIC,
  PROP_ADJUSTED_PROJECT,
  PROP_ACTUAL_TOTAL,
  PROP_ACTUAL_BASIC,
  PROP_ACTUAL_PERSONNEL,
  PROP_ACTUAL_PUBLIC,
  PROP_ACTUAL_PROJECT,
  PROP_CARRY_OVER,
  PROP_OPERATING_EXPENSES,
  PROP_GOALS,
  PROP_TASKS,
  PROP_ORGANIZATION,
  PROP_ACHIEVEMENTS,
  PROP_PROBLEMS,
  PROP_IMPROVEMENTS,
  PROP_RESULT_APPLICATION,
  PROP_OTHER_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_department_year_class_init (JxDepartmentYearClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_YEAR] =
    jx_field_new_integer ("year", 1949, 9999, JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_PROFILE] =
    jx_field_new_reference ("profile", "scoring_profiles");
  properties[PROP_INITIAL_TOTAL] =
    jx_field_new_money ("initial-total");
  properties[PROP_INITIAL_BASIC] =
    jx_field_new_money ("initial-basic");
  properties[PROP_INITIAL_PERSONNEL] =
    jx_field_new_money ("initial-personnel");
  properties[PROP_INITIAL_PUBLIC] =
    jx_field_new_money ("initial-public");
  properties[PROP_INITIAL_PROJECT] =
    jx_field_new_money ("initial-project");
  properties[PROP_ADJUSTED_TOTAL] =
    jx_field_new_money ("adjusted-total");
  properties[PROP_ADJUSTED_BASIC] =
    jx_field_new_money ("adjusted-basic");
  properties[PROP_ADJUSTED_PERSONNEL] =
    jx_field_new_money ("adjusted-personnel");
  properties[PROP_ADJUSTED_PUBLIC] =
    jx_field_new_money ("adjusted-public");
  properties[PROP_ADJUSTED_PROJECT] =
    jx_field_new_money ("adjusted-project");
  properties[PROP_ACTUAL_TOTAL] =
    jx_field_new_money ("actual-total");
  properties[PROP_ACTUAL_BASIC] =
    jx_field_new_money ("actual-basic");
  properties[PROP_ACTUAL_PERSONNEL] =
    jx_field_new_money ("actual-personnel");
  properties[PROP_ACTUAL_PUBLIC] =
    jx_field_new_money ("actual-public");
  properties[PROP_ACTUAL_PROJECT] =
    jx_field_new_money ("actual-project");
  properties[PROP_CARRY_OVER] =
    jx_field_new_money ("carry-over");
  properties[PROP_OPERATING_EXPENSES] =
    jx_field_new_money ("operating-expenses");
  properties[PROP_GOALS] =
    jx_field_new_text ("goals", JX_FIELD_FLAGS_NONE);
  properties[PROP_TASKS] =
    jx_field_new_text ("tasks", JX_FIELD_FLAGS_NONE);
  properties[PROP_ORGANIZATION] =
    jx_field_new_text ("organization", JX_FIELD_FLAGS_NONE);
  properties[PROP_ACHIEVEMENTS] =
    jx_field_new_text ("achievements", JX_FIELD_FLAGS_NONE);
  properties[PROP_PROBLEMS] =
    jx_field_new_text ("problems", JX_FIELD_FLAGS_NONE);
  properties[PROP_IMPROVEMENTS] =
    jx_field_new_text ("improvements", JX_FIELD_FLAGS_NONE);
  properties[PROP_RESULT_APPLICATION] =
    jx_field_new_text ("result-application", JX_FIELD_FLAGS_NONE);
  properties[PROP_OTHER_NOTES] =
    jx_field_new_text ("other-notes", JX_FIELD_FLAGS_NONE);

  jx_record_class_install_fields (record_class, "department_years", properties, N_PROPS);
  jx_record_class_add_child_set (record_class, "budget_lines", JX_TYPE_BUDGET_LINE, "department_year_id");
  jx_record_class_add_child_set (record_class, "stated_figures", JX_TYPE_STATED_FIGURE, "department_year_id");
  jx_record_class_add_child_set (record_class, "category_weights", JX_TYPE_CATEGORY_WEIGHT, "department_year_id");
  jx_record_class_add_child_set (record_class, "indicators", JX_TYPE_INDICATOR, "department_year_id");
  jx_record_class_add_child_set (record_class, "projects", JX_TYPE_PROJECT, "department_year_id");
}

static void
jx_department_year_init (JxDepartmentYear *self)
{
}

JxDepartmentYear *
jx_department_year_new (void)
{
  return g_object_new (JX_TYPE_DEPARTMENT_YEAR, NULL);
}

gint64
jx_department_year_get_year (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_YEAR);
}

void
jx_department_year_set_year (JxDepartmentYear *self,
                             gint64            year)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_YEAR, year);
}

/**
 * jx_department_year_get_profile:
 * @self: a #JxDepartmentYear
 *
 * Returns: (nullable): the name of the scoring profile the year is scored
 *   by, %NULL for the national default
 */
const char *
jx_department_year_get_profile (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_PROFILE);
}

void
jx_department_year_set_profile (JxDepartmentYear *self,
                                const char       *profile)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_PROFILE, profile);
}

gint64
jx_department_year_get_initial_total (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_INITIAL_TOTAL);
}

void
jx_department_year_set_initial_total (JxDepartmentYear *self,
                                      gint64            initial_total)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_INITIAL_TOTAL, initial_total);
}

gint64
jx_department_year_get_initial_basic (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_INITIAL_BASIC);
}

void
jx_department_year_set_initial_basic (JxDepartmentYear *self,
                                      gint64            initial_basic)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_INITIAL_BASIC, initial_basic);
}

gint64
jx_department_year_get_initial_personnel (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_INITIAL_PERSONNEL);
}

void
jx_department_year_set_initial_personnel (JxDepartmentYear *self,
                                          gint64            initial_personnel)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_INITIAL_PERSONNEL, initial_personnel);
}

gint64
jx_department_year_get_initial_public (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_INITIAL_PUBLIC);
}

void
jx_department_year_set_initial_public (JxDepartmentYear *self,
                                       gint64            initial_public)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_INITIAL_PUBLIC, initial_public);
}

gint64
jx_department_year_get_initial_project (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_INITIAL_PROJECT);
}

void
jx_department_year_set_initial_project (JxDepartmentYear *self,
                                        gint64            initial_project)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_INITIAL_PROJECT, initial_project);
}

gint64
jx_department_year_get_adjusted_total (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ADJUSTED_TOTAL);
}

void
jx_department_year_set_adjusted_total (JxDepartmentYear *self,
                                       gint64            adjusted_total)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ADJUSTED_TOTAL, adjusted_total);
}

gint64
jx_department_year_get_adjusted_basic (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ADJUSTED_BASIC);
}

void
jx_department_year_set_adjusted_basic (JxDepartmentYear *self,
                                       gint64            adjusted_basic)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ADJUSTED_BASIC, adjusted_basic);
}

gint64
jx_department_year_get_adjusted_personnel (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ADJUSTED_PERSONNEL);
}

void
jx_department_year_set_adjusted_personnel (JxDepartmentYear *self,
                                           gint64            adjusted_personnel)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ADJUSTED_PERSONNEL, adjusted_personnel);
}

gint64
jx_department_year_get_adjusted_public (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ADJUSTED_PUBLIC);
}

void
jx_department_year_set_adjusted_public (JxDepartmentYear *self,
                                        gint64            adjusted_public)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ADJUSTED_PUBLIC, adjusted_public);
}

gint64
jx_department_year_get_adjusted_project (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ADJUSTED_PROJECT);
}

void
jx_department_year_set_adjusted_project (JxDepartmentYear *self,
                                         gint64            adjusted_project)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ADJUSTED_PROJECT, adjusted_project);
}

gint64
jx_department_year_get_actual_total (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ACTUAL_TOTAL);
}

void
jx_department_year_set_actual_total (JxDepartmentYear *self,
                                     gint64            actual_total)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ACTUAL_TOTAL, actual_total);
}

gint64
jx_department_year_get_actual_basic (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ACTUAL_BASIC);
}

void
jx_department_year_set_actual_basic (JxDepartmentYear *self,
                                     gint64            actual_basic)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ACTUAL_BASIC, actual_basic);
}

gint64
jx_department_year_get_actual_personnel (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ACTUAL_PERSONNEL);
}

void
jx_department_year_set_actual_personnel (JxDepartmentYear *self,
                                         gint64            actual_personnel)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ACTUAL_PERSONNEL, actual_personnel);
}

gint64
jx_department_year_get_actual_public (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ACTUAL_PUBLIC);
}

void
jx_department_year_set_actual_public (JxDepartmentYear *self,
                                      gint64            actual_public)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ACTUAL_PUBLIC, actual_public);
}

gint64
jx_department_year_get_actual_project (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ACTUAL_PROJECT);
}

void
jx_department_year_set_actual_project (JxDepartmentYear *self,
                                       gint64            actual_project)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ACTUAL_PROJECT, actual_project);
}

gint64
jx_department_year_get_carry_over (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_CARRY_OVER);
}

void
jx_department_year_set_carry_over (JxDepartmentYear *self,
                                   gint64            carry_over)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_CARRY_OVER, carry_over);
}

gint64
jx_department_year_get_operating_expenses (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_OPERATING_EXPENSES);
}

void
jx_department_year_set_operating_expenses (JxDepartmentYear *self,
                                           gint64            operating_expenses)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_OPERATING_EXPENSES, operating_expenses);
}

const char *
jx_department_year_get_goals (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_GOALS);
}

void
jx_department_year_set_goals (JxDepartmentYear *self,
                              const char       *goals)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_GOALS, goals);
}

const char *
jx_department_year_get_tasks (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_TASKS);
}

void
jx_department_year_set_tasks (JxDepartmentYear *self,
                              const char       *tasks)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_TASKS, tasks);
}

const char *
jx_department_year_get_organization (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_ORGANIZATION);
}

void
jx_department_year_set_organization (JxDepartmentYear *self,
                                     const char       *organization)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_ORGANIZATION, organization);
}

const char *
jx_department_year_get_achievements (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_ACHIEVEMENTS);
}

void
jx_department_year_set_achievements (JxDepartmentYear *self,
                                     const char       *achievements)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_ACHIEVEMENTS, achievements);
}

const char *
jx_department_year_get_problems (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_PROBLEMS);
}

void
jx_department_year_set_problems (JxDepartmentYear *self,
                                 const char       *problems)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_PROBLEMS, problems);
}

const char *
jx_department_year_get_improvements (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_IMPROVEMENTS);
}

void
jx_department_year_set_improvements (JxDepartmentYear *self,
                                     const char       *improvements)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_IMPROVEMENTS, improvements);
}

const char *
jx_department_year_get_result_application (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_RESULT_APPLICATION);
}

void
jx_department_year_set_result_application (JxDepartmentYear *self,
                                           const char       *result_application)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_RESULT_APPLICATION, result_application);
}

const char *
jx_department_year_get_other_notes (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_OTHER_NOTES);
}

void
jx_department_year_set_other_notes (JxDepartmentYear *self,
                                    const char       *other_notes)
{
  g_return_if_fail (JX_IS_DEPARTMENT_YEAR (self));

  jx_record_set_string (JX_RECORD (self), PROP_OTHER_NOTES, other_notes);
}

/**
 * jx_department_year_get_budget_lines:
 * @self: a #JxDepartmentYear
 *
 * Returns: (transfer none) (element-type JxBudgetLine): the budget lines in their order
 */
GPtrArray *
jx_department_year_get_budget_lines (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "budget_lines");
}

/**
 * jx_department_year_get_stated_figures:
 * @self: a #JxDepartmentYear
 *
 * Returns: (transfer none) (element-type JxStatedFigure): the stated figures in their order
 */
GPtrArray *
jx_department_year_get_stated_figures (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "stated_figures");
}

/**
 * jx_department_year_get_category_weights:
 * @self: a #JxDepartmentYear
 *
 * Returns: (transfer none) (element-type JxCategoryWeight): the category weights in their order
 */
GPtrArray *
jx_department_year_get_category_weights (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "category_weights");
}

/**
 * jx_department_year_get_indicators:
 * @self: a #JxDepartmentYear
 *
 * Returns: (transfer none) (element-type JxIndicator): the indicators in their order
 */
GPtrArray *
jx_department_year_get_indicators (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "indicators");
}

/**
 * jx_department_year_get_projects:
 * @self: a #JxDepartmentYear
 *
 * Returns: (transfer none) (element-type JxProject): the projects in their order
 */
GPtrArray *
jx_department_year_get_projects (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "projects");
}

/* The total as entered, or else the sum of 基本支出 and 项目支出 when both
 * are known: half a budget is no budget. */
static gint64
total_or_parts (gint64 total,
                gint64 basic,
                gint64 project)
{
  if (total != JX_UNSET)
    return total;
  if (basic == JX_UNSET || project == JX_UNSET)
    return JX_UNSET;

  return jx_money_add_known (basic, project);
}

/**
 * jx_department_year_get_initial_budget:
 * @self: a #JxDepartmentYear
 *
 * Returns: the 年初预算 in fen: the entered total, or else 基本支出 plus
 *   项目支出; #JX_UNSET if neither the total nor both parts are given
 */
gint64
jx_department_year_get_initial_budget (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return total_or_parts (jx_department_year_get_initial_total (self),
                         jx_department_year_get_initial_basic (self),
                         jx_department_year_get_initial_project (self));
}

/**
 * jx_department_year_get_budget:
 * @self: a #JxDepartmentYear
 *
 * Returns: the 全年预算 (adjusted budget) in fen, computed as
 *   jx_department_year_get_initial_budget() computes the initial one
 */
gint64
jx_department_year_get_budget (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return total_or_parts (jx_department_year_get_adjusted_total (self),
                         jx_department_year_get_adjusted_basic (self),
                         jx_department_year_get_adjusted_project (self));
}

/**
 * jx_department_year_get_actual:
 * @self: a #JxDepartmentYear
 *
 * Returns: the 全年执行数 in fen, computed as
 *   jx_department_year_get_initial_budget() computes the initial budget
 */
gint64
jx_department_year_get_actual (JxDepartmentYear *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  return total_or_parts (jx_department_year_get_actual_total (self),
                         jx_department_year_get_actual_basic (self),
                         jx_department_year_get_actual_project (self));
}

/**
 * jx_department_year_get_rate_base:
 * @self: a #JxDepartmentYear
 *
 * The budget that the execution rate measures spending against: the
 * full-year budget, or the initial budget when the report gives no
 * adjusted one (seed 001 compares 14353.92 spent with the 6872.31 of the
 * initial budget: "预算执行率超100%").
 *
 * Returns: an amount in fen, or #JX_UNSET
 */
gint64
jx_department_year_get_rate_base (JxDepartmentYear *self)
{
  gint64 budget;

  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (self), JX_UNSET);

  budget = jx_department_year_get_budget (self);
  if (budget == JX_UNSET)
    budget = jx_department_year_get_initial_budget (self);

  return budget;
}
