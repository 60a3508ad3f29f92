/* jx-indicators-pane.c: the three-level indicator tree of a project or department-year, editable in place
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane shows the indicators of one owner, the project the workspace
 * has selected or else the department-year itself, as a tree: 一级
 * categories, their 二级 categories and the indicators, each category
 * with its subtotal.  The categories are the owner's indicators grouped in
 * the order in which they first appear, made again whenever the history
 * says that the indicators or their levels changed.
 *
 * Every cell edits through the history.  A target is typed as people
 * write it ("≥90%", "不少于2000份") and saved as comparator, value, unit
 * and text in one step of undo, with what was understood shown beside it;
 * a score set by hand takes a reason, and a qualitative indicator's score
 * must lie in the band of its assessment.  Rows copied from a spreadsheet
 * are pasted as indicators in one step of undo, and what could not be
 * read is listed above the table.
 *
 * Computed figures (scores, subtotals, what the checker asks for) are read
 * from the workspace again on every "scores-changed": each bound cell
 * listens for it until it is unbound.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-field-cell.h"
#include "jx-indicators-pane.h"

/* The category nodes of the tree are string objects (the category's
 * name) that carry these. */
#define NODE_LEVEL1_KEY   "jx-level1"
#define NODE_LEVEL2_KEY   "jx-level2"
#define NODE_CHILDREN_KEY "jx-children"

/* What a cell of the column view is bound to, and the workspace it
 * listens to. */
#define CELL_ITEM_KEY      "jx-item"
#define CELL_WORKSPACE_KEY "jx-workspace"
#define CELL_PANE_KEY      "jx-pane"
#define CELL_UPDATING_KEY  "jx-updating"

/* How many problems of a paste are listed; the rest are counted. */
#define MAX_PROBLEMS_SHOWN 8

struct _JxIndicatorsPane
{
  AdwBin              parent_instance;

  JxWorkspace        *workspace;
  JxHistory          *history;
  JxRecord           *owner;          /* the project or the department-year shown */
  GPtrArray          *owners;         /* JxRecord, the choices of the drop-down */

  GListStore         *roots;          /* the 一级 nodes */
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

static const char * const assessment_labels[] = {
  N_("Not assessed"),
  N_("Achieved"),
  N_("Partly achieved"),
  N_("Not achieved"),
};

/* The findings that ask for a deviation reason. */
static const char * const reason_codes[] = {
  "unmet-without-reason",
  "over-achieved-without-reason",
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

static char *
format_points (gint64 points)
{
  if (points == JX_UNSET)
    return g_strdup ("—");

  return jx_number_format_fixed (points, JX_POINTS_SCALE, 2);
}

static char *
format_weight (gint64 points)
{
  if (points == JX_UNSET)
    return g_strdup ("—");

  return jx_number_format_fixed (points, JX_POINTS_SCALE, 0);
}

static const char *
comparator_symbol (JxComparator comparator)
{
  switch (comparator)
    {
    case JX_COMPARATOR_GE: return "≥";
    case JX_COMPARATOR_GT: return ">";
    case JX_COMPARATOR_EQ: return "=";
    case JX_COMPARATOR_LE: return "≤";
    case JX_COMPARATOR_LT: return "<";
    case JX_COMPARATOR_NONE:
    case JX_COMPARATOR_QUALITATIVE:
    default:
      return NULL;
    }
}

/* What was understood of a target: "≥ 90 %", "= 4 个", "qualitative". */
static char *
format_understood_target (JxIndicator *indicator)
{
  JxComparator comparator = jx_indicator_get_comparator (indicator);
  const char *value = jx_indicator_get_target_value (indicator);
  const char *symbol = comparator_symbol (comparator);
  const char *unit = jx_indicator_get_target_unit (indicator);
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  if (comparator == JX_COMPARATOR_QUALITATIVE)
    return g_strdup (_("qualitative"));
  if (value == NULL)
    return g_strdup ("");

  if (symbol != NULL)
    g_strv_builder_add (parts, symbol);
  g_strv_builder_add (parts, value);
  if (unit != NULL)
    g_strv_builder_add (parts, unit);

  strv = g_strv_builder_end (parts);
  return g_strjoinv (" ", strv);
}

/* The target as the cell shows it for editing: as it was written, or
 * from its parts when only those are stored. */
static char *
dup_target_text (JxIndicator *indicator)
{
  JxTarget target = {
    jx_indicator_get_comparator (indicator),
    (char *) jx_indicator_get_target_value (indicator),
    (char *) jx_indicator_get_target_unit (indicator),
    FALSE,
  };
  char *formatted;

  if (jx_indicator_get_target_text (indicator) != NULL)
    return g_strdup (jx_indicator_get_target_text (indicator));

  formatted = jx_target_format (&target);
  return formatted != NULL ? formatted : g_strdup ("");
}

static char *
dup_actual_text (JxIndicator *indicator)
{
  const char *value = jx_indicator_get_actual_value (indicator);
  const char *unit = jx_indicator_get_target_unit (indicator);

  if (jx_indicator_get_actual_text (indicator) != NULL)
    return g_strdup (jx_indicator_get_actual_text (indicator));
  if (value == NULL)
    return g_strdup ("");

  return g_strconcat (value, unit != NULL ? unit : "", NULL);
}

static const char *
describe_status (JxScoreStatus status)
{
  switch (status)
    {
    case JX_SCORE_STATUS_NO_WEIGHT: return _("no weight");
    case JX_SCORE_STATUS_NO_TARGET: return _("no target");
    case JX_SCORE_STATUS_NO_ACTUAL: return _("no actual value");
    case JX_SCORE_STATUS_NEEDS_ASSESSMENT: return _("needs assessment");
    case JX_SCORE_STATUS_INVALID: return _("score out of range");
    case JX_SCORE_STATUS_SCORED:
    default:
      return "";
    }
}

/* Setting fields through the history */

static gboolean
set_string (JxHistory   *history,
            JxIndicator *indicator,
            const char  *property,
            const char  *text,
            GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, is_empty (text) ? NULL : text);
  return jx_history_set_value (history, JX_RECORD (indicator), property, &value, error);
}

static gboolean
set_points (JxHistory   *history,
            JxIndicator *indicator,
            const char  *property,
            gint64       points,
            GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, points);
  return jx_history_set_value (history, JX_RECORD (indicator), property, &value, error);
}

static gboolean
set_enum (JxHistory   *history,
          JxIndicator *indicator,
          const char  *property,
          GType        type,
          int          number,
          GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, type);
  g_value_set_enum (&value, number);
  return jx_history_set_value (history, JX_RECORD (indicator), property, &value, error);
}

/* Points as people type them: "10", "10分", "１０". */
static gboolean
parse_points (const char  *text,
              gint64      *points,
              GError     **error)
{
  g_autofree char *number = g_strstrip (g_strdup (text));

  if (g_str_has_suffix (number, "分"))
    {
      number[strlen (number) - strlen ("分")] = '\0';
      g_strchomp (number);
    }

  return jx_number_parse_fixed (number, JX_POINTS_SCALE, points, error);
}

