/* test-samples.c: every figure in the seeds fits in the app
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The four sample files are the seed reports entered as exchange files.
 * Each test opens them in a new database and checks figures against the
 * reports, with the numbers written as the reports write them and
 * converted by the app's own parser, never through floats.
 */
#include <json-glib/json-glib.h>

#include "test-utils.h"

typedef struct {
  char      *dir;
  JxStore   *store;
  GPtrArray *departments;
} Samples;

static void
samples_set_up (Samples       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = jx_test_make_dir ();
  fixture->store = jx_test_open_samples (fixture->dir);
  fixture->departments = jx_store_list_departments (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->departments);

  for (guint i = 0; i < fixture->departments->len; i++)
    {
      g_assert_true (jx_store_load_children (fixture->store,
                                             g_ptr_array_index (fixture->departments, i),
                                             TRUE, &error));
      g_assert_no_error (error);
    }
}

static void
samples_tear_down (Samples       *fixture,
                   gconstpointer  user_data)
{
  g_clear_pointer (&fixture->departments, g_ptr_array_unref);
  g_clear_object (&fixture->store);
  jx_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/* An amount in 万元 as the report writes it, in fen. */
static gint64
wan (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = JX_UNSET;

  g_assert_true (jx_money_parse_wan (text, &fen, &error));
  g_assert_no_error (error);
  return fen;
}

static JxDepartment *
find_department (Samples    *fixture,
                 const char *name)
{
  for (guint i = 0; i < fixture->departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (fixture->departments, i);

      if (g_strcmp0 (jx_department_get_name (department), name) == 0)
        return department;
    }

  g_test_message ("no department named %s", name);
  g_assert_not_reached ();
  return NULL;
}

/* The only year of the department @name, which must be @year. */
static JxDepartmentYear *
find_year (Samples    *fixture,
           const char *name,
           gint64      year)
{
  GPtrArray *years = jx_department_get_years (find_department (fixture, name));

  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpint (jx_department_year_get_year (g_ptr_array_index (years, 0)), ==, year);
  return g_ptr_array_index (years, 0);
}

static JxProject *
find_project (JxDepartmentYear *year,
              const char       *name)
{
  GPtrArray *projects = jx_department_year_get_projects (year);

  for (guint i = 0; i < projects->len; i++)
    {
      JxProject *project = g_ptr_array_index (projects, i);

      if (g_strcmp0 (jx_project_get_name (project), name) == 0)
        return project;
    }

  g_test_message ("no project named %s", name);
  g_assert_not_reached ();
  return NULL;
}

static JxIndicator *
find_indicator (GPtrArray  *indicators,
                const char *name)
{
  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);

      if (g_strcmp0 (jx_indicator_get_name (indicator), name) == 0)
        return indicator;
    }

  g_test_message ("no indicator named %s", name);
  g_assert_not_reached ();
  return NULL;
}

/* The stated figures of @year of kind @kind, in the report's order. */
static GPtrArray *
stated_figures_of_kind (JxDepartmentYear   *year,
                        JxStatedFigureKind  kind)
{
  GPtrArray *figures = jx_department_year_get_stated_figures (year);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < figures->len; i++)
    {
      JxStatedFigure *figure = g_ptr_array_index (figures, i);

      if (jx_stated_figure_get_figure (figure) == kind)
        g_ptr_array_add (found, figure);
    }

  return found;
}

/* The one stated figure of @year of kind @kind. */
static const char *
stated_figure (JxDepartmentYear   *year,
               JxStatedFigureKind  kind)
{
  g_autoptr(GPtrArray) found = stated_figures_of_kind (year, kind);

  g_assert_cmpuint (found->len, ==, 1);
  return jx_stated_figure_get_written (g_ptr_array_index (found, 0));
}

