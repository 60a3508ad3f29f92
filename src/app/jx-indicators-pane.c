/* jx-indicators-pane.c: the three-level indicator tree of a project or department-year, editable in place
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane shows the indicators of one owner, the project the workspace
 * has selected or else the department-year itself, as a tree: 一级
 * categories, their 二级 categories and the indicators, each category
 * with its subtotal.  The grouping is a JxIndicatorTree, made again
 * whenever the history says that the indicators or their levels changed;
 * each column's cells are JxIndicatorCells, which edit through the history
 * and follow the scores.
 *
 * The pane adds, deletes and moves indicators, each in one step of undo.
 * Rows copied from a spreadsheet are pasted as indicators in one step of
 * undo, and what could not be read is listed above the table.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicator-cell.h"
#include "jx-indicator-tree.h"
#include "jx-indicators-pane.h"

/* How many problems of a paste are listed; the rest are counted. */
#define MAX_PROBLEMS_SHOWN 8

struct _JxIndicatorsPane
{
  AdwBin              parent_instance;

  JxWorkspace        *workspace;
  JxHistory          *history;
  JxRecord           *owner;          /* the project or the department-year shown */
  GPtrArray          *owners;         /* JxRecord, the choices of the drop-down */

  JxIndicatorTree    *categories;     /* the owner's indicators grouped */
  GtkTreeListModel   *tree;
  GtkSingleSelection *selection;
  guint               rebuild_id;
  gboolean            updating_owners;
  GCancellable       *cancellable;    /* of a clipboard read */

  AdwToastOverlay    *toast_overlay;
  GtkDropDown        *owner_dropdown;
  GtkLabel           *total_label;
  GtkMenuButton      *add_button;
  GtkPopover         *add_popover;
  GtkComboBoxText    *level1_combo;
  GtkComboBoxText    *level2_combo;
  GtkEntry           *name_entry;
  GtkLabel           *add_error_label;
  GtkRevealer        *problems_revealer;
  GtkLabel           *problems_label;
  GtkStack           *stack;
  GtkColumnView      *column_view;
};

G_DEFINE_FINAL_TYPE (JxIndicatorsPane, jx_indicators_pane, ADW_TYPE_BIN)

typedef struct {
  const char         *level1;
  const char * const *level2;
} LevelPreset;

/* The categories of the forms (DOMAIN.md), spelled as the sample reports
 * spell them; a user may type any other. */
static const char * const output_level2[] = { "数量指标", "质量指标", "时效指标", "成本指标", NULL };
static const char * const benefit_level2[] = { "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", NULL };
static const char * const satisfaction_level2[] = { "服务对象满意度指标", NULL };
static const char * const cost_level2[] = { "经济成本指标", "社会成本指标", "生态环境成本指标", NULL };
static const char * const input_level2[] = { "工作目标管理", "预算和财务管理", "绩效管理", NULL };
static const char * const year_output_level2[] = {
  "履职目标实现", "重点工作任务完成", "数量指标", "质量指标", "时效指标", "成本指标", NULL
};
static const char * const year_benefit_level2[] = {
  "履职效益", "满意度", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", NULL
};
static const char * const no_level2[] = { NULL };

static const LevelPreset project_levels[] = {
  { "产出指标", output_level2 },
  { "效益指标", benefit_level2 },
  { "满意度指标", satisfaction_level2 },
  { "成本指标", cost_level2 },
};

static const LevelPreset year_levels[] = {
  { "投入管理指标", input_level2 },
  { "产出指标", year_output_level2 },
  { "效益指标", year_benefit_level2 },
  { "满意度指标", satisfaction_level2 },
  { "成本指标", cost_level2 },
  { "预算配置", no_level2 },
  { "预算执行", no_level2 },
  { "预算管理", no_level2 },
  { "履职效益", no_level2 },
  { "部门能力建设", no_level2 },
};


static void schedule_rebuild (JxIndicatorsPane *self);
static void update_actions   (JxIndicatorsPane *self);

