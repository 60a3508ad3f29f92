/* jx-scoring-profile.c: the numbers of the scoring rules
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-scoring-profile.h"

/**
 * JxScoringProfile:
 *
 * Every number of the scoring rules (DOMAIN.md, "Scoring"): the weights of
 * the score parts, the bands of qualitative assessment, the reverse formula,
 * the over-achievement threshold, rounding, the grade bands and the
 * thresholds of mid-year monitoring.  A department-year chooses one; the
 * national default and a provincial variant ship with every database.
 */
struct _JxScoringProfile
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxScoringProfile, jx_scoring_profile, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_EXECUTION_WEIGHT,
  PROP_OUTPUT_WEIGHT,
  PROP_EFFECT_WEIGHT,
  PROP_SATISFACTION_WEIGHT,
  PROP_COST_WEIGHT,
  PROP_MISSING_WEIGHTS,
  PROP_ACHIEVED_FROM,
  PROP_PARTLY_FROM,
  PROP_REVERSE_FORMULA,
  PROP_OVER_ACHIEVEMENT_FROM,
  PROP_SCORE_DECIMALS,
  PROP_EXCELLENT_FROM,
  PROP_GOOD_FROM,
  PROP_FAIR_FROM,
  PROP_MONITORING_YELLOW_FROM,
  PROP_MONITORING_GREEN_FROM,
  PROP_MONITORING_BLUE_FROM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_scoring_profile_class_init (JxScoringProfileClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_NAME] =
    jx_field_new_text ("name", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_DESCRIPTION] =
    jx_field_new_text ("description", JX_FIELD_FLAGS_NONE);
  properties[PROP_EXECUTION_WEIGHT] =
    jx_field_new_points ("execution-weight");
  properties[PROP_OUTPUT_WEIGHT] =
    jx_field_new_points ("output-weight");
  properties[PROP_EFFECT_WEIGHT] =
    jx_field_new_points ("effect-weight");
  properties[PROP_SATISFACTION_WEIGHT] =
    jx_field_new_points ("satisfaction-weight");
  properties[PROP_COST_WEIGHT] =
    jx_field_new_points ("cost-weight");
  properties[PROP_MISSING_WEIGHTS] =
    jx_field_new_enum ("missing-weights", JX_TYPE_MISSING_WEIGHTS, JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_ACHIEVED_FROM] =
    jx_field_new_decimal ("achieved-from");
  properties[PROP_PARTLY_FROM] =
    jx_field_new_decimal ("partly-from");
  properties[PROP_REVERSE_FORMULA] =
    jx_field_new_enum ("reverse-formula", JX_TYPE_REVERSE_FORMULA, JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_OVER_ACHIEVEMENT_FROM] =
    jx_field_new_decimal ("over-achievement-from");
  properties[PROP_SCORE_DECIMALS] =
    jx_field_new_integer ("score-decimals", 0, 2, JX_FIELD_FLAGS_NONE);
  properties[PROP_EXCELLENT_FROM] =
    jx_field_new_points ("excellent-from");
  properties[PROP_GOOD_FROM] =
    jx_field_new_points ("good-from");
  properties[PROP_FAIR_FROM] =
    jx_field_new_points ("fair-from");
  properties[PROP_MONITORING_YELLOW_FROM] =
    jx_field_new_decimal ("monitoring-yellow-from");
  properties[PROP_MONITORING_GREEN_FROM] =
    jx_field_new_decimal ("monitoring-green-from");
  properties[PROP_MONITORING_BLUE_FROM] =
    jx_field_new_decimal ("monitoring-blue-from");

  jx_record_class_install_fields (record_class, "scoring_profiles", properties, N_PROPS);
}

static void
jx_scoring_profile_init (JxScoringProfile *self)
{
}

JxScoringProfile *
jx_scoring_profile_new (void)
{
  return g_object_new (JX_TYPE_SCORING_PROFILE, NULL);
}

const char *
jx_scoring_profile_get_name (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_NAME);
}

void
jx_scoring_profile_set_name (JxScoringProfile *self,
                             const char       *name)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_NAME, name);
}

const char *
jx_scoring_profile_get_description (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_DESCRIPTION);
}

void
jx_scoring_profile_set_description (JxScoringProfile *self,
                                    const char       *description)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_DESCRIPTION, description);
}

gint64
jx_scoring_profile_get_execution_weight (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_EXECUTION_WEIGHT);
}