static void
mark_problem (GtkWidget  *widget,
              const char *problem)
{
  if (problem != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");

  gtk_widget_set_tooltip_text (widget, problem);
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

static GObject *
node_new (const char *level1,
          const char *level2)
{
  GtkStringObject *node = gtk_string_object_new (level2 != NULL ? level2 : level1);

  g_object_set_data_full (G_OBJECT (node), NODE_LEVEL1_KEY, g_strdup (level1), g_free);
  g_object_set_data_full (G_OBJECT (node), NODE_LEVEL2_KEY, g_strdup (level2), g_free);
  g_object_set_data_full (G_OBJECT (node), NODE_CHILDREN_KEY, g_list_store_new (G_TYPE_OBJECT), g_object_unref);

  return G_OBJECT (node);
}

static gboolean
is_node (gpointer item)
{
  return GTK_IS_STRING_OBJECT (item);
}

static const char *
node_get_level1 (gpointer node)
{
  return g_object_get_data (G_OBJECT (node), NODE_LEVEL1_KEY);
}

static const char *
node_get_level2 (gpointer node)
{
  return g_object_get_data (G_OBJECT (node), NODE_LEVEL2_KEY);
}

static GListStore *
node_get_children (gpointer node)
{
  return g_object_get_data (G_OBJECT (node), NODE_CHILDREN_KEY);
}

static gboolean
same_item (gpointer a,
           gpointer b)
{
  if (a == b)
    return TRUE;

  return is_node (a) && is_node (b) &&
         g_strcmp0 (node_get_level1 (a), node_get_level1 (b)) == 0 &&
         g_strcmp0 (node_get_level2 (a), node_get_level2 (b)) == 0;
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  if (!is_node (item))
    return NULL;

  return g_object_ref (G_LIST_MODEL (node_get_children (item)));
}

static GPtrArray *
get_indicators (JxIndicatorsPane *self)
{
  if (self->owner == NULL)
    return NULL;

  return jx_record_get_children (self->owner, "indicators");
}

/* The node or indicator of the selected row, or %NULL. */
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

      if (same_item (item, wanted))
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static char *
node_key (const char *level1,
          const char *level2)
{
  return g_strconcat (level1, "\x1f", level2 != NULL ? level2 : "", NULL);
}

/* Makes @store hold @wanted, replacing only the part that differs, so
 * that the rows (and the cells being edited) of the rest stay. */
static void
sync_store (GListStore *store,
            GPtrArray  *wanted)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_items = g_list_model_get_n_items (model);
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_items && prefix < wanted->len)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);

      if (item != g_ptr_array_index (wanted, prefix))
        break;
      prefix++;
    }

  while (suffix < n_items - prefix && suffix < wanted->len - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_items - 1 - suffix);

      if (item != g_ptr_array_index (wanted, wanted->len - 1 - suffix))
        break;
      suffix++;
    }

  if (prefix == n_items && n_items == wanted->len)
    return;

  g_list_store_splice (store, prefix, n_items - prefix - suffix,
                       wanted->pdata + prefix, wanted->len - prefix - suffix);
}

/* The node of a category: the one the tree has, or a new one. */
static GObject *
plan_node (GHashTable *nodes,
           GHashTable *plans,
           const char *level1,
           const char *level2,
           gboolean   *created)
{
  g_autofree char *key = node_key (level1, level2);
  GObject *node = g_hash_table_lookup (nodes, key);

  *created = FALSE;
  if (node == NULL)
    {
      node = node_new (level1, level2);
      g_hash_table_insert (nodes, g_steal_pointer (&key), node);
    }

  if (!g_hash_table_contains (plans, node))
    {
      g_hash_table_insert (plans, node, g_ptr_array_new ());
      *created = TRUE;
    }

  return node;
}

/* Groups the owner's indicators by 一级 and 二级, in the order in which
 * the categories first appear.  The nodes of categories that stay are
 * kept and only what changed is replaced, so that rows stay expanded or
 * collapsed and the selected row stays selected. */
static void
rebuild (JxIndicatorsPane *self)
{
  g_autoptr(GHashTable) nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) plans = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  g_autoptr(GObject) selected = dup_selected_item (self);
  GPtrArray *indicators = get_indicators (self);
  GHashTableIter iter;
  gpointer node;
  gpointer plan;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  /* The nodes the tree has now. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->roots)); i++)
    {
      g_autoptr(GObject) root = g_list_model_get_item (G_LIST_MODEL (self->roots), i);
      GListModel *children = G_LIST_MODEL (node_get_children (root));

      g_hash_table_insert (nodes, node_key (node_get_level1 (root), NULL), g_object_ref (root));
      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (children, j);

          if (is_node (child))
            g_hash_table_insert (nodes, node_key (node_get_level1 (child), node_get_level2 (child)),
                                 g_object_ref (child));
        }
    }

  /* What each node is to hold. */
  for (guint i = 0; indicators != NULL && i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *level1 = jx_indicator_get_level1 (indicator) != NULL ? jx_indicator_get_level1 (indicator) : "";
      const char *level2 = jx_indicator_get_level2 (indicator);
      gboolean created;
      GObject *root = plan_node (nodes, plans, level1, NULL, &created);
      GObject *parent = root;

      if (created)
        g_ptr_array_add (roots, root);

      if (!is_empty (level2))
        {
          parent = plan_node (nodes, plans, level1, level2, &created);
          if (created)
            g_ptr_array_add (g_hash_table_lookup (plans, root), parent);
        }

      g_ptr_array_add (g_hash_table_lookup (plans, parent), indicator);
    }

  g_hash_table_iter_init (&iter, plans);
  while (g_hash_table_iter_next (&iter, &node, &plan))
    sync_store (node_get_children (node), plan);
  sync_store (self->roots, roots);

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

static const JxCategoryScore *
find_category_score (JxWorkspace *workspace,
                     const char  *level1,
                     const char  *level2)
{
  JxProject *project = jx_workspace_get_project (workspace);
  JxYearScore *year_score = jx_workspace_get_score (workspace);
  GPtrArray *categories = NULL;

  if (project != NULL)
    {
      const JxProjectScore *score = jx_workspace_find_project_score (workspace, project);

      if (score != NULL)
        categories = score->categories;
    }
  else if (year_score != NULL)
    {
      categories = year_score->categories;
    }

  for (guint i = 0; categories != NULL && i < categories->len; i++)
    {
      const JxCategoryScore *category = g_ptr_array_index (categories, i);

      if (g_strcmp0 (category->level1, level1) == 0 && same_text (category->level2, level2))
        return category;
    }

  return NULL;
}

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

  total = format_points (points);
  if (complete && grade != JX_GRADE_NONE)
    text = g_strdup_printf (_("Total %s, %s"), total, jx_grade_to_string (grade));
  else if (points != JX_UNSET)
    text = g_strdup_printf (_("Total so far %s, incomplete"), total);
  else
    text = g_strdup ("");

  gtk_label_set_text (self->total_label, text);
}