static void
test_four_departments (Samples       *fixture,
                       gconstpointer  user_data)
{
  static const struct { const char *name; gint64 year; } expected[] = {
    { "兰州新区科技局", 2020 },
    { "新乡市科学技术局", 2021 },
    { "石家庄高新区科技局", 2021 },
    { "衡阳市科学技术局", 2021 },
  };

  g_assert_cmpuint (fixture->departments->len, ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    find_year (fixture, expected[i].name, expected[i].year);
}

/* Seed 001: 年初预算共计6872.31万元，其中基本预算317.06万元、项目预算6555.25万元;
 * 本年总支出14353.92万元，其中基本支出……427.61万元，项目支出139,26.31万元 */
static void
test_001_totals_are_their_parts (Samples       *fixture,
                                 gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "兰州新区科技局", 2020);

  g_assert_cmpint (jx_department_year_get_initial_basic (year), ==, wan ("317.06"));
  g_assert_cmpint (jx_department_year_get_initial_project (year), ==, wan ("6555.25"));
  g_assert_cmpint (wan ("317.06") + wan ("6555.25"), ==, wan ("6872.31"));
  g_assert_cmpint (jx_department_year_get_initial_budget (year), ==, wan ("6872.31"));
  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_INITIAL_BUDGET), ==, "6872.31");

  g_assert_cmpint (jx_department_year_get_actual_basic (year), ==, wan ("427.61"));
  g_assert_cmpint (jx_department_year_get_actual_project (year), ==, wan ("13926.31"));
  g_assert_cmpint (wan ("427.61") + wan ("13926.31"), ==, wan ("14353.92"));
  g_assert_cmpint (jx_department_year_get_actual (year), ==, wan ("14353.92"));
  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_BASIC_EXPENDITURE), ==, "427.61");
}

/* Seed 001: 本年总收入14361.25万元 but 10314.25 + 4000 + 37 = 14351.25. */
static void
test_001_revenue_slip_is_kept (Samples       *fixture,
                               gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "兰州新区科技局", 2020);
  GPtrArray *lines = jx_department_year_get_budget_lines (year);
  const char *written;
  gint64 sum = JX_UNSET;
  guint n_revenue = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      JxBudgetLine *line = g_ptr_array_index (lines, i);

      if (jx_budget_line_get_section (line) != JX_BUDGET_SECTION_REVENUE)
        continue;
      sum = jx_money_add_known (sum, jx_budget_line_get_actual (line));
      n_revenue++;
    }

  g_assert_cmpuint (n_revenue, ==, 3);
  g_assert_cmpint (sum, ==, wan ("14351.25"));

  written = stated_figure (year, JX_STATED_FIGURE_KIND_TOTAL_REVENUE);
  g_assert_cmpstr (written, ==, "14361.25");
  g_assert_cmpint (wan (written), !=, sum);
}

/* Seed 001: 项目支出139,26.31万元, a misplaced group separator. */
static void
test_001_misplaced_separator_is_kept (Samples       *fixture,
                                      gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "兰州新区科技局", 2020);
  g_autoptr(GError) error = NULL;
  gint64 fen;
  const char *written;

  written = stated_figure (year, JX_STATED_FIGURE_KIND_PROJECT_EXPENDITURE);
  g_assert_cmpstr (written, ==, "139,26.31");

  /* The parser says what is wrong with it instead of guessing. */
  g_assert_false (jx_money_parse_wan (written, &fen, &error));
  g_assert_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_MISPLACED_SEPARATOR);
}

/* Seed 001: 车辆租赁费支出预算安排共3.88万元，资金到位3.88万元，实际使用3.39万元，
 * ……实际预算执行率为87% */
static void
test_001_vehicle_rental (Samples       *fixture,
                         gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "兰州新区科技局", 2020);
  JxProject *project = find_project (year, "车辆租赁费");

  g_assert_cmpint (jx_project_get_kind (project), ==, JX_PROJECT_KIND_LOCAL);
  g_assert_cmpint (jx_project_get_budget (project), ==, wan ("3.88"));
  g_assert_cmpint (jx_project_get_arrived (project), ==, wan ("3.88"));
  g_assert_cmpint (jx_project_get_actual (project), ==, wan ("3.39"));
  g_assert_cmpstr (jx_project_get_stated_execution_rate (project), ==, "87");
}

