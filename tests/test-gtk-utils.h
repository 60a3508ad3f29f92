/* test-gtk-utils.h: what the tests of the window and its panes share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"
#include "jx-chart-view.h"
#include "jx-window.h"

G_BEGIN_DECLS

/* The sample database in a folder of its own, a workspace on it, and the
 * window a test shows its widgets in (NULL until it shows one). */
typedef struct
{
  char        *dir;
  JxStore     *store;
  JxWorkspace *workspace;
  GtkWidget   *window;
} JxTestSamples;

/* The real window on a copy of the sample database, shown. */
typedef struct
{
  char     *dir;
  JxStore  *store;
  JxWindow *window;
} JxTestWindow;

gboolean            jx_test_has_display       (void);
gboolean            jx_test_gtk_init          (int           *argc,
                                               char        ***argv);
void                jx_test_wait_for_frames   (void);
gboolean            jx_test_wait_until        (gboolean     (*condition) (gpointer data),
                                               gpointer       data);

GtkWidget          *jx_test_present_in_window (GtkWidget     *child,
                                               int            width,
                                               int            height);
void                jx_test_destroy_window    (GtkWidget     *window);
GdkTexture         *jx_test_render_widget     (GtkWidget     *widget);
void                jx_test_save_screenshot   (GtkWidget     *widget,
                                               const char    *name);

GPtrArray          *jx_test_list_descendants  (GtkWidget     *root,
                                               GType          type);
guint               jx_test_count_descendants (GtkWidget     *root,
                                               GType          type);
GtkWidget          *jx_test_find_named        (GtkWidget     *root,
                                               const char    *name,
                                               const char    *data_key,
                                               gpointer       data);
GtkEventController *jx_test_find_controller   (GtkWidget     *widget,
                                               GType          type);
JxChartView        *jx_test_find_chart_view   (GtkWidget     *root,
                                               JxChartKind    kind);

JxStore            *jx_test_open_samples_copy (const char    *dir);
void                jx_test_samples_set_up    (JxTestSamples *samples);
void                jx_test_samples_tear_down (JxTestSamples *samples);
void                jx_test_window_set_up     (JxTestWindow  *fixture);
void                jx_test_window_tear_down  (JxTestWindow  *fixture);

JxDepartment       *jx_test_find_department   (JxWorkspace   *workspace,
                                               const char    *name);
JxDepartmentYear   *jx_test_find_year         (JxDepartment  *department,
                                               gint64         year);
JxDepartmentYear   *jx_test_select_year       (JxWorkspace   *workspace,
                                               const char    *department,
                                               gint64         year);
JxDepartmentYear   *jx_test_read_year         (JxStore       *store,
                                               const char    *department,
                                               gint64         year);
void                jx_test_undo              (JxHistory     *history);

G_END_DECLS
