/* test-report.c: the report of a department-year lays out the official
 * self-evaluation forms with the scores of the rules
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "test-report-utils.h"

/* A department-year scored in full: the project's execution is 55 of 60
 * (91.67% → 9.17), its indicators give 20 + 15 + 10 + 30 + 10, so 94.17
 * and 优; the year spends 95 of 100 (9.50) and its own indicators give
 * 50 + 30 + 10, so 99.50. */
static const char scored_year[] =
  "{\"format\":\"jixiao\",\"version\":2,\"departments\":[{\"name\":\"示范市人民政府\"},{"
  "\"name\":\"示范科技局\",\"parent\":\"示范市人民政府\","
  "\"years\":[{\"year\":2023,"
  "  \"initial_total\":\"90\",\"adjusted_total\":\"100\",\"actual_total\":\"95\","
  "  \"initial_basic\":\"30\",\"adjusted_basic\":\"40\",\"actual_basic\":\"39\","
  "  \"initial_project\":\"60\",\"adjusted_project\":\"60\",\"actual_project\":\"56\","
  "  \"tasks\":\"科技创新服务\",\"goals\":\"全年目标\",\"achievements\":\"全部完成\","
  "  \"indicators\":["
  "    {\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"服务企业数\",\"comparator\":\"ge\","
  "     \"target_value\":\"100\",\"target_unit\":\"家\",\"actual_value\":\"100\",\"weight\":\"50\"},"
  "    {\"level1\":\"效益指标\",\"level2\":\"社会效益指标\",\"name\":\"带动就业\",\"comparator\":\"ge\","
  "     \"target_value\":\"50\",\"target_unit\":\"人\",\"actual_value\":\"60\",\"weight\":\"30\"},"
  "    {\"level1\":\"满意度指标\",\"level2\":\"服务对象满意度指标\",\"name\":\"满意度\",\"comparator\":\"ge\","
  "     \"target_value\":\"90\",\"target_unit\":\"%\",\"actual_value\":\"95\",\"weight\":\"10\"}],"
  "  \"projects\":[{\"name\":\"示范项目\",\"kind\":\"local\","
  "    \"planned_target\":\"培训与推广\",\"actual_outcome\":\"基本完成\","
  "    \"deviation_reason\":\"发放数量不足\",\"improvement\":\"提前印制\","
  "    \"funding\":["
  "      {\"source\":\"appropriation\",\"initial\":\"40\",\"adjusted\":\"50\",\"actual\":\"45\"},"
  "      {\"source\":\"carried-over\",\"adjusted\":\"10\",\"actual\":\"10\"}],"
  "    \"indicators\":["
  "      {\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"培训人次\",\"comparator\":\"ge\","
  "       \"target_value\":\"100\",\"target_unit\":\"人次\",\"actual_value\":\"120\",\"weight\":\"20\"},"
  "      {\"level1\":\"产出指标\",\"level2\":\"数量指标\",\"name\":\"发放数量\",\"comparator\":\"ge\","
  "       \"target_value\":\"2000\",\"target_unit\":\"份\",\"actual_value\":\"1500\",\"weight\":\"20\","
  "       \"deviation_reason\":\"印制延误\"},"
  "      {\"level1\":\"产出指标\",\"level2\":\"质量指标\",\"name\":\"合格率\",\"comparator\":\"ge\","
  "       \"target_value\":\"95\",\"target_unit\":\"%\",\"actual_value\":\"98\",\"weight\":\"10\"},"
  "      {\"level1\":\"效益指标\",\"level2\":\"社会效益指标\",\"name\":\"带动就业\",\"comparator\":\"ge\","
  "       \"target_value\":\"50\",\"target_unit\":\"人\",\"actual_value\":\"60\",\"weight\":\"30\"},"
  "      {\"level1\":\"满意度指标\",\"level2\":\"服务对象满意度指标\",\"name\":\"满意度\",\"comparator\":\"ge\","
  "       \"target_value\":\"90\",\"target_unit\":\"%\",\"actual_value\":\"95\",\"weight\":\"10\"}]}]"
  "}]}]}";

typedef JxReportFixture Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  jx_test_report_set_up (fixture, scored_year);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  jx_test_report_tear_down (fixture);
}

static JxReport *
load_report (Fixture    *fixture,
             const char *department,
             gint64      year)
{
  return jx_test_load_report (fixture->store, department, year);
}