/* Cells: each bound cell knows its item and refreshes on "scores-changed" */

typedef void (*CellRefreshFunc) (GtkWidget *cell);

static gpointer
cell_get_item (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), CELL_ITEM_KEY);
}

static JxWorkspace *
cell_get_workspace (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), CELL_WORKSPACE_KEY);
}

static JxIndicatorsPane *
cell_get_pane (GtkWidget *cell)
{
  return g_object_get_data (G_OBJECT (cell), CELL_PANE_KEY);
}

static gboolean
cell_is_updating (GtkWidget *cell)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), CELL_UPDATING_KEY));
}

static void
cell_set_updating (GtkWidget *cell,
                   gboolean   updating)
{
  g_object_set_data (G_OBJECT (cell), CELL_UPDATING_KEY, GINT_TO_POINTER (updating));
}

static gpointer
list_item_dup_item (GtkListItem *list_item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);

  return row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
}

static void
cell_attach (JxIndicatorsPane *self,
             GtkWidget        *cell,
             gpointer          item,
             CellRefreshFunc   refresh)
{
  g_object_set_data_full (G_OBJECT (cell), CELL_ITEM_KEY, g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (cell), CELL_WORKSPACE_KEY, g_object_ref (self->workspace), g_object_unref);
  g_signal_connect_object (self->workspace, "scores-changed", G_CALLBACK (refresh), cell, G_CONNECT_SWAPPED);
  refresh (cell);
}

static void
cell_detach (GtkWidget       *cell,
             CellRefreshFunc  refresh)
{
  JxWorkspace *workspace = cell_get_workspace (cell);

  if (workspace != NULL)
    g_signal_handlers_disconnect_by_func (workspace, refresh, cell);

  g_object_set_data (G_OBJECT (cell), CELL_ITEM_KEY, NULL);
  g_object_set_data (G_OBJECT (cell), CELL_WORKSPACE_KEY, NULL);
}

static GtkWidget *
cell_box_new (JxIndicatorsPane *self,
              const char       *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_name (box, name);
  g_object_set_data (G_OBJECT (box), CELL_PANE_KEY, self);
  return box;
}

static GtkWidget *
dim_label_new (const char *name)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, name);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

/* Ends the editing of a label that lost the focus, and leaves the focus
 * where it went (stopping grabs it for the label). */
static gboolean
stop_editing_idle_cb (gpointer data)
{
  GtkEditableLabel *label = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (label));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  g_autoptr(GtkWidget) keep = NULL;

  if (!gtk_editable_label_get_editing (label) ||
      (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (label))))
    return G_SOURCE_REMOVE;

  keep = focus != NULL ? g_object_ref (focus) : NULL;
  gtk_editable_label_stop_editing (label, TRUE);
  if (keep != NULL && gtk_widget_get_root (keep) == root)
    gtk_widget_grab_focus (keep);

  return G_SOURCE_REMOVE;
}

static void
label_focus_left_cb (GtkEventControllerFocus *controller,
                     GtkEditableLabel        *label)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, stop_editing_idle_cb, g_object_ref (label), g_object_unref);
}

/* GTK 4.8's editable label stops editing 100 ms after it loses the focus,
 * from a timeout that holds its focus controller without a reference and
 * is not removed when the label goes: a label destroyed within those
 * 100 ms (its row deleted, the window closed right after an edit) would be
 * used after it is freed.  These labels do it themselves, holding on to
 * the label until it is done. */
static GtkWidget *
editable_label_new (const char *name)
{
  GtkWidget *label = gtk_editable_label_new ("");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (label);
  guint leave = g_signal_lookup ("leave", GTK_TYPE_EVENT_CONTROLLER_FOCUS);
  GtkEventController *focus;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gulong handler;

      if (!GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
        continue;

      while ((handler = g_signal_handler_find (controller, G_SIGNAL_MATCH_ID, leave, 0, NULL, NULL, NULL)) != 0)
        g_signal_handler_disconnect (controller, handler);
    }

  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (label_focus_left_cb), label);
  gtk_widget_add_controller (label, focus);
  gtk_widget_set_name (label, name);

  return label;
}

static GtkWidget *
find_child (GtkWidget  *parent,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;

      if (GTK_IS_BOX (child) && (found = find_child (child, name)) != NULL)
        return found;
    }

  return NULL;
}

static void
set_editable_text (GtkWidget  *cell,
                   GtkWidget  *editable,
                   const char *text)
{
  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (editable)))
    return;

  cell_set_updating (cell, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
  cell_set_updating (cell, FALSE);
}

/* The name column: the expander, and a category's name or the indicator's */

static void
name_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               JxIndicatorsPane         *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = cell_box_new (self, "indicators-name-cell");
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *cell = jx_field_cell_new ("name", FALSE);

  gtk_widget_set_name (label, "indicators-category-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_name (cell, "indicators-name-field");
  gtk_widget_set_hexpand (cell, TRUE);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), cell);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_list_item_set_child (list_item, expander);
}

static void
name_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              JxIndicatorsPane         *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *label = find_child (box, "indicators-category-label");
  GtkWidget *cell = find_child (box, "indicators-name-field");
  g_autoptr(GObject) item = list_item_dup_item (list_item);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), gtk_list_item_get_item (list_item));
  g_object_set_data_full (G_OBJECT (box), CELL_ITEM_KEY, g_object_ref (item), g_object_unref);

  gtk_widget_set_visible (label, is_node (item));
  gtk_widget_set_visible (cell, !is_node (item));

  if (is_node (item))
    {
      const char *name = gtk_string_object_get_string (GTK_STRING_OBJECT (item));

      gtk_label_set_text (GTK_LABEL (label), *name != '\0' ? name : _("No category"));
      gtk_widget_set_tooltip_text (label, name);
    }
  else
    {
      jx_field_cell_bind (JX_FIELD_CELL (cell), self->history, JX_RECORD (item));
    }
}

static void
name_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                JxIndicatorsPane         *self)
{
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));

  jx_field_cell_unbind (JX_FIELD_CELL (find_child (box, "indicators-name-field")));
  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), NULL);
  g_object_set_data (G_OBJECT (box), CELL_ITEM_KEY, NULL);
}

/* The target column: typed as written, saved in its parts in one step */

