/* jx-text-field.c: a multi-line text field of a record, edited in place
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A title and a text view in a card, for the long texts of the reports:
 * functions, internal units and the narrative sections.  What is typed is
 * saved through the history when the view loses the focus or on
 * Ctrl+Enter, so that it can be undone; an undo or redo shows in the view.
 * Text that cannot be saved stays in the view with the reason beneath it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-text-field.h"

struct _JxTextField
{
  GtkWidget    parent_instance;

  GtkLabel    *title_label;
  GtkWidget   *card;
  GtkTextView *view;
  GtkLabel    *problem_label;

  JxHistory   *history;
  JxRecord    *record;
  char        *property;
  gulong       record_changed_id;

  char        *problem;
  guint        loading : 1;   /* the view is being filled from the record */
  guint        saving : 1;    /* the history is saving what was typed */
  guint        dirty : 1;     /* typed since it was last loaded or saved */
};

G_DEFINE_FINAL_TYPE (JxTextField, jx_text_field, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* "internal_units" and "internal-units" name the same field. */
static gboolean
same_property (const char *a,
               const char *b)
{
  for (; *a != '\0' && *b != '\0'; a++, b++)
    if (*a != *b && !((*a == '-' || *a == '_') && (*b == '-' || *b == '_')))
      return FALSE;

  return *a == *b;
}

static void
set_problem (JxTextField *self,
             const char  *problem)
{
  g_free (self->problem);
  self->problem = g_strdup (problem);

  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_widget_set_tooltip_text (self->card, problem);
  if (problem != NULL)
    gtk_widget_add_css_class (self->card, "error");
  else
    gtk_widget_remove_css_class (self->card, "error");
}

static void
load_text (JxTextField *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autofree char *text = NULL;

  if (self->record != NULL)
    text = jx_record_dup_field_text (self->record, self->property);

  self->loading = TRUE;
  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  self->loading = FALSE;
  self->dirty = FALSE;
  set_problem (self, NULL);
}

static void
record_changed_cb (JxTextField *self,
                   JxRecord    *record,
                   const char  *property)
{
  if (self->saving || record != self->record || !same_property (property, self->property))
    return;

  load_text (self);
}

static void
buffer_changed_cb (JxTextField *self)
{
  if (!self->loading)
    self->dirty = TRUE;
}

static void
focus_left_cb (JxTextField *self)
{
  jx_text_field_save (self);
}

static gboolean
key_pressed_cb (JxTextField     *self,
                guint            keyval,
                guint            keycode,
                GdkModifierType  state)
{
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      (state & GDK_CONTROL_MASK) != 0)
    {
      jx_text_field_save (self);
      return TRUE;
    }

  return FALSE;
}

#define SPACING 6

static void
jx_text_field_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  guint n_visible = 0;

  *minimum = *natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, orientation, for_size, &child_minimum, &child_natural, NULL, NULL);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
      else
        {
          *minimum += child_minimum;
          *natural += child_natural;
        }
      n_visible++;
    }

  if (orientation == GTK_ORIENTATION_VERTICAL && n_visible > 1)
    {
      *minimum += SPACING * (n_visible - 1);
      *natural += SPACING * (n_visible - 1);
    }
}

static void
jx_text_field_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  JxTextField *self = JX_TEXT_FIELD (widget);
  int view_height;
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, NULL, &child_height, NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_height }, -1);
      y += child_height + SPACING;
    }

  /* A text view learns the height of its text at a width only when it is
   * allocated that width, too late for the layout that allocates it: the
   * field asks for another layout when the text does not fit. */
  gtk_widget_measure (GTK_WIDGET (self->view), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (self->view)), NULL, &view_height, NULL, NULL);
  if (view_height > gtk_widget_get_height (GTK_WIDGET (self->view)))
    gtk_widget_queue_resize (widget);
}

static GtkSizeRequestMode
jx_text_field_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
jx_text_field_dispose (GObject *object)
{
  JxTextField *self = (JxTextField *) object;
  GtkWidget *child;


  /* What was typed last is saved, not lost with the window. */
  jx_text_field_unbind (self);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (jx_text_field_parent_class)->dispose (object);
}

static void
jx_text_field_finalize (GObject *object)
{
  JxTextField *self = (JxTextField *) object;

  g_free (self->problem);

  G_OBJECT_CLASS (jx_text_field_parent_class)->finalize (object);
}

static void
jx_text_field_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  JxTextField *self = JX_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, jx_text_field_get_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_text_field_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  JxTextField *self = JX_TEXT_FIELD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      jx_text_field_set_title (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_text_field_class_init (JxTextFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_text_field_dispose;
  object_class->finalize = jx_text_field_finalize;
  object_class->get_property = jx_text_field_get_property;
  object_class->set_property = jx_text_field_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->measure = jx_text_field_measure;
  widget_class->size_allocate = jx_text_field_size_allocate;
  widget_class->get_request_mode = jx_text_field_get_request_mode;
  gtk_widget_class_set_css_name (widget_class, "textfield");
}

static void
jx_text_field_init (JxTextField *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();


  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title_label, 0.0f);
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "heading");
  gtk_widget_set_parent (GTK_WIDGET (self->title_label), GTK_WIDGET (self));

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  /* Tab moves on to the next field: the texts have no use for tabs. */
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_text_view_set_top_margin (self->view, 12);
  gtk_text_view_set_bottom_margin (self->view, 12);
  gtk_text_view_set_left_margin (self->view, 12);
  gtk_text_view_set_right_margin (self->view, 12);
  gtk_widget_set_hexpand (GTK_WIDGET (self->view), TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title_label, NULL,
                                  -1);

  self->card = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (self->card), GTK_WIDGET (self->view));
  gtk_widget_add_css_class (self->card, "department-text-card");
  gtk_widget_set_parent (self->card, GTK_WIDGET (self));

  self->problem_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->problem_label, 0.0f);
  gtk_label_set_wrap (self->problem_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "caption");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_widget_set_parent (GTK_WIDGET (self->problem_label), GTK_WIDGET (self));

  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);

  gtk_widget_set_sensitive (GTK_WIDGET (self->view), FALSE);
}

