/* test-department-pane.c: the department pane, under a virtual display
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With JX_TEST_SCREENSHOT_DIR set, the tests also save what the pane
 * shows as PNGs there, to be looked at.
 */
#include <adwaita.h>

#include "jx-department-pane.h"
#include "jx-field-row.h"
#include "jx-text-field.h"
#include "test-gtk-utils.h"
#include "test-utils.h"

typedef struct
{
  JxTestSamples     samples;
  JxDepartmentPane *pane;
} Fixture;

static GtkWidget *
template_child (Fixture    *fixture,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->pane), JX_TYPE_DEPARTMENT_PANE, name);

  g_assert_true (GTK_IS_WIDGET (child));
  return GTK_WIDGET (child);
}

static JxFieldRow *
find_field_row (GtkWidget  *under,
                const char *property)
{
  g_autoptr(GPtrArray) rows = jx_test_list_descendants (under, JX_TYPE_FIELD_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (jx_field_row_get_property_name (g_ptr_array_index (rows, i)), property) == 0)
      return g_ptr_array_index (rows, i);

  g_error ("No field row shows %s", property);
}

static JxTextField *
find_text_field (GtkWidget  *under,
                 const char *property)
{
  g_autoptr(GPtrArray) fields = jx_test_list_descendants (under, JX_TYPE_TEXT_FIELD);

  for (guint i = 0; i < fields->len; i++)
    if (g_strcmp0 (jx_text_field_get_property_name (g_ptr_array_index (fields, i)), property) == 0)
      return g_ptr_array_index (fields, i);

  g_error ("No text field shows %s", property);
}

static const char *
label_text (GtkWidget  *under,
            const char *name)
{
  GtkWidget *label = jx_test_find_named (under, name, NULL, NULL);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The button under @under with that icon, or whose label says @label. */
static GtkWidget *
find_button (GtkWidget  *under,
             const char *icon_name,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = jx_test_list_descendants (under, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkButton *button = g_ptr_array_index (buttons, i);

      if (icon_name != NULL && g_strcmp0 (gtk_button_get_icon_name (button), icon_name) == 0)
        return GTK_WIDGET (button);
      if (label != NULL && gtk_button_get_label (button) != NULL && strstr (gtk_button_get_label (button), label) != NULL)
        return GTK_WIDGET (button);
    }

  return NULL;
}

static void
click (gpointer button)
{
  g_signal_emit_by_name (button, "clicked");
  jx_test_wait_for_frames ();
}

/* Typed into @row and applied, as Enter does. */
static void
type_into_row (JxFieldRow *row,
               const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  jx_test_wait_for_frames ();
}

/* The titles and subtitles of the rows under @under, and the text of its
 * labels, one per line. */
static char *
dup_shown_text (GtkWidget *under)
{
  g_autoptr(GPtrArray) widgets = jx_test_list_descendants (under, G_TYPE_NONE);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);

      if (!gtk_widget_is_visible (widget))
        continue;
      if (GTK_IS_LABEL (widget))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
      else if (GTK_IS_EDITABLE (widget) && !GTK_IS_TEXT (widget))
        g_string_append_printf (text, "%s\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
    }

  return g_string_free (text, FALSE);
}

static void
assert_shows (GtkWidget  *under,
              const char *expected)
{
  g_autofree char *shown = dup_shown_text (under);

  if (strstr (shown, expected) == NULL)
    g_error ("“%s” is not shown; the pane shows:\n%s", expected, shown);
}

/* Without a window manager the window may never become active, and then
 * GTK reports no focus changes: this reports that @widget lost it. */
static void
report_focus_left (GtkWidget *widget)
{
  g_signal_emit_by_name (jx_test_find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_FOCUS), "leave");
}

static void
undo_last_edit (Fixture *fixture)
{
  jx_test_undo (jx_workspace_get_history (fixture->samples.workspace));
}

