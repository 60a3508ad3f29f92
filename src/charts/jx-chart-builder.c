/* jx-chart-builder.c: chart data from the scores of the core library
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The charts know nothing of records; these functions turn a scored
 * department-year into the items, labels, tooltips and statuses of each
 * chart kind.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "jx-chart-builder.h"

static double
wan (gint64 fen)
{
  return fen == JX_UNSET ? NAN : (double) fen / JX_FEN_PER_WAN;
}

static double
points (gint64 hundredths)
{
  return hundredths == JX_UNSET ? NAN : hundredths / 100.0;
}

static char *
subtitle_for (const char *department,
              gint64      year)
{
  return g_strdup_printf ("%s · %d", department, (int) year);
}

static double
ratio (gint64 part,
       gint64 whole)
{
  double rate;

  return jx_money_rate (part, whole, &rate) ? rate : NAN;
}

/* Within 90% to 100% of the budget is good, over it a warning, under 90%
 * bad. */
static JxChartStatus
execution_status (gint64 actual,
                  gint64 budget)
{
  if (isnan (ratio (actual, budget)))
    return JX_CHART_STATUS_NONE;
  if (actual > budget)
    return JX_CHART_STATUS_WARNING;
  if ((__int128) actual * 10 >= (__int128) budget * 9)
    return JX_CHART_STATUS_GOOD;
  return JX_CHART_STATUS_BAD;
}

static JxChartData *
execution_chart_new (const char *title,
                     const char *subtitle)
{
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_EXECUTION, title, subtitle, "%");

  jx_chart_data_add_series (data, _("Execution rate"));
  jx_chart_data_add_reference (data, 1.0);
  jx_chart_data_add_reference (data, 0.9);
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_GOOD, _("90% to 100%"));
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_BAD, _("below 90%"));
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_WARNING, _("above 100%"));

  return data;
}

/* The execution rate of a project or a department. */
static void
add_execution_item (JxChartData *data,
                    const char  *label,
                    gint64       actual,
                    gint64       budget,
                    gint64       record_id)
{
  JxChartItem *item = jx_chart_data_add_item (data, label);
  g_autofree char *budget_text = jx_money_format_display (budget);
  g_autofree char *actual_text = jx_money_format_display (actual);

  item->values[0] = ratio (actual, budget);
  item->value_text = jx_money_format_rate (actual, budget);
  item->status = execution_status (actual, budget);
  item->record_id = record_id;
  item->detail = g_strdup_printf (_("%s\nBudget %s 万元, spent %s 万元, execution rate %s"),
                                  label, budget_text, actual_text, item->value_text);
}

static JxChartData *
execution (JxYearScore *score,
           const char  *subtitle)
{
  JxChartData *data = execution_chart_new (_("Budget execution rate by project"), subtitle);

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);

      add_execution_item (data, jx_project_get_name (project->project), project->actual, project->budget,
                          jx_record_get_id (JX_RECORD (project->project)));
    }

  jx_chart_data_sort (data, 0, TRUE);
  return data;
}

static JxChartData *
budget_actual (JxYearScore *score,
               const char  *subtitle)
{
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_BUDGET_ACTUAL, _("Budget and spending by project"),
                                         subtitle, "万元");

  jx_chart_data_add_series (data, _("Full-year budget (万元)"));
  jx_chart_data_add_series (data, _("Actual spending (万元)"));

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);
      JxChartItem *item = jx_chart_data_add_item (data, jx_project_get_name (project->project));
      g_autofree char *budget = jx_money_format_display (project->budget);
      g_autofree char *actual = jx_money_format_display (project->actual);
      g_autofree char *rate = jx_money_format_rate (project->actual, project->budget);

      item->values[0] = wan (project->budget);
      item->values[1] = wan (project->actual);
      item->value_text = g_strdup (actual);
      item->record_id = jx_record_get_id (JX_RECORD (project->project));
      item->detail = g_strdup_printf (_("%s\nBudget %s 万元, spent %s 万元, execution rate %s"),
                                      jx_project_get_name (project->project), budget, actual, rate);
    }

  jx_chart_data_sort (data, 0, TRUE);
  return data;
}