/* Seed 001: 当年各级预算共安排7075万元，其中:中央下达4000万元，省级预算安排3075万元 */
static void
test_001_transfer_payments (Samples       *fixture,
                            gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "兰州新区科技局", 2020);
  GPtrArray *projects = jx_department_year_get_projects (year);
  gint64 central = JX_UNSET;
  gint64 provincial = JX_UNSET;
  guint n_transfers = 0;
  guint n_central = 0;

  for (guint i = 0; i < projects->len; i++)
    {
      JxProject *project = g_ptr_array_index (projects, i);

      if (jx_project_get_kind (project) != JX_PROJECT_KIND_TRANSFER)
        continue;

      n_transfers++;
      switch (jx_project_get_transfer_source (project))
        {
        case JX_TRANSFER_SOURCE_CENTRAL:
          central = jx_money_add_known (central, jx_project_get_budget (project));
          n_central++;
          break;
        case JX_TRANSFER_SOURCE_PROVINCIAL:
          provincial = jx_money_add_known (provincial, jx_project_get_budget (project));
          break;
        case JX_TRANSFER_SOURCE_NONE:
        case JX_TRANSFER_SOURCE_MUNICIPAL:
        default:
          g_assert_not_reached ();
        }
    }

  g_assert_cmpuint (n_transfers, ==, 5);
  g_assert_cmpuint (n_central, ==, 1);
  g_assert_cmpint (central, ==, wan ("4000"));
  g_assert_cmpint (provincial, ==, wan ("3075"));
  g_assert_cmpint (central + provincial, ==, wan ("7075"));

  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_TRANSFER_TOTAL), ==, "7075");
  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_TRANSFER_CENTRAL), ==, "4000");
  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_TRANSFER_PROVINCIAL), ==, "3075");
}

/* Seed 002: 部门预算总额16324.97; 基本支出1684.14; 项目支出14640.83 */
static void
test_002_declared_budget (Samples       *fixture,
                          gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "新乡市科学技术局", 2021);

  g_assert_cmpint (jx_department_year_get_initial_basic (year), ==, wan ("1684.14"));
  g_assert_cmpint (jx_department_year_get_initial_project (year), ==, wan ("14640.83"));
  g_assert_cmpint (wan ("1684.14") + wan ("14640.83"), ==, wan ("16324.97"));
  g_assert_cmpint (jx_department_year_get_initial_budget (year), ==, wan ("16324.97"));
  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_INITIAL_BUDGET), ==, "16324.97");
}

/* Seed 002: targets in words (相关, 按时公开 ...) and ≤10%, <100%. */
static void
test_002_department_indicators (Samples       *fixture,
                                gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "新乡市科学技术局", 2021);
  GPtrArray *indicators = jx_department_year_get_indicators (year);
  JxIndicator *indicator;
  guint n_qualitative = 0;
  guint n_le = 0;

  g_assert_cmpuint (indicators->len, >, 0);
  for (guint i = 0; i < indicators->len; i++)
    {
      indicator = g_ptr_array_index (indicators, i);

      if (jx_indicator_get_comparator (indicator) == JX_COMPARATOR_QUALITATIVE)
        {
          /* A target in words has its words and no number. */
          g_assert_nonnull (jx_indicator_get_target_text (indicator));
          g_assert_null (jx_indicator_get_target_value (indicator));
          n_qualitative++;
        }

      if (g_strcmp0 (jx_indicator_get_target_text (indicator), "≤10%") == 0)
        {
          g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_LE);
          g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "10");
          g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "%");
          n_le++;
        }
    }

  /* 相关 科学 合理 完整 真实 合规 健全 按时公开 规范, and 完成职责任务 three times */
  g_assert_cmpuint (n_qualitative, ==, 12);
  /* 预算调整率 and 结转结余率 */
  g_assert_cmpuint (n_le, ==, 2);

  indicator = find_indicator (indicators, "预决算信息公开性");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_QUALITATIVE);
  g_assert_cmpstr (jx_indicator_get_target_text (indicator), ==, "按时公开");

  indicator = find_indicator (indicators, "预算调整率");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_LE);
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "10");
  g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "%");

  indicator = find_indicator (indicators, "“三公经费”控制率");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_LT);
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "100");
  g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "%");

  indicator = find_indicator (indicators, "预算执行率");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_GE);
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "90");
  g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "%");
}