static JxDepartmentYear *
select_year (Fixture    *fixture,
             const char *name,
             gint64      number)
{
  return jx_test_select_year (fixture->samples.workspace, name, number);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  jx_test_samples_set_up (&fixture->samples);
  fixture->pane = JX_DEPARTMENT_PANE (jx_department_pane_new ());
  jx_department_pane_set_workspace (fixture->pane, fixture->samples.workspace);
  fixture->samples.window = jx_test_present_in_window (GTK_WIDGET (fixture->pane), 1000, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  jx_test_samples_tear_down (&fixture->samples);
}

static void
record_activated_cb (JxWorkspace *workspace,
                     JxRecord    *record,
                     JxRecord   **activated)
{
  *activated = record;
}

/* A year of many indicators may have hundreds of findings: the first 50
 * are rows, the others are made when their expander is opened. */
static void
test_many_findings_are_folded (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *findings_group = template_child (fixture, "findings_group");
  g_autoptr(JxProject) project = jx_project_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) expanders = NULL;
  g_autoptr(GError) error = NULL;
  JxDepartmentYear *year = select_year (fixture, "石家庄高新区科技局", 2021);
  AdwExpanderRow *more = NULL;
  guint n_warnings;
  guint n_errors;

  /* 80 indicators that missed their targets without a deviation reason. */
  jx_project_set_name (project, "多指标项目");
  for (guint i = 0; i < 80; i++)
    {
      g_autoptr(JxIndicator) indicator = jx_indicator_new ();
      g_autofree char *name = g_strdup_printf ("指标%u", i + 1);

      jx_indicator_set_level1 (indicator, "产出指标");
      jx_indicator_set_name (indicator, name);
      jx_indicator_set_comparator (indicator, JX_COMPARATOR_GE);
      jx_indicator_set_target_value (indicator, "10");
      jx_indicator_set_actual_value (indicator, "5");
      jx_record_append_child (JX_RECORD (project), "indicators", JX_RECORD (indicator));
    }
  g_assert_true (jx_history_insert (jx_workspace_get_history (fixture->samples.workspace), JX_RECORD (year),
                                    "projects", 0, JX_RECORD (project), &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();

  n_warnings = jx_checker_count (jx_workspace_get_findings (fixture->samples.workspace), JX_SEVERITY_WARNING);
  n_errors = jx_checker_count (jx_workspace_get_findings (fixture->samples.workspace), JX_SEVERITY_ERROR);
  g_assert_cmpuint (n_warnings, >, 80);

  /* 50 rows of errors and warnings, one expander for the rest, one for
   * the notes (an expander's header is an action row too). */
  expanders = jx_test_list_descendants (findings_group, ADW_TYPE_EXPANDER_ROW);
  for (guint i = 0; i < expanders->len; i++)
    if (g_str_has_suffix (adw_preferences_row_get_title (g_ptr_array_index (expanders, i)), "more findings"))
      more = g_ptr_array_index (expanders, i);
  g_assert_nonnull (more);
  rows = jx_test_list_descendants (findings_group, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, 50 + expanders->len);
  g_assert_cmpuint (n_errors + n_warnings - 50, ==,
                    g_ascii_strtoull (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (more)), NULL, 10));

  /* Opened, every finding is a row. */
  adw_expander_row_set_expanded (more, TRUE);
  jx_test_wait_for_frames ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = jx_test_list_descendants (findings_group, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, ==, n_errors + n_warnings + expanders->len);
}

/* Seed 001: 总收入 stated as 14361.25 while its sources add up to
 * 14351.25, and 项目支出 written "139,26.31". */
static void
test_lanzhou_slips_are_findings (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *findings_group = template_child (fixture, "findings_group");
  GtkWidget *stated_group = template_child (fixture, "stated_group");
  g_autoptr(GPtrArray) rows = NULL;
  JxDepartmentYear *year;
  JxRecord *activated = NULL;
  AdwActionRow *income_row = NULL;
  AdwActionRow *separator_row = NULL;
  JxFieldRow *written = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (template_child (fixture, "stack"))), ==, "empty");

  year = select_year (fixture, "兰州新区科技局", 2020);
  g_assert_true (gtk_widget_get_visible (findings_group));

  rows = jx_test_list_descendants (findings_group, ADW_TYPE_ACTION_ROW);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      AdwActionRow *row = g_ptr_array_index (rows, i);
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      if (strstr (title, "14361.25") != NULL && strstr (title, "14351.25") != NULL)
        income_row = row;
      if (strstr (title, "139,26.31") != NULL)
        separator_row = row;
    }
  g_assert_nonnull (income_row);
  g_assert_nonnull (separator_row);

  /* The three errors come first, before the notes. */
  {
    guint income_position, separator_position;

    g_assert_true (g_ptr_array_find (rows, income_row, &income_position));
    g_assert_true (g_ptr_array_find (rows, separator_row, &separator_position));
    g_assert_cmpuint (income_position, <, 3);
    g_assert_cmpuint (separator_position, <, 3);
    g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (findings_group)),
                                     "3 errors, "));
  }

  /* The stated figure shows as written, with the finding beside it. */
  {
    g_autoptr(GPtrArray) field_rows = jx_test_list_descendants (stated_group, JX_TYPE_FIELD_ROW);

    for (guint i = 0; i < field_rows->len; i++)
      {
        JxFieldRow *row = g_ptr_array_index (field_rows, i);

        if (g_strcmp0 (jx_field_row_get_property_name (row), "written") == 0 &&
            g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), "139,26.31") == 0)
          written = row;
      }
  }
  g_assert_nonnull (written);
  /* The message is in view, not only in a tooltip. */
  assert_shows (stated_group, "Stated 139,26.31 · Computed 13,926.31");
  {
    g_autofree char *shown = dup_shown_text (stated_group);

    g_assert_nonnull (strstr (shown, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (separator_row))));
  }

  /* Totals beside the stated ones. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (fixture, "execution_rate_label"))), ==, "208.87%");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (template_child (fixture, "grade_row"))), ==,
                   "Stated in the report: 优");

  /* Activating a finding asks the window to show its record. */
  g_signal_connect (fixture->samples.workspace, "record-activated", G_CALLBACK (record_activated_cb), &activated);
  g_signal_emit_by_name (income_row, "activated");
  g_assert_true (activated == JX_RECORD (year));

  jx_test_save_screenshot (fixture->samples.window, "department-lanzhou-2020.png");
}

