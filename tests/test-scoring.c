/* test-scoring.c: the scoring rules of DOMAIN.md, with hand-computed
 * expectations
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Weights and scores are in hundredths of a point: 1000 is 10 points.
 */
#include "test-utils.h"

static JxIndicator *
quantitative (const char   *level1,
              JxComparator  comparator,
              const char   *target,
              const char   *actual,
              gint64        weight)
{
  JxIndicator *indicator = jx_indicator_new ();

  jx_indicator_set_level1 (indicator, level1);
  jx_indicator_set_name (indicator, "指标");
  jx_indicator_set_comparator (indicator, comparator);
  jx_indicator_set_target_value (indicator, target);
  jx_indicator_set_actual_value (indicator, actual);
  jx_indicator_set_weight (indicator, weight);

  return indicator;
}

static JxIndicatorScore
score_with (JxScoringProfile *profile,
            JxComparator      comparator,
            const char       *target,
            const char       *actual,
            gint64            weight)
{
  g_autoptr(JxIndicator) indicator = quantitative ("产出指标", comparator, target, actual, weight);
  JxIndicatorScore result;

  jx_scoring_score_indicator (profile, indicator, weight, &result);
  return result;
}

static gint64
score (JxComparator  comparator,
       const char   *target,
       const char   *actual,
       gint64        weight)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  JxIndicatorScore result = score_with (profile, comparator, target, actual, weight);

  g_assert_cmpint (result.status, ==, JX_SCORE_STATUS_SCORED);
  return result.score;
}

static void
test_positive (void)
{
  /* A ≥ T → W; else W × A / T. */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "300", "381", 2000), ==, 2000);   /* 高企 300 → 381 */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "300", "300", 2000), ==, 2000);   /* A = T */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "4", "0", 1000), ==, 0);          /* 港澳台 4 → 0 */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "4", "1", 1000), ==, 250);        /* 10 × 1/4 = 2.5 */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "3", "1", 1000), ==, 333);        /* 3.333… → 3.33 */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "3", "2", 1000), ==, 667);        /* 6.666… → 6.67 */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "90", "87", 1000), ==, 967);      /* 满意度 87% of 90%: 9.666… */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "8", "7", 500), ==, 438);         /* 4.375 rounds half up */
  g_assert_cmpint (score (JX_COMPARATOR_GT, "20", "10", 1000), ==, 500);
  g_assert_cmpint (score (JX_COMPARATOR_GE, "1.5", "1.5084", 1000), ==, 1000); /* decimals of mixed scale */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "15000", "14999.99", 1000), ==, 1000); /* 9.999993 → 10.00 */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "100", "-5", 1000), ==, 0);       /* negative A counts as 0 */
  g_assert_cmpint (score (JX_COMPARATOR_GE, "0", "0", 1000), ==, 1000);
}

static void
test_equal (void)
{
  /* T = 0 → (A ≤ 0 ? W : 0); else as positive. */
  g_assert_cmpint (score (JX_COMPARATOR_EQ, "0", "0", 1000), ==, 1000);
  g_assert_cmpint (score (JX_COMPARATOR_EQ, "0", "1", 1000), ==, 0);
  g_assert_cmpint (score (JX_COMPARATOR_EQ, "4", "4", 1000), ==, 1000);
  g_assert_cmpint (score (JX_COMPARATOR_EQ, "4", "3", 1000), ==, 750);
  g_assert_cmpint (score (JX_COMPARATOR_EQ, "4", "5", 1000), ==, 1000);   /* never above W */
}

static void
test_reverse_linear (void)
{
  /* A ≤ T → W; T < A < 2T → W × (1 − (A − T) / T); A ≥ 2T → 0. */
  g_assert_cmpint (score (JX_COMPARATOR_LE, "10", "8", 1000), ==, 1000);
  g_assert_cmpint (score (JX_COMPARATOR_LE, "10", "10", 1000), ==, 1000);  /* A = T */
  g_assert_cmpint (score (JX_COMPARATOR_LE, "10", "12", 1000), ==, 800);
  g_assert_cmpint (score (JX_COMPARATOR_LE, "10", "15", 1000), ==, 500);
  g_assert_cmpint (score (JX_COMPARATOR_LE, "10", "19.99", 1000), ==, 1);   /* 0.01 */
  g_assert_cmpint (score (JX_COMPARATOR_LE, "10", "20", 1000), ==, 0);      /* A = 2T */
  g_assert_cmpint (score (JX_COMPARATOR_LE, "10", "35", 1000), ==, 0);
  g_assert_cmpint (score (JX_COMPARATOR_LT, "360", "400", 600), ==, 533);   /* 6 × 320/360 = 5.333… */
  g_assert_cmpint (score (JX_COMPARATOR_LE, "0", "0", 1000), ==, 1000);
  g_assert_cmpint (score (JX_COMPARATOR_LE, "0", "0.1", 1000), ==, 0);
}