/* Small things */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (is_empty (a) ? NULL : a, is_empty (b) ? NULL : b) == 0;
}


/* Toasts */

static void
toast_undo_clicked_cb (AdwToast         *toast,
                       JxIndicatorsPane *self)
{
  g_autoptr(GError) error = NULL;

  if (self->history != NULL && !jx_history_undo (self->history, &error))
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
show_toast (JxIndicatorsPane *self,
            const char       *title,
            gboolean          undoable)
{
  AdwToast *toast = adw_toast_new (title);

  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (toast_undo_clicked_cb), self, 0);
    }

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The tree of categories */

static GPtrArray *
get_indicators (JxIndicatorsPane *self)
{
  if (self->owner == NULL)
    return NULL;

  return jx_record_get_children (self->owner, "indicators");
}

/* The category or indicator of the selected row, or %NULL. */
static GObject *
dup_selected_item (JxIndicatorsPane *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (row == NULL)
    return NULL;

  return gtk_tree_list_row_get_item (row);
}

static void
select_item (JxIndicatorsPane *self,
             gpointer          wanted)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->tree));

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (self->tree), i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (jx_indicator_tree_same_item (item, wanted))
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

/* Groups the owner's indicators again; the rows of the categories that
 * stay stay expanded or collapsed, and the selected row stays selected. */
static void
rebuild (JxIndicatorsPane *self)
{
  g_autoptr(GObject) selected = dup_selected_item (self);
  GPtrArray *indicators = get_indicators (self);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  jx_indicator_tree_update (self->categories, indicators);

  if (self->owner == NULL)
    gtk_stack_set_visible_child_name (self->stack, "no-year");
  else if (indicators == NULL || indicators->len == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "tree");

  if (selected != NULL)
    select_item (self, selected);

  update_actions (self);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  JxIndicatorsPane *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Many changes come at once (a paste): the tree is made again once. */
static void
schedule_rebuild (JxIndicatorsPane *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_idle_cb, self, NULL);
}

static void
flush_rebuild (JxIndicatorsPane *self)
{
  if (self->rebuild_id != 0)
    rebuild (self);
}

/* Scores */

static void
update_total (JxIndicatorsPane *self)
{
  g_autofree char *text = NULL;
  g_autofree char *total = NULL;
  JxYearScore *year_score;
  gint64 points = JX_UNSET;
  gboolean complete = FALSE;
  JxGrade grade = JX_GRADE_NONE;

  if (self->workspace == NULL || self->owner == NULL ||
      (year_score = jx_workspace_get_score (self->workspace)) == NULL)
    {
      gtk_label_set_text (self->total_label, "");
      return;
    }

  if (JX_IS_PROJECT (self->owner))
    {
      const JxProjectScore *score = jx_workspace_find_project_score (self->workspace, JX_PROJECT (self->owner));

      if (score != NULL)
        {
          points = score->total;
          complete = score->complete;
          grade = score->grade;
        }
    }
  else
    {
      points = year_score->total;
      complete = year_score->complete;
      grade = year_score->grade;
    }

  total = points != JX_UNSET ? jx_number_format_fixed (points, JX_POINTS_SCALE, 2) : g_strdup ("—");
  if (complete && grade != JX_GRADE_NONE)
    text = g_strdup_printf (_("Total %s, %s"), total, jx_grade_to_string (grade));
  else if (points != JX_UNSET)
    text = g_strdup_printf (_("Total so far %s, incomplete"), total);
  else
    text = g_strdup ("");

  gtk_label_set_text (self->total_label, text);
}

/* The columns: a JxIndicatorCell each; the name column's in an expander */