/* Seeds 002 and 004: the figures as the reports state them. */
static void
test_seed_figures_show (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  GtkWidget *three_public_group = template_child (fixture, "three_public_group");
  JxFieldRow *row;

  /* 衡阳: 基本支出 1330.98, 三公 7.96 = 5.72 + 2.24 + 0. */
  select_year (fixture, "衡阳市科学技术局", 2021);
  row = find_field_row (pane, "actual-basic");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "1330.98");
  g_assert_cmpstr (label_text (three_public_group, "three-public-sum"), ==, "Budget — · Actual 7.96");
  assert_shows (three_public_group, "公车运行维护费");
  assert_shows (three_public_group, "Budget — · Actual 5.72");
  assert_shows (three_public_group, "Budget — · Actual 2.24");
  assert_shows (three_public_group, "Budget — · Actual 0");
  assert_shows (template_child (fixture, "stated_group"), "Stated 7.96 · Computed 7.96");
  assert_shows (template_child (fixture, "department_group"), "116");
  jx_test_save_screenshot (fixture->samples.window, "department-hengyang-2021.png");

  /* 新乡: 16324.97 = 1684.14 + 14640.83, the total not entered. */
  select_year (fixture, "新乡市科学技术局", 2021);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_field_row (pane, "initial-basic"))), ==, "1684.14");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_field_row (pane, "initial-project"))), ==, "14640.83");
  row = find_field_row (pane, "initial-total");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  assert_shows (GTK_WIDGET (row), "= 16,324.97");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (fixture, "rate_base_label"))), ==, "16,324.97");
  assert_shows (template_child (fixture, "stated_group"), "Stated 16324.97 · Computed 16,324.97");
  jx_test_save_screenshot (fixture->samples.window, "department-xinxiang-2021.png");
}

