/* jx-indicator-cell.c: a cell of the indicator tree: one column of an indicator or a category
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each column of the tree is a kind of cell, described in the table
 * `kinds` below: the parts it is built of and how it shows its row.
 * Every cell edits through the history.  A target is typed as people
 * write it ("≥90%", "不少于2000份") and saved as comparator, value, unit
 * and text in one step of undo, with what was understood shown beside it;
 * a score set by hand takes a reason, and a qualitative indicator's score
 * must lie in the band of its assessment.  Text that cannot be saved stays
 * in the cell, marked with the reason.
 *
 * Computed figures (scores, subtotals, what the checker asks for) are read
 * from the workspace again on every "scores-changed": a bound cell listens
 * for it until it is unbound.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gobject/gvaluecollector.h>

#include "jx-field-cell.h"
#include "jx-indicator-cell.h"
#include "jx-indicator-tree.h"

/* The row a cell is bound to, for those who look for a row's cell. */
#define CELL_ITEM_KEY "jx-item"
/* The score cell's popover to set the score by hand. */
#define OVERRIDE_POPOVER_KEY "jx-override-popover"

typedef struct _CellKind CellKind;

struct _JxIndicatorCell
{
  GtkBox          parent_instance;

  const CellKind *kind;
  JxWorkspace    *workspace;
  GObject        *item;               /* an indicator or a category, while bound */
  gboolean        updating;           /* the cell is setting what it shows */

  /* The parts; which ones a cell has depends on its kind. */
  GtkWidget      *edit;               /* a GtkEditableLabel, saved by the kind */
  GtkWidget      *understood;         /* what was understood of the edit */
  GtkWidget      *field;              /* a JxFieldCell of one field */
  GtkWidget      *label;              /* a category's name or weight; a score */
  GtkWidget      *note;
  GtkWidget      *shared;             /* the share of the category's weight */
  GtkWidget      *assessment;
  GtkWidget      *over;
  GtkWidget      *warning;
  GtkWidget      *hint;
  GtkWidget      *override_button;
  GtkWidget      *popover;
  GtkWidget      *override_score;
  GtkWidget      *override_reason;
  GtkWidget      *override_problem;
  GtkWidget      *override_clear;
};

struct _CellKind
{
  const char *prefix;                 /* of the names of the cell and its parts */
  int         width_chars;            /* of the text edited in place */
  void      (*build)          (JxIndicatorCell *self);
  void      (*refresh)        (JxIndicatorCell *self);
  /* For the cells that edit a text in place: the text as shown, what
   * was understood of it, and how a changed text (stripped) is saved. */
  char     *(*dup_text)       (JxIndicator     *indicator);
  char     *(*dup_understood) (JxIndicator     *indicator);
  gboolean  (*save)           (JxIndicatorCell *self,
                               const char      *text,
                               GError         **error);
};

G_DEFINE_FINAL_TYPE (JxIndicatorCell, jx_indicator_cell, GTK_TYPE_BOX)

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

/* Small things */

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

static char *
format_weight (gint64 points)
{
  if (points == JX_UNSET)
    return g_strdup ("—");

  return jx_number_format_fixed (points, JX_POINTS_SCALE, 0);
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (is_empty (a) ? NULL : a, is_empty (b) ? NULL : b) == 0;
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

/* What was understood of an actual value: "4500 万元". */
static char *
format_understood_actual (JxIndicator *indicator)
{
  const char *value = jx_indicator_get_actual_value (indicator);

  if (value == NULL)
    return g_strdup ("");

  return g_strjoin (" ", value, jx_indicator_get_target_unit (indicator), NULL);
}

static char *
dup_score_text (JxIndicator *indicator)
{
  return jx_number_format_points (jx_indicator_get_score_override (indicator));
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

/* Sets fields of @indicator through the history, given as property names
 * each followed by its value (a string, a gint64 or an enum), up to
 * %NULL; with @label, as one step of undo of that name.  Empty text is no
 * value.  Stops at the first field that cannot be set. */
static gboolean
set_fields (JxHistory    *history,
            JxIndicator  *indicator,
            const char   *label,
            GError      **error,
            const char   *first_property,
            ...)
{
  va_list args;
  gboolean ok = TRUE;

  if (label != NULL)
    jx_history_begin_group (history, label);

  va_start (args, first_property);
  for (const char *property = first_property; ok && property != NULL; property = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (indicator), property);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *problem = NULL;

      g_assert (pspec != NULL);
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &problem);
      g_assert (problem == NULL);

      if (G_VALUE_HOLDS_STRING (&value) && is_empty (g_value_get_string (&value)))
        g_value_set_string (&value, NULL);

      ok = jx_history_set_value (history, JX_RECORD (indicator), property, &value, error);
    }
  va_end (args);

  if (label != NULL)
    jx_history_end_group (history);

  return ok;
}