/* Seed 003: 全年预算安排 39732 万元，全年支出 39720 万元，预算执行率达到 99.97% */
static void
test_003_budget_and_spending (Samples       *fixture,
                              gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "石家庄高新区科技局", 2021);
  double rate;

  g_assert_cmpint (jx_department_year_get_adjusted_total (year), ==, wan ("39732"));
  g_assert_cmpint (jx_department_year_get_budget (year), ==, wan ("39732"));
  g_assert_cmpint (jx_department_year_get_actual_total (year), ==, wan ("39720"));
  g_assert_cmpint (jx_department_year_get_actual (year), ==, wan ("39720"));
  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_EXECUTION_RATE), ==, "99.97%");

  /* 99.97% to two decimals of a percent. */
  g_assert_true (jx_money_rate (jx_department_year_get_actual (year),
                                jx_department_year_get_budget (year), &rate));
  g_assert_cmpint ((gint64) (rate * 10000.0 + 0.5), ==, 9997);
}

/* Seed 003: 创新型孵化器建设扶持资金项目。资金预算 681.5307 万元……引进港澳台项目
 * 数量目标 4 个，实际完成 0 个 */
static void
test_003_incubator (Samples       *fixture,
                    gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "石家庄高新区科技局", 2021);
  JxProject *project = find_project (year, "创新型孵化器建设扶持资金项目");
  JxIndicator *indicator;

  g_assert_cmpint (jx_project_get_budget (project), ==, wan ("681.5307"));
  g_assert_cmpint (jx_project_get_budget (project), ==, G_GINT64_CONSTANT (6815307) * 100);

  indicator = find_indicator (jx_project_get_indicators (project), "引进港澳台项目数量");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_GE);
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "4");
  g_assert_cmpstr (jx_indicator_get_actual_value (indicator), ==, "0");
  g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "个");
}

/* Seed 003: 高新技术企业认定奖励项目。资金预算 3270 万元……年度认定高新技术企业
 * 预期目标 300 家，实际完成 381 家 */
static void
test_003_high_tech_recognition (Samples       *fixture,
                                gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "石家庄高新区科技局", 2021);
  JxProject *project = find_project (year, "高新技术企业认定奖励项目");
  JxIndicator *indicator;

  g_assert_cmpint (jx_project_get_budget (project), ==, wan ("3270"));

  indicator = find_indicator (jx_project_get_indicators (project), "认定高新技术企业数量");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_GE);
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "300");
  g_assert_cmpstr (jx_indicator_get_actual_value (indicator), ==, "381");
  g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "家");
}

/* Seed 003: 金融风险防控专项经费项目……该项评价结果为 92.5 分 */
static void
test_003_stated_score (Samples       *fixture,
                       gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "石家庄高新区科技局", 2021);
  JxProject *project = find_project (year, "金融风险防控专项经费项目");
  gint64 points;

  g_assert_true (jx_number_parse_fixed ("92.5", JX_POINTS_SCALE, &points, NULL));
  g_assert_cmpint (points, ==, 9250);
  g_assert_cmpint (jx_project_get_stated_score (project), ==, points);
  g_assert_cmpint (jx_project_get_budget (project), ==, wan ("2.93"));
}

