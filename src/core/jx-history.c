/* jx-history.c: edits of a database that can be undone and redone
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every edit the window makes goes through a JxHistory: it changes the
 * record in memory and writes it to the database at once, in a transaction
 * of its own, and keeps what is needed to undo it for the rest of the
 * session.  The history owns the tree of records the window shows (the
 * departments, their years and what the years own) and keeps it and the
 * database in step: after a failed write both are as they were before.
 *
 * An edit is one of four things: a field set to a new value, a record
 * (with all it owns) inserted among the children of another, a child
 * removed, a child moved.  Edits between jx_history_begin_group() and
 * jx_history_end_group() are one step of undo.  Undo and redo apply the
 * edits of a step, inverted or again, through the same code and in one
 * transaction: if any part fails, the database is rolled back and the
 * records in memory are put back as they were, so that nothing the user
 * sees disagrees with the file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "jx-allocation-line.h"
#include "jx-budget-line.h"
#include "jx-category-weight.h"
#include "jx-department-year.h"
#include "jx-funding-row.h"
#include "jx-history.h"
#include "jx-indicator.h"
#include "jx-project.h"
#include "jx-stated-figure.h"

typedef enum {
  EDIT_SET,
  EDIT_INSERT,
  EDIT_REMOVE,
  EDIT_MOVE,
} EditKind;

/* One edit, as recorded for undo; also, with @ids, one change made while
 * applying a step, as kept to put memory back if the step fails. */
typedef struct {
  EditKind    kind;
  JxRecord   *record;     /* SET: the record; INSERT, REMOVE: the child */
  JxRecord   *owner;      /* INSERT, REMOVE, MOVE; %NULL for departments */
  const char *child_set;  /* interned */
  GParamSpec *pspec;      /* SET */
  GValue      old_value;  /* SET */
  GValue      new_value;  /* SET */
  guint       position;   /* INSERT, REMOVE: the index; MOVE: from */
  guint       to;         /* MOVE */
  GArray     *ids;        /* in the journal: the ids before the change */
} Edit;

typedef struct {
  char      *label;
  GPtrArray *edits;       /* Edit */
} Step;

typedef enum {
  PENDING_RECORD_CHANGED,
  PENDING_CHILDREN_CHANGED,
} PendingKind;

/* A signal to emit once the change it reports is saved. */
typedef struct {
  PendingKind  kind;
  JxRecord    *record;    /* the record, or the owner (nullable) */
  const char  *name;      /* the property or the child set, interned */
  guint        position;
  guint        removed;
  guint        added;
} Pending;

struct _JxHistory
{
  GObject    parent_instance;

  JxStore   *store;
  GPtrArray *departments; /* JxDepartment, loaded on first use */
  GPtrArray *undo_stack;  /* Step, the last is undone first */
  GPtrArray *redo_stack;  /* Step, the last is redone first */
  Step      *group;       /* the step of the open group */
  guint      group_depth;
  GArray    *pending;     /* Pending */
};

G_DEFINE_FINAL_TYPE (JxHistory, jx_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RECORD_CHANGED,
  CHILDREN_CHANGED,
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GQuark loaded_quark;

static void
edit_free (Edit *edit)
{
  g_clear_object (&edit->record);
  g_clear_object (&edit->owner);
  if (G_IS_VALUE (&edit->old_value))
    g_value_unset (&edit->old_value);
  if (G_IS_VALUE (&edit->new_value))
    g_value_unset (&edit->new_value);
  g_clear_pointer (&edit->ids, g_array_unref);
  g_free (edit);
}

static Edit *
edit_new (EditKind    kind,
          JxRecord   *record,
          JxRecord   *owner,
          const char *child_set)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = kind;
  edit->record = record != NULL ? g_object_ref (record) : NULL;
  edit->owner = owner != NULL ? g_object_ref (owner) : NULL;
  edit->child_set = g_intern_string (child_set);

  return edit;
}

static Step *
step_new (const char *label)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->edits = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);

  return step;
}

static void
step_free (Step *step)
{
  g_free (step->label);
  g_ptr_array_unref (step->edits);
  g_free (step);
}

static void
pending_clear (gpointer data)
{
  Pending *pending = data;

  g_clear_object (&pending->record);
}

/* Labels */

/* The record's name as the user knows it, or %NULL. */
static char *
record_title (JxRecord *record)
{
  static const char * const keys[] = { "name", "label", "recipient", "level2", "level1" };
  JxRecordClass *klass = JX_RECORD_GET_CLASS (record);
  GParamSpec *pspec;

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      pspec = jx_record_class_find_field (klass, keys[i]);
      if (pspec != NULL && jx_field_get_kind (pspec) == JX_FIELD_TEXT)
        {
          const char *text = g_value_get_string (jx_record_peek_value (record, pspec->param_id));

          if (text != NULL && text[0] != '\0')
            return g_strdup (text);
        }
    }

  pspec = jx_record_class_find_field (klass, "year");
  if (pspec != NULL)
    {
      gint64 year = g_value_get_int64 (jx_record_peek_value (record, pspec->param_id));

      if (year != JX_UNSET)
        return g_strdup_printf ("%" G_GINT64_FORMAT, year);
    }

  return NULL;
}

