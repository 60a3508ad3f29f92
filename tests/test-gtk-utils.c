/* test-gtk-utils.c: what the tests of the window and its panes share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-gtk-utils.h"
#include "test-utils.h"

/**
 * jx_test_has_display:
 *
 * Returns: whether windows can be shown (the test command runs under
 *   xvfb-run)
 */
gboolean
jx_test_has_display (void)
{
  const char *x11 = g_getenv ("DISPLAY");
  const char *wayland = g_getenv ("WAYLAND_DISPLAY");

  return (x11 != NULL && x11[0] != '\0') || (wayland != NULL && wayland[0] != '\0');
}

/**
 * jx_test_gtk_init:
 *
 * Starts GTK and libadwaita for a test program, or says in TAP that the
 * program is skipped because there is no display (the test command runs
 * under xvfb-run).
 *
 * Returns: whether the tests can run
 */
gboolean
jx_test_gtk_init (int    *argc,
                  char ***argv)
{
  if (!jx_test_has_display ())
    {
      g_print ("1..0 # SKIP no display: run the window tests under xvfb-run\n");
      return FALSE;
    }

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  return TRUE;
}

/**
 * jx_test_wait_for_frames:
 *
 * Lets the main loop lay out and draw what is pending.
 */
void
jx_test_wait_for_frames (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
  g_usleep (20000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/**
 * jx_test_wait_until:
 * @condition: what to wait for
 * @data: passed to @condition
 *
 * Runs the main loop until @condition holds, for ten seconds at most
 * (work in threads reports back through the main loop).
 *
 * Returns: whether @condition held
 */
gboolean
jx_test_wait_until (gboolean (*condition) (gpointer data),
                    gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

/**
 * jx_test_save_screenshot:
 * @widget: a realized widget, usually a window
 * @name: a file name ending in .png
 *
 * With JX_TEST_SCREENSHOT_DIR set, saves what @widget shows there as a
 * PNG, to be looked at; without it, does nothing.
 */
void
jx_test_save_screenshot (GtkWidget  *widget,
                         const char *name)
{
  const char *dir = g_getenv ("JX_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  texture = jx_test_render_widget (widget);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/**
 * jx_test_render_widget:
 * @widget: a realized widget
 *
 * Returns: (transfer full): what @widget shows, at its size
 */
GdkTexture *
jx_test_render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
collect_descendants (GtkWidget *widget,
                     GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      g_ptr_array_add (found, child);
      collect_descendants (child, found);
    }
}

/**
 * jx_test_list_descendants:
 * @root: a widget
 * @type: the type of the widgets to list, or %G_TYPE_NONE for all
 *
 * Returns: (transfer container): the widgets below @root of @type, in
 *   the order they are drawn
 */
GPtrArray *
jx_test_list_descendants (GtkWidget *root,
                          GType      type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *found = g_ptr_array_new ();

  collect_descendants (root, all);
  for (guint i = 0; i < all->len; i++)
    if (type == G_TYPE_NONE || G_TYPE_CHECK_INSTANCE_TYPE (g_ptr_array_index (all, i), type))
      g_ptr_array_add (found, g_ptr_array_index (all, i));

  return found;
}

/**
 * jx_test_find_named:
 * @root: a widget
 * @name: the name given with gtk_widget_set_name()
 * @data_key: (nullable): a key of g_object_set_data() that the widget must have
 * @data: what it must hold under @data_key
 *
 * Returns: (transfer none) (nullable): the first such widget below @root
 */
GtkWidget *
jx_test_find_named (GtkWidget  *root,
                    const char *name,
                    const char *data_key,
                    gpointer    data)
{
  g_autoptr(GPtrArray) all = jx_test_list_descendants (root, G_TYPE_NONE);

  for (guint i = 0; i < all->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (all, i);

      if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0 &&
          (data_key == NULL || g_object_get_data (G_OBJECT (widget), data_key) == data))
        return widget;
    }

  return NULL;
}

/**
 * jx_test_count_descendants:
 * @root: a widget
 * @type: the type of the widgets to count
 *
 * Returns: how many widgets below @root are of @type
 */
guint
jx_test_count_descendants (GtkWidget *root,
                           GType      type)
{
  g_autoptr(GPtrArray) found = jx_test_list_descendants (root, type);

  return found->len;
}

/**
 * jx_test_find_controller:
 * @widget: a widget
 * @type: the type of the event controller
 *
 * Returns: (transfer none) (nullable): the first controller of @widget
 *   of @type
 */
GtkEventController *
jx_test_find_controller (GtkWidget *widget,
                         GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* @widget holds it */
    }

  return NULL;
}

/**
 * jx_test_find_chart_view:
 * @root: a widget
 * @kind: the kind of chart
 *
 * Returns: (transfer none) (nullable): the first chart view below @root
 *   that shows a chart of @kind
 */
JxChartView *
jx_test_find_chart_view (GtkWidget   *root,
                         JxChartKind  kind)
{
  g_autoptr(GPtrArray) views = jx_test_list_descendants (root, JX_TYPE_CHART_VIEW);

  for (guint i = 0; i < views->len; i++)
    if (jx_chart_view_get_data (g_ptr_array_index (views, i))->kind == kind)
      return g_ptr_array_index (views, i);

  return NULL;
}

/**
 * jx_test_present_in_window:
 * @child: (transfer floating): what the window shows
 * @width: the window's width
 * @height: the window's height
 *
 * Shows @child in a new window of that size, drawn.
 *
 * Returns: (transfer none): the window; destroy it with
 *   jx_test_destroy_window()
 */
GtkWidget *
jx_test_present_in_window (GtkWidget *child,
                           int        width,
                           int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_wait_for_frames ();

  return window;
}

/**
 * jx_test_destroy_window:
 * @window: a window
 *
 * Destroys @window and lets the main loop finish with it, so that what it
 * held is freed before the test ends.
 */
void
jx_test_destroy_window (GtkWidget *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_wait_for_frames ();
}

/* Importing the samples takes a while under the sanitizers: it is done
 * once in a test program, and each test gets a copy of the file. */
static GBytes *samples_file;

/**
 * jx_test_open_samples_copy:
 * @dir: a folder
 *
 * Returns: (transfer full): a store on samples.db in @dir, a copy of the
 *   four seed reports imported
 */
JxStore *
jx_test_open_samples_copy (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "samples.db", NULL);
  g_autoptr(GError) error = NULL;
  JxStore *store;

  if (samples_file == NULL)
    {
      g_autofree char *import_dir = jx_test_make_dir ();
      g_autofree char *imported = g_build_filename (import_dir, "samples.db", NULL);
      char *contents;
      gsize length;

      g_object_unref (jx_test_open_samples (import_dir));   /* closed: all in the one file */
      g_assert_true (g_file_get_contents (imported, &contents, &length, NULL));
      samples_file = g_bytes_new_take (contents, length);
      jx_test_remove_dir (import_dir);
    }

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (samples_file, NULL), g_bytes_get_size (samples_file), NULL));
  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_NONE, &error);
  g_assert_no_error (error);
  return store;
}

