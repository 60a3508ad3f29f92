/* test-checker.c: the consistency checks find the slips of the seed
 * reports and every rule of DOMAIN.md, "Consistency checks"
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-utils.h"

static JxFinding *
find (GPtrArray  *findings,
      const char *code,
      const char *record_suffix,
      const char *field)
{
  for (guint i = 0; i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      if (g_str_equal (finding->code, code) &&
          g_str_has_suffix (finding->record, record_suffix) &&
          (field == NULL || g_strcmp0 (finding->field, field) == 0))
        return finding;
    }

  return NULL;
}

/* The score of the first year of a department of the samples. */
static JxYearScore *
score_sample (JxStore    *store,
              const char *department_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartment) department = jx_store_find_department (store, department_name, &error);
  g_autoptr(JxScoringProfile) profile = NULL;
  JxDepartmentYear *year;

  g_assert_nonnull (department);
  g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
  year = g_ptr_array_index (jx_department_get_years (department), 0);
  profile = jx_year_score_load_profile (store, year, &error);
  g_assert_no_error (error);

  return jx_year_score_new (profile, year);
}

static GPtrArray *
check_sample (JxStore    *store,
              const char *department_name)
{
  g_autoptr(JxYearScore) score = score_sample (store, department_name);

  return jx_checker_check_year (score, department_name);
}

