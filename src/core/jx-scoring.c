/* jx-scoring.c: the scoring rules of one indicator, the execution part and
 * the grade
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DOMAIN.md, "Scoring", with every number from a JxScoringProfile.  The
 * arithmetic is exact: targets and actuals are decimals, weights and scores
 * hundredths of a point, and each score is one rational number rounded half
 * up once, at the end, to the profile's decimals.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "jx-number.h"
#include "jx-scoring.h"

G_DEFINE_QUARK (jx-scoring-error-quark, jx_scoring_error)

typedef __int128 Wide;

/* A decimal as an integer of the given scale. */
typedef struct {
  Wide value;
  guint scale;
} Exact;

static gboolean
exact_parse (const char *text,
             Exact      *out)
{
  gint64 mantissa;
  guint decimals;

  if (text == NULL || !jx_number_parse_decimal (text, &mantissa, &decimals, NULL))
    return FALSE;

  out->value = mantissa;
  out->scale = decimals;
  return TRUE;
}

/* Brings @a and @b to the same scale. */
static void
exact_align (Exact *a,
             Exact *b)
{
  while (a->scale < b->scale)
    {
      a->value *= 10;
      a->scale++;
    }
  while (b->scale < a->scale)
    {
      b->value *= 10;
      b->scale++;
    }
}

static Wide
exact_from_percent (const char *text,
                    Wide        fallback)
{
  Exact percent;
  Wide value;

  /* In ten-thousandths of one: "80" → 8000, "12.5" → 1250. */
  if (!exact_parse (text, &percent) || percent.scale > 2)
    return fallback;

  value = percent.value;
  for (guint i = percent.scale; i < 2; i++)
    value *= 10;
  return value;
}

/* @numerator / @denominator hundredths of a point, rounded half up to the
 * profile's decimals.  Both are not negative; @denominator is positive. */
static gint64
round_ratio (JxScoringProfile *profile,
             Wide              numerator,
             Wide              denominator)
{
  gint64 decimals = profile != NULL ? jx_scoring_profile_get_score_decimals (profile) : 2;
  Wide unit = 1;
  Wide units;

  if (decimals == JX_UNSET || decimals > 2 || decimals < 0)
    decimals = 2;
  for (gint64 i = decimals; i < 2; i++)
    unit *= 10;

  units = (2 * numerator + denominator * unit) / (2 * denominator * unit);
  return (gint64) (units * unit);
}

/**
 * jx_scoring_check_assessment:
 * @profile: the scoring profile
 * @assessment: the band the evaluator chose
 * @weight: the indicator's weight, in hundredths of a point
 * @score: the evaluator's score, in hundredths of a point
 * @error: return location for a #JX_SCORING_ERROR
 *
 * A qualitative target's score must lie in the band the evaluator chose:
 * 达成 [80% W, W], 部分达成 [60% W, 80% W), 未达成 [0, 60% W) with the
 * profile's percentages.
 *
 * Returns: whether @score fits
 */
gboolean
jx_scoring_check_assessment (JxScoringProfile  *profile,
                             JxAssessment       assessment,
                             gint64             weight,
                             gint64             score,
                             GError           **error)
{
  Wide achieved = exact_from_percent (jx_scoring_profile_get_achieved_from (profile), 8000);
  Wide partly = exact_from_percent (jx_scoring_profile_get_partly_from (profile), 6000);
  /* Bounds in hundredths × 10000: compare score × 10000 with W × share. */
  Wide scaled = (Wide) score * 10000;
  Wide low = 0;
  Wide high = (Wide) weight * 10000;
  gboolean high_inclusive = TRUE;
  g_autofree char *score_text = NULL;
  g_autofree char *low_text = NULL;
  g_autofree char *high_text = NULL;
  const char *band;

  if (score < 0 || score > weight)
    {
      g_autofree char *weight_text = jx_number_format_fixed (weight, 2, 0);

      score_text = jx_number_format_fixed (score, 2, 0);
      g_set_error (error, JX_SCORING_ERROR, JX_SCORING_ERROR_OUT_OF_RANGE,
                   _("A score of %s is not between 0 and the weight %s"), score_text, weight_text);
      return FALSE;
    }

  switch (assessment)
    {
    case JX_ASSESSMENT_ACHIEVED:
      low = (Wide) weight * achieved;
      band = N_("achieved");
      break;

    case JX_ASSESSMENT_PARTLY_ACHIEVED:
      low = (Wide) weight * partly;
      high = (Wide) weight * achieved;
      high_inclusive = FALSE;
      band = N_("partly achieved");
      break;

    case JX_ASSESSMENT_NOT_ACHIEVED:
      high = (Wide) weight * partly;
      high_inclusive = FALSE;
      band = N_("not achieved");
      break;

    case JX_ASSESSMENT_NONE:
    default:
      return TRUE;
    }

  if (scaled >= low && (scaled < high || (high_inclusive && scaled == high)))
    return TRUE;

  /* Every indicator is checked at every rescore: the words are only
   * made for a score that does not fit. */
  score_text = jx_number_format_fixed (score, 2, 0);
  low_text = jx_number_format_fixed ((gint64) ((low + 9999) / 10000), 2, 0);
  high_text = jx_number_format_fixed ((gint64) (high / 10000), 2, 0);
  g_set_error (error, JX_SCORING_ERROR, JX_SCORING_ERROR_OUT_OF_BAND,
               high_inclusive
                 ? _("A score of %s is outside the band “%s”, which runs from %s to %s")
                 : _("A score of %s is outside the band “%s”, which runs from %s to below %s"),
               score_text, _(band), low_text, high_text);
  return FALSE;
}