/* What a record is, for a record without a name. */
static const char *
record_noun (JxRecord *record)
{
  if (JX_IS_DEPARTMENT (record))
    return _("department");
  if (JX_IS_DEPARTMENT_YEAR (record))
    return _("year");
  if (JX_IS_PROJECT (record))
    return _("project");
  if (JX_IS_INDICATOR (record))
    return _("indicator");
  if (JX_IS_FUNDING_ROW (record))
    return _("funding row");
  if (JX_IS_ALLOCATION_LINE (record))
    return _("allocation line");
  if (JX_IS_BUDGET_LINE (record))
    return _("budget line");
  if (JX_IS_STATED_FIGURE (record))
    return _("stated figure");
  if (JX_IS_CATEGORY_WEIGHT (record))
    return _("category weight");

  return _("record");
}

static char *
edit_label (Edit *edit)
{
  g_autofree char *title = NULL;

  if (edit->kind == EDIT_SET)
    {
      return g_strdup_printf (_("Edit “%s”"), jx_field_get_label (edit->pspec));
    }

  title = record_title (edit->record);

  switch (edit->kind)
    {
    case EDIT_INSERT:
      return title != NULL ? g_strdup_printf (_("Add “%s”"), title)
                           : g_strdup_printf (_("Add %s"), record_noun (edit->record));
    case EDIT_REMOVE:
      return title != NULL ? g_strdup_printf (_("Delete “%s”"), title)
                           : g_strdup_printf (_("Delete %s"), record_noun (edit->record));
    case EDIT_MOVE:
      return title != NULL ? g_strdup_printf (_("Move “%s”"), title)
                           : g_strdup_printf (_("Move %s"), record_noun (edit->record));
    case EDIT_SET:
    default:
      g_assert_not_reached ();
    }
}

/* Ids: a record inserted again gets new ids; a failed step puts the old
 * ones back. */

static void
collect_ids (JxRecord *record,
             GArray   *ids)
{
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (JX_RECORD_GET_CLASS (record), &n_child_sets);
  gint64 id = jx_record_get_id (record);

  g_array_append_val (ids, id);

  for (guint i = 0; i < n_child_sets; i++)
    {
      GPtrArray *children = jx_record_get_children (record, child_sets[i].name);

      for (guint j = 0; j < children->len; j++)
        collect_ids (g_ptr_array_index (children, j), ids);
    }
}

static void
restore_ids (JxRecord *record,
             GArray   *ids,
             guint    *index)
{
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (JX_RECORD_GET_CLASS (record), &n_child_sets);

  jx_record_set_id (record, g_array_index (ids, gint64, (*index)++));

  for (guint i = 0; i < n_child_sets; i++)
    {
      GPtrArray *children = jx_record_get_children (record, child_sets[i].name);

      for (guint j = 0; j < children->len; j++)
        restore_ids (g_ptr_array_index (children, j), ids, index);
    }
}

static GArray *
snapshot_ids (JxRecord *record)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  collect_ids (record, ids);
  return ids;
}

static void
clear_ids (JxRecord *record)
{
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (JX_RECORD_GET_CLASS (record), &n_child_sets);

  jx_record_set_id (record, 0);

  for (guint i = 0; i < n_child_sets; i++)
    {
      GPtrArray *children = jx_record_get_children (record, child_sets[i].name);

      for (guint j = 0; j < children->len; j++)
        clear_ids (g_ptr_array_index (children, j));
    }
}

/* A record that is in memory with everything it owns: a record inserted
 * through the history, or loaded with jx_history_load_children(). */
static void
mark_loaded (JxRecord *record)
{
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (JX_RECORD_GET_CLASS (record), &n_child_sets);

  g_object_set_qdata (G_OBJECT (record), loaded_quark, GINT_TO_POINTER (TRUE));

  for (guint i = 0; i < n_child_sets; i++)
    {
      GPtrArray *children = jx_record_get_children (record, child_sets[i].name);

      for (guint j = 0; j < children->len; j++)
        mark_loaded (g_ptr_array_index (children, j));
    }
}

/* Signals */

static void
add_pending (JxHistory   *self,
             PendingKind  kind,
             JxRecord    *record,
             const char  *name,
             guint        position,
             guint        removed,
             guint        added)
{
  Pending pending = {
    kind,
    record != NULL ? g_object_ref (record) : NULL,
    g_intern_string (name),
    position,
    removed,
    added,
  };

  g_array_append_val (self->pending, pending);
}