/* The cell and its row */

static JxHistory *
get_history (JxIndicatorCell *self)
{
  return jx_workspace_get_history (self->workspace);
}

/* The indicator of the row, or %NULL for a category or no row. */
static JxIndicator *
get_indicator (JxIndicatorCell *self)
{
  if (self->item == NULL || jx_indicator_tree_is_category (self->item))
    return NULL;

  return JX_INDICATOR (self->item);
}

static const JxCategoryScore *
find_category_score (JxWorkspace *workspace,
                     gpointer     node)
{
  JxProject *project = jx_workspace_get_project (workspace);
  JxYearScore *year_score = jx_workspace_get_score (workspace);
  GPtrArray *categories = NULL;
  const char *level1;
  const char *level2;

  jx_indicator_tree_get_levels (node, &level1, &level2);

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

/* The messages of the findings about the indicator that ask for a reason
 * (@about_reason) or the others, one a line. */
static char *
dup_findings (JxIndicatorCell *self,
              gboolean         about_reason)
{
  g_autoptr(GPtrArray) findings = jx_workspace_list_findings_for (self->workspace, JX_RECORD (self->item));
  g_autoptr(GString) messages = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      gboolean asks_for_reason = FALSE;

      for (guint c = 0; c < G_N_ELEMENTS (reason_codes); c++)
        asks_for_reason |= g_strcmp0 (finding->code, reason_codes[c]) == 0;

      if (asks_for_reason != about_reason)
        continue;

      if (messages->len > 0)
        g_string_append_c (messages, '\n');
      g_string_append (messages, finding->message);
    }

  return g_string_free (g_steal_pointer (&messages), FALSE);
}

static void
show_toast (JxIndicatorCell *self,
            const char      *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static void
set_editable_text (JxIndicatorCell *self,
                   const char      *text)
{
  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (self->edit)))
    return;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->edit), text);
  self->updating = FALSE;
}

/* Building the parts */

static GtkWidget *
append_part (JxIndicatorCell *self,
             GtkWidget       *part,
             const char      *name)
{
  gtk_widget_set_name (part, name);
  gtk_box_append (GTK_BOX (self), part);
  return part;
}

/* A part named after the cell: "indicators-target" and "edit" make
 * "indicators-target-edit". */
static GtkWidget *
append_own_part (JxIndicatorCell *self,
                 GtkWidget       *part,
                 const char      *suffix)
{
  g_autofree char *name = g_strconcat (self->kind->prefix, "-", suffix, NULL);

  return append_part (self, part, name);
}

static GtkWidget *
dim_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static GtkWidget *
heading_label_new (float xalign)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  return label;
}

static GtkWidget *
field_new (const char *property,
           gboolean    numeric)
{
  GtkWidget *field = jx_field_cell_new (property, numeric);

  gtk_widget_set_hexpand (field, TRUE);
  return field;
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

/* Editing ended: the text, unless it is what the cell showed, is saved
 * by the kind. */
static void
edit_editing_changed_cb (JxIndicatorCell *self)
{
  JxIndicator *indicator = get_indicator (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *shown = NULL;

  if (gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (self->edit)) || self->updating || indicator == NULL)
    return;

  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->edit))));
  shown = self->kind->dup_text (indicator);
  if (g_strcmp0 (typed, shown) != 0 && !self->kind->save (self, typed, &error))
    {
      mark_problem (self->edit, error->message);
      if (self->note != NULL)
        {
          /* A score: said where it is seen too. */
          show_toast (self, error->message);
          gtk_label_set_text (GTK_LABEL (self->note), error->message);
          gtk_widget_set_tooltip_text (self->note, error->message);
        }
      return;
    }

  mark_problem (self->edit, NULL);
  self->kind->refresh (self);
}

