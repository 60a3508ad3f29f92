/* jx-window.c: the main window
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar of departments and their years, searchable, and for the
 * selected year the panes that edit it: the dashboard, the department,
 * its projects and their indicators, and the view of all departments
 * of a year.  The window owns the workspace that the panes share; the
 * actions of its header bar and menu are in jx-window-actions.c.  When
 * the database cannot be opened the window says why instead.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-application.h"
#include "jx-sidebar-item.h"
#include "jx-window-private.h"

G_DEFINE_FINAL_TYPE (JxWindow, jx_window, ADW_TYPE_APPLICATION_WINDOW)

#define MAX_RECENT_DATABASES 8

static void
show_page (JxWindow   *self,
           const char *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (GTK_WIDGET (self->switcher_title), g_str_equal (name, "year"));
}

static void
show_open_error (JxWindow     *self,
                 const GError *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  show_page (self, "error");
}

/**
 * jx_window_show_toast:
 * @self: a window
 * @message: what happened, in a few words
 */
void
jx_window_show_toast (JxWindow   *self,
                      const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * jx_window_show_error:
 * @self: a window
 * @title: what could not be done
 * @error: why
 *
 * Tells the user in a dialog, which they close.
 */
void
jx_window_show_error (JxWindow     *self,
                      const char   *title,
                      const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * jx_window_begin_work:
 * @self: a window
 * @message: what is being done ("Importing “x.json”…")
 *
 * Shows that long work is under way, and keeps the user from editing
 * what it changes until jx_window_end_work(); the window goes on
 * drawing and answering.
 */
void
jx_window_begin_work (JxWindow   *self,
                      const char *message)
{
  gtk_label_set_text (self->progress_label, message);
  gtk_spinner_start (self->progress_spinner);
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->leaflet), FALSE);
  g_set_object (&self->cancellable, NULL);
  self->cancellable = g_cancellable_new ();
  jx_window_update_actions (self);
}

void
jx_window_end_work (JxWindow *self)
{
  gtk_spinner_stop (self->progress_spinner);
  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->leaflet), TRUE);
  g_clear_object (&self->cancellable);
  jx_window_update_actions (self);
}

static void
update_title (JxWindow *self)
{
  JxDepartment *department = self->workspace != NULL ? jx_workspace_get_department (self->workspace) : NULL;
  JxDepartmentYear *year = self->workspace != NULL ? jx_workspace_get_year (self->workspace) : NULL;
  g_autofree char *basename = self->store != NULL ? g_path_get_basename (jx_store_get_path (self->store)) : NULL;

  /* The database's name heads the sidebar; the year heads the content. */
  adw_window_title_set_subtitle (self->sidebar_title, basename);

  if (department != NULL && year != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("%s · %d"), jx_department_get_name (department),
                                                (int) jx_department_year_get_year (year));

      adw_view_switcher_title_set_title (self->switcher_title, title);
      adw_view_switcher_title_set_subtitle (self->switcher_title, basename);
      gtk_window_set_title (GTK_WINDOW (self), title);
    }
  else
    {
      adw_view_switcher_title_set_title (self->switcher_title, _("Jixiao"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, basename);
      gtk_window_set_title (GTK_WINDOW (self), _("Jixiao"));
    }
}

/* The sidebar is a GtkListView over the departments and years: only the
 * rows on screen are made. */

static void
sidebar_row_set_up_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *list_item,
                       gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_list_item_set_child (list_item, box);
}

static void
sidebar_row_bound_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  JxSidebarItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  JxDepartmentYear *year = jx_sidebar_item_get_year (item);
  g_autofree char *year_text = NULL;

  if (year != NULL)
    year_text = g_strdup_printf (_("%d self-evaluation"), (int) jx_department_year_get_year (year));

  gtk_label_set_text (GTK_LABEL (title), jx_department_get_name (jx_sidebar_item_get_department (item)));
  gtk_label_set_text (GTK_LABEL (subtitle), year_text != NULL ? year_text : _("No year entered yet"));
}