static JxIndicatorCell *
list_item_get_cell (GtkListItem *list_item)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (GTK_IS_TREE_EXPANDER (child))
    child = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));

  return JX_INDICATOR_CELL (child);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  column)
{
  GtkWidget *cell = jx_indicator_cell_new (GPOINTER_TO_INT (column));
  GtkWidget *expander;

  if (GPOINTER_TO_INT (column) != JX_INDICATOR_COLUMN_NAME)
    {
      gtk_list_item_set_child (list_item, cell);
      return;
    }

  expander = gtk_tree_expander_new ();
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), cell);
  gtk_list_item_set_child (list_item, expander);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              JxIndicatorsPane         *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *child = gtk_list_item_get_child (list_item);
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), row);
  jx_indicator_cell_bind (list_item_get_cell (list_item), self->workspace, item);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                JxIndicatorsPane         *self)
{
  GtkWidget *child = gtk_list_item_get_child (list_item);

  jx_indicator_cell_unbind (list_item_get_cell (list_item));
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
}

static void
add_columns (JxIndicatorsPane *self)
{
  static const struct {
    const char        *title;
    JxIndicatorColumn  column;
    int                width;      /* -1: it takes what is left */
  } columns[] = {
    { N_("Indicator"), JX_INDICATOR_COLUMN_NAME, -1 },
    { N_("Target"), JX_INDICATOR_COLUMN_TARGET, 190 },
    { N_("Actual"), JX_INDICATOR_COLUMN_ACTUAL, 160 },
    { N_("Weight"), JX_INDICATOR_COLUMN_WEIGHT, 80 },
    { N_("Score"), JX_INDICATOR_COLUMN_SCORE, 270 },
    { N_("Deviation Reason"), JX_INDICATOR_COLUMN_REASON, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (columns[i].column));
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), self);

      column = gtk_column_view_column_new (_(columns[i].title), g_steal_pointer (&factory));
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      else
        gtk_column_view_column_set_expand (column, TRUE);

      gtk_column_view_append_column (self->column_view, column);
    }
}

/* The owner: the department-year or one of its projects */

static void
set_owner (JxIndicatorsPane *self,
           JxRecord         *owner)
{
  if (owner != self->owner)
    {
      g_set_object (&self->owner, owner);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
    }

  rebuild (self);
  update_total (self);
}

static gboolean
same_owners (JxIndicatorsPane *self,
             GPtrArray        *owners,
             GListModel       *names)
{
  GListModel *shown = gtk_drop_down_get_model (self->owner_dropdown);

  if (shown == NULL || owners->len != self->owners->len ||
      g_list_model_get_n_items (shown) != g_list_model_get_n_items (names))
    return FALSE;

  for (guint i = 0; i < owners->len; i++)
    {
      g_autoptr(GtkStringObject) a = g_list_model_get_item (shown, i);
      g_autoptr(GtkStringObject) b = g_list_model_get_item (names, i);

      if (g_ptr_array_index (owners, i) != g_ptr_array_index (self->owners, i) ||
          g_strcmp0 (gtk_string_object_get_string (a), gtk_string_object_get_string (b)) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Fills the drop-down with the department-year and its projects and
 * selects what the workspace shows.  The list is only replaced when it
 * changed: this runs while the drop-down reports a choice. */
static void
update_owners (JxIndicatorsPane *self)
{
  JxDepartmentYear *year = self->workspace != NULL ? jx_workspace_get_year (self->workspace) : NULL;
  JxProject *project = self->workspace != NULL ? jx_workspace_get_project (self->workspace) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) owners = g_ptr_array_new_with_free_func (g_object_unref);
  guint selected = GTK_INVALID_LIST_POSITION;

  if (year != NULL)
    {
      GPtrArray *projects = jx_department_year_get_projects (year);

      g_ptr_array_add (owners, g_object_ref (year));
      gtk_string_list_append (names, _("Department as a whole (部门整体)"));
      selected = 0;

      for (guint i = 0; i < projects->len; i++)
        {
          JxProject *candidate = g_ptr_array_index (projects, i);

          g_ptr_array_add (owners, g_object_ref (candidate));
          gtk_string_list_append (names, jx_project_get_name (candidate));
          if (candidate == project)
            selected = i + 1;
        }
    }

  self->updating_owners = TRUE;
  if (!same_owners (self, owners, G_LIST_MODEL (names)))
    {
      g_ptr_array_unref (self->owners);
      self->owners = g_steal_pointer (&owners);
      gtk_drop_down_set_model (self->owner_dropdown, G_LIST_MODEL (names));
    }
  if (gtk_drop_down_get_selected (self->owner_dropdown) != selected)
    gtk_drop_down_set_selected (self->owner_dropdown, selected);
  self->updating_owners = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_dropdown), year != NULL);
}