static void
emit_pending (JxHistory *self)
{
  g_autoptr(GArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  g_array_set_clear_func (self->pending, pending_clear);

  for (guint i = 0; i < pending->len; i++)
    {
      Pending *p = &g_array_index (pending, Pending, i);

      if (p->kind == PENDING_RECORD_CHANGED)
        g_signal_emit (self, signals[RECORD_CHANGED], 0, p->record, p->name);
      else
        g_signal_emit (self, signals[CHILDREN_CHANGED], 0, p->record, p->name,
                       p->position, p->removed, p->added);
    }
}

static void
drop_pending (JxHistory *self)
{
  g_array_set_size (self->pending, 0);
}

/* Whether undo and redo were possible, to notify what a change changes. */
typedef struct {
  gboolean could_undo;
  gboolean could_redo;
} State;

static State
get_state (JxHistory *self)
{
  return (State) { jx_history_can_undo (self), jx_history_can_redo (self) };
}

static void
notify_state (JxHistory *self,
              State      before)
{
  if (before.could_undo != jx_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before.could_redo != jx_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

/* The children arrays */

static GPtrArray *
get_children (JxHistory   *self,
              JxRecord    *owner,
              const char  *child_set,
              GError     **error)
{
  if (owner == NULL)
    return jx_history_get_departments (self, error);

  return jx_record_get_children (owner, child_set);
}

static gboolean
check_child_set (JxHistory  *self,
                 JxRecord   *owner,
                 const char *child_set,
                 JxRecord   *record)
{
  GType type;

  if (owner == NULL)
    {
      g_return_val_if_fail (g_strcmp0 (child_set, JX_HISTORY_DEPARTMENTS) == 0, FALSE);
      type = JX_TYPE_DEPARTMENT;
    }
  else
    {
      const JxChildSet *set;

      g_return_val_if_fail (JX_IS_RECORD (owner), FALSE);
      g_return_val_if_fail (child_set != NULL, FALSE);
      set = jx_record_class_find_child_set (JX_RECORD_GET_CLASS (owner), child_set);
      g_return_val_if_fail (set != NULL, FALSE);
      g_return_val_if_fail (jx_record_get_id (owner) > 0, FALSE);
      type = set->type;
    }

  g_return_val_if_fail (record == NULL || G_TYPE_CHECK_INSTANCE_TYPE (record, type), FALSE);

  return TRUE;
}

static void
move_in_array (GPtrArray *array,
               guint      from,
               guint      to)
{
  gpointer item = g_ptr_array_steal_index (array, from);

  g_ptr_array_insert (array, to, item);
}

/* The changes: each changes memory and the database, adds what memory
 * needs to go back to @journal and the signals to send to the pending
 * ones; on failure it changes nothing. */

/* The database refers to a department's parent by its id, memory by its
 * name: a renamed department stays the parent of its sub-units in the
 * database, and memory follows here.  Journalled like any change, so
 * that a failed step puts the old name back too. */
static void
follow_renamed_parent (JxHistory  *self,
                       const char *old_name,
                       const char *new_name,
                       GPtrArray  *journal)
{
  GParamSpec *parent = g_object_class_find_property (G_OBJECT_CLASS (g_type_class_peek (JX_TYPE_DEPARTMENT)), "parent");

  for (guint i = 0; self->departments != NULL && i < self->departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (self->departments, i);
      Edit *done;

      if (old_name == NULL || g_strcmp0 (jx_department_get_parent (department), old_name) != 0)
        continue;

      done = edit_new (EDIT_SET, JX_RECORD (department), NULL, NULL);
      done->pspec = parent;
      g_value_init (&done->old_value, G_TYPE_STRING);
      g_value_set_string (&done->old_value, old_name);
      g_ptr_array_add (journal, done);

      jx_department_set_parent (department, new_name);
      add_pending (self, PENDING_RECORD_CHANGED, JX_RECORD (department), "parent", 0, 0, 0);
    }
}

static gboolean
do_set (JxHistory     *self,
        JxRecord      *record,
        GParamSpec    *pspec,
        const GValue  *value,
        GPtrArray     *journal,
        GError       **error)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  Edit *done;

  g_value_init (&old_value, pspec->value_type);
  g_object_get_property (G_OBJECT (record), pspec->name, &old_value);
  if (g_param_values_cmp (pspec, &old_value, value) == 0)
    return TRUE;

  g_object_set_property (G_OBJECT (record), pspec->name, value);
  if (!jx_store_update_field (self->store, record, pspec->name, error))
    {
      g_object_set_property (G_OBJECT (record), pspec->name, &old_value);
      return FALSE;
    }

  done = edit_new (EDIT_SET, record, NULL, NULL);
  done->pspec = pspec;
  g_value_init (&done->old_value, pspec->value_type);
  g_value_copy (&old_value, &done->old_value);
  g_ptr_array_add (journal, done);

  add_pending (self, PENDING_RECORD_CHANGED, record, pspec->name, 0, 0, 0);

  if (JX_IS_DEPARTMENT (record) && g_str_equal (pspec->name, "name"))
    follow_renamed_parent (self, g_value_get_string (&old_value), g_value_get_string (value), journal);

  return TRUE;
}

static gboolean
do_insert (JxHistory   *self,
           JxRecord    *owner,
           const char  *child_set,
           guint        position,
           JxRecord    *record,
           GPtrArray   *journal,
           GError     **error)
{
  GPtrArray *children = get_children (self, owner, child_set, error);
  g_autoptr(GArray) ids = NULL;
  Edit *done;

  if (children == NULL)
    return FALSE;

  g_return_val_if_fail (position <= children->len, FALSE);
  g_return_val_if_fail (jx_record_get_id (record) == 0, FALSE);

  ids = snapshot_ids (record);

  if (!jx_store_insert (self->store, record, owner, owner != NULL ? child_set : NULL, error))
    {
      guint index = 0;

      restore_ids (record, ids, &index);
      return FALSE;
    }

  g_ptr_array_insert (children, position, g_object_ref (record));

  if (position + 1 < children->len && !jx_store_save_order (self->store, children, error))
    {
      /* The caller rolls the insertion back. */
      guint index = 0;

      g_ptr_array_remove_index (children, position);
      restore_ids (record, ids, &index);
      return FALSE;
    }

  mark_loaded (record);

  done = edit_new (EDIT_INSERT, record, owner, child_set);
  done->position = position;
  done->ids = g_steal_pointer (&ids);
  g_ptr_array_add (journal, done);

  add_pending (self, PENDING_CHILDREN_CHANGED, owner, child_set, position, 0, 1);
  return TRUE;
}

static gboolean
do_remove (JxHistory   *self,
           JxRecord    *owner,
           const char  *child_set,
           guint        position,
           JxRecord    *expected,
           GPtrArray   *journal,
           GError     **error)
{
  GPtrArray *children = get_children (self, owner, child_set, error);
  g_autoptr(GArray) ids = NULL;
  JxRecord *record;
  Edit *done;

  if (children == NULL)
    return FALSE;

  g_return_val_if_fail (position < children->len, FALSE);

  record = g_ptr_array_index (children, position);
  g_return_val_if_fail (expected == NULL || record == expected, FALSE);

  ids = snapshot_ids (record);
  if (!jx_store_delete (self->store, record, error))
    return FALSE;

  /* What it owned is gone from the database too. */
  clear_ids (record);

  done = edit_new (EDIT_REMOVE, record, owner, child_set);
  done->position = position;
  done->ids = g_steal_pointer (&ids);
  g_ptr_array_add (journal, done);

  g_ptr_array_remove_index (children, position);

  add_pending (self, PENDING_CHILDREN_CHANGED, owner, child_set, position, 1, 0);
  return TRUE;
}

static gboolean
do_move (JxHistory   *self,
         JxRecord    *owner,
         const char  *child_set,
         guint        from,
         guint        to,
         GPtrArray   *journal,
         GError     **error)
{
  GPtrArray *children = get_children (self, owner, child_set, error);
  Edit *done;

  if (children == NULL)
    return FALSE;

  g_return_val_if_fail (from < children->len && to < children->len, FALSE);

  if (from == to)
    return TRUE;

  move_in_array (children, from, to);
  if (!jx_store_save_order (self->store, children, error))
    {
      move_in_array (children, to, from);
      return FALSE;
    }

  done = edit_new (EDIT_MOVE, g_ptr_array_index (children, to), owner, child_set);
  done->position = from;
  done->to = to;
  g_ptr_array_add (journal, done);

  add_pending (self, PENDING_CHILDREN_CHANGED, owner, child_set,
               MIN (from, to), MAX (from, to) - MIN (from, to) + 1,
               MAX (from, to) - MIN (from, to) + 1);
  return TRUE;
}

/* Puts memory back as it was before the change @done, which the database
 * has already forgotten. */
static void
revert_in_memory (JxHistory *self,
                  Edit      *done)
{
  GPtrArray *children = NULL;
  guint index = 0;

  if (done->kind != EDIT_SET)
    children = get_children (self, done->owner, done->child_set, NULL);

  switch (done->kind)
    {
    case EDIT_SET:
      g_object_set_property (G_OBJECT (done->record), done->pspec->name, &done->old_value);
      break;

    case EDIT_INSERT:
      g_ptr_array_remove_index (children, done->position);
      restore_ids (done->record, done->ids, &index);
      break;

    case EDIT_REMOVE:
      g_ptr_array_insert (children, done->position, g_object_ref (done->record));
      restore_ids (done->record, done->ids, &index);
      break;

    case EDIT_MOVE:
      move_in_array (children, done->to, done->position);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Applies @edit, or its inverse when @forward is %FALSE. */
static gboolean
perform (JxHistory  *self,
         Edit       *edit,
         gboolean    forward,
         GPtrArray  *journal,
         GError    **error)
{
  switch (edit->kind)
    {
    case EDIT_SET:
      return do_set (self, edit->record, edit->pspec,
                     forward ? &edit->new_value : &edit->old_value, journal, error);

    case EDIT_INSERT:
      return forward
        ? do_insert (self, edit->owner, edit->child_set, edit->position, edit->record, journal, error)
        : do_remove (self, edit->owner, edit->child_set, edit->position, edit->record, journal, error);

    case EDIT_REMOVE:
      return forward
        ? do_remove (self, edit->owner, edit->child_set, edit->position, edit->record, journal, error)
        : do_insert (self, edit->owner, edit->child_set, edit->position, edit->record, journal, error);

    case EDIT_MOVE:
      return forward
        ? do_move (self, edit->owner, edit->child_set, edit->position, edit->to, journal, error)
        : do_move (self, edit->owner, edit->child_set, edit->to, edit->position, journal, error);

    default:
      g_assert_not_reached ();
    }
}

/* Applies @edits (in reverse order and inverted when @forward is %FALSE)
 * in one transaction: all of them, or none, in the database and in
 * memory.  On success the caller sends the pending signals once it has
 * recorded the step. */
static gboolean
apply_edits (JxHistory  *self,
             GPtrArray  *edits,
             gboolean    forward,
             GError    **error)
{
  g_autoptr(GPtrArray) journal = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);

  if (!jx_store_begin (self->store, error))
    return FALSE;

  for (guint i = 0; i < edits->len; i++)
    {
      Edit *edit = g_ptr_array_index (edits, forward ? i : edits->len - 1 - i);

      if (!perform (self, edit, forward, journal, error))
        goto failed;
    }

  if (!jx_store_commit (self->store, error))
    goto failed;

  return TRUE;

failed:
  jx_store_rollback (self->store);
  for (guint i = journal->len; i > 0; i--)
    revert_in_memory (self, g_ptr_array_index (journal, i - 1));
  drop_pending (self);
  return FALSE;
}

/* Applies new edits, all or none, and records them as a step of undo
 * labelled after the last edit, or as part of the open group's step. */
static gboolean
apply_and_record_all (JxHistory  *self,
                      GPtrArray  *edits,
                      GError    **error)
{
  State before = get_state (self);

  if (!apply_edits (self, edits, TRUE, error))
    return FALSE;

  g_ptr_array_set_size (self->redo_stack, 0);

  if (self->group != NULL)
    {
      g_ptr_array_extend_and_steal (self->group->edits, g_ptr_array_ref (edits));
      emit_pending (self);
      notify_state (self, before);
    }
  else
    {
      g_autofree char *label = edit_label (g_ptr_array_index (edits, edits->len - 1));
      Step *step = step_new (label);

      g_ptr_array_extend_and_steal (step->edits, g_ptr_array_ref (edits));
      g_ptr_array_add (self->undo_stack, step);
      emit_pending (self);
      notify_state (self, before);
      g_signal_emit (self, signals[CHANGED], 0);
    }

  return TRUE;
}

static gboolean
apply_and_record (JxHistory  *self,
                  Edit       *edit,
                  GError    **error)
{
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);

  g_ptr_array_add (edits, edit);
  return apply_and_record_all (self, edits, error);
}

/* GObject */

static void
jx_history_dispose (GObject *object)
{
  JxHistory *self = JX_HISTORY (object);

  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  g_clear_pointer (&self->group, step_free);
  g_array_set_size (self->pending, 0);
  g_clear_pointer (&self->departments, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (jx_history_parent_class)->dispose (object);
}

static void
jx_history_finalize (GObject *object)
{
  JxHistory *self = JX_HISTORY (object);

  g_ptr_array_unref (self->undo_stack);
  g_ptr_array_unref (self->redo_stack);
  g_array_unref (self->pending);

  G_OBJECT_CLASS (jx_history_parent_class)->finalize (object);
}

static void
jx_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  JxHistory *self = JX_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, jx_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, jx_history_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  JxHistory *self = JX_HISTORY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_history_class_init (JxHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_history_dispose;
  object_class->finalize = jx_history_finalize;
  object_class->get_property = jx_history_get_property;
  object_class->set_property = jx_history_set_property;

  loaded_quark = g_quark_from_static_string ("jx-history-loaded");

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         JX_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JxHistory::record-changed:
   * @self: the history
   * @record: the record whose field changed
   * @property: the name of the field's property ("initial-total")
   *
   * Emitted after a field is set by jx_history_set_value(),
   * jx_history_set_text(), an undo or a redo, once the value is saved.
   */
  signals[RECORD_CHANGED] =
    g_signal_new ("record-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  JX_TYPE_RECORD,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * JxHistory::children-changed:
   * @self: the history
   * @owner: (nullable): the record whose children changed, %NULL for the
   *   departments
   * @child_set: the name of the child set ("projects", "departments")
   * @position: the index of the first child that changed
   * @removed: how many children were removed there
   * @added: how many were added there
   *
   * Emitted after a child is inserted, removed or moved (also by undo and
   * redo), in the sense of #GListModel::items-changed for the children
   * array: a move from @from to @to is reported as MIN (@from, @to) with
   * |@to − @from| + 1 removed and as many added.
   */
  signals[CHILDREN_CHANGED] =
    g_signal_new ("children-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 5,
                  JX_TYPE_RECORD,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_UINT,
                  G_TYPE_UINT,
                  G_TYPE_UINT);

  /**
   * JxHistory::changed:
   * @self: the history
   *
   * Emitted once after each edit outside a group, at the end of each
   * group that made an edit, and after each undo and redo: the moment to
   * compute the scores again.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
jx_history_init (JxHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
  self->pending = g_array_new (FALSE, TRUE, sizeof (Pending));
  g_array_set_clear_func (self->pending, pending_clear);
}

/* API */

/**
 * jx_history_new:
 * @store: the database to edit
 *
 * Returns: (transfer full): a history with nothing to undo
 */
JxHistory *
jx_history_new (JxStore *store)
{
  g_return_val_if_fail (JX_IS_STORE (store), NULL);

  return g_object_new (JX_TYPE_HISTORY, "store", store, NULL);
}

/**
 * jx_history_get_store:
 * @self: a history
 *
 * Returns: (transfer none): the database it edits
 */
JxStore *
jx_history_get_store (JxHistory *self)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), NULL);

  return self->store;
}

/**
 * jx_history_get_departments:
 * @self: a history
 * @error: return location for a #JX_STORE_ERROR
 *
 * Loads the departments and their years (without what the years own, see
 * jx_history_load_children()) on first use.  The array is the child set
 * %JX_HISTORY_DEPARTMENTS with the owner %NULL: edit it with
 * jx_history_insert(), jx_history_remove() and jx_history_move() only.
 *
 * Returns: (transfer none) (element-type JxDepartment): the departments,
 *   in order, or %NULL with @error set
 */
GPtrArray *
jx_history_get_departments (JxHistory  *self,
                            GError    **error)
{
  g_autoptr(GPtrArray) departments = NULL;

  g_return_val_if_fail (JX_IS_HISTORY (self), NULL);

  if (self->departments != NULL)
    return self->departments;

  departments = jx_store_list_departments (self->store, error);
  if (departments == NULL)
    return NULL;

  for (guint i = 0; i < departments->len; i++)
    if (!jx_store_load_children (self->store, g_ptr_array_index (departments, i), FALSE, error))
      return NULL;

  self->departments = g_steal_pointer (&departments);
  return self->departments;
}

/**
 * jx_history_load_children:
 * @self: a history
 * @record: a record of the history's tree (a department-year)
 * @error: return location for a #JX_STORE_ERROR
 *
 * Loads everything @record owns from the database, once: after that, and
 * for records inserted through the history, it does nothing, so that the
 * records the undo steps refer to stay those in the tree.  Use this
 * rather than jx_store_load_children() on the history's records.
 *
 * Returns: %FALSE with @error set if the database could not be read
 */
gboolean
jx_history_load_children (JxHistory  *self,
                          JxRecord   *record,
                          GError    **error)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (JX_IS_RECORD (record), FALSE);

  if (g_object_get_qdata (G_OBJECT (record), loaded_quark) != NULL)
    return TRUE;

  if (!jx_store_load_children (self->store, record, TRUE, error))
    return FALSE;

  mark_loaded (record);
  return TRUE;
}

/**
 * jx_history_set_value:
 * @self: a history
 * @record: a stored record
 * @property: the name of one of its fields ("initial-total")
 * @value: the new value, of the field's type (or one that transforms to it)
 * @error: return location for a #JX_STORE_ERROR or #JX_NUMBER_ERROR
 *
 * Sets the field and saves it.  If it cannot be saved, @record keeps its
 * old value and nothing is recorded.  Setting the value the field has
 * already records nothing.
 *
 * Returns: %FALSE with @error set if the value is not allowed or could
 *   not be saved
 */
gboolean
jx_history_set_value (JxHistory     *self,
                      JxRecord      *record,
                      const char    *property,
                      const GValue  *value,
                      GError       **error)
{
  g_auto(GValue) new_value = G_VALUE_INIT;
  GParamSpec *pspec;
  Edit *edit;

  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (JX_IS_RECORD (record), FALSE);
  g_return_val_if_fail (jx_record_get_id (record) > 0, FALSE);
  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (G_IS_VALUE (value), FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_return_val_if_fail (pspec != NULL, FALSE);

  g_value_init (&new_value, pspec->value_type);
  /* A value of the wrong type is the caller's mistake, not the user's;
   * still, the caller gets an error to report. */
  if (!g_value_transform (value, &new_value))
    {
      g_critical ("%s: a %s cannot be set to a value of type %s", G_STRFUNC,
                  g_type_name (pspec->value_type), G_VALUE_TYPE_NAME (value));
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_FAILED, "A %s cannot be set to a value of type %s",
                   g_type_name (pspec->value_type), G_VALUE_TYPE_NAME (value));
      return FALSE;
    }

  if (g_param_value_validate (pspec, &new_value))
    {
      g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_OUT_OF_RANGE,
                   _("The value is out of range for “%s”"), jx_field_get_label (pspec));
      return FALSE;
    }

  if (jx_field_is_required (pspec) && jx_field_is_empty (pspec, &new_value))
    {
      g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT,
                   _("“%s” cannot be left empty"), jx_field_get_label (pspec));
      return FALSE;
    }

  if (g_param_values_cmp (pspec, jx_record_peek_value (record, pspec->param_id), &new_value) == 0)
    return TRUE;

  edit = edit_new (EDIT_SET, record, NULL, NULL);
  edit->pspec = pspec;
  g_value_init (&edit->old_value, pspec->value_type);
  g_value_copy (jx_record_peek_value (record, pspec->param_id), &edit->old_value);
  g_value_init (&edit->new_value, pspec->value_type);
  g_value_copy (&new_value, &edit->new_value);

  return apply_and_record (self, edit, error);
}

