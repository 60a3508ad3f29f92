/* jx-checker.c: the consistency checks that catch arithmetic slips
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DOMAIN.md, "Consistency checks": stated totals against the sums of their
 * parts, stated rates and scores against computed ones, weights against
 * their parents, spending above budget or below 90% and unmet or
 * over-achieved targets without an explanation, numbers written with
 * misplaced group separators.  A stated figure is compared at the
 * precision the report writes it: "87%" agrees with 87.37%.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "jx-allocation-line.h"
#include "jx-budget-line.h"
#include "jx-category-weight.h"
#include "jx-checker.h"
#include "jx-enum-types.h"
#include "jx-field.h"
#include "jx-money.h"
#include "jx-number.h"
#include "jx-stated-figure.h"

typedef __int128 Wide;

typedef struct {
  GPtrArray        *findings;
  JxScoringProfile *profile;
  const char       *record;     /* the path of the record being checked */
  JxRecord         *subject;    /* the record the findings are about */
} Checker;

G_GNUC_PRINTF (7, 8)
static void
add (Checker     *checker,
     JxSeverity   severity,
     const char  *code,
     const char  *field,
     const char  *stated,
     const char  *computed,
     const char  *format,
     ...)
{
  g_autofree char *message = NULL;
  JxFinding *finding;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  finding = jx_finding_new (severity, code, checker->record, field, stated, computed, message);
  jx_finding_set_subject (finding, checker->subject);
  g_ptr_array_add (checker->findings, finding);
}

/* The number in a stated figure, without its unit: "99.97%", "14361.25万元",
 * "99分". */
static char *
strip_unit (const char *written)
{
  static const char * const units[] = { "万元", "万", "元", "%", "％", "分" };
  g_autofree char *text = g_strstrip (g_strdup (written));

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_has_suffix (text, units[i]))
      {
        text[strlen (text) - strlen (units[i])] = '\0';
        g_strstrip (text);
        break;
      }

  return g_steal_pointer (&text);
}

/* Reads a stated amount; says so when it is written with a slip. */
static gboolean
read_stated_money (Checker    *checker,
                   const char *field,
                   const char *written,
                   gint64      computed,
                   gint64     *fen)
{
  g_autofree char *number = strip_unit (written);
  g_autoptr(GError) error = NULL;
  g_autofree char *computed_text = computed != JX_UNSET ? jx_money_to_wan_string (computed) : NULL;

  if (jx_money_parse_wan (number, fen, &error))
    return TRUE;

  if (g_error_matches (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_MISPLACED_SEPARATOR))
    add (checker, JX_SEVERITY_ERROR, "misplaced-separator", field, written, computed_text,
         computed_text != NULL
           ? _("The report writes “%s”: its thousands separator is misplaced (the data give %s 万元)")
           : _("The report writes “%s”: its thousands separator is misplaced"),
         written, computed_text);
  else
    add (checker, JX_SEVERITY_INFO, "unreadable-figure", field, written, NULL,
         _("“%s” is not a number that can be checked"), written);

  return FALSE;
}

static void
check_money (Checker    *checker,
             const char *field,
             const char *label,
             const char *written,
             gint64      computed,
             const char *computed_from)
{
  g_autofree char *computed_text = NULL;
  g_autofree char *stated_text = NULL;
  g_autofree char *difference = NULL;
  gint64 stated;

  if (!read_stated_money (checker, field, written, computed, &stated))
    return;

  if (computed == JX_UNSET)
    {
      add (checker, JX_SEVERITY_INFO, "unchecked-figure", field, written, NULL,
           _("%s is stated as %s 万元 but cannot be checked without %s"),
           label, written, computed_from);
      return;
    }

  if (stated == computed)
    return;

  computed_text = jx_money_to_wan_string (computed);
  stated_text = jx_money_to_wan_string (stated);
  difference = jx_money_format_wan (stated - computed, 6, FALSE);
  add (checker, JX_SEVERITY_ERROR, "stated-total", field, written, computed_text,
       _("%s is stated as %s 万元, but %s add up to %s 万元 (a difference of %s)"),
       label, stated_text, computed_from, computed_text, difference);
}

/* Whether @written, a decimal, equals @numerator / @denominator × @scale
 * rounded to as many decimals as @written has. */