static void
test_reverse_ratio_variant (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();

  /* The variant profile: W × T / A. */
  jx_scoring_profile_set_reverse_formula (profile, JX_REVERSE_FORMULA_RATIO);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_LE, "10", "12", 1000).score, ==, 833);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_LE, "10", "20", 1000).score, ==, 500);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_LE, "10", "40", 1000).score, ==, 250);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_LE, "10", "10", 1000).score, ==, 1000);
}

static void
test_rounding_follows_profile (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();

  jx_scoring_profile_set_score_decimals (profile, 1);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_GE, "3", "1", 1000).score, ==, 330);  /* 3.3 */
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_GE, "8", "7", 500).score, ==, 440);   /* 4.375 → 4.4 */
  jx_scoring_profile_set_score_decimals (profile, 0);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_GE, "8", "7", 500).score, ==, 400);   /* 4 */
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_GE, "4", "2", 500).score, ==, 300);   /* 2.5 → 3 */
}

static void
test_met_and_over_achievement (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  JxIndicatorScore result;

  /* Seed 003: 8 awards against a target of 4; 285 against 30. */
  result = score_with (profile, JX_COMPARATOR_GE, "4", "8", 1000);
  g_assert_true (result.met);
  g_assert_true (result.over_achieved);
  result = score_with (profile, JX_COMPARATOR_GE, "30", "285", 1000);
  g_assert_true (result.over_achieved);

  /* 130% exactly is over; just below is not. */
  g_assert_true (score_with (profile, JX_COMPARATOR_GE, "100", "130", 1000).over_achieved);
  g_assert_false (score_with (profile, JX_COMPARATOR_GE, "100", "129.99", 1000).over_achieved);
  g_assert_false (score_with (profile, JX_COMPARATOR_LE, "10", "2", 1000).over_achieved);

  result = score_with (profile, JX_COMPARATOR_GE, "4", "0", 1000);
  g_assert_false (result.met);
  g_assert_true (result.measurable);
  g_assert_false (score_with (profile, JX_COMPARATOR_GT, "4", "4", 1000).met);
  g_assert_true (score_with (profile, JX_COMPARATOR_LT, "100", "99", 1000).met);
  g_assert_false (score_with (profile, JX_COMPARATOR_LT, "100", "100", 1000).met);
}

static void
test_missing_parts_are_not_scored (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();

  g_assert_cmpint (score_with (profile, JX_COMPARATOR_GE, "4", NULL, 1000).status, ==, JX_SCORE_STATUS_NO_ACTUAL);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_NONE, NULL, "4", 1000).status, ==, JX_SCORE_STATUS_NO_TARGET);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_GE, "4", "4", JX_UNSET).status, ==, JX_SCORE_STATUS_NO_WEIGHT);
  g_assert_cmpint (score_with (profile, JX_COMPARATOR_GE, "4", "4", JX_UNSET).score, ==, JX_UNSET);
}

static JxIndicator *
qualitative (JxAssessment assessment,
             gint64       given_score)
{
  JxIndicator *indicator = jx_indicator_new ();

  jx_indicator_set_level1 (indicator, "效益指标");
  jx_indicator_set_name (indicator, "营商环境");
  jx_indicator_set_comparator (indicator, JX_COMPARATOR_QUALITATIVE);
  jx_indicator_set_target_text (indicator, "显著改善");
  jx_indicator_set_assessment (indicator, assessment);
  jx_indicator_set_score_override (indicator, given_score);

  return indicator;
}