/**
 * jx_history_set_text:
 * @self: a history
 * @record: a stored record
 * @property: the name of one of its fields
 * @text: the value as typed: money in 万元, points, a whole number, a
 *   decimal, an enum nick or text; full-width digits are read as digits;
 *   empty text (or only spaces, for all but text fields) leaves the field
 *   empty
 * @error: return location for a #JX_NUMBER_ERROR or #JX_STORE_ERROR
 *
 * Reads @text as a value of the field (see jx_field_value_from_text())
 * and sets it with jx_history_set_value().  Text that is not a value of
 * the field changes nothing; the error message names what was typed, for
 * the window to show at the field.
 *
 * Returns: %FALSE with @error set if @text is not a value of the field or
 *   could not be saved
 */
gboolean
jx_history_set_text (JxHistory   *self,
                     JxRecord    *record,
                     const char  *property,
                     const char  *text,
                     GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;

  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (JX_IS_RECORD (record), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_return_val_if_fail (pspec != NULL, FALSE);

  g_value_init (&value, pspec->value_type);
  if (!jx_field_value_from_text (pspec, text, &value, error))
    return FALSE;

  return jx_history_set_value (self, record, property, &value, error);
}

/**
 * jx_history_insert:
 * @self: a history
 * @owner: (nullable): a stored record, or %NULL for the departments
 * @child_set: the name of one of @owner's child sets, or
 *   %JX_HISTORY_DEPARTMENTS
 * @position: where @record goes among the children, at most their number
 * @record: a record that is not stored, with what it owns
 * @error: return location for a #JX_STORE_ERROR
 *
 * Inserts @record among the children and saves it with everything it
 * owns and the new order, all or nothing.
 *
 * Returns: %FALSE with @error set if it could not be saved
 */
gboolean
jx_history_insert (JxHistory   *self,
                   JxRecord    *owner,
                   const char  *child_set,
                   guint        position,
                   JxRecord    *record,
                   GError     **error)
{
  GPtrArray *children;
  Edit *edit;

  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (JX_IS_RECORD (record), FALSE);
  g_return_val_if_fail (jx_record_get_id (record) == 0, FALSE);

  if (!check_child_set (self, owner, child_set, record))
    return FALSE;

  children = get_children (self, owner, child_set, error);
  if (children == NULL)
    return FALSE;
  g_return_val_if_fail (position <= children->len, FALSE);

  edit = edit_new (EDIT_INSERT, record, owner, child_set);
  edit->position = position;

  return apply_and_record (self, edit, error);
}

/**
 * jx_history_remove:
 * @self: a history
 * @owner: (nullable): a stored record, or %NULL for the departments
 * @child_set: the name of one of @owner's child sets, or
 *   %JX_HISTORY_DEPARTMENTS
 * @position: the index of the child to remove
 * @error: return location for a #JX_STORE_ERROR
 *
 * Removes the child and deletes it from the database with everything it
 * owns.  Undo puts the same record back, with everything it owned.
 * Departments that belong to a removed department are made to belong to
 * none, in the same step.
 *
 * Returns: %FALSE with @error set if it could not be deleted
 */
gboolean
jx_history_remove (JxHistory   *self,
                   JxRecord    *owner,
                   const char  *child_set,
                   guint        position,
                   GError     **error)
{
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
  GPtrArray *children;
  JxRecord *record;
  Edit *edit;

  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);

  if (!check_child_set (self, owner, child_set, NULL))
    return FALSE;

  children = get_children (self, owner, child_set, error);
  if (children == NULL)
    return FALSE;
  g_return_val_if_fail (position < children->len, FALSE);

  record = g_ptr_array_index (children, position);

  /* Undo gives back what the database deletes with the record, so all of
   * it must be in memory first.  A department's years are there from
   * the start (and may be selected in a window); what they own may not. */
  if (JX_IS_DEPARTMENT (record))
    {
      GPtrArray *years = jx_department_get_years (JX_DEPARTMENT (record));

      for (guint i = 0; i < years->len; i++)
        if (!jx_history_load_children (self, g_ptr_array_index (years, i), error))
          return FALSE;
    }
  else if (!jx_history_load_children (self, record, error))
    {
      return FALSE;
    }

  /* The database forgets the parent of the departments below a removed
   * one (ON DELETE SET NULL): memory must too, in the same step, so that
   * undo gives it back. */
  if (owner == NULL)
    {
      const char *name = jx_department_get_name (JX_DEPARTMENT (record));
      GParamSpec *parent = g_object_class_find_property (G_OBJECT_GET_CLASS (record), "parent");

      for (guint i = 0; i < children->len; i++)
        {
          JxRecord *department = g_ptr_array_index (children, i);

          if (i == position || g_strcmp0 (jx_department_get_parent (JX_DEPARTMENT (department)), name) != 0)
            continue;

          edit = edit_new (EDIT_SET, department, NULL, NULL);
          edit->pspec = parent;
          g_value_init (&edit->old_value, G_TYPE_STRING);
          g_value_set_string (&edit->old_value, name);
          g_value_init (&edit->new_value, G_TYPE_STRING);
          g_ptr_array_add (edits, edit);
        }
    }

  edit = edit_new (EDIT_REMOVE, record, owner, child_set);
  edit->position = position;
  g_ptr_array_add (edits, edit);

  return apply_and_record_all (self, edits, error);
}

