/* test-projects-pane.c: the table of projects, its detail, and the list model under them
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane runs for real in a window, under a virtual display: cells are
 * edited as the user edits them, actions activated as the buttons and
 * keys do, and what was saved is read back from the file through a
 * second connection.  Without a display those tests are skipped; the
 * tests of JxChildList need none.
 */
#include <adwaita.h>

#include "jx-child-list.h"
#include "jx-field-cell.h"
#include "jx-project-detail.h"
#include "jx-projects-pane.h"
#include "jx-projects-pane-private.h"
#include "test-gtk-utils.h"
#include "test-utils.h"

/* What another program reads from the file: the projects of 兰州新区
 * 2020, in their order, with all they own. */
static GPtrArray *
read_projects_from_disk (JxStore *store)
{
  g_autoptr(JxDepartmentYear) year = jx_test_read_year (store, "兰州新区科技局", 2020);

  return g_ptr_array_ref (jx_department_year_get_projects (year));
}

/* The 全年执行数 of the project at @position, as saved. */
static gint64
read_actual_from_disk (JxStore *store,
                       guint    position)
{
  g_autoptr(GPtrArray) projects = read_projects_from_disk (store);

  return jx_project_get_actual (g_ptr_array_index (projects, position));
}

static char *
join_names (GListModel *model)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(JxProject) project = g_list_model_get_item (model, i);

      if (i > 0)
        g_string_append (names, " | ");
      g_string_append (names, jx_project_get_name (project));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
join_disk_names (JxStore *store)
{
  g_autoptr(GPtrArray) projects = read_projects_from_disk (store);
  g_autoptr(GListStore) model = g_list_store_new (JX_TYPE_PROJECT);

  for (guint i = 0; i < projects->len; i++)
    g_list_store_append (model, g_ptr_array_index (projects, i));

  return join_names (G_LIST_MODEL (model));
}

static JxProject *
get_project (GListModel *model,
             guint       position)
{
  g_autoptr(JxProject) project = g_list_model_get_item (model, position);

  g_assert_nonnull (project);
  return project;   /* the year holds it */
}

/* The pane in a window, on the sample database. */

typedef struct {
  JxTestSamples   samples;
  JxHistory      *history;
  JxProjectsPane *pane;
  GListModel     *model;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  jx_test_samples_set_up (&f->samples);
  f->history = jx_workspace_get_history (f->samples.workspace);
  jx_test_select_year (f->samples.workspace, "兰州新区科技局", 2020);

  f->pane = JX_PROJECTS_PANE (jx_projects_pane_new ());
  jx_projects_pane_set_workspace (f->pane, f->samples.workspace);
  f->samples.window = jx_test_present_in_window (GTK_WIDGET (f->pane), 1400, 900);

  f->model = jx_projects_pane_get_model (f->pane);
  g_assert_nonnull (f->model);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  jx_test_samples_tear_down (&f->samples);
}

/* Another year in the workspace: the pane shows its projects. */
static void
select_year (Fixture    *f,
             const char *department,
             gint64      year)
{
  jx_test_select_year (f->samples.workspace, department, year);
  f->model = jx_projects_pane_get_model (f->pane);
}

static GtkWidget *
template_child (Fixture    *f,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (GTK_WIDGET (f->pane), JX_TYPE_PROJECTS_PANE, name);

  g_assert_true (GTK_IS_WIDGET (child));
  return GTK_WIDGET (child);
}

/* The table and the file hold @n projects. */
static void
assert_project_count (Fixture *f,
                      guint    n)
{
  g_autoptr(GPtrArray) on_disk = read_projects_from_disk (f->samples.store);

  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, n);
  g_assert_cmpuint (on_disk->len, ==, n);
}

static void
assert_cell_text (Fixture    *f,
                  guint       position,
                  const char *column,
                  const char *expected)
{
  g_autofree char *text = jx_projects_pane_dup_cell_text (f->pane, position, column);

  g_assert_cmpstr (text, ==, expected);
}

/* Typed into the cell as the user types, and applied. */
static void
edit_cell (Fixture    *f,
           guint       position,
           const char *column,
           const char *text)
{
  g_assert_true (jx_projects_pane_edit_cell (f->pane, position, column, text));
  jx_test_wait_for_frames ();
}