static void
test_finds_the_slips_of_seed_001 (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(GPtrArray) findings = check_sample (store, "兰州新区科技局");
  JxFinding *finding;

  /* 总收入 14361.25, but 10314.25 + 4000 + 37 = 14351.25. */
  finding = find (findings, "stated-total", "兰州新区科技局 2020", "stated_figures[total-revenue]");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, JX_SEVERITY_ERROR);
  g_assert_cmpstr (finding->stated, ==, "14361.25");
  g_assert_cmpstr (finding->computed, ==, "14351.25");
  g_assert_nonnull (strstr (finding->message, "10.00"));

  /* 项目支出 "139,26.31" for 13926.31. */
  finding = find (findings, "misplaced-separator", "兰州新区科技局 2020", "stated_figures[project-expenditure]");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->stated, ==, "139,26.31");
  g_assert_cmpstr (finding->computed, ==, "13926.31");

  /* 总支出 written "143,539.21" once, "14353.92" once: only the first is wrong. */
  finding = find (findings, "stated-total", "兰州新区科技局 2020", "stated_figures[total-expenditure]");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->stated, ==, "143,539.21");

  /* 车辆租赁费 "87%" agrees with 3.39 / 3.88 = 87.37%; below 90% but explained. */
  g_assert_null (find (findings, "stated-rate", "车辆租赁费", NULL));
  g_assert_null (find (findings, "low-execution-without-reason", "车辆租赁费", NULL));

  /* 中央 4000 + 省 3075 = 7075 agree with the transfer projects. */
  g_assert_null (find (findings, "stated-total", "兰州新区科技局 2020", "stated_figures[transfer-total]"));
  g_assert_null (find (findings, "stated-total", "兰州新区科技局 2020", "stated_figures[transfer-central]"));
  g_assert_null (find (findings, "stated-total", "兰州新区科技局 2020", "stated_figures[transfer-provincial]"));

  /* The stated 99 cannot be reproduced, and the finding says why. */
  finding = find (findings, "unchecked-score", "兰州新区科技局 2020", "stated_figures[total-score]");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, JX_SEVERITY_INFO);

  g_assert_cmpuint (jx_checker_count (findings, JX_SEVERITY_ERROR), ==, 3);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_other_seeds_add_up (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(GPtrArray) shijiazhuang = check_sample (store, "石家庄高新区科技局");
  g_autoptr(GPtrArray) hengyang = check_sample (store, "衡阳市科学技术局");
  JxFinding *finding;

  /* 99.97% = 39720 / 39732 at two decimals. */
  g_assert_null (find (shijiazhuang, "stated-rate", "石家庄高新区科技局 2021", NULL));
  /* 港澳台 4 → 0 without a reason; 8 awards against 4 without one. */
  g_assert_nonnull (find (shijiazhuang, "unmet-without-reason", "创新型孵化器建设扶持资金项目", "indicators[1]"));
  finding = find (shijiazhuang, "over-achieved-without-reason", "科学技术奖奖励项目", "indicators[0]");
  g_assert_nonnull (finding);
  g_assert_cmpint (finding->severity, ==, JX_SEVERITY_WARNING);

  /* 17 regions add up to the stated 2201; 三公 5.72 + 2.24 + 0 = 7.96. */
  g_assert_null (find (hengyang, "stated-total", "2021年市科技计划项目专项资金", NULL));
  g_assert_null (find (hengyang, "stated-total", "衡阳市科学技术局 2021", "stated_figures[three-public-total]"));
  g_assert_cmpuint (jx_checker_count (hengyang, JX_SEVERITY_ERROR), ==, 0);

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* What the data give for each stated figure, as the department pane
 * shows it beside the figure and the checker compares it. */
static void
test_computes_stated_figures (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autoptr(JxYearScore) lanzhou = score_sample (store, "兰州新区科技局");
  g_autoptr(JxYearScore) shijiazhuang = score_sample (store, "石家庄高新区科技局");
  g_autoptr(JxYearScore) hengyang = score_sample (store, "衡阳市科学技术局");
  const struct {
    JxYearScore        *score;
    JxStatedFigureKind  kind;
    const char         *computed;
  } cases[] = {
    /* 10314.25 + 4000 + 37, where seed 001 states 14361.25. */
    { lanzhou, JX_STATED_FIGURE_KIND_TOTAL_REVENUE, "14351.25" },
    /* Seed 001 writes "139,26.31". */
    { lanzhou, JX_STATED_FIGURE_KIND_PROJECT_EXPENDITURE, "13926.31" },
    /* 中央 4000 + 省 3075 of the transfer projects. */
    { lanzhou, JX_STATED_FIGURE_KIND_TRANSFER_CENTRAL, "4000" },
    { lanzhou, JX_STATED_FIGURE_KIND_TRANSFER_PROVINCIAL, "3075" },
    { lanzhou, JX_STATED_FIGURE_KIND_TRANSFER_TOTAL, "7075" },
    { lanzhou, JX_STATED_FIGURE_KIND_EXECUTION_RATE, "208.87%" },
    { shijiazhuang, JX_STATED_FIGURE_KIND_EXECUTION_RATE, "99.97%" },
    /* 三公 5.72 + 2.24 + 0. */
    { hengyang, JX_STATED_FIGURE_KIND_THREE_PUBLIC_TOTAL, "7.96" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *computed = jx_checker_compute_figure (cases[i].score, cases[i].kind);

      g_test_message ("case %u", i);
      g_assert_cmpstr (computed, ==, cases[i].computed);
    }

  /* An amount in fen for money figures only. */
  g_assert_cmpint (jx_checker_compute_amount (lanzhou, JX_STATED_FIGURE_KIND_TOTAL_REVENUE), ==,
                   (gint64) 1435125 * JX_FEN_PER_WAN / 100);
  g_assert_cmpint (jx_checker_compute_amount (lanzhou, JX_STATED_FIGURE_KIND_EXECUTION_RATE), ==, JX_UNSET);

  /* No grade before the score is complete; nothing for no kind. */
  g_assert_false (lanzhou->complete);
  g_assert_null (jx_checker_compute_figure (lanzhou, JX_STATED_FIGURE_KIND_GRADE));
  g_assert_null (jx_checker_compute_figure (lanzhou, JX_STATED_FIGURE_KIND_NONE));

  g_clear_pointer (&lanzhou, jx_year_score_free);
  g_clear_pointer (&shijiazhuang, jx_year_score_free);
  g_clear_pointer (&hengyang, jx_year_score_free);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

/* A year with one project, made to order. */
typedef struct {
  JxDepartmentYear *year;
  JxProject        *project;
  JxFundingRow     *funding;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->year = jx_department_year_new ();
  fixture->project = jx_project_new ();
  fixture->funding = jx_funding_row_new ();

  jx_department_year_set_year (fixture->year, 2021);
  jx_project_set_name (fixture->project, "测试项目");
  jx_funding_row_set_source (fixture->funding, JX_FUNDING_SOURCE_APPROPRIATION);
  jx_funding_row_set_adjusted (fixture->funding, 100000000);   /* 100 万元 */
  jx_funding_row_set_actual (fixture->funding, 90000000);      /* 90%, exactly */
  jx_record_append_child (JX_RECORD (fixture->project), "funding", JX_RECORD (fixture->funding));
  jx_record_append_child (JX_RECORD (fixture->year), "projects", JX_RECORD (fixture->project));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->funding);
  g_clear_object (&fixture->project);
  g_clear_object (&fixture->year);
}

static GPtrArray *
check_fixture (Fixture *fixture)
{
  g_autoptr(JxScoringProfile) profile = jx_scoring_profile_new_national ();
  g_autoptr(JxYearScore) score = jx_year_score_new (profile, fixture->year);

  return jx_checker_check_year (score, "测试局");
}

static JxIndicator *
add_indicator (Fixture    *fixture,
               const char *level1,
               const char *target,
               const char *actual,
               gint64      weight)
{
  g_autoptr(JxIndicator) indicator = jx_indicator_new ();

  jx_indicator_set_level1 (indicator, level1);
  jx_indicator_set_name (indicator, "指标");
  jx_indicator_set_comparator (indicator, JX_COMPARATOR_GE);
  jx_indicator_set_target_value (indicator, target);
  jx_indicator_set_actual_value (indicator, actual);
  jx_indicator_set_weight (indicator, weight);
  jx_record_append_child (JX_RECORD (fixture->project), "indicators", JX_RECORD (indicator));

  return indicator;
}

static void
test_execution_below_90_needs_reason (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GPtrArray) at_90 = check_fixture (fixture);
  g_autoptr(GPtrArray) below = NULL;
  g_autoptr(GPtrArray) explained = NULL;

  g_assert_null (find (at_90, "low-execution-without-reason", "测试项目", NULL));

  jx_funding_row_set_actual (fixture->funding, 89990000);   /* 89.99% */
  below = check_fixture (fixture);
  g_assert_nonnull (find (below, "low-execution-without-reason", "测试项目", "deviation_reason"));

  jx_project_set_deviation_reason (fixture->project, "项目按进度拨付");
  explained = check_fixture (fixture);
  g_assert_null (find (explained, "low-execution-without-reason", "测试项目", NULL));
}

static void
test_over_budget_needs_reason (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;

  jx_funding_row_set_actual (fixture->funding, 100000100);
  findings = check_fixture (fixture);
  g_assert_nonnull (find (findings, "over-budget-without-reason", "测试项目", NULL));
}

static void
test_weights_add_up_to_parents (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(JxCategoryWeight) output = jx_category_weight_new ();
  g_autoptr(GPtrArray) findings = NULL;
  JxFinding *finding;

  /* 产出 60 for this project, but its indicators weigh 30 + 20. */
  jx_category_weight_set_level1 (output, "产出指标");
  jx_category_weight_set_weight (output, 6000);
  jx_record_append_child (JX_RECORD (fixture->project), "category_weights", JX_RECORD (output));
  add_indicator (fixture, "产出指标", "10", "10", 3000);
  add_indicator (fixture, "产出指标", "10", "10", 2000);
  add_indicator (fixture, "效益指标", "10", "10", 3000);
  add_indicator (fixture, "满意度指标", "90", "95", 1000);

  findings = check_fixture (fixture);
  finding = find (findings, "weights", "测试项目", "category_weights[产出指标]");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->stated, ==, "60");
  g_assert_cmpstr (finding->computed, ==, "50");
  /* Shown at the weight the project gives 产出. */
  g_assert_true (finding->subject == JX_RECORD (output));

  /* And 10 + 60 + 30 + 10 is not 100. */
  finding = find (findings, "weights", "测试项目", "category_weights");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->computed, ==, "110");
  g_assert_true (finding->subject == JX_RECORD (fixture->project));
}