/* An amount typed into the budget grid is saved, rescored and undone. */
static void
test_budget_edit_saves_and_undoes (Fixture       *fixture,
                                   gconstpointer  data)
{
  GtkLabel *rate = GTK_LABEL (template_child (fixture, "execution_rate_label"));
  JxDepartmentYear *year;
  JxFieldRow *row;

  year = select_year (fixture, "兰州新区科技局", 2020);
  /* No adjusted budget: 14353.92 spent against the 6872.31 initial one. */
  g_assert_cmpstr (gtk_label_get_text (rate), ==, "208.87%");

  row = find_field_row (GTK_WIDGET (fixture->pane), "adjusted-total");
  type_into_row (row, "15000");

  g_assert_null (jx_field_row_get_problem (row));
  g_assert_cmpint (jx_department_year_get_adjusted_total (year), ==, 15000 * JX_FEN_PER_WAN);
  g_assert_cmpstr (gtk_label_get_text (rate), ==, "95.69%");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (fixture, "rate_base_label"))), ==, "15,000.00");
  {
    g_autoptr(JxDepartmentYear) stored = jx_test_read_year (fixture->samples.store, "兰州新区科技局", 2020);

    g_assert_cmpint (jx_department_year_get_adjusted_total (stored), ==, 15000 * JX_FEN_PER_WAN);
  }

  undo_last_edit (fixture);

  g_assert_cmpint (jx_department_year_get_adjusted_total (year), ==, JX_UNSET);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_cmpstr (gtk_label_get_text (rate), ==, "208.87%");
  {
    g_autoptr(JxDepartmentYear) stored = jx_test_read_year (fixture->samples.store, "兰州新区科技局", 2020);

    g_assert_cmpint (jx_department_year_get_adjusted_total (stored), ==, JX_UNSET);
  }
}

/* Tab goes through the budget grid field by field, a stage at a time. */
static void
test_budget_grid_keyboard (Fixture       *fixture,
                           gconstpointer  data)
{
  static const char * const expected[] = {
    "initial-total", "initial-basic", "initial-personnel", "initial-public", "initial-project",
    "adjusted-total", "adjusted-basic", "adjusted-personnel", "adjusted-public", "adjusted-project",
    "actual-total",
  };
  GtkWidget *window = fixture->samples.window;
  g_autoptr(GPtrArray) visited = g_ptr_array_new ();

  select_year (fixture, "新乡市科学技术局", 2021);
  gtk_widget_grab_focus (GTK_WIDGET (find_field_row (GTK_WIDGET (fixture->pane), "initial-total")));

  for (guint steps = 0; visited->len < G_N_ELEMENTS (expected) && steps < 100; steps++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
      GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, JX_TYPE_FIELD_ROW) : NULL;
      const char *property = row != NULL ? jx_field_row_get_property_name (JX_FIELD_ROW (row)) : NULL;

      /* An entry row may hold more than one stop (its apply button). */
      if (property != NULL && (visited->len == 0 || g_strcmp0 (g_ptr_array_index (visited, visited->len - 1), property) != 0))
        g_ptr_array_add (visited, (gpointer) property);

      g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
    }

  g_assert_cmpuint (visited->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (visited, i), ==, expected[i]);

  /* Leave no focused text behind for the next test. */
  gtk_root_set_focus (GTK_ROOT (window), NULL);
}

