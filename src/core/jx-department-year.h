/* jx-department-year.h: one year of a department (部门整体)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

#define JX_TYPE_DEPARTMENT_YEAR (jx_department_year_get_type ())

G_DECLARE_FINAL_TYPE (JxDepartmentYear, jx_department_year, JX, DEPARTMENT_YEAR, JxRecord)

JxDepartmentYear *jx_department_year_new                    (void);
gint64            jx_department_year_get_year               (JxDepartmentYear *self);
void              jx_department_year_set_year               (JxDepartmentYear *self,
                                                             gint64            year);
const char       *jx_department_year_get_profile            (JxDepartmentYear *self);
void              jx_department_year_set_profile            (JxDepartmentYear *self,
                                                             const char       *profile);
gint64            jx_department_year_get_initial_total      (JxDepartmentYear *self);
void              jx_department_year_set_initial_total      (JxDepartmentYear *self,
                                                             gint64            initial_total);
gint64            jx_department_year_get_initial_basic      (JxDepartmentYear *self);
void              jx_department_year_set_initial_basic      (JxDepartmentYear *self,
                                                             gint64            initial_basic);
gint64            jx_department_year_get_initial_personnel  (JxDepartmentYear *self);
void              jx_department_year_set_initial_personnel  (JxDepartmentYear *self,
                                                             gint64            initial_personnel);
gint64            jx_department_year_get_initial_public     (JxDepartmentYear *self);
void              jx_department_year_set_initial_public     (JxDepartmentYear *self,
                                                             gint64            initial_public);
gint64            jx_department_year_get_initial_project    (JxDepartmentYear *self);
void              jx_department_year_set_initial_project    (JxDepartmentYear *self,
                                                             gint64            initial_project);
gint64            jx_department_year_get_adjusted_total     (JxDepartmentYear *self);
void              jx_department_year_set_adjusted_total     (JxDepartmentYear *self,
                                                             gint64            adjusted_total);
gint64            jx_department_year_get_adjusted_basic     (JxDepartmentYear *self);
void              jx_department_year_set_adjusted_basic     (JxDepartmentYear *self,
                                                             gint64            adjusted_basic);
gint64            jx_department_year_get_adjusted_personnel (JxDepartmentYear *self);
void              jx_department_year_set_adjusted_personnel (JxDepartmentYear *self,
                                                             gint64            adjusted_personnel);
gint64            jx_department_year_get_adjusted_public    (JxDepartmentYear *self);
void              jx_department_year_set_adjusted_public    (JxDepartmentYear *self,
                                                             gint64            adjusted_public);
gint64            jx_department_year_get_adjusted_project   (JxDepartmentYear *self);
void              jx_department_year_set_adjusted_project   (JxDepartmentYear *self,
                                                             gint64            adjusted_project);
gint64            jx_department_year_get_actual_total       (JxDepartmentYear *self);
void              jx_department_year_set_actual_total       (JxDepartmentYear *self,
                                                             gint64            actual_total);
gint64            jx_department_year_get_actual_basic       (JxDepartmentYear *self);
void              jx_department_year_set_actual_basic       (JxDepartmentYear *self,
                                                             gint64            actual_basic);
gint64            jx_department_year_get_actual_personnel   (JxDepartmentYear *self);
void              jx_department_year_set_actual_personnel   (JxDepartmentYear *self,
                                                             gint64            actual_personnel);
gint64            jx_department_year_get_actual_public      (JxDepartmentYear *self);
void              jx_department_year_set_actual_public      (JxDepartmentYear *self,
                                                             gint64            actual_public);
gint64            jx_department_year_get_actual_project     (JxDepartmentYear *self);
void              jx_department_year_set_actual_project     (JxDepartmentYear *self,
                                                             gint64            actual_project);
gint64            jx_department_year_get_carry_over         (JxDepartmentYear *self);
void              jx_department_year_set_carry_over         (JxDepartmentYear *self,
                                                             gint64            carry_over);
gint64            jx_department_year_get_operating_expenses (JxDepartmentYear *self);
void              jx_department_year_set_operating_expenses (JxDepartmentYear *self,
                                                             gint64            operating_expenses);
const char       *jx_department_year_get_goals              (JxDepartmentYear *self);
void              jx_department_year_set_goals              (JxDepartmentYear *self,
                                                             const char       *goals);
const char       *jx_department_year_get_tasks              (JxDepartmentYear *self);
void              jx_department_year_set_tasks              (JxDepartmentYear *self,
                                                             const char       *tasks);
const char       *jx_department_year_get_organization       (JxDepartmentYear *self);
void              jx_department_year_set_organization       (JxDepartmentYear *self,
                                                             const char       *organization);
const char       *jx_department_year_get_achievements       (JxDepartmentYear *self);
void              jx_department_year_set_achievements       (JxDepartmentYear *self,
                                                             const char       *achievements);
const char       *jx_department_year_get_problems           (JxDepartmentYear *self);
void              jx_department_year_set_problems           (JxDepartmentYear *self,
                                                             const char       *problems);
const char       *jx_department_year_get_improvements       (JxDepartmentYear *self);
void              jx_department_year_set_improvements       (JxDepartmentYear *self,
                                                             const char       *improvements);
const char       *jx_department_year_get_result_application (JxDepartmentYear *self);
void              jx_department_year_set_result_application (JxDepartmentYear *self,
                                                             const char       *result_application);
const char       *jx_department_year_get_other_notes        (JxDepartmentYear *self);
void              jx_department_year_set_other_notes        (JxDepartmentYear *self,
                                                             const char       *other_notes);
GPtrArray        *jx_department_year_get_budget_lines       (JxDepartmentYear *self);
GPtrArray        *jx_department_year_get_stated_figures     (JxDepartmentYear *self);
GPtrArray        *jx_department_year_get_category_weights   (JxDepartmentYear *self);
GPtrArray        *jx_department_year_get_indicators         (JxDepartmentYear *self);
GPtrArray        *jx_department_year_get_projects           (JxDepartmentYear *self);

gint64 jx_department_year_get_initial_budget (JxDepartmentYear *self);
gint64 jx_department_year_get_budget         (JxDepartmentYear *self);
gint64 jx_department_year_get_actual         (JxDepartmentYear *self);
gint64 jx_department_year_get_rate_base      (JxDepartmentYear *self);

G_END_DECLS