static void
test_weights_that_fit_pass (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;

  add_indicator (fixture, "产出指标", "10", "10", 3000);
  add_indicator (fixture, "产出指标", "10", "10", 2000);
  add_indicator (fixture, "效益指标", "10", "10", 3000);
  add_indicator (fixture, "满意度指标", "90", "95", 1000);

  findings = check_fixture (fixture);
  g_assert_null (find (findings, "weights", "测试项目", NULL));
}

static void
test_stated_score_and_grade (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;
  JxFinding *finding;

  /* 9 + 50 + 30 × 0.5 + 10 = 84 → 良 */
  add_indicator (fixture, "产出指标", "10", "10", 5000);
  add_indicator (fixture, "效益指标", "10", "5", 3000);
  add_indicator (fixture, "满意度指标", "90", "95", 1000);
  jx_indicator_set_deviation_reason (g_ptr_array_index (jx_project_get_indicators (fixture->project), 1), "受疫情影响");
  jx_project_set_stated_score (fixture->project, 9000);
  jx_project_set_stated_grade (fixture->project, "良");

  findings = check_fixture (fixture);
  finding = find (findings, "stated-score", "测试项目", "stated_score");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->stated, ==, "90");
  g_assert_cmpstr (finding->computed, ==, "84");
  /* 90 is 优, not 良, whatever was computed. */
  finding = find (findings, "stated-grade", "测试项目", "stated_grade");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->computed, ==, "优");
  g_clear_pointer (&findings, g_ptr_array_unref);

  jx_project_set_stated_score (fixture->project, 8400);
  findings = check_fixture (fixture);
  g_assert_null (find (findings, "stated-score", "测试项目", NULL));
  g_assert_null (find (findings, "stated-grade", "测试项目", NULL));
}