static gboolean
sidebar_item_shown (gpointer item,
                    gpointer user_data)
{
  JxWindow *self = user_data;

  return jx_sidebar_item_matches (item, self->sidebar_query);
}

/* The position of the item of @department and @year among those shown. */
static guint
find_sidebar_position (JxWindow         *self,
                       JxDepartment     *department,
                       JxDepartmentYear *year)
{
  GListModel *shown = G_LIST_MODEL (self->sidebar_selection);
  guint n_items = g_list_model_get_n_items (shown);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(JxSidebarItem) item = g_list_model_get_item (shown, i);

      if (jx_sidebar_item_get_department (item) == department && jx_sidebar_item_get_year (item) == year)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Selects a row for the program, not for the user: the narrow window
 * stays on the list. */
static void
select_sidebar_position (JxWindow *self,
                         guint     position)
{
  self->selecting_for_program = TRUE;
  gtk_single_selection_set_selected (self->sidebar_selection, position);
  self->selecting_for_program = FALSE;
}

static void
fill_sidebar (JxWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *departments;

  departments = jx_workspace_get_departments (self->workspace, &error);
  if (departments == NULL)
    {
      g_list_store_remove_all (self->sidebar_items);
      show_open_error (self, error);
      return;
    }

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years = jx_department_get_years (department);

      if (years->len == 0)
        g_ptr_array_add (items, jx_sidebar_item_new (department, NULL));

      for (guint j = 0; j < years->len; j++)
        g_ptr_array_add (items, jx_sidebar_item_new (department, g_ptr_array_index (years, j)));
    }

  self->selecting_for_program = TRUE;
  g_list_store_splice (self->sidebar_items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sidebar_items)),
                       items->pdata, items->len);
  self->selecting_for_program = FALSE;
}

static void
select_row_of_workspace (JxWindow *self)
{
  guint position = find_sidebar_position (self,
                                          jx_workspace_get_department (self->workspace),
                                          jx_workspace_get_year (self->workspace));

  if (position != gtk_single_selection_get_selected (self->sidebar_selection))
    select_sidebar_position (self, position);
}

static void
history_children_changed_cb (JxWindow   *self,
                             JxRecord   *owner,
                             const char *child_set)
{
  if (g_strcmp0 (child_set, JX_HISTORY_DEPARTMENTS) != 0 && g_strcmp0 (child_set, "years") != 0)
    return;

  /* The selected year may be gone, with its department or by itself. */
  if (jx_workspace_get_year (self->workspace) != NULL &&
      jx_record_get_id (JX_RECORD (jx_workspace_get_year (self->workspace))) == 0)
    jx_workspace_select_year (self->workspace, NULL, NULL, NULL);

  fill_sidebar (self);
  select_row_of_workspace (self);
}

static void
history_record_changed_cb (JxWindow   *self,
                           JxRecord   *record,
                           const char *property)
{
  if ((JX_IS_DEPARTMENT (record) && g_strcmp0 (property, "name") == 0) ||
      (JX_IS_DEPARTMENT_YEAR (record) && g_strcmp0 (property, "year") == 0))
    {
      fill_sidebar (self);
      select_row_of_workspace (self);
      update_title (self);
    }
}

static void
history_changed_cb (JxWindow *self)
{
  jx_window_update_actions (self);
}

static void
workspace_year_changed_cb (JxWindow *self)
{
  update_title (self);

  if (jx_workspace_get_year (self->workspace) != NULL)
    {
      show_page (self, "year");
      if (self->settings != NULL)
        {
          g_settings_set_string (self->settings, "last-department",
                                 jx_department_get_name (jx_workspace_get_department (self->workspace)));
          g_settings_set_int (self->settings, "last-year",
                              (int) jx_department_year_get_year (jx_workspace_get_year (self->workspace)));
        }
    }
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "error") != 0)
    {
      show_page (self, "empty");
    }

  select_row_of_workspace (self);
  jx_window_update_actions (self);
}