static void
select_row (Fixture *f,
            guint    position)
{
  JxProject *project = get_project (f->model, position);

  jx_workspace_set_project (f->samples.workspace, project);
  jx_test_wait_for_frames ();
  g_assert_true (jx_projects_pane_get_selected (f->pane) == project);
}

/* Selected in the table and shown in the detail. */
static void
reveal_project (Fixture   *f,
                JxProject *project)
{
  g_assert_true (jx_projects_pane_reveal (f->pane, project));
  jx_test_wait_for_frames ();
}

/* A funding row added to @project, as the detail adds it. */
static void
insert_funding_row (Fixture      *f,
                    JxProject    *project,
                    JxFundingRow *row)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_history_insert (f->history, JX_RECORD (project), "funding", 1, JX_RECORD (row), &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
}

/* As its button or key does. */
static gboolean
run_action (Fixture    *f,
            const char *action)
{
  gboolean found = gtk_widget_activate_action (GTK_WIDGET (f->pane), action, NULL);

  jx_test_wait_for_frames ();
  return found;
}

/* Whether the detail has a visible label that says @text. */
static gboolean
detail_shows (Fixture    *f,
              const char *text)
{
  g_autoptr(GPtrArray) labels = jx_test_list_descendants (GTK_WIDGET (jx_projects_pane_get_detail (f->pane)),
                                                          GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (labels, i)) &&
        g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = jx_test_list_descendants (widget, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), tooltip) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static void
click_detail_button (Fixture    *f,
                     const char *tooltip)
{
  GtkWidget *button = find_button (GTK_WIDGET (jx_projects_pane_get_detail (f->pane)), tooltip);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  jx_test_wait_for_frames ();
}

/* The funding rows and allocation lines of the detail. */
static guint
count_detail_rows (Fixture *f)
{
  return jx_test_count_descendants (GTK_WIDGET (jx_projects_pane_get_detail (f->pane)), ADW_TYPE_EXPANDER_ROW);
}

static void
test_one_row_per_project (Fixture       *f,
                          gconstpointer  data)
{
  GPtrArray *projects;

  projects = jx_department_year_get_projects (jx_workspace_get_year (f->samples.workspace));
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 9);
  g_assert_cmpuint (projects->len, ==, 9);

  for (guint i = 0; i < projects->len; i++)
    {
      g_assert_true (get_project (f->model, i) == g_ptr_array_index (projects, i));
      assert_cell_text (f, i, "name", jx_project_get_name (g_ptr_array_index (projects, i)));
    }

  /* Seed 001: 车辆租赁费, 3.88 budgeted, 3.39 spent. */
  assert_cell_text (f, 0, "name", "车辆租赁费");
  assert_cell_text (f, 0, "kind", "Own project");
  assert_cell_text (f, 0, "budget", "3.88");
  assert_cell_text (f, 0, "arrived", "3.88");
  assert_cell_text (f, 0, "actual", "3.39");
  assert_cell_text (f, 0, "rate", "87.37%");
  assert_cell_text (f, 0, "score", "8.74");
  assert_cell_text (f, 0, "grade", "—");
  assert_cell_text (f, 4, "kind", "Transfer payment");
  assert_cell_text (f, 5, "budget", "4,000.00");
  assert_cell_text (f, 5, "rate", "100.00%");

  /* Below 90% is marked by an icon and words, not by colour alone. */
  {
    GtkWidget *rate = jx_projects_pane_get_cell (f->pane, 0, "rate");
    GtkWidget *icon = gtk_widget_get_prev_sibling (rate);

    g_assert_true (GTK_IS_IMAGE (icon));
    g_assert_true (gtk_widget_get_visible (icon));
    g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (icon), "90%"));
    icon = gtk_widget_get_prev_sibling (jx_projects_pane_get_cell (f->pane, 5, "rate"));
    g_assert_false (gtk_widget_get_visible (icon));
  }

  /* A total of the parts known so far says so. */
  {
    GtkWidget *score = jx_projects_pane_get_cell (f->pane, 0, "score");
    GtkWidget *marker = gtk_widget_get_prev_sibling (score);

    g_assert_true (gtk_widget_get_visible (marker));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (marker)), ==, "incomplete");
  }

  jx_test_save_screenshot (f->samples.window, "projects-pane.png");
}