static JxChartData *
attainment (JxYearScore *score,
            const char  *subtitle)
{
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_ATTAINMENT, _("Target attainment by category"),
                                         subtitle, "%");

  jx_chart_data_add_series (data, _("Indicators fully met"));
  jx_chart_data_add_series (data, _("Score of weight"));
  jx_chart_data_add_reference (data, 1.0);

  for (guint i = 0; i < score->project_categories->len; i++)
    {
      JxCategoryScore *category = g_ptr_array_index (score->project_categories, i);
      JxChartItem *item = jx_chart_data_add_item (data, category->level1);

      item->values[0] = category->n_measurable > 0 ? (double) category->n_met / category->n_measurable : NAN;
      item->values[1] = category->scored_weight > 0 ? (double) category->score / category->scored_weight : NAN;
      item->value_text = isnan (item->values[0]) ? NULL : g_strdup_printf ("%.1f%%", item->values[0] * 100);
      item->detail = g_strdup_printf (_("%s\n%u of %u measurable indicators met; %.2f of %.2f points"),
                                      category->level1, category->n_met, category->n_measurable,
                                      category->score / 100.0, category->scored_weight / 100.0);
    }

  return data;
}

static JxChartData *
score_composition (JxYearScore *score,
                   const char  *subtitle)
{
  static const char * const parts[] = { "产出", "效益", "满意度" };
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_SCORE, _("Score by project"), subtitle, _("points"));

  jx_chart_data_add_series (data, _("Execution"));
  jx_chart_data_add_series (data, "产出指标");
  jx_chart_data_add_series (data, "效益指标");
  jx_chart_data_add_series (data, "满意度指标");

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);
      JxChartItem *item = jx_chart_data_add_item (data, jx_project_get_name (project->project));
      g_autofree char *total = jx_number_format_fixed (project->total, 2, 2);

      item->values[0] = points (project->execution_score);
      item->limits[0] = points (project->execution_weight);
      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        {
          item->values[p + 1] = 0;
          for (guint c = 0; c < project->categories->len; c++)
            {
              JxCategoryScore *category = g_ptr_array_index (project->categories, c);

              if (category->level2 == NULL && g_str_has_prefix (category->level1, parts[p]))
                {
                  item->values[p + 1] = points (category->score);
                  item->limits[p + 1] = points (category->weight);
                }
            }
        }

      if (project->complete)
        item->value_text = g_strdup_printf ("%s %s", total, jx_grade_to_string (project->grade));
      else
        item->value_text = g_strdup_printf (_("%s (incomplete)"), total);
      item->record_id = jx_record_get_id (JX_RECORD (project->project));
      item->detail = g_strdup_printf ("%s\n%s", jx_project_get_name (project->project), item->value_text);
    }

  return data;
}

static JxChartData *
structure (JxYearScore *score,
           const char  *subtitle)
{
  JxDepartmentYear *year = score->year;
  GPtrArray *lines = jx_department_year_get_budget_lines (year);
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_STRUCTURE, _("Expenditure structure"), subtitle, "万元");
  gboolean by_class = FALSE;

  jx_chart_data_add_series (data, _("Actual spending (万元)"));

  for (guint i = 0; i < lines->len; i++)
    {
      JxBudgetLine *line = g_ptr_array_index (lines, i);
      JxChartItem *item;

      if (jx_budget_line_get_section (line) != JX_BUDGET_SECTION_EXPENDITURE ||
          jx_budget_line_get_actual (line) == JX_UNSET)
        continue;

      by_class = TRUE;
      item = jx_chart_data_add_item (data, jx_budget_line_get_label (line));
      item->values[0] = wan (jx_budget_line_get_actual (line));
      item->value_text = jx_money_format_display (jx_budget_line_get_actual (line));
      item->record_id = jx_record_get_id (JX_RECORD (line));
    }

  if (!by_class)
    {
      const struct { const char *label; gint64 amount; } parts[] = {
        { _("Basic expenditure (基本支出)"), jx_department_year_get_actual_basic (year) },
        { _("Project expenditure (项目支出)"), jx_department_year_get_actual_project (year) },
      };

      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        {
          JxChartItem *item;

          if (parts[i].amount == JX_UNSET)
            continue;
          item = jx_chart_data_add_item (data, parts[i].label);
          item->values[0] = wan (parts[i].amount);
          item->value_text = jx_money_format_display (parts[i].amount);
        }
    }

  for (guint i = 0; i < data->items->len; i++)
    {
      JxChartItem *item = g_ptr_array_index (data->items, i);

      item->detail = g_strdup_printf ("%s\n%s 万元", item->label, item->value_text);
    }

  return data;
}

/**
 * jx_chart_builder_for_year:
 * @kind: one of the kinds drawn for a department-year: execution,
 *   budget-actual, attainment, score or structure
 * @score: the scored department-year
 * @department: the department's name
 *
 * Returns: (transfer full): the chart's data
 */
