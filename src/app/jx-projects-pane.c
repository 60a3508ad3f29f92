/* jx-projects-pane.c: the projects of a department-year, editable, and the detail of one
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table of the year's projects, edited in place: name, kind, budget,
 * arrived and spent (the sums of the funding rows, edited here when there
 * is only one row), and the execution rate, score and grade computed from
 * them.  Beside it, or in its place on a narrow window, the detail of the
 * selected project.  Projects are added, duplicated, deleted and moved
 * through the history, so every change can be undone.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-child-list.h"
#include "jx-field-cell.h"
#include "jx-project-detail.h"
#include "jx-projects-pane.h"
#include "jx-projects-pane-private.h"

typedef enum {
  COLUMN_NAME,
  COLUMN_KIND,
  COLUMN_BUDGET,
  COLUMN_ARRIVED,
  COLUMN_ACTUAL,
  COLUMN_RATE,
  COLUMN_SCORE,
  COLUMN_GRADE,
  N_COLUMNS
} ColumnId;

typedef struct {
  ColumnId    id;
  const char *name;
  const char *title;
  const char *funding_property;   /* the field of the single funding row */
  gboolean    numeric;
  int         width;              /* -1: takes what is left */
} Column;

static const Column columns[N_COLUMNS] = {
  { COLUMN_NAME, "name", N_("Project"), NULL, FALSE, -1 },
  { COLUMN_KIND, "kind", N_("Kind"), NULL, FALSE, 140 },
  { COLUMN_BUDGET, "budget", N_("Budget"), "adjusted", TRUE, 100 },
  { COLUMN_ARRIVED, "arrived", N_("Arrived"), "arrived", TRUE, 100 },
  { COLUMN_ACTUAL, "actual", N_("Spent"), "actual", TRUE, 100 },
  { COLUMN_RATE, "rate", N_("Execution"), NULL, TRUE, 100 },
  { COLUMN_SCORE, "score", N_("Score"), NULL, TRUE, 120 },
  { COLUMN_GRADE, "grade", N_("Grade"), NULL, FALSE, 60 },
};

static const char * const kind_labels[] = {
  N_("Own project"),
  N_("Transfer payment"),
  N_("Special fund"),
};

struct _JxProjectsPane
{
  AdwBin              parent_instance;

  JxWorkspace        *workspace;
  JxHistory          *history;
  JxChildList        *projects;      /* of the workspace's year; NULL without one */
  GtkSingleSelection *selection;
  GPtrArray          *cells;         /* the bound cells (Cell) */
  AdwToast           *undo_toast;    /* the toast of the last deletion, while shown */
  JxProject          *to_edit;       /* a new project whose name cell waits to be edited */
  guint               edit_tick_id;
  guint               edit_tries;
  gboolean            syncing;
  gboolean            moving;

  AdwToastOverlay    *toast_overlay;
  GtkStack           *stack;
  AdwLeaflet         *leaflet;
  GtkWidget          *table_page;
  GtkWidget          *detail_page;
  GtkWidget          *detail_separator;
  GtkLabel           *count_label;
  GtkColumnView      *project_view;
  JxProjectDetail    *detail;
};

G_DEFINE_FINAL_TYPE (JxProjectsPane, jx_projects_pane, ADW_TYPE_BIN)

/* The widgets of one cell of the table and the project they show. */
typedef struct {
  JxProjectsPane *pane;
  const Column   *column;
  JxProject      *project;      /* while bound */
  JxRecord       *funding;      /* the funding row the field cell edits */
  GtkWidget      *field_cell;   /* name; budget, arrived, spent of one row */
  GtkStack       *stack;        /* budget, arrived, spent: "edit" or "sum" */
  GtkLabel       *label;        /* sums and computed figures */
  GtkWidget      *icon;         /* a warning beside the execution rate */
  GtkWidget      *marker;       /* "incomplete" beside the score */
  GtkDropDown    *drop_down;    /* kind */
  gboolean        updating;
} Cell;

#define CELL_KEY "jx-cell"

static void
cell_free (gpointer data)
{
  Cell *cell = data;

  g_clear_object (&cell->project);
  g_clear_object (&cell->funding);
  g_free (cell);
}