static void
record_activated_cb (JxWindow *self,
                     JxRecord *record)
{
  const char *page = "dashboard";

  if (JX_IS_PROJECT (record))
    page = "projects";
  else if (JX_IS_INDICATOR (record))
    page = "indicators";
  else if (JX_IS_DEPARTMENT_YEAR (record) || JX_IS_DEPARTMENT (record) ||
           JX_IS_BUDGET_LINE (record) || JX_IS_STATED_FIGURE (record))
    page = "department";

  show_page (self, "year");
  adw_view_stack_set_visible_child_name (self->view_stack, page);
  adw_leaflet_set_visible_child (self->leaflet, self->content);

  if (JX_IS_PROJECT (record))
    jx_projects_pane_reveal (self->projects_pane, JX_PROJECT (record));
}

static void
select_year (JxWindow         *self,
             JxDepartment     *department,
             JxDepartmentYear *year)
{
  g_autoptr(GError) error = NULL;

  if (!jx_workspace_select_year (self->workspace, department, year, &error))
    {
      jx_window_show_error (self, _("The Year Could Not Be Read"), error);
      select_row_of_workspace (self);
    }
}

static void
sidebar_selection_changed_cb (JxWindow *self)
{
  JxSidebarItem *item = gtk_single_selection_get_selected_item (self->sidebar_selection);

  if (item == NULL)
    return;

  select_year (self, jx_sidebar_item_get_department (item), jx_sidebar_item_get_year (item));

  /* On a narrow window the list and the content take turns. */
  if (!self->selecting_for_program)
    adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
department_row_activated_cb (JxWindow *self,
                             guint     position)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
search_changed_cb (JxWindow *self)
{
  g_free (self->sidebar_query);
  self->sidebar_query = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->sidebar_filter), GTK_FILTER_CHANGE_DIFFERENT);

  /* The year shown is marked again once the search lets it through. */
  select_row_of_workspace (self);
}

static void
search_activated_cb (JxWindow *self)
{
  /* Enter picks the first department that matches. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sidebar_selection)) == 0)
    return;

  gtk_single_selection_set_selected (self->sidebar_selection, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->department_list));
}

static void
search_stopped_cb (JxWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
back_clicked_cb (JxWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
remember_recent (JxWindow   *self,
                 const char *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-databases");
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < MAX_RECENT_DATABASES; i++)
    if (!g_str_equal (recent[i], path))
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }

  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-databases", (const char * const *) updated);
  g_settings_set_string (self->settings, "last-database", path);
}

static void
fill_recent_menu (JxWindow *self)
{
  g_auto(GStrv) recent = NULL;

  g_menu_remove_all (self->recent_submenu);
  if (self->settings == NULL)
    return;

  recent = g_settings_get_strv (self->settings, "recent-databases");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *basename = g_path_get_basename (recent[i]);
      g_autoptr(GMenuItem) item = g_menu_item_new (basename, NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (self->recent_submenu, item);
    }
}

static void
recent_changed_cb (JxWindow *self)
{
  fill_recent_menu (self);
}

/* Selects what the user looked at last time, or the first year. */
static void
select_initial_year (JxWindow *self)
{
  g_autofree char *last_department = NULL;
  int last_year = 0;

  if (self->settings != NULL)
    {
      last_department = g_settings_get_string (self->settings, "last-department");
      last_year = g_settings_get_int (self->settings, "last-year");
    }

  if (last_department != NULL && last_department[0] != '\0' &&
      jx_window_select_year (self, last_department, last_year))
    return;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->sidebar_selection)) > 0)
    select_sidebar_position (self, 0);
}