static void
score_qualitative (JxScoringProfile *profile,
                   JxIndicator      *indicator,
                   gint64            weight,
                   JxIndicatorScore *result)
{
  JxAssessment assessment = jx_indicator_get_assessment (indicator);
  gint64 given = jx_indicator_get_score_override (indicator);

  if (assessment == JX_ASSESSMENT_NONE)
    {
      result->status = JX_SCORE_STATUS_NEEDS_ASSESSMENT;
      return;
    }

  result->measurable = TRUE;
  result->met = assessment == JX_ASSESSMENT_ACHIEVED;

  if (weight == JX_UNSET)
    {
      result->status = JX_SCORE_STATUS_NO_WEIGHT;
      return;
    }

  /* The evaluator's score is the score; 达成 without one is full marks. */
  if (given == JX_UNSET)
    {
      if (assessment != JX_ASSESSMENT_ACHIEVED)
        {
          result->status = JX_SCORE_STATUS_NEEDS_ASSESSMENT;
          return;
        }
      given = weight;
    }

  if (!jx_scoring_check_assessment (profile, assessment, weight, given, NULL))
    {
      result->status = JX_SCORE_STATUS_INVALID;
      return;
    }

  result->status = JX_SCORE_STATUS_SCORED;
  result->computed = given;
  result->score = given;
}

static void
score_quantitative (JxScoringProfile *profile,
                    JxIndicator      *indicator,
                    JxComparator      comparator,
                    gint64            weight,
                    JxIndicatorScore *result)
{
  Exact target;
  Exact actual;
  Wide t;
  Wide a;
  Wide w = weight;
  Wide numerator;
  Wide denominator;

  if (!exact_parse (jx_indicator_get_target_value (indicator), &target))
    {
      result->status = JX_SCORE_STATUS_NO_TARGET;
      return;
    }

  if (!exact_parse (jx_indicator_get_actual_value (indicator), &actual))
    {
      result->status = JX_SCORE_STATUS_NO_ACTUAL;
      return;
    }

  exact_align (&target, &actual);
  t = target.value;
  a = MAX (actual.value, 0);   /* a negative actual counts as 0 */

  result->measurable = TRUE;
  switch (comparator)
    {
    case JX_COMPARATOR_GT:
      result->met = a > t;
      break;
    case JX_COMPARATOR_EQ:
      result->met = t == 0 ? a <= 0 : a == t;
      break;
    case JX_COMPARATOR_LE:
      result->met = a <= t;
      break;
    case JX_COMPARATOR_LT:
      result->met = a < t;
      break;
    case JX_COMPARATOR_GE:
    default:
      result->met = a >= t;
      break;
    }

  if ((comparator == JX_COMPARATOR_GE || comparator == JX_COMPARATOR_GT) && t > 0)
    {
      Wide threshold = exact_from_percent (jx_scoring_profile_get_over_achievement_from (profile), 13000);

      result->over_achieved = a * 10000 >= t * threshold;
    }

  if (weight == JX_UNSET)
    {
      result->status = JX_SCORE_STATUS_NO_WEIGHT;
      return;
    }

  switch (comparator)
    {
    case JX_COMPARATOR_LE:
    case JX_COMPARATOR_LT:
      if (a <= t)
        {
          numerator = w;
          denominator = 1;
        }
      else if (t <= 0)
        {
          numerator = 0;
          denominator = 1;
        }
      else if (jx_scoring_profile_get_reverse_formula (profile) == JX_REVERSE_FORMULA_RATIO)
        {
          numerator = w * t;     /* W × T / A */
          denominator = a;
        }
      else if (a >= 2 * t)
        {
          numerator = 0;
          denominator = 1;
        }
      else
        {
          numerator = w * (2 * t - a);   /* W × (1 − (A − T) / T) */
          denominator = t;
        }
      break;

    case JX_COMPARATOR_EQ:
      if (t == 0)
        {
          numerator = a <= 0 ? w : 0;
          denominator = 1;
          break;
        }
      G_GNUC_FALLTHROUGH;

    case JX_COMPARATOR_GE:
    case JX_COMPARATOR_GT:
    default:
      if (a >= t)
        {
          numerator = w;
          denominator = 1;
        }
      else if (t <= 0)
        {
          numerator = 0;
          denominator = 1;
        }
      else
        {
          numerator = w * a;   /* W × A / T */
          denominator = t;
        }
      break;
    }

  result->status = JX_SCORE_STATUS_SCORED;
  result->computed = MIN (round_ratio (profile, numerator, denominator), weight);
  result->score = result->computed;
}