static void
follow_workspace (JxIndicatorsPane *self)
{
  JxProject *project = jx_workspace_get_project (self->workspace);
  JxDepartmentYear *year = jx_workspace_get_year (self->workspace);

  update_owners (self);
  set_owner (self, project != NULL ? JX_RECORD (project) : JX_RECORD (year));
}

static void
owner_selected_cb (JxIndicatorsPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->owner_dropdown);
  JxRecord *owner;

  if (self->updating_owners || self->workspace == NULL || selected >= self->owners->len)
    return;

  owner = g_ptr_array_index (self->owners, selected);
  jx_workspace_set_project (self->workspace, JX_IS_PROJECT (owner) ? JX_PROJECT (owner) : NULL);
}

static void
workspace_changed_cb (JxIndicatorsPane *self)
{
  follow_workspace (self);
}

/* A finding about an indicator was clicked elsewhere: show its owner and
 * select it. */
static void
record_activated_cb (JxIndicatorsPane *self,
                     JxRecord         *record)
{
  JxDepartmentYear *year = jx_workspace_get_year (self->workspace);
  JxProject *owner = NULL;
  GPtrArray *projects;

  if (!JX_IS_INDICATOR (record) || year == NULL)
    return;

  if (!g_ptr_array_find (jx_department_year_get_indicators (year), record, NULL))
    {
      projects = jx_department_year_get_projects (year);
      for (guint i = 0; owner == NULL && i < projects->len; i++)
        if (g_ptr_array_find (jx_project_get_indicators (g_ptr_array_index (projects, i)), record, NULL))
          owner = g_ptr_array_index (projects, i);

      if (owner == NULL)
        return;
    }

  jx_workspace_set_project (self->workspace, owner);
  flush_rebuild (self);
  select_item (self, record);
}

static void
scores_changed_cb (JxIndicatorsPane *self)
{
  update_total (self);
}

static gboolean
is_own_indicator (JxIndicatorsPane *self,
                  JxRecord         *record)
{
  GPtrArray *indicators = get_indicators (self);

  return indicators != NULL && g_ptr_array_find (indicators, record, NULL);
}

static void
history_children_changed_cb (JxIndicatorsPane *self,
                             JxRecord         *owner,
                             const char       *child_set,
                             guint             position,
                             guint             removed,
                             guint             added)
{
  JxDepartmentYear *year = jx_workspace_get_year (self->workspace);
  JxProject *project = jx_workspace_get_project (self->workspace);

  if (owner != NULL && owner == self->owner && g_strcmp0 (child_set, "indicators") == 0)
    schedule_rebuild (self);

  if (year != NULL && owner == JX_RECORD (year) && g_strcmp0 (child_set, "projects") == 0)
    {
      /* The project shown was deleted: show the department's own. */
      if (project != NULL && !g_ptr_array_find (jx_department_year_get_projects (year), project, NULL))
        jx_workspace_set_project (self->workspace, NULL);
      else
        update_owners (self);
    }
}

static void
history_record_changed_cb (JxIndicatorsPane *self,
                           JxRecord         *record,
                           const char       *property)
{
  if (JX_IS_INDICATOR (record) &&
      (g_strcmp0 (property, "level1") == 0 || g_strcmp0 (property, "level2") == 0) &&
      is_own_indicator (self, record))
    schedule_rebuild (self);

  if (JX_IS_PROJECT (record) && g_strcmp0 (property, "name") == 0 &&
      g_ptr_array_find (self->owners, record, NULL))
    update_owners (self);
}