static void
disconnect_workspace (JxWindow *self)
{
  if (self->workspace == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_signal_handlers_disconnect_by_data (jx_workspace_get_history (self->workspace), self);
}

static void
set_store (JxWindow *self,
           JxStore  *store)
{
  disconnect_workspace (self);

  g_set_object (&self->store, store);
  g_clear_object (&self->workspace);
  self->workspace = jx_workspace_new (store);

  g_signal_connect_object (self->workspace, "notify::year", G_CALLBACK (workspace_year_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "record-activated", G_CALLBACK (record_activated_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (jx_workspace_get_history (self->workspace), "children-changed",
                           G_CALLBACK (history_children_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (jx_workspace_get_history (self->workspace), "record-changed",
                           G_CALLBACK (history_record_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (jx_workspace_get_history (self->workspace), "changed",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);

  jx_dashboard_pane_set_workspace (self->dashboard_pane, self->workspace);
  jx_department_pane_set_workspace (self->department_pane, self->workspace);
  jx_projects_pane_set_workspace (self->projects_pane, self->workspace);
  jx_indicators_pane_set_workspace (self->indicators_pane, self->workspace);
  jx_leadership_pane_set_workspace (self->leadership_pane, self->workspace);

  show_page (self, "empty");
  fill_sidebar (self);
  update_title (self);
  jx_window_update_actions (self);
}

/**
 * jx_window_open_path:
 * @self: a window
 * @path: a database file
 * @flags: how to open it (%JX_STORE_OPEN_FLAGS_CREATE for a new one)
 *
 * Shows the database at @path in this window instead of the one it
 * showed.  Every edit is saved as it is made, so nothing is lost.  When
 * @path cannot be opened, the window says why and goes on showing what
 * it showed.
 *
 * Returns: whether @path is open now
 */
gboolean
jx_window_open_path (JxWindow         *self,
                     const char       *path,
                     JxStoreOpenFlags  flags)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = jx_store_open (path, flags, &error);
  if (store == NULL)
    {
      if (self->store == NULL)
        show_open_error (self, error);
      else
        jx_window_show_error (self, _("The Database Could Not Be Opened"), error);
      return FALSE;
    }

  set_store (self, store);
  remember_recent (self, path);
  select_initial_year (self);
  return TRUE;
}

/**
 * jx_window_reload:
 * @self: a window
 *
 * Reads the database again after something outside the history changed
 * it (an import), and selects the same department and year.  What the
 * history could undo is gone with the records it knew.
 */
void
jx_window_reload (JxWindow *self)
{
  g_autofree char *department = NULL;
  gint64 year = 0;
  g_autoptr(JxStore) store = NULL;

  if (self->store == NULL)
    return;

  if (jx_workspace_get_year (self->workspace) != NULL)
    {
      department = g_strdup (jx_department_get_name (jx_workspace_get_department (self->workspace)));
      year = jx_department_year_get_year (jx_workspace_get_year (self->workspace));
    }

  store = g_object_ref (self->store);
  set_store (self, store);

  if (department == NULL || !jx_window_select_year (self, department, year))
    select_initial_year (self);
}

static gboolean
jx_window_close_request (GtkWindow *window)
{
  JxWindow *self = JX_WINDOW (window);

  /* What is being typed is saved as the field loses the focus, while
   * the window is whole. */
  gtk_window_set_focus (window, NULL);

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (jx_window_parent_class)->close_request (window);
}

static void
jx_window_dispose (GObject *object)
{
  JxWindow *self = JX_WINDOW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  jx_window_clear_pending_imports (self);

  /* The panes save what they hold as they go: the window no longer
   * follows. */
  disconnect_workspace (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_WINDOW);
  g_clear_object (&self->sidebar_selection);
  g_clear_object (&self->sidebar_filter);
  g_clear_object (&self->sidebar_items);
  g_clear_pointer (&self->sidebar_query, g_free);
  g_clear_object (&self->workspace);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (jx_window_parent_class)->dispose (object);
}

static void
jx_window_class_init (JxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = jx_window_dispose;
  window_class->close_request = jx_window_close_request;

  g_type_ensure (JX_TYPE_DASHBOARD_PANE);
  g_type_ensure (JX_TYPE_DEPARTMENT_PANE);
  g_type_ensure (JX_TYPE_PROJECTS_PANE);
  g_type_ensure (JX_TYPE_INDICATORS_PANE);
  g_type_ensure (JX_TYPE_LEADERSHIP_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, content);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, department_list);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, dashboard_pane);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, department_pane);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, projects_pane);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, indicators_pane);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, leadership_pane);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, recent_submenu);
  gtk_widget_class_bind_template_callback (widget_class, department_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  jx_window_class_install_actions (widget_class);
}

static void
jx_window_init (JxWindow *self)
{
  static gboolean icons_added;
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkFilterListModel *filtered;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The application adds its own icons to the theme; a window made
   * without one (in the tests) does it here. */
  if (!icons_added)
    {
      gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self))),
                                        "/io/github/jixiao/Jixiao/icons");
      icons_added = TRUE;
    }

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (sidebar_row_set_up_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (sidebar_row_bound_cb), NULL);
  self->sidebar_items = g_list_store_new (JX_TYPE_SIDEBAR_ITEM);
  self->sidebar_filter = gtk_custom_filter_new (sidebar_item_shown, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sidebar_items)),
                                        GTK_FILTER (g_object_ref (self->sidebar_filter)));
  self->sidebar_selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->sidebar_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->sidebar_selection, TRUE);
  g_signal_connect_object (self->sidebar_selection, "notify::selected-item",
                           G_CALLBACK (sidebar_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_factory (self->department_list, factory);
  gtk_list_view_set_model (self->department_list, GTK_SELECTION_MODEL (self->sidebar_selection));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->department_list));
  show_page (self, "empty");
}