static void
test_qualitative_bands (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  static const struct { JxAssessment assessment; gint64 score; JxScoreStatus status; gint64 counted; } cases[] = {
    /* W = 10: 达成 [8, 10], 部分达成 [6, 8), 未达成 [0, 6) */
    { JX_ASSESSMENT_ACHIEVED, JX_UNSET, JX_SCORE_STATUS_SCORED, 1000 },
    { JX_ASSESSMENT_ACHIEVED, 1000, JX_SCORE_STATUS_SCORED, 1000 },
    { JX_ASSESSMENT_ACHIEVED, 800, JX_SCORE_STATUS_SCORED, 800 },
    { JX_ASSESSMENT_ACHIEVED, 799, JX_SCORE_STATUS_INVALID, JX_UNSET },
    { JX_ASSESSMENT_PARTLY_ACHIEVED, 799, JX_SCORE_STATUS_SCORED, 799 },
    { JX_ASSESSMENT_PARTLY_ACHIEVED, 800, JX_SCORE_STATUS_INVALID, JX_UNSET },
    { JX_ASSESSMENT_PARTLY_ACHIEVED, 600, JX_SCORE_STATUS_SCORED, 600 },
    { JX_ASSESSMENT_PARTLY_ACHIEVED, 599, JX_SCORE_STATUS_INVALID, JX_UNSET },
    { JX_ASSESSMENT_PARTLY_ACHIEVED, JX_UNSET, JX_SCORE_STATUS_NEEDS_ASSESSMENT, JX_UNSET },
    { JX_ASSESSMENT_NOT_ACHIEVED, 0, JX_SCORE_STATUS_SCORED, 0 },
    { JX_ASSESSMENT_NOT_ACHIEVED, 599, JX_SCORE_STATUS_SCORED, 599 },
    { JX_ASSESSMENT_NOT_ACHIEVED, 600, JX_SCORE_STATUS_INVALID, JX_UNSET },
    { JX_ASSESSMENT_NONE, JX_UNSET, JX_SCORE_STATUS_NEEDS_ASSESSMENT, JX_UNSET },
    { JX_ASSESSMENT_ACHIEVED, 1001, JX_SCORE_STATUS_INVALID, JX_UNSET },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JxIndicator) indicator = qualitative (cases[i].assessment, cases[i].score);
      JxIndicatorScore result;

      g_test_message ("case %u", i);
      jx_scoring_score_indicator (profile, indicator, 1000, &result);
      g_assert_cmpint (result.status, ==, cases[i].status);
      g_assert_cmpint (result.score, ==, cases[i].counted);
    }
}

static void
test_band_check_explains (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_scoring_check_assessment (profile, JX_ASSESSMENT_PARTLY_ACHIEVED, 1000, 700, NULL));
  g_assert_false (jx_scoring_check_assessment (profile, JX_ASSESSMENT_PARTLY_ACHIEVED, 1000, 900, &error));
  g_assert_error (error, JX_SCORING_ERROR, JX_SCORING_ERROR_OUT_OF_BAND);
  g_assert_nonnull (strstr (error->message, "from 6 to below 8"));
  g_clear_error (&error);

  g_assert_false (jx_scoring_check_assessment (profile, JX_ASSESSMENT_ACHIEVED, 1000, -1, &error));
  g_assert_error (error, JX_SCORING_ERROR, JX_SCORING_ERROR_OUT_OF_RANGE);
}

static void
test_override_keeps_computed (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  g_autoptr(JxIndicator) indicator = quantitative ("产出指标", JX_COMPARATOR_GE, "4", "1", 1000);
  JxIndicatorScore result;

  /* 金融风险防控: 4 lectures planned, 1 held (epidemic). */
  jx_indicator_set_score_override (indicator, 700);
  jx_indicator_set_override_reason (indicator, "受疫情影响，改为线上宣传");
  jx_scoring_score_indicator (profile, indicator, 1000, &result);
  g_assert_cmpint (result.status, ==, JX_SCORE_STATUS_SCORED);
  g_assert_true (result.overridden);
  g_assert_cmpint (result.computed, ==, 250);
  g_assert_cmpint (result.score, ==, 700);

  jx_indicator_set_score_override (indicator, 1100);
  jx_scoring_score_indicator (profile, indicator, 1000, &result);
  g_assert_cmpint (result.status, ==, JX_SCORE_STATUS_INVALID);
}

static void
test_execution_score (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();

  /* 车辆租赁费: 3.39 of 3.88 → 87.37% → 8.74 of 10. */
  g_assert_cmpint (jx_scoring_execution_score (profile, 3390000, 3880000, 1000), ==, 874);
  g_assert_cmpint (jx_scoring_execution_score (profile, 3880000, 3880000, 1000), ==, 1000);
  g_assert_cmpint (jx_scoring_execution_score (profile, 7000000, 3880000, 1000), ==, 1000);  /* min (rate, 1) */
  g_assert_cmpint (jx_scoring_execution_score (profile, 90, 100, 1000), ==, 900);            /* exactly 90% */
  g_assert_cmpint (jx_scoring_execution_score (profile, 0, 100, 1000), ==, 0);
  g_assert_cmpint (jx_scoring_execution_score (profile, 100, 0, 1000), ==, JX_UNSET);
  g_assert_cmpint (jx_scoring_execution_score (profile, JX_UNSET, 100, 1000), ==, JX_UNSET);
}