static guint
row_of (JxReportTable *table,
        const char    *text)
{
  const JxReportCell *cell = jx_report_table_find_text (table, text);

  g_assert_nonnull (cell);
  return cell->row;
}

static void
assert_cell (JxReportTable *table,
             guint          row,
             guint          column,
             const char    *text)
{
  const JxReportCell *cell = jx_report_table_get_cell (table, row, column);

  g_assert_nonnull (cell);
  g_assert_cmpstr (cell->text, ==, text);
}

/* The grid */

static void
test_table_cells_cover_their_spans (void)
{
  g_autoptr(JxReportTable) table = jx_report_table_new ("T", "Title", NULL, 4);
  JxReportCell *block;
  guint row;

  row = jx_report_table_add_row (table);
  block = jx_report_table_put_text (table, row, 0, 1, JX_REPORT_CELL_LABEL, "block");
  jx_report_table_put_text (table, row, 1, 3, JX_REPORT_CELL_LABEL, "wide");
  row = jx_report_table_add_row (table);
  jx_report_table_put_text (table, row, 1, 1, JX_REPORT_CELL_DATA, "a");
  jx_report_table_span_rows (table, block, 2);

  g_assert_cmpuint (jx_report_table_get_n_rows (table), ==, 2);
  g_assert_true (jx_report_table_get_cell (table, 1, 0) == block);
  g_assert_cmpuint (block->row_span, ==, 2);
  g_assert_cmpstr (jx_report_table_get_cell (table, 0, 3)->text, ==, "wide");
  g_assert_null (jx_report_table_get_cell (table, 1, 2));
  g_assert_cmpuint (jx_report_table_get_cells (table)->len, ==, 3);
}

static void
test_table_heading_heads_rows_until_next (void)
{
  g_autoptr(JxReportTable) table = jx_report_table_new ("T", "Title", NULL, 2);
  guint first = jx_report_table_add_row (table);
  guint heading;
  guint body;
  guint next;

  heading = jx_report_table_add_row (table);
  jx_report_table_mark_heading (table, heading);
  body = jx_report_table_add_row (table);
  next = jx_report_table_add_row (table);
  jx_report_table_mark_heading (table, next);

  g_assert_cmpint (jx_report_table_get_heading (table, first), ==, -1);
  g_assert_cmpint (jx_report_table_get_heading (table, heading), ==, -1);
  g_assert_cmpint (jx_report_table_get_heading (table, body), ==, (gint) heading);
  g_assert_cmpint (jx_report_table_get_heading (table, next), ==, (gint) heading);
  g_assert_false (jx_report_table_is_heading (table, body));
  g_assert_true (jx_report_table_is_heading (table, next));

  /* A total line after the section has no heading to repeat. */
  jx_report_table_end_heading (table);
  g_assert_cmpint (jx_report_table_get_heading (table, jx_report_table_add_row (table)), ==, -1);
}

static void
test_table_numbers_keep_exact_values (void)
{
  g_autoptr(JxReportTable) table = jx_report_table_new ("T", "Title", NULL, 5);
  guint row = jx_report_table_add_row (table);
  JxReportCell *money = jx_report_table_put_money (table, row, 0, G_GINT64_CONSTANT (681530700));
  JxReportCell *rate = jx_report_table_put_rate (table, row, 1, 339 * 10000, 388 * 10000);
  JxReportCell *points = jx_report_table_put_points (table, row, 2, 874);
  JxReportCell *no_rate = jx_report_table_put_rate (table, row, 3, 100, 0);
  JxReportCell *empty = jx_report_table_put_money (table, row, 4, JX_UNSET);

  g_assert_cmpstr (money->text, ==, "681.5307");
  g_assert_cmpint (money->number, ==, 681530700);
  g_assert_cmpint (money->value, ==, JX_REPORT_VALUE_MONEY);
  /* 3.39 of 3.88: 87.371…% */
  g_assert_cmpstr (rate->text, ==, "87.37%");
  g_assert_cmpint (rate->number, ==, 8737);
  g_assert_cmpstr (points->text, ==, "8.74");
  g_assert_cmpstr (no_rate->text, ==, "");
  g_assert_cmpint (no_rate->number, ==, JX_UNSET);
  g_assert_cmpstr (empty->text, ==, "");
}

/* The 项目支出绩效自评表 */

