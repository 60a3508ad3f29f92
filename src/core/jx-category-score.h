/* jx-category-score.h: the indicators of a project or year by category
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-scoring.h"

G_BEGIN_DECLS

/**
 * JxCategoryScore:
 * @level1: the 一级 category
 * @level2: (nullable): the 二级 category, %NULL for the 一级 subtotal
 * @weight: the category's weight (given, or the profile's), or #JX_UNSET
 * @weight_given: whether @weight was given for the owner, not taken from
 *   the profile
 * @stated_score: the score the report states for it, or #JX_UNSET
 * @indicator_weights: the sum of the weights its indicators were given,
 *   #JX_UNSET when none was given
 * @score: the sum of its indicators' scores that are known
 * @scored_weight: the sum of the weights of those indicators
 * @n_indicators: its indicators
 * @n_scored: those with a score
 * @n_measurable: those whose target and actual are known
 * @n_met: those fully met
 */
typedef struct {
  char     *level1;
  char     *level2;
  gint64    weight;
  gboolean  weight_given;
  gint64    stated_score;
  gint64    indicator_weights;
  gint64    score;
  gint64    scored_weight;
  guint     n_indicators;
  guint     n_scored;
  guint     n_measurable;
  guint     n_met;
} JxCategoryScore;

void       jx_category_score_free    (JxCategoryScore   *self);
GPtrArray *jx_category_score_compute (JxScoringProfile  *profile,
                                      GPtrArray         *indicators,
                                      GPtrArray         *category_weights,
                                      gboolean           profile_defaults,
                                      JxIndicatorScore  *scores);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxCategoryScore, jx_category_score_free)

G_END_DECLS