JxChartData *
jx_chart_builder_for_year (JxChartKind  kind,
                           JxYearScore *score,
                           const char  *department)
{
  g_autofree char *subtitle = subtitle_for (department, jx_department_year_get_year (score->year));

  switch (kind)
    {
    case JX_CHART_KIND_EXECUTION:
      return execution (score, subtitle);
    case JX_CHART_KIND_BUDGET_ACTUAL:
      return budget_actual (score, subtitle);
    case JX_CHART_KIND_ATTAINMENT:
      return attainment (score, subtitle);
    case JX_CHART_KIND_SCORE:
      return score_composition (score, subtitle);
    case JX_CHART_KIND_STRUCTURE:
      return structure (score, subtitle);
    case JX_CHART_KIND_MONITORING:
      return jx_chart_builder_monitoring (score, department, 12);
    case JX_CHART_KIND_ALLOCATION:
    case JX_CHART_KIND_TREND:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * jx_chart_builder_allocation:
 * @project: a project with its allocation lines
 * @department: the department's name
 * @year: the year
 *
 * Returns: (transfer full): the allocation chart's data
 */
JxChartData *
jx_chart_builder_allocation (JxProject  *project,
                             const char *department,
                             gint64      year)
{
  g_autofree char *subtitle = g_strdup_printf ("%s · %d · %s", department, (int) year, jx_project_get_name (project));
  GPtrArray *lines = jx_project_get_allocations (project);
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_ALLOCATION, _("Allocation"), subtitle, "万元");

  jx_chart_data_add_series (data, _("Amount (万元)"));

  for (guint i = 0; i < lines->len; i++)
    {
      JxAllocationLine *line = g_ptr_array_index (lines, i);
      JxChartItem *item = jx_chart_data_add_item (data, jx_allocation_line_get_recipient (line));
      g_autofree char *amount = jx_money_format_display (jx_allocation_line_get_amount (line));
      gint64 count = jx_allocation_line_get_subproject_count (line);

      item->values[0] = wan (jx_allocation_line_get_amount (line));
      if (count != JX_UNSET)
        item->value_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %d project", "%s · %d projects", (gulong) count),
                                            amount, (int) count);
      else
        item->value_text = g_strdup (amount);
      item->detail = g_strdup_printf ("%s\n%s 万元", item->label, item->value_text);
      item->record_id = jx_record_get_id (JX_RECORD (line));
    }

  jx_chart_data_sort (data, 0, TRUE);
  return data;
}

/**
 * jx_chart_builder_trend:
 * @department: the department's name
 * @scores: (element-type JxYearScore): its years, in order
 *
 * Returns: (transfer full): the trend chart's data
 */
JxChartData *
jx_chart_builder_trend (const char *department,
                        GPtrArray  *scores)
{
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_TREND, _("Execution and score over the years"),
                                         department, NULL);

  jx_chart_data_add_series (data, _("Execution rate (%)"));
  jx_chart_data_add_series (data, _("Total score"));

  for (guint i = 0; i < scores->len; i++)
    {
      JxYearScore *score = g_ptr_array_index (scores, i);
      g_autofree char *label = g_strdup_printf ("%d", (int) jx_department_year_get_year (score->year));
      JxChartItem *item = jx_chart_data_add_item (data, label);
      g_autofree char *rate = jx_money_format_rate (score->actual, score->budget);

      item->values[0] = ratio (score->actual, score->budget) * 100;
      item->values[1] = score->complete ? points (score->total) : NAN;
      item->detail = g_strdup_printf (_("%s: execution rate %s"), label, rate);
      item->record_id = jx_record_get_id (JX_RECORD (score->year));
    }

  return data;
}

/**
 * jx_chart_builder_departments_execution:
 * @scores: (element-type JxYearScore): the departments' scores of one year
 * @departments: (element-type utf8): the departments' names, in the order
 *   of @scores
 * @year: the year compared
 *
 * The departments' budget execution rates side by side, highest first.
 *
 * Returns: (transfer full): the execution chart's data; an item stands
 *   for a department-year
 */