/**
 * jx_test_samples_set_up:
 * @samples: where to keep them
 *
 * Makes a folder with a copy of the sample database, and a workspace on it.
 */
void
jx_test_samples_set_up (JxTestSamples *samples)
{
  samples->dir = jx_test_make_dir ();
  samples->store = jx_test_open_samples_copy (samples->dir);
  samples->workspace = jx_workspace_new (samples->store);
}

/**
 * jx_test_samples_tear_down:
 * @samples: set up by jx_test_samples_set_up()
 *
 * Destroys the window if one was shown, then closes the workspace and the
 * store and removes the folder.
 */
void
jx_test_samples_tear_down (JxTestSamples *samples)
{
  if (samples->window != NULL)
    jx_test_destroy_window (g_steal_pointer (&samples->window));
  g_clear_object (&samples->workspace);
  g_clear_object (&samples->store);
  jx_test_remove_dir (samples->dir);
  g_clear_pointer (&samples->dir, g_free);
}

/**
 * jx_test_window_set_up:
 * @fixture: a fixture to fill
 *
 * Copies the sample database into a folder of its own and shows the
 * window on it, waiting for its first frames.
 */
void
jx_test_window_set_up (JxTestWindow *fixture)
{
  fixture->dir = jx_test_make_dir ();
  fixture->store = jx_test_open_samples_copy (fixture->dir);
  fixture->window = jx_window_new (NULL, fixture->store, NULL);
  gtk_window_present (GTK_WINDOW (fixture->window));
  jx_test_wait_for_frames ();
}