/**
 * jx_text_field_new:
 * @title: what the text is, shown above it
 *
 * Returns: (transfer floating): a new #JxTextField, bound to nothing
 */
GtkWidget *
jx_text_field_new (const char *title)
{
  return g_object_new (JX_TYPE_TEXT_FIELD, "title", title, NULL);
}

const char *
jx_text_field_get_title (JxTextField *self)
{
  g_return_val_if_fail (JX_IS_TEXT_FIELD (self), NULL);

  return gtk_label_get_text (self->title_label);
}

void
jx_text_field_set_title (JxTextField *self,
                         const char  *title)
{
  g_return_if_fail (JX_IS_TEXT_FIELD (self));

  if (g_strcmp0 (title, gtk_label_get_text (self->title_label)) == 0)
    return;

  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), title != NULL && title[0] != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/**
 * jx_text_field_get_property_name:
 * @self: a #JxTextField
 *
 * Returns: (nullable): the property of the record it edits, %NULL while
 *   it is bound to nothing
 */
const char *
jx_text_field_get_property_name (JxTextField *self)
{
  g_return_val_if_fail (JX_IS_TEXT_FIELD (self), NULL);

  return self->property;
}

/**
 * jx_text_field_get_view:
 * @self: a #JxTextField
 *
 * Returns: (transfer none): the text view that shows and edits the text
 */
GtkTextView *
jx_text_field_get_view (JxTextField *self)
{
  g_return_val_if_fail (JX_IS_TEXT_FIELD (self), NULL);

  return self->view;
}

/**
 * jx_text_field_bind:
 * @self: a #JxTextField
 * @history: the history that saves the edits
 * @record: the record to edit
 * @property: its text field ("functions", "result-application")
 *
 * Shows the field of @record and edits it from now on.  Unsaved text of
 * the record it showed before is saved first.
 */
void
jx_text_field_bind (JxTextField *self,
                    JxHistory   *history,
                    JxRecord    *record,
                    const char  *property)
{
  g_return_if_fail (JX_IS_TEXT_FIELD (self));
  g_return_if_fail (JX_IS_HISTORY (history));
  g_return_if_fail (JX_IS_RECORD (record));
  g_return_if_fail (property != NULL);
  g_return_if_fail (g_object_class_find_property (G_OBJECT_GET_CLASS (record), property) != NULL);

  if (self->history == history && self->record == record && g_strcmp0 (self->property, property) == 0)
    return;

  jx_text_field_unbind (self);

  self->history = g_object_ref (history);
  self->record = g_object_ref (record);
  self->property = g_strdup (property);
  self->record_changed_id = g_signal_connect_object (history, "record-changed",
                                                     G_CALLBACK (record_changed_cb), self,
                                                     G_CONNECT_SWAPPED);
  load_text (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->view), TRUE);
}

/**
 * jx_text_field_unbind:
 * @self: a #JxTextField
 *
 * Saves what was typed and no longer edits the record.
 */
void
jx_text_field_unbind (JxTextField *self)
{
  g_return_if_fail (JX_IS_TEXT_FIELD (self));

  if (self->record == NULL)
    return;

  jx_text_field_save (self);

  g_clear_signal_handler (&self->record_changed_id, self->history);
  g_clear_object (&self->history);
  g_clear_object (&self->record);
  g_clear_pointer (&self->property, g_free);
  load_text (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->view), FALSE);
}

/**
 * jx_text_field_save:
 * @self: a #JxTextField
 *
 * Saves what was typed through the history, if anything was.  When it
 * cannot be saved the text stays and the reason shows beneath it.
 *
 * Returns: %FALSE if the text could not be saved
 */
gboolean
jx_text_field_save (JxTextField *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gboolean saved;

  g_return_val_if_fail (JX_IS_TEXT_FIELD (self), FALSE);

  if (self->record == NULL || !self->dirty || self->saving)
    return self->problem == NULL;

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  self->saving = TRUE;
  saved = jx_history_set_text (self->history, self->record, self->property, text, &error);
  self->saving = FALSE;

  if (!saved)
    {
      g_autofree char *problem = g_strdup_printf (_("Not saved: %s"), error->message);

      set_problem (self, problem);
      return FALSE;
    }

  self->dirty = FALSE;
  set_problem (self, NULL);
  return TRUE;
}

/**
 * jx_text_field_get_problem:
 * @self: a #JxTextField
 *
 * Returns: (nullable): why the text shown could not be saved, or %NULL
 */
const char *
jx_text_field_get_problem (JxTextField *self)
{
  g_return_val_if_fail (JX_IS_TEXT_FIELD (self), NULL);

  return self->problem;
}