static void
test_project_form_funding_block (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "兰州新区科技局", 2020);
  JxReportTable *form = jx_test_find_project_form (report, "车辆租赁费");
  guint total = row_of (form, "Total funds of the year");

  g_assert_cmpstr (jx_report_table_get_title (form), ==, "Self-evaluation of project spending");
  g_assert_cmpstr (jx_report_table_get_subtitle (form), ==, "(Year 2020)");
  assert_cell (form, row_of (form, "Project name"), JX_FORM_COLUMN_LEVEL2, "车辆租赁费");

  /* seed 001: 3.88 budgeted, 3.39 spent, 87%; the score is 8.74 of 10. */
  assert_cell (form, total, JX_FORM_COLUMN_BUDGET, "3.88");
  assert_cell (form, total, JX_FORM_COLUMN_SPENT, "3.39");
  assert_cell (form, total, JX_FORM_COLUMN_RATE, "87.37%");
  assert_cell (form, total, JX_FORM_COLUMN_PART_WEIGHT, "10.00");
  assert_cell (form, total, JX_FORM_COLUMN_PART_SCORE, "8.74");
  g_assert_cmpint (jx_report_table_get_cell (form, total, JX_FORM_COLUMN_BUDGET)->number, ==, 3880000);

  /* Without indicators the total is not complete and there is no grade. */
  assert_cell (form, row_of (form, "Self-evaluation grade"), JX_FORM_COLUMN_WEIGHT, "—");
  assert_cell (form, row_of (form, "Total score"), JX_FORM_COLUMN_REASON, "Incomplete: not every part is scored");
}

static void
test_project_form_scores_and_grade (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "示范科技局", 2023);
  JxReportTable *form = jx_test_find_project_form (report, "示范项目");
  guint total = row_of (form, "Total funds of the year");
  guint appropriation = row_of (form, "of which: appropriation of the year");
  guint carried = row_of (form, "carried over from last year");
  guint score_row = row_of (form, "Total score");

  assert_cell (form, row_of (form, "Supervising department"), JX_FORM_COLUMN_LEVEL2, "示范市人民政府");
  assert_cell (form, row_of (form, "Implementing unit"), JX_FORM_COLUMN_WEIGHT, "示范科技局");

  /* Funds by source, and the total of 60 budgeted, 55 spent. */
  assert_cell (form, appropriation, JX_FORM_COLUMN_INITIAL, "40.00");
  assert_cell (form, appropriation, JX_FORM_COLUMN_BUDGET, "50.00");
  assert_cell (form, appropriation, JX_FORM_COLUMN_SPENT, "45.00");
  assert_cell (form, appropriation, JX_FORM_COLUMN_RATE, "90.00%");
  assert_cell (form, appropriation, JX_FORM_COLUMN_PART_SCORE, "—");
  assert_cell (form, carried, JX_FORM_COLUMN_BUDGET, "10.00");
  assert_cell (form, total, JX_FORM_COLUMN_BUDGET, "60.00");
  assert_cell (form, total, JX_FORM_COLUMN_SPENT, "55.00");
  assert_cell (form, total, JX_FORM_COLUMN_RATE, "91.67%");
  assert_cell (form, total, JX_FORM_COLUMN_PART_SCORE, "9.17");

  /* Every indicator with target, actual, weight and score by the rules. */
  assert_cell (form, row_of (form, "培训人次"), JX_FORM_COLUMN_TARGET, "≥100人次");
  assert_cell (form, row_of (form, "培训人次"), JX_FORM_COLUMN_ACTUAL, "120人次");
  assert_cell (form, row_of (form, "培训人次"), JX_FORM_COLUMN_SCORE, "20.00");
  assert_cell (form, row_of (form, "发放数量"), JX_FORM_COLUMN_WEIGHT, "20.00");
  assert_cell (form, row_of (form, "发放数量"), JX_FORM_COLUMN_SCORE, "15.00");
  assert_cell (form, row_of (form, "发放数量"), JX_FORM_COLUMN_REASON, "印制延误");

  /* 10 + 90 points, scored 94.17: 优. */
  assert_cell (form, score_row, JX_FORM_COLUMN_WEIGHT, "100.00");
  assert_cell (form, score_row, JX_FORM_COLUMN_SCORE, "94.17");
  assert_cell (form, score_row, JX_FORM_COLUMN_REASON, "");
  assert_cell (form, row_of (form, "Self-evaluation grade"), JX_FORM_COLUMN_WEIGHT, "优");
  assert_cell (form, row_of (form, "Overall annual goals") + 1, JX_FORM_COLUMN_LEVEL1, "培训与推广");
  assert_cell (form, row_of (form, "Overall annual goals") + 1, JX_FORM_COLUMN_ACTUAL, "基本完成");
  assert_cell (form, row_of (form, "Reasons for deviation and improvements") + 6, JX_FORM_COLUMN_LEVEL2,
               "发放数量不足\n提前印制");
}