static void
target_refresh (GtkWidget *cell)
{
  GtkWidget *edit = find_child (cell, "indicators-target-edit");
  GtkWidget *understood = find_child (cell, "indicators-target-understood");
  gpointer item = cell_get_item (cell);
  g_autofree char *text = NULL;
  g_autofree char *meaning = NULL;

  if (item == NULL || is_node (item))
    {
      gtk_widget_set_visible (edit, FALSE);
      gtk_label_set_text (GTK_LABEL (understood), "");
      return;
    }

  text = dup_target_text (item);
  meaning = format_understood_target (item);

  gtk_widget_set_visible (edit, TRUE);
  if (!gtk_widget_has_css_class (edit, "error"))
    set_editable_text (cell, edit, text);
  gtk_label_set_text (GTK_LABEL (understood), meaning);
  gtk_widget_set_tooltip_text (understood, meaning);
}

/* Saves a target as typed: comparator, value, unit and the text as
 * written, one step of undo.  Text that is not a number with a
 * comparator is a qualitative target, kept as written. */
static gboolean
save_target (JxHistory    *history,
             JxIndicator  *indicator,
             const char   *typed,
             GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (typed));
  g_autofree char *shown = dup_target_text (indicator);
  g_auto(JxTarget) target = { 0, };
  JxComparator comparator = JX_COMPARATOR_NONE;
  gboolean ok;

  if (g_strcmp0 (text, shown) == 0)
    return TRUE;

  if (*text != '\0')
    {
      jx_target_parse (text, &target);
      comparator = target.comparator;
    }

  jx_history_begin_group (history, _("Edit target"));
  ok = set_enum (history, indicator, "comparator", JX_TYPE_COMPARATOR, comparator, error) &&
       set_string (history, indicator, "target-value", target.value, error) &&
       set_string (history, indicator, "target-unit", target.unit, error) &&
       set_string (history, indicator, "target-text", text, error);
  jx_history_end_group (history);

  return ok;
}

static void
target_editing_changed_cb (GtkEditableLabel *edit,
                           GParamSpec       *pspec,
                           GtkWidget        *cell)
{
  JxIndicatorsPane *self = cell_get_pane (cell);
  gpointer item = cell_get_item (cell);
  g_autoptr(GError) error = NULL;

  if (gtk_editable_label_get_editing (edit) || cell_is_updating (cell) || item == NULL || is_node (item))
    return;

  if (!save_target (self->history, item, gtk_editable_get_text (GTK_EDITABLE (edit)), &error))
    {
      mark_problem (GTK_WIDGET (edit), error->message);
      return;
    }

  mark_problem (GTK_WIDGET (edit), NULL);
  target_refresh (cell);
}

static void
target_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 JxIndicatorsPane         *self)
{
  GtkWidget *cell = cell_box_new (self, "indicators-target-cell");
  GtkWidget *edit = editable_label_new ("indicators-target-edit");
  GtkWidget *understood = dim_label_new ("indicators-target-understood");

  gtk_widget_set_hexpand (edit, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (edit), 8);
  gtk_widget_add_css_class (understood, "indicators-understood");
  g_signal_connect_object (edit, "notify::editing", G_CALLBACK (target_editing_changed_cb), cell, 0);

  gtk_box_append (GTK_BOX (cell), edit);
  gtk_box_append (GTK_BOX (cell), understood);
  gtk_list_item_set_child (list_item, cell);
}

static void
target_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                JxIndicatorsPane         *self)
{
  g_autoptr(GObject) item = list_item_dup_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  mark_problem (find_child (cell, "indicators-target-edit"), NULL);
  cell_attach (self, cell, item, target_refresh);
}

static void
target_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  JxIndicatorsPane         *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GtkWidget *edit = find_child (cell, "indicators-target-edit");

  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (edit)))
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (edit), TRUE);
  cell_detach (cell, target_refresh);
}

/* The actual column: the value as written, and the number in it */

static void
actual_refresh (GtkWidget *cell)
{
  GtkWidget *edit = find_child (cell, "indicators-actual-edit");
  GtkWidget *understood = find_child (cell, "indicators-actual-understood");
  gpointer item = cell_get_item (cell);
  g_autofree char *text = NULL;
  const char *value;
  const char *unit;

  if (item == NULL || is_node (item))
    {
      gtk_widget_set_visible (edit, FALSE);
      gtk_label_set_text (GTK_LABEL (understood), "");
      return;
    }

  text = dup_actual_text (item);
  value = jx_indicator_get_actual_value (item);
  unit = jx_indicator_get_target_unit (item);

  gtk_widget_set_visible (edit, TRUE);
  if (!gtk_widget_has_css_class (edit, "error"))
    set_editable_text (cell, edit, text);

  if (value != NULL)
    {
      g_autofree char *meaning = g_strjoin (" ", value, unit, NULL);

      gtk_label_set_text (GTK_LABEL (understood), meaning);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (understood), "");
    }
}

static gboolean
save_actual (JxHistory    *history,
             JxIndicator  *indicator,
             const char   *typed,
             GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (typed));
  g_autofree char *shown = dup_actual_text (indicator);
  g_auto(JxTarget) actual = { 0, };
  gboolean ok;

  if (g_strcmp0 (text, shown) == 0)
    return TRUE;

  jx_target_parse_actual (text, &actual);

  jx_history_begin_group (history, _("Edit actual value"));
  ok = set_string (history, indicator, "actual-value", actual.value, error) &&
       set_string (history, indicator, "actual-text", text, error);
  jx_history_end_group (history);

  return ok;
}

static void
actual_editing_changed_cb (GtkEditableLabel *edit,
                           GParamSpec       *pspec,
                           GtkWidget        *cell)
{
  JxIndicatorsPane *self = cell_get_pane (cell);
  gpointer item = cell_get_item (cell);
  g_autoptr(GError) error = NULL;

  if (gtk_editable_label_get_editing (edit) || cell_is_updating (cell) || item == NULL || is_node (item))
    return;

  if (!save_actual (self->history, item, gtk_editable_get_text (GTK_EDITABLE (edit)), &error))
    {
      mark_problem (GTK_WIDGET (edit), error->message);
      return;
    }

  mark_problem (GTK_WIDGET (edit), NULL);
  actual_refresh (cell);
}

static void
actual_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 JxIndicatorsPane         *self)
{
  GtkWidget *cell = cell_box_new (self, "indicators-actual-cell");
  GtkWidget *edit = editable_label_new ("indicators-actual-edit");
  GtkWidget *understood = dim_label_new ("indicators-actual-understood");

  gtk_widget_set_hexpand (edit, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (edit), 6);
  gtk_widget_add_css_class (understood, "indicators-understood");
  g_signal_connect_object (edit, "notify::editing", G_CALLBACK (actual_editing_changed_cb), cell, 0);

  gtk_box_append (GTK_BOX (cell), edit);
  gtk_box_append (GTK_BOX (cell), understood);
  gtk_list_item_set_child (list_item, cell);
}

static void
actual_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                JxIndicatorsPane         *self)
{
  g_autoptr(GObject) item = list_item_dup_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  mark_problem (find_child (cell, "indicators-actual-edit"), NULL);
  cell_attach (self, cell, item, actual_refresh);
}