static void
show_toast (JxProjectsPane *self,
            const char     *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

static guint
get_selected_position (JxProjectsPane *self)
{
  return gtk_single_selection_get_selected (self->selection);
}

/**
 * jx_projects_pane_get_selected:
 * @self: a #JxProjectsPane
 *
 * Returns: (transfer none) (nullable): the selected project
 */
JxProject *
jx_projects_pane_get_selected (JxProjectsPane *self)
{
  g_return_val_if_fail (JX_IS_PROJECTS_PANE (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

/* Cells. */

static void
refresh_kind (Cell *cell)
{
  JxProjectKind kind = jx_project_get_kind (cell->project);

  cell->updating = TRUE;
  gtk_drop_down_set_selected (cell->drop_down,
                              kind > JX_PROJECT_KIND_NONE ? (guint) kind - 1 : GTK_INVALID_LIST_POSITION);
  cell->updating = FALSE;
}

static gint64
sum_of (JxProject *project,
        ColumnId   column)
{
  switch (column)
    {
    case COLUMN_BUDGET:
      return jx_project_get_budget (project);
    case COLUMN_ARRIVED:
      return jx_project_get_arrived (project);
    case COLUMN_ACTUAL:
    default:
      return jx_project_get_actual (project);
    }
}

static void
refresh_money (Cell *cell)
{
  JxProjectsPane *self = cell->pane;
  GPtrArray *rows = jx_project_get_funding (cell->project);
  g_autofree char *text = NULL;

  /* One funding row: its field is edited here.  Several: their sum, to
   * be edited row by row in the detail. */
  if (rows->len == 1)
    {
      JxRecord *row = g_ptr_array_index (rows, 0);

      if (cell->funding != row)
        {
          g_set_object (&cell->funding, row);
          jx_field_cell_bind (JX_FIELD_CELL (cell->field_cell), self->history, row);
        }
      gtk_stack_set_visible_child_name (cell->stack, "edit");
      return;
    }

  if (cell->funding != NULL)
    {
      jx_field_cell_unbind (JX_FIELD_CELL (cell->field_cell));
      g_clear_object (&cell->funding);
    }

  text = jx_money_format_display (sum_of (cell->project, cell->column->id));
  gtk_label_set_text (cell->label, text);
  if (rows->len == 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (cell->label),
                                 _("The project has no funding rows: add one in the detail"));
  else
    {
      g_autofree char *tooltip =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The sum of %u funding row: edit the rows in the detail",
                                      "The sum of %u funding rows: edit the rows in the detail",
                                      rows->len),
                         rows->len);

      gtk_widget_set_tooltip_text (GTK_WIDGET (cell->label), tooltip);
    }
  gtk_stack_set_visible_child_name (cell->stack, "sum");
}

static void
refresh_rate (Cell *cell)
{
  gint64 budget = jx_project_get_budget (cell->project);
  gint64 actual = jx_project_get_actual (cell->project);
  g_autofree char *text = jx_money_format_rate (actual, budget);
  const char *warning = NULL;

  gtk_label_set_text (cell->label, text);

  if (budget != JX_UNSET && actual != JX_UNSET && budget > 0)
    {
      /* The rules ask for a deviation reason below 90% (exactly 90% is
       * fine) and above the budget; whole numbers, no rounding. */
      if ((__int128) actual * 10 < (__int128) budget * 9)
        warning = _("Below 90%: the rules ask for a reason for the deviation");
      else if (actual > budget)
        warning = _("More was spent than the budget");
    }

  gtk_widget_set_visible (cell->icon, warning != NULL);
  gtk_widget_set_tooltip_text (cell->icon, warning);
  if (warning != NULL)
    {
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell->icon), GTK_ACCESSIBLE_PROPERTY_LABEL, warning, -1);
      gtk_widget_add_css_class (GTK_WIDGET (cell->label), "warning");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (cell->label), "warning");
    }
  gtk_widget_set_tooltip_text (GTK_WIDGET (cell->label), warning);
}

static void
refresh_score (Cell *cell)
{
  JxProjectsPane *self = cell->pane;
  const JxProjectScore *score = NULL;
  g_autofree char *text = NULL;

  if (self->workspace != NULL)
    score = jx_workspace_find_project_score (self->workspace, cell->project);

  if (cell->column->id == COLUMN_SCORE)
    {
      gboolean incomplete = score != NULL && !score->complete;

      text = jx_number_format_points (score != NULL ? score->total : JX_UNSET);
      gtk_label_set_text (cell->label, text);
      gtk_widget_set_visible (cell->marker, incomplete);
      gtk_widget_set_tooltip_text (gtk_widget_get_parent (GTK_WIDGET (cell->label)),
                                   incomplete ? _("Some parts have no score yet: this is the total of the parts known so far")
                                              : NULL);
    }
  else
    {
      const char *grade = score != NULL && score->complete ? jx_grade_to_string (score->grade) : NULL;

      gtk_label_set_text (cell->label, grade != NULL ? grade : "—");
      gtk_widget_set_tooltip_text (GTK_WIDGET (cell->label),
                                   grade == NULL && score != NULL ? _("No grade while the score is incomplete") : NULL);
    }
}