static gboolean
agrees_at_precision (const char *written,
                     Wide        numerator,
                     Wide        denominator,
                     char      **computed_text)
{
  gint64 mantissa;
  guint decimals;
  Wide factor = 1;
  Wide rounded;
  gboolean negative = (numerator < 0) != (denominator < 0);

  if (!jx_number_parse_decimal (written, &mantissa, &decimals, NULL))
    return FALSE;

  for (guint i = 0; i < decimals; i++)
    factor *= 10;

  numerator = numerator < 0 ? -numerator : numerator;
  denominator = denominator < 0 ? -denominator : denominator;
  rounded = (2 * numerator * factor + denominator) / (2 * denominator);
  if (negative)
    rounded = -rounded;

  *computed_text = jx_number_format_fixed ((gint64) rounded, decimals, decimals);
  return rounded == mantissa;
}

static void
check_rate (Checker    *checker,
            const char *field,
            const char *label,
            const char *written,
            gint64      part,
            gint64      whole)
{
  g_autofree char *number = strip_unit (written);
  g_autofree char *computed = NULL;

  if (part == JX_UNSET || whole == JX_UNSET || whole == 0)
    {
      add (checker, JX_SEVERITY_INFO, "unchecked-figure", field, written, NULL,
           _("%s is stated as %s%% but cannot be checked: the amounts it divides are not entered"),
           label, number);
      return;
    }

  if (!jx_number_parse_decimal (number, &(gint64) { 0 }, &(guint) { 0 }, NULL))
    {
      add (checker, JX_SEVERITY_INFO, "unreadable-figure", field, written, NULL,
           _("“%s” is not a number that can be checked"), written);
      return;
    }

  if (agrees_at_precision (number, (Wide) part * 100, whole, &computed))
    return;

  add (checker, JX_SEVERITY_ERROR, "stated-rate", field, written, computed,
       _("%s is stated as %s%%, but the amounts give %s%%"), label, number, computed);
}

/* Scores are stated in points, compared at the precision written. */
static void
check_score (Checker    *checker,
             const char *field,
             const char *label,
             gint64      stated,
             gint64      computed,
             gboolean    complete,
             const char *why_incomplete)
{
  g_autofree char *stated_text = jx_number_format_fixed (stated, 2, 0);
  g_autofree char *computed_text = NULL;

  if (!complete || computed == JX_UNSET)
    {
      add (checker, JX_SEVERITY_INFO, "unchecked-score", field, stated_text, NULL,
           _("%s is stated as %s but cannot be reproduced: %s"), label, stated_text, why_incomplete);
      return;
    }

  if (agrees_at_precision (stated_text, computed, 100, &computed_text))
    return;

  g_clear_pointer (&computed_text, g_free);
  computed_text = jx_number_format_fixed (computed, 2, 0);
  add (checker, JX_SEVERITY_ERROR, "stated-score", field, stated_text, computed_text,
       _("%s is stated as %s, but the rules give %s"), label, stated_text, computed_text);
}

static void
check_grade (Checker    *checker,
             const char *field,
             const char *stated,
             gint64      stated_score,
             JxGrade     computed)
{
  JxGrade grade = jx_grade_from_string (stated);

  if (stated_score != JX_UNSET)
    {
      JxGrade implied = jx_scoring_grade (checker->profile, stated_score);
      g_autofree char *score_text = jx_number_format_fixed (stated_score, 2, 0);

      if (grade != JX_GRADE_NONE && grade != implied)
        add (checker, JX_SEVERITY_ERROR, "stated-grade", field, stated, jx_grade_to_string (implied),
             _("The grade is stated as “%s”, but a score of %s is graded “%s” by the profile “%s”"),
             stated, score_text, jx_grade_to_string (implied),
             jx_scoring_profile_get_name (checker->profile));
    }

  if (computed != JX_GRADE_NONE && grade != JX_GRADE_NONE && grade != computed)
    add (checker, JX_SEVERITY_ERROR, "stated-grade", field, stated, jx_grade_to_string (computed),
         _("The grade is stated as “%s”, but the computed score is graded “%s”"),
         stated, jx_grade_to_string (computed));
}

static void
append_reason (GString    *reasons,
               const char *reason)
{
  if (reasons->len > 0)
    g_string_append (reasons, _("; "));
  g_string_append (reasons, reason);
}

#define APPEND_COUNT(reasons, singular, plural, n) \
  G_STMT_START { \
    if ((n) > 0) \
      { \
        g_autofree char *reason_ = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, singular, plural, (n)), (n)); \
        append_reason ((reasons), reason_); \
      } \
  } G_STMT_END

