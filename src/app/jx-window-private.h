/* jx-window-private.h: what the window's own files share
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-dashboard-pane.h"
#include "jx-department-pane.h"
#include "jx-indicators-pane.h"
#include "jx-leadership-pane.h"
#include "jx-projects-pane.h"
#include "jx-window.h"

G_BEGIN_DECLS

struct _JxWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  JxStore              *store;
  JxWorkspace          *workspace;
  GCancellable         *cancellable;   /* of the long work under way */
  GQueue                pending_imports;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkListView          *department_list;
  GListStore           *sidebar_items;      /* JxSidebarItem */
  GtkCustomFilter      *sidebar_filter;
  GtkSingleSelection   *sidebar_selection;  /* of the items shown */
  char                 *sidebar_query;      /* case-folded */
  gboolean              selecting_for_program;
  AdwWindowTitle       *sidebar_title;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  AdwViewStack         *view_stack;
  JxDashboardPane      *dashboard_pane;
  JxDepartmentPane     *department_pane;
  JxProjectsPane       *projects_pane;
  JxIndicatorsPane     *indicators_pane;
  JxLeadershipPane     *leadership_pane;
  GtkRevealer          *progress_revealer;
  GtkSpinner           *progress_spinner;
  GtkLabel             *progress_label;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GMenu                *recent_submenu;
};

void     jx_window_class_install_actions (GtkWidgetClass *widget_class);
void     jx_window_update_actions        (JxWindow       *self);
gboolean jx_window_open_path             (JxWindow       *self,
                                          const char     *path,
                                          JxStoreOpenFlags flags);
void     jx_window_show_error            (JxWindow       *self,
                                          const char     *title,
                                          const GError   *error);
void     jx_window_show_toast            (JxWindow       *self,
                                          const char     *message);
void     jx_window_begin_work            (JxWindow       *self,
                                          const char     *message);
void     jx_window_end_work              (JxWindow       *self);
void     jx_window_reload                (JxWindow       *self);
gboolean jx_window_add_department        (JxWindow       *self,
                                          const char     *name,
                                          GError        **error);
gboolean jx_window_add_year              (JxWindow       *self,
                                          const char     *text,
                                          GError        **error);
void     jx_window_import_json           (JxWindow       *self,
                                          const char     *file,
                                          JxImportFlags   flags);
void     jx_window_clear_pending_imports (JxWindow       *self);
void     jx_window_export_json           (JxWindow       *self,
                                          const char     *path,
                                          const char     *department,
                                          gint64          year);

G_END_DECLS
