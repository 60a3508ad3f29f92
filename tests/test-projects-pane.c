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

static gboolean
has_display (void)
{
  const char *x11 = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  return (x11 != NULL && x11[0] != '\0') || (wayland != NULL && wayland[0] != '\0');
}

static JxDepartmentYear *
find_year (JxWorkspace   *workspace,
           const char    *department_name,
           gint64         year_number,
           JxDepartment **department)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *departments = jx_workspace_get_departments (workspace, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *candidate = g_ptr_array_index (departments, i);
      GPtrArray *years;

      if (g_strcmp0 (jx_department_get_name (candidate), department_name) != 0)
        continue;

      years = jx_department_get_years (candidate);
      for (guint j = 0; j < years->len; j++)
        if (jx_department_year_get_year (g_ptr_array_index (years, j)) == year_number)
          {
            *department = candidate;
            return g_ptr_array_index (years, j);
          }
    }

  g_assert_not_reached ();
  return NULL;
}

static void
select_year (JxWorkspace *workspace,
             const char  *department_name,
             gint64       year_number)
{
  g_autoptr(GError) error = NULL;
  JxDepartment *department = NULL;
  JxDepartmentYear *year = find_year (workspace, department_name, year_number, &department);

  g_assert_true (jx_workspace_select_year (workspace, department, year, &error));
  g_assert_no_error (error);
}

/* What another program reads from the file: the projects of a year, in
 * their order, with all they own. */