static void
test_edit_actual_rescores (Fixture       *f,
                           gconstpointer  data)
{
  JxProject *project;

  project = get_project (f->model, 0);
  g_assert_cmpstr (jx_project_get_name (project), ==, "车辆租赁费");
  assert_cell_text (f, 0, "rate", "87.37%");
  assert_cell_text (f, 0, "score", "8.74");

  /* Typed into the cell as the user types: the single funding row's
   * 全年执行数 changes, and with it the rate and the score. */
  edit_cell (f, 0, "actual", "3.88");

  g_assert_cmpint (jx_project_get_actual (project), ==, 3880000);
  assert_cell_text (f, 0, "actual", "3.88");
  assert_cell_text (f, 0, "rate", "100.00%");
  assert_cell_text (f, 0, "score", "10.00");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_prev_sibling (jx_projects_pane_get_cell (f->pane, 0, "rate"))));

  g_assert_cmpint (read_actual_from_disk (f->samples.store, 0), ==, 3880000);

  jx_test_undo (f->history);

  assert_cell_text (f, 0, "actual", "3.39");
  assert_cell_text (f, 0, "rate", "87.37%");
  assert_cell_text (f, 0, "score", "8.74");
  g_assert_cmpint (read_actual_from_disk (f->samples.store, 0), ==, 3390000);
}

static void
test_invalid_money_is_marked (Fixture       *f,
                              gconstpointer  data)
{
  JxProject *project;
  GtkWidget *cell;

  project = get_project (f->model, 0);
  edit_cell (f, 0, "actual", "abc");

  /* The typed text stays, marked with the reason; nothing is saved. */
  cell = jx_projects_pane_get_cell (f->pane, 0, "actual");
  g_assert_true (gtk_widget_has_css_class (cell, "error"));
  g_assert_nonnull (jx_projects_pane_get_cell_problem (f->pane, 0, "actual"));
  assert_cell_text (f, 0, "actual", "abc");
  g_assert_cmpint (jx_project_get_actual (project), ==, 3390000);
  assert_cell_text (f, 0, "rate", "87.37%");
  g_assert_false (jx_history_can_undo (f->history));

  g_assert_cmpint (read_actual_from_disk (f->samples.store, 0), ==, 3390000);

  /* Corrected, it is saved and the mark goes. */
  edit_cell (f, 0, "actual", "3.5");
  g_assert_false (gtk_widget_has_css_class (jx_projects_pane_get_cell (f->pane, 0, "actual"), "error"));
  g_assert_cmpint (jx_project_get_actual (project), ==, 3500000);
}

static void
test_kind_drop_down (Fixture       *f,
                     gconstpointer  data)
{
  JxProject *project;
  GtkWidget *drop_down;

  project = get_project (f->model, 0);
  drop_down = jx_projects_pane_get_cell (f->pane, 0, "kind");
  g_assert_true (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 2);
  jx_test_wait_for_frames ();
  g_assert_cmpint (jx_project_get_kind (project), ==, JX_PROJECT_KIND_SPECIAL);
  g_assert_true (jx_history_can_undo (f->history));

  jx_test_undo (f->history);
  g_assert_cmpint (jx_project_get_kind (project), ==, JX_PROJECT_KIND_LOCAL);
  assert_cell_text (f, 0, "kind", "Own project");
}

static void
test_several_funding_rows_are_summed (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();
  JxProject *project;
  GtkWidget *cell;

  project = get_project (f->model, 0);
  jx_funding_row_set_source (row, JX_FUNDING_SOURCE_CARRIED_OVER);
  jx_funding_row_set_adjusted (row, 1000000);
  insert_funding_row (f, project, row);

  /* Two rows: the sum, read-only, saying where to edit. */
  cell = jx_projects_pane_get_cell (f->pane, 0, "budget");
  g_assert_true (GTK_IS_LABEL (cell));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "detail"));
  assert_cell_text (f, 0, "budget", "4.88");
  assert_cell_text (f, 0, "rate", "69.47%");
  g_assert_false (jx_projects_pane_edit_cell (f->pane, 0, "budget", "9"));

  jx_test_undo (f->history);

  g_assert_true (JX_IS_FIELD_CELL (jx_projects_pane_get_cell (f->pane, 0, "budget")));
  assert_cell_text (f, 0, "budget", "3.88");
}

static gboolean
name_cell_is_editing (gpointer data)
{
  Fixture *f = data;

  return jx_projects_pane_is_cell_editing (f->pane, 3, "name");
}