/* Actions */

static JxIndicator *
get_selected_indicator (JxIndicatorsPane *self)
{
  g_autoptr(GObject) item = dup_selected_item (self);

  /* The owner holds a reference: the pointer outlives @item. */
  if (item == NULL || jx_indicator_tree_is_category (item))
    return NULL;

  return JX_INDICATOR (item);
}

static gboolean
same_category (JxIndicator *a,
               JxIndicator *b)
{
  return same_text (jx_indicator_get_level1 (a), jx_indicator_get_level1 (b)) &&
         same_text (jx_indicator_get_level2 (a), jx_indicator_get_level2 (b));
}

/* The index of the next indicator of @indicator's category in @step's
 * direction, or -1. */
static int
find_sibling (GPtrArray   *indicators,
              guint        index,
              int          step)
{
  JxIndicator *indicator = g_ptr_array_index (indicators, index);

  for (int i = (int) index + step; i >= 0 && i < (int) indicators->len; i += step)
    if (same_category (indicator, g_ptr_array_index (indicators, i)))
      return i;

  return -1;
}

static void
update_actions (JxIndicatorsPane *self)
{
  JxIndicator *indicator = get_selected_indicator (self);
  GPtrArray *indicators = get_indicators (self);
  guint index = 0;
  gboolean found = indicator != NULL && indicators != NULL && g_ptr_array_find (indicators, indicator, &index);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.add", self->owner != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.paste", self->owner != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.delete", found);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.move-up",
                                 found && find_sibling (indicators, index, -1) >= 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "indicators.move-down",
                                 found && find_sibling (indicators, index, +1) >= 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), self->owner != NULL);
}

static void
selection_changed_cb (JxIndicatorsPane *self)
{
  update_actions (self);
}

static const LevelPreset *
get_presets (JxIndicatorsPane *self,
             guint            *n_presets)
{
  if (self->owner != NULL && JX_IS_DEPARTMENT_YEAR (self->owner))
    {
      *n_presets = G_N_ELEMENTS (year_levels);
      return year_levels;
    }

  *n_presets = G_N_ELEMENTS (project_levels);
  return project_levels;
}

static GtkEditable *
combo_get_entry (GtkComboBoxText *combo)
{
  return GTK_EDITABLE (gtk_combo_box_get_child (GTK_COMBO_BOX (combo)));
}

static void
append_unique (GtkComboBoxText *combo,
               GPtrArray       *seen,
               const char      *text)
{
  if (is_empty (text) || g_ptr_array_find_with_equal_func (seen, text, g_str_equal, NULL))
    return;

  g_ptr_array_add (seen, (gpointer) text);
  gtk_combo_box_text_append_text (combo, text);
}

/* The 二级 presets of the 一级 typed, and the 二级 the owner uses with it. */
static void
level1_changed_cb (JxIndicatorsPane *self)
{
  const char *level1 = gtk_editable_get_text (combo_get_entry (self->level1_combo));
  g_autofree char *level2 = g_strdup (gtk_editable_get_text (combo_get_entry (self->level2_combo)));
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GPtrArray *indicators = get_indicators (self);
  const LevelPreset *presets;
  guint n_presets;

  presets = get_presets (self, &n_presets);
  gtk_combo_box_text_remove_all (self->level2_combo);

  for (guint i = 0; i < n_presets; i++)
    if (g_strcmp0 (presets[i].level1, level1) == 0)
      for (guint j = 0; presets[i].level2[j] != NULL; j++)
        append_unique (self->level2_combo, seen, presets[i].level2[j]);

  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);

      if (g_strcmp0 (jx_indicator_get_level1 (indicator), level1) == 0)
        append_unique (self->level2_combo, seen, jx_indicator_get_level2 (indicator));
    }

  gtk_editable_set_text (combo_get_entry (self->level2_combo), level2);
}