static GPtrArray *
read_projects_from_disk (JxStore    *store,
                         const char *department_name,
                         gint64      year_number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxStore) reader = jx_store_open (jx_store_get_path (store), JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_autoptr(JxDepartment) department = NULL;
  GPtrArray *years;

  g_assert_no_error (error);
  department = jx_store_find_department (reader, department_name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (department);
  g_assert_true (jx_store_load_children (reader, JX_RECORD (department), TRUE, &error));
  g_assert_no_error (error);

  years = jx_department_get_years (department);
  for (guint i = 0; i < years->len; i++)
    {
      JxDepartmentYear *year = g_ptr_array_index (years, i);

      if (jx_department_year_get_year (year) == year_number)
        return g_ptr_array_ref (jx_department_year_get_projects (year));
    }

  g_assert_not_reached ();
  return NULL;
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
  g_autoptr(GPtrArray) projects = read_projects_from_disk (store, "兰州新区科技局", 2020);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < projects->len; i++)
    {
      if (i > 0)
        g_string_append (names, " | ");
      g_string_append (names, jx_project_get_name (g_ptr_array_index (projects, i)));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static JxProject *
get_project (GListModel *model,
             guint       position)
{
  g_autoptr(JxProject) project = g_list_model_get_item (model, position);

  g_assert_nonnull (project);
  return project;   /* the year holds it */
}

/* Importing the samples takes a while under the sanitizers: it is done
 * once, and each test works on a copy of the file. */
static char *samples_dir;

static JxStore *
open_samples_copy (const char *dir)
{
  g_autofree char *template = NULL;
  g_autofree char *path = g_build_filename (dir, "samples.db", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  JxStore *store;
  gsize length;

  if (samples_dir == NULL)
    {
      samples_dir = jx_test_make_dir ();
      g_object_unref (jx_test_open_samples (samples_dir));   /* closed: all in the one file */
    }

  template = g_build_filename (samples_dir, "samples.db", NULL);
  g_assert_true (g_file_get_contents (template, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return store;
}

/* The pane in a window, on the sample database. */

typedef struct {
  char           *dir;
  JxStore        *store;
  JxWorkspace    *workspace;
  JxHistory      *history;
  GtkWidget      *window;
  JxProjectsPane *pane;
  GListModel     *model;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  if (!has_display ())
    return;

  f->dir = jx_test_make_dir ();
  f->store = open_samples_copy (f->dir);
  f->workspace = jx_workspace_new (f->store);
  f->history = jx_workspace_get_history (f->workspace);
  select_year (f->workspace, "兰州新区科技局", 2020);

  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1400, 900);
  f->pane = JX_PROJECTS_PANE (jx_projects_pane_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->pane));
  jx_projects_pane_set_workspace (f->pane, f->workspace);
  gtk_window_present (GTK_WINDOW (f->window));
  jx_test_wait_for_frames ();

  f->model = jx_projects_pane_get_model (f->pane);
  g_assert_nonnull (f->model);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->window == NULL)
    return;

  gtk_window_destroy (GTK_WINDOW (f->window));
  jx_test_wait_for_frames ();
  g_clear_object (&f->workspace);
  g_clear_object (&f->store);
  jx_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gboolean
skip_without_display (void)
{
  if (has_display ())
    return FALSE;

  g_test_skip ("no display: run the window tests under xvfb-run");
  return TRUE;
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

static void
select_row (Fixture *f,
            guint    position)
{
  JxProject *project = get_project (f->model, position);

  jx_workspace_set_project (f->workspace, project);
  jx_test_wait_for_frames ();
  g_assert_true (jx_projects_pane_get_selected (f->pane) == project);
}

static gboolean
widget_has_label (GtkWidget  *widget,
                  const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (widget_has_label (child, text))
      return TRUE;

  return FALSE;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_descendants (GtkWidget *widget,
                   GType      type)
{
  guint count = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    count += (G_TYPE_CHECK_INSTANCE_TYPE (child, type) ? 1 : 0) + count_descendants (child, type);

  return count;
}

static void
test_one_row_per_project (Fixture       *f,
                          gconstpointer  data)
{
  GPtrArray *projects;

  if (skip_without_display ())
    return;

  projects = jx_department_year_get_projects (jx_workspace_get_year (f->workspace));
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

  jx_test_save_screenshot (f->window, "projects-pane.png");
}

static void
test_edit_actual_rescores (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) on_disk = NULL;
  JxProject *project;

  if (skip_without_display ())
    return;

  project = get_project (f->model, 0);
  g_assert_cmpstr (jx_project_get_name (project), ==, "车辆租赁费");
  assert_cell_text (f, 0, "rate", "87.37%");
  assert_cell_text (f, 0, "score", "8.74");

  /* Typed into the cell as the user types: the single funding row's
   * 全年执行数 changes, and with it the rate and the score. */
  g_assert_true (jx_projects_pane_edit_cell (f->pane, 0, "actual", "3.88"));
  jx_test_wait_for_frames ();

  g_assert_cmpint (jx_project_get_actual (project), ==, 3880000);
  assert_cell_text (f, 0, "actual", "3.88");
  assert_cell_text (f, 0, "rate", "100.00%");
  assert_cell_text (f, 0, "score", "10.00");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_prev_sibling (jx_projects_pane_get_cell (f->pane, 0, "rate"))));

  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpint (jx_project_get_actual (g_ptr_array_index (on_disk, 0)), ==, 3880000);
  g_clear_pointer (&on_disk, g_ptr_array_unref);

  g_assert_true (jx_history_undo (f->history, &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();

  assert_cell_text (f, 0, "actual", "3.39");
  assert_cell_text (f, 0, "rate", "87.37%");
  assert_cell_text (f, 0, "score", "8.74");
  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpint (jx_project_get_actual (g_ptr_array_index (on_disk, 0)), ==, 3390000);
}

static void
test_invalid_money_is_marked (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) on_disk = NULL;
  JxProject *project;
  GtkWidget *cell;

  if (skip_without_display ())
    return;

  project = get_project (f->model, 0);
  g_assert_true (jx_projects_pane_edit_cell (f->pane, 0, "actual", "abc"));
  jx_test_wait_for_frames ();

  /* The typed text stays, marked with the reason; nothing is saved. */
  cell = jx_projects_pane_get_cell (f->pane, 0, "actual");
  g_assert_true (gtk_widget_has_css_class (cell, "error"));
  g_assert_nonnull (jx_projects_pane_get_cell_problem (f->pane, 0, "actual"));
  assert_cell_text (f, 0, "actual", "abc");
  g_assert_cmpint (jx_project_get_actual (project), ==, 3390000);
  assert_cell_text (f, 0, "rate", "87.37%");
  g_assert_false (jx_history_can_undo (f->history));

  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpint (jx_project_get_actual (g_ptr_array_index (on_disk, 0)), ==, 3390000);

  /* Corrected, it is saved and the mark goes. */
  g_assert_true (jx_projects_pane_edit_cell (f->pane, 0, "actual", "3.5"));
  jx_test_wait_for_frames ();
  g_assert_false (gtk_widget_has_css_class (jx_projects_pane_get_cell (f->pane, 0, "actual"), "error"));
  g_assert_cmpint (jx_project_get_actual (project), ==, 3500000);
}

static void
test_kind_drop_down (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  JxProject *project;
  GtkWidget *drop_down;

  if (skip_without_display ())
    return;

  project = get_project (f->model, 0);
  drop_down = jx_projects_pane_get_cell (f->pane, 0, "kind");
  g_assert_true (GTK_IS_DROP_DOWN (drop_down));

  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), 2);
  jx_test_wait_for_frames ();
  g_assert_cmpint (jx_project_get_kind (project), ==, JX_PROJECT_KIND_SPECIAL);
  g_assert_true (jx_history_can_undo (f->history));

  g_assert_true (jx_history_undo (f->history, &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
  g_assert_cmpint (jx_project_get_kind (project), ==, JX_PROJECT_KIND_LOCAL);
  assert_cell_text (f, 0, "kind", "Own project");
}

static void
test_several_funding_rows_are_summed (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();
  g_autoptr(GError) error = NULL;
  JxProject *project;
  GtkWidget *cell;

  if (skip_without_display ())
    return;

  project = get_project (f->model, 0);
  jx_funding_row_set_source (row, JX_FUNDING_SOURCE_CARRIED_OVER);
  jx_funding_row_set_adjusted (row, 1000000);
  g_assert_true (jx_history_insert (f->history, JX_RECORD (project), "funding", 1, JX_RECORD (row), &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();

  /* Two rows: the sum, read-only, saying where to edit. */
  cell = jx_projects_pane_get_cell (f->pane, 0, "budget");
  g_assert_true (GTK_IS_LABEL (cell));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "detail"));
  assert_cell_text (f, 0, "budget", "4.88");
  assert_cell_text (f, 0, "rate", "69.47%");
  g_assert_false (jx_projects_pane_edit_cell (f->pane, 0, "budget", "9"));

  g_assert_true (jx_history_undo (f->history, &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();

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
  g_autoptr(GError) error = NULL;
  JxProject *project;
  JxFundingRow *funding;

  if (skip_without_display ())
    return;

  select_row (f, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "projects.add", NULL));
  jx_test_wait_for_frames ();

  /* After the selected one, selected, its name being edited. */
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 10);
  project = get_project (f->model, 3);
  g_assert_cmpstr (jx_project_get_name (project), ==, "New project");
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 1);
  funding = g_ptr_array_index (jx_project_get_funding (project), 0);
  g_assert_cmpint (jx_funding_row_get_source (funding), ==, JX_FUNDING_SOURCE_APPROPRIATION);
  g_assert_true (jx_projects_pane_get_selected (f->pane) == project);
  g_assert_true (jx_workspace_get_project (f->workspace) == project);
  g_assert_true (jx_project_detail_get_project (jx_projects_pane_get_detail (f->pane)) == project);
  g_assert_true (jx_test_wait_until (name_cell_is_editing, f));

  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpuint (on_disk->len, ==, 10);
  g_assert_cmpstr (jx_project_get_name (g_ptr_array_index (on_disk, 3)), ==, "New project");
  g_assert_cmpuint (jx_project_get_funding (g_ptr_array_index (on_disk, 3))->len, ==, 1);
  g_clear_pointer (&on_disk, g_ptr_array_unref);

  /* The name typed into it is saved. */
  g_assert_true (jx_projects_pane_edit_cell (f->pane, 3, "name", "科技服务平台"));
  jx_test_wait_for_frames ();
  g_assert_cmpstr (jx_project_get_name (project), ==, "科技服务平台");

  g_assert_true (jx_history_undo (f->history, &error));
  g_assert_true (jx_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 9);
  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpuint (on_disk->len, ==, 9);
}

static void
test_duplicate_project (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) on_disk = NULL;
  g_autoptr(GError) error = NULL;
  JxProject *original;
  JxProject *copy;

  if (skip_without_display ())
    return;

  original = get_project (f->model, 0);
  select_row (f, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "projects.duplicate", NULL));
  jx_test_wait_for_frames ();

  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 10);
  copy = get_project (f->model, 1);
  g_assert_true (copy != original);
  g_assert_cmpstr (jx_project_get_name (copy), ==, "车辆租赁费 (copy)");
  g_assert_cmpint (jx_project_get_actual (copy), ==, 3390000);
  g_assert_cmpint (jx_project_get_budget (copy), ==, 3880000);
  g_assert_true (jx_projects_pane_get_selected (f->pane) == copy);
  assert_cell_text (f, 1, "rate", "87.37%");

  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpuint (on_disk->len, ==, 10);
  g_assert_cmpstr (jx_project_get_name (g_ptr_array_index (on_disk, 1)), ==, "车辆租赁费 (copy)");
  g_assert_cmpint (jx_project_get_actual (g_ptr_array_index (on_disk, 1)), ==, 3390000);
  g_clear_pointer (&on_disk, g_ptr_array_unref);

  /* One step of undo takes it all away. */
  g_assert_true (jx_history_undo (f->history, &error));
  g_assert_no_error (error);
  g_assert_false (jx_history_can_undo (f->history));
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 9);
  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpuint (on_disk->len, ==, 9);
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

  if (skip_without_display ())
    return;

  before = join_names (f->model);
  project = get_project (f->model, 4);
  name = g_strdup (jx_project_get_name (project));
  select_row (f, 4);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "projects.delete", NULL));
  jx_test_wait_for_frames ();

  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 8);
  for (guint i = 0; i < 8; i++)
    g_assert_cmpstr (jx_project_get_name (get_project (f->model, i)), !=, name);
  disk = join_disk_names (f->store);
  after = join_names (f->model);
  g_assert_cmpstr (disk, ==, after);
  g_clear_pointer (&disk, g_free);

  /* The neighbour is selected; the toast offers the undo. */
  g_assert_true (jx_projects_pane_get_selected (f->pane) == get_project (f->model, 4));
  toast = jx_projects_pane_get_undo_toast (f->pane);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), name));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "projects.undo");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), adw_toast_get_action_name (toast), NULL));
  jx_test_wait_for_frames ();

  /* Back at the same place, in memory and on disk. */
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 9);
  g_assert_cmpstr (jx_project_get_name (get_project (f->model, 4)), ==, name);
  g_clear_pointer (&after, g_free);
  after = join_names (f->model);
  g_assert_cmpstr (after, ==, before);
  disk = join_disk_names (f->store);
  g_assert_cmpstr (disk, ==, before);
}