static void
refresh_cell (Cell *cell)
{
  if (cell->project == NULL)
    return;

  switch (cell->column->id)
    {
    case COLUMN_KIND:
      refresh_kind (cell);
      break;
    case COLUMN_BUDGET:
    case COLUMN_ARRIVED:
    case COLUMN_ACTUAL:
      refresh_money (cell);
      break;
    case COLUMN_RATE:
      refresh_rate (cell);
      break;
    case COLUMN_SCORE:
    case COLUMN_GRADE:
      refresh_score (cell);
      break;
    case COLUMN_NAME:
    case N_COLUMNS:
    default:
      /* The field cell follows the history by itself. */
      break;
    }
}

static void
refresh_cells (JxProjectsPane *self)
{
  for (guint i = 0; self->cells != NULL && i < self->cells->len; i++)
    refresh_cell (g_ptr_array_index (self->cells, i));
}

static void
kind_selected_cb (GtkDropDown *drop_down,
                  GParamSpec  *pspec,
                  Cell        *cell)
{
  JxProjectsPane *self = cell->pane;
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (cell->updating || cell->project == NULL || self->history == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;
  if ((guint) jx_project_get_kind (cell->project) == selected + 1)
    return;

  g_value_init (&value, JX_TYPE_PROJECT_KIND);
  g_value_set_enum (&value, (int) selected + 1);
  if (!jx_history_set_value (self->history, JX_RECORD (cell->project), "kind", &value, &error))
    {
      show_toast (self, error->message);
      refresh_kind (cell);
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               JxProjectsPane           *self)
{
  const Column *column = g_object_get_data (G_OBJECT (factory), "jx-column");
  Cell *cell = g_new0 (Cell, 1);
  GtkWidget *child = NULL;

  cell->pane = self;
  cell->column = column;

  switch (column->id)
    {
    case COLUMN_NAME:
      cell->field_cell = jx_field_cell_new ("name", FALSE);
      child = cell->field_cell;
      break;

    case COLUMN_KIND:
      {
        g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

        for (guint i = 0; i < G_N_ELEMENTS (kind_labels); i++)
          gtk_string_list_append (model, _(kind_labels[i]));
        cell->drop_down = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)), NULL));
        gtk_widget_add_css_class (GTK_WIDGET (cell->drop_down), "flat");
        gtk_accessible_update_property (GTK_ACCESSIBLE (cell->drop_down),
                                        GTK_ACCESSIBLE_PROPERTY_LABEL, _(column->title), -1);
        g_signal_connect (cell->drop_down, "notify::selected", G_CALLBACK (kind_selected_cb), cell);
        child = GTK_WIDGET (cell->drop_down);
      }
      break;

    case COLUMN_BUDGET:
    case COLUMN_ARRIVED:
    case COLUMN_ACTUAL:
      cell->field_cell = jx_field_cell_new (column->funding_property, TRUE);
      cell->label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (cell->label, 1.0f);
      gtk_widget_add_css_class (GTK_WIDGET (cell->label), "numeric");
      gtk_widget_add_css_class (GTK_WIDGET (cell->label), "projects-sum");
      cell->stack = GTK_STACK (gtk_stack_new ());
      gtk_stack_add_named (cell->stack, cell->field_cell, "edit");
      gtk_stack_add_named (cell->stack, GTK_WIDGET (cell->label), "sum");
      child = GTK_WIDGET (cell->stack);
      break;

    case COLUMN_RATE:
      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      gtk_widget_set_halign (child, GTK_ALIGN_END);
      cell->icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (cell->icon, "warning");
      gtk_widget_set_visible (cell->icon, FALSE);
      cell->label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (cell->label, 1.0f);
      gtk_widget_add_css_class (GTK_WIDGET (cell->label), "numeric");
      gtk_box_append (GTK_BOX (child), cell->icon);
      gtk_box_append (GTK_BOX (child), GTK_WIDGET (cell->label));
      break;

    case COLUMN_SCORE:
      child = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      gtk_widget_set_halign (child, GTK_ALIGN_END);
      /* The mark of a partial total is a word, not a colour. */
      cell->marker = gtk_label_new (_("incomplete"));
      gtk_widget_add_css_class (cell->marker, "dim-label");
      gtk_widget_add_css_class (cell->marker, "caption");
      gtk_widget_set_visible (cell->marker, FALSE);
      cell->label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (cell->label, 1.0f);
      gtk_widget_add_css_class (GTK_WIDGET (cell->label), "numeric");
      gtk_box_append (GTK_BOX (child), cell->marker);
      gtk_box_append (GTK_BOX (child), GTK_WIDGET (cell->label));
      break;

    case COLUMN_GRADE:
    case N_COLUMNS:
    default:
      cell->label = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (cell->label, 0.5f);
      child = GTK_WIDGET (cell->label);
      break;
    }

  /* The cell lives as long as its widgets, whose handlers point to it. */
  gtk_widget_add_css_class (child, "projects-cell");
  g_object_set_data_full (G_OBJECT (child), CELL_KEY, cell, cell_free);
  gtk_list_item_set_child (item, child);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              JxProjectsPane           *self)
{
  Cell *cell = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), CELL_KEY);
  JxProject *project = gtk_list_item_get_item (item);

  g_set_object (&cell->project, project);
  g_ptr_array_add (self->cells, cell);

  if (cell->column->id == COLUMN_NAME && self->history != NULL)
    jx_field_cell_bind (JX_FIELD_CELL (cell->field_cell), self->history, JX_RECORD (project));

  refresh_cell (cell);
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                JxProjectsPane           *self)
{
  GtkWidget *child = gtk_list_item_get_child (item);
  Cell *cell = child != NULL ? g_object_get_data (G_OBJECT (child), CELL_KEY) : NULL;

  if (cell == NULL)
    return;

  if (cell->field_cell != NULL)
    jx_field_cell_unbind (JX_FIELD_CELL (cell->field_cell));

  if (self->cells != NULL)
    g_ptr_array_remove_fast (self->cells, cell);
  g_clear_object (&cell->project);
  g_clear_object (&cell->funding);
}