/* The text edited in place, saved by the kind when editing ends.
 *
 * The label stops editing itself, an idle after it loses the focus,
 * holding on to the label until then: GTK 4.8's does it 100 ms later from
 * a timeout that would use a label destroyed meanwhile (its row deleted,
 * the window closed right after an edit). */
static void
append_edit (JxIndicatorCell *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  self->edit = gtk_editable_label_new ("");
  jx_field_cell_forget_focus_leave (self->edit);
  g_signal_connect (focus, "leave", G_CALLBACK (label_focus_left_cb), self->edit);
  gtk_widget_add_controller (self->edit, focus);

  gtk_editable_set_width_chars (GTK_EDITABLE (self->edit), self->kind->width_chars);
  g_signal_connect_object (self->edit, "notify::editing", G_CALLBACK (edit_editing_changed_cb), self,
                           G_CONNECT_SWAPPED);
  append_own_part (self, self->edit, "edit");
}

/* The name column: a category's name or the indicator's */

static void
name_build (JxIndicatorCell *self)
{
  self->label = append_part (self, heading_label_new (0.0f), "indicators-category-label");
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_END);
  self->field = append_own_part (self, field_new ("name", FALSE), "field");
}

static void
name_refresh (JxIndicatorCell *self)
{
  gboolean category = jx_indicator_tree_is_category (self->item);

  gtk_widget_set_visible (self->label, category);
  gtk_widget_set_visible (self->field, !category);

  if (category)
    {
      const char *name = gtk_string_object_get_string (GTK_STRING_OBJECT (self->item));

      gtk_label_set_text (GTK_LABEL (self->label), *name != '\0' ? name : _("No category"));
      gtk_widget_set_tooltip_text (self->label, name);
    }
}

/* The target and actual columns: the text as written, and what was
 * understood of it */

static void
text_build (JxIndicatorCell *self)
{
  append_edit (self);
  gtk_widget_set_hexpand (self->edit, TRUE);

  self->understood = append_own_part (self, dim_label_new (), "understood");
  gtk_widget_add_css_class (self->understood, "indicators-understood");
}

static void
text_refresh (JxIndicatorCell *self)
{
  JxIndicator *indicator = get_indicator (self);
  g_autofree char *text = NULL;
  g_autofree char *understood = NULL;

  gtk_widget_set_visible (self->edit, indicator != NULL);
  if (indicator == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->understood), "");
      gtk_widget_set_tooltip_text (self->understood, NULL);
      return;
    }

  text = self->kind->dup_text (indicator);
  understood = self->kind->dup_understood (indicator);

  if (!gtk_widget_has_css_class (self->edit, "error"))
    set_editable_text (self, text);
  gtk_label_set_text (GTK_LABEL (self->understood), understood);
  gtk_widget_set_tooltip_text (self->understood, understood);
}

/* Saves a target as typed: comparator, value, unit and the text as
 * written, one step of undo.  Text that is not a number with a
 * comparator is a qualitative target, kept as written. */
static gboolean
save_target (JxIndicatorCell  *self,
             const char       *text,
             GError          **error)
{
  g_auto(JxTarget) target = { 0, };
  JxComparator comparator = JX_COMPARATOR_NONE;

  if (*text != '\0')
    {
      jx_target_parse (text, &target);
      comparator = target.comparator;
    }

  return set_fields (get_history (self), get_indicator (self), _("Edit target"), error,
                     "comparator", comparator,
                     "target-value", target.value,
                     "target-unit", target.unit,
                     "target-text", text,
                     NULL);
}

static gboolean
save_actual (JxIndicatorCell  *self,
             const char       *text,
             GError          **error)
{
  g_auto(JxTarget) actual = { 0, };

  jx_target_parse_actual (text, &actual);

  return set_fields (get_history (self), get_indicator (self), _("Edit actual value"), error,
                     "actual-value", actual.value,
                     "actual-text", text,
                     NULL);
}

/* The weight column: the indicator's weight, or the category's */

