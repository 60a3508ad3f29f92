/* test-record.c: records hold typed fields and own their children
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "test-utils.h"

static void
test_field_keys_are_columns (void)
{
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (year), "initial-basic");

  g_assert_nonnull (pspec);
  g_assert_cmpstr (jx_field_get_key (pspec), ==, "initial_basic");
  g_assert_cmpint (jx_field_get_kind (pspec), ==, JX_FIELD_MONEY);
  g_assert_false (jx_field_is_required (pspec));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (year), "year");
  g_assert_true (jx_field_is_required (pspec));
  g_assert_cmpint (jx_field_get_kind (pspec), ==, JX_FIELD_INTEGER);
}

/* What a field editor shows: the value as the user types it, and what
 * the user reads in messages about it. */
static void
assert_field_text (gpointer    record,
                   const char *property,
                   const char *expected)
{
  g_autofree char *text = jx_record_dup_field_text (JX_RECORD (record), property);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_field_text_and_label (void)
{
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();
  g_autoptr(JxIndicator) indicator = jx_indicator_new ();
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (year), "initial-total");

  assert_field_text (year, "initial-total", "");
  jx_department_year_set_initial_total (year, 6815307 * G_GINT64_CONSTANT (100));   /* 681.5307 万元 */
  assert_field_text (year, "initial-total", "681.5307");
  jx_department_year_set_year (year, 2020);
  assert_field_text (year, "year", "2020");
  jx_indicator_set_name (indicator, "认定高新技术企业数量");
  assert_field_text (indicator, "name", "认定高新技术企业数量");

  g_assert_cmpstr (jx_field_get_label (pspec), ==, "initial budget");
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (indicator), "deviation-reason");
  g_assert_cmpstr (jx_field_get_label (pspec), ==, "deviation reason");
}

/* Every field of every record has a label of its own: messages never
 * show a property name ("level1"). */
static void
test_every_field_has_a_label (void)
{
  GType types[] = {
    JX_TYPE_DEPARTMENT, JX_TYPE_DEPARTMENT_YEAR, JX_TYPE_PROJECT, JX_TYPE_INDICATOR,
    JX_TYPE_FUNDING_ROW, JX_TYPE_ALLOCATION_LINE, JX_TYPE_BUDGET_LINE, JX_TYPE_STATED_FIGURE,
    JX_TYPE_CATEGORY_WEIGHT, JX_TYPE_SCORING_PROFILE,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (types[i]);
      guint n_fields;
      GParamSpec **fields = jx_record_class_get_fields (JX_RECORD_CLASS (klass), &n_fields);

      for (guint j = 0; j < n_fields; j++)
        {
          const char *name = g_param_spec_get_name (fields[j]);

          /* A label may be the name itself ("year") but never a name of
           * several words or with a digit, as a property's is. */
          if (g_str_equal (jx_field_get_label (fields[j]), name) && strpbrk (name, "-0123456789") != NULL)
            g_error ("%s.%s has no label", g_type_name (types[i]), name);
        }
    }
}

static void
test_new_record_is_empty (void)
{
  g_autoptr(JxProject) project = jx_project_new ();

  g_assert_null (jx_project_get_name (project));
  g_assert_cmpint (jx_project_get_stated_score (project), ==, JX_UNSET);
  g_assert_cmpint (jx_project_get_kind (project), ==, JX_PROJECT_KIND_NONE);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (project)), ==, 0);
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 0);
}

static GParamSpec *
find_field (gpointer    object,
            const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);

  g_assert_nonnull (pspec);
  return pspec;
}

typedef struct {
  const char *property;
  const char *text;
  const char *stored;     /* as jx_field_value_to_text() gives it back */
} TextCase;