static void
test_project_form_merges_categories (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "示范科技局", 2023);
  JxReportTable *form = jx_test_find_project_form (report, "示范项目");
  guint heading = row_of (form, "Level 1 indicator");
  const JxReportCell *label = jx_report_table_get_cell (form, heading, JX_FORM_COLUMN_LABEL);
  const JxReportCell *output = jx_report_table_get_cell (form, heading + 1, JX_FORM_COLUMN_LEVEL1);
  const JxReportCell *quantity = jx_report_table_get_cell (form, heading + 1, JX_FORM_COLUMN_LEVEL2);

  /* The label column spans the heading and the five indicators. */
  g_assert_cmpstr (label->text, ==, "Performance indicators");
  g_assert_cmpuint (label->row_span, ==, 6);

  /* 产出指标 spans its three rows, 数量指标 its two. */
  g_assert_cmpstr (output->text, ==, "产出指标");
  g_assert_cmpuint (output->row_span, ==, 3);
  g_assert_cmpstr (quantity->text, ==, "数量指标");
  g_assert_cmpuint (quantity->row_span, ==, 2);
  g_assert_cmpstr (jx_report_table_get_cell (form, heading + 3, JX_FORM_COLUMN_LEVEL2)->text, ==, "质量指标");

  /* After a page break, the indicator rows repeat their heading. */
  for (guint row = heading + 1; row <= heading + 5; row++)
    g_assert_cmpint (jx_report_table_get_heading (form, row), ==, (gint) heading);
  g_assert_cmpint (jx_report_table_get_heading (form, row_of (form, "Total score")), ==, -1);
  g_assert_cmpint (jx_report_table_get_heading (form, row_of (form, "Overall annual goals")), ==, -1);
}

/* The 部门整体支出绩效自评表 */

static void
test_year_form_budget_and_total (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "示范科技局", 2023);
  JxReportTable *form = jx_report_get_year_form (report);
  guint total = row_of (form, "Total budget of the year");
  guint basic = row_of (form, "of which: basic spending");
  guint score_row = row_of (form, "Total score");

  g_assert_cmpstr (jx_report_table_get_title (form), ==, "Self-evaluation of the department's overall spending");
  assert_cell (form, row_of (form, "Department (unit)"), JX_FORM_COLUMN_LEVEL2, "示范科技局");
  assert_cell (form, row_of (form, "Main tasks of the year"), JX_FORM_COLUMN_LEVEL2, "科技创新服务");
  assert_cell (form, total, JX_FORM_COLUMN_INITIAL, "90.00");
  assert_cell (form, total, JX_FORM_COLUMN_BUDGET, "100.00");
  assert_cell (form, total, JX_FORM_COLUMN_SPENT, "95.00");
  assert_cell (form, total, JX_FORM_COLUMN_RATE, "95.00%");
  assert_cell (form, total, JX_FORM_COLUMN_PART_SCORE, "9.50");
  assert_cell (form, basic, JX_FORM_COLUMN_SPENT, "39.00");
  assert_cell (form, basic, JX_FORM_COLUMN_RATE, "97.50%");
  assert_cell (form, score_row, JX_FORM_COLUMN_SCORE, "99.50");
  assert_cell (form, row_of (form, "Self-evaluation grade"), JX_FORM_COLUMN_WEIGHT, "优");
}

static void
test_year_form_of_a_target_declaration (Fixture       *fixture,
                                        gconstpointer  data)
{
  /* seed 002 declares targets: only the initial budget, 16324.97 =
   * 基本 1684.14 + 项目 14640.83, and qualitative department indicators. */
  g_autoptr(JxReport) report = load_report (fixture, "新乡市科学技术局", 2021);
  JxReportTable *form = jx_report_get_year_form (report);
  guint total = row_of (form, "Total budget of the year");

  assert_cell (form, total, JX_FORM_COLUMN_INITIAL, "16,324.97");
  assert_cell (form, total, JX_FORM_COLUMN_BUDGET, "");
  assert_cell (form, row_of (form, "of which: basic spending"), JX_FORM_COLUMN_INITIAL, "1,684.14");
  assert_cell (form, row_of (form, "project spending"), JX_FORM_COLUMN_INITIAL, "14,640.83");
  assert_cell (form, row_of (form, "预算编制完整性"), JX_FORM_COLUMN_TARGET, "完整");
  g_assert_nonnull (jx_report_table_find_text (form, "投入管理指标"));
}

