/* test-indicators-pane.c: the indicator tree, under a virtual display
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With JX_TEST_SCREENSHOT_DIR set, the tests also save what the pane
 * shows as PNGs there, to be looked at.
 */
#include <string.h>
#include <adwaita.h>

#include "jx-indicators-pane.h"
#include "jx-window.h"
#include "test-gtk-utils.h"
#include "test-utils.h"

#define GAOXIN "石家庄高新区科技局"
/* A project of 2021 with 产出, 效益 and 满意度 and their 二级. */
#define INCUBATOR "创新型孵化器建设扶持资金项目"
/* Eight awards against a target of four: over-achieved, and no reason. */
#define AWARDS "科学技术奖奖励项目"

typedef struct
{
  JxTestSamples     samples;
  JxHistory        *history;
  JxIndicatorsPane *pane;
} Fixture;

static GObject *
template_child (Fixture    *fixture,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (fixture->pane), JX_TYPE_INDICATORS_PANE, name);

  g_assert_nonnull (child);
  return child;
}

/* The cell of the column @cell_name in the row of @item (an indicator,
 * or a category by its name). */
static GtkWidget *
find_cell (Fixture    *fixture,
           const char *cell_name,
           gpointer    item,
           const char *category)
{
  GtkWidget *view = GTK_WIDGET (template_child (fixture, "column_view"));
  g_autoptr(GPtrArray) widgets = NULL;

  jx_test_wait_for_frames ();
  if (item != NULL)
    {
      GtkWidget *cell = jx_test_find_named (view, cell_name, "jx-item", item);

      if (cell == NULL)
        g_error ("No cell %s is bound to the indicator", cell_name);
      return cell;
    }

  widgets = jx_test_list_descendants (view, G_TYPE_NONE);
  for (guint i = 0; i < widgets->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (widgets, i);
      GObject *bound = g_object_get_data (G_OBJECT (widget), "jx-item");

      if (g_strcmp0 (gtk_widget_get_name (widget), cell_name) == 0 && GTK_IS_STRING_OBJECT (bound) &&
          g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (bound)), category) == 0)
        return widget;
    }

  g_error ("No cell %s is bound to %s", cell_name, category);
}

static GtkWidget *
find_in_cell (Fixture    *fixture,
              const char *cell_name,
              gpointer    item,
              const char *category,
              const char *name)
{
  GtkWidget *widget = jx_test_find_named (find_cell (fixture, cell_name, item, category), name, NULL, NULL);

  g_assert_nonnull (widget);
  return widget;
}

static void
type_into (GtkWidget  *editable_label,
           const char *text)
{
  GtkEditableLabel *label = GTK_EDITABLE_LABEL (editable_label);

  gtk_editable_label_start_editing (label);
  gtk_editable_set_text (GTK_EDITABLE (label), text);
  gtk_editable_label_stop_editing (label, TRUE);
  jx_test_wait_for_frames ();
}

static JxProject *
find_project (JxDepartmentYear *year,
              const char       *name)
{
  GPtrArray *projects = jx_department_year_get_projects (year);

  for (guint i = 0; i < projects->len; i++)
    if (g_strcmp0 (jx_project_get_name (g_ptr_array_index (projects, i)), name) == 0)
      return g_ptr_array_index (projects, i);

  g_error ("No project is named %s", name);
}

/* Shows the indicators of a project of 石家庄高新区科技局's 2021. */
static JxProject *
show_project (Fixture    *fixture,
              const char *name)
{
  JxDepartmentYear *year = jx_test_select_year (fixture->samples.workspace, GAOXIN, 2021);
  JxProject *project = find_project (year, name);

  jx_workspace_set_project (fixture->samples.workspace, project);
  jx_test_wait_for_frames ();
  return project;
}

static JxIndicator *
find_indicator (JxRecord   *owner,
                const char *name)
{
  GPtrArray *indicators = jx_record_get_children (owner, "indicators");

  for (guint i = 0; i < indicators->len; i++)
    if (g_strcmp0 (jx_indicator_get_name (g_ptr_array_index (indicators, i)), name) == 0)
      return g_ptr_array_index (indicators, i);

  g_assert_not_reached ();
}