static void
actual_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  JxIndicatorsPane         *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GtkWidget *edit = find_child (cell, "indicators-actual-edit");

  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (edit)))
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (edit), TRUE);
  cell_detach (cell, actual_refresh);
}

/* The weight column: the indicator's weight, or the category's */

static void
weight_refresh (GtkWidget *cell)
{
  GtkWidget *field = find_child (cell, "indicators-weight-field");
  GtkWidget *label = find_child (cell, "indicators-category-weight");
  GtkWidget *shared = find_child (cell, "indicators-shared-weight");
  gpointer item = cell_get_item (cell);
  JxWorkspace *workspace = cell_get_workspace (cell);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (field, item != NULL && !is_node (item));
  gtk_widget_set_visible (label, item != NULL && is_node (item));
  gtk_widget_set_visible (shared, FALSE);

  if (item == NULL)
    return;

  if (is_node (item))
    {
      const JxCategoryScore *category = find_category_score (workspace, node_get_level1 (item),
                                                             node_get_level2 (item));

      text = category != NULL && category->weight != JX_UNSET ? format_weight (category->weight) : g_strdup ("");
      gtk_label_set_text (GTK_LABEL (label), text);
    }
  else if (jx_indicator_get_weight (item) == JX_UNSET)
    {
      /* Without a weight of its own, an indicator takes a share of its
       * category's. */
      const JxIndicatorScore *score = jx_workspace_find_indicator_score (workspace, item);

      if (score != NULL && score->weight != JX_UNSET)
        {
          g_autofree char *weight = format_points (score->weight);

          text = g_strdup_printf ("(%s)", weight);
          gtk_label_set_text (GTK_LABEL (shared), text);
          gtk_widget_set_visible (shared, TRUE);
        }
    }
}

static void
weight_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 JxIndicatorsPane         *self)
{
  GtkWidget *cell = cell_box_new (self, "indicators-weight-cell");
  GtkWidget *field = jx_field_cell_new ("weight", TRUE);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *shared = dim_label_new ("indicators-shared-weight");

  gtk_widget_set_name (field, "indicators-weight-field");
  gtk_widget_set_hexpand (field, TRUE);
  gtk_widget_set_name (label, "indicators-category-weight");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_add_css_class (shared, "numeric");
  gtk_label_set_ellipsize (GTK_LABEL (shared), PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_tooltip_text (shared, _("No weight of its own: a share of its category's weight"));

  gtk_box_append (GTK_BOX (cell), field);
  gtk_box_append (GTK_BOX (cell), shared);
  gtk_box_append (GTK_BOX (cell), label);
  gtk_list_item_set_child (list_item, cell);
}

static void
weight_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                JxIndicatorsPane         *self)
{
  g_autoptr(GObject) item = list_item_dup_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (!is_node (item))
    jx_field_cell_bind (JX_FIELD_CELL (find_child (cell, "indicators-weight-field")), self->history, JX_RECORD (item));
  cell_attach (self, cell, item, weight_refresh);
}

static void
weight_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  JxIndicatorsPane         *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  jx_field_cell_unbind (JX_FIELD_CELL (find_child (cell, "indicators-weight-field")));
  cell_detach (cell, weight_refresh);
}

/* The score column: computed, assessed or set by hand with a reason;
 * a category's subtotal */

static void
score_refresh_category (GtkWidget *cell,
                        gpointer   node)
{
  GtkWidget *score_label = find_child (cell, "indicators-score-label");
  GtkWidget *note = find_child (cell, "indicators-score-note");
  const JxCategoryScore *category = find_category_score (cell_get_workspace (cell),
                                                         node_get_level1 (node), node_get_level2 (node));
  g_autofree char *score_text = NULL;
  g_autofree char *weight_text = NULL;
  g_autofree char *subtotal = NULL;
  g_autofree char *met = NULL;

  if (category == NULL)
    {
      gtk_label_set_text (GTK_LABEL (score_label), "—");
      gtk_label_set_text (GTK_LABEL (note), "");
      return;
    }

  score_text = format_points (category->score);
  if (category->weight != JX_UNSET)
    {
      weight_text = format_weight (category->weight);
      subtotal = g_strdup_printf ("%s / %s", score_text, weight_text);
    }
  else
    {
      subtotal = g_strdup (score_text);
    }

  /* TRANSLATORS: how many indicators of a category reach their target */
  met = g_strdup_printf (_("%u of %u met"), category->n_met, category->n_indicators);

  gtk_label_set_text (GTK_LABEL (score_label), subtotal);
  gtk_label_set_text (GTK_LABEL (note), met);
  gtk_widget_set_tooltip_text (note, met);
}

static void
score_refresh (GtkWidget *cell)
{
  GtkWidget *assessment = find_child (cell, "indicators-assessment");
  GtkWidget *edit = find_child (cell, "indicators-score-edit");
  GtkWidget *score_label = find_child (cell, "indicators-score-label");
  GtkWidget *note = find_child (cell, "indicators-score-note");
  GtkWidget *over = find_child (cell, "indicators-over-achieved");
  GtkWidget *override_button = find_child (cell, "indicators-override-button");
  GtkWidget *warning = find_child (cell, "indicators-score-warning");
  gpointer item = cell_get_item (cell);
  JxWorkspace *workspace = cell_get_workspace (cell);
  const JxIndicatorScore *score;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) warnings = g_string_new (NULL);
  g_autofree char *score_text = NULL;
  g_autofree char *note_text = NULL;
  gboolean qualitative;

  if (item == NULL)
    return;

  gtk_widget_set_visible (over, FALSE);
  gtk_widget_set_visible (warning, FALSE);

  if (is_node (item))
    {
      gtk_widget_set_visible (assessment, FALSE);
      gtk_widget_set_visible (edit, FALSE);
      gtk_widget_set_visible (override_button, FALSE);
      gtk_widget_set_visible (score_label, TRUE);
      gtk_widget_add_css_class (score_label, "heading");
      score_refresh_category (cell, item);
      return;
    }

  gtk_widget_remove_css_class (score_label, "heading");
  qualitative = jx_indicator_get_comparator (item) == JX_COMPARATOR_QUALITATIVE;
  score = jx_workspace_find_indicator_score (workspace, item);

  gtk_widget_set_visible (assessment, qualitative);
  gtk_widget_set_visible (edit, qualitative);
  gtk_widget_set_visible (score_label, !qualitative);
  gtk_widget_set_visible (override_button, !qualitative);

  if (qualitative)
    {
      gint64 given = jx_indicator_get_score_override (item);
      g_autofree char *given_text = format_points (given);

      cell_set_updating (cell, TRUE);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (assessment), jx_indicator_get_assessment (item));
      cell_set_updating (cell, FALSE);
      if (!gtk_widget_has_css_class (edit, "error"))
        set_editable_text (cell, edit, given_text);

      if (score != NULL && score->status == JX_SCORE_STATUS_SCORED && given == JX_UNSET)
        {
          g_autofree char *full = format_points (score->score);

          /* TRANSLATORS: the score of a qualitative indicator assessed
           * as achieved without a score of its own */
          note_text = g_strdup_printf (_("%s, full marks"), full);
        }
      else if (score != NULL && score->status != JX_SCORE_STATUS_SCORED)
        {
          note_text = g_strdup (score->status == JX_SCORE_STATUS_INVALID
                                ? _("outside the band") : describe_status (score->status));
        }
    }
  else if (score == NULL)
    {
      score_text = g_strdup ("—");
    }
  else if (score->status != JX_SCORE_STATUS_SCORED)
    {
      score_text = g_strdup ("—");
      note_text = g_strdup (describe_status (score->status));
    }
  else
    {
      g_autofree char *given = format_points (score->score);

      if (score->overridden)
        {
          g_autofree char *computed = format_points (score->computed);

          /* TRANSLATORS: a score set by hand, and the one computed */
          score_text = g_strdup_printf (_("%s (computed %s)"), given, computed);
        }
      else
        {
          score_text = g_steal_pointer (&given);
        }
      gtk_widget_set_visible (over, score->over_achieved);
    }

  gtk_label_set_text (GTK_LABEL (score_label), score_text != NULL ? score_text : "");
  gtk_label_set_text (GTK_LABEL (note), note_text != NULL ? note_text : "");
  gtk_widget_set_tooltip_text (note, note_text);

  /* What the checker finds in the score: a reason or band missing. */
  findings = jx_workspace_list_findings_for (workspace, item);
  for (guint i = 0; i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);
      gboolean about_reason = FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (reason_codes); c++)
        about_reason |= g_strcmp0 (finding->code, reason_codes[c]) == 0;

      if (about_reason)
        continue;

      if (warnings->len > 0)
        g_string_append_c (warnings, '\n');
      g_string_append (warnings, finding->message);
    }

  gtk_widget_set_visible (warning, warnings->len > 0);
  gtk_widget_set_tooltip_text (warning, warnings->str);
}