/**
 * jx_window_new:
 * @application: (nullable): the application
 * @store: (nullable): the open database
 * @open_error: (nullable): why the database could not be opened
 *
 * Returns: (transfer full): a window on @store, or one that shows
 *   @open_error
 */
JxWindow *
jx_window_new (AdwApplication *application,
               JxStore        *store,
               const GError   *open_error)
{
  JxWindow *self = g_object_new (JX_TYPE_WINDOW, "application", application, NULL);

  g_return_val_if_fail (store != NULL || open_error != NULL, self);

  if (JX_IS_APPLICATION (application) && jx_application_get_settings (JX_APPLICATION (application)) != NULL)
    self->settings = g_object_ref (jx_application_get_settings (JX_APPLICATION (application)));

  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_signal_connect_object (self->settings, "changed::recent-databases",
                               G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
      fill_recent_menu (self);
    }

  if (store == NULL)
    {
      show_open_error (self, open_error);
      jx_window_update_actions (self);
      return self;
    }

  set_store (self, store);
  remember_recent (self, jx_store_get_path (store));
  select_initial_year (self);

  return self;
}

/**
 * jx_window_get_workspace:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): what the window works on
 */
JxWorkspace *
jx_window_get_workspace (JxWindow *self)
{
  g_return_val_if_fail (JX_IS_WINDOW (self), NULL);

  return self->workspace;
}

/**
 * jx_window_select_year:
 * @self: a window
 * @department: a department's name
 * @year: one of its years
 *
 * Shows that department-year as if the user had chosen it.
 *
 * Returns: whether it was found
 */
gboolean
jx_window_select_year (JxWindow   *self,
                       const char *department,
                       gint64      year)
{
  GListModel *items = G_LIST_MODEL (self->sidebar_items);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(JxSidebarItem) item = g_list_model_get_item (items, i);
      JxDepartmentYear *item_year = jx_sidebar_item_get_year (item);
      JxDepartment *item_department = jx_sidebar_item_get_department (item);
      guint position;

      if (item_year == NULL || jx_department_year_get_year (item_year) != year ||
          !g_str_equal (jx_department_get_name (item_department), department))
        continue;

      /* A year the search hides is shown again. */
      position = find_sidebar_position (self, item_department, item_year);
      if (position == GTK_INVALID_LIST_POSITION)
        {
          gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
          search_changed_cb (self);
          position = find_sidebar_position (self, item_department, item_year);
        }
      select_sidebar_position (self, position);
      return jx_workspace_get_year (self->workspace) == item_year;
    }

  return FALSE;
}

/**
 * jx_window_show_pane:
 * @self: a window
 * @name: "dashboard", "department", "projects", "indicators" or "overview"
 */
void
jx_window_show_pane (JxWindow   *self,
                     const char *name)
{
  g_return_if_fail (JX_IS_WINDOW (self));

  show_page (self, "year");
  adw_view_stack_set_visible_child_name (self->view_stack, name);
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}