JxChartData *
jx_chart_builder_departments_execution (GPtrArray *scores,
                                        GPtrArray *departments,
                                        gint64     year)
{
  g_autofree char *subtitle = NULL;
  JxChartData *data;

  g_return_val_if_fail (scores != NULL && departments != NULL, NULL);
  g_return_val_if_fail (scores->len == departments->len, NULL);

  subtitle = g_strdup_printf ("%d", (int) year);
  data = execution_chart_new (_("Budget execution rate by department"), subtitle);

  for (guint i = 0; i < scores->len; i++)
    {
      JxYearScore *score = g_ptr_array_index (scores, i);

      add_execution_item (data, g_ptr_array_index (departments, i), score->actual, score->budget,
                          jx_record_get_id (JX_RECORD (score->year)));
    }

  jx_chart_data_sort (data, 0, TRUE);
  return data;
}

/* Whether any part of the total is known. */
static gboolean
is_scored (const JxYearScore *score)
{
  if (score->execution_score != JX_UNSET)
    return TRUE;

  for (guint i = 0; i < score->n_indicators; i++)
    if (score->indicators[i].status == JX_SCORE_STATUS_SCORED)
      return TRUE;

  return FALSE;
}

typedef struct {
  JxYearScore *score;
  const char  *department;
  gboolean     scored;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ranked_a = *(Ranked * const *) a;
  const Ranked *ranked_b = *(Ranked * const *) b;
  gint64 total_a = ranked_a->score->total;
  gint64 total_b = ranked_b->score->total;

  /* Highest first: complete totals, then incomplete, then unscored ones;
   * unknown totals last among their kind. */
  if (ranked_a->scored != ranked_b->scored)
    return ranked_a->scored ? -1 : 1;
  if (ranked_a->score->complete != ranked_b->score->complete)
    return ranked_a->score->complete ? -1 : 1;
  if (total_a == JX_UNSET || total_b == JX_UNSET)
    return (total_b == JX_UNSET) - (total_a == JX_UNSET);
  return (total_a < total_b) - (total_a > total_b);
}

/**
 * jx_chart_builder_departments_score:
 * @scores: (element-type JxYearScore): the departments' scores of one year
 * @departments: (element-type utf8): the departments' names, in the order
 *   of @scores
 * @year: the year compared
 *
 * The departments' total scores side by side, in their execution and
 * department indicator parts: complete totals first, highest first, then
 * incomplete ones, then the departments not scored at all.
 *
 * Returns: (transfer full): the score chart's data; an item stands for a
 *   department-year
 */
JxChartData *
jx_chart_builder_departments_score (GPtrArray *scores,
                                    GPtrArray *departments,
                                    gint64     year)
{
  g_autofree char *subtitle = NULL;
  g_autofree Ranked *entries = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  JxChartData *data;

  g_return_val_if_fail (scores != NULL && departments != NULL, NULL);
  g_return_val_if_fail (scores->len == departments->len, NULL);

  subtitle = g_strdup_printf ("%d", (int) year);
  data = jx_chart_data_new (JX_CHART_KIND_SCORE, _("Total score by department"), subtitle, _("points"));
  jx_chart_data_add_series (data, _("Execution"));
  jx_chart_data_add_series (data, _("Department indicators"));

  entries = g_new0 (Ranked, scores->len);
  ranked = g_ptr_array_sized_new (scores->len);
  for (guint i = 0; i < scores->len; i++)
    {
      entries[i].score = g_ptr_array_index (scores, i);
      entries[i].department = g_ptr_array_index (departments, i);
      entries[i].scored = is_scored (entries[i].score);
      g_ptr_array_add (ranked, &entries[i]);
    }
  /* A stable sort: equal totals keep their order. */
  g_ptr_array_sort (ranked, compare_ranked);

  for (guint i = 0; i < ranked->len; i++)
    {
      const Ranked *entry = g_ptr_array_index (ranked, i);
      JxYearScore *score = entry->score;
      JxChartItem *item = jx_chart_data_add_item (data, entry->department);
      gint64 indicator_points = score->total - (score->execution_score != JX_UNSET ? score->execution_score : 0);
      g_autofree char *total = jx_number_format_points (score->total);
      g_autofree char *execution_text = jx_number_format_points (score->execution_score);
      g_autofree char *indicators = jx_number_format_points (indicator_points);

      item->values[0] = points (score->execution_score);
      item->limits[0] = score->execution_weight / 100.0;
      item->values[1] = indicator_points / 100.0;
      /* Whatever the execution does not weigh, of 100 points. */
      item->limits[1] = (10000 - score->execution_weight) / 100.0;

      if (!entry->scored)
        item->value_text = g_strdup ("—");
      else if (score->complete)
        item->value_text = g_strdup_printf ("%s %s", total, jx_grade_to_string (score->grade));
      else
        item->value_text = g_strdup_printf (_("%s (incomplete)"), total);
      item->record_id = jx_record_get_id (JX_RECORD (score->year));
      item->detail = g_strdup_printf (_("%s\nTotal %s: execution %s, department indicators %s"),
                                      entry->department, item->value_text, execution_text, indicators);
    }

  return data;
}