static void
test_values_from_text (void)
{
  static const TextCase cases[] = {
    { "stated-allocation-total", "2201", "2201" },
    { "stated-allocation-total", "681.5307", "681.5307" },
    { "stated-allocation-total", "２，２０１", "2201" },
    { "stated-score", "92.5", "92.5" },
    { "stated-score", "  ", NULL },
    { "stated-execution-rate", "87.0", "87.0" },
    { "kind", "transfer", "transfer" },
    { "transfer-source", "provincial", "provincial" },
    { "kind", "", NULL },
    { "name", "车辆租赁费", "车辆租赁费" },
  };
  g_autoptr(JxProject) project = jx_project_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GParamSpec *pspec = find_field (project, cases[i].property);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) error = NULL;
      g_autofree char *stored = NULL;

      g_value_init (&value, pspec->value_type);
      g_assert_true (jx_field_value_from_text (pspec, cases[i].text, &value, &error));
      g_assert_no_error (error);
      stored = jx_field_value_to_text (pspec, &value);
      g_assert_cmpstr (stored, ==, cases[i].stored);
    }
}

static void
test_bad_text_is_refused_with_reason (void)
{
  static const struct { const char *property; const char *text; const char *reason; } cases[] = {
    { "stated-allocation-total", "两千", "is not a number" },
    { "stated-allocation-total", "139,26.31", "misplaced" },
    { "stated-score", "92.555", "more than 2 decimals" },
    { "kind", "local-ish", "local, transfer, special" },
  };
  g_autoptr(JxProject) project = jx_project_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GParamSpec *pspec = find_field (project, cases[i].property);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GError) error = NULL;

      g_value_init (&value, pspec->value_type);
      g_assert_false (jx_field_value_from_text (pspec, cases[i].text, &value, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].reason));
    }
}