/* The year's scoring profile is chosen among those of the database, through
 * the history, and the year is scored by it. */
static void
test_profile_is_chosen (Fixture       *fixture,
                        gconstpointer  data)
{
  AdwComboRow *row = ADW_COMBO_ROW (template_child (fixture, "profile_row"));
  GListModel *names;
  JxDepartmentYear *year;
  guint provincial = GTK_INVALID_LIST_POSITION;

  year = select_year (fixture, "兰州新区科技局", 2020);
  names = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (names), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "省级 80/70/60") == 0)
      provincial = i;
  g_assert_cmpuint (provincial, !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), adw_combo_row_get_selected (row)), ==,
                   "全国通用");

  adw_combo_row_set_selected (row, provincial);
  jx_test_wait_for_frames ();
  g_assert_cmpstr (jx_department_year_get_profile (year), ==, "省级 80/70/60");
  g_assert_cmpstr (jx_scoring_profile_get_name (jx_workspace_get_profile (fixture->samples.workspace)), ==, "省级 80/70/60");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   jx_scoring_profile_get_description (jx_workspace_get_profile (fixture->samples.workspace)));

  undo_last_edit (fixture);
  g_assert_null (jx_department_year_get_profile (year));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), adw_combo_row_get_selected (row)), ==,
                   "全国通用");
}

/* A stated figure added is one the report has not stated yet, and is one
 * step of undo. */
static void
test_stated_figure_add_and_undo (Fixture       *fixture,
                                 gconstpointer  data)
{
  GtkWidget *stated_group = template_child (fixture, "stated_group");
  g_autoptr(GPtrArray) rows = NULL;
  JxDepartmentYear *year;
  GPtrArray *figures;
  JxStatedFigure *added;

  /* 新乡 states the initial budget, 基本支出 and 项目支出: the full-year
   * budget comes next, written as the data give it until edited. */
  year = select_year (fixture, "新乡市科学技术局", 2021);
  figures = jx_department_year_get_stated_figures (year);
  g_assert_cmpuint (figures->len, ==, 3);

  click (template_child (fixture, "stated_add_button"));

  g_assert_cmpuint (figures->len, ==, 4);
  added = g_ptr_array_index (figures, 3);
  g_assert_cmpint (jx_stated_figure_get_figure (added), ==, JX_STATED_FIGURE_KIND_TOTAL_BUDGET);
  g_assert_cmpstr (jx_stated_figure_get_written (added), ==, "16324.97");
  rows = jx_test_list_descendants (stated_group, ADW_TYPE_EXPANDER_ROW);
  g_assert_cmpuint (rows->len, ==, 4);
  g_assert_true (adw_expander_row_get_expanded (g_ptr_array_index (rows, 3)));
  assert_shows (stated_group, "Stated 16324.97 · Computed 16,324.97");

  undo_last_edit (fixture);
  g_assert_cmpuint (figures->len, ==, 3);
  g_assert_cmpuint (jx_test_count_descendants (stated_group, ADW_TYPE_EXPANDER_ROW), ==, 3);
}

/* What was typed but not yet saved goes to the year it was typed for
 * when another year is selected. */
static void
test_typed_text_is_saved_on_switch (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *pane = GTK_WIDGET (fixture->pane);
  JxDepartmentYear *lanzhou;
  JxDepartmentYear *hengyang;
  JxFieldRow *row;
  JxTextField *field;

  lanzhou = select_year (fixture, "兰州新区科技局", 2020);
  field = find_text_field (pane, "problems");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (jx_text_field_get_view (field)), "资金拨付滞后。", -1);
  row = find_field_row (pane, "carry-over");
  gtk_widget_grab_focus (GTK_WIDGET (row));
  gtk_editable_set_text (GTK_EDITABLE (row), "8");
  g_assert_cmpint (jx_department_year_get_carry_over (lanzhou), ==, 7320000);

  hengyang = select_year (fixture, "衡阳市科学技术局", 2021);
  if (jx_department_year_get_carry_over (lanzhou) == 7320000)
    report_focus_left (GTK_WIDGET (row));

  g_assert_cmpint (jx_department_year_get_carry_over (lanzhou), ==, 8 * JX_FEN_PER_WAN);
  g_assert_cmpstr (jx_department_year_get_problems (lanzhou), ==, "资金拨付滞后。");
  g_assert_cmpint (jx_department_year_get_carry_over (hengyang), ==, JX_UNSET);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");
  g_assert_cmpstr (jx_department_year_get_problems (hengyang), !=, "资金拨付滞后。");
}