static void
weight_build (JxIndicatorCell *self)
{
  self->field = append_own_part (self, field_new ("weight", TRUE), "field");

  self->shared = append_part (self, dim_label_new (), "indicators-shared-weight");
  gtk_widget_add_css_class (self->shared, "numeric");
  gtk_label_set_ellipsize (GTK_LABEL (self->shared), PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_tooltip_text (self->shared, _("No weight of its own: a share of its category's weight"));

  self->label = append_part (self, heading_label_new (1.0f), "indicators-category-weight");
  gtk_widget_add_css_class (self->label, "numeric");
}

static void
weight_refresh (JxIndicatorCell *self)
{
  JxIndicator *indicator = get_indicator (self);

  gtk_widget_set_visible (self->field, indicator != NULL);
  gtk_widget_set_visible (self->label, indicator == NULL);
  gtk_widget_set_visible (self->shared, FALSE);

  if (indicator == NULL)
    {
      const JxCategoryScore *category = find_category_score (self->workspace, self->item);
      g_autofree char *text = category != NULL && category->weight != JX_UNSET
        ? format_weight (category->weight)
        : g_strdup ("");

      gtk_label_set_text (GTK_LABEL (self->label), text);
    }
  else if (jx_indicator_get_weight (indicator) == JX_UNSET)
    {
      /* Without a weight of its own, an indicator takes a share of its
       * category's. */
      const JxIndicatorScore *score = jx_workspace_find_indicator_score (self->workspace, indicator);

      if (score != NULL && score->weight != JX_UNSET)
        {
          g_autofree char *weight = jx_number_format_points (score->weight);
          g_autofree char *text = g_strdup_printf ("(%s)", weight);

          gtk_label_set_text (GTK_LABEL (self->shared), text);
          gtk_widget_set_visible (self->shared, TRUE);
        }
    }
}

/* The score column: computed, assessed or set by hand with a reason; a
 * category's subtotal */

static void
score_refresh_category (JxIndicatorCell *self)
{
  const JxCategoryScore *category = find_category_score (self->workspace, self->item);
  g_autofree char *score_text = NULL;
  g_autofree char *weight_text = NULL;
  g_autofree char *subtotal = NULL;
  g_autofree char *met = NULL;

  if (category == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->label), "—");
      gtk_label_set_text (GTK_LABEL (self->note), "");
      return;
    }

  score_text = jx_number_format_points (category->score);
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

  gtk_label_set_text (GTK_LABEL (self->label), subtotal);
  gtk_label_set_text (GTK_LABEL (self->note), met);
  gtk_widget_set_tooltip_text (self->note, met);
}

static void
score_refresh (JxIndicatorCell *self)
{
  JxIndicator *indicator = get_indicator (self);
  const JxIndicatorScore *score;
  g_autofree char *warnings = NULL;
  g_autofree char *score_text = NULL;
  g_autofree char *note_text = NULL;
  gboolean qualitative;

  gtk_widget_set_visible (self->over, FALSE);
  gtk_widget_set_visible (self->warning, FALSE);

  if (indicator == NULL)
    {
      gtk_widget_set_visible (self->assessment, FALSE);
      gtk_widget_set_visible (self->edit, FALSE);
      gtk_widget_set_visible (self->override_button, FALSE);
      gtk_widget_set_visible (self->label, TRUE);
      gtk_widget_add_css_class (self->label, "heading");
      score_refresh_category (self);
      return;
    }

  gtk_widget_remove_css_class (self->label, "heading");
  qualitative = jx_indicator_get_comparator (indicator) == JX_COMPARATOR_QUALITATIVE;
  score = jx_workspace_find_indicator_score (self->workspace, indicator);

  gtk_widget_set_visible (self->assessment, qualitative);
  gtk_widget_set_visible (self->edit, qualitative);
  gtk_widget_set_visible (self->label, !qualitative);
  gtk_widget_set_visible (self->override_button, !qualitative);

  if (qualitative)
    {
      g_autofree char *given_text = dup_score_text (indicator);

      self->updating = TRUE;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->assessment), jx_indicator_get_assessment (indicator));
      self->updating = FALSE;
      if (!gtk_widget_has_css_class (self->edit, "error"))
        set_editable_text (self, given_text);

      if (score != NULL && score->status == JX_SCORE_STATUS_SCORED &&
          jx_indicator_get_score_override (indicator) == JX_UNSET)
        {
          g_autofree char *full = jx_number_format_points (score->score);

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
      g_autofree char *given = jx_number_format_points (score->score);

      if (score->overridden)
        {
          g_autofree char *computed = jx_number_format_points (score->computed);

          /* TRANSLATORS: a score set by hand, and the one computed */
          score_text = g_strdup_printf (_("%s (computed %s)"), given, computed);
        }
      else
        {
          score_text = g_steal_pointer (&given);
        }
      gtk_widget_set_visible (self->over, score->over_achieved);
    }

  gtk_label_set_text (GTK_LABEL (self->label), score_text != NULL ? score_text : "");
  gtk_label_set_text (GTK_LABEL (self->note), note_text != NULL ? note_text : "");
  gtk_widget_set_tooltip_text (self->note, note_text);

  /* What the checker finds in the score: a band missing; the reason it
   * asks for is marked in its own column. */
  warnings = dup_findings (self, FALSE);
  gtk_widget_set_visible (self->warning, *warnings != '\0');
  gtk_widget_set_tooltip_text (self->warning, warnings);
}