static void
test_toast_undo_is_withdrawn_after_another_edit (Fixture       *f,
                                                 gconstpointer  data)
{
  if (skip_without_display ())
    return;

  select_row (f, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "projects.delete", NULL));
  jx_test_wait_for_frames ();
  g_assert_nonnull (jx_projects_pane_get_undo_toast (f->pane));

  /* Its undo would now undo the rename, not the deletion. */
  g_assert_true (jx_projects_pane_edit_cell (f->pane, 0, "name", "公务用车租赁"));
  jx_test_wait_for_frames ();
  g_assert_null (jx_projects_pane_get_undo_toast (f->pane));
}

static void
test_move_up_and_down (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *disk = NULL;
  g_autofree char *names = NULL;
  JxProject *first;

  if (skip_without_display ())
    return;

  first = get_project (f->model, 0);
  select_row (f, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "projects.move-down", NULL));
  jx_test_wait_for_frames ();
  g_assert_true (get_project (f->model, 1) == first);
  g_assert_true (jx_projects_pane_get_selected (f->pane) == first);
  g_assert_true (jx_workspace_get_project (f->workspace) == first);
  names = join_names (f->model);
  disk = join_disk_names (f->store);
  g_assert_cmpstr (disk, ==, names);
  g_assert_true (g_str_has_prefix (disk, "新区孵化大厦运营管理费 | 车辆租赁费 | "));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "projects.move-up", NULL));
  jx_test_wait_for_frames ();
  g_assert_true (get_project (f->model, 0) == first);
  g_clear_pointer (&disk, g_free);
  disk = join_disk_names (f->store);
  g_assert_true (g_str_has_prefix (disk, "车辆租赁费 | 新区孵化大厦运营管理费 | "));

  /* At the top it stays. */
  gtk_widget_activate_action (GTK_WIDGET (f->pane), "projects.move-up", NULL);
  jx_test_wait_for_frames ();
  g_assert_true (get_project (f->model, 0) == first);
}