/* Adds an indicator through the form of the + button. */
static JxIndicator *
add_indicator (Fixture    *fixture,
               JxRecord   *owner,
               const char *level1,
               const char *level2,
               const char *name)
{
  GtkComboBox *level1_combo = GTK_COMBO_BOX (template_child (fixture, "level1_combo"));
  GtkComboBox *level2_combo = GTK_COMBO_BOX (template_child (fixture, "level2_combo"));
  guint before = jx_record_get_children (owner, "indicators")->len;

  gtk_editable_set_text (GTK_EDITABLE (gtk_combo_box_get_child (level1_combo)), level1);
  gtk_editable_set_text (GTK_EDITABLE (gtk_combo_box_get_child (level2_combo)), level2);
  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "name_entry")), name);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "indicators.add", NULL));
  jx_test_wait_for_frames ();

  g_assert_cmpuint (jx_record_get_children (owner, "indicators")->len, ==, before + 1);
  return find_indicator (owner, name);
}

static void
assert_selected (GtkColumnView *view,
                 gpointer       wanted)
{
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (view));
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (gtk_single_selection_get_selected_item (selection));

  g_assert_true (item == wanted);
}

/* The names of the rows of the tree, one per line, categories in
 * brackets. */
static char *
dup_tree_rows (Fixture *fixture)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (template_child (fixture, "column_view"));
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (view));
  GString *rows = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (GTK_IS_STRING_OBJECT (item))
        g_string_append_printf (rows, "%*s[%s]\n", (int) gtk_tree_list_row_get_depth (row) * 2, "",
                                gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
      else
        g_string_append_printf (rows, "%*s%s\n", (int) gtk_tree_list_row_get_depth (row) * 2, "",
                                jx_indicator_get_name (JX_INDICATOR (item)));
    }

  return g_string_free (rows, FALSE);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  jx_test_samples_set_up (&fixture->samples);
  fixture->history = jx_workspace_get_history (fixture->samples.workspace);
  fixture->pane = JX_INDICATORS_PANE (jx_indicators_pane_new ());
  jx_indicators_pane_set_workspace (fixture->pane, fixture->samples.workspace);
  fixture->samples.window = jx_test_present_in_window (GTK_WIDGET (fixture->pane), 1400, 800);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  jx_test_samples_tear_down (&fixture->samples);
}

/* The tree of a project: 一级, its 二级 and the indicators, in the order
 * of the report, with the subtotal of each category. */
static void
test_tree_shows_categories_with_subtotals (Fixture       *fixture,
                                           gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (template_child (fixture, "stack"));
  GtkDropDown *owners = GTK_DROP_DOWN (template_child (fixture, "owner_dropdown"));
  g_autofree char *rows = NULL;
  g_autoptr(GError) error = NULL;
  JxProject *project;
  GtkWidget *subtotal;
  GtkWidget *met;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-year");

  project = show_project (fixture, INCUBATOR);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "tree");
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (owners)), ==, INCUBATOR);

  rows = dup_tree_rows (fixture);
  g_test_message ("%s", rows);
  g_assert_true (g_str_has_prefix (rows, "[产出指标]\n  [数量指标]\n"));
  g_assert_nonnull (strstr (rows, "\n[效益指标]\n  [社会效益指标]\n"));
  g_assert_nonnull (strstr (rows, "\n[满意度指标]\n  [服务对象满意度指标]\n"));
  g_assert_nonnull (strstr (rows, "  [时效指标]\n"));
  g_assert_nonnull (strstr (rows, "  [成本指标]\n"));

  /* 产出 weighs 50 by the profile; its subtotal and what is met. */
  subtotal = find_in_cell (fixture, "indicators-score-cell", NULL, "产出指标", "indicators-score-label");
  met = find_in_cell (fixture, "indicators-score-cell", NULL, "产出指标", "indicators-score-note");
  g_test_message ("产出指标: %s, %s", gtk_label_get_text (GTK_LABEL (subtotal)), gtk_label_get_text (GTK_LABEL (met)));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (subtotal)), " / 50"));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (GTK_LABEL (met)), " met"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (met)), " of "));

  jx_test_save_screenshot (fixture->samples.window, "indicators-tree.png");

  /* An indicator given another 二级 moves there; undo moves it back. */
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (find_indicator (JX_RECORD (project), "资金下达时效")),
                                      "level2", "质量指标", &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
  g_clear_pointer (&rows, g_free);
  rows = dup_tree_rows (fixture);
  g_assert_nonnull (strstr (rows, "  [质量指标]\n    资金下达时效\n"));
  g_assert_null (strstr (rows, "[时效指标]"));
  jx_test_undo (fixture->history);
  g_clear_pointer (&rows, g_free);
  rows = dup_tree_rows (fixture);
  g_assert_nonnull (strstr (rows, "  [时效指标]\n    资金下达时效\n"));

  /* The drop-down chooses the department's own indicators. */
  gtk_drop_down_set_selected (owners, 0);
  jx_test_wait_for_frames ();
  g_assert_null (jx_workspace_get_project (fixture->samples.workspace));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  /* And back: a project chosen elsewhere shows here. */
  jx_workspace_set_project (fixture->samples.workspace, project);
  jx_test_wait_for_frames ();
  g_assert_cmpstr (gtk_string_object_get_string (gtk_drop_down_get_selected_item (owners)), ==, INCUBATOR);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "tree");
}

