/* test-window.c: the real window, under a virtual display
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With JX_TEST_SCREENSHOT_DIR set, each test also saves what the window
 * shows as a PNG there, to be looked at.
 */
#include <adwaita.h>

#include "jx-window.h"
#include "test-utils.h"

static void
wait_for_frames (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
  g_usleep (20000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  const char *dir = g_getenv ("JX_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  if (dir == NULL)
    return;

  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static const char *
label_text (JxWindow   *window,
            const char *name)
{
  GObject *label = gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_shows_department_year (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  JxWindow *window = jx_window_new (NULL, store, NULL);
  GtkColumnView *view;
  GListModel *model;
  GtkStack *stack;

  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();

  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, "stack"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  save_screenshot (GTK_WIDGET (window), "window-start.png");

  /* Seed 001: 年初预算 6872.31, spent 14353.92 — "预算执行率超100%". */
  g_assert_true (jx_window_select_year (window, "兰州新区科技局", 2020));
  wait_for_frames ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "year");
  g_assert_cmpstr (label_text (window, "budget_label"), ==, "6,872.31");
  g_assert_cmpstr (label_text (window, "actual_label"), ==, "14,353.92");
  g_assert_cmpstr (label_text (window, "rate_label"), ==, "208.87%");

  view = GTK_COLUMN_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, "project_view"));
  model = G_LIST_MODEL (gtk_column_view_get_model (view));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 9);
  save_screenshot (GTK_WIDGET (window), "window-lanzhou-2020.png");

  g_assert_true (jx_window_select_year (window, "衡阳市科学技术局", 2021));
  wait_for_frames ();
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_false (jx_window_select_year (window, "衡阳市科学技术局", 1999));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_search_filters_departments (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  JxWindow *window = jx_window_new (NULL, store, NULL);
  GtkEditable *search;
  GtkWidget *list;
  guint n_visible = 0;

  gtk_window_present (GTK_WINDOW (window));
  search = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, "search_entry"));
  list = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, "department_list"));

  gtk_editable_set_text (search, "科学技术局");
  /* GtkSearchEntry waits a little before it says the search changed. */
  for (guint i = 0; i < 50; i++)
    {
      wait_for_frames ();
      n_visible = 0;
      for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
        if (gtk_widget_get_child_visible (row))
          n_visible++;
      if (n_visible == 2)
        break;
    }

  g_assert_cmpuint (n_visible, ==, 2);   /* 新乡市 and 衡阳市 */

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  g_clear_object (&store);
  jx_test_remove_dir (dir);
}

static void
test_unopenable_database_is_explained (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.jixiao", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JxStore) store = NULL;
  JxWindow *window;
  GtkStack *stack;
  AdwStatusPage *page;

  g_assert_true (g_file_set_contents (path, "这不是数据库", -1, NULL));
  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_null (store);

  window = jx_window_new (NULL, NULL, error);
  gtk_window_present (GTK_WINDOW (window));
  wait_for_frames ();

  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, "stack"));
  page = ADW_STATUS_PAGE (gtk_widget_get_template_child (GTK_WIDGET (window), JX_TYPE_WINDOW, "error_page"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  g_assert_nonnull (strstr (adw_status_page_get_description (page), "not a Jixiao database"));
  save_screenshot (GTK_WIDGET (window), "window-error.png");

  gtk_window_destroy (GTK_WINDOW (window));
  wait_for_frames ();
  jx_test_remove_dir (dir);
}

static gboolean
has_display (void)
{
  const char *x11 = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  return (x11 != NULL && x11[0] != '\0') || (wayland != NULL && wayland[0] != '\0');
}

int
main (int    argc,
      char **argv)
{
  if (!has_display ())
    {
      /* TAP for "skipped as a whole"; the test command runs under xvfb-run. */
      g_print ("1..0 # SKIP no display: run the window tests under xvfb-run\n");
      return 0;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/shows-department-year", test_shows_department_year);
  g_test_add_func ("/window/search-filters-departments", test_search_filters_departments);
  g_test_add_func ("/window/unopenable-database-is-explained", test_unopenable_database_is_explained);

  return g_test_run ();
}