static void
test_selection_follows_workspace (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(JxProject) stranger = jx_project_new ();
  JxProject *project;

  if (skip_without_display ())
    return;

  /* Nothing is selected at first: the indicator pane shows the year's own. */
  g_assert_null (jx_projects_pane_get_selected (f->pane));
  g_assert_null (jx_workspace_get_project (f->workspace));

  project = get_project (f->model, 8);
  g_assert_true (jx_projects_pane_reveal (f->pane, project));
  jx_test_wait_for_frames ();
  g_assert_true (jx_projects_pane_get_selected (f->pane) == project);
  g_assert_true (jx_workspace_get_project (f->workspace) == project);
  g_assert_true (jx_project_detail_get_project (jx_projects_pane_get_detail (f->pane)) == project);

  g_assert_false (jx_projects_pane_reveal (f->pane, stranger));

  project = get_project (f->model, 5);
  jx_workspace_set_project (f->workspace, project);
  jx_test_wait_for_frames ();
  g_assert_true (jx_projects_pane_get_selected (f->pane) == project);

  /* Another year: its projects, nothing selected. */
  select_year (f->workspace, "衡阳市科学技术局", 2021);
  jx_test_wait_for_frames ();
  f->model = jx_projects_pane_get_model (f->pane);
  g_assert_cmpuint (g_list_model_get_n_items (f->model), ==, 2);
  g_assert_null (jx_projects_pane_get_selected (f->pane));
  assert_cell_text (f, 0, "budget", "2,201.00");
}

