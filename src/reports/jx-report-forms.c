/* jx-report-forms.c: the official self-evaluation forms as report tables
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "jx-report-forms.h"

/*
 * Both forms are laid out on the grid of #JxFormColumn. Labels the form
 * prints are translated with the context "form"; the Chinese translation
 * is the forms' own wording.
 */

static const double form_widths[JX_FORM_N_COLUMNS] = { 1.15, 1.2, 1.2, 1.75, 1.2, 1.2, 0.9, 1.05, 1.9 };

static char *
year_subtitle (gint64 year)
{
  /* TRANSLATORS: under the title of a form: "（2020年度）" */
  return g_strdup_printf (C_("form", "(Year %d)"), (int) year);
}

static JxReportTable *
new_form (const char *name,
          const char *title,
          gint64      year)
{
  g_autofree char *subtitle = year_subtitle (year);
  JxReportTable *table = jx_report_table_new (name, title, subtitle, JX_FORM_N_COLUMNS);

  jx_report_table_set_column_widths (table, form_widths);
  return table;
}

static void
put_label (JxReportTable *table,
           guint          row,
           guint          column,
           guint          span,
           const char    *text)
{
  jx_report_table_put_text (table, row, column, span, JX_REPORT_CELL_LABEL, text);
}

static void
put_data (JxReportTable *table,
          guint          row,
          guint          column,
          guint          span,
          const char    *text)
{
  jx_report_table_put_text (table, row, column, span, JX_REPORT_CELL_DATA, text);
}

/* A label across the grid's first two columns and a value across the rest. */
static void
add_labelled_row (JxReportTable *table,
                  const char    *label,
                  const char    *value)
{
  guint row = jx_report_table_add_row (table);

  put_label (table, row, JX_FORM_COLUMN_LABEL, 2, label);
  put_data (table, row, JX_FORM_COLUMN_LEVEL2, JX_FORM_N_COLUMNS - JX_FORM_COLUMN_LEVEL2, value);
}

/* The heading of the funding block; returns the cell that spans the block. */
static JxReportCell *
add_funding_heading (JxReportTable *table,
                     const char    *label)
{
  guint row = jx_report_table_add_row (table);
  JxReportCell *block = jx_report_table_put_text (table, row, JX_FORM_COLUMN_LABEL, 1, JX_REPORT_CELL_LABEL, label);

  put_label (table, row, JX_FORM_COLUMN_ITEM, 2, NULL);
  put_label (table, row, JX_FORM_COLUMN_INITIAL, 1, C_("form", "Initial budget"));
  put_label (table, row, JX_FORM_COLUMN_BUDGET, 1, C_("form", "Full-year budget"));
  put_label (table, row, JX_FORM_COLUMN_SPENT, 1, C_("form", "Full-year spending"));
  put_label (table, row, JX_FORM_COLUMN_PART_WEIGHT, 1, C_("form", "Weight"));
  put_label (table, row, JX_FORM_COLUMN_RATE, 1, C_("form", "Execution rate"));
  put_label (table, row, JX_FORM_COLUMN_PART_SCORE, 1, C_("form", "Score"));
  jx_report_table_mark_heading (table, row);

  return block;
}

/* One line of the funding block; the total line carries weight and score,
 * and its rate is measured against the budget the score is (which is the
 * initial one when a report gives no full-year budget). */
static void
add_funding_row (JxReportTable *table,
                 const char    *item,
                 gint64         initial,
                 gint64         budget,
                 gint64         spent,
                 gint64         rate_base,
                 gboolean       scored,
                 gint64         weight,
                 gint64         score)
{
  guint row = jx_report_table_add_row (table);

  put_label (table, row, JX_FORM_COLUMN_ITEM, 2, item);
  jx_report_table_put_money (table, row, JX_FORM_COLUMN_INITIAL, initial);
  jx_report_table_put_money (table, row, JX_FORM_COLUMN_BUDGET, budget);
  jx_report_table_put_money (table, row, JX_FORM_COLUMN_SPENT, spent);
  if (scored)
    jx_report_table_put_points (table, row, JX_FORM_COLUMN_PART_WEIGHT, weight);
  else
    put_data (table, row, JX_FORM_COLUMN_PART_WEIGHT, 1, "—");
  jx_report_table_put_rate (table, row, JX_FORM_COLUMN_RATE, spent, rate_base);
  if (scored)
    jx_report_table_put_points (table, row, JX_FORM_COLUMN_PART_SCORE, score);
  else
    put_data (table, row, JX_FORM_COLUMN_PART_SCORE, 1, "—");
}