static void
test_add_project (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) on_disk = NULL;
  JxProject *project;
  JxFundingRow *funding;

  select_row (f, 2);
  g_assert_true (run_action (f, "projects.add"));

  /* After the selected one, selected, its name being edited. */
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 10);
  project = get_project (f->model, 3);
  g_assert_cmpstr (jx_project_get_name (project), ==, "New project");
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 1);
  funding = g_ptr_array_index (jx_project_get_funding (project), 0);
  g_assert_cmpint (jx_funding_row_get_source (funding), ==, JX_FUNDING_SOURCE_APPROPRIATION);
  g_assert_true (jx_projects_pane_get_selected (f->pane) == project);
  g_assert_true (jx_workspace_get_project (f->samples.workspace) == project);
  g_assert_true (jx_project_detail_get_project (jx_projects_pane_get_detail (f->pane)) == project);
  g_assert_true (jx_test_wait_until (name_cell_is_editing, f));

  on_disk = read_projects_from_disk (f->samples.store);
  g_assert_cmpuint (on_disk->len, ==, 10);
  g_assert_cmpstr (jx_project_get_name (g_ptr_array_index (on_disk, 3)), ==, "New project");
  g_assert_cmpuint (jx_project_get_funding (g_ptr_array_index (on_disk, 3))->len, ==, 1);

  /* The name typed into it is saved. */
  edit_cell (f, 3, "name", "科技服务平台");
  g_assert_cmpstr (jx_project_get_name (project), ==, "科技服务平台");

  jx_test_undo (f->history);
  jx_test_undo (f->history);
  assert_project_count (f, 9);
}

static void
test_duplicate_project (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) on_disk = NULL;
  JxProject *original;
  JxProject *copy;

  original = get_project (f->model, 0);
  select_row (f, 0);
  g_assert_true (run_action (f, "projects.duplicate"));

  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 10);
  copy = get_project (f->model, 1);
  g_assert_true (copy != original);
  g_assert_cmpstr (jx_project_get_name (copy), ==, "车辆租赁费 (copy)");
  g_assert_cmpint (jx_project_get_actual (copy), ==, 3390000);
  g_assert_cmpint (jx_project_get_budget (copy), ==, 3880000);
  g_assert_true (jx_projects_pane_get_selected (f->pane) == copy);
  assert_cell_text (f, 1, "rate", "87.37%");

  on_disk = read_projects_from_disk (f->samples.store);
  g_assert_cmpuint (on_disk->len, ==, 10);
  g_assert_cmpstr (jx_project_get_name (g_ptr_array_index (on_disk, 1)), ==, "车辆租赁费 (copy)");
  g_assert_cmpint (jx_project_get_actual (g_ptr_array_index (on_disk, 1)), ==, 3390000);

  /* One step of undo takes it all away. */
  jx_test_undo (f->history);
  g_assert_false (jx_history_can_undo (f->history));
  assert_project_count (f, 9);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *disk = NULL;
  g_autofree char *name = NULL;
  JxProject *project;
  AdwToast *toast;

  before = join_names (f->model);
  project = get_project (f->model, 4);
  name = g_strdup (jx_project_get_name (project));
  select_row (f, 4);

  g_assert_true (run_action (f, "projects.delete"));

  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 8);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpstr (jx_project_get_name (get_project (f->model, i)), !=, name);
  disk = join_disk_names (f->samples.store);
  after = join_names (f->model);
  g_assert_cmpstr (disk, ==, after);
  g_clear_pointer (&disk, g_free);

  /* The neighbour is selected; the toast offers the undo. */
  g_assert_true (jx_projects_pane_get_selected (f->pane) == get_project (f->model, 4));
  toast = jx_projects_pane_get_undo_toast (f->pane);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), name));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "projects.undo");

  g_assert_true (run_action (f, adw_toast_get_action_name (toast)));

  /* Back at the same place, in memory and on disk. */
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 9);
  g_assert_cmpstr (jx_project_get_name (get_project (f->model, 4)), ==, name);
  g_clear_pointer (&after, g_free);
  after = join_names (f->model);
  g_assert_cmpstr (after, ==, before);
  disk = join_disk_names (f->samples.store);
  g_assert_cmpstr (disk, ==, before);
}

