/* jx-scoring.h: the scoring rules of one indicator, the execution part and
 * the grade
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "jx-indicator.h"
#include "jx-scoring-profile.h"

G_BEGIN_DECLS

#define JX_SCORING_ERROR (jx_scoring_error_quark ())

typedef enum {
  JX_SCORING_ERROR_OUT_OF_BAND,
  JX_SCORING_ERROR_OUT_OF_RANGE,
} JxScoringError;

/**
 * JxGrade:
 * @JX_GRADE_NONE: no grade (the total is unknown)
 * @JX_GRADE_EXCELLENT: 优
 * @JX_GRADE_GOOD: 良
 * @JX_GRADE_FAIR: 中
 * @JX_GRADE_POOR: 差
 */
typedef enum {
  JX_GRADE_NONE,
  JX_GRADE_EXCELLENT,
  JX_GRADE_GOOD,
  JX_GRADE_FAIR,
  JX_GRADE_POOR,
} JxGrade;

/**
 * JxScoreStatus:
 * @JX_SCORE_STATUS_SCORED: the indicator has a score
 * @JX_SCORE_STATUS_NO_WEIGHT: it has no weight, given or shared
 * @JX_SCORE_STATUS_NO_TARGET: it has no target to measure against
 * @JX_SCORE_STATUS_NO_ACTUAL: its actual value is not a number
 * @JX_SCORE_STATUS_NEEDS_ASSESSMENT: a qualitative target awaits the
 *   evaluator's band (and, below 达成, score)
 * @JX_SCORE_STATUS_INVALID: the score set by hand is outside the weight or
 *   the chosen band
 */
typedef enum {
  JX_SCORE_STATUS_SCORED,
  JX_SCORE_STATUS_NO_WEIGHT,
  JX_SCORE_STATUS_NO_TARGET,
  JX_SCORE_STATUS_NO_ACTUAL,
  JX_SCORE_STATUS_NEEDS_ASSESSMENT,
  JX_SCORE_STATUS_INVALID,
} JxScoreStatus;

/**
 * JxIndicatorScore:
 * @status: whether a score could be given, and why not
 * @weight: the weight used, in hundredths of a point (given or shared)
 * @computed: the score by the rules, #JX_UNSET when there is none
 * @score: the score that counts: the one set by hand if any, else @computed
 * @overridden: whether a score set by hand replaces @computed
 * @met: whether the target is fully met (达成 for qualitative targets)
 * @measurable: whether @met means anything (target and actual known)
 * @over_achieved: whether the actual reaches the profile's
 *   over-achievement threshold of a positive target
 */
typedef struct {
  JxScoreStatus status;
  gint64        weight;
  gint64        computed;
  gint64        score;
  gboolean      overridden;
  gboolean      met;
  gboolean      measurable;
  gboolean      over_achieved;
} JxIndicatorScore;

GQuark       jx_scoring_error_quark      (void);

void         jx_scoring_score_indicator  (JxScoringProfile  *profile,
                                          JxIndicator       *indicator,
                                          gint64             weight,
                                          JxIndicatorScore  *result);
gboolean     jx_scoring_check_assessment (JxScoringProfile  *profile,
                                          JxAssessment       assessment,
                                          gint64             weight,
                                          gint64             score,
                                          GError           **error);
gint64       jx_scoring_execution_score  (JxScoringProfile  *profile,
                                          gint64             actual,
                                          gint64             budget,
                                          gint64             weight);
JxGrade      jx_scoring_grade            (JxScoringProfile  *profile,
                                          gint64             total);
const char  *jx_grade_to_string          (JxGrade            grade);
JxGrade      jx_grade_from_string        (const char        *text);

G_END_DECLS