static void
test_override_needs_reason_and_band (Fixture       *fixture,
                                     gconstpointer  data)
{
  JxIndicator *quantity = add_indicator (fixture, "产出指标", "4", "1", 5000);
  g_autoptr(JxIndicator) quality = jx_indicator_new ();
  g_autoptr(GPtrArray) findings = NULL;
  JxFinding *finding;

  jx_indicator_set_deviation_reason (quantity, "受疫情影响");
  jx_indicator_set_score_override (quantity, 4000);

  jx_indicator_set_level1 (quality, "效益指标");
  jx_indicator_set_name (quality, "营商环境");
  jx_indicator_set_comparator (quality, JX_COMPARATOR_QUALITATIVE);
  jx_indicator_set_target_text (quality, "显著改善");
  jx_indicator_set_weight (quality, 3000);
  jx_indicator_set_assessment (quality, JX_ASSESSMENT_PARTLY_ACHIEVED);
  jx_indicator_set_score_override (quality, 2500);   /* 部分达成 is [18, 24) of 30 */
  jx_record_append_child (JX_RECORD (fixture->project), "indicators", JX_RECORD (quality));

  findings = check_fixture (fixture);
  g_assert_nonnull (find (findings, "override-reason", "测试项目", "indicators[0]"));
  finding = find (findings, "assessment-band", "测试项目", "indicators[1]");
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->message, "from 18 to below 24"));
}

static void
test_allocation_total (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct { const char *recipient; gint64 amount; } lines[] = {
    { "市本级", 656000000 }, { "珠晖区", 105000000 }, { "雁峰区", 120000000 },
  };
  g_autoptr(GPtrArray) findings = NULL;
  JxFinding *finding;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(JxAllocationLine) line = jx_allocation_line_new ();

      jx_allocation_line_set_recipient (line, lines[i].recipient);
      jx_allocation_line_set_amount (line, lines[i].amount);
      jx_record_append_child (JX_RECORD (fixture->project), "allocations", JX_RECORD (line));
    }
  jx_project_set_stated_allocation_total (fixture->project, 881000000);   /* 881, the lines give 881 */
  findings = check_fixture (fixture);
  g_assert_null (find (findings, "stated-total", "测试项目", "stated_allocation_total"));
  g_clear_pointer (&findings, g_ptr_array_unref);

  jx_project_set_stated_allocation_total (fixture->project, 891000000);
  findings = check_fixture (fixture);
  finding = find (findings, "stated-total", "测试项目", "stated_allocation_total");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->computed, ==, "881");
}