static void
test_toast_undo_is_withdrawn_after_another_edit (Fixture       *f,
                                                 gconstpointer  data)
{
  select_row (f, 1);
  g_assert_true (run_action (f, "projects.delete"));
  g_assert_nonnull (jx_projects_pane_get_undo_toast (f->pane));

  /* Its undo would now undo the rename, not the deletion. */
  edit_cell (f, 0, "name", "公务用车租赁");
  g_assert_null (jx_projects_pane_get_undo_toast (f->pane));
}

static void
test_move_up_and_down (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *disk = NULL;
  g_autofree char *names = NULL;
  JxProject *first;

  first = get_project (f->model, 0);
  select_row (f, 0);

  g_assert_true (run_action (f, "projects.move-down"));
  g_assert_true (get_project (f->model, 1) == first);
  g_assert_true (jx_projects_pane_get_selected (f->pane) == first);
  g_assert_true (jx_workspace_get_project (f->samples.workspace) == first);
  names = join_names (f->model);
  disk = join_disk_names (f->samples.store);
  g_assert_cmpstr (disk, ==, names);
  g_assert_true (g_str_has_prefix (disk, "新区孵化大厦运营管理费 | 车辆租赁费 | "));

  g_assert_true (run_action (f, "projects.move-up"));
  g_assert_true (get_project (f->model, 0) == first);
  g_clear_pointer (&disk, g_free);
  disk = join_disk_names (f->samples.store);
  g_assert_true (g_str_has_prefix (disk, "车辆租赁费 | 新区孵化大厦运营管理费 | "));

  /* At the top it stays. */
  run_action (f, "projects.move-up");
  g_assert_true (get_project (f->model, 0) == first);
}

static void
test_selection_follows_workspace (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(JxProject) stranger = jx_project_new ();
  JxProject *project;

  /* Nothing is selected at first: the indicator pane shows the year's own. */
  g_assert_null (jx_projects_pane_get_selected (f->pane));
  g_assert_null (jx_workspace_get_project (f->samples.workspace));

  project = get_project (f->model, 8);
  reveal_project (f, project);
  g_assert_true (jx_projects_pane_get_selected (f->pane) == project);
  g_assert_true (jx_workspace_get_project (f->samples.workspace) == project);
  g_assert_true (jx_project_detail_get_project (jx_projects_pane_get_detail (f->pane)) == project);

  g_assert_false (jx_projects_pane_reveal (f->pane, stranger));

  select_row (f, 5);

  /* Another year: its projects, nothing selected. */
  select_year (f, "衡阳市科学技术局", 2021);
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 2);
  g_assert_null (jx_projects_pane_get_selected (f->pane));
  assert_cell_text (f, 0, "budget", "2,201.00");
}

static void
test_detail_shows_computed_beside_stated (Fixture       *f,
                                          gconstpointer  data)
{
  reveal_project (f, get_project (f->model, 0));

  g_assert_true (detail_shows (f, "车辆租赁费"));
  g_assert_true (detail_shows (f, "computed 87.37%"));
  g_assert_true (detail_shows (f, "computed 100.00%"));   /* arrival */
  g_assert_true (detail_shows (f, "computed 8.74 so far, incomplete"));
  g_assert_cmpuint (count_detail_rows (f), ==, 1);
  jx_test_save_screenshot (f->samples.window, "projects-detail.png");

  /* An edit in the table shows in the detail. */
  edit_cell (f, 0, "actual", "3.88");
  g_assert_true (detail_shows (f, "computed 100.00%"));
  g_assert_false (detail_shows (f, "computed 87.37%"));
}

static void
test_detail_funding_rows_follow_history (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();
  JxProject *project;

  project = get_project (f->model, 0);
  reveal_project (f, project);
  g_assert_cmpuint (count_detail_rows (f), ==, 1);

  jx_funding_row_set_source (row, JX_FUNDING_SOURCE_OTHER);
  insert_funding_row (f, project, row);
  g_assert_cmpuint (count_detail_rows (f), ==, 2);

  jx_test_undo (f->history);
  g_assert_cmpuint (count_detail_rows (f), ==, 1);
}