/* The form of the + button asks for a name, and may be given any
 * category, not only the presets. */
static void
test_add_form (Fixture       *fixture,
               gconstpointer  data)
{
  GtkLabel *problem = GTK_LABEL (template_child (fixture, "add_error_label"));
  g_autofree char *rows = NULL;
  JxProject *project;
  JxIndicator *indicator;
  guint before;

  project = show_project (fixture, INCUBATOR);
  before = jx_project_get_indicators (project)->len;

  gtk_editable_set_text (GTK_EDITABLE (template_child (fixture, "name_entry")), "   ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "indicators.add", NULL));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (problem)));
  g_assert_cmpuint (jx_project_get_indicators (project)->len, ==, before);

  indicator = add_indicator (fixture, JX_RECORD (project), "产出指标", "进度指标", "孵化器建成时间");
  g_assert_cmpstr (jx_indicator_get_level2 (indicator), ==, "进度指标");
  rows = dup_tree_rows (fixture);
  g_assert_nonnull (strstr (rows, "  [进度指标]\n    孵化器建成时间\n"));
}

/* A department-year's own indicators, with its own categories. */
static void
test_department_year_indicators (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *rows = NULL;

  jx_test_select_year (fixture->samples.workspace, "新乡市科学技术局", 2021);

  rows = dup_tree_rows (fixture);
  g_test_message ("%s", rows);
  g_assert_true (g_str_has_prefix (rows, "[投入管理指标]\n  [工作目标管理]\n"));
  g_assert_nonnull (strstr (rows, "\n[产出指标]\n"));
  g_assert_nonnull (strstr (rows, "预决算信息公开性\n"));

  jx_test_save_screenshot (fixture->samples.window, "indicators-department.png");
}

/* "≥90%" typed into a new indicator's target is saved as comparator,
 * value, unit and text, in one step of undo, and shown as understood. */
static void
test_typed_target_is_understood (Fixture       *fixture,
                                 gconstpointer  data)
{
  JxProject *project;
  JxIndicator *indicator;
  GtkWidget *edit;
  GtkWidget *understood;
  g_autofree char *rows = NULL;

  project = show_project (fixture, INCUBATOR);
  indicator = add_indicator (fixture, JX_RECORD (project), "产出指标", "质量指标", "孵化器验收合格率");

  rows = dup_tree_rows (fixture);
  g_assert_nonnull (strstr (rows, "  [质量指标]\n    孵化器验收合格率\n"));

  edit = find_in_cell (fixture, "indicators-target-cell", indicator, NULL, "indicators-target-edit");
  understood = find_in_cell (fixture, "indicators-target-cell", indicator, NULL, "indicators-target-understood");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (understood)), ==, "");

  type_into (edit, "≥90%");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_GE);
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "90");
  g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "%");
  g_assert_cmpstr (jx_indicator_get_target_text (indicator), ==, "≥90%");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (understood)), ==, "≥ 90 %");
  g_assert_false (gtk_widget_has_css_class (edit, "error"));
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Edit target");

  type_into (edit, "不少于 2000 份");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (understood)), ==, "≥ 2000 份");
  type_into (edit, "４０００万元");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (understood)), ==, "≥ 4000 万元");

  /* Words are a qualitative target, kept as written. */
  type_into (edit, "按时完成验收");
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_QUALITATIVE);
  g_assert_null (jx_indicator_get_target_value (indicator));
  g_assert_null (jx_indicator_get_target_unit (indicator));
  g_assert_cmpstr (jx_indicator_get_target_text (indicator), ==, "按时完成验收");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (understood)), ==, "qualitative");

  /* One undo puts all four fields back. */
  jx_test_undo (fixture->history);
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, JX_COMPARATOR_GE);
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "4000");
  g_assert_cmpstr (jx_indicator_get_target_unit (indicator), ==, "万元");
  g_assert_cmpstr (jx_indicator_get_target_text (indicator), ==, "４０００万元");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (edit)), ==, "４０００万元");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (understood)), ==, "≥ 4000 万元");

  /* The actual value: its number read, the text kept. */
  type_into (find_in_cell (fixture, "indicators-actual-cell", indicator, NULL, "indicators-actual-edit"),
             "4,500万元");
  g_assert_cmpstr (jx_indicator_get_actual_value (indicator), ==, "4500");
  g_assert_cmpstr (jx_indicator_get_actual_text (indicator), ==, "4,500万元");

  /* Text being typed is saved when the focus goes elsewhere, and the
   * focus stays where it went. */
  gtk_editable_label_start_editing (GTK_EDITABLE_LABEL (edit));
  gtk_editable_set_text (GTK_EDITABLE (edit), "不低于95%");
  gtk_widget_grab_focus (GTK_WIDGET (template_child (fixture, "owner_dropdown")));
  jx_test_wait_for_frames ();
  g_assert_false (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (edit)));
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "95");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (understood)), ==, "≥ 95 %");
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->samples.window)),
                                         GTK_WIDGET (template_child (fixture, "owner_dropdown"))) ||
                 gtk_root_get_focus (GTK_ROOT (fixture->samples.window)) == GTK_WIDGET (template_child (fixture, "owner_dropdown")));

  jx_test_save_screenshot (fixture->samples.window, "indicators-target.png");
}