static void
add_columns (JxProjectsPane *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      const Column *column = &columns[i];
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;

      g_object_set_data (G_OBJECT (factory), "jx-column", (gpointer) column);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), self);

      view_column = gtk_column_view_column_new (_(column->title), factory);
      gtk_column_view_column_set_resizable (view_column, TRUE);
      if (column->width > 0)
        gtk_column_view_column_set_fixed_width (view_column, column->width);
      else
        gtk_column_view_column_set_expand (view_column, TRUE);
      gtk_column_view_append_column (self->project_view, view_column);
    }
}

static Cell *
find_cell (JxProjectsPane *self,
           JxProject      *project,
           ColumnId        column)
{
  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->cells, i);

      if (cell->project == project && cell->column->id == column)
        return cell;
    }

  return NULL;
}

/* Scrolling and the name cell of a new project. */

static void
scroll_to (JxProjectsPane *self,
           guint           position)
{
  /* GTK 4.8 has no gtk_column_view_scroll_to(): the list view inside the
   * column view scrolls by its action. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->project_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
        break;
      }
}

static gboolean
edit_tick_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  JxProjectsPane *self = JX_PROJECTS_PANE (user_data);
  Cell *cell = self->to_edit != NULL ? find_cell (self, self->to_edit, COLUMN_NAME) : NULL;

  if (cell != NULL)
    jx_field_cell_start_editing (JX_FIELD_CELL (cell->field_cell));

  if (cell != NULL || self->to_edit == NULL || ++self->edit_tries > 60)
    {
      g_clear_object (&self->to_edit);
      self->edit_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  return G_SOURCE_CONTINUE;
}

static void
try_start_editing (JxProjectsPane *self)
{
  if (self->to_edit == NULL || self->edit_tick_id != 0)
    return;

  /* The row of a new project gets its widgets at the next layout. */
  self->edit_tries = 0;
  self->edit_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->project_view), edit_tick_cb, self, NULL);
}

static void
select_position (JxProjectsPane *self,
                 guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to (self, position);
}

static void selected_item_changed_cb (JxProjectsPane *self);

/* Actions. */

static void
update_actions (JxProjectsPane *self)
{
  guint n_items = self->projects != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->projects)) : 0;
  guint selected = get_selected_position (self);
  gboolean has_selection = selected != GTK_INVALID_LIST_POSITION && selected < n_items;
  g_autofree char *count = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.add", self->projects != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.duplicate", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.delete", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.move-up", has_selection && selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "projects.move-down", has_selection && selected + 1 < n_items);

  /* TRANSLATORS: above the table of projects; 万元 is the unit of the report */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u project · amounts in 万元", "%u projects · amounts in 万元",
                                        n_items),
                           n_items);
  gtk_label_set_text (self->count_label, count);
}