static void
test_detail_adds_and_removes_rows (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) on_disk = NULL;
  JxProjectDetail *detail = jx_projects_pane_get_detail (f->pane);
  JxProject *project;
  JxFundingRow *row;

  project = get_project (f->model, 0);
  reveal_project (f, project);

  /* A second funding row, of the next source. */
  click_detail_button (f, "Add a funding row");
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 2);
  row = g_ptr_array_index (jx_project_get_funding (project), 1);
  g_assert_cmpint (jx_funding_row_get_source (row), ==, JX_FUNDING_SOURCE_CARRIED_OVER);
  g_assert_cmpuint (count_detail_rows (f), ==, 2);
  on_disk = read_projects_from_disk (f->samples.store);
  g_assert_cmpuint (jx_project_get_funding (g_ptr_array_index (on_disk, 0))->len, ==, 2);

  /* The table now shows sums. */
  g_assert_true (GTK_IS_LABEL (jx_projects_pane_get_cell (f->pane, 0, "budget")));

  /* Removing the first leaves the new one, and can be undone. */
  click_detail_button (f, "Remove this funding row");
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 1);
  g_assert_true (g_ptr_array_index (jx_project_get_funding (project), 0) == row);
  assert_cell_text (f, 0, "rate", "—");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.undo", NULL));
  jx_test_wait_for_frames ();
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 2);
  g_assert_cmpint (jx_funding_row_get_actual (g_ptr_array_index (jx_project_get_funding (project), 0)), ==, 3390000);
  assert_cell_text (f, 0, "rate", "87.37%");

  /* An allocation line, whose sum shows beside the stated total. */
  click_detail_button (f, "Add an allocation line");
  g_assert_cmpuint (jx_project_get_allocations (project)->len, ==, 1);
  g_assert_cmpstr (jx_allocation_line_get_recipient (g_ptr_array_index (jx_project_get_allocations (project), 0)), ==,
                   "New recipient");
  g_assert_true (detail_shows (f, "1 line"));

  /* A category weight, of the first preset category not weighed yet. */
  click_detail_button (f, "Add a category weight");
  g_assert_cmpuint (jx_project_get_category_weights (project)->len, ==, 1);
  g_assert_cmpstr (jx_category_weight_get_level1 (g_ptr_array_index (jx_project_get_category_weights (project), 0)),
                   ==, "产出指标");
}

static gboolean
leaflet_is_folded (gpointer data)
{
  return adw_leaflet_get_folded (ADW_LEAFLET (data));
}

static void
test_narrow_window_shows_one_at_a_time (Fixture       *f,
                                        gconstpointer  data)
{
  AdwLeaflet *leaflet;
  GtkWidget *table;
  GtkWidget *detail_page;
  GtkWidget *back;

  leaflet = ADW_LEAFLET (template_child (f, "leaflet"));
  table = template_child (f, "table_page");
  detail_page = template_child (f, "detail_page");

  /* Wide: the table alone until a project is chosen, then both. */
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (detail_page));
  reveal_project (f, get_project (f->model, 2));
  g_assert_true (gtk_widget_get_visible (detail_page));
  g_assert_true (gtk_widget_get_child_visible (table));
  g_assert_true (gtk_widget_get_child_visible (detail_page));

  /* Narrow: one at a time, with a way back. */
  gtk_window_set_default_size (GTK_WINDOW (f->samples.window), 600, 800);
  g_assert_true (jx_test_wait_until (leaflet_is_folded, leaflet));
  jx_test_wait_for_frames ();
  reveal_project (f, get_project (f->model, 3));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == detail_page);
  jx_test_save_screenshot (f->samples.window, "projects-narrow-detail.png");

  back = find_button (detail_page, "Back to the projects");
  g_assert_nonnull (back);
  g_assert_true (gtk_widget_is_visible (back));
  g_signal_emit_by_name (back, "clicked");
  jx_test_wait_for_frames ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == table);
}

static void
test_detail_allocation_lines (Fixture       *f,
                              gconstpointer  data)
{
  /* Seed 004: 17 regions, 168 sub-projects, 2201 万元. */
  select_year (f, "衡阳市科学技术局", 2021);
  g_assert_cmpstr (jx_project_get_name (get_project (f->model, 0)), ==, "2021年市科技计划项目专项资金");
  assert_cell_text (f, 0, "kind", "Special fund");

  reveal_project (f, get_project (f->model, 0));

  /* The funding row and the 17 lines. */
  g_assert_cmpuint (count_detail_rows (f), ==, 1 + 17);
  g_assert_true (detail_shows (f, "2,201.00"));
  g_assert_true (detail_shows (f, "computed 2,201.00"));
  g_assert_true (detail_shows (f, "17 lines, 168 sub-projects"));
  jx_test_save_screenshot (f->samples.window, "projects-detail-allocation.png");
}