/* Opens the form on the category of the selected row. */
static void
add_popover_shown_cb (JxIndicatorsPane *self)
{
  g_autoptr(GObject) item = dup_selected_item (self);
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  GPtrArray *indicators = get_indicators (self);
  const char *level1 = NULL;
  const char *level2 = NULL;
  const LevelPreset *presets;
  guint n_presets;

  presets = get_presets (self, &n_presets);
  gtk_combo_box_text_remove_all (self->level1_combo);
  for (guint i = 0; i < n_presets; i++)
    append_unique (self->level1_combo, seen, presets[i].level1);
  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    append_unique (self->level1_combo, seen, jx_indicator_get_level1 (g_ptr_array_index (indicators, i)));

  if (item != NULL)
    jx_indicator_tree_get_levels (item, &level1, &level2);

  if (level1 == NULL && is_empty (gtk_editable_get_text (combo_get_entry (self->level1_combo))))
    level1 = presets[0].level1;

  if (level1 != NULL)
    {
      gtk_editable_set_text (combo_get_entry (self->level2_combo), level2 != NULL ? level2 : "");
      gtk_editable_set_text (combo_get_entry (self->level1_combo), level1);
    }
  level1_changed_cb (self);

  gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

/* Where a new indicator of a category goes: after the last one of its
 * category, or at the end. */
static guint
find_insert_position (GPtrArray  *indicators,
                      const char *level1,
                      const char *level2)
{
  guint position = indicators->len;

  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);

      if (same_text (jx_indicator_get_level1 (indicator), level1) &&
          same_text (jx_indicator_get_level2 (indicator), level2))
        position = i + 1;
    }

  return position;
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  JxIndicatorsPane *self = JX_INDICATORS_PANE (widget);
  g_autofree char *level1 = g_strstrip (g_strdup (gtk_editable_get_text (combo_get_entry (self->level1_combo))));
  g_autofree char *level2 = g_strstrip (g_strdup (gtk_editable_get_text (combo_get_entry (self->level2_combo))));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  g_autoptr(JxIndicator) indicator = NULL;
  g_autoptr(GError) error = NULL;
  const char *problem = NULL;
  GPtrArray *indicators = get_indicators (self);

  if (indicators == NULL)
    return;

  if (*level1 == '\0')
    problem = _("Choose or type the 一级 category");
  else if (*name == '\0')
    problem = _("Give the indicator a name");

  if (problem != NULL)
    {
      gtk_label_set_text (self->add_error_label, problem);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), TRUE);
      return;
    }

  indicator = jx_indicator_new ();
  jx_indicator_set_level1 (indicator, level1);
  jx_indicator_set_level2 (indicator, *level2 != '\0' ? level2 : NULL);
  jx_indicator_set_name (indicator, name);

  if (!jx_history_insert (self->history, self->owner, "indicators",
                          find_insert_position (indicators, level1, level2),
                          JX_RECORD (indicator), &error))
    {
      gtk_label_set_text (self->add_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->add_error_label), TRUE);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->name_entry), "");
  gtk_popover_popdown (self->add_popover);

  flush_rebuild (self);
  select_item (self, indicator);
}

static void
name_activated_cb (JxIndicatorsPane *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "indicators.add", NULL);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  JxIndicatorsPane *self = JX_INDICATORS_PANE (widget);
  JxIndicator *indicator = get_selected_indicator (self);
  GPtrArray *indicators = get_indicators (self);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  guint index;

  if (indicator == NULL || indicators == NULL || !g_ptr_array_find (indicators, indicator, &index))
    return;

  name = g_strdup (jx_indicator_get_name (indicator));
  if (!jx_history_remove (self->history, self->owner, "indicators", index, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }

  message = g_strdup_printf (_("Deleted “%s”"), name);
  show_toast (self, message, TRUE);
}

