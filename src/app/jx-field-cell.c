/* jx-field-cell.c: a cell of a column view that edits one field of a record
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An editable label: the field as text, edited in place, saved through
 * the history when editing ends.  Text that is not a value of the field
 * stays in the cell as typed, marked with the reason, and is not saved.
 * Column views recycle their cells, so a cell is bound to a record and
 * unbound again by the list item factory.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-field-cell.h"

struct _JxFieldCell
{
  GtkWidget         parent_instance;

  GtkEditableLabel *label;
  char             *property;
  gboolean          numeric;
  JxHistory        *history;
  JxRecord         *record;
  char             *problem;
  gboolean          updating;
};

G_DEFINE_FINAL_TYPE (JxFieldCell, jx_field_cell, GTK_TYPE_WIDGET)

static char *
dup_field_text (JxFieldCell *self)
{
  if (self->record == NULL)
    return g_strdup ("");

  return jx_record_dup_field_text (self->record, self->property);
}

/* Amounts read as the reports write them ("4,000.00") until the cell is
 * edited, when they are plain numbers again ("4000"). */
static char *
dup_display_text (JxFieldCell *self)
{
  GParamSpec *pspec;

  if (self->record == NULL)
    return g_strdup ("");

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self->record), self->property);
  if (jx_field_get_kind (pspec) == JX_FIELD_MONEY)
    {
      gint64 fen = g_value_get_int64 (jx_record_peek_value (self->record, pspec->param_id));

      return fen != JX_UNSET ? jx_money_format_display (fen) : g_strdup ("");
    }

  return dup_field_text (self);
}

static void
set_problem (JxFieldCell *self,
             const char  *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);

  if (problem != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");

  gtk_widget_set_tooltip_text (GTK_WIDGET (self), problem);
}

static void
show_field (JxFieldCell *self)
{
  g_autofree char *text = gtk_editable_label_get_editing (self->label)
    ? dup_field_text (self)
    : dup_display_text (self);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->label), text);
  self->updating = FALSE;
  set_problem (self, NULL);
}

static void
commit (JxFieldCell *self)
{
  g_autofree char *stored = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(GError) error = NULL;
  const char *typed;

  if (self->record == NULL || self->updating)
    return;

  typed = gtk_editable_get_text (GTK_EDITABLE (self->label));
  stored = dup_field_text (self);
  shown = dup_display_text (self);

  /* Escape puts back the text the cell showed, which may be rounded
   * ("1.2346" for 1.234567 万元): that is no edit. */
  if (g_str_equal (typed, stored) || g_str_equal (typed, shown))
    {
      show_field (self);
      return;
    }

  if (!jx_history_set_text (self->history, self->record, self->property, typed, &error))
    {
      set_problem (self, error->message);
      return;
    }

  show_field (self);
}

static void
editing_changed_cb (JxFieldCell *self)
{
  if (!gtk_editable_label_get_editing (self->label))
    commit (self);
  else if (self->problem == NULL)
    show_field (self);   /* the plain number, to edit */
}

static void
record_changed_cb (JxFieldCell *self,
                   JxRecord    *record,
                   const char  *property)
{
  if (record == self->record && g_strcmp0 (property, self->property) == 0)
    show_field (self);
}

/**
 * jx_field_cell_forget_focus_leave:
 * @label: a #GtkEditableLabel
 *
 * Takes away what GTK 4.8's editable label does when it loses the focus:
 * it stops editing 100 ms later, from a timeout that holds its focus
 * controller without a reference and is not removed when the label goes.
 * Whoever calls this stops the editing itself.
 */
void
jx_field_cell_forget_focus_leave (GtkWidget *label)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (label);
  guint leave = g_signal_lookup ("leave", GTK_TYPE_EVENT_CONTROLLER_FOCUS);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gulong handler;

      if (!GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
        continue;

      /* Matching by signal alone finds handlers, but disconnects none. */
      while ((handler = g_signal_handler_find (controller, G_SIGNAL_MATCH_ID, leave, 0, NULL, NULL, NULL)) != 0)
        g_signal_handler_disconnect (controller, handler);
    }
}

static gboolean
release_label_cb (gpointer data)
{
  g_object_unref (data);
  return G_SOURCE_REMOVE;
}