/**
 * jx_history_move:
 * @self: a history
 * @owner: (nullable): a stored record, or %NULL for the departments
 * @child_set: the name of one of @owner's child sets, or
 *   %JX_HISTORY_DEPARTMENTS
 * @from: the index of the child to move
 * @to: its index after the move
 * @error: return location for a #JX_STORE_ERROR
 *
 * Moves a child and saves the new order.
 *
 * Returns: %FALSE with @error set if the order could not be saved
 */
gboolean
jx_history_move (JxHistory   *self,
                 JxRecord    *owner,
                 const char  *child_set,
                 guint        from,
                 guint        to,
                 GError     **error)
{
  GPtrArray *children;
  Edit *edit;

  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);

  if (!check_child_set (self, owner, child_set, NULL))
    return FALSE;

  children = get_children (self, owner, child_set, error);
  if (children == NULL)
    return FALSE;
  g_return_val_if_fail (from < children->len && to < children->len, FALSE);

  if (from == to)
    return TRUE;

  edit = edit_new (EDIT_MOVE, g_ptr_array_index (children, from), owner, child_set);
  edit->position = from;
  edit->to = to;

  return apply_and_record (self, edit, error);
}

/**
 * jx_history_begin_group:
 * @self: a history
 * @label: (nullable): what the group does, in the user's language
 *   ("Paste 5 indicators"); %NULL to take the label of its first edit
 *
 * Makes the edits until the matching jx_history_end_group() one step of
 * undo.  Groups nest: only the outermost counts.  Each edit is still
 * saved at once.
 */