void
jx_scoring_profile_set_execution_weight (JxScoringProfile *self,
                                         gint64            execution_weight)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_EXECUTION_WEIGHT, execution_weight);
}

gint64
jx_scoring_profile_get_output_weight (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_OUTPUT_WEIGHT);
}

void
jx_scoring_profile_set_output_weight (JxScoringProfile *self,
                                      gint64            output_weight)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_OUTPUT_WEIGHT, output_weight);
}

gint64
jx_scoring_profile_get_effect_weight (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_EFFECT_WEIGHT);
}

void
jx_scoring_profile_set_effect_weight (JxScoringProfile *self,
                                      gint64            effect_weight)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_EFFECT_WEIGHT, effect_weight);
}

gint64
jx_scoring_profile_get_satisfaction_weight (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_SATISFACTION_WEIGHT);
}

void
jx_scoring_profile_set_satisfaction_weight (JxScoringProfile *self,
                                            gint64            satisfaction_weight)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_SATISFACTION_WEIGHT, satisfaction_weight);
}

gint64
jx_scoring_profile_get_cost_weight (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_COST_WEIGHT);
}

void
jx_scoring_profile_set_cost_weight (JxScoringProfile *self,
                                    gint64            cost_weight)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_COST_WEIGHT, cost_weight);
}

JxMissingWeights
jx_scoring_profile_get_missing_weights (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_MISSING_WEIGHTS);
}

void
jx_scoring_profile_set_missing_weights (JxScoringProfile *self,
                                        JxMissingWeights  missing_weights)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_enum (JX_RECORD (self), PROP_MISSING_WEIGHTS, missing_weights);
}

const char *
jx_scoring_profile_get_achieved_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_ACHIEVED_FROM);
}

void
jx_scoring_profile_set_achieved_from (JxScoringProfile *self,
                                      const char       *achieved_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_ACHIEVED_FROM, achieved_from);
}

const char *
jx_scoring_profile_get_partly_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_PARTLY_FROM);
}

void
jx_scoring_profile_set_partly_from (JxScoringProfile *self,
                                    const char       *partly_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_PARTLY_FROM, partly_from);
}

JxReverseFormula
jx_scoring_profile_get_reverse_formula (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_REVERSE_FORMULA);
}

void
jx_scoring_profile_set_reverse_formula (JxScoringProfile *self,
                                        JxReverseFormula  reverse_formula)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_enum (JX_RECORD (self), PROP_REVERSE_FORMULA, reverse_formula);
}

const char *
jx_scoring_profile_get_over_achievement_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_OVER_ACHIEVEMENT_FROM);
}

void
jx_scoring_profile_set_over_achievement_from (JxScoringProfile *self,
                                              const char       *over_achievement_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_OVER_ACHIEVEMENT_FROM, over_achievement_from);
}

gint64
jx_scoring_profile_get_score_decimals (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_SCORE_DECIMALS);
}

void
jx_scoring_profile_set_score_decimals (JxScoringProfile *self,
                                       gint64            score_decimals)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_SCORE_DECIMALS, score_decimals);
}

gint64
jx_scoring_profile_get_excellent_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_EXCELLENT_FROM);
}

void
jx_scoring_profile_set_excellent_from (JxScoringProfile *self,
                                       gint64            excellent_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_EXCELLENT_FROM, excellent_from);
}

gint64
jx_scoring_profile_get_good_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_GOOD_FROM);
}

void
jx_scoring_profile_set_good_from (JxScoringProfile *self,
                                  gint64            good_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_GOOD_FROM, good_from);
}

gint64
jx_scoring_profile_get_fair_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_FAIR_FROM);
}

void
jx_scoring_profile_set_fair_from (JxScoringProfile *self,
                                  gint64            fair_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_FAIR_FROM, fair_from);
}

const char *
jx_scoring_profile_get_monitoring_yellow_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_MONITORING_YELLOW_FROM);
}

void
jx_scoring_profile_set_monitoring_yellow_from (JxScoringProfile *self,
                                               const char       *monitoring_yellow_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_MONITORING_YELLOW_FROM, monitoring_yellow_from);
}

const char *
jx_scoring_profile_get_monitoring_green_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_MONITORING_GREEN_FROM);
}

void
jx_scoring_profile_set_monitoring_green_from (JxScoringProfile *self,
                                              const char       *monitoring_green_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_MONITORING_GREEN_FROM, monitoring_green_from);
}

const char *
jx_scoring_profile_get_monitoring_blue_from (JxScoringProfile *self)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_MONITORING_BLUE_FROM);
}

