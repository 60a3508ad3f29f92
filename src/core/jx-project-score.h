/* jx-project-score.h: the score of a project
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-category-score.h"
#include "jx-project.h"

G_BEGIN_DECLS

/**
 * JxProjectScore:
 * @project: the project
 * @budget: 全年预算数 in fen, or #JX_UNSET
 * @actual: 全年执行数 in fen, or #JX_UNSET
 * @arrived: 到位数 in fen, or #JX_UNSET
 * @execution_weight: the weight of the execution part
 * @execution_score: min (执行率, 1) × @execution_weight, or #JX_UNSET
 * @indicators: (array length=n_indicators): one score per indicator, in
 *   the project's order
 * @n_indicators: the length of @indicators
 * @categories: (element-type JxCategoryScore): subtotals by category
 * @total: the execution score plus every indicator score that is known
 * @complete: whether every part of @total is known
 * @grade: the grade of @total when it is complete
 */
typedef struct {
  JxProject        *project;
  gint64            budget;
  gint64            actual;
  gint64            arrived;
  gint64            execution_weight;
  gint64            execution_score;
  JxIndicatorScore *indicators;
  guint             n_indicators;
  GPtrArray        *categories;
  gint64            total;
  gboolean          complete;
  JxGrade           grade;
} JxProjectScore;

JxProjectScore *jx_project_score_new  (JxScoringProfile *profile,
                                       JxProject        *project);
void            jx_project_score_free (JxProjectScore   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxProjectScore, jx_project_score_free)

G_END_DECLS