/* Why a total is not complete, in words. */
static char *
describe_incomplete (gint64                  execution_score,
                     const JxIndicatorScore *indicators,
                     guint                   n_indicators)
{
  guint counts[JX_SCORE_STATUS_INVALID + 1] = { 0 };
  GString *reasons = g_string_new (NULL);

  for (guint i = 0; i < n_indicators; i++)
    counts[indicators[i].status]++;

  if (execution_score == JX_UNSET)
    append_reason (reasons, _("the execution rate is not known"));
  if (n_indicators == 0)
    append_reason (reasons, _("there are no indicators"));

  APPEND_COUNT (reasons, "%u indicator has no weight", "%u indicators have no weight",
                counts[JX_SCORE_STATUS_NO_WEIGHT]);
  APPEND_COUNT (reasons, "%u indicator has no target", "%u indicators have no target",
                counts[JX_SCORE_STATUS_NO_TARGET]);
  APPEND_COUNT (reasons, "%u indicator has no actual value", "%u indicators have no actual value",
                counts[JX_SCORE_STATUS_NO_ACTUAL]);
  APPEND_COUNT (reasons, "%u qualitative indicator is not assessed", "%u qualitative indicators are not assessed",
                counts[JX_SCORE_STATUS_NEEDS_ASSESSMENT]);
  APPEND_COUNT (reasons, "%u indicator has an invalid score", "%u indicators have an invalid score",
                counts[JX_SCORE_STATUS_INVALID]);

  return g_string_free (reasons, FALSE);
}

/* What each stated figure is called in a finding, and for an amount, what
 * the data it is checked against are. */
static const struct {
  const char *label;
  const char *basis;
} figure_texts[] = {
  [JX_STATED_FIGURE_KIND_INITIAL_BUDGET] = {
    N_("The initial budget (年初预算)"), N_("the initial basic and project budgets") },
  [JX_STATED_FIGURE_KIND_TOTAL_BUDGET] = {
    N_("The full-year budget (全年预算)"), N_("the basic and project budgets") },
  [JX_STATED_FIGURE_KIND_TOTAL_REVENUE] = {
    N_("Total revenue (总收入)"), N_("the revenue sources") },
  [JX_STATED_FIGURE_KIND_TOTAL_EXPENDITURE] = {
    N_("Total expenditure (总支出)"), N_("basic and project expenditure") },
  [JX_STATED_FIGURE_KIND_BASIC_EXPENDITURE] = {
    N_("Basic expenditure (基本支出)"), N_("the actual basic expenditure") },
  [JX_STATED_FIGURE_KIND_PROJECT_EXPENDITURE] = {
    N_("Project expenditure (项目支出)"), N_("the actual project expenditure") },
  [JX_STATED_FIGURE_KIND_TRANSFER_TOTAL] = {
    N_("Transfer payments (转移支付)"), N_("the budgets of the transfer payments") },
  [JX_STATED_FIGURE_KIND_TRANSFER_CENTRAL] = {
    N_("Central transfer payments (中央转移支付)"), N_("the budgets of the central transfer payments") },
  [JX_STATED_FIGURE_KIND_TRANSFER_PROVINCIAL] = {
    N_("Provincial transfer payments (省级转移支付)"), N_("the budgets of the provincial transfer payments") },
  [JX_STATED_FIGURE_KIND_THREE_PUBLIC_TOTAL] = {
    N_("The “three public” expenses (三公经费)"), N_("the parts of the “three public” expenses") },
  [JX_STATED_FIGURE_KIND_CARRY_OVER] = {
    N_("The carry-over (结转结余)"), N_("the carry-over") },
  [JX_STATED_FIGURE_KIND_EXECUTION_RATE] = { N_("The execution rate (预算执行率)"), NULL },
  [JX_STATED_FIGURE_KIND_ATTAINMENT_RATE] = { N_("Target attainment (绩效目标完成率)"), NULL },
  [JX_STATED_FIGURE_KIND_TOTAL_SCORE] = { N_("The total score (综合得分)"), NULL },
  [JX_STATED_FIGURE_KIND_GRADE] = { N_("The grade (自评结果)"), NULL },
};

static const char *
figure_label (JxStatedFigureKind kind)
{
  if (kind <= JX_STATED_FIGURE_KIND_NONE || kind >= G_N_ELEMENTS (figure_texts))
    return "";

  return _(figure_texts[kind].label);
}

/* %NULL unless @kind is an amount. */
static const char *
figure_basis (JxStatedFigureKind kind)
{
  if (kind <= JX_STATED_FIGURE_KIND_NONE || kind >= G_N_ELEMENTS (figure_texts) ||
      figure_texts[kind].basis == NULL)
    return NULL;

  return _(figure_texts[kind].basis);
}

/* The sum of the lines of @section: of their actual amounts, or of their
 * budgets when no actual amount is given. */