static void
add_goals (JxReportTable *table,
           const char    *planned,
           const char    *achieved)
{
  guint heading = jx_report_table_add_row (table);
  guint row;
  JxReportCell *label;

  label = jx_report_table_put_text (table, heading, JX_FORM_COLUMN_LABEL, 1, JX_REPORT_CELL_LABEL,
                                    C_("form", "Overall annual goals"));
  put_label (table, heading, JX_FORM_COLUMN_LEVEL1, 4, C_("form", "Planned goals"));
  put_label (table, heading, JX_FORM_COLUMN_ACTUAL, 4, C_("form", "Actual completion"));

  row = jx_report_table_add_row (table);
  put_data (table, row, JX_FORM_COLUMN_LEVEL1, 4, planned);
  put_data (table, row, JX_FORM_COLUMN_ACTUAL, 4, achieved);
  jx_report_table_span_rows (table, label, 2);
}

/* Where consecutive rows repeat a category, the form merges the cells. */
typedef struct {
  JxReportCell *cell;
  const char   *text;
  guint         first_row;
} MergedRun;

static void
merge_run (JxReportTable *table,
           MergedRun     *run,
           guint          row,
           guint          column,
           const char    *text,
           gboolean       restart)
{
  if (!restart && run->cell != NULL && g_strcmp0 (run->text, text) == 0)
    {
      jx_report_table_span_rows (table, run->cell, row - run->first_row + 1);
      return;
    }

  run->cell = jx_report_table_put_text (table, row, column, 1, JX_REPORT_CELL_DATA, text);
  run->text = text;
  run->first_row = row;
}

/* The indicator table: its heading, one row per indicator, the 一级 and
 * 二级 categories merged down, and the label column spanning it all. */
static void
add_indicators (JxReportTable          *table,
                GPtrArray              *indicators,
                const JxIndicatorScore *scores)
{
  guint heading = jx_report_table_add_row (table);
  JxReportCell *label;
  MergedRun level1 = { NULL };
  MergedRun level2 = { NULL };

  label = jx_report_table_put_text (table, heading, JX_FORM_COLUMN_LABEL, 1, JX_REPORT_CELL_LABEL,
                                    C_("form", "Performance indicators"));
  put_label (table, heading, JX_FORM_COLUMN_LEVEL1, 1, C_("form", "Level 1 indicator"));
  put_label (table, heading, JX_FORM_COLUMN_LEVEL2, 1, C_("form", "Level 2 indicator"));
  put_label (table, heading, JX_FORM_COLUMN_NAME, 1, C_("form", "Level 3 indicator"));
  put_label (table, heading, JX_FORM_COLUMN_TARGET, 1, C_("form", "Annual target"));
  put_label (table, heading, JX_FORM_COLUMN_ACTUAL, 1, C_("form", "Actual value"));
  put_label (table, heading, JX_FORM_COLUMN_WEIGHT, 1, C_("form", "Weight"));
  put_label (table, heading, JX_FORM_COLUMN_SCORE, 1, C_("form", "Score"));
  put_label (table, heading, JX_FORM_COLUMN_REASON, 1, C_("form", "Reasons for deviation and improvements"));
  jx_report_table_mark_heading (table, heading);

  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);
      const JxIndicatorScore *score = &scores[i];
      g_autofree char *target = jx_indicator_dup_target_display (indicator);
      g_autofree char *actual = jx_indicator_dup_actual_display (indicator);
      guint row = jx_report_table_add_row (table);
      gboolean new_level1 = level1.cell == NULL || g_strcmp0 (level1.text, jx_indicator_get_level1 (indicator)) != 0;

      merge_run (table, &level1, row, JX_FORM_COLUMN_LEVEL1, jx_indicator_get_level1 (indicator), FALSE);
      merge_run (table, &level2, row, JX_FORM_COLUMN_LEVEL2, jx_indicator_get_level2 (indicator), new_level1);
      put_data (table, row, JX_FORM_COLUMN_NAME, 1, jx_indicator_get_name (indicator));
      put_data (table, row, JX_FORM_COLUMN_TARGET, 1, target);
      put_data (table, row, JX_FORM_COLUMN_ACTUAL, 1, actual);
      jx_report_table_put_points (table, row, JX_FORM_COLUMN_WEIGHT, score->weight);
      jx_report_table_put_points (table, row, JX_FORM_COLUMN_SCORE,
                                  score->status == JX_SCORE_STATUS_SCORED ? score->score : JX_UNSET);
      put_data (table, row, JX_FORM_COLUMN_REASON, 1, jx_indicator_get_deviation_reason (indicator));
    }

  jx_report_table_span_rows (table, label, indicators->len + 1);
  jx_report_table_end_heading (table);
}