/* A qualitative indicator's score: refused at the field when it lies
 * outside the band of the assessment. */
static gboolean
save_assessed_score (JxIndicatorCell  *self,
                     const char       *text,
                     GError          **error)
{
  JxIndicator *indicator = get_indicator (self);
  const JxIndicatorScore *score = jx_workspace_find_indicator_score (self->workspace, indicator);
  JxScoringProfile *profile = jx_workspace_get_profile (self->workspace);
  gint64 weight = score != NULL ? score->weight : jx_indicator_get_weight (indicator);
  gint64 points = JX_UNSET;

  if (*text != '\0' && g_strcmp0 (text, "—") != 0)
    {
      if (!parse_points (text, &points, error))
        return FALSE;

      /* Without a weight there is no band yet; the checker asks again
       * once there is one. */
      if (weight != JX_UNSET && profile != NULL &&
          !jx_scoring_check_assessment (profile, jx_indicator_get_assessment (indicator), weight, points, error))
        return FALSE;
    }

  return set_fields (get_history (self), indicator, NULL, error, "score-override", points, NULL);
}

static void
assessment_selected_cb (JxIndicatorCell *self)
{
  JxIndicator *indicator = get_indicator (self);
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->assessment));

  if (self->updating || indicator == NULL ||
      selected == GTK_INVALID_LIST_POSITION || selected == (guint) jx_indicator_get_assessment (indicator))
    return;

  if (!set_fields (get_history (self), indicator, NULL, &error, "assessment", (int) selected, NULL))
    show_toast (self, error->message);
}

static void
override_show_problem (JxIndicatorCell *self,
                       const char      *problem)
{
  gtk_label_set_text (GTK_LABEL (self->override_problem), problem != NULL ? problem : "");
  gtk_widget_set_visible (self->override_problem, problem != NULL);
}

static void
override_popover_shown_cb (JxIndicatorCell *self)
{
  JxIndicator *indicator = get_indicator (self);
  const JxIndicatorScore *score;
  gint64 given;
  g_autofree char *score_text = NULL;
  const char *reason;

  if (indicator == NULL)
    return;

  given = jx_indicator_get_score_override (indicator);
  score = jx_workspace_find_indicator_score (self->workspace, indicator);
  if (given == JX_UNSET && score != NULL)
    given = score->computed;
  score_text = given != JX_UNSET ? jx_number_format_points (given) : g_strdup ("");
  reason = jx_indicator_get_override_reason (indicator);

  gtk_editable_set_text (GTK_EDITABLE (self->override_score), score_text);
  gtk_editable_set_text (GTK_EDITABLE (self->override_reason), reason != NULL ? reason : "");
  gtk_widget_set_sensitive (self->override_clear, jx_indicator_get_score_override (indicator) != JX_UNSET);
  override_show_problem (self, NULL);
}

/* Sets the score by hand and its reason together, one step of undo; no
 * score is no reason either. */