static gint64
sum_lines (JxDepartmentYear *year,
           JxBudgetSection   section)
{
  GPtrArray *lines = jx_department_year_get_budget_lines (year);
  gint64 actual = JX_UNSET;
  gint64 budget = JX_UNSET;

  for (guint i = 0; i < lines->len; i++)
    {
      JxBudgetLine *line = g_ptr_array_index (lines, i);

      if (jx_budget_line_get_section (line) != section)
        continue;
      actual = jx_money_add_known (actual, jx_budget_line_get_actual (line));
      budget = jx_money_add_known (budget, jx_budget_line_get_budget (line));
    }

  return actual != JX_UNSET ? actual : budget;
}

static gint64
sum_transfers (JxYearScore      *score,
               JxTransferSource  source)
{
  gint64 sum = JX_UNSET;

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);

      if (jx_project_get_kind (project->project) != JX_PROJECT_KIND_TRANSFER)
        continue;
      if (source != JX_TRANSFER_SOURCE_NONE && jx_project_get_transfer_source (project->project) != source)
        continue;
      sum = jx_money_add_known (sum, project->budget);
    }

  return sum;
}

/**
 * jx_checker_compute_amount:
 * @score: the score of a department-year
 * @kind: the kind of a stated money figure (a budget, revenue,
 *   expenditure, transfer, 三公经费 or carry-over total)
 *
 * What the data give for a stated money figure: the amount the checker
 * compares it with.
 *
 * Returns: the amount in fen, or #JX_UNSET when the data do not give it
 *   or @kind is not an amount (a rate, the score, the grade)
 */
gint64
jx_checker_compute_amount (JxYearScore        *score,
                           JxStatedFigureKind  kind)
{
  JxDepartmentYear *year;

  g_return_val_if_fail (score != NULL, JX_UNSET);

  year = score->year;

  switch (kind)
    {
    case JX_STATED_FIGURE_KIND_INITIAL_BUDGET:
      return jx_department_year_get_initial_budget (year);
    case JX_STATED_FIGURE_KIND_TOTAL_BUDGET:
      return score->budget;
    case JX_STATED_FIGURE_KIND_TOTAL_REVENUE:
      return sum_lines (year, JX_BUDGET_SECTION_REVENUE);
    case JX_STATED_FIGURE_KIND_TOTAL_EXPENDITURE:
      return score->actual;
    case JX_STATED_FIGURE_KIND_BASIC_EXPENDITURE:
      return jx_department_year_get_actual_basic (year);
    case JX_STATED_FIGURE_KIND_PROJECT_EXPENDITURE:
      return jx_department_year_get_actual_project (year);
    case JX_STATED_FIGURE_KIND_TRANSFER_TOTAL:
      return sum_transfers (score, JX_TRANSFER_SOURCE_NONE);
    case JX_STATED_FIGURE_KIND_TRANSFER_CENTRAL:
      return sum_transfers (score, JX_TRANSFER_SOURCE_CENTRAL);
    case JX_STATED_FIGURE_KIND_TRANSFER_PROVINCIAL:
      return sum_transfers (score, JX_TRANSFER_SOURCE_PROVINCIAL);
    case JX_STATED_FIGURE_KIND_THREE_PUBLIC_TOTAL:
      return sum_lines (year, JX_BUDGET_SECTION_THREE_PUBLIC);
    case JX_STATED_FIGURE_KIND_CARRY_OVER:
      return jx_department_year_get_carry_over (year);
    case JX_STATED_FIGURE_KIND_EXECUTION_RATE:
    case JX_STATED_FIGURE_KIND_ATTAINMENT_RATE:
    case JX_STATED_FIGURE_KIND_TOTAL_SCORE:
    case JX_STATED_FIGURE_KIND_GRADE:
    case JX_STATED_FIGURE_KIND_NONE:
    default:
      return JX_UNSET;
    }
}

/**
 * jx_checker_compute_figure:
 * @score: the score of a department-year
 * @kind: the kind of a stated figure
 *
 * What the data give for a stated figure, written as a report writes it:
 * an amount in 万元 ("14351.25"), a rate ("99.97%"), the total score
 * ("92.5") or the grade ("优").
 *
 * Returns: (transfer full) (nullable): the figure, or %NULL when the data
 *   do not give it (the grade, before the score is complete)
 */