/* A qualitative indicator's score: refused at the field when it lies
 * outside the band of the assessment. */
static gboolean
save_assessed_score (JxIndicatorsPane  *self,
                     JxIndicator       *indicator,
                     const char        *typed,
                     GError           **error)
{
  g_autofree char *text = g_strstrip (g_strdup (typed));
  const JxIndicatorScore *score = jx_workspace_find_indicator_score (self->workspace, indicator);
  JxScoringProfile *profile = jx_workspace_get_profile (self->workspace);
  gint64 weight = score != NULL ? score->weight : jx_indicator_get_weight (indicator);
  gint64 points;

  if (*text == '\0' || g_strcmp0 (text, "—") == 0)
    return set_points (self->history, indicator, "score-override", JX_UNSET, error);

  if (!parse_points (text, &points, error))
    return FALSE;

  /* Without a weight there is no band yet; the checker asks again once
   * there is one. */
  if (weight != JX_UNSET && profile != NULL &&
      !jx_scoring_check_assessment (profile, jx_indicator_get_assessment (indicator), weight, points, error))
    return FALSE;

  return set_points (self->history, indicator, "score-override", points, error);
}

static void
score_editing_changed_cb (GtkEditableLabel *edit,
                          GParamSpec       *pspec,
                          GtkWidget        *cell)
{
  JxIndicatorsPane *self = cell_get_pane (cell);
  gpointer item = cell_get_item (cell);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *typed = NULL;
  gint64 given;

  if (gtk_editable_label_get_editing (edit) || cell_is_updating (cell) || item == NULL || is_node (item))
    return;

  given = jx_indicator_get_score_override (item);
  shown = format_points (given);
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit))));
  if (g_strcmp0 (typed, shown) == 0)
    {
      mark_problem (GTK_WIDGET (edit), NULL);
      return;
    }

  if (!save_assessed_score (self, item, gtk_editable_get_text (GTK_EDITABLE (edit)), &error))
    {
      mark_problem (GTK_WIDGET (edit), error->message);
      show_toast (self, error->message, FALSE);
      gtk_label_set_text (GTK_LABEL (find_child (cell, "indicators-score-note")), error->message);
      gtk_widget_set_tooltip_text (find_child (cell, "indicators-score-note"), error->message);
      return;
    }

  mark_problem (GTK_WIDGET (edit), NULL);
  score_refresh (cell);
}

static void
assessment_selected_cb (GtkDropDown *dropdown,
                        GParamSpec  *pspec,
                        GtkWidget   *cell)
{
  JxIndicatorsPane *self = cell_get_pane (cell);
  gpointer item = cell_get_item (cell);
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (cell_is_updating (cell) || item == NULL || is_node (item) ||
      selected == GTK_INVALID_LIST_POSITION || selected == (guint) jx_indicator_get_assessment (item))
    return;

  if (!set_enum (self->history, item, "assessment", JX_TYPE_ASSESSMENT, (int) selected, &error))
    show_toast (self, error->message, FALSE);
}

static GtkWidget *
override_find (GtkWidget  *cell,
               const char *name)
{
  GtkPopover *popover = g_object_get_data (G_OBJECT (cell), "jx-override-popover");

  return find_child (gtk_popover_get_child (popover), name);
}

static void
override_show_problem (GtkWidget  *cell,
                       const char *problem)
{
  GtkWidget *label = override_find (cell, "indicators-override-problem");

  gtk_label_set_text (GTK_LABEL (label), problem != NULL ? problem : "");
  gtk_widget_set_visible (label, problem != NULL);
}

static void
override_popover_shown_cb (GtkWidget *cell)
{
  gpointer item = cell_get_item (cell);
  const JxIndicatorScore *score;
  gint64 given;
  g_autofree char *score_text = NULL;
  const char *reason;

  if (item == NULL || is_node (item))
    return;

  given = jx_indicator_get_score_override (item);
  score = jx_workspace_find_indicator_score (cell_get_workspace (cell), item);
  if (given == JX_UNSET && score != NULL)
    given = score->computed;
  score_text = given != JX_UNSET ? format_points (given) : g_strdup ("");
  reason = jx_indicator_get_override_reason (item);

  gtk_editable_set_text (GTK_EDITABLE (override_find (cell, "indicators-override-score")), score_text);
  gtk_editable_set_text (GTK_EDITABLE (override_find (cell, "indicators-override-reason")),
                         reason != NULL ? reason : "");
  gtk_widget_set_sensitive (override_find (cell, "indicators-override-clear"),
                            jx_indicator_get_score_override (item) != JX_UNSET);
  override_show_problem (cell, NULL);
}

/* A score set by hand replaces the computed one and must say why: score
 * and reason are saved together, one step of undo. */