/* Seed 004: 基本支出1330.98万元……实际“三公”经费支出7.96万元……公车运行维护费
 * 5.72万元……公务接待费2.24万元……因公出国（境）费用0万元; 项目实际支出346.94万元，
 * 项目支出财政预算为484万元 */
static void
test_004_basic_and_three_public (Samples       *fixture,
                                 gconstpointer  user_data)
{
  static const struct { const char *label; const char *actual; } parts[] = {
    { "公车运行维护费", "5.72" },
    { "公务接待费", "2.24" },
    { "因公出国（境）费用", "0" },
  };
  JxDepartmentYear *year = find_year (fixture, "衡阳市科学技术局", 2021);
  GPtrArray *lines = jx_department_year_get_budget_lines (year);
  gint64 sum = JX_UNSET;
  guint n_parts = 0;

  g_assert_cmpint (jx_department_year_get_actual_basic (year), ==, wan ("1330.98"));
  g_assert_cmpint (jx_department_year_get_actual_project (year), ==, wan ("346.94"));
  g_assert_cmpint (jx_department_year_get_adjusted_project (year), ==, wan ("484"));

  for (guint i = 0; i < lines->len; i++)
    {
      JxBudgetLine *line = g_ptr_array_index (lines, i);

      if (jx_budget_line_get_section (line) != JX_BUDGET_SECTION_THREE_PUBLIC)
        continue;

      g_assert_cmpuint (n_parts, <, G_N_ELEMENTS (parts));
      g_assert_cmpstr (jx_budget_line_get_label (line), ==, parts[n_parts].label);
      g_assert_cmpint (jx_budget_line_get_actual (line), ==, wan (parts[n_parts].actual));
      sum = jx_money_add_known (sum, jx_budget_line_get_actual (line));
      n_parts++;
    }

  g_assert_cmpuint (n_parts, ==, G_N_ELEMENTS (parts));
  g_assert_cmpint (sum, ==, wan ("7.96"));
  g_assert_cmpstr (stated_figure (year, JX_STATED_FIGURE_KIND_THREE_PUBLIC_TOTAL), ==, "7.96");
}