void
jx_history_begin_group (JxHistory  *self,
                        const char *label)
{
  g_return_if_fail (JX_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->group = step_new (label);
}

/**
 * jx_history_end_group:
 * @self: a history
 *
 * Ends the group begun by jx_history_begin_group().  A group without
 * edits records nothing.
 */
void
jx_history_end_group (JxHistory *self)
{
  Step *step;
  State before;

  g_return_if_fail (JX_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth > 0)
    return;

  step = g_steal_pointer (&self->group);
  if (step->edits->len == 0)
    {
      step_free (step);
      return;
    }

  if (step->label == NULL)
    step->label = edit_label (g_ptr_array_index (step->edits, 0));

  before = get_state (self);
  g_ptr_array_add (self->undo_stack, step);
  notify_state (self, before);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
jx_history_can_undo (JxHistory *self)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
jx_history_can_redo (JxHistory *self)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);

  return self->redo_stack->len > 0;
}

/**
 * jx_history_get_undo_label:
 * @self: a history
 *
 * Returns: (nullable): what undo would undo ("Edit “initial total”"), or
 *   %NULL when there is nothing to undo
 */
const char *
jx_history_get_undo_label (JxHistory *self)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), NULL);

  if (self->undo_stack->len == 0)
    return NULL;

  return ((Step *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->label;
}

/**
 * jx_history_get_redo_label:
 * @self: a history
 *
 * Returns: (nullable): what redo would do again, or %NULL
 */
const char *
jx_history_get_redo_label (JxHistory *self)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), NULL);

  if (self->redo_stack->len == 0)
    return NULL;

  return ((Step *) g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1))->label;
}