static JxRecord *
get_year (JxProjectsPane *self)
{
  return self->projects != NULL ? jx_child_list_get_owner (self->projects) : NULL;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  JxProjectsPane *self = JX_PROJECTS_PANE (widget);
  g_autoptr(JxProject) project = jx_project_new ();
  g_autoptr(JxFundingRow) funding = jx_funding_row_new ();
  g_autoptr(GError) error = NULL;
  guint selected = get_selected_position (self);
  guint position;

  if (self->projects == NULL)
    return;

  position = selected != GTK_INVALID_LIST_POSITION
    ? selected + 1
    : g_list_model_get_n_items (G_LIST_MODEL (self->projects));

  jx_project_set_name (project, _("New project"));
  jx_project_set_kind (project, JX_PROJECT_KIND_LOCAL);
  jx_funding_row_set_source (funding, JX_FUNDING_SOURCE_APPROPRIATION);
  jx_record_append_child (JX_RECORD (project), "funding", JX_RECORD (funding));

  if (!jx_history_insert (self->history, get_year (self), "projects", position, JX_RECORD (project), &error))
    {
      show_toast (self, error->message);
      return;
    }

  select_position (self, position);
  g_set_object (&self->to_edit, project);
  try_start_editing (self);
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  JxProjectsPane *self = JX_PROJECTS_PANE (widget);
  JxProject *project = jx_projects_pane_get_selected (self);
  g_autoptr(JxProject) copy = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  guint position = get_selected_position (self);
  gboolean inserted;

  if (project == NULL)
    return;

  copy = JX_PROJECT (jx_record_copy (JX_RECORD (project)));
  /* TRANSLATORS: added to the name of a duplicated project */
  name = g_strconcat (jx_project_get_name (project) != NULL ? jx_project_get_name (project) : "", _(" (copy)"), NULL);
  jx_project_set_name (copy, name);

  jx_history_begin_group (self->history, _("Duplicate Project"));
  inserted = jx_history_insert (self->history, get_year (self), "projects", position + 1, JX_RECORD (copy), &error);
  jx_history_end_group (self->history);

  if (!inserted)
    {
      show_toast (self, error->message);
      return;
    }

  select_position (self, position + 1);
}

static void
undo_toast_dismissed_cb (JxProjectsPane *self,
                         AdwToast       *toast)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JxProjectsPane *self = JX_PROJECTS_PANE (widget);
  JxProject *project = jx_projects_pane_get_selected (self);
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  guint position = get_selected_position (self);
  guint n_items;
  AdwToast *toast;

  if (project == NULL)
    return;

  name = g_strdup (jx_project_get_name (project) != NULL ? jx_project_get_name (project) : "");

  /* No question asked: the toast offers to undo it. */
  if (!jx_history_remove (self->history, get_year (self), "projects", position, &error))
    {
      show_toast (self, error->message);
      return;
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  if (n_items > 0)
    select_position (self, MIN (position, n_items - 1));

  toast = adw_toast_new_format (_("Deleted “%s”"), name);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "projects.undo");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JxProjectsPane *self = JX_PROJECTS_PANE (widget);
  g_autoptr(GError) error = NULL;

  if (self->history != NULL && !jx_history_undo (self->history, &error))
    show_toast (self, error->message);
}

static void
move_selected (JxProjectsPane *self,
               int             offset)
{
  g_autoptr(GError) error = NULL;
  guint position = get_selected_position (self);
  guint n_items;
  guint to;
  gboolean moved;

  if (self->projects == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->projects));
  if ((offset < 0 && position == 0) || (offset > 0 && position + 1 >= n_items))
    return;

  to = offset < 0 ? position - 1 : position + 1;

  /* The model reports a move as the rows between removed and added
   * again, which drops the selection: the project stays selected
   * throughout, as far as the rest of the window can tell. */
  self->moving = TRUE;
  moved = jx_history_move (self->history, get_year (self), "projects", position, to, &error);
  select_position (self, moved ? to : position);
  self->moving = FALSE;

  if (!moved)
    show_toast (self, error->message);
  selected_item_changed_cb (self);
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move_selected (JX_PROJECTS_PANE (widget), -1);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move_selected (JX_PROJECTS_PANE (widget), +1);
}

/* Selection, the workspace and the history. */