/* Seed 004: 2201万元的科技项目专项资金共安排168个项目, a table of 17 regions. */
static void
test_004_special_fund_allocation (Samples       *fixture,
                                  gconstpointer  user_data)
{
  JxDepartmentYear *year = find_year (fixture, "衡阳市科学技术局", 2021);
  GPtrArray *projects = jx_department_year_get_projects (year);
  JxProject *special = NULL;
  GPtrArray *allocations;
  gint64 amount = JX_UNSET;
  gint64 subprojects = 0;

  for (guint i = 0; i < projects->len; i++)
    {
      JxProject *project = g_ptr_array_index (projects, i);

      if (jx_project_get_kind (project) != JX_PROJECT_KIND_SPECIAL)
        continue;
      g_assert_null (special);
      special = project;
    }

  g_assert_nonnull (special);
  allocations = jx_project_get_allocations (special);
  g_assert_cmpuint (allocations->len, ==, 17);

  for (guint i = 0; i < allocations->len; i++)
    {
      JxAllocationLine *line = g_ptr_array_index (allocations, i);

      g_assert_nonnull (jx_allocation_line_get_recipient (line));
      g_assert_cmpint (jx_allocation_line_get_subproject_count (line), >, 0);
      subprojects += jx_allocation_line_get_subproject_count (line);
      amount = jx_money_add_known (amount, jx_allocation_line_get_amount (line));
    }

  g_assert_cmpint (subprojects, ==, 168);
  g_assert_cmpint (amount, ==, wan ("2201"));
  g_assert_cmpint (jx_project_get_stated_allocation_total (special), ==, amount);

  /* The first and last rows of the table. */
  g_assert_cmpstr (jx_allocation_line_get_recipient (g_ptr_array_index (allocations, 0)), ==, "市本级");
  g_assert_cmpint (jx_allocation_line_get_subproject_count (g_ptr_array_index (allocations, 0)), ==, 52);
  g_assert_cmpint (jx_allocation_line_get_amount (g_ptr_array_index (allocations, 0)), ==, wan ("656"));
  g_assert_cmpstr (jx_allocation_line_get_recipient (g_ptr_array_index (allocations, 16)), ==, "耒阳市");
  g_assert_cmpint (jx_allocation_line_get_amount (g_ptr_array_index (allocations, 16)), ==, wan ("135"));
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Sorts @names and ends it with NULL, for g_strv_equal(). */
static const char * const *
sorted_strv (GPtrArray *names)
{
  g_ptr_array_sort (names, compare_strings);
  g_ptr_array_add (names, NULL);
  return (const char * const *) names->pdata;
}

static void
assert_strv_equal (const char * const *actual,
                   const char * const *expected,
                   const char         *what)
{
  if (!g_strv_equal (actual, expected))
    {
      g_autofree char *actual_text = g_strjoinv (", ", (char **) actual);
      g_autofree char *expected_text = g_strjoinv (", ", (char **) expected);

      g_test_message ("%s: the schema has [%s], the records [%s]", what, actual_text, expected_text);
      g_test_fail ();
    }
}

/* The schema's enum list of @property, without null, or NULL if it has none. */
static GPtrArray *
schema_enum (JsonObject *property)
{
  JsonArray *values;
  GPtrArray *names;

  if (!json_object_has_member (property, "enum"))
    return NULL;

  values = json_object_get_array_member (property, "enum");
  names = g_ptr_array_new ();
  for (guint i = 0; i < json_array_get_length (values); i++)
    {
      JsonNode *node = json_array_get_element (values, i);

      if (JSON_NODE_HOLDS_NULL (node))
        continue;
      g_ptr_array_add (names, (gpointer) json_node_get_string (node));
    }
  g_ptr_array_add (names, NULL);

  return names;
}

static void
check_record_against_schema (GType       type,
                             const char *def_name,
                             JsonObject *defs)
{
  JxRecordClass *klass = g_type_class_ref (type);
  JsonObject *definition;
  JsonObject *properties;
  g_autoptr(GList) members = NULL;
  g_autoptr(GPtrArray) schema_names = g_ptr_array_new ();
  g_autoptr(GPtrArray) record_names = g_ptr_array_new ();
  GParamSpec **fields;
  const JxChildSet *child_sets;
  guint n_fields;
  guint n_child_sets;

  g_test_message ("%s: %s", def_name, g_type_name (type));
  g_assert_true (json_object_has_member (defs, def_name));
  definition = json_object_get_object_member (defs, def_name);
  g_assert_nonnull (definition);
  properties = json_object_get_object_member (definition, "properties");
  g_assert_nonnull (properties);

  members = json_object_get_members (properties);
  for (GList *l = members; l != NULL; l = l->next)
    g_ptr_array_add (schema_names, l->data);

  fields = jx_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    g_ptr_array_add (record_names, (gpointer) jx_field_get_key (fields[i]));

  child_sets = jx_record_class_get_child_sets (klass, &n_child_sets);
  for (guint i = 0; i < n_child_sets; i++)
    g_ptr_array_add (record_names, (gpointer) child_sets[i].name);

  assert_strv_equal (sorted_strv (schema_names), sorted_strv (record_names), def_name);

  /* Every enum field has the enum's nicks, in order; "none" (0) is null. */
  for (guint i = 0; i < n_fields; i++)
    {
      const char *key = jx_field_get_key (fields[i]);
      JsonObject *property;
      g_autoptr(GPtrArray) expected = NULL;
      g_autoptr(GPtrArray) nicks = NULL;
      g_autofree char *what = NULL;
      GEnumClass *enum_class;

      if (!json_object_has_member (properties, key))
        continue;   /* already reported above */

      property = json_object_get_object_member (properties, key);
      expected = schema_enum (property);
      what = g_strdup_printf ("%s.%s", def_name, key);

      if (jx_field_get_kind (fields[i]) != JX_FIELD_ENUM)
        {
          if (expected != NULL)
            {
              g_test_message ("%s: the schema has an enum, the record field is not one", what);
              g_test_fail ();
            }
          continue;
        }

      if (expected == NULL)
        {
          g_test_message ("%s: the record field is an enum, the schema has no enum list", what);
          g_test_fail ();
          continue;
        }

      enum_class = G_PARAM_SPEC_ENUM (fields[i])->enum_class;
      nicks = g_ptr_array_new ();
      for (guint v = 0; v < enum_class->n_values; v++)
        if (enum_class->values[v].value != 0)
          g_ptr_array_add (nicks, (gpointer) enum_class->values[v].value_nick);
      g_ptr_array_add (nicks, NULL);

      assert_strv_equal ((const char * const *) expected->pdata,
                         (const char * const *) nicks->pdata, what);
    }

  g_type_class_unref (klass);
}

static void
test_schema_matches_records (void)
{
  static const struct { const char *def_name; GType (*get_type) (void); } records[] = {
    { "department", jx_department_get_type },
    { "department_year", jx_department_year_get_type },
    { "budget_line", jx_budget_line_get_type },
    { "stated_figure", jx_stated_figure_get_type },
    { "category_weight", jx_category_weight_get_type },
    { "project", jx_project_get_type },
    { "funding_row", jx_funding_row_get_type },
    { "allocation_line", jx_allocation_line_get_type },
    { "indicator", jx_indicator_get_type },
    { "scoring_profile", jx_scoring_profile_get_type },
  };
  g_autofree char *path = jx_test_source_path ("data/jixiao-exchange.schema.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *defs;

  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  defs = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "$defs");
  g_assert_nonnull (defs);

  for (guint i = 0; i < G_N_ELEMENTS (records); i++)
    check_record_against_schema (records[i].get_type (), records[i].def_name, defs);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD_SAMPLES_TEST(path, func) \
  g_test_add (path, Samples, NULL, samples_set_up, func, samples_tear_down)

  ADD_SAMPLES_TEST ("/samples/four-departments-and-their-years", test_four_departments);
  ADD_SAMPLES_TEST ("/samples/001/totals-are-their-parts", test_001_totals_are_their_parts);
  ADD_SAMPLES_TEST ("/samples/001/revenue-slip-is-kept", test_001_revenue_slip_is_kept);
  ADD_SAMPLES_TEST ("/samples/001/misplaced-separator-is-kept", test_001_misplaced_separator_is_kept);
  ADD_SAMPLES_TEST ("/samples/001/vehicle-rental", test_001_vehicle_rental);
  ADD_SAMPLES_TEST ("/samples/001/transfer-payments-by-source", test_001_transfer_payments);
  ADD_SAMPLES_TEST ("/samples/002/declared-budget-is-its-parts", test_002_declared_budget);
  ADD_SAMPLES_TEST ("/samples/002/qualitative-and-reverse-targets", test_002_department_indicators);
  ADD_SAMPLES_TEST ("/samples/003/budget-and-spending", test_003_budget_and_spending);
  ADD_SAMPLES_TEST ("/samples/003/incubator-budget-and-missed-target", test_003_incubator);
  ADD_SAMPLES_TEST ("/samples/003/high-tech-target-exceeded", test_003_high_tech_recognition);
  ADD_SAMPLES_TEST ("/samples/003/stated-score-in-points", test_003_stated_score);
  ADD_SAMPLES_TEST ("/samples/004/basic-and-three-public", test_004_basic_and_three_public);
  ADD_SAMPLES_TEST ("/samples/004/special-fund-allocation", test_004_special_fund_allocation);

#undef ADD_SAMPLES_TEST

  g_test_add_func ("/samples/schema-matches-records", test_schema_matches_records);

  return g_test_run ();
}