static void
test_detail_shows_computed_beside_stated (Fixture       *f,
                                          gconstpointer  data)
{
  JxProjectDetail *detail;

  if (skip_without_display ())
    return;

  detail = jx_projects_pane_get_detail (f->pane);
  g_assert_true (jx_projects_pane_reveal (f->pane, get_project (f->model, 0)));
  jx_test_wait_for_frames ();

  g_assert_true (widget_has_label (GTK_WIDGET (detail), "车辆租赁费"));
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "computed 87.37%"));
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "computed 100.00%"));   /* arrival */
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "computed 8.74 so far, incomplete"));
  g_assert_cmpuint (count_descendants (GTK_WIDGET (detail), ADW_TYPE_EXPANDER_ROW), ==, 1);
  jx_test_save_screenshot (f->window, "projects-detail.png");

  /* An edit in the table shows in the detail. */
  g_assert_true (jx_projects_pane_edit_cell (f->pane, 0, "actual", "3.88"));
  jx_test_wait_for_frames ();
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "computed 100.00%"));
  g_assert_false (widget_has_label (GTK_WIDGET (detail), "computed 87.37%"));
}

static void
test_detail_funding_rows_follow_history (Fixture       *f,
                                         gconstpointer  data)
{
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();
  g_autoptr(GError) error = NULL;
  JxProjectDetail *detail;
  JxProject *project;

  if (skip_without_display ())
    return;

  detail = jx_projects_pane_get_detail (f->pane);
  project = get_project (f->model, 0);
  g_assert_true (jx_projects_pane_reveal (f->pane, project));
  jx_test_wait_for_frames ();
  g_assert_cmpuint (count_descendants (GTK_WIDGET (detail), ADW_TYPE_EXPANDER_ROW), ==, 1);

  jx_funding_row_set_source (row, JX_FUNDING_SOURCE_OTHER);
  g_assert_true (jx_history_insert (f->history, JX_RECORD (project), "funding", 1, JX_RECORD (row), &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
  g_assert_cmpuint (count_descendants (GTK_WIDGET (detail), ADW_TYPE_EXPANDER_ROW), ==, 2);

  g_assert_true (jx_history_undo (f->history, &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
  g_assert_cmpuint (count_descendants (GTK_WIDGET (detail), ADW_TYPE_EXPANDER_ROW), ==, 1);
}

static void
test_detail_adds_and_removes_rows (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GPtrArray) on_disk = NULL;
  JxProjectDetail *detail;
  JxProject *project;
  GtkWidget *button;
  JxFundingRow *row;

  if (skip_without_display ())
    return;

  detail = jx_projects_pane_get_detail (f->pane);
  project = get_project (f->model, 0);
  g_assert_true (jx_projects_pane_reveal (f->pane, project));
  jx_test_wait_for_frames ();

  /* A second funding row, of the next source. */
  button = find_button (GTK_WIDGET (detail), "Add a funding row");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  jx_test_wait_for_frames ();
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 2);
  row = g_ptr_array_index (jx_project_get_funding (project), 1);
  g_assert_cmpint (jx_funding_row_get_source (row), ==, JX_FUNDING_SOURCE_CARRIED_OVER);
  g_assert_cmpuint (count_descendants (GTK_WIDGET (detail), ADW_TYPE_EXPANDER_ROW), ==, 2);
  on_disk = read_projects_from_disk (f->store, "兰州新区科技局", 2020);
  g_assert_cmpuint (jx_project_get_funding (g_ptr_array_index (on_disk, 0))->len, ==, 2);
  g_clear_pointer (&on_disk, g_ptr_array_unref);

  /* The table now shows sums. */
  g_assert_true (GTK_IS_LABEL (jx_projects_pane_get_cell (f->pane, 0, "budget")));

  /* Removing the first leaves the new one, and can be undone. */
  button = find_button (GTK_WIDGET (detail), "Remove this funding row");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  jx_test_wait_for_frames ();
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 1);
  g_assert_true (g_ptr_array_index (jx_project_get_funding (project), 0) == row);
  assert_cell_text (f, 0, "rate", "—");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (detail), "detail.undo", NULL));
  jx_test_wait_for_frames ();
  g_assert_cmpuint (jx_project_get_funding (project)->len, ==, 2);
  g_assert_cmpint (jx_funding_row_get_actual (g_ptr_array_index (jx_project_get_funding (project), 0)), ==, 3390000);
  assert_cell_text (f, 0, "rate", "87.37%");

  /* An allocation line, whose sum shows beside the stated total. */
  button = find_button (GTK_WIDGET (detail), "Add an allocation line");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  jx_test_wait_for_frames ();
  g_assert_cmpuint (jx_project_get_allocations (project)->len, ==, 1);
  g_assert_cmpstr (jx_allocation_line_get_recipient (g_ptr_array_index (jx_project_get_allocations (project), 0)), ==,
                   "New recipient");
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "1 line"));

  /* A category weight, of the first preset category not weighed yet. */
  button = find_button (GTK_WIDGET (detail), "Add a category weight");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  jx_test_wait_for_frames ();
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

  if (skip_without_display ())
    return;

  leaflet = ADW_LEAFLET (gtk_widget_get_template_child (GTK_WIDGET (f->pane), JX_TYPE_PROJECTS_PANE, "leaflet"));
  table = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->pane), JX_TYPE_PROJECTS_PANE, "table_page"));
  detail_page = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->pane), JX_TYPE_PROJECTS_PANE, "detail_page"));

  /* Wide: the table alone until a project is chosen, then both. */
  g_assert_false (adw_leaflet_get_folded (leaflet));
  g_assert_false (gtk_widget_get_visible (detail_page));
  g_assert_true (jx_projects_pane_reveal (f->pane, get_project (f->model, 2)));
  jx_test_wait_for_frames ();
  g_assert_true (gtk_widget_get_visible (detail_page));
  g_assert_true (gtk_widget_get_child_visible (table));
  g_assert_true (gtk_widget_get_child_visible (detail_page));

  /* Narrow: one at a time, with a way back. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 600, 800);
  g_assert_true (jx_test_wait_until (leaflet_is_folded, leaflet));
  jx_test_wait_for_frames ();
  g_assert_true (jx_projects_pane_reveal (f->pane, get_project (f->model, 3)));
  jx_test_wait_for_frames ();
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == detail_page);
  jx_test_save_screenshot (f->window, "projects-narrow-detail.png");

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
  JxProjectDetail *detail;

  if (skip_without_display ())
    return;

  /* Seed 004: 17 regions, 168 sub-projects, 2201 万元. */
  select_year (f->workspace, "衡阳市科学技术局", 2021);
  jx_test_wait_for_frames ();
  f->model = jx_projects_pane_get_model (f->pane);
  g_assert_cmpstr (jx_project_get_name (get_project (f->model, 0)), ==, "2021年市科技计划项目专项资金");
  assert_cell_text (f, 0, "kind", "Special fund");

  detail = jx_projects_pane_get_detail (f->pane);
  g_assert_true (jx_projects_pane_reveal (f->pane, get_project (f->model, 0)));
  jx_test_wait_for_frames ();

  /* The funding row and the 17 lines. */
  g_assert_cmpuint (count_descendants (GTK_WIDGET (detail), ADW_TYPE_EXPANDER_ROW), ==, 1 + 17);
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "2,201.00"));
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "computed 2,201.00"));
  g_assert_true (widget_has_label (GTK_WIDGET (detail), "17 lines, 168 sub-projects"));
  jx_test_save_screenshot (f->window, "projects-detail-allocation.png");
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
  g_autoptr(GListModel) controllers = NULL;
  g_autoptr(GtkShortcut) move_down = NULL;
  GListModel *shortcuts = NULL;
  GtkWidget *table;

  if (skip_without_display ())
    return;

  /* On the table only: Delete in the detail deletes text, not projects. */
  table = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->pane), JX_TYPE_PROJECTS_PANE, "table_page"));
  controllers = gtk_widget_observe_controllers (table);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_SHORTCUT_CONTROLLER (controller))
        shortcuts = G_LIST_MODEL (controller);
    }
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
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = open_samples_copy (dir);
  g_autoptr(JxWorkspace) workspace = jx_workspace_new (store);
  g_autoptr(JxChildList) list = NULL;
  g_autoptr(JxChildList) other = NULL;
  g_autoptr(JxProject) added = jx_project_new ();
  g_autoptr(GError) error = NULL;
  ItemsChanged seen = { 0 };
  ItemsChanged other_seen = { 0 };
  JxDepartment *department = NULL;
  JxDepartmentYear *year;
  JxHistory *history = jx_workspace_get_history (workspace);
  GPtrArray *projects;

  select_year (workspace, "兰州新区科技局", 2020);
  year = jx_workspace_get_year (workspace);
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
  other = jx_child_list_new (history, JX_RECORD (find_year (workspace, "衡阳市科学技术局", 2021, &department)),
                             "projects");
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
  g_clear_object (&workspace);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_child_list_of_departments (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = open_samples_copy (dir);
  g_autoptr(JxWorkspace) workspace = jx_workspace_new (store);
  g_autoptr(JxChildList) list = jx_child_list_new (jx_workspace_get_history (workspace), NULL,
                                                   JX_HISTORY_DEPARTMENTS);
  g_autoptr(JxDepartment) first = NULL;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == JX_TYPE_DEPARTMENT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 4);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (JX_IS_DEPARTMENT (first));
  g_assert_null (jx_child_list_get_owner (list));
  g_assert_cmpstr (jx_child_list_get_child_set (list), ==, JX_HISTORY_DEPARTMENTS);

  g_clear_object (&first);
  g_clear_object (&list);
  g_clear_object (&workspace);
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

#define ADD_PANE_TEST(path, func) \
  g_test_add ("/projects-pane/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

int
main (int    argc,
      char **argv)
{
  int status;

  if (has_display ())
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

  status = g_test_run ();

  if (samples_dir != NULL)
    jx_test_remove_dir (samples_dir);
  g_free (samples_dir);

  return status;
}