static void
test_grades (void)
{
  g_autoptr(JxScoringProfile) national = jx_scoring_profile_new_national ();
  g_autoptr(JxScoringProfile) provincial = jx_scoring_profile_new_provincial ();

  g_assert_cmpint (jx_scoring_grade (national, 9000), ==, JX_GRADE_EXCELLENT);   /* exactly 90.00 */
  g_assert_cmpint (jx_scoring_grade (national, 8999), ==, JX_GRADE_GOOD);
  g_assert_cmpint (jx_scoring_grade (national, 8000), ==, JX_GRADE_GOOD);
  g_assert_cmpint (jx_scoring_grade (national, 7999), ==, JX_GRADE_FAIR);
  g_assert_cmpint (jx_scoring_grade (national, 6000), ==, JX_GRADE_FAIR);
  g_assert_cmpint (jx_scoring_grade (national, 5999), ==, JX_GRADE_POOR);
  g_assert_cmpint (jx_scoring_grade (national, JX_UNSET), ==, JX_GRADE_NONE);

  g_assert_cmpint (jx_scoring_grade (provincial, 8000), ==, JX_GRADE_EXCELLENT);
  g_assert_cmpint (jx_scoring_grade (provincial, 7999), ==, JX_GRADE_GOOD);
  g_assert_cmpint (jx_scoring_grade (provincial, 7000), ==, JX_GRADE_GOOD);
  g_assert_cmpint (jx_scoring_grade (provincial, 6999), ==, JX_GRADE_FAIR);

  g_assert_cmpstr (jx_grade_to_string (JX_GRADE_EXCELLENT), ==, "优");
  g_assert_cmpint (jx_grade_from_string ("良"), ==, JX_GRADE_GOOD);
  g_assert_cmpint (jx_grade_from_string ("优秀"), ==, JX_GRADE_EXCELLENT);
  g_assert_cmpint (jx_grade_from_string ("A"), ==, JX_GRADE_NONE);
}

static JxProject *
project_with (gint64 budget,
              gint64 actual)
{
  JxProject *project = jx_project_new ();
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();

  jx_project_set_name (project, "项目");
  jx_funding_row_set_source (row, JX_FUNDING_SOURCE_APPROPRIATION);
  jx_funding_row_set_adjusted (row, budget);
  jx_funding_row_set_actual (row, actual);
  jx_record_append_child (JX_RECORD (project), "funding", JX_RECORD (row));

  return project;
}

static void
add_indicator (JxProject   *project,
               JxIndicator *indicator)
{
  jx_record_append_child (JX_RECORD (project), "indicators", JX_RECORD (indicator));
  g_object_unref (indicator);
}

static void
test_project_total_and_grade (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  g_autoptr(JxProject) project = project_with (100000000, 96400000);   /* 96.4% */
  g_autoptr(JxProjectScore) result = NULL;
  JxCategoryScore *output;

  add_indicator (project, quantitative ("产出指标", JX_COMPARATOR_GE, "20", "36", 3000));
  add_indicator (project, quantitative ("产出指标", JX_COMPARATOR_GE, "10", "16", 2000));
  add_indicator (project, quantitative ("效益指标", JX_COMPARATOR_GE, "5", "4", 3000));
  add_indicator (project, quantitative ("满意度指标", JX_COMPARATOR_GE, "90", "98", 1000));

  result = jx_project_score_new (profile, project);

  /* 9.64 + 30 + 20 + 24 + 10 = 93.64 → 优 */
  g_assert_cmpint (result->execution_score, ==, 964);
  g_assert_cmpint (result->indicators[2].score, ==, 2400);
  g_assert_true (result->complete);
  g_assert_cmpint (result->total, ==, 9364);
  g_assert_cmpint (result->grade, ==, JX_GRADE_EXCELLENT);

  output = g_ptr_array_index (result->categories, 0);
  g_assert_cmpstr (output->level1, ==, "产出指标");
  g_assert_cmpint (output->score, ==, 5000);
  g_assert_cmpint (output->weight, ==, 5000);     /* the profile's */
  g_assert_cmpint (output->indicator_weights, ==, 5000);
  g_assert_cmpuint (output->n_met, ==, 2);
}