static void
test_shortcuts (Fixture       *f,
                gconstpointer  data)
{
  static const struct {
    const char *trigger;
    const char *action;
  } expected[] = {
    { "Insert", "projects.add" },
    { "<Control>d", "projects.duplicate" },
    { "Delete", "projects.delete" },
    { "<Alt>Up", "projects.move-up" },
    { "<Alt>Down", "projects.move-down" },
  };
  g_autoptr(GtkShortcut) move_down = NULL;
  GListModel *shortcuts;
  GtkWidget *table;

  /* On the table only: Delete in the detail deletes text, not projects. */
  table = template_child (f, "table_page");
  shortcuts = G_LIST_MODEL (jx_test_find_controller (table, GTK_TYPE_SHORTCUT_CONTROLLER));
  g_assert_nonnull (shortcuts);
  g_assert_cmpuint (g_list_model_get_n_items (shortcuts), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
      g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
      GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

      g_assert_cmpstr (trigger, ==, expected[i].trigger);
      g_assert_true (GTK_IS_NAMED_ACTION (action));
      g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, expected[i].action);
    }

  /* Pressing one runs its action. */
  select_row (f, 0);
  move_down = g_list_model_get_item (shortcuts, 4);
  g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (move_down), 0, table, NULL));
  jx_test_wait_for_frames ();
  g_assert_cmpstr (jx_project_get_name (get_project (f->model, 1)), ==, "车辆租赁费");
}

/* JxChildList, without a display. */

typedef struct {
  guint position;
  guint removed;
  guint added;
  guint n_items;   /* when it was emitted */
  guint count;
} ItemsChanged;

static void
items_changed_cb (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
  seen->n_items = g_list_model_get_n_items (model);
  seen->count++;
}