static void
test_year_parts_add_up (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;
  JxFinding *finding;

  /* Seed 002: 16324.97 = 1684.14 + 14640.83; make it 16324.79. */
  jx_department_year_set_initial_total (fixture->year, G_GINT64_CONSTANT (16324790000));
  jx_department_year_set_initial_basic (fixture->year, G_GINT64_CONSTANT (1684140000));
  jx_department_year_set_initial_project (fixture->year, G_GINT64_CONSTANT (14640830000));

  findings = check_fixture (fixture);
  finding = find (findings, "parts", "测试局 2021", "initial_total");
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->computed, ==, "16324.97");
}

/* Each finding refers to the record it is about, for the window to show
 * it there. */
static void
test_findings_name_their_subject (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  const char *names[] = { "兰州新区科技局", "石家庄高新区科技局" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JxDepartment) department = jx_store_find_department (store, names[n], &error);
      g_autoptr(JxScoringProfile) profile = NULL;
      g_autoptr(JxYearScore) score = NULL;
      g_autoptr(GPtrArray) findings = NULL;
      JxDepartmentYear *year;
      JxFinding *finding;

      g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
      year = g_ptr_array_index (jx_department_get_years (department), 0);
      profile = jx_year_score_load_profile (store, year, &error);
      g_assert_no_error (error);
      score = jx_year_score_new (profile, year);
      findings = jx_checker_check_year (score, names[n]);

      for (guint i = 0; i < findings->len; i++)
        g_assert_nonnull (((JxFinding *) g_ptr_array_index (findings, i))->subject);

      if (n == 0)
        {
          /* 总收入 14361.25: a figure of the year. */
          finding = find (findings, "stated-total", "兰州新区科技局 2020", "stated_figures[total-revenue]");
          g_assert_nonnull (finding);
          g_assert_true (finding->subject == JX_RECORD (year));
        }
      else
        {
          GPtrArray *projects = jx_department_year_get_projects (year);
          JxProject *project = NULL;

          for (guint i = 0; i < projects->len; i++)
            if (g_str_equal (jx_project_get_name (g_ptr_array_index (projects, i)), "创新型孵化器建设扶持资金项目"))
              project = g_ptr_array_index (projects, i);
          g_assert_nonnull (project);

          /* 港澳台 4 → 0: the indicator itself. */
          finding = find (findings, "unmet-without-reason", "创新型孵化器建设扶持资金项目", "indicators[1]");
          g_assert_nonnull (finding);
          g_assert_true (finding->subject == g_ptr_array_index (jx_project_get_indicators (project), 1));
        }

      /* The subject outlives the records' owner. */
      g_clear_pointer (&score, jx_year_score_free);
      g_clear_object (&department);
      g_assert_true (JX_IS_RECORD (((JxFinding *) g_ptr_array_index (findings, 0))->subject));
    }

  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

#define ADD_FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/checker/finds-the-slips-of-seed-001", test_finds_the_slips_of_seed_001);
  g_test_add_func ("/checker/other-seeds-add-up", test_other_seeds_add_up);
  g_test_add_func ("/checker/findings-name-their-subject", test_findings_name_their_subject);
  g_test_add_func ("/checker/computes-stated-figures", test_computes_stated_figures);
  ADD_FIXTURE_TEST ("/checker/execution-below-90-needs-reason", test_execution_below_90_needs_reason);
  ADD_FIXTURE_TEST ("/checker/over-budget-needs-reason", test_over_budget_needs_reason);
  ADD_FIXTURE_TEST ("/checker/weights-add-up-to-parents", test_weights_add_up_to_parents);
  ADD_FIXTURE_TEST ("/checker/weights-that-fit-pass", test_weights_that_fit_pass);
  ADD_FIXTURE_TEST ("/checker/stated-score-and-grade", test_stated_score_and_grade);
  ADD_FIXTURE_TEST ("/checker/override-needs-reason-and-band", test_override_needs_reason_and_band);
  ADD_FIXTURE_TEST ("/checker/allocation-total", test_allocation_total);
  ADD_FIXTURE_TEST ("/checker/year-parts-add-up", test_year_parts_add_up);

  return g_test_run ();
}
