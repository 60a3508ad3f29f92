/* test-gtk-utils.c: what the tests of the window and its panes share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-gtk-utils.h"

static gboolean
has_display (void)
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
  if (!has_display ())
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
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GskRenderer *renderer;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);

  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
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