static gint64
sum_weights (gint64                  execution_weight,
             const JxIndicatorScore *scores,
             guint                   n_scores)
{
  gint64 sum = execution_weight;

  for (guint i = 0; i < n_scores; i++)
    sum = jx_money_add_known (sum, scores[i].weight);

  return sum;
}

/* 总分 with the weights and the score, then 自评等级. */
static void
add_total (JxReportTable *table,
           gint64         weight,
           gint64         total,
           gboolean       complete,
           JxGrade        grade)
{
  guint row = jx_report_table_add_row (table);

  put_label (table, row, JX_FORM_COLUMN_LABEL, JX_FORM_COLUMN_WEIGHT, C_("form", "Total score"));
  jx_report_table_put_points (table, row, JX_FORM_COLUMN_WEIGHT, weight);
  jx_report_table_put_points (table, row, JX_FORM_COLUMN_SCORE, total);
  put_data (table, row, JX_FORM_COLUMN_REASON, 1,
            complete ? NULL : C_("form", "Incomplete: not every part is scored"));

  row = jx_report_table_add_row (table);
  put_label (table, row, JX_FORM_COLUMN_LABEL, JX_FORM_COLUMN_WEIGHT, C_("form", "Self-evaluation grade"));
  put_data (table, row, JX_FORM_COLUMN_WEIGHT, JX_FORM_N_COLUMNS - JX_FORM_COLUMN_WEIGHT,
            complete ? jx_grade_to_string (grade) : "—");
}

static const char *
supervising_department (JxDepartment *department)
{
  const char *parent = jx_department_get_parent (department);

  return parent != NULL && *parent != '\0' ? parent : jx_department_get_name (department);
}

/**
 * jx_report_forms_year:
 * @score: the score of a department-year
 * @department: its department
 *
 * Lays out the 部门整体支出绩效自评表: the department, its main tasks,
 * the budget's execution (total, basic and project spending) with the
 * execution score, the overall goals planned and achieved, the
 * department-level indicators with their scores, the total and the grade.
 *
 * Returns: (transfer full): the form
 */
JxReportTable *
jx_report_forms_year (JxYearScore  *score,
                      JxDepartment *department)
{
  JxDepartmentYear *year = score->year;
  JxReportTable *table = new_form (C_("form", "Department"),
                                   C_("form", "Self-evaluation of the department's overall spending"),
                                   jx_department_year_get_year (year));
  JxReportCell *block;
  guint first_funding_row;

  add_labelled_row (table, C_("form", "Department (unit)"), jx_department_get_name (department));
  add_labelled_row (table, C_("form", "Main tasks of the year"), jx_department_year_get_tasks (year));

  block = add_funding_heading (table, C_("form", "Budget execution of the year (10,000 yuan)"));
  first_funding_row = block->row;
  add_funding_row (table, C_("form", "Total budget of the year"),
                   jx_department_year_get_initial_budget (year), jx_department_year_get_budget (year),
                   score->actual, score->budget, TRUE, score->execution_weight, score->execution_score);
  add_funding_row (table, C_("form", "of which: basic spending"),
                   jx_department_year_get_initial_basic (year), jx_department_year_get_adjusted_basic (year),
                   jx_department_year_get_actual_basic (year), jx_department_year_get_adjusted_basic (year),
                   FALSE, JX_UNSET, JX_UNSET);
  add_funding_row (table, C_("form", "project spending"),
                   jx_department_year_get_initial_project (year), jx_department_year_get_adjusted_project (year),
                   jx_department_year_get_actual_project (year), jx_department_year_get_adjusted_project (year),
                   FALSE, JX_UNSET, JX_UNSET);
  jx_report_table_span_rows (table, block, jx_report_table_get_n_rows (table) - first_funding_row);
  jx_report_table_end_heading (table);

  add_goals (table, jx_department_year_get_goals (year), jx_department_year_get_achievements (year));
  add_indicators (table, jx_department_year_get_indicators (year), score->indicators);
  add_total (table, sum_weights (score->execution_weight, score->indicators, score->n_indicators),
             score->total, score->complete, score->grade);

  return table;
}

