/* jx-scoring-profile.h: the numbers of the scoring rules
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

/**
 * JxReverseFormula:
 * @JX_REVERSE_FORMULA_NONE: not given
 * @JX_REVERSE_FORMULA_LINEAR: W × (1 − (A − T) / T) between T and 2T, 0 from 2T
 * @JX_REVERSE_FORMULA_RATIO: W × T / A
 */
typedef enum {
  JX_REVERSE_FORMULA_NONE,
  JX_REVERSE_FORMULA_LINEAR,
  JX_REVERSE_FORMULA_RATIO,
} JxReverseFormula;

/**
 * JxMissingWeights:
 * @JX_MISSING_WEIGHTS_NONE: not given
 * @JX_MISSING_WEIGHTS_UNSCORED: an indicator without a weight is not scored
 * @JX_MISSING_WEIGHTS_SPLIT: a category whose indicators have no weights shares its weight equally among them
 */
typedef enum {
  JX_MISSING_WEIGHTS_NONE,
  JX_MISSING_WEIGHTS_UNSCORED,
  JX_MISSING_WEIGHTS_SPLIT,
} JxMissingWeights;

#define JX_TYPE_SCORING_PROFILE (jx_scoring_profile_get_type ())

G_DECLARE_FINAL_TYPE (JxScoringProfile, jx_scoring_profile, JX, SCORING_PROFILE, JxRecord)

JxScoringProfile *jx_scoring_profile_new                        (void);
const char       *jx_scoring_profile_get_name                   (JxScoringProfile *self);
void              jx_scoring_profile_set_name                   (JxScoringProfile *self,
                                                                 const char       *name);
const char       *jx_scoring_profile_get_description            (JxScoringProfile *self);
void              jx_scoring_profile_set_description            (JxScoringProfile *self,
                                                                 const char       *description);
gint64            jx_scoring_profile_get_execution_weight       (JxScoringProfile *self);
void              jx_scoring_profile_set_execution_weight       (JxScoringProfile *self,
                                                                 gint64            execution_weight);
gint64            jx_scoring_profile_get_output_weight          (JxScoringProfile *self);
void              jx_scoring_profile_set_output_weight          (JxScoringProfile *self,
                                                                 gint64            output_weight);
gint64            jx_scoring_profile_get_effect_weight          (JxScoringProfile *self);
void              jx_scoring_profile_set_effect_weight          (JxScoringProfile *self,
                                                                 gint64            effect_weight);
gint64            jx_scoring_profile_get_satisfaction_weight    (JxScoringProfile *self);
void              jx_scoring_profile_set_satisfaction_weight    (JxScoringProfile *self,
                                                                 gint64            satisfaction_weight);
gint64            jx_scoring_profile_get_cost_weight            (JxScoringProfile *self);
void              jx_scoring_profile_set_cost_weight            (JxScoringProfile *self,
                                                                 gint64            cost_weight);
JxMissingWeights  jx_scoring_profile_get_missing_weights        (JxScoringProfile *self);
void              jx_scoring_profile_set_missing_weights        (JxScoringProfile *self,
                                                                 JxMissingWeights  missing_weights);
const char       *jx_scoring_profile_get_achieved_from          (JxScoringProfile *self);
void              jx_scoring_profile_set_achieved_from          (JxScoringProfile *self,
                                                                 const char       *achieved_from);
const char       *jx_scoring_profile_get_partly_from            (JxScoringProfile *self);
void              jx_scoring_profile_set_partly_from            (JxScoringProfile *self,
                                                                 const char       *partly_from);
JxReverseFormula  jx_scoring_profile_get_reverse_formula        (JxScoringProfile *self);
void              jx_scoring_profile_set_reverse_formula        (JxScoringProfile *self,
                                                                 JxReverseFormula  reverse_formula);
const char       *jx_scoring_profile_get_over_achievement_from  (JxScoringProfile *self);
void              jx_scoring_profile_set_over_achievement_from  (JxScoringProfile *self,
                                                                 const char       *over_achievement_from);
gint64            jx_scoring_profile_get_score_decimals         (JxScoringProfile *self);
void              jx_scoring_profile_set_score_decimals         (JxScoringProfile *self,
                                                                 gint64            score_decimals);
gint64            jx_scoring_profile_get_excellent_from         (JxScoringProfile *self);
void              jx_scoring_profile_set_excellent_from         (JxScoringProfile *self,
                                                                 gint64            excellent_from);
gint64            jx_scoring_profile_get_good_from              (JxScoringProfile *self);
void              jx_scoring_profile_set_good_from              (JxScoringProfile *self,
                                                                 gint64            good_from);
gint64            jx_scoring_profile_get_fair_from              (JxScoringProfile *self);
void              jx_scoring_profile_set_fair_from              (JxScoringProfile *self,
                                                                 gint64            fair_from);
const char       *jx_scoring_profile_get_monitoring_yellow_from (JxScoringProfile *self);
void              jx_scoring_profile_set_monitoring_yellow_from (JxScoringProfile *self,
                                                                 const char       *monitoring_yellow_from);
const char       *jx_scoring_profile_get_monitoring_green_from  (JxScoringProfile *self);
void              jx_scoring_profile_set_monitoring_green_from  (JxScoringProfile *self,
                                                                 const char       *monitoring_green_from);
const char       *jx_scoring_profile_get_monitoring_blue_from   (JxScoringProfile *self);
void              jx_scoring_profile_set_monitoring_blue_from   (JxScoringProfile *self,
                                                                 const char       *monitoring_blue_from);

JxScoringProfile *jx_scoring_profile_new_national          (void);
JxScoringProfile *jx_scoring_profile_new_provincial        (void);
gint64            jx_scoring_profile_get_category_weight   (JxScoringProfile *self,
                                                            const char       *level1);

G_END_DECLS