static void
selected_item_changed_cb (JxProjectsPane *self)
{
  JxProject *project = jx_projects_pane_get_selected (self);

  if (self->moving)
    return;

  /* The table has the whole width until there is a project to detail. */
  jx_project_detail_set_project (self->detail, project);
  gtk_widget_set_visible (self->detail_page, project != NULL);
  gtk_widget_set_visible (self->detail_separator, project != NULL);
  update_actions (self);

  if (self->syncing || self->workspace == NULL)
    return;

  self->syncing = TRUE;
  jx_workspace_set_project (self->workspace, project);
  self->syncing = FALSE;
}

static void
items_changed_cb (JxProjectsPane *self)
{
  update_actions (self);
}

static void
workspace_project_changed_cb (JxProjectsPane *self)
{
  JxProject *project = jx_workspace_get_project (self->workspace);
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->syncing || project == jx_projects_pane_get_selected (self))
    return;

  if (project != NULL && self->projects != NULL)
    jx_child_list_find (self->projects, JX_RECORD (project), &position);

  self->syncing = TRUE;
  select_position (self, position);
  self->syncing = FALSE;
}

static void
workspace_year_changed_cb (JxProjectsPane *self)
{
  JxDepartmentYear *year = self->workspace != NULL ? jx_workspace_get_year (self->workspace) : NULL;

  g_clear_object (&self->to_edit);

  if (self->projects != NULL)
    g_signal_handlers_disconnect_by_data (self->projects, self);
  g_clear_object (&self->projects);

  if (year != NULL)
    {
      self->projects = jx_child_list_new (self->history, JX_RECORD (year), "projects");
      g_signal_connect_object (self->projects, "items-changed", G_CALLBACK (items_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  self->syncing = TRUE;
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->projects));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->syncing = FALSE;

  gtk_stack_set_visible_child_name (self->stack, year != NULL ? "projects" : "empty");
  adw_leaflet_set_visible_child (self->leaflet, self->table_page);
  workspace_project_changed_cb (self);
  update_actions (self);
}

static void
scores_changed_cb (JxProjectsPane *self)
{
  refresh_cells (self);
}

static void
history_record_changed_cb (JxProjectsPane *self,
                           JxRecord       *record,
                           const char     *property)
{
  /* The kind, or a funding row's field the sums are made of: the scores
   * follow, but the cells need not wait for them. */
  for (guint i = 0; i < self->cells->len; i++)
    {
      Cell *cell = g_ptr_array_index (self->cells, i);

      if (cell->project == (gpointer) record || cell->funding == record)
        refresh_cell (cell);
    }
}

static void
history_changed_cb (JxProjectsPane *self)
{
  /* The toast's undo would no longer undo the deletion. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
}

static void
project_activated_cb (JxProjectsPane *self,
                      guint           position)
{
  select_position (self, position);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
}

static void
back_clicked_cb (JxProjectsPane *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->table_page);
}

static void
leaflet_folded_cb (JxProjectsPane *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  /* Beside the table the detail is narrow; in its place it may be as
   * wide as it reads well. */
  adw_clamp_set_maximum_size (ADW_CLAMP (self->detail_page), folded ? 760 : 480);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (self->detail_page), folded ? 560 : 480);

  /* Unfolded, both show; folded, the table comes first. */
  if (folded && jx_projects_pane_get_selected (self) == NULL)
    adw_leaflet_set_visible_child (self->leaflet, self->table_page);
}

static void
disconnect_workspace (JxProjectsPane *self)
{
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);

  g_clear_object (&self->workspace);
  g_clear_object (&self->history);
}

static void
jx_projects_pane_dispose (GObject *object)
{
  JxProjectsPane *self = (JxProjectsPane *) object;

  if (self->edit_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->project_view), self->edit_tick_id);
      self->edit_tick_id = 0;
    }
  g_clear_object (&self->to_edit);

  if (self->undo_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->undo_toast, self);
      self->undo_toast = NULL;
    }

  /* Let the cells go while the pane is whole. */
  if (self->project_view != NULL)
    gtk_column_view_set_model (self->project_view, NULL);

  if (self->projects != NULL)
    g_signal_handlers_disconnect_by_data (self->projects, self);
  disconnect_workspace (self);

  /* The bin's child is a template child too: the bin lets go of it
   * first, so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_PROJECTS_PANE);

  g_clear_object (&self->selection);
  g_clear_object (&self->projects);
  g_clear_pointer (&self->cells, g_ptr_array_unref);

  G_OBJECT_CLASS (jx_projects_pane_parent_class)->dispose (object);
}

/* The table makes rows as soon as it has a model, shown or not: it gets
 * its model when the pane is first shown, so that a window that opens on
 * another pane does not make a hundred rows first. */