/**
 * jx_scoring_score_indicator:
 * @profile: the scoring profile
 * @indicator: an indicator
 * @weight: its weight in hundredths of a point, given or shared, or
 *   #JX_UNSET
 * @result: (out caller-allocates): the score and what else is known
 *
 * Scores one indicator.  A quantitative target scores W when met and in
 * proportion otherwise (正向 W × A / T; 反向 by the profile's formula); a
 * qualitative one scores what the evaluator gave within the chosen band.
 * A score set by hand with the indicator's override counts instead of the
 * computed one, which is kept beside it.
 */
void
jx_scoring_score_indicator (JxScoringProfile *profile,
                            JxIndicator      *indicator,
                            gint64            weight,
                            JxIndicatorScore *result)
{
  JxComparator comparator = jx_indicator_get_comparator (indicator);
  gint64 override = jx_indicator_get_score_override (indicator);

  g_return_if_fail (JX_IS_SCORING_PROFILE (profile));
  g_return_if_fail (JX_IS_INDICATOR (indicator));

  memset (result, 0, sizeof *result);
  result->weight = weight;
  result->computed = JX_UNSET;
  result->score = JX_UNSET;

  if (comparator == JX_COMPARATOR_QUALITATIVE)
    {
      score_qualitative (profile, indicator, weight, result);
      return;
    }

  if (comparator == JX_COMPARATOR_NONE && jx_indicator_get_target_value (indicator) == NULL)
    {
      result->status = JX_SCORE_STATUS_NO_TARGET;
      return;
    }

  score_quantitative (profile, indicator, comparator, weight, result);

  if (override != JX_UNSET && weight != JX_UNSET)
    {
      if (override < 0 || override > weight)
        {
          result->status = JX_SCORE_STATUS_INVALID;
          result->score = JX_UNSET;
          return;
        }

      result->status = JX_SCORE_STATUS_SCORED;
      result->overridden = TRUE;
      result->score = override;
    }
}

/**
 * jx_scoring_execution_score:
 * @profile: the scoring profile
 * @actual: 全年执行数 in fen
 * @budget: 全年预算数 in fen
 * @weight: the weight of the execution part in hundredths of a point
 *
 * 执行 score = min (执行率, 1) × weight.
 *
 * Returns: the score in hundredths of a point, #JX_UNSET when the rate is
 *   undefined
 */
gint64
jx_scoring_execution_score (JxScoringProfile *profile,
                            gint64            actual,
                            gint64            budget,
                            gint64            weight)
{
  Wide a;

  if (actual == JX_UNSET || budget == JX_UNSET || budget <= 0 || weight == JX_UNSET)
    return JX_UNSET;

  a = MAX (actual, 0);
  if (a >= budget)
    return weight;

  return MIN (round_ratio (profile, (Wide) weight * a, budget), weight);
}

/**
 * jx_scoring_grade:
 * @profile: the scoring profile
 * @total: a total score in hundredths of a point, or #JX_UNSET
 *
 * Returns: 优 from the profile's excellent band (90), 良 from good (80),
 *   中 from fair (60), 差 below; %JX_GRADE_NONE for an unknown total
 */
JxGrade
jx_scoring_grade (JxScoringProfile *profile,
                  gint64            total)
{
  if (total == JX_UNSET)
    return JX_GRADE_NONE;
  if (total >= jx_scoring_profile_get_excellent_from (profile))
    return JX_GRADE_EXCELLENT;
  if (total >= jx_scoring_profile_get_good_from (profile))
    return JX_GRADE_GOOD;
  if (total >= jx_scoring_profile_get_fair_from (profile))
    return JX_GRADE_FAIR;

  return JX_GRADE_POOR;
}

/**
 * jx_grade_to_string:
 * @grade: a grade
 *
 * Returns: the grade as the forms write it: 优, 良, 中 or 差; %NULL for
 *   %JX_GRADE_NONE
 */
const char *
jx_grade_to_string (JxGrade grade)
{
  switch (grade)
    {
    case JX_GRADE_EXCELLENT:
      return "优";
    case JX_GRADE_GOOD:
      return "良";
    case JX_GRADE_FAIR:
      return "中";
    case JX_GRADE_POOR:
      return "差";
    case JX_GRADE_NONE:
    default:
      return NULL;
    }
}

/**
 * jx_grade_from_string:
 * @text: (nullable): a grade as a report writes it ("优", "良好")
 *
 * Returns: the grade, %JX_GRADE_NONE for anything else
 */
JxGrade
jx_grade_from_string (const char *text)
{
  if (text == NULL)
    return JX_GRADE_NONE;
  if (g_str_has_prefix (text, "优"))
    return JX_GRADE_EXCELLENT;
  if (g_str_has_prefix (text, "良"))
    return JX_GRADE_GOOD;
  if (g_str_has_prefix (text, "中"))
    return JX_GRADE_FAIR;
  if (g_str_has_prefix (text, "差"))
    return JX_GRADE_POOR;

  return JX_GRADE_NONE;
}
