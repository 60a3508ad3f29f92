/* jx-field-row.c: an entry row that edits one field of a record
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The row shows the field as text, and saves what the user typed through
 * the history when they press Enter, click the apply button or leave the
 * row.  Text that is not a value of the field (letters in an amount, a
 * year out of range) is not saved: the row keeps it as typed, marked
 * with the reason, until the user corrects it or an undo sets the field.
 * Beside the field it can show the figure computed from the data and what
 * the consistency checker found about it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-field-row.h"

struct _JxFieldRow
{
  AdwEntryRow  parent_instance;

  char        *property;
  JxHistory   *history;
  JxRecord    *record;
  char        *problem;

  GtkLabel    *computed_label;
  GtkImage    *status_image;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (JxFieldRow, jx_field_row, ADW_TYPE_ENTRY_ROW)

enum {
  PROP_0,
  PROP_PROPERTY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_field_text (JxFieldRow *self)
{
  if (self->record == NULL)
    return g_strdup ("");

  return jx_record_dup_field_text (self->record, self->property);
}

static void
set_problem (JxFieldRow *self,
             const char *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);

  if (problem != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), problem);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

static void
show_field (JxFieldRow *self)
{
  g_autofree char *text = dup_field_text (self);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), text);
  self->updating = FALSE;
  set_problem (self, NULL);
}

static void
commit (JxFieldRow *self)
{
  g_autofree char *stored = NULL;
  g_autoptr(GError) error = NULL;
  const char *typed;

  if (self->record == NULL || self->updating)
    return;

  typed = gtk_editable_get_text (GTK_EDITABLE (self));
  stored = dup_field_text (self);
  if (g_str_equal (typed, stored))
    {
      set_problem (self, NULL);
      return;
    }

  if (!jx_history_set_text (self->history, self->record, self->property, typed, &error))
    {
      set_problem (self, error->message);
      return;
    }

  /* The field may read the text its own way ("１２" is 12): show it so. */
  show_field (self);
}

static void
applied_cb (JxFieldRow *self)
{
  commit (self);
}

static void
focus_left_cb (JxFieldRow *self)
{
  commit (self);
}

static void
record_changed_cb (JxFieldRow *self,
                   JxRecord   *record,
                   const char *property)
{
  if (record == self->record && g_strcmp0 (property, self->property) == 0)
    show_field (self);
}

static void
jx_field_row_dispose (GObject *object)
{
  JxFieldRow *self = JX_FIELD_ROW (object);

  jx_field_row_unbind (self);

  G_OBJECT_CLASS (jx_field_row_parent_class)->dispose (object);
}

static void
jx_field_row_finalize (GObject *object)
{
  JxFieldRow *self = JX_FIELD_ROW (object);

  g_free (self->property);
  g_free (self->problem);

  G_OBJECT_CLASS (jx_field_row_parent_class)->finalize (object);
}

static void
jx_field_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JxFieldRow *self = JX_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_PROPERTY:
      g_value_set_string (value, self->property);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_field_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JxFieldRow *self = JX_FIELD_ROW (object);

  switch (prop_id)
    {
    case PROP_PROPERTY:
      g_free (self->property);
      self->property = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_field_row_class_init (JxFieldRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = jx_field_row_dispose;
  object_class->finalize = jx_field_row_finalize;
  object_class->get_property = jx_field_row_get_property;
  object_class->set_property = jx_field_row_set_property;

  /**
   * JxFieldRow:property:
   *
   * The name of the record's property that the row edits.
   */
  properties[PROP_PROPERTY] =
    g_param_spec_string ("property", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
jx_field_row_init (JxFieldRow *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  g_signal_connect (self, "apply", G_CALLBACK (applied_cb), NULL);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  self->computed_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->computed_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->computed_label), "numeric");
  gtk_widget_set_visible (GTK_WIDGET (self->computed_label), FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->computed_label));

  self->status_image = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->status_image), FALSE);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->status_image));

  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/**
 * jx_field_row_new:
 * @title: what the row is called, as the user reads it
 * @property: the name of the field it edits
 *
 * Returns: (transfer floating): a new row, insensitive until bound
 */
