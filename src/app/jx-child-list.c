/* jx-child-list.c: the children of a record as a list model that follows the history
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A JxChildList shows one child set of a record, the projects of a year or
 * the indicators of a project, to list widgets.  It holds no copy: the
 * items are the record's children themselves, and every insertion, removal
 * and move that goes through the history (an edit, an undo, a redo) is
 * passed on as GListModel::items-changed.
 */
#include "config.h"

#include "jx-child-list.h"

struct _JxChildList
{
  GObject    parent_instance;

  JxHistory *history;
  JxRecord  *owner;       /* NULL for the departments */
  char      *child_set;
  GType      item_type;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void jx_child_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (JxChildList, jx_child_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, jx_child_list_model_init))

static GPtrArray *
get_children (JxChildList *self)
{
  if (self->owner == NULL)
    return jx_history_get_departments (self->history, NULL);

  return jx_record_get_children (self->owner, self->child_set);
}

static GType
jx_child_list_get_item_type (GListModel *model)
{
  return JX_CHILD_LIST (model)->item_type;
}

static guint
jx_child_list_get_n_items (GListModel *model)
{
  GPtrArray *children = get_children (JX_CHILD_LIST (model));

  return children != NULL ? children->len : 0;
}

static gpointer
jx_child_list_get_item (GListModel *model,
                        guint       position)
{
  GPtrArray *children = get_children (JX_CHILD_LIST (model));

  if (children == NULL || position >= children->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (children, position));
}

static void
jx_child_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = jx_child_list_get_item_type;
  iface->get_n_items = jx_child_list_get_n_items;
  iface->get_item = jx_child_list_get_item;
}

static void
children_changed_cb (JxChildList *self,
                     JxRecord    *owner,
                     const char  *child_set,
                     guint        position,
                     guint        removed,
                     guint        added,
                     JxHistory   *history)
{
  if (owner != self->owner || g_strcmp0 (child_set, self->child_set) != 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
jx_child_list_dispose (GObject *object)
{
  JxChildList *self = (JxChildList *) object;

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->owner);

  G_OBJECT_CLASS (jx_child_list_parent_class)->dispose (object);
}

static void
jx_child_list_finalize (GObject *object)
{
  JxChildList *self = (JxChildList *) object;

  g_free (self->child_set);

  G_OBJECT_CLASS (jx_child_list_parent_class)->finalize (object);
}

static void
jx_child_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  JxChildList *self = JX_CHILD_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, jx_child_list_get_n_items (G_LIST_MODEL (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_child_list_class_init (JxChildListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_child_list_dispose;
  object_class->finalize = jx_child_list_finalize;
  object_class->get_property = jx_child_list_get_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, JX_TYPE_RECORD,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jx_child_list_init (JxChildList *self)
{
}

/**
 * jx_child_list_new:
 * @history: the history every change of the children goes through
 * @owner: (nullable): the record whose children to list; %NULL with
 *   %JX_HISTORY_DEPARTMENTS for the departments
 * @child_set: the name of one of @owner's child sets ("projects")
 *
 * Returns: (transfer full): a list model of the children, in their order
 */
JxChildList *
jx_child_list_new (JxHistory  *history,
                   JxRecord   *owner,
                   const char *child_set)
{
  JxChildList *self;
  GType item_type;

  g_return_val_if_fail (JX_IS_HISTORY (history), NULL);
  g_return_val_if_fail (owner == NULL || JX_IS_RECORD (owner), NULL);
  g_return_val_if_fail (child_set != NULL, NULL);

  if (owner == NULL)
    {
      g_return_val_if_fail (g_str_equal (child_set, JX_HISTORY_DEPARTMENTS), NULL);
      item_type = JX_TYPE_DEPARTMENT;
    }
  else
    {
      const JxChildSet *set = jx_record_class_find_child_set (JX_RECORD_GET_CLASS (owner), child_set);

      g_return_val_if_fail (set != NULL, NULL);
      item_type = set->type;
    }

  self = g_object_new (JX_TYPE_CHILD_LIST, NULL);
  self->history = g_object_ref (history);
  self->owner = owner != NULL ? g_object_ref (owner) : NULL;
  self->child_set = g_strdup (child_set);
  self->item_type = item_type;

  g_signal_connect_swapped (history, "children-changed", G_CALLBACK (children_changed_cb), self);

  return self;
}

JxHistory *
jx_child_list_get_history (JxChildList *self)
{
  g_return_val_if_fail (JX_IS_CHILD_LIST (self), NULL);

  return self->history;
}

/**
 * jx_child_list_get_owner:
 * @self: a #JxChildList
 *
 * Returns: (transfer none) (nullable): the record whose children @self lists
 */
JxRecord *
jx_child_list_get_owner (JxChildList *self)
{
  g_return_val_if_fail (JX_IS_CHILD_LIST (self), NULL);

  return self->owner;
}

const char *
jx_child_list_get_child_set (JxChildList *self)
{
  g_return_val_if_fail (JX_IS_CHILD_LIST (self), NULL);

  return self->child_set;
}

/**
 * jx_child_list_find:
 * @self: a #JxChildList
 * @child: a record
 * @position: (out) (optional): where @child is
 *
 * Returns: whether @child is one of the listed children
 */
gboolean
jx_child_list_find (JxChildList *self,
                    JxRecord    *child,
                    guint       *position)
{
  GPtrArray *children;

  g_return_val_if_fail (JX_IS_CHILD_LIST (self), FALSE);

  children = get_children (self);
  if (children == NULL || child == NULL)
    return FALSE;

  return g_ptr_array_find (children, child, position);
}