static void
sum_funding (JxProject       *project,
             JxFundingSource  source,
             gint64          *initial,
             gint64          *budget,
             gint64          *spent)
{
  GPtrArray *funding = jx_project_get_funding (project);

  *initial = *budget = *spent = JX_UNSET;
  for (guint i = 0; i < funding->len; i++)
    {
      JxFundingRow *row = g_ptr_array_index (funding, i);

      if (jx_funding_row_get_source (row) != source)
        continue;
      *initial = jx_money_add_known (*initial, jx_funding_row_get_initial (row));
      *budget = jx_money_add_known (*budget, jx_funding_row_get_adjusted (row));
      *spent = jx_money_add_known (*spent, jx_funding_row_get_actual (row));
    }
}

static void
add_project_deviation (JxReportTable *table,
                       JxProject     *project)
{
  const char *reason = jx_project_get_deviation_reason (project);
  const char *improvement = jx_project_get_improvement (project);
  g_autofree char *text = NULL;

  if (reason == NULL && improvement == NULL)
    return;

  text = g_strjoin ("\n", reason != NULL ? reason : improvement,
                    reason != NULL ? improvement : NULL, NULL);
  add_labelled_row (table, C_("form", "Reasons for deviation and improvements"), text);
}

/**
 * jx_report_forms_project:
 * @score: the score of a project
 * @department: the department the project belongs to
 * @year: the year
 *
 * Lays out the 项目支出绩效自评表: the project, its supervising and
 * implementing unit, its funds by source with the execution score, the
 * overall goals planned and achieved, the indicators with their scores,
 * deviations, the total and the grade.
 *
 * Returns: (transfer full): the form
 */
JxReportTable *
jx_report_forms_project (JxProjectScore *score,
                         JxDepartment   *department,
                         gint64          year)
{
  static const struct {
    JxFundingSource  source;
    const char      *label;
  } sources[] = {
    { JX_FUNDING_SOURCE_APPROPRIATION, NC_("form", "of which: appropriation of the year") },
    { JX_FUNDING_SOURCE_CARRIED_OVER, NC_("form", "carried over from last year") },
    { JX_FUNDING_SOURCE_OTHER, NC_("form", "other funds") },
  };
  JxProject *project = score->project;
  const char *name = jx_project_get_name (project);
  JxReportTable *table = new_form (name != NULL ? name : C_("form", "Project"),
                                   C_("form", "Self-evaluation of project spending"), year);
  JxReportCell *block;
  guint row;

  add_labelled_row (table, C_("form", "Project name"), name);

  row = jx_report_table_add_row (table);
  put_label (table, row, JX_FORM_COLUMN_LABEL, 2, C_("form", "Supervising department"));
  put_data (table, row, JX_FORM_COLUMN_LEVEL2, 3, supervising_department (department));
  put_label (table, row, JX_FORM_COLUMN_ACTUAL, 1, C_("form", "Implementing unit"));
  put_data (table, row, JX_FORM_COLUMN_WEIGHT, 3, jx_department_get_name (department));

  block = add_funding_heading (table, C_("form", "Project funds (10,000 yuan)"));
  row = block->row;
  add_funding_row (table, C_("form", "Total funds of the year"),
                   jx_project_get_initial_budget (project), score->budget, score->actual,
                   score->budget, TRUE, score->execution_weight, score->execution_score);
  for (guint i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      gint64 initial, budget, spent;

      sum_funding (project, sources[i].source, &initial, &budget, &spent);
      add_funding_row (table, g_dpgettext2 (GETTEXT_PACKAGE, "form", sources[i].label),
                       initial, budget, spent, budget, FALSE, JX_UNSET, JX_UNSET);
    }
  jx_report_table_span_rows (table, block, jx_report_table_get_n_rows (table) - row);
  jx_report_table_end_heading (table);

  add_goals (table, jx_project_get_planned_target (project), jx_project_get_actual_outcome (project));
  add_indicators (table, jx_project_get_indicators (project), score->indicators);
  add_project_deviation (table, project);
  add_total (table, sum_weights (score->execution_weight, score->indicators, score->n_indicators),
             score->total, score->complete, score->grade);

  return table;
}

static const char *
describe_kind (JxProject *project)
{
  switch (jx_project_get_kind (project))
    {
    case JX_PROJECT_KIND_LOCAL:
      return C_("form", "Own project");
    case JX_PROJECT_KIND_TRANSFER:
      return C_("form", "Transfer payment");
    case JX_PROJECT_KIND_SPECIAL:
      return C_("form", "Special fund");
    case JX_PROJECT_KIND_NONE:
    default:
      return NULL;
    }
}

/**
 * jx_report_forms_summary:
 * @score: the score of a department-year
 * @department: its department
 *
 * Lays out the summary of the projects: each one's kind, budget, spending,
 * execution rate, score and grade, and the totals.
 *
 * Returns: (transfer full): the table
 */