static void
override_apply_clicked_cb (GtkWidget *cell)
{
  JxIndicatorsPane *self = cell_get_pane (cell);
  gpointer item = cell_get_item (cell);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (override_find (cell, "indicators-override-score")));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (override_find (cell, "indicators-override-reason")))));
  const JxIndicatorScore *score;
  g_autoptr(GError) error = NULL;
  gint64 points;
  gboolean ok;

  if (item == NULL || is_node (item))
    return;

  if (!parse_points (typed, &points, &error))
    {
      override_show_problem (cell, error->message);
      return;
    }

  score = jx_workspace_find_indicator_score (self->workspace, item);
  if (score != NULL && score->weight != JX_UNSET && (points < 0 || points > score->weight))
    {
      g_autofree char *points_text = format_points (points);
      g_autofree char *weight_text = format_weight (score->weight);
      g_autofree char *problem = g_strdup_printf (_("A score of %s is not between 0 and the weight %s"),
                                                  points_text, weight_text);

      override_show_problem (cell, problem);
      return;
    }

  if (*reason == '\0')
    {
      override_show_problem (cell, _("A score set by hand needs a reason"));
      gtk_widget_grab_focus (override_find (cell, "indicators-override-reason"));
      return;
    }

  jx_history_begin_group (self->history, _("Set score by hand"));
  ok = set_points (self->history, item, "score-override", points, &error) &&
       set_string (self->history, item, "override-reason", reason, &error);
  jx_history_end_group (self->history);

  if (!ok)
    {
      override_show_problem (cell, error->message);
      return;
    }

  gtk_popover_popdown (g_object_get_data (G_OBJECT (cell), "jx-override-popover"));
}

static void
override_clear_clicked_cb (GtkWidget *cell)
{
  JxIndicatorsPane *self = cell_get_pane (cell);
  gpointer item = cell_get_item (cell);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (item == NULL || is_node (item))
    return;

  jx_history_begin_group (self->history, _("Clear score set by hand"));
  ok = set_points (self->history, item, "score-override", JX_UNSET, &error) &&
       set_string (self->history, item, "override-reason", NULL, &error);
  jx_history_end_group (self->history);

  if (!ok)
    {
      override_show_problem (cell, error->message);
      return;
    }

  gtk_popover_popdown (g_object_get_data (G_OBJECT (cell), "jx-override-popover"));
}

static GtkWidget *
override_popover_new (GtkWidget *cell)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_("Score Set by Hand"));
  GtkWidget *hint = gtk_label_new (_("It replaces the computed score; the reason goes into the report."));
  GtkWidget *score = gtk_entry_new ();
  GtkWidget *reason = gtk_entry_new ();
  GtkWidget *problem = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *clear = gtk_button_new_with_mnemonic (_("_Clear"));
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Set"));

  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (hint), 36);

  gtk_widget_set_name (score, "indicators-override-score");
  gtk_entry_set_placeholder_text (GTK_ENTRY (score), _("Score"));
  gtk_entry_set_input_purpose (GTK_ENTRY (score), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_name (reason, "indicators-override-reason");
  gtk_entry_set_placeholder_text (GTK_ENTRY (reason), _("Reason (required)"));
  gtk_widget_set_name (problem, "indicators-override-problem");
  gtk_widget_add_css_class (problem, "error");
  gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (problem), 36);
  gtk_label_set_xalign (GTK_LABEL (problem), 0.0f);
  gtk_widget_set_visible (problem, FALSE);

  gtk_widget_set_name (clear, "indicators-override-clear");
  gtk_widget_set_name (apply, "indicators-override-apply");
  gtk_widget_add_css_class (apply, "suggested-action");
  gtk_widget_set_hexpand (clear, TRUE);
  gtk_widget_set_halign (clear, GTK_ALIGN_START);
  g_signal_connect_swapped (clear, "clicked", G_CALLBACK (override_clear_clicked_cb), cell);
  g_signal_connect_swapped (apply, "clicked", G_CALLBACK (override_apply_clicked_cb), cell);
  g_signal_connect_swapped (reason, "activate", G_CALLBACK (override_apply_clicked_cb), cell);
  g_signal_connect_swapped (score, "activate", G_CALLBACK (override_apply_clicked_cb), cell);
  gtk_box_append (GTK_BOX (buttons), clear);
  gtk_box_append (GTK_BOX (buttons), apply);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_box_append (GTK_BOX (box), score);
  gtk_box_append (GTK_BOX (box), reason);
  gtk_box_append (GTK_BOX (box), problem);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (override_popover_shown_cb), cell);

  return popover;
}

static void
score_setup_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                JxIndicatorsPane         *self)
{
  GtkWidget *cell = cell_box_new (self, "indicators-score-cell");
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *assessment;
  GtkWidget *edit = editable_label_new ("indicators-score-edit");
  GtkWidget *score_label = gtk_label_new (NULL);
  GtkWidget *note = dim_label_new ("indicators-score-note");
  GtkWidget *over = gtk_label_new (_("▲ over-achieved"));
  GtkWidget *warning = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *override_button = gtk_menu_button_new ();
  GtkWidget *popover = override_popover_new (cell);

  for (guint i = 0; i < G_N_ELEMENTS (assessment_labels); i++)
    gtk_string_list_append (labels, _(assessment_labels[i]));
  assessment = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_name (assessment, "indicators-assessment");
  gtk_widget_set_tooltip_text (assessment, _("Assessment of the qualitative target"));
  g_signal_connect_object (assessment, "notify::selected", G_CALLBACK (assessment_selected_cb), cell, 0);

  gtk_editable_set_width_chars (GTK_EDITABLE (edit), 5);
  gtk_editable_set_alignment (GTK_EDITABLE (edit), 1.0f);
  gtk_widget_add_css_class (edit, "numeric");
  gtk_widget_set_tooltip_text (edit, _("The evaluator's score, within the band of the assessment"));
  g_signal_connect_object (edit, "notify::editing", G_CALLBACK (score_editing_changed_cb), cell, 0);

  gtk_widget_set_name (score_label, "indicators-score-label");
  gtk_label_set_xalign (GTK_LABEL (score_label), 1.0f);
  gtk_label_set_width_chars (GTK_LABEL (score_label), 6);
  gtk_widget_add_css_class (score_label, "numeric");

  gtk_widget_set_hexpand (note, TRUE);

  gtk_widget_set_name (over, "indicators-over-achieved");
  gtk_widget_add_css_class (over, "indicators-over-achieved");
  gtk_widget_set_tooltip_text (over, _("The actual value reaches the over-achievement threshold: the target was probably set too low"));

  gtk_widget_set_name (warning, "indicators-score-warning");
  gtk_widget_add_css_class (warning, "warning");

  gtk_widget_set_name (override_button, "indicators-override-button");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (override_button), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (override_button, _("Set the score by hand, with a reason"));
  gtk_widget_add_css_class (override_button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (override_button), popover);
  g_object_set_data (G_OBJECT (cell), "jx-override-popover", popover);

  gtk_box_append (GTK_BOX (cell), assessment);
  gtk_box_append (GTK_BOX (cell), edit);
  gtk_box_append (GTK_BOX (cell), score_label);
  gtk_box_append (GTK_BOX (cell), note);
  gtk_box_append (GTK_BOX (cell), over);
  gtk_box_append (GTK_BOX (cell), warning);
  gtk_box_append (GTK_BOX (cell), override_button);
  gtk_list_item_set_child (list_item, cell);
}