/* A qualitative indicator is assessed; a score outside the band of the
 * assessment is refused at the field and not saved. */
static void
test_score_outside_band_is_refused (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  JxProject *project;
  JxIndicator *indicator;
  GtkWidget *assessment;
  GtkWidget *score;

  project = show_project (fixture, INCUBATOR);
  indicator = add_indicator (fixture, JX_RECORD (project), "效益指标", "可持续影响指标", "孵化服务长效机制");
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (indicator), "weight", "10", &error));
  g_assert_no_error (error);

  type_into (find_in_cell (fixture, "indicators-target-cell", indicator, NULL, "indicators-target-edit"),
             "长效机制基本建立");
  assessment = find_in_cell (fixture, "indicators-score-cell", indicator, NULL, "indicators-assessment");
  score = find_in_cell (fixture, "indicators-score-cell", indicator, NULL, "indicators-score-edit");
  g_assert_true (gtk_widget_get_visible (assessment));
  g_assert_true (gtk_widget_get_visible (score));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (assessment), JX_ASSESSMENT_ACHIEVED);
  jx_test_wait_for_frames ();
  g_assert_cmpint (jx_indicator_get_assessment (indicator), ==, JX_ASSESSMENT_ACHIEVED);

  /* 达成 is 8 to 10 of a weight of 10. */
  type_into (score, "5");
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, JX_UNSET);
  g_assert_true (gtk_widget_has_css_class (score, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (score), "outside the band"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (score)), ==, "5");
  jx_test_save_screenshot (fixture->samples.window, "indicators-band.png");

  type_into (score, "9分");
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, 900);
  g_assert_false (gtk_widget_has_css_class (score, "error"));
  g_assert_cmpint (jx_workspace_find_indicator_score (fixture->samples.workspace, indicator)->score, ==, 900);

  /* 部分达成 is 6 to below 8. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (assessment), JX_ASSESSMENT_PARTLY_ACHIEVED);
  jx_test_wait_for_frames ();
  type_into (score, "8");
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, 900);
  g_assert_true (gtk_widget_has_css_class (score, "error"));
  type_into (score, "7.5");
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, 750);
}

/* A score set by hand takes a reason; both are one step of undo, and the
 * computed score stays in sight. */