/* Text that is not an amount is kept, marked, and not saved. */
static void
test_invalid_amount_is_marked (Fixture       *fixture,
                               gconstpointer  data)
{
  JxDepartmentYear *year;
  JxFieldRow *row;

  year = select_year (fixture, "兰州新区科技局", 2020);
  row = find_field_row (GTK_WIDGET (fixture->pane), "actual-basic");
  g_assert_cmpint (jx_department_year_get_actual_basic (year), ==, 427610000);

  type_into_row (row, "12.3.4");

  g_assert_cmpint (jx_department_year_get_actual_basic (year), ==, 427610000);
  g_assert_nonnull (jx_field_row_get_problem (row));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, jx_field_row_get_problem (row));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "12.3.4");
  g_assert_false (jx_history_can_undo (jx_workspace_get_history (fixture->samples.workspace)));
}

/* A line added to a list is one step of undo. */
static void
test_budget_line_add_and_undo (Fixture       *fixture,
                               gconstpointer  data)
{
  GtkWidget *revenue_group = template_child (fixture, "revenue_group");
  g_autoptr(GPtrArray) after = NULL;
  JxDepartmentYear *year;
  GPtrArray *lines;
  JxBudgetLine *added;

  year = select_year (fixture, "兰州新区科技局", 2020);
  lines = jx_department_year_get_budget_lines (year);
  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpuint (jx_test_count_descendants (revenue_group, ADW_TYPE_EXPANDER_ROW), ==, 3);
  g_assert_cmpstr (label_text (revenue_group, "revenue-sum"), ==, "Budget — · Actual 14,351.25");

  click (template_child (fixture, "revenue_add_button"));

  g_assert_cmpuint (lines->len, ==, 4);
  added = g_ptr_array_index (lines, 3);
  g_assert_cmpint (jx_budget_line_get_section (added), ==, JX_BUDGET_SECTION_REVENUE);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (added)), >, 0);
  after = jx_test_list_descendants (revenue_group, ADW_TYPE_EXPANDER_ROW);
  g_assert_cmpuint (after->len, ==, 4);
  g_assert_true (adw_expander_row_get_expanded (g_ptr_array_index (after, 3)));

  /* An amount typed into the new line counts in the sum. */
  {
    JxFieldRow *actual = find_field_row (GTK_WIDGET (g_ptr_array_index (after, 3)), "actual");

    type_into_row (actual, "10");
    g_assert_cmpstr (label_text (revenue_group, "revenue-sum"), ==, "Budget — · Actual 14,361.25");
    undo_last_edit (fixture);
  }

  undo_last_edit (fixture);

  g_assert_cmpuint (lines->len, ==, 3);
  g_assert_cmpuint (jx_test_count_descendants (revenue_group, ADW_TYPE_EXPANDER_ROW), ==, 3);
  g_assert_cmpint (jx_test_count_rows (fixture->samples.store, "budget_lines"), ==, 3 + 1 + 6);
}