static void
jx_projects_pane_map (GtkWidget *widget)
{
  JxProjectsPane *self = JX_PROJECTS_PANE (widget);

  if (gtk_column_view_get_model (self->project_view) == NULL)
    gtk_column_view_set_model (self->project_view, GTK_SELECTION_MODEL (self->selection));

  GTK_WIDGET_CLASS (jx_projects_pane_parent_class)->map (widget);
}

static void
jx_projects_pane_class_init (JxProjectsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_projects_pane_dispose;
  widget_class->map = jx_projects_pane_map;

  g_type_ensure (JX_TYPE_PROJECT_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-projects-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, leaflet);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, table_page);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, detail_page);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, detail_separator);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, count_label);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, project_view);
  gtk_widget_class_bind_template_child (widget_class, JxProjectsPane, detail);
  gtk_widget_class_bind_template_callback (widget_class, project_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_folded_cb);

  gtk_widget_class_install_action (widget_class, "projects.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "projects.duplicate", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "projects.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "projects.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "projects.move-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "projects.undo", NULL, undo_activated);
}

static void
jx_projects_pane_init (JxProjectsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cells = g_ptr_array_new ();
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (selected_item_changed_cb), self,
                           G_CONNECT_SWAPPED);

  add_columns (self);
  update_actions (self);
}

/**
 * jx_projects_pane_new:
 *
 * Returns: (transfer floating): a pane that shows the projects of the
 *   workspace's year once it has one
 */
GtkWidget *
jx_projects_pane_new (void)
{
  return g_object_new (JX_TYPE_PROJECTS_PANE, NULL);
}

/**
 * jx_projects_pane_set_workspace:
 * @self: a #JxProjectsPane
 * @workspace: (nullable): the workspace whose year's projects to show
 */
void
jx_projects_pane_set_workspace (JxProjectsPane *self,
                                JxWorkspace    *workspace)
{
  g_return_if_fail (JX_IS_PROJECTS_PANE (self));
  g_return_if_fail (workspace == NULL || JX_IS_WORKSPACE (workspace));

  if (workspace == self->workspace)
    return;

  disconnect_workspace (self);

  if (workspace != NULL)
    {
      self->workspace = g_object_ref (workspace);
      self->history = g_object_ref (jx_workspace_get_history (workspace));

      g_signal_connect_object (workspace, "notify::year", G_CALLBACK (workspace_year_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "notify::project", G_CALLBACK (workspace_project_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "scores-changed", G_CALLBACK (scores_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "record-changed", G_CALLBACK (history_record_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "changed", G_CALLBACK (history_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  jx_project_detail_set_workspace (self->detail, workspace);
  workspace_year_changed_cb (self);
}

/**
 * jx_projects_pane_reveal:
 * @self: a #JxProjectsPane
 * @project: a project of the workspace's year
 *
 * Selects @project, scrolls the table to it and shows its detail.
 *
 * Returns: %FALSE if @project is not one of the year's projects
 */
gboolean
jx_projects_pane_reveal (JxProjectsPane *self,
                         JxProject      *project)
{
  guint position;

  g_return_val_if_fail (JX_IS_PROJECTS_PANE (self), FALSE);
  g_return_val_if_fail (JX_IS_PROJECT (project), FALSE);

  if (self->projects == NULL || !jx_child_list_find (self->projects, JX_RECORD (project), &position))
    return FALSE;

  select_position (self, position);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_page);
  return TRUE;
}

/**
 * jx_projects_pane_get_vadjustment:
 * @self: a #JxProjectsPane
 *
 * Returns: (transfer none) (nullable): what scrolls the table of projects
 *   up and down (for the benchmark of scrolling)
 */
GtkAdjustment *
jx_projects_pane_get_vadjustment (JxProjectsPane *self)
{
  g_return_val_if_fail (JX_IS_PROJECTS_PANE (self), NULL);

  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->project_view));
}

/* For the tests. */

GListModel *
jx_projects_pane_get_model (JxProjectsPane *self)
{
  g_return_val_if_fail (JX_IS_PROJECTS_PANE (self), NULL);

  return G_LIST_MODEL (self->projects);
}

JxProjectDetail *
jx_projects_pane_get_detail (JxProjectsPane *self)
{
  g_return_val_if_fail (JX_IS_PROJECTS_PANE (self), NULL);

  return self->detail;
}

AdwToast *
jx_projects_pane_get_undo_toast (JxProjectsPane *self)
{
  g_return_val_if_fail (JX_IS_PROJECTS_PANE (self), NULL);

  return self->undo_toast;
}

static Cell *
find_cell_at (JxProjectsPane *self,
              guint           position,
              const char     *column)
{
  g_autoptr(JxProject) project = NULL;

  if (self->projects == NULL)
    return NULL;

  project = g_list_model_get_item (G_LIST_MODEL (self->projects), position);
  if (project == NULL)
    return NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_str_equal (columns[i].name, column))
      return find_cell (self, project, columns[i].id);

  return NULL;
}

/**
 * jx_projects_pane_get_cell:
 * @self: a #JxProjectsPane
 * @position: a row of the table
 * @column: "name", "kind", "budget", "arrived", "actual", "rate",
 *   "score" or "grade"
 *
 * Returns: (transfer none) (nullable): the widget of the cell, %NULL
 *   while the row has none (it is out of sight)
 */
GtkWidget *
jx_projects_pane_get_cell (JxProjectsPane *self,
                           guint           position,
                           const char     *column)
{
  Cell *cell = find_cell_at (self, position, column);

  if (cell == NULL)
    return NULL;

  if (cell->stack != NULL)
    return gtk_stack_get_visible_child (cell->stack);
  if (cell->field_cell != NULL)
    return cell->field_cell;
  if (cell->drop_down != NULL)
    return GTK_WIDGET (cell->drop_down);

  return GTK_WIDGET (cell->label);
}

static GtkEditableLabel *
get_editable_label (GtkWidget *field_cell)
{
  for (GtkWidget *child = gtk_widget_get_first_child (field_cell);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_EDITABLE_LABEL (child))
      return GTK_EDITABLE_LABEL (child);

  return NULL;
}

/**
 * jx_projects_pane_dup_cell_text:
 * @self: a #JxProjectsPane
 * @position: a row of the table
 * @column: the name of a column
 *
 * Returns: (transfer full) (nullable): the text the cell shows
 */
char *
jx_projects_pane_dup_cell_text (JxProjectsPane *self,
                                guint           position,
                                const char     *column)
{
  GtkWidget *widget = jx_projects_pane_get_cell (self, position, column);

  if (widget == NULL)
    return NULL;

  if (JX_IS_FIELD_CELL (widget))
    {
      GtkEditableLabel *label = get_editable_label (widget);

      return label != NULL ? g_strdup (gtk_editable_get_text (GTK_EDITABLE (label))) : NULL;
    }
  if (GTK_IS_DROP_DOWN (widget))
    {
      GObject *item = gtk_drop_down_get_selected_item (GTK_DROP_DOWN (widget));

      return item != NULL ? g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item))) : NULL;
    }

  return g_strdup (gtk_label_get_text (GTK_LABEL (widget)));
}