char *
jx_checker_compute_figure (JxYearScore        *score,
                           JxStatedFigureKind  kind)
{
  gint64 amount;

  g_return_val_if_fail (score != NULL, NULL);

  switch (kind)
    {
    case JX_STATED_FIGURE_KIND_EXECUTION_RATE:
      if (score->actual == JX_UNSET || score->budget == JX_UNSET || score->budget == 0)
        return NULL;
      return jx_money_format_rate (score->actual, score->budget);

    case JX_STATED_FIGURE_KIND_ATTAINMENT_RATE:
      return score->n_measurable > 0 ? jx_money_format_rate (score->n_met, score->n_measurable) : NULL;

    case JX_STATED_FIGURE_KIND_TOTAL_SCORE:
      return score->total != JX_UNSET ? jx_number_format_fixed (score->total, JX_POINTS_SCALE, 0) : NULL;

    case JX_STATED_FIGURE_KIND_GRADE:
      return score->complete && score->grade != JX_GRADE_NONE ? g_strdup (jx_grade_to_string (score->grade)) : NULL;

    case JX_STATED_FIGURE_KIND_NONE:
      return NULL;

    default:
      amount = jx_checker_compute_amount (score, kind);
      return amount != JX_UNSET ? jx_money_to_wan_string (amount) : NULL;
    }
}

static void
check_stated_figures (Checker     *checker,
                      JxYearScore *score)
{
  JxDepartmentYear *year = score->year;
  GPtrArray *figures = jx_department_year_get_stated_figures (year);
  g_autofree char *why = describe_incomplete (score->execution_score, score->indicators, score->n_indicators);

  for (guint i = 0; i < figures->len; i++)
    {
      JxStatedFigure *figure = g_ptr_array_index (figures, i);
      JxStatedFigureKind kind = jx_stated_figure_get_figure (figure);
      const char *written = jx_stated_figure_get_written (figure);
      const char *label = figure_label (kind);
      GEnumClass *enum_class = g_type_class_ref (jx_stated_figure_kind_get_type ());
      g_autofree char *field = g_strdup_printf ("stated_figures[%s]",
                                                g_enum_get_value (enum_class, kind)->value_nick);

      g_type_class_unref (enum_class);

      switch (kind)
        {
        case JX_STATED_FIGURE_KIND_EXECUTION_RATE:
          check_rate (checker, field, label, written, score->actual, score->budget);
          break;

        case JX_STATED_FIGURE_KIND_ATTAINMENT_RATE:
          check_rate (checker, field, label, written,
                      score->n_measurable > 0 ? (gint64) score->n_met : JX_UNSET, score->n_measurable);
          break;

        case JX_STATED_FIGURE_KIND_TOTAL_SCORE:
          {
            g_autofree char *number = strip_unit (written);
            gint64 stated;

            if (jx_number_parse_fixed (number, 2, &stated, NULL))
              check_score (checker, field, label, stated, score->total, score->complete, why);
            else
              add (checker, JX_SEVERITY_INFO, "unreadable-figure", field, written, NULL,
                   _("“%s” is not a number that can be checked"), written);
          }
          break;

        case JX_STATED_FIGURE_KIND_GRADE:
          check_grade (checker, field, written, JX_UNSET, score->grade);
          break;

        case JX_STATED_FIGURE_KIND_NONE:
          break;

        default:
          /* The amounts. */
          if (figure_basis (kind) != NULL)
            check_money (checker, field, label, written, jx_checker_compute_amount (score, kind),
                         figure_basis (kind));
          break;
        }
    }
}

static void
check_parts (Checker    *checker,
             const char *field,
             const char *what,
             gint64      total,
             gint64      first,
             gint64      second)
{
  g_autofree char *total_text = NULL;
  g_autofree char *sum_text = NULL;
  gint64 sum;

  if (total == JX_UNSET || first == JX_UNSET || second == JX_UNSET)
    return;

  sum = jx_money_add_known (first, second);
  if (sum == total)
    return;

  total_text = jx_money_to_wan_string (total);
  sum_text = jx_money_to_wan_string (sum);
  add (checker, JX_SEVERITY_ERROR, "parts", field, total_text, sum_text,
       _("%s is %s 万元, but its parts add up to %s 万元"), what, total_text, sum_text);
}