static void
test_override_needs_reason (Fixture       *fixture,
                            gconstpointer  data)
{
  JxProject *project;
  JxIndicator *indicator;
  GtkWidget *cell;
  GtkPopover *popover;
  GtkWidget *problem;
  GtkWidget *label;
  GtkWidget *note;

  project = show_project (fixture, AWARDS);
  indicator = find_indicator (JX_RECORD (project), "认定获奖数量");

  cell = find_cell (fixture, "indicators-score-cell", indicator, NULL);
  label = jx_test_find_named (cell, "indicators-score-label", NULL, NULL);
  note = jx_test_find_named (cell, "indicators-score-note", NULL, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "50.00");

  popover = g_object_get_data (G_OBJECT (cell), "jx-override-popover");
  gtk_popover_popup (popover);
  jx_test_wait_for_frames ();
  problem = jx_test_find_named (GTK_WIDGET (popover), "indicators-override-problem", NULL, NULL);

  gtk_editable_set_text (GTK_EDITABLE (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-score", NULL, NULL)), "45");
  gtk_editable_set_text (GTK_EDITABLE (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-reason", NULL, NULL)), "  ");
  g_signal_emit_by_name (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-apply", NULL, NULL), "clicked");
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, JX_UNSET);

  gtk_editable_set_text (GTK_EDITABLE (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-score", NULL, NULL)), "60");
  gtk_editable_set_text (GTK_EDITABLE (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-reason", NULL, NULL)), "专家评审扣分");
  g_signal_emit_by_name (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-apply", NULL, NULL), "clicked");
  g_assert_true (gtk_widget_get_visible (problem));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (problem)), "not between 0 and the weight 50"));
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, JX_UNSET);

  gtk_editable_set_text (GTK_EDITABLE (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-score", NULL, NULL)), "45");
  g_signal_emit_by_name (jx_test_find_named (GTK_WIDGET (popover), "indicators-override-apply", NULL, NULL), "clicked");
  jx_test_wait_for_frames ();
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, 4500);
  g_assert_cmpstr (jx_indicator_get_override_reason (indicator), ==, "专家评审扣分");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "45.00 (computed 50.00)");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, "");
  jx_test_save_screenshot (fixture->samples.window, "indicators-override.png");

  jx_test_undo (fixture->history);
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, JX_UNSET);
  g_assert_null (jx_indicator_get_override_reason (indicator));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, "50.00");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, "");
}

/* Eight awards against a target of four: marked as over-achieved, and
 * the deviation reason the checker asks for is marked until it is given. */
static void
test_reason_wanted_is_marked (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  JxProject *project;
  JxIndicator *indicator;
  GtkWidget *cell;

  project = show_project (fixture, AWARDS);
  indicator = find_indicator (JX_RECORD (project), "认定获奖数量");

  g_assert_true (gtk_widget_get_visible (find_in_cell (fixture, "indicators-score-cell", indicator, NULL,
                                                      "indicators-over-achieved")));
  cell = find_cell (fixture, "indicators-reason-cell", indicator, NULL);
  g_assert_true (gtk_widget_has_css_class (cell, "indicators-reason-wanted"));
  g_assert_true (gtk_widget_get_visible (jx_test_find_named (cell, "indicators-reason-wanted", NULL, NULL)));
  g_assert_true (gtk_widget_get_visible (jx_test_find_named (cell, "indicators-reason-hint", NULL, NULL)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (jx_test_find_named (cell, "indicators-reason-wanted", NULL, NULL)),
                            "set too low"));

  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (indicator), "deviation-reason",
                                      "申报踊跃，获奖数量超出预期", &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
  g_assert_false (gtk_widget_has_css_class (cell, "indicators-reason-wanted"));
  g_assert_false (gtk_widget_get_visible (jx_test_find_named (cell, "indicators-reason-wanted", NULL, NULL)));
  g_assert_false (gtk_widget_get_visible (jx_test_find_named (cell, "indicators-reason-hint", NULL, NULL)));
}

static gboolean
has_n_indicators (gpointer data)
{
  gpointer *args = data;

  return jx_record_get_children (args[0], "indicators")->len == GPOINTER_TO_UINT (args[1]);
}

static void
paste (Fixture    *fixture,
       JxRecord   *owner,
       const char *text,
       guint       expected)
{
  gpointer args[] = { owner, GUINT_TO_POINTER (expected) };

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (fixture->pane)), text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "indicators.paste", NULL));
  g_assert_true (jx_test_wait_until (has_n_indicators, args));
  jx_test_wait_for_frames ();
}