GtkWidget *
jx_field_row_new (const char *title,
                  const char *property)
{
  return g_object_new (JX_TYPE_FIELD_ROW, "title", title, "property", property, NULL);
}

const char *
jx_field_row_get_property_name (JxFieldRow *self)
{
  g_return_val_if_fail (JX_IS_FIELD_ROW (self), NULL);

  return self->property;
}

/**
 * jx_field_row_bind:
 * @self: a field row
 * @history: the history that edits go through
 * @record: the record whose field the row edits
 *
 * Shows the field of @record, and saves what is typed into it.
 */
void
jx_field_row_bind (JxFieldRow *self,
                   JxHistory  *history,
                   JxRecord   *record)
{
  g_return_if_fail (JX_IS_FIELD_ROW (self));
  g_return_if_fail (JX_IS_HISTORY (history));
  g_return_if_fail (JX_IS_RECORD (record));
  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (record), self->property) != NULL);

  jx_field_row_unbind (self);

  self->history = g_object_ref (history);
  self->record = g_object_ref (record);
  g_signal_connect_object (history, "record-changed", G_CALLBACK (record_changed_cb), self, G_CONNECT_SWAPPED);

  show_field (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self), TRUE);
}

/**
 * jx_field_row_unbind:
 * @self: a field row
 *
 * Lets go of the record: the row is empty and insensitive.
 */
void
jx_field_row_unbind (JxFieldRow *self)
{
  g_return_if_fail (JX_IS_FIELD_ROW (self));

  /* What was typed and not yet saved is saved first. */
  commit (self);

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_func (self->history, record_changed_cb, self);

  g_clear_object (&self->history);
  g_clear_object (&self->record);

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self), "");
  self->updating = FALSE;
  set_problem (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

/**
 * jx_field_row_set_computed:
 * @self: a field row
 * @computed: (nullable): the figure computed from the data, as it should
 *   read beside the field, or %NULL for none
 */
void
jx_field_row_set_computed (JxFieldRow *self,
                           const char *computed)
{
  g_return_if_fail (JX_IS_FIELD_ROW (self));

  gtk_label_set_text (self->computed_label, computed != NULL ? computed : "");
  gtk_widget_set_visible (GTK_WIDGET (self->computed_label), computed != NULL && computed[0] != '\0');
}

/**
 * jx_field_row_set_findings:
 * @self: a field row
 * @findings: (nullable) (element-type JxFinding): what the checker found
 *   about this field
 *
 * Shows an icon for the most severe finding, with their messages as its
 * tooltip; the icon differs by severity, so that colour is not the only
 * sign.
 */
void
jx_field_row_set_findings (JxFieldRow *self,
                           GPtrArray  *findings)
{
  g_autoptr(GString) messages = g_string_new (NULL);
  JxSeverity worst = JX_SEVERITY_INFO;

  g_return_if_fail (JX_IS_FIELD_ROW (self));

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      worst = MIN (worst, finding->severity);
      if (messages->len > 0)
        g_string_append_c (messages, '\n');
      g_string_append (messages, finding->message);
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_image), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_image), "warning");

  if (messages->len == 0)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->status_image), FALSE);
      return;
    }

  switch (worst)
    {
    case JX_SEVERITY_ERROR:
      gtk_image_set_from_icon_name (self->status_image, "dialog-error-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_image), "error");
      break;
    case JX_SEVERITY_WARNING:
      gtk_image_set_from_icon_name (self->status_image, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->status_image), "warning");
      break;
    case JX_SEVERITY_INFO:
    default:
      gtk_image_set_from_icon_name (self->status_image, "dialog-information-symbolic");
      break;
    }

  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_image), messages->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->status_image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, messages->str, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->status_image), TRUE);
}

/**
 * jx_field_row_get_problem:
 * @self: a field row
 *
 * Returns: (nullable): why the text in the row was not saved, or %NULL
 *   when the row shows the stored value
 */
const char *
jx_field_row_get_problem (JxFieldRow *self)
{
  g_return_val_if_fail (JX_IS_FIELD_ROW (self), NULL);

  return self->problem;
}