static void
move (JxIndicatorsPane *self,
      int               step)
{
  JxIndicator *indicator = get_selected_indicator (self);
  GPtrArray *indicators = get_indicators (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) keep = NULL;
  guint index;
  int to;

  if (indicator == NULL || !g_ptr_array_find (indicators, indicator, &index))
    return;

  to = find_sibling (indicators, index, step);
  if (to < 0)
    return;

  keep = g_object_ref (G_OBJECT (indicator));
  if (!jx_history_move (self->history, self->owner, "indicators", index, (guint) to, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }

  flush_rebuild (self);
  select_item (self, keep);
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  move (JX_INDICATORS_PANE (widget), -1);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  move (JX_INDICATORS_PANE (widget), +1);
}

static void
show_problems (JxIndicatorsPane *self,
               GPtrArray        *problems)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (problems == NULL || problems->len == 0)
    {
      gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
      return;
    }

  g_string_append (text, ngettext ("One cell could not be taken as it was:",
                                  "Some cells could not be taken as they were:",
                                  problems->len));

  for (guint i = 0; i < problems->len && i < MAX_PROBLEMS_SHOWN; i++)
    {
      JxIndicatorPasteProblem *problem = g_ptr_array_index (problems, i);

      g_string_append_printf (text, "\n• %s", problem->message);
    }

  if (problems->len > MAX_PROBLEMS_SHOWN)
    {
      guint rest = problems->len - MAX_PROBLEMS_SHOWN;

      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("and %u more", "and %u more", rest), rest);
    }

  gtk_label_set_text (self->problems_label, text->str);
  gtk_revealer_set_reveal_child (self->problems_revealer, TRUE);
}

static void
problems_dismissed_cb (JxIndicatorsPane *self)
{
  gtk_revealer_set_reveal_child (self->problems_revealer, FALSE);
}

/* Adds the indicators of pasted rows, one step of undo.  Rows without a
 * category go into the category of the selected row, or the first one of
 * the presets. */
static void
paste_text (JxIndicatorsPane *self,
            const char       *text)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) selected = dup_selected_item (self);
  g_autofree char *label = NULL;
  g_autofree char *message = NULL;
  const char *level1 = NULL;
  const char *level2 = NULL;
  const LevelPreset *presets;
  guint n_presets;
  guint n_added = 0;
  GPtrArray *owned = get_indicators (self);

  if (owned == NULL)
    return;

  if (!jx_indicator_paste_parse (text, &indicators, &problems, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }

  presets = get_presets (self, &n_presets);
  if (selected != NULL)
    jx_indicator_tree_get_levels (selected, &level1, &level2);
  else
    level1 = presets[0].level1;

  label = g_strdup_printf (ngettext ("Paste %u indicator", "Paste %u indicators", indicators->len),
                           indicators->len);
  jx_history_begin_group (self->history, label);

  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);

      if (jx_indicator_get_level1 (indicator) == NULL)
        {
          jx_indicator_set_level1 (indicator, level1);
          if (jx_indicator_get_level2 (indicator) == NULL)
            jx_indicator_set_level2 (indicator, level2);
        }

      if (!jx_history_insert (self->history, self->owner, "indicators", owned->len,
                              JX_RECORD (indicator), &error))
        break;
      n_added++;
    }

  jx_history_end_group (self->history);

  if (error != NULL)
    {
      g_autoptr(GError) undo_error = NULL;

      /* All or nothing: what was added is taken back. */
      if (n_added > 0 && !jx_history_undo (self->history, &undo_error))
        g_warning ("Could not take back a failed paste: %s", undo_error->message);
      show_toast (self, error->message, FALSE);
      return;
    }

  show_problems (self, problems);
  message = g_strdup_printf (ngettext ("Pasted %u indicator", "Pasted %u indicators", n_added), n_added);
  show_toast (self, message, TRUE);
}

static void
clipboard_text_read_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(JxIndicatorsPane) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (text == NULL)
    {
      show_toast (self, _("The clipboard holds no text to paste"), FALSE);
      return;
    }

  paste_text (self, text);
}