/* Three rows copied from a spreadsheet become three indicators, and one
 * undo takes them all back. */
static void
test_paste_rows_is_one_step (Fixture       *fixture,
                             gconstpointer  data)
{
  JxProject *project;
  JxIndicator *indicator;
  guint before;
  g_autofree char *rows = NULL;

  project = show_project (fixture, INCUBATOR);
  before = jx_project_get_indicators (project)->len;

  paste (fixture, JX_RECORD (project),
         "产出指标\t质量指标\t入孵企业验收合格率\t≥95%\t97%\t10\r\n"
         "\t\t孵化场地达标率\t100%\t100%\t10\r\n"
         "效益指标\t社会效益指标\t新增就业人数\t不少于200人\t260人\t10\r\n",
         before + 3);

  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Paste 3 indicators");
  indicator = find_indicator (JX_RECORD (project), "孵化场地达标率");
  g_assert_cmpstr (jx_indicator_get_level1 (indicator), ==, "产出指标");
  g_assert_cmpstr (jx_indicator_get_level2 (indicator), ==, "质量指标");
  g_assert_cmpint (jx_indicator_get_weight (indicator), ==, 1000);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (template_child (fixture, "problems_revealer"))));

  rows = dup_tree_rows (fixture);
  g_assert_nonnull (strstr (rows, "  [质量指标]\n    入孵企业验收合格率\n    孵化场地达标率\n"));
  g_assert_nonnull (strstr (rows, "新增就业人数\n"));
  jx_test_save_screenshot (fixture->samples.window, "indicators-pasted.png");

  jx_test_undo (fixture->history);
  g_assert_cmpuint (jx_project_get_indicators (project)->len, ==, before);
  g_clear_pointer (&rows, g_free);
  rows = dup_tree_rows (fixture);
  g_assert_null (strstr (rows, "孵化场地达标率"));
}

/* What cannot be read is listed above the table; the rows are still
 * added, into the category of the selected row when they name none. */
static void
test_paste_problems_are_shown (Fixture       *fixture,
                               gconstpointer  data)
{
  JxProject *project;
  JxIndicator *indicator;
  GtkRevealer *revealer;
  GtkLabel *problems;
  guint before;

  project = show_project (fixture, INCUBATOR);
  before = jx_project_get_indicators (project)->len;

  paste (fixture, JX_RECORD (project),
         "三级指标\t年度指标值\t分值\n"
         "培训场次\t≥20场\tten\n",
         before + 1);

  revealer = GTK_REVEALER (template_child (fixture, "problems_revealer"));
  problems = GTK_LABEL (template_child (fixture, "problems_label"));
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (problems), "Row 2, 分值: “ten” is not a number"));

  indicator = find_indicator (JX_RECORD (project), "培训场次");
  g_assert_cmpstr (jx_indicator_get_level1 (indicator), ==, "产出指标");
  g_assert_cmpstr (jx_indicator_get_target_value (indicator), ==, "20");
  g_assert_cmpint (jx_indicator_get_weight (indicator), ==, JX_UNSET);
  jx_test_save_screenshot (fixture->samples.window, "indicators-paste-problems.png");
}