static void
jx_field_cell_dispose (GObject *object)
{
  JxFieldCell *self = JX_FIELD_CELL (object);

  jx_field_cell_unbind (self);
  if (self->label != NULL)
    {
      /* GTK 4.8's GtkEditableLabel looks at its focus controller 100 ms
       * after losing the focus, from a timeout it does not remove when it
       * is disposed (fixed in later GTK).  A cell destroyed with the focus
       * in it (its row deleted, its window closed) stops the label from
       * starting such a timeout, and keeps it alive until one that was
       * started has run. */
      g_signal_handlers_disconnect_by_data (self->label, self);
      jx_field_cell_forget_focus_leave (GTK_WIDGET (self->label));
      g_timeout_add_full (G_PRIORITY_DEFAULT, 250, release_label_cb, g_object_ref (self->label), NULL);
      gtk_widget_unparent (GTK_WIDGET (self->label));
      self->label = NULL;
    }

  G_OBJECT_CLASS (jx_field_cell_parent_class)->dispose (object);
}

static void
jx_field_cell_finalize (GObject *object)
{
  JxFieldCell *self = JX_FIELD_CELL (object);

  g_free (self->property);
  g_free (self->problem);

  G_OBJECT_CLASS (jx_field_cell_parent_class)->finalize (object);
}

static void
jx_field_cell_class_init (JxFieldCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_field_cell_dispose;
  object_class->finalize = jx_field_cell_finalize;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "jx-field-cell");
}

static void
jx_field_cell_init (JxFieldCell *self)
{
  self->label = GTK_EDITABLE_LABEL (gtk_editable_label_new (""));
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
  g_signal_connect_swapped (self->label, "notify::editing", G_CALLBACK (editing_changed_cb), self);
}

/**
 * jx_field_cell_new:
 * @property: the name of the field the cell edits
 * @numeric: whether the field is a number, set to the right in
 *   tabular figures
 *
 * Returns: (transfer floating): a new cell
 */
GtkWidget *
jx_field_cell_new (const char *property,
                   gboolean    numeric)
{
  JxFieldCell *self = g_object_new (JX_TYPE_FIELD_CELL, NULL);

  self->property = g_strdup (property);
  self->numeric = numeric;
  if (numeric)
    {
      gtk_editable_set_alignment (GTK_EDITABLE (self->label), 1.0f);
      gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
    }

  return GTK_WIDGET (self);
}

/**
 * jx_field_cell_bind:
 * @self: a cell
 * @history: the history that edits go through
 * @record: the record of the row
 */
void
jx_field_cell_bind (JxFieldCell *self,
                    JxHistory   *history,
                    JxRecord    *record)
{
  g_return_if_fail (JX_IS_FIELD_CELL (self));
  g_return_if_fail (JX_IS_HISTORY (history));
  g_return_if_fail (JX_IS_RECORD (record));
  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (record), self->property) != NULL);

  jx_field_cell_unbind (self);

  self->history = g_object_ref (history);
  self->record = g_object_ref (record);
  g_signal_connect_object (history, "record-changed", G_CALLBACK (record_changed_cb), self, G_CONNECT_SWAPPED);
  show_field (self);
}

/**
 * jx_field_cell_unbind:
 * @self: a cell
 *
 * Lets go of the record, saving an edit that is under way first.
 */
void
jx_field_cell_unbind (JxFieldCell *self)
{
  g_return_if_fail (JX_IS_FIELD_CELL (self));

  if (self->record != NULL && gtk_editable_label_get_editing (self->label))
    gtk_editable_label_stop_editing (self->label, TRUE);

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, record_changed_cb, self);

  g_clear_object (&self->history);
  g_clear_object (&self->record);

  if (self->label != NULL)
    {
      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->label), "");
      self->updating = FALSE;
    }
  set_problem (self, NULL);
}

/**
 * jx_field_cell_get_problem:
 * @self: a cell
 *
 * Returns: (nullable): why the text in the cell was not saved, or %NULL
 *   when it shows the stored value
 */
const char *
jx_field_cell_get_problem (JxFieldCell *self)
{
  g_return_val_if_fail (JX_IS_FIELD_CELL (self), NULL);

  return self->problem;
}

/**
 * jx_field_cell_start_editing:
 * @self: a cell
 *
 * Puts the cell in editing, as a new row's first cell is.
 */
void
jx_field_cell_start_editing (JxFieldCell *self)
{
  g_return_if_fail (JX_IS_FIELD_CELL (self));

  gtk_editable_label_start_editing (self->label);
}