static void
score_bind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               JxIndicatorsPane         *self)
{
  g_autoptr(GObject) item = list_item_dup_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  mark_problem (find_child (cell, "indicators-score-edit"), NULL);
  cell_attach (self, cell, item, score_refresh);
}

static void
score_unbind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 JxIndicatorsPane         *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  GtkWidget *edit = find_child (cell, "indicators-score-edit");

  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (edit)))
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (edit), TRUE);
  gtk_popover_popdown (g_object_get_data (G_OBJECT (cell), "jx-override-popover"));
  cell_detach (cell, score_refresh);
}

/* The deviation reason: marked when the checker asks for one */

static void
reason_refresh (GtkWidget *cell)
{
  GtkWidget *field = find_child (cell, "indicators-reason-field");
  GtkWidget *icon = find_child (cell, "indicators-reason-wanted");
  gpointer item = cell_get_item (cell);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) wanted = g_string_new (NULL);

  gtk_widget_set_visible (field, item != NULL && !is_node (item));

  if (item != NULL && !is_node (item))
    {
      findings = jx_workspace_list_findings_for (cell_get_workspace (cell), item);
      for (guint i = 0; i < findings->len; i++)
        {
          JxFinding *finding = g_ptr_array_index (findings, i);

          for (guint c = 0; c < G_N_ELEMENTS (reason_codes); c++)
            if (g_strcmp0 (finding->code, reason_codes[c]) == 0)
              {
                if (wanted->len > 0)
                  g_string_append_c (wanted, '\n');
                g_string_append (wanted, finding->message);
              }
        }
    }

  gtk_widget_set_visible (icon, wanted->len > 0);
  gtk_widget_set_visible (find_child (cell, "indicators-reason-hint"), wanted->len > 0);
  if (wanted->len > 0)
    gtk_widget_add_css_class (cell, "indicators-reason-wanted");
  else
    gtk_widget_remove_css_class (cell, "indicators-reason-wanted");
  gtk_widget_set_tooltip_text (icon, wanted->len > 0 ? wanted->str : NULL);
}

static void
reason_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 JxIndicatorsPane         *self)
{
  GtkWidget *cell = cell_box_new (self, "indicators-reason-cell");
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *field = jx_field_cell_new ("deviation-reason", FALSE);
  GtkWidget *hint = dim_label_new ("indicators-reason-hint");

  gtk_label_set_text (GTK_LABEL (hint), _("A reason is needed"));
  gtk_label_set_ellipsize (GTK_LABEL (hint), PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_visible (hint, FALSE);
  gtk_widget_set_name (icon, "indicators-reason-wanted");
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_visible (icon, FALSE);
  gtk_widget_set_name (field, "indicators-reason-field");
  gtk_widget_set_hexpand (field, TRUE);

  gtk_box_append (GTK_BOX (cell), icon);
  gtk_box_append (GTK_BOX (cell), hint);
  gtk_box_append (GTK_BOX (cell), field);
  gtk_list_item_set_child (list_item, cell);
}

static void
reason_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                JxIndicatorsPane         *self)
{
  g_autoptr(GObject) item = list_item_dup_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  if (!is_node (item))
    jx_field_cell_bind (JX_FIELD_CELL (find_child (cell, "indicators-reason-field")), self->history, JX_RECORD (item));
  cell_attach (self, cell, item, reason_refresh);
}

static void
reason_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  JxIndicatorsPane         *self)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  jx_field_cell_unbind (JX_FIELD_CELL (find_child (cell, "indicators-reason-field")));
  cell_detach (cell, reason_refresh);
}

typedef struct {
  const char *title;
  GCallback   setup;
  GCallback   bind;
  GCallback   unbind;
  int         width;      /* -1: it takes what is left */
} ColumnSpec;

static void
add_columns (JxIndicatorsPane *self)
{
  const ColumnSpec columns[] = {
    { N_("Indicator"), G_CALLBACK (name_setup_cb), G_CALLBACK (name_bind_cb), G_CALLBACK (name_unbind_cb), -1 },
    { N_("Target"), G_CALLBACK (target_setup_cb), G_CALLBACK (target_bind_cb), G_CALLBACK (target_unbind_cb), 190 },
    { N_("Actual"), G_CALLBACK (actual_setup_cb), G_CALLBACK (actual_bind_cb), G_CALLBACK (actual_unbind_cb), 160 },
    { N_("Weight"), G_CALLBACK (weight_setup_cb), G_CALLBACK (weight_bind_cb), G_CALLBACK (weight_unbind_cb), 80 },
    { N_("Score"), G_CALLBACK (score_setup_cb), G_CALLBACK (score_bind_cb), G_CALLBACK (score_unbind_cb), 270 },
    { N_("Deviation Reason"), G_CALLBACK (reason_setup_cb), G_CALLBACK (reason_bind_cb), G_CALLBACK (reason_unbind_cb), -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;

      g_signal_connect (factory, "setup", columns[i].setup, self);
      g_signal_connect (factory, "bind", columns[i].bind, self);
      g_signal_connect (factory, "unbind", columns[i].unbind, self);

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
  if (item == NULL || is_node (item))
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

  if (item != NULL && is_node (item))
    {
      level1 = node_get_level1 (item);
      level2 = node_get_level2 (item);
    }
  else if (item != NULL)
    {
      level1 = jx_indicator_get_level1 (JX_INDICATOR (item));
      level2 = jx_indicator_get_level2 (JX_INDICATOR (item));
    }

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
  if (selected != NULL && is_node (selected))
    {
      level1 = node_get_level1 (selected);
      level2 = node_get_level2 (selected);
    }
  else if (selected != NULL)
    {
      level1 = jx_indicator_get_level1 (JX_INDICATOR (selected));
      level2 = jx_indicator_get_level2 (JX_INDICATOR (selected));
    }
  else
    {
      level1 = presets[0].level1;
    }

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
  g_clear_object (&self->roots);
  g_clear_object (&self->owner);
  g_clear_pointer (&self->owners, g_ptr_array_unref);
  g_clear_object (&self->history);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (jx_indicators_pane_parent_class)->dispose (object);
}

static void
jx_indicators_pane_class_init (JxIndicatorsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_indicators_pane_dispose;

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
  self->roots = g_list_store_new (G_TYPE_OBJECT);
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (self->roots)), FALSE, TRUE,
                                        create_child_model, NULL, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->tree)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);

  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
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
