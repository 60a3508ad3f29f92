/* jx-record.c: the base of every stored object
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A JxRecord holds the values of its fields (see jx-field.c) and the lists
 * of records it owns.  Subclasses declare their fields as properties and
 * their child sets in class_init and write no get/set_property of their
 * own: the values live here, so that storage, JSON exchange, copying and
 * comparing work on any record the same way.
 */
#include "config.h"

#include <string.h>

#include "jx-record.h"

typedef struct
{
  gint64      id;
  GValue     *values;     /* one per field, allocated on first use */
  GPtrArray **children;   /* one per child set, allocated on first use */
} JxRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (JxRecord, jx_record, G_TYPE_OBJECT)

static GValue *
get_values (JxRecord *self)
{
  JxRecordPrivate *priv = jx_record_get_instance_private (self);
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);

  /* The defaults are numbers or no text: copying them is initializing. */
  if (G_UNLIKELY (priv->values == NULL))
    priv->values = g_memdup2 (klass->defaults, klass->n_fields * sizeof (GValue));

  return priv->values;
}

static void
jx_record_finalize (GObject *object)
{
  JxRecord *self = JX_RECORD (object);
  JxRecordPrivate *priv = jx_record_get_instance_private (self);
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < klass->n_fields; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }

  if (priv->children != NULL)
    {
      for (guint i = 0; i < klass->child_sets->len; i++)
        g_clear_pointer (&priv->children[i], g_ptr_array_unref);
      g_free (priv->children);
    }

  G_OBJECT_CLASS (jx_record_parent_class)->finalize (object);
}

static void
jx_record_get_field_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  g_value_copy (jx_record_peek_value (JX_RECORD (object), prop_id), value);
}

static void
jx_record_set_field_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  jx_record_set_value (JX_RECORD (object), prop_id, value);
}

static void
jx_record_class_init (JxRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = jx_record_finalize;
}

static void
jx_record_init (JxRecord *self)
{
}

/**
 * jx_record_class_install_fields:
 * @klass: the class of a record type
 * @table: the SQLite table of the type
 * @pspecs: fields made with the jx_field_new_*() functions; @pspecs[0] is
 *   unused so that the property ids are the indices
 * @n_pspecs: the length of @pspecs
 *
 * Installs the fields as properties whose values the record keeps.
 */
void
jx_record_class_install_fields (JxRecordClass  *klass,
                                const char     *table,
                                GParamSpec    **pspecs,
                                guint           n_pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (JX_IS_RECORD_CLASS (klass));
  g_return_if_fail (klass->fields == NULL);
  g_return_if_fail (n_pspecs >= 1 && pspecs[0] == NULL);

  object_class->get_property = jx_record_get_field_property;
  object_class->set_property = jx_record_set_field_property;

  klass->table = table;
  klass->fields = pspecs + 1;
  klass->n_fields = n_pspecs - 1;
  klass->keys = g_new (const char *, klass->n_fields);
  klass->defaults = g_new0 (GValue, MAX (klass->n_fields, 1));
  for (guint i = 0; i < klass->n_fields; i++)
    {
      GParamSpec *pspec = klass->fields[i];

      g_assert (!G_IS_PARAM_SPEC_STRING (pspec) || G_PARAM_SPEC_STRING (pspec)->default_value == NULL);
      klass->keys[i] = jx_field_get_key (pspec);
      g_value_init (&klass->defaults[i], pspec->value_type);
      g_param_value_set_default (pspec, &klass->defaults[i]);
    }
  klass->child_sets = g_array_new (FALSE, FALSE, sizeof (JxChildSet));

  g_object_class_install_properties (object_class, n_pspecs, pspecs);
}

/**
 * jx_record_class_add_child_set:
 * @klass: the class of a record type
 * @name: the name of the set, also its JSON member
 * @type: the record type of the children
 * @owner_key: the column of the children's table that holds the owner's id
 */
void
jx_record_class_add_child_set (JxRecordClass *klass,
                               const char    *name,
                               GType          type,
                               const char    *owner_key)
{
  JxChildSet child_set = { name, type, owner_key };

  g_return_if_fail (klass->child_sets != NULL);
  g_return_if_fail (g_type_is_a (type, JX_TYPE_RECORD));

  g_array_append_val (klass->child_sets, child_set);
}

const char *
jx_record_class_get_table (JxRecordClass *klass)
{
  return klass->table;
}

GParamSpec **
jx_record_class_get_fields (JxRecordClass *klass,
                            guint         *n_fields)
{
  *n_fields = klass->n_fields;
  return klass->fields;
}

/**
 * jx_record_class_find_field:
 * @klass: the class of a record type
 * @key: a field key ("initial_basic")
 *
 * Returns: (nullable): the field, or %NULL if the type has none of that key
 */