const char *
jx_projects_pane_get_cell_problem (JxProjectsPane *self,
                                   guint           position,
                                   const char     *column)
{
  GtkWidget *widget = jx_projects_pane_get_cell (self, position, column);

  if (widget == NULL || !JX_IS_FIELD_CELL (widget))
    return NULL;

  return jx_field_cell_get_problem (JX_FIELD_CELL (widget));
}

/**
 * jx_projects_pane_edit_cell:
 * @self: a #JxProjectsPane
 * @position: a row of the table
 * @column: the name of a column of field cells
 * @text: what to type
 *
 * Edits the cell as the user does: starts editing, types @text and
 * presses Enter.
 *
 * Returns: whether the cell is there and editable
 */
gboolean
jx_projects_pane_edit_cell (JxProjectsPane *self,
                            guint           position,
                            const char     *column,
                            const char     *text)
{
  GtkWidget *widget = jx_projects_pane_get_cell (self, position, column);
  GtkEditableLabel *label;

  if (widget == NULL || !JX_IS_FIELD_CELL (widget))
    return FALSE;

  label = get_editable_label (widget);
  if (label == NULL)
    return FALSE;

  gtk_editable_label_start_editing (label);
  gtk_editable_set_text (GTK_EDITABLE (label), text);
  gtk_editable_label_stop_editing (label, TRUE);
  return TRUE;
}

gboolean
jx_projects_pane_is_cell_editing (JxProjectsPane *self,
                                  guint           position,
                                  const char     *column)
{
  GtkWidget *widget = jx_projects_pane_get_cell (self, position, column);
  GtkEditableLabel *label;

  if (widget == NULL || !JX_IS_FIELD_CELL (widget))
    return FALSE;

  label = get_editable_label (widget);
  return label != NULL && gtk_editable_label_get_editing (label);
}
