/* jx-window.c: the main window
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sidebar of department-years, searchable, and for the selected one its
 * budget, spending and execution rate and a table of its projects.  When
 * the database cannot be opened the window says why instead.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-window.h"

struct _JxWindow
{
  AdwApplicationWindow  parent_instance;

  JxStore              *store;
  GListStore           *projects;    /* JxProject of the selected year */

  AdwLeaflet           *leaflet;
  GtkWidget            *content;
  GtkSearchEntry       *search_entry;
  GtkListBox           *department_list;
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkLabel             *budget_label;
  GtkLabel             *actual_label;
  GtkLabel             *rate_label;
  GtkColumnView        *project_view;
};

G_DEFINE_FINAL_TYPE (JxWindow, jx_window, ADW_TYPE_APPLICATION_WINDOW)

/* What a row of the sidebar stands for. */
#define ROW_DEPARTMENT_KEY "jx-department"
#define ROW_YEAR_KEY       "jx-department-year"

typedef char *(*ProjectText) (JxProject *project);

static char *
project_name (JxProject *project)
{
  return g_strdup (jx_project_get_name (project));
}

static char *
project_budget (JxProject *project)
{
  return jx_money_format_display (jx_project_get_budget (project));
}

static char *
project_actual (JxProject *project)
{
  return jx_money_format_display (jx_project_get_actual (project));
}

static char *
project_rate (JxProject *project)
{
  return jx_money_format_rate (jx_project_get_actual (project), jx_project_get_budget (project));
}

static void
setup_text_cell_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "jx-numeric"));

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), numeric ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_text_cell_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  ProjectText text_func = (ProjectText) user_data;
  JxProject *project = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = text_func (project);

  gtk_label_set_text (label, text);
  /* Long names are ellipsized; the tooltip shows them whole. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

static void
add_column (JxWindow    *self,
            const char  *title,
            gboolean     numeric,
            ProjectText  text_func)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "jx-numeric", GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cell_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cell_cb), (gpointer) text_func);

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (column, !numeric);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->project_view, column);
}

static void
show_year (JxWindow         *self,
           JxDepartment     *department,
           JxDepartmentYear *year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *budget_text = NULL;
  g_autofree char *actual_text = NULL;
  g_autofree char *rate_text = NULL;
  GPtrArray *projects;
  gint64 budget;
  gint64 actual;

  if (!jx_store_load_children (self->store, JX_RECORD (year), TRUE, &error))
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  budget = jx_department_year_get_rate_base (year);
  actual = jx_department_year_get_actual (year);

  budget_text = jx_money_format_display (budget);
  actual_text = jx_money_format_display (actual);
  rate_text = jx_money_format_rate (actual, budget);
  gtk_label_set_text (self->budget_label, budget_text);
  gtk_label_set_text (self->actual_label, actual_text);
  gtk_label_set_text (self->rate_label, rate_text);

  projects = jx_department_year_get_projects (year);
  g_list_store_splice (self->projects, 0, g_list_model_get_n_items (G_LIST_MODEL (self->projects)),
                       projects->pdata, projects->len);

  subtitle = g_strdup_printf ("%" G_GINT64_FORMAT, jx_department_year_get_year (year));
  adw_window_title_set_title (self->window_title, jx_department_get_name (department));
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_stack_set_visible_child_name (self->stack, "year");
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
department_row_selected_cb (JxWindow      *self,
                            GtkListBoxRow *row)
{
  if (row == NULL)
    return;

  show_year (self,
             g_object_get_data (G_OBJECT (row), ROW_DEPARTMENT_KEY),
             g_object_get_data (G_OBJECT (row), ROW_YEAR_KEY));
}

static gboolean
filter_department_row (GtkListBoxRow *row,
                       gpointer       user_data)
{
  JxWindow *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  JxDepartment *department = g_object_get_data (G_OBJECT (row), ROW_DEPARTMENT_KEY);
  g_autofree char *name = NULL;
  g_autofree char *needle = NULL;

  if (query == NULL || query[0] == '\0')
    return TRUE;

  name = g_utf8_casefold (jx_department_get_name (department), -1);
  needle = g_utf8_casefold (query, -1);
  return strstr (name, needle) != NULL;
}

static void
search_changed_cb (JxWindow *self)
{
  gtk_list_box_invalidate_filter (self->department_list);
}

static void
back_clicked_cb (JxWindow *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
fill_sidebar (JxWindow *self)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GError) error = NULL;

  departments = jx_store_list_departments (self->store, &error);
  if (departments == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years;

      if (!jx_store_load_children (self->store, JX_RECORD (department), FALSE, &error))
        {
          adw_status_page_set_description (self->error_page, error->message);
          gtk_stack_set_visible_child_name (self->stack, "error");
          return;
        }

      years = jx_department_get_years (department);
      for (guint j = 0; j < years->len; j++)
        {
          JxDepartmentYear *year = g_ptr_array_index (years, j);
          g_autofree char *subtitle = g_strdup_printf (_("%d self-evaluation"),
                                                      (int) jx_department_year_get_year (year));
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), jx_department_get_name (department));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          g_object_set_data_full (G_OBJECT (row), ROW_DEPARTMENT_KEY, g_object_ref (department), g_object_unref);
          g_object_set_data_full (G_OBJECT (row), ROW_YEAR_KEY, g_object_ref (year), g_object_unref);
          gtk_list_box_append (self->department_list, row);
        }
    }
}

static void
jx_window_dispose (GObject *object)
{
  JxWindow *self = JX_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_WINDOW);
  g_clear_object (&self->store);
  g_clear_object (&self->projects);

  G_OBJECT_CLASS (jx_window_parent_class)->dispose (object);
}

static void
jx_window_class_init (JxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, JxWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, content);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, department_list);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, budget_label);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, actual_label);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, rate_label);
  gtk_widget_class_bind_template_child (widget_class, JxWindow, project_view);
  gtk_widget_class_bind_template_callback (widget_class, department_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
jx_window_init (JxWindow *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->projects = g_list_store_new (JX_TYPE_PROJECT);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->projects)));
  gtk_column_view_set_model (self->project_view, GTK_SELECTION_MODEL (selection));

  add_column (self, _("Project"), FALSE, project_name);
  add_column (self, _("Budget (10k yuan)"), TRUE, project_budget);
  add_column (self, _("Actual (10k yuan)"), TRUE, project_actual);
  add_column (self, _("Execution rate"), TRUE, project_rate);

  gtk_list_box_set_filter_func (self->department_list, filter_department_row, self, NULL);
}

/**
 * jx_window_new:
 * @application: the application
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

  if (store == NULL)
    {
      adw_status_page_set_description (self->error_page, open_error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return self;
    }

  self->store = g_object_ref (store);
  {
    g_autofree char *basename = g_path_get_basename (jx_store_get_path (store));

    adw_window_title_set_subtitle (self->window_title, basename);
  }
  fill_sidebar (self);

  return self;
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
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->department_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      JxDepartment *row_department = g_object_get_data (G_OBJECT (row), ROW_DEPARTMENT_KEY);
      JxDepartmentYear *row_year = g_object_get_data (G_OBJECT (row), ROW_YEAR_KEY);

      if (row_department != NULL &&
          g_str_equal (jx_department_get_name (row_department), department) &&
          jx_department_year_get_year (row_year) == year)
        {
          gtk_list_box_select_row (self->department_list, GTK_LIST_BOX_ROW (row));
          return TRUE;
        }
    }

  return FALSE;
}
