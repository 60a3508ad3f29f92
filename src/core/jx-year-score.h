/* jx-year-score.h: the score of a department-year and its projects
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-department-year.h"
#include "jx-project-score.h"
#include "jx-store.h"

G_BEGIN_DECLS

/**
 * JxYearScore:
 * @year: the department-year
 * @profile: the scoring profile it is scored by
 * @budget: the budget execution is measured against, in fen
 * @actual: 全年执行数 in fen
 * @execution_weight: the weight of the execution part
 * @execution_score: min (执行率, 1) × @execution_weight, or #JX_UNSET
 * @indicators: (array length=n_indicators): the department-level
 *   indicators' scores
 * @n_indicators: the length of @indicators
 * @categories: (element-type JxCategoryScore): department-level subtotals
 * @projects: (element-type JxProjectScore): the projects' scores
 * @project_categories: (element-type JxCategoryScore): the projects'
 *   一级 categories added up: score share = score / scored weight
 * @n_measurable: indicators of the year and its projects whose target and
 *   actual are known
 * @n_met: those of them fully met (绩效目标完成率 = @n_met / @n_measurable)
 * @total: the execution score plus the department-level indicator scores
 * @complete: whether every part of @total is known
 * @grade: the grade of @total when it is complete
 */
typedef struct {
  JxDepartmentYear *year;
  JxScoringProfile *profile;
  gint64            budget;
  gint64            actual;
  gint64            execution_weight;
  gint64            execution_score;
  JxIndicatorScore *indicators;
  guint             n_indicators;
  GPtrArray        *categories;
  GPtrArray        *projects;
  GPtrArray        *project_categories;
  guint             n_measurable;
  guint             n_met;
  gint64            total;
  gboolean          complete;
  JxGrade           grade;
} JxYearScore;

JxYearScore      *jx_year_score_new          (JxScoringProfile  *profile,
                                              JxDepartmentYear  *year);
void              jx_year_score_free         (JxYearScore       *self);
JxScoringProfile *jx_year_score_load_profile (JxStore           *store,
                                              JxDepartmentYear  *year,
                                              GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxYearScore, jx_year_score_free)

G_END_DECLS