/* Applies the last step of @from (inverted unless @forward) and moves it
 * to @to. */
static gboolean
replay (JxHistory  *self,
        GPtrArray  *from,
        GPtrArray  *to,
        gboolean    forward,
        GError    **error)
{
  Step *step;
  State before;

  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (from->len == 0)
    return TRUE;

  step = g_ptr_array_index (from, from->len - 1);
  if (!apply_edits (self, step->edits, forward, error))
    return FALSE;

  before = get_state (self);
  g_ptr_array_add (to, g_ptr_array_steal_index (from, from->len - 1));
  emit_pending (self);
  notify_state (self, before);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * jx_history_undo:
 * @self: a history
 * @error: return location for a #JX_STORE_ERROR
 *
 * Undoes the last step and saves the result.  If that cannot be saved,
 * the database, the records and both stacks stay as they were.
 *
 * Returns: %FALSE with @error set if the undo could not be saved; %TRUE
 *   also when there was nothing to undo
 */
gboolean
jx_history_undo (JxHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);

  return replay (self, self->undo_stack, self->redo_stack, FALSE, error);
}

/**
 * jx_history_redo:
 * @self: a history
 * @error: return location for a #JX_STORE_ERROR
 *
 * Makes the last undone step again and saves it; on failure nothing
 * changes.
 *
 * Returns: %FALSE with @error set if it could not be saved
 */
gboolean
jx_history_redo (JxHistory  *self,
                 GError    **error)
{
  g_return_val_if_fail (JX_IS_HISTORY (self), FALSE);

  return replay (self, self->redo_stack, self->undo_stack, TRUE, error);
}

/**
 * jx_history_clear:
 * @self: a history
 *
 * Forgets every step of undo and redo (the edits stay saved).
 */
void
jx_history_clear (JxHistory *self)
{
  State before;

  g_return_if_fail (JX_IS_HISTORY (self));

  before = get_state (self);
  g_ptr_array_set_size (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_state (self, before);
}