static void
check_year_structure (Checker          *checker,
                      JxDepartmentYear *year)
{
  check_parts (checker, "initial_total", _("The initial budget"), jx_department_year_get_initial_total (year),
               jx_department_year_get_initial_basic (year), jx_department_year_get_initial_project (year));
  check_parts (checker, "adjusted_total", _("The full-year budget"), jx_department_year_get_adjusted_total (year),
               jx_department_year_get_adjusted_basic (year), jx_department_year_get_adjusted_project (year));
  check_parts (checker, "actual_total", _("The actual expenditure"), jx_department_year_get_actual_total (year),
               jx_department_year_get_actual_basic (year), jx_department_year_get_actual_project (year));
  check_parts (checker, "initial_basic", _("The initial basic budget"), jx_department_year_get_initial_basic (year),
               jx_department_year_get_initial_personnel (year), jx_department_year_get_initial_public (year));
  check_parts (checker, "adjusted_basic", _("The full-year basic budget"), jx_department_year_get_adjusted_basic (year),
               jx_department_year_get_adjusted_personnel (year), jx_department_year_get_adjusted_public (year));
  check_parts (checker, "actual_basic", _("The actual basic expenditure"), jx_department_year_get_actual_basic (year),
               jx_department_year_get_actual_personnel (year), jx_department_year_get_actual_public (year));
}

/* The category weight record of @level1 › @level2 among @weights, or
 * @fallback when the weight is the profile's. */
static JxRecord *
find_category_weight (GPtrArray  *weights,
                      const char *level1,
                      const char *level2,
                      JxRecord   *fallback)
{
  for (guint i = 0; i < weights->len; i++)
    {
      JxCategoryWeight *weight = g_ptr_array_index (weights, i);

      if (g_strcmp0 (jx_category_weight_get_level1 (weight), level1) == 0 &&
          g_strcmp0 (jx_category_weight_get_level2 (weight), level2) == 0)
        return JX_RECORD (weight);
    }

  return fallback;
}

/* Weights: the 三级 add up to their 二级 and 一级, and the parts to 100.
 * @weights are the owner's category weight records. */
static void
check_weights (Checker          *checker,
               GPtrArray        *categories,
               GPtrArray        *weights,
               gint64            execution_weight,
               gboolean          whole_of_100)
{
  JxRecord *owner = checker->subject;
  gint64 level1_sum = execution_weight;
  gboolean any_given = FALSE;

  for (guint i = 0; i < categories->len; i++)
    {
      JxCategoryScore *category = g_ptr_array_index (categories, i);
      g_autofree char *field = g_strdup_printf ("category_weights[%s%s%s]", category->level1,
                                                category->level2 != NULL ? " › " : "",
                                                category->level2 != NULL ? category->level2 : "");

      checker->subject = find_category_weight (weights, category->level1, category->level2, owner);

      if (category->level2 == NULL)
        {
          if (category->weight != JX_UNSET)
            level1_sum = jx_money_add_known (level1_sum, category->weight);

          /* The 二级 weights given for this 一级. */
          {
            gint64 level2_sum = JX_UNSET;

            for (guint j = i + 1; j < categories->len; j++)
              {
                JxCategoryScore *child = g_ptr_array_index (categories, j);

                if (child->level2 == NULL)
                  break;
                if (child->weight_given)
                  level2_sum = jx_money_add_known (level2_sum, child->weight);
              }

            if (level2_sum != JX_UNSET && category->weight != JX_UNSET && level2_sum != category->weight)
              {
                g_autofree char *stated = jx_number_format_fixed (category->weight, 2, 0);
                g_autofree char *computed = jx_number_format_fixed (level2_sum, 2, 0);

                add (checker, JX_SEVERITY_ERROR, "weights", field, stated, computed,
                     _("%s weighs %s, but its 二级 categories weigh %s"),
                     category->level1, stated, computed);
              }
          }
        }

      if (category->indicator_weights != JX_UNSET)
        {
          any_given = TRUE;

          if (category->weight != JX_UNSET && category->indicator_weights != category->weight)
            {
              g_autofree char *stated = jx_number_format_fixed (category->weight, 2, 0);
              g_autofree char *computed = jx_number_format_fixed (category->indicator_weights, 2, 0);

              add (checker, JX_SEVERITY_ERROR, "weights", field, stated, computed,
                   _("%s weighs %s, but its indicators weigh %s"),
                   category->level2 != NULL ? category->level2 : category->level1, stated, computed);
            }
        }

      if (category->weight_given)
        any_given = TRUE;
    }

  checker->subject = owner;

  if (whole_of_100 && any_given && level1_sum != 10000)
    {
      g_autofree char *computed = jx_number_format_fixed (level1_sum, 2, 0);

      add (checker, JX_SEVERITY_ERROR, "weights", "category_weights", "100", computed,
           _("The execution part and the 一级 categories weigh %s together, not 100"), computed);
    }
}

