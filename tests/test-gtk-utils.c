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