JxReportTable *
jx_report_forms_summary (JxYearScore  *score,
                         JxDepartment *department)
{
  static const double widths[] = { 0.5, 3.2, 1.1, 1.2, 1.2, 1.0, 0.9, 0.8 };
  g_autofree char *subtitle = year_subtitle (jx_department_year_get_year (score->year));
  JxReportTable *table = jx_report_table_new (C_("form", "Projects"),
                                              C_("form", "Summary of the projects' self-evaluation"),
                                              subtitle, G_N_ELEMENTS (widths));
  gint64 budget = JX_UNSET;
  gint64 spent = JX_UNSET;
  guint row;

  jx_report_table_set_column_widths (table, widths);

  row = jx_report_table_add_row (table);
  put_label (table, row, 0, 1, C_("form", "No."));
  put_label (table, row, 1, 1, C_("form", "Project name"));
  put_label (table, row, 2, 1, C_("form", "Kind"));
  put_label (table, row, 3, 1, C_("form", "Full-year budget (10,000 yuan)"));
  put_label (table, row, 4, 1, C_("form", "Full-year spending (10,000 yuan)"));
  put_label (table, row, 5, 1, C_("form", "Execution rate"));
  put_label (table, row, 6, 1, C_("form", "Score"));
  put_label (table, row, 7, 1, C_("form", "Grade"));
  jx_report_table_mark_heading (table, row);

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      row = jx_report_table_add_row (table);
      put_data (table, row, 0, 1, number);
      put_data (table, row, 1, 1, jx_project_get_name (project->project));
      put_data (table, row, 2, 1, describe_kind (project->project));
      jx_report_table_put_money (table, row, 3, project->budget);
      jx_report_table_put_money (table, row, 4, project->actual);
      jx_report_table_put_rate (table, row, 5, project->actual, project->budget);
      jx_report_table_put_points (table, row, 6, project->total);
      put_data (table, row, 7, 1, project->complete ? jx_grade_to_string (project->grade) : "—");

      budget = jx_money_add_known (budget, project->budget);
      spent = jx_money_add_known (spent, project->actual);
    }

  jx_report_table_end_heading (table);
  row = jx_report_table_add_row (table);
  put_label (table, row, 0, 3, C_("form", "Total"));
  jx_report_table_put_money (table, row, 3, budget);
  jx_report_table_put_money (table, row, 4, spent);
  jx_report_table_put_rate (table, row, 5, spent, budget);
  put_data (table, row, 6, 2, NULL);

  return table;
}

/**
 * jx_report_forms_findings:
 * @findings: (element-type JxFinding): what the checker found
 * @year: the year
 *
 * Lays out the findings of the consistency checks: severity, record,
 * field, the figure stated and computed, and what differs.
 *
 * Returns: (transfer full): the table
 */
JxReportTable *
jx_report_forms_findings (GPtrArray *findings,
                          gint64     year)
{
  static const double widths[] = { 0.8, 2.2, 1.4, 1.2, 1.2, 4.0 };
  g_autofree char *subtitle = year_subtitle (year);
  JxReportTable *table = jx_report_table_new (C_("form", "Findings"),
                                              C_("form", "Findings of the consistency checks"),
                                              subtitle, G_N_ELEMENTS (widths));
  guint row;

  jx_report_table_set_column_widths (table, widths);

  row = jx_report_table_add_row (table);
  put_label (table, row, 0, 1, C_("form", "Severity"));
  put_label (table, row, 1, 1, C_("form", "Record"));
  put_label (table, row, 2, 1, C_("form", "Field"));
  put_label (table, row, 3, 1, C_("form", "Stated"));
  put_label (table, row, 4, 1, C_("form", "Computed"));
  put_label (table, row, 5, 1, C_("form", "What differs"));
  jx_report_table_mark_heading (table, row);

  for (guint i = 0; i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      row = jx_report_table_add_row (table);
      put_data (table, row, 0, 1, jx_severity_to_string (finding->severity));
      put_data (table, row, 1, 1, finding->record);
      put_data (table, row, 2, 1, finding->field);
      put_data (table, row, 3, 1, finding->stated);
      put_data (table, row, 4, 1, finding->computed);
      put_data (table, row, 5, 1, finding->message);
    }

  if (findings->len == 0)
    {
      row = jx_report_table_add_row (table);
      put_data (table, row, 0, 6, C_("form", "The checks found nothing: the stated figures agree with the computed ones."));
    }

  return table;
}