static void
set_override (JxIndicatorCell *self,
              const char      *label,
              gint64           points,
              const char      *reason)
{
  g_autoptr(GError) error = NULL;

  if (!set_fields (get_history (self), get_indicator (self), label, &error,
                   "score-override", points,
                   "override-reason", reason,
                   NULL))
    {
      override_show_problem (self, error->message);
      return;
    }

  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

/* A score set by hand replaces the computed one and must say why. */
static void
override_apply_clicked_cb (JxIndicatorCell *self)
{
  JxIndicator *indicator = get_indicator (self);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->override_score));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->override_reason))));
  const JxIndicatorScore *score;
  g_autoptr(GError) error = NULL;
  gint64 points;

  if (indicator == NULL)
    return;

  if (!parse_points (typed, &points, &error))
    {
      override_show_problem (self, error->message);
      return;
    }

  score = jx_workspace_find_indicator_score (self->workspace, indicator);
  if (score != NULL && score->weight != JX_UNSET && (points < 0 || points > score->weight))
    {
      g_autofree char *points_text = jx_number_format_points (points);
      g_autofree char *weight_text = format_weight (score->weight);
      g_autofree char *problem = g_strdup_printf (_("A score of %s is not between 0 and the weight %s"),
                                                  points_text, weight_text);

      override_show_problem (self, problem);
      return;
    }

  if (*reason == '\0')
    {
      override_show_problem (self, _("A score set by hand needs a reason"));
      gtk_widget_grab_focus (self->override_reason);
      return;
    }

  set_override (self, _("Set score by hand"), points, reason);
}

static void
override_clear_clicked_cb (JxIndicatorCell *self)
{
  if (get_indicator (self) != NULL)
    set_override (self, _("Clear score set by hand"), JX_UNSET, NULL);
}

static GtkWidget *
popover_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, css_class);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  return label;
}

static GtkWidget *
override_entry_new (const char *name,
                    const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  return entry;
}

static GtkWidget *
override_popover_new (JxIndicatorCell *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *apply = gtk_button_new_with_mnemonic (_("_Set"));

  self->override_score = override_entry_new ("indicators-override-score", _("Score"));
  gtk_entry_set_input_purpose (GTK_ENTRY (self->override_score), GTK_INPUT_PURPOSE_NUMBER);
  self->override_reason = override_entry_new ("indicators-override-reason", _("Reason (required)"));
  self->override_problem = popover_label_new (NULL, "error");
  gtk_widget_set_name (self->override_problem, "indicators-override-problem");
  gtk_widget_set_visible (self->override_problem, FALSE);

  self->override_clear = gtk_button_new_with_mnemonic (_("_Clear"));
  gtk_widget_set_name (self->override_clear, "indicators-override-clear");
  gtk_widget_set_hexpand (self->override_clear, TRUE);
  gtk_widget_set_halign (self->override_clear, GTK_ALIGN_START);
  gtk_widget_set_name (apply, "indicators-override-apply");
  gtk_widget_add_css_class (apply, "suggested-action");
  g_signal_connect_swapped (self->override_clear, "clicked", G_CALLBACK (override_clear_clicked_cb), self);
  g_signal_connect_swapped (apply, "clicked", G_CALLBACK (override_apply_clicked_cb), self);
  g_signal_connect_swapped (self->override_reason, "activate", G_CALLBACK (override_apply_clicked_cb), self);
  g_signal_connect_swapped (self->override_score, "activate", G_CALLBACK (override_apply_clicked_cb), self);
  gtk_box_append (GTK_BOX (buttons), self->override_clear);
  gtk_box_append (GTK_BOX (buttons), apply);

  gtk_box_append (GTK_BOX (box), popover_label_new (_("Score Set by Hand"), "heading"));
  gtk_box_append (GTK_BOX (box), popover_label_new (_("It replaces the computed score; the reason goes into the report."),
                                                    "dim-label"));
  gtk_box_append (GTK_BOX (box), self->override_score);
  gtk_box_append (GTK_BOX (box), self->override_reason);
  gtk_box_append (GTK_BOX (box), self->override_problem);
  gtk_box_append (GTK_BOX (box), buttons);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect_swapped (popover, "show", G_CALLBACK (override_popover_shown_cb), self);

  return popover;
}