GParamSpec *
jx_record_class_find_field (JxRecordClass *klass,
                            const char    *key)
{
  for (guint i = 0; i < klass->n_fields; i++)
    if (strcmp (klass->keys[i], key) == 0)
      return klass->fields[i];

  return NULL;
}

const JxChildSet *
jx_record_class_get_child_sets (JxRecordClass *klass,
                                guint         *n_child_sets)
{
  *n_child_sets = klass->child_sets->len;
  return (const JxChildSet *) (gpointer) klass->child_sets->data;
}

const JxChildSet *
jx_record_class_find_child_set (JxRecordClass *klass,
                                const char    *name)
{
  for (guint i = 0; i < klass->child_sets->len; i++)
    {
      const JxChildSet *child_set = &g_array_index (klass->child_sets, JxChildSet, i);

      if (g_str_equal (child_set->name, name))
        return child_set;
    }

  return NULL;
}

/**
 * jx_record_get_id:
 * @self: a record
 *
 * Returns: the row id of the record in its store, 0 if it is not stored
 */
gint64
jx_record_get_id (JxRecord *self)
{
  JxRecordPrivate *priv = jx_record_get_instance_private (self);

  g_return_val_if_fail (JX_IS_RECORD (self), 0);

  return priv->id;
}

void
jx_record_set_id (JxRecord *self,
                  gint64    id)
{
  JxRecordPrivate *priv = jx_record_get_instance_private (self);

  g_return_if_fail (JX_IS_RECORD (self));

  priv->id = id;
}

static guint
child_set_index (JxRecord   *self,
                 const char *set_name)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);

  for (guint i = 0; i < klass->child_sets->len; i++)
    if (g_str_equal (g_array_index (klass->child_sets, JxChildSet, i).name, set_name))
      return i;

  g_critical ("%s has no child set “%s”", G_OBJECT_TYPE_NAME (self), set_name);
  return G_MAXUINT;
}

/**
 * jx_record_get_children:
 * @self: a record
 * @set_name: the name of one of its child sets
 *
 * Returns: (transfer none) (element-type JxRecord): the children in their
 *   order; an empty array when there are none
 */
GPtrArray *
jx_record_get_children (JxRecord   *self,
                        const char *set_name)
{
  JxRecordPrivate *priv = jx_record_get_instance_private (self);
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);
  guint index;

  g_return_val_if_fail (JX_IS_RECORD (self), NULL);

  index = child_set_index (self, set_name);
  g_return_val_if_fail (index != G_MAXUINT, NULL);

  if (priv->children == NULL)
    priv->children = g_new0 (GPtrArray *, klass->child_sets->len);
  if (priv->children[index] == NULL)
    priv->children[index] = g_ptr_array_new_with_free_func (g_object_unref);

  return priv->children[index];
}

void
jx_record_append_child (JxRecord   *self,
                        const char *set_name,
                        JxRecord   *child)
{
  GPtrArray *children = jx_record_get_children (self, set_name);

  g_return_if_fail (children != NULL);
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (child,
                    jx_record_class_find_child_set (JX_RECORD_GET_CLASS (self), set_name)->type));

  g_ptr_array_add (children, g_object_ref (child));
}

void
jx_record_clear_children (JxRecord   *self,
                          const char *set_name)
{
  GPtrArray *children = jx_record_get_children (self, set_name);

  if (children != NULL)
    g_ptr_array_set_size (children, 0);
}

/**
 * jx_record_copy:
 * @self: a record
 *
 * Returns: (transfer full): a deep copy of @self and all it owns, not
 *   stored (every id is 0)
 */
JxRecord *
jx_record_copy (JxRecord *self)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);
  JxRecordPrivate *priv = jx_record_get_instance_private (self);
  JxRecord *copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  GValue *values = get_values (self);
  GValue *copy_values = get_values (copy);

  for (guint i = 0; i < klass->n_fields; i++)
    g_value_copy (&values[i], &copy_values[i]);

  for (guint i = 0; priv->children != NULL && i < klass->child_sets->len; i++)
    {
      const char *name = g_array_index (klass->child_sets, JxChildSet, i).name;

      for (guint j = 0; priv->children[i] != NULL && j < priv->children[i]->len; j++)
        {
          g_autoptr(JxRecord) child = jx_record_copy (g_ptr_array_index (priv->children[i], j));

          jx_record_append_child (copy, name, child);
        }
    }

  return copy;
}

/**
 * jx_record_equal:
 * @a: a record
 * @b: another record
 *
 * Returns: whether @a and @b are of one type and have equal fields and
 *   equal children, in the same order (ids are not compared)
 */