static void
test_integer_range (void)
{
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();
  GParamSpec *pspec = find_field (year, "year");
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_value_init (&value, G_TYPE_INT64);
  g_assert_true (jx_field_value_from_text (pspec, "２０２１", &value, NULL));
  g_assert_cmpint (g_value_get_int64 (&value), ==, 2021);
  g_assert_false (jx_field_value_from_text (pspec, "1900", &value, &error));
  g_assert_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (jx_field_value_from_text (pspec, "2021.5", &value, &error));
  g_assert_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_TOO_PRECISE);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_notify_only_on_change (void)
{
  g_autoptr(JxIndicator) indicator = jx_indicator_new ();
  guint count = 0;

  g_signal_connect (indicator, "notify::target-text", G_CALLBACK (count_notify), &count);

  jx_indicator_set_target_text (indicator, "≥90%");
  g_assert_cmpuint (count, ==, 1);
  jx_indicator_set_target_text (indicator, "≥90%");
  g_assert_cmpuint (count, ==, 1);
  g_object_set (indicator, "target-text", "不低于90%", NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpstr (jx_indicator_get_target_text (indicator), ==, "不低于90%");
}

static JxProject *
make_project (void)
{
  JxProject *project = jx_project_new ();
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();
  g_autoptr(JxIndicator) indicator = jx_indicator_new ();

  jx_project_set_name (project, "车辆租赁费");
  jx_funding_row_set_source (row, JX_FUNDING_SOURCE_APPROPRIATION);
  jx_funding_row_set_adjusted (row, 3880000);
  jx_funding_row_set_arrived (row, 3880000);
  jx_funding_row_set_actual (row, 3390000);
  jx_record_append_child (JX_RECORD (project), "funding", JX_RECORD (row));

  jx_indicator_set_level1 (indicator, "产出指标");
  jx_indicator_set_name (indicator, "车辆租赁次数");
  jx_record_append_child (JX_RECORD (project), "indicators", JX_RECORD (indicator));

  return project;
}

static void
test_copy_is_deep_and_equal (void)
{
  g_autoptr(JxProject) project = make_project ();
  g_autoptr(JxRecord) copy = jx_record_copy (JX_RECORD (project));
  JxFundingRow *copied_row;

  g_assert_true (jx_record_equal (JX_RECORD (project), copy));

  copied_row = g_ptr_array_index (jx_project_get_funding (JX_PROJECT (copy)), 0);
  g_assert_true (copied_row != g_ptr_array_index (jx_project_get_funding (project), 0));

  jx_funding_row_set_actual (copied_row, 3880000);
  g_assert_false (jx_record_equal (JX_RECORD (project), copy));
}

static void
test_project_totals_sum_funding_rows (void)
{
  g_autoptr(JxProject) project = make_project ();
  g_autoptr(JxFundingRow) carried = jx_funding_row_new ();

  g_assert_cmpint (jx_project_get_budget (project), ==, 3880000);
  g_assert_cmpint (jx_project_get_actual (project), ==, 3390000);
  g_assert_cmpint (jx_project_get_initial_budget (project), ==, JX_UNSET);

  jx_funding_row_set_source (carried, JX_FUNDING_SOURCE_CARRIED_OVER);
  jx_funding_row_set_adjusted (carried, 120000);
  jx_funding_row_set_initial (carried, 100000);
  jx_record_append_child (JX_RECORD (project), "funding", JX_RECORD (carried));

  g_assert_cmpint (jx_project_get_budget (project), ==, 4000000);
  g_assert_cmpint (jx_project_get_arrived (project), ==, 3880000);
  g_assert_cmpint (jx_project_get_initial_budget (project), ==, 100000);
}

static void
test_department_year_total_needs_both_parts (void)
{
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();

  /* Seed 001: 年初预算 317.06 基本 + 6555.25 项目 = 6872.31 */
  jx_department_year_set_initial_basic (year, 317060000);
  g_assert_cmpint (jx_department_year_get_initial_budget (year), ==, JX_UNSET);
  jx_department_year_set_initial_project (year, G_GINT64_CONSTANT (6555250000));
  g_assert_cmpint (jx_department_year_get_initial_budget (year), ==, G_GINT64_CONSTANT (6872310000));

  /* An entered total wins: seed 003 gives only totals. */
  jx_department_year_set_initial_total (year, G_GINT64_CONSTANT (39732000000));
  g_assert_cmpint (jx_department_year_get_initial_budget (year), ==, G_GINT64_CONSTANT (39732000000));
  g_assert_cmpint (jx_department_year_get_actual (year), ==, JX_UNSET);
}

static void
test_rate_base_falls_back_to_initial_budget (void)
{
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();

  g_assert_cmpint (jx_department_year_get_rate_base (year), ==, JX_UNSET);
  jx_department_year_set_initial_total (year, G_GINT64_CONSTANT (6872310000));
  g_assert_cmpint (jx_department_year_get_rate_base (year), ==, G_GINT64_CONSTANT (6872310000));
  jx_department_year_set_adjusted_total (year, G_GINT64_CONSTANT (14361250000));
  g_assert_cmpint (jx_department_year_get_rate_base (year), ==, G_GINT64_CONSTANT (14361250000));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/field-keys-are-columns", test_field_keys_are_columns);
  g_test_add_func ("/record/new-record-is-empty", test_new_record_is_empty);
  g_test_add_func ("/record/field-text-and-label", test_field_text_and_label);
  g_test_add_func ("/record/every-field-has-a-label", test_every_field_has_a_label);
  g_test_add_func ("/record/values-from-text", test_values_from_text);
  g_test_add_func ("/record/bad-text-is-refused-with-reason", test_bad_text_is_refused_with_reason);
  g_test_add_func ("/record/integer-range", test_integer_range);
  g_test_add_func ("/record/notify-only-on-change", test_notify_only_on_change);
  g_test_add_func ("/record/copy-is-deep-and-equal", test_copy_is_deep_and_equal);
  g_test_add_func ("/record/project-totals-sum-funding-rows", test_project_totals_sum_funding_rows);
  g_test_add_func ("/record/department-year-total-needs-both-parts", test_department_year_total_needs_both_parts);

  g_test_add_func ("/record/rate-base-falls-back-to-initial-budget", test_rate_base_falls_back_to_initial_budget);

  return g_test_run ();
}