static void
test_child_list_follows_history (void)
{
  JxTestSamples samples = { 0 };
  g_autoptr(JxChildList) list = NULL;
  g_autoptr(JxChildList) other = NULL;
  g_autoptr(JxProject) added = jx_project_new ();
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };
  ItemsChanged other_seen = { 0 };
  JxDepartmentYear *year;
  JxDepartmentYear *other_year;
  JxHistory *history;
  GPtrArray *projects;

  jx_test_samples_set_up (&samples);
  history = jx_workspace_get_history (samples.workspace);
  year = jx_test_select_year (samples.workspace, "兰州新区科技局", 2020);
  projects = jx_department_year_get_projects (year);

  list = jx_child_list_new (history, JX_RECORD (year), "projects");
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == JX_TYPE_PROJECT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 9);
  {
    g_autoptr(JxProject) first = g_list_model_get_item (G_LIST_MODEL (list), 0);

    g_assert_true (first == g_ptr_array_index (projects, 0));
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 9));
  }
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &seen);

  /* A list of another owner hears nothing of these. */
  other_year = jx_test_find_year (jx_test_find_department (samples.workspace, "衡阳市科学技术局"), 2021);
  other = jx_child_list_new (history, JX_RECORD (other_year), "projects");
  g_signal_connect (other, "items-changed", G_CALLBACK (items_changed_cb), &other_seen);

  jx_project_set_name (added, "新增项目");
  g_assert_true (jx_history_insert (history, JX_RECORD (year), "projects", 2, JX_RECORD (added), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.count, ==, 1);
  g_assert_cmpuint (seen.position, ==, 2);
  g_assert_cmpuint (seen.removed, ==, 0);
  g_assert_cmpuint (seen.added, ==, 1);
  g_assert_cmpuint (seen.n_items, ==, 10);
  {
    g_autoptr(JxProject) item = g_list_model_get_item (G_LIST_MODEL (list), 2);

    g_assert_true (item == added);
    g_assert_true (jx_child_list_find (list, JX_RECORD (added), NULL));
  }

  g_assert_true (jx_history_move (history, JX_RECORD (year), "projects", 0, 3, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.count, ==, 2);
  g_assert_cmpuint (seen.position, ==, 0);
  g_assert_cmpuint (seen.removed, ==, 4);
  g_assert_cmpuint (seen.added, ==, 4);
  g_assert_cmpuint (seen.n_items, ==, 10);

  g_assert_true (jx_history_remove (history, JX_RECORD (year), "projects", 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.count, ==, 3);
  g_assert_cmpuint (seen.position, ==, 1);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 0);
  g_assert_cmpuint (seen.n_items, ==, 9);
  g_assert_false (jx_child_list_find (list, JX_RECORD (added), NULL));

  /* Undo and redo say so too. */
  g_assert_true (jx_history_undo (history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen.count, ==, 4);
  g_assert_cmpuint (seen.position, ==, 1);
  g_assert_cmpuint (seen.added, ==, 1);
  g_assert_cmpuint (seen.n_items, ==, 10);

  g_assert_cmpuint (other_seen.count, ==, 0);

  g_clear_object (&list);
  g_clear_object (&other);
  jx_test_samples_tear_down (&samples);
}

static void
test_child_list_of_departments (void)
{
  JxTestSamples samples = { 0 };
  g_autoptr(JxChildList) list = NULL;
  g_autoptr(JxDepartment) first = NULL;

  jx_test_samples_set_up (&samples);
  list = jx_child_list_new (jx_workspace_get_history (samples.workspace), NULL, JX_HISTORY_DEPARTMENTS);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == JX_TYPE_DEPARTMENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (JX_IS_DEPARTMENT (first));
  g_assert_null (jx_child_list_get_owner (list));
  g_assert_cmpstr (jx_child_list_get_child_set (list), ==, JX_HISTORY_DEPARTMENTS);

  g_clear_object (&first);
  g_clear_object (&list);
  jx_test_samples_tear_down (&samples);
}

static void
skip_without_display (void)
{
  g_test_skip ("no display: run the window tests under xvfb-run");
}

/* The tests of the pane need a display; without one they are skipped. */
static void
add_pane_test (const char       *name,
               GTestFixtureFunc  test)
{
  g_autofree char *path = g_strconcat ("/projects-pane/", name, NULL);

  if (jx_test_has_display ())
    g_test_add_vtable (path, sizeof (Fixture), NULL, (GTestFixtureFunc) fixture_set_up, test,
                       (GTestFixtureFunc) fixture_tear_down);
  else
    g_test_add_func (path, skip_without_display);
}

#define ADD_PANE_TEST(name, func) add_pane_test (name, (GTestFixtureFunc) func)

int
main (int    argc,
      char **argv)
{
  if (jx_test_has_display ())
    {
      gtk_test_init (&argc, &argv, NULL);
      adw_init ();
    }
  else
    {
      g_test_init (&argc, &argv, NULL);
    }

  g_test_add_func ("/child-list/follows-history", test_child_list_follows_history);
  g_test_add_func ("/child-list/departments", test_child_list_of_departments);

  ADD_PANE_TEST ("one-row-per-project", test_one_row_per_project);
  ADD_PANE_TEST ("edit-actual-rescores", test_edit_actual_rescores);
  ADD_PANE_TEST ("invalid-money-is-marked", test_invalid_money_is_marked);
  ADD_PANE_TEST ("kind-drop-down", test_kind_drop_down);
  ADD_PANE_TEST ("several-funding-rows-are-summed", test_several_funding_rows_are_summed);
  ADD_PANE_TEST ("add", test_add_project);
  ADD_PANE_TEST ("duplicate", test_duplicate_project);
  ADD_PANE_TEST ("delete-and-undo", test_delete_and_undo);
  ADD_PANE_TEST ("toast-undo-withdrawn", test_toast_undo_is_withdrawn_after_another_edit);
  ADD_PANE_TEST ("move", test_move_up_and_down);
  ADD_PANE_TEST ("shortcuts", test_shortcuts);
  ADD_PANE_TEST ("narrow-window", test_narrow_window_shows_one_at_a_time);
  ADD_PANE_TEST ("selection-follows-workspace", test_selection_follows_workspace);
  ADD_PANE_TEST ("detail-computed-beside-stated", test_detail_shows_computed_beside_stated);
  ADD_PANE_TEST ("detail-funding-rows", test_detail_funding_rows_follow_history);
  ADD_PANE_TEST ("detail-adds-and-removes-rows", test_detail_adds_and_removes_rows);
  ADD_PANE_TEST ("detail-allocation-lines", test_detail_allocation_lines);

  return g_test_run ();
}