/* The summary, the findings and the cover */

static void
test_summary_lists_every_project (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "石家庄高新区科技局", 2021);
  JxYearScore *score = jx_report_get_score (report);
  JxReportTable *summary = jx_report_get_summary (report);

  g_assert_cmpuint (score->projects->len, ==, 20);
  g_assert_cmpuint (jx_report_get_project_forms (report)->len, ==, 20);
  g_assert_cmpuint (jx_report_table_get_n_rows (summary), ==, 1 + 20 + 1);

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);
      g_autofree char *total = jx_number_format_fixed (project->total, 2, 2);

      assert_cell (summary, i + 1, 1, jx_project_get_name (project->project));
      assert_cell (summary, i + 1, 6, total);
      assert_cell (summary, i + 1, 7, project->complete ? jx_grade_to_string (project->grade) : "—");
    }

  /* 创新型孵化器建设扶持资金项目: 681.5307 万元. */
  assert_cell (summary, row_of (summary, "创新型孵化器建设扶持资金项目"), 3, "681.5307");
  g_assert_cmpint (jx_report_table_get_cell (summary, row_of (summary, "Total"), 3)->number, >, 0);
}

static void
test_findings_table_has_every_finding (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "兰州新区科技局", 2020);
  GPtrArray *findings = jx_report_get_findings (report);
  JxReportTable *table = jx_report_get_findings_table (report);
  gboolean income_slip = FALSE;

  g_assert_cmpuint (findings->len, >, 0);
  g_assert_cmpuint (jx_report_table_get_n_rows (table), ==, findings->len + 1);
  for (guint i = 0; i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      assert_cell (table, i + 1, 5, finding->message);
      income_slip |= g_strcmp0 (finding->stated, "14361.25") == 0;
      if (g_strcmp0 (finding->stated, "14361.25") == 0)
        assert_cell (table, i + 1, 3, "14361.25");
    }
  /* seed 001 states an income of 14361.25 whose parts add up to 14351.25 */
  g_assert_true (income_slip);

  g_assert_true (jx_report_get_tables (report)->len == 2 + jx_report_get_project_forms (report)->len + 1);
}

static const char *
tile_value (JxReport   *report,
            const char *label)
{
  GPtrArray *tiles = jx_report_get_tiles (report);

  for (guint i = 0; i < tiles->len; i++)
    {
      JxReportTile *tile = g_ptr_array_index (tiles, i);

      if (g_str_equal (tile->label, label))
        return tile->value;
    }
  g_assert_not_reached ();
}

static void
test_tiles_and_charts (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(JxReport) scored = load_report (fixture, "示范科技局", 2023);
  g_autoptr(JxReport) hengyang = load_report (fixture, "衡阳市科学技术局", 2021);
  GPtrArray *charts = jx_report_get_charts (hengyang);
  gboolean allocation = FALSE;

  g_assert_cmpstr (tile_value (scored, "Execution rate"), ==, "95.00%");
  g_assert_cmpstr (tile_value (scored, "Total score"), ==, "99.50 优");
  g_assert_cmpstr (tile_value (scored, "Projects"), ==, "1");
  g_assert_cmpstr (tile_value (scored, "Targets met"), ==, "7 / 8");

  /* seed 004's 科技专项 is allocated over 17 regions: its chart is there. */
  for (guint i = 0; i < charts->len; i++)
    {
      JxChartData *chart = g_ptr_array_index (charts, i);

      if (chart->kind == JX_CHART_KIND_ALLOCATION)
        {
          allocation = TRUE;
          g_assert_cmpuint (chart->items->len, ==, 17);
        }
    }
  g_assert_true (allocation);
}

/* Loading and writing */