/* Delete with undo, and moves within a category. */
static void
test_delete_and_move (Fixture       *fixture,
                      gconstpointer  data)
{
  GtkColumnView *view = GTK_COLUMN_VIEW (template_child (fixture, "column_view"));
  JxProject *project;
  JxIndicator *first;
  JxIndicator *second;
  GPtrArray *indicators;
  guint before;
  guint index;

  project = show_project (fixture, INCUBATOR);
  first = add_indicator (fixture, JX_RECORD (project), "成本指标", "经济成本指标", "单位面积改造成本");
  second = add_indicator (fixture, JX_RECORD (project), "成本指标", "经济成本指标", "设备购置成本");
  indicators = jx_project_get_indicators (project);
  before = indicators->len;

  /* The new indicator is selected; it moves up past the first. */
  assert_selected (view, second);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "indicators.move-up", NULL));
  jx_test_wait_for_frames ();
  g_assert_true (g_ptr_array_find (indicators, second, &index));
  g_assert_true (g_ptr_array_index (indicators, index + 1) == first);
  assert_selected (view, second);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->pane), "indicators.delete", NULL));
  jx_test_wait_for_frames ();
  g_assert_cmpuint (indicators->len, ==, before - 1);
  g_assert_false (g_ptr_array_find (indicators, second, NULL));

  jx_test_undo (fixture->history);
  g_assert_cmpuint (indicators->len, ==, before);
}

/* In the window: a project chosen elsewhere shows here, and a click on an
 * indicator's finding leads here. */
static void
test_in_window (void)
{
  JxTestSamples samples = { 0, };
  JxWindow *window;
  JxWorkspace *workspace;
  JxIndicatorsPane *pane;
  GtkStack *stack;
  GtkColumnView *view;
  JxProject *project;
  JxIndicator *indicator;

  jx_test_samples_set_up (&samples);
  window = jx_window_new (NULL, samples.store, NULL);
  samples.window = GTK_WIDGET (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_wait_for_frames ();

  g_assert_true (jx_window_select_year (window, GAOXIN, 2021));
  workspace = jx_window_get_workspace (window);
  pane = JX_INDICATORS_PANE (gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, "indicators_pane"));
  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (pane), JX_TYPE_INDICATORS_PANE, "stack"));
  view = GTK_COLUMN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (pane), JX_TYPE_INDICATORS_PANE, "column_view"));
  project = find_project (jx_workspace_get_year (workspace), AWARDS);

  /* A finding about an indicator leads to it. */
  indicator = find_indicator (JX_RECORD (project), "认定获奖数量");
  jx_workspace_activate (workspace, JX_RECORD (indicator));
  jx_test_wait_for_frames ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pane)));
  g_assert_true (jx_workspace_get_project (workspace) == project);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "tree");
  assert_selected (view, indicator);
  jx_test_save_screenshot (GTK_WIDGET (window), "indicators-window.png");

  jx_test_samples_tear_down (&samples);
}

int
main (int    argc,
      char **argv)
{
  if (!jx_test_gtk_init (&argc, &argv))
    return 0;

#define ADD(path, func) \
  g_test_add ("/indicators-pane/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("tree-shows-categories-with-subtotals", test_tree_shows_categories_with_subtotals);
  ADD ("department-year-indicators", test_department_year_indicators);
  ADD ("add-form", test_add_form);
  ADD ("typed-target-is-understood", test_typed_target_is_understood);
  ADD ("score-outside-band-is-refused", test_score_outside_band_is_refused);
  ADD ("override-needs-reason", test_override_needs_reason);
  ADD ("reason-wanted-is-marked", test_reason_wanted_is_marked);
  ADD ("paste-rows-is-one-step", test_paste_rows_is_one_step);
  ADD ("paste-problems-are-shown", test_paste_problems_are_shown);
  ADD ("delete-and-move", test_delete_and_move);

#undef ADD

  g_test_add_func ("/indicators-pane/in-window", test_in_window);

  return g_test_run ();
}