static void
check_indicators (Checker                *checker,
                  GPtrArray              *indicators,
                  const JxIndicatorScore *scores)
{
  JxRecord *owner = checker->subject;

  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);
      const JxIndicatorScore *result = &scores[i];
      const char *name = jx_indicator_get_name (indicator);
      const char *reason = jx_indicator_get_deviation_reason (indicator);
      g_autofree char *field = g_strdup_printf ("indicators[%u]", i);

      checker->subject = JX_RECORD (indicator);

      if (jx_indicator_get_score_override (indicator) != JX_UNSET &&
          jx_indicator_get_comparator (indicator) != JX_COMPARATOR_QUALITATIVE &&
          jx_indicator_get_override_reason (indicator) == NULL)
        add (checker, JX_SEVERITY_ERROR, "override-reason", field, NULL, NULL,
             _("The score of “%s” is set by hand without a reason"), name);

      if (result->status == JX_SCORE_STATUS_INVALID)
        {
          g_autoptr(GError) error = NULL;
          gint64 given = jx_indicator_get_score_override (indicator);
          g_autofree char *given_text = given != JX_UNSET ? jx_number_format_fixed (given, 2, 0) : NULL;

          if (jx_indicator_get_comparator (indicator) == JX_COMPARATOR_QUALITATIVE &&
              !jx_scoring_check_assessment (checker->profile, jx_indicator_get_assessment (indicator),
                                            result->weight, given, &error))
            add (checker, JX_SEVERITY_ERROR, "assessment-band", field, given_text, NULL,
                 "“%s”: %s", name, error->message);
          else
            add (checker, JX_SEVERITY_ERROR, "score-range", field, given_text, NULL,
                 _("The score of “%s” is not between 0 and its weight"), name);
        }

      if (result->measurable && !result->met && reason == NULL)
        add (checker, JX_SEVERITY_WARNING, "unmet-without-reason", field,
             jx_indicator_get_actual_text (indicator) != NULL
               ? jx_indicator_get_actual_text (indicator) : jx_indicator_get_actual_value (indicator),
             NULL,
             _("“%s” missed its target and has no deviation reason (偏差原因)"), name);

      if (result->over_achieved && reason == NULL)
        add (checker, JX_SEVERITY_WARNING, "over-achieved-without-reason", field,
             jx_indicator_get_actual_value (indicator), jx_indicator_get_target_value (indicator),
             _("“%s” reached %s against a target of %s: the target was probably set too low, and a deviation explanation is required"),
             name, jx_indicator_get_actual_value (indicator), jx_indicator_get_target_value (indicator));
    }

  checker->subject = owner;
}