void
jx_scoring_profile_set_monitoring_blue_from (JxScoringProfile *self,
                                             const char       *monitoring_blue_from)
{
  g_return_if_fail (JX_IS_SCORING_PROFILE (self));

  jx_record_set_string (JX_RECORD (self), PROP_MONITORING_BLUE_FROM, monitoring_blue_from);
}

static JxScoringProfile *
new_with_national_numbers (const char *name,
                           const char *description)
{
  JxScoringProfile *self = jx_scoring_profile_new ();

  jx_scoring_profile_set_name (self, name);
  jx_scoring_profile_set_description (self, description);
  jx_scoring_profile_set_execution_weight (self, 1000);
  jx_scoring_profile_set_output_weight (self, 5000);
  jx_scoring_profile_set_effect_weight (self, 3000);
  jx_scoring_profile_set_satisfaction_weight (self, 1000);
  jx_scoring_profile_set_cost_weight (self, 0);
  jx_scoring_profile_set_missing_weights (self, JX_MISSING_WEIGHTS_SPLIT);
  jx_scoring_profile_set_achieved_from (self, "80");
  jx_scoring_profile_set_partly_from (self, "60");
  jx_scoring_profile_set_reverse_formula (self, JX_REVERSE_FORMULA_LINEAR);
  jx_scoring_profile_set_over_achievement_from (self, "130");
  jx_scoring_profile_set_score_decimals (self, 2);
  jx_scoring_profile_set_excellent_from (self, 9000);
  jx_scoring_profile_set_good_from (self, 8000);
  jx_scoring_profile_set_fair_from (self, 6000);
  jx_scoring_profile_set_monitoring_yellow_from (self, "60");
  jx_scoring_profile_set_monitoring_green_from (self, "80");
  jx_scoring_profile_set_monitoring_blue_from (self, "120");

  return self;
}

/**
 * jx_scoring_profile_new_national:
 *
 * The national default of DOMAIN.md: 预算执行率 10 + 产出 50 + 效益 30 +
 * 满意度 10, qualitative bands at 80% and 60% of the weight, the linear
 * reverse formula, over-achievement from 130%, two decimals, grades 优 from
 * 90, 良 from 80, 中 from 60, monitoring at 60/80/120%.  A department-year
 * without a profile is scored by it.
 *
 * Returns: (transfer full): a new, unstored profile named “全国通用”
 */
JxScoringProfile *
jx_scoring_profile_new_national (void)
{
  return new_with_national_numbers ("全国通用",
                                    "预算执行率 10 + 产出 50 + 效益 30 + 满意度 10；优 ≥ 90，良 ≥ 80，中 ≥ 60");
}

/**
 * jx_scoring_profile_new_provincial:
 *
 * The provincial variant: as the national default, with the grade bands
 * 优 from 80, 良 from 70, 中 from 60.
 *
 * Returns: (transfer full): a new, unstored profile named “省级 80/70/60”
 */
JxScoringProfile *
jx_scoring_profile_new_provincial (void)
{
  JxScoringProfile *self = new_with_national_numbers ("省级 80/70/60",
                                                      "同全国通用，等级：优 ≥ 80，良 ≥ 70，中 ≥ 60");

  jx_scoring_profile_set_excellent_from (self, 8000);
  jx_scoring_profile_set_good_from (self, 7000);
  jx_scoring_profile_set_fair_from (self, 6000);

  return self;
}

/**
 * jx_scoring_profile_get_category_weight:
 * @self: a #JxScoringProfile
 * @level1: a 一级 category ("产出指标")
 *
 * Returns: the profile's weight for the category in hundredths of a point,
 *   #JX_UNSET for a category the profile does not weigh
 */
gint64
jx_scoring_profile_get_category_weight (JxScoringProfile *self,
                                        const char       *level1)
{
  g_return_val_if_fail (JX_IS_SCORING_PROFILE (self), JX_UNSET);
  g_return_val_if_fail (level1 != NULL, JX_UNSET);

  if (g_str_has_prefix (level1, "产出"))
    return jx_scoring_profile_get_output_weight (self);
  if (g_str_has_prefix (level1, "效益"))
    return jx_scoring_profile_get_effect_weight (self);
  if (g_str_has_prefix (level1, "满意度"))
    return jx_scoring_profile_get_satisfaction_weight (self);
  if (g_str_has_prefix (level1, "成本"))
    return jx_scoring_profile_get_cost_weight (self);

  return JX_UNSET;
}