static void
paste_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JxIndicatorsPane *self = JX_INDICATORS_PANE (widget);

  if (self->owner == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), self->cancellable,
                                 clipboard_text_read_cb, g_object_ref (self));
}

/* GObject */

static void
disconnect_workspace (JxIndicatorsPane *self)
{
  if (self->workspace == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_signal_handlers_disconnect_by_data (self->history, self);
}

static void
jx_indicators_pane_dispose (GObject *object)
{
  JxIndicatorsPane *self = (JxIndicatorsPane *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  disconnect_workspace (self);

  /* The bin's child is a template child too: the bin lets go of it
   * first, so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_INDICATORS_PANE);

  g_clear_object (&self->selection);
  g_clear_object (&self->tree);
  g_clear_object (&self->categories);
  g_clear_object (&self->owner);
  g_clear_pointer (&self->owners, g_ptr_array_unref);
  g_clear_object (&self->history);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (jx_indicators_pane_parent_class)->dispose (object);
}

/* The table makes rows as soon as it has a model, shown or not: it gets
 * its model when the pane is first shown. */
static void
jx_indicators_pane_map (GtkWidget *widget)
{
  JxIndicatorsPane *self = JX_INDICATORS_PANE (widget);

  if (gtk_column_view_get_model (self->column_view) == NULL)
    gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  GTK_WIDGET_CLASS (jx_indicators_pane_parent_class)->map (widget);
}

static void
jx_indicators_pane_class_init (JxIndicatorsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_indicators_pane_dispose;
  widget_class->map = jx_indicators_pane_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-indicators-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, owner_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, total_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, add_button);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, add_popover);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, level1_combo);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, level2_combo);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, name_entry);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, add_error_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, problems_label);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, JxIndicatorsPane, column_view);
  gtk_widget_class_bind_template_callback (widget_class, owner_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, problems_dismissed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, level1_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);

  gtk_widget_class_install_action (widget_class, "indicators.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "indicators.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "indicators.move-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "indicators.move-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "indicators.paste", NULL, paste_activated);

  /* A text being edited takes Ctrl+V first: it pastes rows only when no
   * cell is being edited. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, "indicators.paste", NULL);
}

static void
jx_indicators_pane_init (JxIndicatorsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->owners = g_ptr_array_new_with_free_func (g_object_unref);
  self->categories = jx_indicator_tree_new ();
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->categories)), FALSE, TRUE,
                                        jx_indicator_tree_create_child_model, NULL, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);

  add_columns (self);

  gtk_stack_set_visible_child_name (self->stack, "no-year");
  update_owners (self);
  update_actions (self);
}

/**
 * jx_indicators_pane_new:
 *
 * Returns: (transfer floating): a new pane; it shows nothing until it is
 *   given a workspace
 */
GtkWidget *
jx_indicators_pane_new (void)
{
  return g_object_new (JX_TYPE_INDICATORS_PANE, NULL);
}

/**
 * jx_indicators_pane_set_workspace:
 * @self: a pane
 * @workspace: (nullable): the workspace whose project or department-year
 *   the pane shows
 */
void
jx_indicators_pane_set_workspace (JxIndicatorsPane *self,
                                  JxWorkspace      *workspace)
{
  g_return_if_fail (JX_IS_INDICATORS_PANE (self));
  g_return_if_fail (workspace == NULL || JX_IS_WORKSPACE (workspace));

  if (workspace == self->workspace)
    return;

  disconnect_workspace (self);
  /* The cells let go of the old workspace first. */
  set_owner (self, NULL);

  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->history);

  if (workspace == NULL)
    {
      update_owners (self);
      return;
    }

  self->history = g_object_ref (jx_workspace_get_history (workspace));

  g_signal_connect_object (workspace, "notify::year", G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::project", G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "scores-changed", G_CALLBACK (scores_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "record-activated", G_CALLBACK (record_activated_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "children-changed", G_CALLBACK (history_children_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "record-changed", G_CALLBACK (history_record_changed_cb),
                           self, G_CONNECT_SWAPPED);

  follow_workspace (self);
}