/**
 * jx_test_window_tear_down:
 * @fixture: set up by jx_test_window_set_up()
 *
 * Destroys the window, closes the store and removes the folder.
 */
void
jx_test_window_tear_down (JxTestWindow *fixture)
{
  jx_test_destroy_window (GTK_WIDGET (g_steal_pointer (&fixture->window)));
  g_clear_object (&fixture->store);
  jx_test_remove_dir (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

/**
 * jx_test_find_department:
 * @workspace: a workspace
 * @name: the department's name
 *
 * Returns: (transfer none): the department of that name; the test fails
 *   if there is none
 */
JxDepartment *
jx_test_find_department (JxWorkspace *workspace,
                         const char  *name)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *departments = jx_workspace_get_departments (workspace, &error);

  g_assert_no_error (error);
  g_assert_nonnull (departments);
  for (guint i = 0; i < departments->len; i++)
    if (g_strcmp0 (jx_department_get_name (g_ptr_array_index (departments, i)), name) == 0)
      return g_ptr_array_index (departments, i);

  g_error ("No department is named %s", name);
}

/**
 * jx_test_find_year:
 * @department: a department, its years loaded
 * @year: the year's number
 *
 * Returns: (transfer none): the department's year; the test fails if it
 *   has none of that number
 */
JxDepartmentYear *
jx_test_find_year (JxDepartment *department,
                   gint64        year)
{
  GPtrArray *years = jx_department_get_years (department);

  for (guint i = 0; i < years->len; i++)
    if (jx_department_year_get_year (g_ptr_array_index (years, i)) == year)
      return g_ptr_array_index (years, i);

  g_error ("%s has no year %" G_GINT64_FORMAT, jx_department_get_name (department), year);
}

/**
 * jx_test_select_year:
 * @workspace: a workspace
 * @department: the department's name
 * @year: the year's number
 *
 * Selects the year in @workspace and lets the widgets that follow it
 * redraw.
 *
 * Returns: (transfer none): the year
 */
JxDepartmentYear *
jx_test_select_year (JxWorkspace *workspace,
                     const char  *department,
                     gint64       year)
{
  g_autoptr(GError) error = NULL;
  JxDepartment *found = jx_test_find_department (workspace, department);
  JxDepartmentYear *selected = jx_test_find_year (found, year);

  g_assert_true (jx_workspace_select_year (workspace, found, selected, &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
  return selected;
}

/**
 * jx_test_read_year:
 * @store: a store
 * @department: the department's name
 * @year: the year's number
 *
 * Reads the year back from @store's file through a second connection, as
 * another program would: what was saved.
 *
 * Returns: (transfer full): the year with all it owns
 */
JxDepartmentYear *
jx_test_read_year (JxStore    *store,
                   const char *department,
                   gint64      year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxStore) reader = jx_store_open (jx_store_get_path (store), JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_autoptr(JxDepartment) found = NULL;

  g_assert_no_error (error);
  found = jx_store_find_department (reader, department, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_true (jx_store_load_children (reader, JX_RECORD (found), TRUE, &error));
  g_assert_no_error (error);

  return g_object_ref (jx_test_find_year (found, year));
}

/**
 * jx_test_undo:
 * @history: a history with an edit to undo
 *
 * Undoes the last edit and lets the widgets that follow it redraw.
 */
void
jx_test_undo (JxHistory *history)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_history_undo (history, &error));
  g_assert_no_error (error);
  jx_test_wait_for_frames ();
}