/* Deleting a stated figure offers to undo it. */
static void
test_stated_figure_delete_and_undo (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *stated_group = template_child (fixture, "stated_group");
  GtkWidget *toast_overlay = template_child (fixture, "toast_overlay");
  g_autoptr(GPtrArray) rows = NULL;
  JxDepartmentYear *year;
  GPtrArray *figures;
  GtkWidget *delete_button;
  GtkWidget *undo;

  year = select_year (fixture, "衡阳市科学技术局", 2021);
  figures = jx_department_year_get_stated_figures (year);
  g_assert_cmpuint (figures->len, ==, 4);

  rows = jx_test_list_descendants (stated_group, ADW_TYPE_EXPANDER_ROW);
  g_assert_cmpuint (rows->len, ==, 4);
  delete_button = find_button (g_ptr_array_index (rows, 0), "user-trash-symbolic", NULL);
  g_assert_nonnull (delete_button);

  click (delete_button);
  g_assert_cmpuint (figures->len, ==, 3);
  assert_shows (toast_overlay, "Undo");

  /* The toast's button undoes the deletion. */
  undo = find_button (toast_overlay, NULL, "Undo");
  g_assert_nonnull (undo);
  click (undo);

  g_assert_cmpuint (figures->len, ==, 4);
  g_assert_cmpstr (jx_stated_figure_get_written (g_ptr_array_index (figures, 0)), ==, "1330.98");
  g_assert_cmpuint (jx_test_count_descendants (stated_group, ADW_TYPE_EXPANDER_ROW), ==, 4);
}

/* A department with no year: its details only, and why. */
static void
test_department_without_year (Fixture       *fixture,
                              gconstpointer  data)
{
  JxDepartment *department = jx_test_find_department (fixture->samples.workspace, "衡阳市科学技术局");
  GtkStack *stack = GTK_STACK (template_child (fixture, "stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  g_assert_true (jx_workspace_select_year (fixture->samples.workspace, department, NULL, NULL));
  jx_test_wait_for_frames ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "department");
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "no_year_label")));
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "year_box")));
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "findings_group")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_field_row (GTK_WIDGET (fixture->pane), "name"))), ==,
                   "衡阳市科学技术局");
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (find_field_row (GTK_WIDGET (fixture->pane), "actual-basic"))));
  jx_test_save_screenshot (fixture->samples.window, "department-without-year.png");

  select_year (fixture, "衡阳市科学技术局", 2021);
  g_assert_false (gtk_widget_get_visible (template_child (fixture, "no_year_label")));
  g_assert_true (gtk_widget_get_visible (template_child (fixture, "year_box")));
}

/* A narrative text is saved when the view loses the focus, and an undo
 * shows in the view. */
static void
test_text_field_saves_on_focus_out (Fixture       *fixture,
                                    gconstpointer  data)
{
  JxDepartmentYear *year;
  JxTextField *field;
  GtkTextView *view;
  GtkTextBuffer *buffer;
  g_autofree char *before = NULL;
  GtkTextIter start, end;

  year = select_year (fixture, "衡阳市科学技术局", 2021);
  field = find_text_field (GTK_WIDGET (fixture->pane), "problems");
  view = jx_text_field_get_view (field);
  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  before = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (before, ==, jx_department_year_get_problems (year));

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_set_text (buffer, "一是预算编制不够细化。", -1);
  g_assert_cmpstr (jx_department_year_get_problems (year), ==, before);

  /* Focus moves on. */
  gtk_widget_grab_focus (GTK_WIDGET (find_field_row (GTK_WIDGET (fixture->pane), "carry-over")));
  jx_test_wait_for_frames ();
  if (g_strcmp0 (jx_department_year_get_problems (year), before) == 0)
    report_focus_left (GTK_WIDGET (view));
  g_assert_cmpstr (jx_department_year_get_problems (year), ==, "一是预算编制不够细化。");
  g_assert_null (jx_text_field_get_problem (field));

  {
    g_autoptr(JxDepartmentYear) stored = jx_test_read_year (fixture->samples.store, "衡阳市科学技术局", 2021);

    g_assert_cmpstr (jx_department_year_get_problems (stored), ==, "一是预算编制不够细化。");
  }

  undo_last_edit (fixture);
  {
    g_autofree char *shown = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    shown = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (shown, ==, before);
    g_assert_cmpstr (jx_department_year_get_problems (year), ==, before);
  }
}

