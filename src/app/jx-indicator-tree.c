/* jx-indicator-tree.c: an owner's indicators grouped into their 一级 and 二级 categories
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tree is a list of the 一级 categories; each category holds its 二级
 * categories and the indicators that have no 二级, and each 二级 category
 * its indicators (jx_indicator_tree_create_child_model() gives these to a
 * GtkTreeListModel).  The categories come in the order in which they
 * first appear among the indicators.
 *
 * A category is a string object, its name, that carries its levels: a
 * view shows it by its name.  On an update the categories that stay are
 * kept and only what changed is replaced, so that rows stay expanded or
 * collapsed and a selected row stays selected.
 */
#include "config.h"

#include "jx-indicator-tree.h"

#define NODE_LEVEL1_KEY   "jx-level1"
#define NODE_LEVEL2_KEY   "jx-level2"
#define NODE_CHILDREN_KEY "jx-children"

struct _JxIndicatorTree
{
  GObject     parent_instance;

  GListStore *roots;          /* the 一级 categories */
};

static void jx_indicator_tree_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JxIndicatorTree, jx_indicator_tree, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, jx_indicator_tree_list_model_init))

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

static GListStore *
node_get_children (gpointer node)
{
  return g_object_get_data (G_OBJECT (node), NODE_CHILDREN_KEY);
}

static char *
levels_key (const char *level1,
            const char *level2)
{
  return g_strconcat (level1, "\x1f", level2 != NULL ? level2 : "", NULL);
}

static char *
node_key (gpointer node)
{
  const char *level1;
  const char *level2;

  jx_indicator_tree_get_levels (node, &level1, &level2);
  return levels_key (level1, level2);
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

/* The category of @level1 and @level2: the one the tree has, or a new
 * one.  @plans maps each category to what it is to hold; @created says
 * whether the category is planned for the first time. */
static GObject *
plan_node (GHashTable *nodes,
           GHashTable *plans,
           const char *level1,
           const char *level2,
           gboolean   *created)
{
  g_autofree char *key = levels_key (level1, level2);
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

static GType
jx_indicator_tree_get_item_type (GListModel *model)
{
  return G_TYPE_OBJECT;
}

static guint
jx_indicator_tree_get_n_items (GListModel *model)
{
  return g_list_model_get_n_items (G_LIST_MODEL (JX_INDICATOR_TREE (model)->roots));
}

static gpointer
jx_indicator_tree_get_item (GListModel *model,
                            guint       position)
{
  return g_list_model_get_item (G_LIST_MODEL (JX_INDICATOR_TREE (model)->roots), position);
}

static void
jx_indicator_tree_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = jx_indicator_tree_get_item_type;
  iface->get_n_items = jx_indicator_tree_get_n_items;
  iface->get_item = jx_indicator_tree_get_item;
}

static void
roots_changed_cb (JxIndicatorTree *self,
                  guint            position,
                  guint            removed,
                  guint            added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

static void
jx_indicator_tree_dispose (GObject *object)
{
  JxIndicatorTree *self = JX_INDICATOR_TREE (object);

  g_clear_object (&self->roots);

  G_OBJECT_CLASS (jx_indicator_tree_parent_class)->dispose (object);
}

static void
jx_indicator_tree_class_init (JxIndicatorTreeClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_indicator_tree_dispose;
}

static void
jx_indicator_tree_init (JxIndicatorTree *self)
{
  self->roots = g_list_store_new (G_TYPE_OBJECT);
  g_signal_connect_object (self->roots, "items-changed", G_CALLBACK (roots_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * jx_indicator_tree_new:
 *
 * Returns: (transfer full): an empty tree
 */
JxIndicatorTree *
jx_indicator_tree_new (void)
{
  return g_object_new (JX_TYPE_INDICATOR_TREE, NULL);
}

/**
 * jx_indicator_tree_update:
 * @self: a tree
 * @indicators: (nullable) (element-type JxIndicator): the owner's
 *   indicators, in their order
 *
 * Groups @indicators by 一级 and 二级 again, keeping the categories that
 * stay.
 */
void
jx_indicator_tree_update (JxIndicatorTree *self,
                          GPtrArray       *indicators)
{
  g_autoptr(GHashTable) nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) plans = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) roots = g_ptr_array_new ();
  GListModel *root_model = G_LIST_MODEL (self->roots);
  GHashTableIter iter;
  gpointer node;
  gpointer plan;

  g_return_if_fail (JX_IS_INDICATOR_TREE (self));

  /* The categories the tree has now. */
  for (guint i = 0; i < g_list_model_get_n_items (root_model); i++)
    {
      g_autoptr(GObject) root = g_list_model_get_item (root_model, i);
      GListModel *children = G_LIST_MODEL (node_get_children (root));

      g_hash_table_insert (nodes, node_key (root), g_object_ref (root));
      for (guint j = 0; j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (children, j);

          if (jx_indicator_tree_is_category (child))
            g_hash_table_insert (nodes, node_key (child), g_object_ref (child));
        }
    }

  /* What each category is to hold. */
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

      if (level2 != NULL && *level2 != '\0')
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
}

/**
 * jx_indicator_tree_create_child_model:
 * @item: a row of the tree
 * @user_data: unused
 *
 * A #GtkTreeListModelCreateModelFunc for the tree.
 *
 * Returns: (transfer full) (nullable): what the category @item holds, or
 *   %NULL for an indicator
 */
GListModel *
jx_indicator_tree_create_child_model (gpointer item,
                                      gpointer user_data)
{
  if (!jx_indicator_tree_is_category (item))
    return NULL;

  return g_object_ref (G_LIST_MODEL (node_get_children (item)));
}

/**
 * jx_indicator_tree_is_category:
 * @item: a row of the tree
 *
 * Returns: whether @item is a category (not an indicator)
 */
gboolean
jx_indicator_tree_is_category (gpointer item)
{
  return GTK_IS_STRING_OBJECT (item);
}

/**
 * jx_indicator_tree_get_levels:
 * @item: a row of the tree: a category or an indicator
 * @level1: (out): its 一级
 * @level2: (out) (nullable): its 二级
 *
 * The category of a row: a category's own, or the indicator's.
 */
void
jx_indicator_tree_get_levels (gpointer     item,
                              const char **level1,
                              const char **level2)
{
  if (jx_indicator_tree_is_category (item))
    {
      *level1 = g_object_get_data (G_OBJECT (item), NODE_LEVEL1_KEY);
      *level2 = g_object_get_data (G_OBJECT (item), NODE_LEVEL2_KEY);
    }
  else
    {
      *level1 = jx_indicator_get_level1 (JX_INDICATOR (item));
      *level2 = jx_indicator_get_level2 (JX_INDICATOR (item));
    }
}

/**
 * jx_indicator_tree_same_item:
 * @a: a row of the tree
 * @b: another row, perhaps of the tree before an update
 *
 * Returns: whether @a and @b are the same indicator or the same category
 */
gboolean
jx_indicator_tree_same_item (gpointer a,
                             gpointer b)
{
  g_autofree char *key_a = NULL;
  g_autofree char *key_b = NULL;

  if (a == b)
    return TRUE;

  if (!jx_indicator_tree_is_category (a) || !jx_indicator_tree_is_category (b))
    return FALSE;

  key_a = node_key (a);
  key_b = node_key (b);
  return g_str_equal (key_a, key_b);
}