static void
test_load_names_what_is_missing (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  JxReport *report;

  report = jx_report_load (fixture->store, "没有的局", 2020, &error);
  g_assert_null (report);
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "没有的局"));
  g_clear_error (&error);

  report = jx_report_load (fixture->store, "兰州新区科技局", 2031, &error);
  g_assert_null (report);
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "2031"));
}

static void
test_format_for_path (void)
{
  g_autoptr(GError) error = NULL;
  JxReportFormat format = JX_REPORT_FORMAT_CSV;

  g_assert_true (jx_report_format_for_path ("/tmp/报告.PDF", &format, &error));
  g_assert_cmpint (format, ==, JX_REPORT_FORMAT_PDF);
  g_assert_true (jx_report_format_for_path ("a.xlsx", &format, &error));
  g_assert_cmpint (format, ==, JX_REPORT_FORMAT_XLSX);
  g_assert_true (jx_report_format_for_path ("a.csv", &format, &error));
  g_assert_cmpint (format, ==, JX_REPORT_FORMAT_CSV);
  g_assert_false (jx_report_format_for_path ("a.docx", &format, &error));
  g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "a.docx"));
}

static void
test_failed_write_keeps_existing_file (Fixture       *fixture,
                                       gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "示范科技局", 2023);
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.csv", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_true (g_file_set_contents (path, "kept", -1, NULL));
  g_cancellable_cancel (cancellable);

  for (JxReportFormat format = JX_REPORT_FORMAT_PDF; format <= JX_REPORT_FORMAT_CSV; format++)
    {
      g_assert_false (jx_report_write (report, path, format, NULL, NULL, cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
    }

  /* The old file is as it was, and nothing half-written is left beside it. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "kept");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "report.csv");
  g_assert_null (g_dir_read_name (listing));

  jx_test_remove_dir (dir);
}

static void
test_written_file_replaces_old_one (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "示范科技局", 2023);
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  GStatBuf buf;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (jx_report_write (report, path, JX_REPORT_FORMAT_CSV, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "示范项目"));

  /* Readable by others, as a file saved by hand would be. */
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_mode & 0044, ==, 0044);

  jx_test_remove_dir (dir);
}

/* A writer that fails half-way (here: the file may not grow past 1 KiB)
 * names the file the user chose, not the one it was writing beside it. */
static void
test_failed_write_names_chosen_file (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(JxReport) report = load_report (fixture, "石家庄高新区科技局", 2021);
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.csv", NULL);

  if (g_test_subprocess ())
    {
      struct rlimit limit = { 1024, 1024 };
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) listing = NULL;

      signal (SIGXFSZ, SIG_IGN);
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_false (jx_report_write (report, path, JX_REPORT_FORMAT_CSV, NULL, NULL, NULL, &error));
      g_assert_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "“"));
      g_assert_nonnull (strstr (error->message, path));
      g_assert_null (strstr (error->message, ".report.csv."));
      listing = g_dir_open (dir, 0, NULL);
      g_assert_null (g_dir_read_name (listing));
      jx_test_remove_dir (dir);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  jx_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/table/cells-cover-their-spans", test_table_cells_cover_their_spans);
  g_test_add_func ("/report/table/heading-heads-rows-until-next", test_table_heading_heads_rows_until_next);
  g_test_add_func ("/report/table/numbers-keep-exact-values", test_table_numbers_keep_exact_values);
  g_test_add_func ("/report/format-for-path", test_format_for_path);

#define ADD(path, func) g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)
  ADD ("/report/project-form/funding-block", test_project_form_funding_block);
  ADD ("/report/project-form/scores-and-grade", test_project_form_scores_and_grade);
  ADD ("/report/project-form/merges-categories", test_project_form_merges_categories);
  ADD ("/report/year-form/budget-and-total", test_year_form_budget_and_total);
  ADD ("/report/year-form/target-declaration", test_year_form_of_a_target_declaration);
  ADD ("/report/summary/lists-every-project", test_summary_lists_every_project);
  ADD ("/report/findings/every-finding", test_findings_table_has_every_finding);
  ADD ("/report/tiles-and-charts", test_tiles_and_charts);
  ADD ("/report/load/names-what-is-missing", test_load_names_what_is_missing);
  ADD ("/report/write/failure-keeps-existing-file", test_failed_write_keeps_existing_file);
  ADD ("/report/write/replaces-old-file", test_written_file_replaces_old_one);
  ADD ("/report/write/failure-names-chosen-file", test_failed_write_names_chosen_file);
#undef ADD

  return g_test_run ();
}