static void
test_missing_weights_are_shared (void)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  g_autoptr(JxProject) project = project_with (3100000000, 3100000000);
  g_autoptr(JxProjectScore) result = NULL;
  g_autoptr(JxCategoryWeight) weight = jx_category_weight_new ();

  /* Three 产出 indicators share 50: 16.67 + 16.67 + 16.66. */
  add_indicator (project, quantitative ("产出指标", JX_COMPARATOR_GE, "4", "8", JX_UNSET));
  add_indicator (project, quantitative ("产出指标", JX_COMPARATOR_GE, "2", "2", JX_UNSET));
  add_indicator (project, quantitative ("产出指标", JX_COMPARATOR_GE, "4", "2", JX_UNSET));
  /* 满意度 weighed 15 for this project instead of 10. */
  add_indicator (project, quantitative ("满意度指标", JX_COMPARATOR_GE, "90", "100", JX_UNSET));
  jx_category_weight_set_level1 (weight, "满意度指标");
  jx_category_weight_set_weight (weight, 1500);
  jx_record_append_child (JX_RECORD (project), "category_weights", JX_RECORD (weight));

  result = jx_project_score_new (profile, project);
  g_assert_cmpint (result->indicators[0].weight, ==, 1667);
  g_assert_cmpint (result->indicators[1].weight, ==, 1667);
  g_assert_cmpint (result->indicators[2].weight, ==, 1666);
  g_assert_cmpint (result->indicators[2].score, ==, 833);
  g_assert_cmpint (result->indicators[3].weight, ==, 1500);
  /* 10 + 16.67 + 16.67 + 8.33 + 15 */
  g_assert_cmpint (result->total, ==, 6667);
  g_assert_cmpint (result->grade, ==, JX_GRADE_FAIR);

  /* With the profile's other rule, nothing is shared. */
  jx_scoring_profile_set_missing_weights (profile, JX_MISSING_WEIGHTS_UNSCORED);
  g_clear_pointer (&result, jx_project_score_free);
  result = jx_project_score_new (profile, project);
  g_assert_cmpint (result->indicators[0].status, ==, JX_SCORE_STATUS_NO_WEIGHT);
  g_assert_false (result->complete);
  g_assert_cmpint (result->grade, ==, JX_GRADE_NONE);
  g_assert_cmpint (result->total, ==, 1000);
}

static void
test_year_roll_up (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(JxDepartment) department = jx_store_find_department (store, "石家庄高新区科技局", NULL);
  g_autoptr(JxScoringProfile) profile = NULL;
  g_autoptr(JxYearScore) result = NULL;
  g_autoptr(GError) error = NULL;
  JxDepartmentYear *year;

  g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);
  profile = jx_year_score_load_profile (store, year, &error);
  g_assert_no_error (error);
  result = jx_year_score_new (profile, year);

  /* 39720 of 39732: 99.97% → 10 × 0.99969… = 9.997 → 10.00 */
  g_assert_cmpint (result->execution_score, ==, 1000);
  g_assert_cmpuint (result->projects->len, ==, 20);
  g_assert_cmpuint (result->n_measurable, >, 0);
  /* 港澳台 0 of 4 is among the unmet. */
  g_assert_cmpuint (result->n_met, <, result->n_measurable);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scoring/indicator/positive", test_positive);
  g_test_add_func ("/scoring/indicator/equal", test_equal);
  g_test_add_func ("/scoring/indicator/reverse-linear", test_reverse_linear);
  g_test_add_func ("/scoring/indicator/reverse-ratio-variant", test_reverse_ratio_variant);
  g_test_add_func ("/scoring/indicator/rounding-follows-profile", test_rounding_follows_profile);
  g_test_add_func ("/scoring/indicator/met-and-over-achievement", test_met_and_over_achievement);
  g_test_add_func ("/scoring/indicator/missing-parts-are-not-scored", test_missing_parts_are_not_scored);
  g_test_add_func ("/scoring/indicator/qualitative-bands", test_qualitative_bands);
  g_test_add_func ("/scoring/indicator/band-check-explains", test_band_check_explains);
  g_test_add_func ("/scoring/indicator/override-keeps-computed", test_override_keeps_computed);
  g_test_add_func ("/scoring/execution-score", test_execution_score);
  g_test_add_func ("/scoring/grades", test_grades);
  g_test_add_func ("/scoring/project/total-and-grade", test_project_total_and_grade);
  g_test_add_func ("/scoring/project/missing-weights-are-shared", test_missing_weights_are_shared);
  g_test_add_func ("/scoring/year/roll-up", test_year_roll_up);

  return g_test_run ();
}