static void
check_project (Checker        *checker,
               JxProjectScore *score,
               const char     *year_path)
{
  JxProject *project = score->project;
  g_autofree char *path = g_strdup_printf ("%s › %s", year_path, jx_project_get_name (project));
  const char *reason = jx_project_get_deviation_reason (project);
  const char *stated_rate = jx_project_get_stated_execution_rate (project);
  const char *stated_arrival = jx_project_get_stated_arrival_rate (project);
  gint64 stated_score = jx_project_get_stated_score (project);
  gint64 stated_allocation = jx_project_get_stated_allocation_total (project);
  GPtrArray *allocations = jx_project_get_allocations (project);
  double rate;

  checker->record = path;
  checker->subject = JX_RECORD (project);

  if (stated_rate != NULL)
    check_rate (checker, "stated_execution_rate", _("The execution rate (执行率)"), stated_rate,
                score->actual, score->budget);
  if (stated_arrival != NULL)
    check_rate (checker, "stated_arrival_rate", _("The arrival rate (到位率)"), stated_arrival,
                score->arrived, score->budget);

  if (stated_score != JX_UNSET)
    {
      g_autofree char *why = describe_incomplete (score->execution_score, score->indicators, score->n_indicators);

      check_score (checker, "stated_score", _("The score (自评得分)"), stated_score,
                   score->total, score->complete, why);
    }

  if (jx_project_get_stated_grade (project) != NULL)
    check_grade (checker, "stated_grade", jx_project_get_stated_grade (project), stated_score, score->grade);

  for (guint i = 0; i < score->categories->len; i++)
    {
      JxCategoryScore *category = g_ptr_array_index (score->categories, i);
      g_autofree char *field = NULL;
      g_autofree char *label = NULL;

      if (category->stated_score == JX_UNSET)
        continue;

      field = g_strdup_printf ("category_weights[%s]", category->level2 != NULL ? category->level2 : category->level1);
      label = g_strdup_printf (_("The score of %s"), category->level2 != NULL ? category->level2 : category->level1);
      check_score (checker, field, label, category->stated_score, category->score,
                   category->n_indicators > 0 && category->n_scored == category->n_indicators,
                   category->n_indicators == 0 ? _("there are no indicators") : _("not all its indicators are scored"));
    }

  if (allocations->len > 0)
    {
      gint64 sum = JX_UNSET;

      for (guint i = 0; i < allocations->len; i++)
        sum = jx_money_add_known (sum, jx_allocation_line_get_amount (g_ptr_array_index (allocations, i)));

      if (stated_allocation != JX_UNSET)
        {
          g_autofree char *written = jx_money_to_wan_string (stated_allocation);

          check_money (checker, "stated_allocation_total", _("The allocation total (合计)"), written, sum,
                       _("the allocation lines"));
        }

      if (sum != JX_UNSET && score->budget != JX_UNSET && sum != score->budget)
        {
          g_autofree char *sum_text = jx_money_format_wan (sum, 6, FALSE);
          g_autofree char *budget_text = jx_money_format_wan (score->budget, 6, FALSE);

          add (checker, JX_SEVERITY_WARNING, "allocation-budget", "allocations", budget_text, sum_text,
               _("The allocation lines add up to %s 万元, the budget is %s 万元"), sum_text, budget_text);
        }
    }

  if (score->actual != JX_UNSET && score->budget != JX_UNSET && score->actual > score->budget && reason == NULL)
    {
      g_autofree char *actual = jx_money_format_wan (score->actual, 6, FALSE);
      g_autofree char *budget = jx_money_format_wan (score->budget, 6, FALSE);

      add (checker, JX_SEVERITY_WARNING, "over-budget-without-reason", "funding", budget, actual,
           _("%s 万元 were spent of a budget of %s 万元, with no deviation reason (偏差原因)"), actual, budget);
    }

  if (score->arrived != JX_UNSET && score->budget != JX_UNSET && score->arrived > score->budget)
    {
      g_autofree char *arrived = jx_money_format_wan (score->arrived, 6, FALSE);
      g_autofree char *budget = jx_money_format_wan (score->budget, 6, FALSE);

      add (checker, JX_SEVERITY_WARNING, "arrived-over-budget", "funding", budget, arrived,
           _("%s 万元 arrived for a budget of %s 万元"), arrived, budget);
    }

  /* Below 90% (exactly 90% is fine) an explanation is due. */
  if (jx_money_rate (score->actual, score->budget, &rate) &&
      (Wide) score->actual * 10 < (Wide) score->budget * 9 && reason == NULL)
    {
      g_autofree char *rate_text = jx_money_format_rate (score->actual, score->budget);

      add (checker, JX_SEVERITY_WARNING, "low-execution-without-reason", "deviation_reason", NULL, rate_text,
           _("The execution rate is %s, below 90%%, with no deviation reason (偏差原因)"), rate_text);
    }

  check_weights (checker, score->categories, jx_project_get_category_weights (project),
                 score->execution_weight, TRUE);
  check_indicators (checker, jx_project_get_indicators (project), score->indicators);
}

/**
 * jx_checker_check_year:
 * @score: the score of a department-year
 * @department_name: the department's name, for the record paths
 *
 * Runs every consistency check on the year and its projects.
 *
 * Returns: (transfer container) (element-type JxFinding): the findings,
 *   the year's first, then each project's
 */
GPtrArray *
jx_checker_check_year (JxYearScore *score,
                       const char  *department_name)
{
  g_autofree char *year_path = g_strdup_printf ("%s %d", department_name,
                                                (int) jx_department_year_get_year (score->year));
  Checker checker = {
    g_ptr_array_new_with_free_func ((GDestroyNotify) jx_finding_free),
    score->profile,
    year_path,
    JX_RECORD (score->year),
  };

  check_stated_figures (&checker, score);
  check_year_structure (&checker, score->year);
  check_weights (&checker, score->categories, jx_department_year_get_category_weights (score->year),
                 JX_UNSET, FALSE);
  check_indicators (&checker, jx_department_year_get_indicators (score->year), score->indicators);

  for (guint i = 0; i < score->projects->len; i++)
    {
      check_project (&checker, g_ptr_array_index (score->projects, i), year_path);
      checker.record = year_path;
      checker.subject = JX_RECORD (score->year);
    }

  return checker.findings;
}

/**
 * jx_checker_count:
 * @findings: (element-type JxFinding): findings
 * @severity: a severity
 *
 * Returns: how many of @findings have @severity
 */
guint
jx_checker_count (GPtrArray  *findings,
                  JxSeverity  severity)
{
  guint count = 0;

  for (guint i = 0; i < findings->len; i++)
    if (((JxFinding *) g_ptr_array_index (findings, i))->severity == severity)
      count++;

  return count;
}