gboolean
jx_record_equal (JxRecord *a,
                 JxRecord *b)
{
  JxRecordClass *klass;
  GValue *a_values;
  GValue *b_values;

  g_return_val_if_fail (JX_IS_RECORD (a) && JX_IS_RECORD (b), FALSE);

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b))
    return FALSE;

  klass = JX_RECORD_GET_CLASS (a);
  a_values = get_values (a);
  b_values = get_values (b);

  for (guint i = 0; i < klass->n_fields; i++)
    if (g_param_values_cmp (klass->fields[i], &a_values[i], &b_values[i]) != 0)
      return FALSE;

  for (guint i = 0; i < klass->child_sets->len; i++)
    {
      const char *name = g_array_index (klass->child_sets, JxChildSet, i).name;
      GPtrArray *a_children = jx_record_get_children (a, name);
      GPtrArray *b_children = jx_record_get_children (b, name);

      if (a_children->len != b_children->len)
        return FALSE;

      for (guint j = 0; j < a_children->len; j++)
        if (!jx_record_equal (g_ptr_array_index (a_children, j), g_ptr_array_index (b_children, j)))
          return FALSE;
    }

  return TRUE;
}

/**
 * jx_record_peek_value:
 * @self: a record
 * @prop_id: the property id of one of its fields
 *
 * Returns: (transfer none): the value of the field
 */
const GValue *
jx_record_peek_value (JxRecord *self,
                      guint     prop_id)
{
  g_return_val_if_fail (JX_IS_RECORD (self), NULL);
  g_return_val_if_fail (prop_id >= 1 && prop_id <= JX_RECORD_GET_CLASS (self)->n_fields, NULL);

  return &get_values (self)[prop_id - 1];
}

/**
 * jx_record_set_value:
 * @self: a record
 * @prop_id: the property id of one of its fields
 * @value: the new value, of the field's type
 *
 * Sets the field and emits #GObject::notify when the value changes.
 */
void
jx_record_set_value (JxRecord     *self,
                     guint         prop_id,
                     const GValue *value)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);
  GValue *slot;
  GParamSpec *pspec;

  g_return_if_fail (prop_id >= 1 && prop_id <= klass->n_fields);

  slot = &get_values (self)[prop_id - 1];
  pspec = klass->fields[prop_id - 1];

  if (g_param_values_cmp (pspec, slot, value) == 0)
    return;

  g_value_copy (value, slot);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/**
 * jx_record_take_value:
 * @self: a record that is being built, which nobody watches yet
 * @prop_id: the field
 * @value: (inout): a value of the field's type, unset on return
 *
 * Moves @value into the field without copying it or notifying: an import
 * builds a million records this way.
 */
void
jx_record_take_value (JxRecord *self,
                      guint     prop_id,
                      GValue   *value)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);
  GValue *slot;

  g_return_if_fail (prop_id >= 1 && prop_id <= klass->n_fields);
  g_return_if_fail (G_VALUE_HOLDS (value, klass->fields[prop_id - 1]->value_type));

  slot = &get_values (self)[prop_id - 1];
  g_value_unset (slot);
  *slot = *value;
  memset (value, 0, sizeof *value);
}

const char *
jx_record_get_string (JxRecord *self,
                      guint     prop_id)
{
  return g_value_get_string (jx_record_peek_value (self, prop_id));
}

void
jx_record_set_string (JxRecord   *self,
                      guint       prop_id,
                      const char *value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_static_string (&gvalue, value);
  jx_record_set_value (self, prop_id, &gvalue);
}

gint64
jx_record_get_int64 (JxRecord *self,
                     guint     prop_id)
{
  return g_value_get_int64 (jx_record_peek_value (self, prop_id));
}

void
jx_record_set_int64 (JxRecord *self,
                     guint     prop_id,
                     gint64    value)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, G_TYPE_INT64);
  g_value_set_int64 (&gvalue, value);
  jx_record_set_value (self, prop_id, &gvalue);
}

int
jx_record_get_enum (JxRecord *self,
                    guint     prop_id)
{
  return g_value_get_enum (jx_record_peek_value (self, prop_id));
}

void
jx_record_set_enum (JxRecord *self,
                    guint     prop_id,
                    int       value)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (self);
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_value_init (&gvalue, klass->fields[prop_id - 1]->value_type);
  g_value_set_enum (&gvalue, value);
  jx_record_set_value (self, prop_id, &gvalue);
}

/**
 * jx_record_dup_field_text:
 * @self: a record
 * @property: the name of one of its fields
 *
 * Returns: (transfer full): the field as the user types it ("681.5307"
 *   for an amount of 万元), "" when it is empty
 */
char *
jx_record_dup_field_text (JxRecord   *self,
                          const char *property)
{
  GParamSpec *pspec;
  char *text;

  g_return_val_if_fail (JX_IS_RECORD (self), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  g_return_val_if_fail (pspec != NULL, NULL);

  text = jx_field_value_to_text (pspec, jx_record_peek_value (self, pspec->param_id));
  return text != NULL ? text : g_strdup ("");
}