/* Ctrl+Enter saves too; a text that may not be empty keeps what was
 * typed and says why it was not saved. */
static void
test_text_field_alone (void)
{
  JxTestSamples samples = { 0 };
  JxTextField *field = JX_TEXT_FIELD (jx_text_field_new ("Main functions"));
  GtkWidget *view = GTK_WIDGET (jx_text_field_get_view (field));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autoptr(GError) error = NULL;
  JxHistory *history;
  JxDepartment *department;
  GtkEventController *keys;
  gboolean handled = FALSE;

  jx_test_samples_set_up (&samples);
  history = jx_workspace_get_history (samples.workspace);
  department = g_ptr_array_index (jx_history_get_departments (history, &error), 0);
  g_assert_no_error (error);

  samples.window = jx_test_present_in_window (GTK_WIDGET (field), -1, -1);
  g_assert_false (gtk_widget_get_sensitive (view));

  jx_text_field_bind (field, history, JX_RECORD (department), "functions");
  g_assert_true (gtk_widget_get_sensitive (view));
  gtk_text_buffer_set_text (buffer, "负责科技工作。", -1);

  keys = jx_test_find_controller (view, GTK_TYPE_EVENT_CONTROLLER_KEY);
  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Return, 36, GDK_CONTROL_MASK, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (jx_department_get_functions (department), ==, "负责科技工作。");

  /* The name is required: emptied, it is not saved, and says so. */
  jx_text_field_bind (field, history, JX_RECORD (department), "name");
  gtk_text_buffer_set_text (buffer, "", -1);
  g_assert_false (jx_text_field_save (field));
  g_assert_nonnull (jx_text_field_get_problem (field));
  g_assert_cmpstr (jx_department_get_name (department), !=, NULL);

  /* Undo of the earlier edit while bound elsewhere leaves this one be. */
  jx_text_field_bind (field, history, JX_RECORD (department), "functions");
  g_assert_null (jx_text_field_get_problem (field));
  jx_test_undo (history);
  g_assert_cmpstr (jx_department_get_functions (department), !=, "负责科技工作。");

  jx_test_samples_tear_down (&samples);
}

int
main (int    argc,
      char **argv)
{
  if (!jx_test_gtk_init (&argc, &argv))
    return 0;

  /* The application loads its style sheet by itself; here the test does. */
  {
    g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (style, "/io/github/jixiao/Jixiao/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (style),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) \
  g_test_add ("/department-pane/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("lanzhou-slips-are-findings", test_lanzhou_slips_are_findings);
  ADD ("many-findings-are-folded", test_many_findings_are_folded);
  ADD ("seed-figures-show", test_seed_figures_show);
  ADD ("budget-edit-saves-and-undoes", test_budget_edit_saves_and_undoes);
  ADD ("budget-grid-keyboard", test_budget_grid_keyboard);
  ADD ("typed-text-is-saved-on-switch", test_typed_text_is_saved_on_switch);
  ADD ("invalid-amount-is-marked", test_invalid_amount_is_marked);
  ADD ("budget-line-add-and-undo", test_budget_line_add_and_undo);
  ADD ("profile-is-chosen", test_profile_is_chosen);
  ADD ("stated-figure-add-and-undo", test_stated_figure_add_and_undo);
  ADD ("stated-figure-delete-and-undo", test_stated_figure_delete_and_undo);
  ADD ("department-without-year", test_department_without_year);
  ADD ("text-field-saves-on-focus-out", test_text_field_saves_on_focus_out);
  g_test_add_func ("/department-pane/text-field-alone", test_text_field_alone);

#undef ADD

  return g_test_run ();
}