static void
score_build (JxIndicatorCell *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (assessment_labels); i++)
    gtk_string_list_append (labels, _(assessment_labels[i]));
  self->assessment = append_part (self, gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL),
                                  "indicators-assessment");
  gtk_widget_set_tooltip_text (self->assessment, _("Assessment of the qualitative target"));
  g_signal_connect_object (self->assessment, "notify::selected", G_CALLBACK (assessment_selected_cb), self,
                           G_CONNECT_SWAPPED);

  append_edit (self);
  gtk_editable_set_alignment (GTK_EDITABLE (self->edit), 1.0f);
  gtk_widget_add_css_class (self->edit, "numeric");
  gtk_widget_set_tooltip_text (self->edit, _("The evaluator's score, within the band of the assessment"));

  self->label = append_own_part (self, gtk_label_new (NULL), "label");
  gtk_label_set_xalign (GTK_LABEL (self->label), 1.0f);
  gtk_label_set_width_chars (GTK_LABEL (self->label), 6);
  gtk_widget_add_css_class (self->label, "numeric");

  self->note = append_own_part (self, dim_label_new (), "note");
  gtk_widget_set_hexpand (self->note, TRUE);

  self->over = append_part (self, gtk_label_new (_("▲ over-achieved")), "indicators-over-achieved");
  gtk_widget_add_css_class (self->over, "indicators-over-achieved");
  gtk_widget_set_tooltip_text (self->over, _("The actual value reaches the over-achievement threshold: the target was probably set too low"));

  self->warning = append_own_part (self, gtk_image_new_from_icon_name ("dialog-warning-symbolic"), "warning");
  gtk_widget_add_css_class (self->warning, "warning");

  self->popover = override_popover_new (self);
  self->override_button = append_part (self, gtk_menu_button_new (), "indicators-override-button");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->override_button), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (self->override_button, _("Set the score by hand, with a reason"));
  gtk_widget_add_css_class (self->override_button, "flat");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->override_button), self->popover);
  g_object_set_data (G_OBJECT (self), OVERRIDE_POPOVER_KEY, self->popover);
}

/* The deviation reason: marked when the checker asks for one */

static void
reason_build (JxIndicatorCell *self)
{
  self->warning = append_own_part (self, gtk_image_new_from_icon_name ("dialog-warning-symbolic"), "wanted");
  gtk_widget_add_css_class (self->warning, "warning");
  gtk_widget_set_visible (self->warning, FALSE);

  self->hint = append_own_part (self, dim_label_new (), "hint");
  gtk_label_set_text (GTK_LABEL (self->hint), _("A reason is needed"));
  gtk_label_set_ellipsize (GTK_LABEL (self->hint), PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_visible (self->hint, FALSE);

  self->field = append_own_part (self, field_new ("deviation-reason", FALSE), "field");
}

static void
reason_refresh (JxIndicatorCell *self)
{
  g_autofree char *wanted = get_indicator (self) != NULL ? dup_findings (self, TRUE) : g_strdup ("");
  gboolean is_wanted = *wanted != '\0';

  gtk_widget_set_visible (self->field, get_indicator (self) != NULL);
  gtk_widget_set_visible (self->warning, is_wanted);
  gtk_widget_set_visible (self->hint, is_wanted);
  if (is_wanted)
    gtk_widget_add_css_class (GTK_WIDGET (self), "indicators-reason-wanted");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "indicators-reason-wanted");
  gtk_widget_set_tooltip_text (self->warning, is_wanted ? wanted : NULL);
}

static const CellKind kinds[] = {
  [JX_INDICATOR_COLUMN_NAME] = {
    "indicators-name", 0, name_build, name_refresh,
  },
  [JX_INDICATOR_COLUMN_TARGET] = {
    "indicators-target", 8, text_build, text_refresh, jx_indicator_dup_target_display, format_understood_target, save_target,
  },
  [JX_INDICATOR_COLUMN_ACTUAL] = {
    "indicators-actual", 6, text_build, text_refresh, jx_indicator_dup_actual_display, format_understood_actual, save_actual,
  },
  [JX_INDICATOR_COLUMN_WEIGHT] = {
    "indicators-weight", 0, weight_build, weight_refresh,
  },
  [JX_INDICATOR_COLUMN_SCORE] = {
    "indicators-score", 5, score_build, score_refresh, dup_score_text, NULL, save_assessed_score,
  },
  [JX_INDICATOR_COLUMN_REASON] = {
    "indicators-reason", 0, reason_build, reason_refresh,
  },
};