/* 双监控: expected progress by month m is target × m / 12. */
static JxChartStatus
monitoring_status (JxScoringProfile *profile,
                   JxIndicator      *indicator,
                   guint             month,
                   double           *progress)
{
  JxComparator comparator = jx_indicator_get_comparator (indicator);
  const char *target_text = jx_indicator_get_target_value (indicator);
  const char *actual_text = jx_indicator_get_actual_value (indicator);
  double target;
  double actual;
  double yellow = g_ascii_strtod (jx_scoring_profile_get_monitoring_yellow_from (profile), NULL) / 100;
  double green = g_ascii_strtod (jx_scoring_profile_get_monitoring_green_from (profile), NULL) / 100;
  double blue = g_ascii_strtod (jx_scoring_profile_get_monitoring_blue_from (profile), NULL) / 100;
  const char *unit = jx_indicator_get_target_unit (indicator);

  *progress = NAN;

  if (target_text == NULL || actual_text == NULL)
    return JX_CHART_STATUS_NONE;

  target = g_ascii_strtod (target_text, NULL);
  actual = g_ascii_strtod (actual_text, NULL);

  /* Reverse, quality (rates) and equality targets: within or not. */
  if (comparator == JX_COMPARATOR_LE || comparator == JX_COMPARATOR_LT)
    return actual <= target ? JX_CHART_STATUS_GOOD : JX_CHART_STATUS_BAD;
  if (comparator == JX_COMPARATOR_EQ || g_strcmp0 (unit, "%") == 0)
    return actual >= target ? JX_CHART_STATUS_GOOD : JX_CHART_STATUS_BAD;
  if (target <= 0)
    return JX_CHART_STATUS_NONE;

  *progress = actual / (target * month / 12.0);

  if (*progress >= blue)
    return JX_CHART_STATUS_AHEAD;
  if (*progress >= green)
    return JX_CHART_STATUS_GOOD;
  if (*progress >= yellow)
    return JX_CHART_STATUS_WARNING;
  return JX_CHART_STATUS_BAD;
}

/**
 * jx_chart_builder_monitoring:
 * @score: the scored department-year
 * @department: the department's name
 * @month: the month of the monitoring, 1 to 12
 *
 * Returns: (transfer full): the traffic lights of every indicator with a
 *   target and an actual value
 */
JxChartData *
jx_chart_builder_monitoring (JxYearScore *score,
                             const char  *department,
                             guint        month)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *title = NULL;
  JxChartData *data;

  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  subtitle = subtitle_for (department, jx_department_year_get_year (score->year));
  title = g_strdup_printf (_("Mid-year monitoring, month %u"), month);
  data = jx_chart_data_new (JX_CHART_KIND_MONITORING, title, subtitle, "%");
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_GOOD, _("on track"));
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_WARNING, _("behind"));
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_BAD, _("far behind"));
  jx_chart_data_set_status_label (data, JX_CHART_STATUS_AHEAD, _("ahead"));

  for (guint p = 0; p < score->projects->len; p++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, p);
      GPtrArray *indicators = jx_project_get_indicators (project->project);

      for (guint i = 0; i < indicators->len; i++)
        {
          JxIndicator *indicator = g_ptr_array_index (indicators, i);
          g_autofree char *label = NULL;
          JxChartItem *item;
          double progress;
          JxChartStatus status = monitoring_status (score->profile, indicator, month, &progress);

          if (status == JX_CHART_STATUS_NONE)
            continue;

          label = g_strdup_printf ("%s › %s", jx_project_get_name (project->project), jx_indicator_get_name (indicator));
          item = jx_chart_data_add_item (data, label);
          item->status = status;
          item->values[0] = progress;
          item->value_text = isnan (progress)
            ? g_strdup_printf ("%s / %s", jx_indicator_get_actual_value (indicator), jx_indicator_get_target_value (indicator))
            : g_strdup_printf (_("%.0f%% of expected"), progress * 100);
          item->detail = g_strdup_printf ("%s\n%s", label, item->value_text);
          item->record_id = jx_record_get_id (JX_RECORD (indicator));
        }
    }

  return data;
}