/* GObject */

static void
scores_changed_cb (JxIndicatorCell *self)
{
  self->kind->refresh (self);
}

static void
jx_indicator_cell_dispose (GObject *object)
{
  JxIndicatorCell *self = JX_INDICATOR_CELL (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, scores_changed_cb, self);
  g_clear_object (&self->workspace);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (jx_indicator_cell_parent_class)->dispose (object);
}

static void
jx_indicator_cell_class_init (JxIndicatorCellClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_indicator_cell_dispose;
}

static void
jx_indicator_cell_init (JxIndicatorCell *self)
{
  gtk_box_set_spacing (GTK_BOX (self), 6);
}

/**
 * jx_indicator_cell_new:
 * @column: the column the cell shows
 *
 * Returns: (transfer floating): a new cell, named after its column
 *   ("indicators-target-cell"), its parts too ("indicators-target-edit")
 */
GtkWidget *
jx_indicator_cell_new (JxIndicatorColumn column)
{
  JxIndicatorCell *self;
  g_autofree char *name = NULL;

  g_return_val_if_fail ((guint) column < G_N_ELEMENTS (kinds), NULL);

  self = g_object_new (JX_TYPE_INDICATOR_CELL, NULL);
  self->kind = &kinds[column];
  name = g_strconcat (self->kind->prefix, "-cell", NULL);
  gtk_widget_set_name (GTK_WIDGET (self), name);
  self->kind->build (self);

  return GTK_WIDGET (self);
}

/**
 * jx_indicator_cell_bind:
 * @self: a cell
 * @workspace: the workspace whose history edits go through and whose
 *   scores the cell shows
 * @item: the row: a #JxIndicator or a category of #JxIndicatorTree
 *
 * Shows @item, and again on every "scores-changed" of @workspace until
 * the cell is unbound.  The cell holds @item as data "jx-item".
 */
void
jx_indicator_cell_bind (JxIndicatorCell *self,
                        JxWorkspace     *workspace,
                        GObject         *item)
{
  JxIndicator *indicator;

  g_return_if_fail (JX_IS_INDICATOR_CELL (self));
  g_return_if_fail (JX_IS_WORKSPACE (workspace));
  g_return_if_fail (G_IS_OBJECT (item));

  jx_indicator_cell_unbind (self);

  self->workspace = g_object_ref (workspace);
  self->item = g_object_ref (item);
  g_object_set_data (G_OBJECT (self), CELL_ITEM_KEY, item);

  indicator = get_indicator (self);
  if (self->edit != NULL)
    mark_problem (self->edit, NULL);
  if (self->field != NULL && indicator != NULL)
    jx_field_cell_bind (JX_FIELD_CELL (self->field), get_history (self), JX_RECORD (indicator));

  g_signal_connect_object (workspace, "scores-changed", G_CALLBACK (scores_changed_cb), self, G_CONNECT_SWAPPED);
  self->kind->refresh (self);
}

/**
 * jx_indicator_cell_unbind:
 * @self: a cell
 *
 * Lets go of the row, saving an edit that is under way first.
 */
void
jx_indicator_cell_unbind (JxIndicatorCell *self)
{
  g_return_if_fail (JX_IS_INDICATOR_CELL (self));

  if (self->edit != NULL && gtk_editable_label_get_editing (GTK_EDITABLE_LABEL (self->edit)))
    gtk_editable_label_stop_editing (GTK_EDITABLE_LABEL (self->edit), TRUE);
  if (self->popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  if (self->field != NULL)
    jx_field_cell_unbind (JX_FIELD_CELL (self->field));

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_func (self->workspace, scores_changed_cb, self);

  g_object_set_data (G_OBJECT (self), CELL_ITEM_KEY, NULL);
  g_clear_object (&self->item);
  g_clear_object (&self->workspace);
}
