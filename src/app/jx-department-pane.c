/* jx-department-pane.c: a department and its selected year: budget, revenue, expenditure, 三公经费, narrative
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pane shows the department of the workspace and, when a year of it
 * is selected, everything of that year that is not a project or an
 * indicator: what the checker found, the totals beside the stated ones,
 * the scoring profile, the budget and its parts, the budget lines, the
 * carry-over, the stated figures and the narrative.  Every field is
 * edited through the workspace's history; the computed figures follow
 * "scores-changed", the lists follow "children-changed".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-department-pane.h"
#include "jx-field-row.h"
#include "jx-text-field.h"

/* The lines of one section of the year's budget lines. */
typedef struct
{
  JxBudgetSection      section;
  AdwPreferencesGroup *group;
  GPtrArray           *rows;        /* AdwExpanderRow, one per line */
  AdwActionRow        *sum_row;
  GtkLabel            *sum_label;
} LineSection;

/* The rows of one stated figure. */
typedef struct
{
  JxStatedFigure *figure;
  AdwExpanderRow *row;
  AdwComboRow    *kind_row;
  JxFieldRow     *written_row;
  GtkImage       *status_image;
  GtkListBoxRow  *findings_row;
  GtkBox         *findings_box;
} FigureRows;

struct _JxDepartmentPane
{
  AdwBin               parent_instance;

  JxWorkspace         *workspace;
  JxHistory           *history;
  JxDepartment        *department;        /* what the pane is bound to */
  JxDepartmentYear    *year;

  GPtrArray           *department_rows;   /* JxFieldRow */
  GPtrArray           *department_texts;  /* JxTextField */
  GPtrArray           *year_rows;         /* JxFieldRow */
  GPtrArray           *budget_rows;       /* JxFieldRow, stage by stage, part by part */
  GPtrArray           *year_texts;        /* JxTextField */
  GPtrArray           *finding_rows;      /* rows of findings_group */
  GPtrArray           *shown_findings;    /* the findings those rows show */
  GPtrArray           *figure_rows;       /* FigureRows */
  LineSection          sections[3];
  GtkStringList       *profile_names;
  GtkStringList       *figure_kinds;
  AdwToast            *undo_toast;        /* the toast that offers undo, while shown */
  gboolean             updating;          /* the pane sets widgets from the data */
  gboolean             notes_expanded;    /* the user opened the notes among the findings */
  gboolean             syncing;           /* the pane binds itself to the workspace's selection */
  gboolean             stale;             /* hidden while the workspace changed: catch up when shown */

  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  GtkScrolledWindow   *scrolled_window;
  AdwPreferencesGroup *findings_group;
  AdwPreferencesGroup *department_group;
  GtkLabel            *no_year_label;
  GtkWidget           *year_box;
  AdwPreferencesGroup *totals_group;
  AdwComboRow         *profile_row;
  AdwActionRow        *execution_rate_row;
  GtkImage            *execution_rate_status;
  GtkLabel            *execution_rate_label;
  AdwActionRow        *execution_score_row;
  GtkLabel            *execution_score_label;
  AdwActionRow        *attainment_row;
  GtkImage            *attainment_status;
  GtkLabel            *attainment_label;
  AdwActionRow        *total_score_row;
  GtkImage            *total_score_status;
  GtkLabel            *total_score_label;
  AdwActionRow        *grade_row;
  GtkImage            *grade_status;
  GtkLabel            *grade_label;
  AdwPreferencesGroup *budget_group;
  GtkFlowBox          *budget_grid;
  AdwActionRow        *rate_base_row;
  GtkLabel            *rate_base_label;
  GtkLabel            *actual_label;
  AdwPreferencesGroup *revenue_group;
  GtkButton           *revenue_add_button;
  AdwPreferencesGroup *expenditure_group;
  GtkButton           *expenditure_add_button;
  AdwPreferencesGroup *three_public_group;
  GtkButton           *three_public_add_button;
  AdwPreferencesGroup *balances_group;
  AdwPreferencesGroup *stated_group;
  GtkButton           *stated_add_button;
  AdwPreferencesGroup *narrative_group;
};

G_DEFINE_FINAL_TYPE (JxDepartmentPane, jx_department_pane, ADW_TYPE_BIN)

typedef struct
{
  const char *title;
  const char *property;
} FieldSpec;

static const FieldSpec department_fields[] = {
  { N_("Name"), "name" },
  { N_("Code"), "code" },
  { N_("Parent unit"), "parent" },
  { N_("Authorized staff"), "staff-authorized" },
  { N_("Actual staff"), "staff-actual" },
};

static const FieldSpec department_texts[] = {
  { N_("Main functions"), "functions" },
  { N_("Internal units"), "internal-units" },
};

/* The budget grid: a column per stage, a row per part. */
static const FieldSpec budget_stages[] = {
  { N_("Initial budget"), "initial" },
  { N_("Adjusted budget"), "adjusted" },
  { N_("Actual expenditure"), "actual" },
};

/* Short, for three columns side by side: the column says which stage. */
static const FieldSpec budget_parts[] = {
  { N_("Total"), "total" },
  { N_("Basic"), "basic" },
  { N_("Personnel"), "personnel" },
  { N_("Public"), "public" },
  { N_("Projects"), "project" },
};

enum { PART_TOTAL, PART_BASIC, PART_PERSONNEL, PART_PUBLIC, PART_PROJECT };

static const FieldSpec balance_fields[] = {
  { N_("Carry-over"), "carry-over" },
  { N_("Operating expenses of the offices"), "operating-expenses" },
};

static const FieldSpec narrative_fields[] = {
  { N_("Goals"), "goals" },
  { N_("Tasks"), "tasks" },
  { N_("How the evaluation was organized"), "organization" },
  { N_("Achievements"), "achievements" },
  { N_("Problems"), "problems" },
  { N_("Improvements"), "improvements" },
  { N_("Use of the results"), "result-application" },
  { N_("Other notes"), "other-notes" },
};

/* Indexed by JxStatedFigureKind. */
static const char * const figure_kind_titles[] = {
  NULL,
  N_("Initial budget"),
  N_("Full-year budget"),
  N_("Total revenue"),
  N_("Total expenditure"),
  N_("Basic expenditure"),
  N_("Project expenditure"),
  N_("Transfer payments"),
  N_("Central transfer payments"),
  N_("Provincial transfer payments"),
  N_("“Three public” expenses"),
  N_("Carry-over"),
  N_("Execution rate"),
  N_("Target attainment"),
  N_("Total score"),
  N_("Grade"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (figure_kind_titles) == JX_STATED_FIGURE_KIND_GRADE + 1);

static void refresh (JxDepartmentPane *self);

static void
figure_rows_free (FigureRows *rows)
{
  g_clear_object (&rows->figure);
  g_free (rows);
}

static JxScoringProfile *
get_profile (JxDepartmentPane *self)
{
  return self->workspace != NULL ? jx_workspace_get_profile (self->workspace) : NULL;
}

/* The score of the bound year, or %NULL while the workspace scores
 * another one. */
static JxYearScore *
get_score (JxDepartmentPane *self)
{
  JxYearScore *score;

  if (self->workspace == NULL || self->year == NULL)
    return NULL;

  score = jx_workspace_get_score (self->workspace);
  return score != NULL && score->year == self->year ? score : NULL;
}

static void
show_toast (JxDepartmentPane *self,
            const char       *title)
{
  /* Toast titles are markup. */
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
dismiss_undo_toast (JxDepartmentPane *self)
{
  AdwToast *toast = self->undo_toast;

  if (toast == NULL)
    return;

  g_object_remove_weak_pointer (G_OBJECT (toast), (gpointer *) &self->undo_toast);
  self->undo_toast = NULL;
  adw_toast_dismiss (toast);
}

static void
undo_clicked_cb (JxDepartmentPane *self)
{
  g_autoptr(GError) error = NULL;

  if (self->history == NULL || !jx_history_can_undo (self->history))
    return;

  if (!jx_history_undo (self->history, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not undo: %s"), error->message);

      show_toast (self, message);
    }
}

/* A toast that says what was deleted and offers to undo it; the next
 * change of the history ends it, so that its undo undoes nothing else. */
static void
offer_undo (JxDepartmentPane *self,
            const char       *title)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  dismiss_undo_toast (self);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), self, G_CONNECT_SWAPPED);
  self->undo_toast = toast;
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &self->undo_toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gint64
get_money (JxRecord   *record,
           const char *property)
{
  gint64 value = JX_UNSET;

  g_object_get (record, property, &value, NULL);
  return value;
}

/* "initial-total" is the field "initial_total" of the findings. */
static gboolean
is_field (const char *field,
          const char *property)
{
  if (field == NULL)
    return FALSE;

  for (; *field != '\0' && *property != '\0'; field++, property++)
    if (*field != *property && !(*field == '_' && *property == '-'))
      return FALSE;

  return *field == *property;
}

static const char *
severity_icon_name (JxSeverity severity)
{
  switch (severity)
    {
    case JX_SEVERITY_ERROR:
      return "dialog-error-symbolic";
    case JX_SEVERITY_WARNING:
      return "dialog-warning-symbolic";
    case JX_SEVERITY_INFO:
    default:
      return "dialog-information-symbolic";
    }
}

static const char *
severity_name (JxSeverity severity)
{
  switch (severity)
    {
    case JX_SEVERITY_ERROR:
      return _("Error");
    case JX_SEVERITY_WARNING:
      return _("Warning");
    case JX_SEVERITY_INFO:
    default:
      return _("Note");
    }
}

/* An icon whose shape, not only its colour, tells the severity. */
static void
set_severity_image (GtkImage   *image,
                    JxSeverity  severity,
                    const char *tooltip)
{
  gtk_image_set_from_icon_name (image, severity_icon_name (severity));
  gtk_widget_remove_css_class (GTK_WIDGET (image), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (image), "warning");
  if (severity == JX_SEVERITY_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (image), "error");
  else if (severity == JX_SEVERITY_WARNING)
    gtk_widget_add_css_class (GTK_WIDGET (image), "warning");
  gtk_widget_set_tooltip_text (GTK_WIDGET (image), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip != NULL ? tooltip : severity_name (severity),
                                  -1);
}

/* Shows the worst of @findings on @image, with all their messages. */
static void
show_findings_on_image (GtkImage  *image,
                        GPtrArray *findings)
{
  g_autoptr(GString) messages = g_string_new (NULL);
  JxSeverity worst = JX_SEVERITY_INFO;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      worst = MIN (worst, finding->severity);
      if (messages->len > 0)
        g_string_append_c (messages, '\n');
      g_string_append_printf (messages, "%s: %s", severity_name (finding->severity), finding->message);
    }

  gtk_widget_set_visible (GTK_WIDGET (image), messages->len > 0);
  if (messages->len > 0)
    set_severity_image (image, worst, messages->str);
}

/* Findings about the fields of @record, for its field rows. */
static void
show_field_findings (JxDepartmentPane *self,
                     GPtrArray        *rows,
                     JxRecord         *record)
{
  g_autoptr(GPtrArray) findings = NULL;

  if (self->workspace == NULL || record == NULL)
    return;

  findings = jx_workspace_list_findings_for (self->workspace, record);
  for (guint i = 0; i < rows->len; i++)
    {
      JxFieldRow *row = g_ptr_array_index (rows, i);
      const char *property = jx_field_row_get_property_name (row);
      g_autoptr(GPtrArray) mine = g_ptr_array_new ();

      for (guint j = 0; j < findings->len; j++)
        {
          JxFinding *finding = g_ptr_array_index (findings, j);

          if (is_field (finding->field, property))
            g_ptr_array_add (mine, finding);
        }

      jx_field_row_set_findings (row, mine);
    }
}

/* The computed figures
 * ==================== */

static char *
format_sum (gint64 first,
            gint64 second)
{
  g_autofree char *text = NULL;

  if (first == JX_UNSET || second == JX_UNSET)
    return NULL;

  text = jx_money_format_display (jx_money_add_known (first, second));
  return g_strdup_printf ("= %s", text);
}

static void
refresh_budget (JxDepartmentPane *self)
{
  JxRecord *year = JX_RECORD (self->year);
  g_autofree char *rate_base = NULL;
  g_autofree char *actual = NULL;

  for (guint stage = 0; stage < G_N_ELEMENTS (budget_stages); stage++)
    {
      JxFieldRow **rows = (JxFieldRow **) self->budget_rows->pdata + stage * G_N_ELEMENTS (budget_parts);
      gint64 values[G_N_ELEMENTS (budget_parts)];
      g_autofree char *total = NULL;
      g_autofree char *basic = NULL;

      for (guint part = 0; part < G_N_ELEMENTS (budget_parts); part++)
        values[part] = get_money (year, jx_field_row_get_property_name (rows[part]));

      total = format_sum (values[PART_BASIC], values[PART_PROJECT]);
      basic = format_sum (values[PART_PERSONNEL], values[PART_PUBLIC]);
      jx_field_row_set_computed (rows[PART_TOTAL], total);
      jx_field_row_set_computed (rows[PART_BASIC], basic);
    }

  rate_base = jx_money_format_display (jx_department_year_get_rate_base (self->year));
  actual = jx_money_format_display (jx_department_year_get_actual (self->year));
  gtk_label_set_text (self->rate_base_label, rate_base);
  gtk_label_set_text (self->actual_label, actual);

  if (jx_department_year_get_budget (self->year) != JX_UNSET)
    adw_action_row_set_subtitle (self->rate_base_row, _("The adjusted (full-year) budget"));
  else if (jx_department_year_get_initial_budget (self->year) != JX_UNSET)
    adw_action_row_set_subtitle (self->rate_base_row, _("The initial budget: the report gives no adjusted budget"));
  else
    adw_action_row_set_subtitle (self->rate_base_row,
                                 _("Neither budget is complete: enter its total, or its basic and project parts"));
}

static gint64
sum_lines (JxDepartmentYear *year,
           JxBudgetSection   section,
           gboolean          actual)
{
  GPtrArray *lines = jx_department_year_get_budget_lines (year);
  gint64 sum = JX_UNSET;

  for (guint i = 0; i < lines->len; i++)
    {
      JxBudgetLine *line = g_ptr_array_index (lines, i);

      if (jx_budget_line_get_section (line) == section)
        sum = jx_money_add_known (sum, actual ? jx_budget_line_get_actual (line)
                                              : jx_budget_line_get_budget (line));
    }

  return sum;
}

static char *
format_points (gint64 points)
{
  if (points == JX_UNSET)
    return g_strdup ("—");

  return jx_number_format_fixed (points, JX_POINTS_SCALE, 0);
}

static char *
format_total_score (JxYearScore *score)
{
  g_autofree char *total = NULL;

  if (score == NULL || score->total == JX_UNSET)
    return g_strdup ("—");

  total = format_points (score->total);
  if (!score->complete)
    /* Translators: a total score that lacks some of its parts */
    return g_strdup_printf (_("%s (incomplete)"), total);

  return g_steal_pointer (&total);
}

static char *
format_attainment (JxYearScore *score)
{
  if (score == NULL || score->n_measurable == 0)
    return g_strdup ("—");

  return jx_money_format_rate (score->n_met, score->n_measurable);
}

/* The computed figure as the pane shows it (@for_display) or as a report
 * writes it, or %NULL when the data do not give it: the checker computes
 * it as it computes what it compares the stated figure with. */
static char *
compute_figure_text (JxYearScore        *score,
                     JxStatedFigureKind  kind,
                     gboolean            for_display)
{
  gint64 amount;

  if (score == NULL)
    return NULL;
  if (!for_display)
    return jx_checker_compute_figure (score, kind);
  if (kind == JX_STATED_FIGURE_KIND_TOTAL_SCORE)
    return score->total != JX_UNSET ? format_total_score (score) : NULL;

  amount = jx_checker_compute_amount (score, kind);
  return amount != JX_UNSET ? jx_money_format_display (amount) : jx_checker_compute_figure (score, kind);
}

static char *
dup_figure_field (JxStatedFigureKind kind)
{
  GEnumClass *enum_class = g_type_class_ref (JX_TYPE_STATED_FIGURE_KIND);
  GEnumValue *value = g_enum_get_value (enum_class, kind);
  char *field = g_strdup_printf ("stated_figures[%s]", value != NULL ? value->value_nick : "");

  g_type_class_unref (enum_class);
  return field;
}

/* The findings about @figure among @findings: those of its kind, and
 * when the report states a kind twice, those that quote its text. */
static GPtrArray *
list_figure_findings (JxDepartmentPane *self,
                      GPtrArray        *findings,
                      JxStatedFigure   *figure)
{
  JxStatedFigureKind kind = jx_stated_figure_get_figure (figure);
  g_autofree char *field = dup_figure_field (kind);
  GPtrArray *figures = jx_department_year_get_stated_figures (self->year);
  GPtrArray *mine = g_ptr_array_new ();
  guint same_kind = 0;

  for (guint i = 0; i < figures->len; i++)
    if (jx_stated_figure_get_figure (g_ptr_array_index (figures, i)) == kind)
      same_kind++;

  for (guint i = 0; findings != NULL && i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      if (g_strcmp0 (finding->field, field) != 0)
        continue;

      if (same_kind > 1 && g_strcmp0 (finding->stated, jx_stated_figure_get_written (figure)) != 0)
        {
          gboolean quotes_another = FALSE;

          for (guint j = 0; j < figures->len && !quotes_another; j++)
            {
              JxStatedFigure *other = g_ptr_array_index (figures, j);

              quotes_another = other != figure && jx_stated_figure_get_figure (other) == kind &&
                               g_strcmp0 (finding->stated, jx_stated_figure_get_written (other)) == 0;
            }

          if (quotes_another)
            continue;
        }

      g_ptr_array_add (mine, finding);
    }

  return mine;
}

/* The findings of the whole year
 * ============================== */

static void
finding_row_activated_cb (JxDepartmentPane *self,
                          AdwActionRow     *row)
{
  JxRecord *subject = g_object_get_data (G_OBJECT (row), "jx-subject");

  if (subject != NULL && self->workspace != NULL)
    jx_workspace_activate (self->workspace, subject);
}

static void
clear_finding_rows (JxDepartmentPane *self)
{
  for (guint i = 0; i < self->finding_rows->len; i++)
    adw_preferences_group_remove (self->findings_group, g_ptr_array_index (self->finding_rows, i));
  g_ptr_array_set_size (self->finding_rows, 0);
  g_clear_pointer (&self->shown_findings, g_ptr_array_unref);
}

static GtkWidget *
create_finding_row (JxDepartmentPane *self,
                    JxFinding        *finding)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), finding->record);
  set_severity_image (GTK_IMAGE (icon), finding->severity, severity_name (finding->severity));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (finding->subject != NULL)
    {
      g_object_set_data_full (G_OBJECT (row), "jx-subject", g_object_ref (finding->subject), g_object_unref);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_signal_connect_object (row, "activated", G_CALLBACK (finding_row_activated_cb), self, G_CONNECT_SWAPPED);
    }

  return row;
}

/* A year of a thousand indicators may have a thousand findings: the
 * first ones are rows at once, the others are made when their expander
 * is first opened. */
#define MAX_FINDING_ROWS 50
#define FOLDED_FINDINGS_KEY "jx-folded-findings"

static void
fill_folded_findings (JxDepartmentPane *self,
                      AdwExpanderRow   *expander)
{
  g_autoptr(GPtrArray) folded = g_object_steal_data (G_OBJECT (expander), FOLDED_FINDINGS_KEY);

  for (guint i = 0; folded != NULL && i < folded->len; i++)
    adw_expander_row_add_row (expander, create_finding_row (self, g_ptr_array_index (folded, i)));
}

static void
folded_expanded_cb (JxDepartmentPane *self,
                    GParamSpec       *pspec,
                    AdwExpanderRow   *expander)
{
  if (adw_expander_row_get_expanded (expander))
    fill_folded_findings (self, expander);
}

/* An expander row of @findings (borrowed from self->shown_findings). */
static GtkWidget *
create_folded_row (JxDepartmentPane *self,
                   const char       *title,
                   JxSeverity        severity,
                   GPtrArray        *findings)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  set_severity_image (GTK_IMAGE (icon), severity, severity_name (severity));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), icon);
  g_object_set_data_full (G_OBJECT (expander), FOLDED_FINDINGS_KEY, g_ptr_array_ref (findings),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (folded_expanded_cb), self,
                           G_CONNECT_SWAPPED);

  return expander;
}

static void
notes_expanded_cb (JxDepartmentPane *self,
                   GParamSpec       *pspec,
                   AdwExpanderRow   *row)
{
  if (!self->updating)
    self->notes_expanded = adw_expander_row_get_expanded (row);
}

static void
add_finding_row (JxDepartmentPane *self,
                 GtkWidget        *row)
{
  adw_preferences_group_add (self->findings_group, row);
  g_ptr_array_add (self->finding_rows, row);
}

static void
refresh_findings (JxDepartmentPane *self)
{
  GPtrArray *findings = self->workspace != NULL && get_score (self) != NULL
    ? jx_workspace_get_findings (self->workspace)
    : NULL;
  guint counts[JX_SEVERITY_INFO + 1] = { 0 };
  g_autoptr(GString) description = g_string_new (NULL);
  g_autoptr(GPtrArray) folded = g_ptr_array_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new ();

  clear_finding_rows (self);

  if (findings == NULL || findings->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     findings != NULL
                                       ? _("Nothing found: the stated figures agree with the data")
                                       : _("The year has not been checked"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
      adw_preferences_group_add (self->findings_group, row);
      g_ptr_array_add (self->finding_rows, row);
      adw_preferences_group_set_description (self->findings_group, NULL);
      return;
    }

  self->shown_findings = g_ptr_array_ref (findings);
  for (guint i = 0; i < findings->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (findings, i);

      counts[finding->severity]++;
      if (finding->severity == JX_SEVERITY_INFO)
        g_ptr_array_add (notes, finding);
    }

  /* Errors first, then warnings, each in the checker's order, the first
   * ones as rows, the rest folded; the notes (figures that cannot be
   * checked) folded away beneath them. */
  for (JxSeverity severity = JX_SEVERITY_ERROR; severity <= JX_SEVERITY_WARNING; severity++)
    for (guint i = 0; i < findings->len; i++)
      {
        JxFinding *finding = g_ptr_array_index (findings, i);

        if (finding->severity != severity)
          continue;

        if (self->finding_rows->len < MAX_FINDING_ROWS)
          add_finding_row (self, create_finding_row (self, finding));
        else
          g_ptr_array_add (folded, finding);
      }

  if (folded->len > 0)
    {
      /* TRANSLATORS: an expander of the findings not listed yet */
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u more finding", "%u more findings",
                                                             folded->len),
                                                folded->len);

      add_finding_row (self, create_folded_row (self, title, JX_SEVERITY_WARNING, folded));
    }

  if (notes->len > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u figure cannot be checked",
                                                             "%u figures cannot be checked",
                                                             notes->len),
                                                notes->len);
      GtkWidget *expander = create_folded_row (self, title, JX_SEVERITY_INFO, notes);

      self->updating = TRUE;
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), self->notes_expanded);
      self->updating = FALSE;
      g_signal_connect_object (expander, "notify::expanded", G_CALLBACK (notes_expanded_cb), self,
                               G_CONNECT_SWAPPED);
      add_finding_row (self, expander);
    }

  if (counts[JX_SEVERITY_ERROR] > 0)
    g_string_append_printf (description,
                            g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", counts[JX_SEVERITY_ERROR]),
                            counts[JX_SEVERITY_ERROR]);
  if (counts[JX_SEVERITY_WARNING] > 0)
    {
      if (description->len > 0)
        g_string_append (description, _(", "));
      g_string_append_printf (description,
                              g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", counts[JX_SEVERITY_WARNING]),
                              counts[JX_SEVERITY_WARNING]);
    }
  if (counts[JX_SEVERITY_INFO] > 0)
    {
      if (description->len > 0)
        g_string_append (description, _(", "));
      g_string_append_printf (description,
                              g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", counts[JX_SEVERITY_INFO]),
                              counts[JX_SEVERITY_INFO]);
    }

  adw_preferences_group_set_description (self->findings_group, description->str);
}

/* The totals
 * ========== */

/* The stated figures of @kind, for a row of the totals. */
static void
show_stated (JxDepartmentPane   *self,
             AdwActionRow       *row,
             GtkImage           *status,
             JxStatedFigureKind  kind)
{
  GPtrArray *figures = jx_department_year_get_stated_figures (self->year);
  GPtrArray *findings = get_score (self) != NULL ? jx_workspace_get_findings (self->workspace) : NULL;
  g_autoptr(GPtrArray) all_findings = g_ptr_array_new ();
  g_autoptr(GString) stated = g_string_new (NULL);

  for (guint i = 0; i < figures->len; i++)
    {
      JxStatedFigure *figure = g_ptr_array_index (figures, i);
      g_autoptr(GPtrArray) mine = NULL;

      if (jx_stated_figure_get_figure (figure) != kind)
        continue;

      if (stated->len > 0)
        g_string_append (stated, _(", "));
      g_string_append (stated, jx_stated_figure_get_written (figure));

      mine = list_figure_findings (self, findings, figure);
      g_ptr_array_extend (all_findings, mine, NULL, NULL);
    }

  if (stated->len > 0)
    {
      g_autofree char *subtitle = g_strdup_printf (_("Stated in the report: %s"), stated->str);

      adw_action_row_set_subtitle (row, subtitle);
    }
  else
    {
      adw_action_row_set_subtitle (row, _("Not stated in the report"));
    }

  if (status != NULL)
    show_findings_on_image (status, all_findings);
}

static void
refresh_totals (JxDepartmentPane *self)
{
  JxYearScore *score = get_score (self);
  g_autofree char *rate = jx_money_format_rate (jx_department_year_get_actual (self->year),
                                                jx_department_year_get_rate_base (self->year));
  g_autofree char *execution_score = format_points (score != NULL ? score->execution_score : JX_UNSET);
  g_autofree char *attainment = format_attainment (score);
  g_autofree char *total = format_total_score (score);
  const char *grade = score != NULL && score->complete ? jx_grade_to_string (score->grade) : NULL;

  gtk_label_set_text (self->execution_rate_label, rate);
  gtk_label_set_text (self->execution_score_label, execution_score);
  gtk_label_set_text (self->attainment_label, attainment);
  gtk_label_set_text (self->total_score_label, total);
  gtk_label_set_text (self->grade_label, grade != NULL ? grade : "—");

  if (score != NULL && score->execution_weight != JX_UNSET)
    {
      g_autofree char *weight = format_points (score->execution_weight);
      /* Translators: the most points the execution rate can earn */
      g_autofree char *subtitle = g_strdup_printf (_("Out of %s points"), weight);

      adw_action_row_set_subtitle (self->execution_score_row, subtitle);
    }
  else
    {
      adw_action_row_set_subtitle (self->execution_score_row, NULL);
    }

  show_stated (self, self->execution_rate_row, self->execution_rate_status, JX_STATED_FIGURE_KIND_EXECUTION_RATE);
  show_stated (self, self->attainment_row, self->attainment_status, JX_STATED_FIGURE_KIND_ATTAINMENT_RATE);
  show_stated (self, self->total_score_row, self->total_score_status, JX_STATED_FIGURE_KIND_TOTAL_SCORE);
  show_stated (self, self->grade_row, self->grade_status, JX_STATED_FIGURE_KIND_GRADE);
}

/* The scoring profile
 * =================== */

static const char *
current_profile_name (JxDepartmentPane *self)
{
  JxScoringProfile *profile = get_profile (self);

  if (self->year != NULL && jx_department_year_get_profile (self->year) != NULL)
    return jx_department_year_get_profile (self->year);

  return profile != NULL ? jx_scoring_profile_get_name (profile) : NULL;
}

static void
load_profiles (JxDepartmentPane *self)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *current = current_profile_name (self);
  gboolean has_current = FALSE;

  if (self->workspace != NULL)
    profiles = jx_store_list_records (jx_workspace_get_store (self->workspace), JX_TYPE_SCORING_PROFILE, &error);
  if (profiles == NULL && error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The scoring profiles could not be read: %s"), error->message);

      show_toast (self, message);
    }

  for (guint i = 0; profiles != NULL && i < profiles->len; i++)
    {
      const char *name = jx_scoring_profile_get_name (g_ptr_array_index (profiles, i));

      has_current = has_current || g_strcmp0 (name, current) == 0;
      g_ptr_array_add (names, (gpointer) name);
    }

  /* The national default applies even where the database lacks it. */
  if (!has_current && current != NULL)
    g_ptr_array_insert (names, 0, (gpointer) current);
  g_ptr_array_add (names, NULL);

  self->updating = TRUE;
  gtk_string_list_splice (self->profile_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->profile_names)),
                          (const char * const *) names->pdata);
  self->updating = FALSE;
}

static void
refresh_profile (JxDepartmentPane *self)
{
  JxScoringProfile *profile = get_profile (self);
  const char *current = current_profile_name (self);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->profile_names));
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < n && current != NULL; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->profile_names, i), current) == 0)
      position = i;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->profile_row, position);
  self->updating = FALSE;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->profile_row),
                               profile != NULL ? jx_scoring_profile_get_description (profile) : NULL);
}

static void
profile_selected_cb (JxDepartmentPane *self)
{
  g_autoptr(GError) error = NULL;
  guint position = adw_combo_row_get_selected (self->profile_row);
  const char *name;

  if (self->updating || self->year == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  name = gtk_string_list_get_string (self->profile_names, position);
  if (g_strcmp0 (name, current_profile_name (self)) == 0)
    return;

  if (!jx_history_set_text (self->history, JX_RECORD (self->year), "profile", name, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The scoring profile was not changed: %s"), error->message);

      show_toast (self, message);
      refresh_profile (self);
    }
}

/* The budget lines
 * ================ */

static LineSection *
find_section (JxDepartmentPane *self,
              JxBudgetSection   section)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    if (self->sections[i].section == section)
      return &self->sections[i];

  return NULL;
}

static void
update_line_row (AdwExpanderRow *row)
{
  JxBudgetLine *line = g_object_get_data (G_OBJECT (row), "jx-line");
  const char *label = jx_budget_line_get_label (line);
  g_autofree char *budget = jx_money_format_display (jx_budget_line_get_budget (line));
  g_autofree char *actual = jx_money_format_display (jx_budget_line_get_actual (line));
  /* Translators: the two amounts of a budget line, in 万元 */
  g_autofree char *subtitle = g_strdup_printf (_("Budget %s · Actual %s"), budget, actual);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label != NULL ? label : _("Unnamed line"));
  adw_expander_row_set_subtitle (row, subtitle);
}

static void
refresh_lines (JxDepartmentPane *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    {
      LineSection *section = &self->sections[i];
      g_autofree char *budget = NULL;
      g_autofree char *actual = NULL;
      g_autofree char *sum = NULL;

      for (guint j = 0; j < section->rows->len; j++)
        update_line_row (g_ptr_array_index (section->rows, j));

      if (section->sum_label == NULL)
        continue;

      budget = jx_money_format_display (sum_lines (self->year, section->section, FALSE));
      actual = jx_money_format_display (sum_lines (self->year, section->section, TRUE));
      sum = g_strdup_printf (_("Budget %s · Actual %s"), budget, actual);
      gtk_label_set_text (section->sum_label, sum);
    }
}

static void
line_deleted_cb (JxDepartmentPane *self,
                 GtkButton        *button)
{
  JxBudgetLine *line = g_object_get_data (G_OBJECT (button), "jx-line");
  GPtrArray *lines;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint position;

  if (self->year == NULL || line == NULL)
    return;

  lines = jx_department_year_get_budget_lines (self->year);
  if (!g_ptr_array_find (lines, line, &position))
    return;

  title = g_strdup_printf (_("“%s” deleted"), jx_budget_line_get_label (line) != NULL
                                                ? jx_budget_line_get_label (line) : _("Unnamed line"));

  if (!jx_history_remove (self->history, JX_RECORD (self->year), "budget_lines", position, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The line was not deleted: %s"), error->message);

      show_toast (self, message);
      return;
    }

  offer_undo (self, title);
}

static GtkWidget *
create_line_row (JxDepartmentPane *self,
                 JxBudgetLine     *line)
{
  static const FieldSpec line_fields[] = {
    { N_("Item"), "label" },
    { N_("Budget"), "budget" },
    { N_("Actual"), "actual" },
    { N_("Note"), "note" },
  };
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), "jx-line", g_object_ref (line), g_object_unref);

  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete_button, _("Delete this line"));
  gtk_widget_add_css_class (delete_button, "flat");
  g_object_set_data_full (G_OBJECT (delete_button), "jx-line", g_object_ref (line), g_object_unref);
  g_signal_connect_object (delete_button, "clicked", G_CALLBACK (line_deleted_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), delete_button);

  for (guint i = 0; i < G_N_ELEMENTS (line_fields); i++)
    {
      GtkWidget *field = jx_field_row_new (_(line_fields[i].title), line_fields[i].property);

      jx_field_row_bind (JX_FIELD_ROW (field), self->history, JX_RECORD (line));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field);
      if (i == 0)
        g_object_set_data (G_OBJECT (row), "jx-first-field", field);
    }

  update_line_row (ADW_EXPANDER_ROW (row));
  return row;
}

static void
clear_lines (JxDepartmentPane *self,
             GHashTable       *expanded)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    {
      LineSection *section = &self->sections[i];

      for (guint j = 0; j < section->rows->len; j++)
        {
          AdwExpanderRow *row = g_ptr_array_index (section->rows, j);

          if (expanded != NULL && adw_expander_row_get_expanded (row))
            g_hash_table_add (expanded, g_object_get_data (G_OBJECT (row), "jx-line"));
          adw_preferences_group_remove (section->group, GTK_WIDGET (row));
        }
      g_ptr_array_set_size (section->rows, 0);

      if (section->sum_row != NULL)
        adw_preferences_group_remove (section->group, GTK_WIDGET (section->sum_row));
      section->sum_row = NULL;
      section->sum_label = NULL;
    }
}

/* Builds the rows of the lists of lines again; the lines that were
 * expanded stay so. */
static void
rebuild_lines (JxDepartmentPane *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);
  GPtrArray *lines;

  clear_lines (self, expanded);
  if (self->year == NULL)
    return;

  lines = jx_department_year_get_budget_lines (self->year);
  for (guint i = 0; i < lines->len; i++)
    {
      JxBudgetLine *line = g_ptr_array_index (lines, i);
      LineSection *section = find_section (self, jx_budget_line_get_section (line));
      GtkWidget *row;

      if (section == NULL)
        continue;

      row = create_line_row (self, line);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), g_hash_table_contains (expanded, line));
      adw_preferences_group_add (section->group, row);
      g_ptr_array_add (section->rows, row);
    }

  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    {
      LineSection *section = &self->sections[i];
      GtkWidget *sum_row = adw_action_row_new ();
      GtkWidget *sum_label = gtk_label_new (NULL);
      static const char * const names[] = { "revenue-sum", "expenditure-sum", "three-public-sum" };

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sum_row),
                                     section->rows->len > 0 ? _("Total") : _("No lines yet"));
      gtk_widget_set_name (sum_label, names[i]);
      gtk_widget_add_css_class (sum_label, "numeric");
      gtk_widget_add_css_class (sum_label, "department-figure");
      adw_action_row_add_suffix (ADW_ACTION_ROW (sum_row), sum_label);
      adw_preferences_group_add (section->group, sum_row);
      section->sum_row = ADW_ACTION_ROW (sum_row);
      section->sum_label = GTK_LABEL (sum_label);
    }

  refresh_lines (self);
}

static AdwExpanderRow *
find_line_row (JxDepartmentPane *self,
               JxBudgetLine     *line)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    for (guint j = 0; j < self->sections[i].rows->len; j++)
      {
        AdwExpanderRow *row = g_ptr_array_index (self->sections[i].rows, j);

        if (g_object_get_data (G_OBJECT (row), "jx-line") == line)
          return row;
      }

  return NULL;
}

/* Expands @row and puts the cursor into the field it names. */
static void
open_expander (AdwExpanderRow *row)
{
  GtkWidget *field = g_object_get_data (G_OBJECT (row), "jx-first-field");

  adw_expander_row_set_expanded (row, TRUE);
  if (field != NULL)
    gtk_widget_grab_focus (field);
}

static void
add_line_clicked_cb (JxDepartmentPane *self,
                     GtkButton        *button)
{
  g_autoptr(JxBudgetLine) line = jx_budget_line_new ();
  g_autoptr(GError) error = NULL;
  JxBudgetSection section;
  const char *label;
  AdwExpanderRow *row;

  if (self->year == NULL)
    return;

  if (button == self->revenue_add_button)
    {
      section = JX_BUDGET_SECTION_REVENUE;
      label = _("New revenue source");
    }
  else if (button == self->expenditure_add_button)
    {
      section = JX_BUDGET_SECTION_EXPENDITURE;
      label = _("New expenditure class");
    }
  else
    {
      section = JX_BUDGET_SECTION_THREE_PUBLIC;
      label = _("New “three public” item");
    }

  jx_budget_line_set_section (line, section);
  jx_budget_line_set_label (line, label);

  if (!jx_history_insert (self->history, JX_RECORD (self->year), "budget_lines",
                          jx_department_year_get_budget_lines (self->year)->len, JX_RECORD (line), &error))
    {
      g_autofree char *message = g_strdup_printf (_("The line was not added: %s"), error->message);

      show_toast (self, message);
      return;
    }

  row = find_line_row (self, line);
  if (row != NULL)
    open_expander (row);
}

/* The stated figures
 * ================== */

static void
figure_kind_selected_cb (JxDepartmentPane *self,
                         GParamSpec       *pspec,
                         AdwComboRow      *combo)
{
  JxStatedFigure *figure = g_object_get_data (G_OBJECT (combo), "jx-figure");
  guint position = adw_combo_row_get_selected (combo);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  if (self->updating || figure == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  g_value_init (&value, JX_TYPE_STATED_FIGURE_KIND);
  g_value_set_enum (&value, (int) position + 1);
  if (!jx_history_set_value (self->history, JX_RECORD (figure), "figure", &value, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The figure was not changed: %s"), error->message);

      show_toast (self, message);
      refresh (self);
    }
}

static void
figure_deleted_cb (JxDepartmentPane *self,
                   GtkButton        *button)
{
  JxStatedFigure *figure = g_object_get_data (G_OBJECT (button), "jx-figure");
  GPtrArray *figures;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  guint position;

  if (self->year == NULL || figure == NULL)
    return;

  figures = jx_department_year_get_stated_figures (self->year);
  if (!g_ptr_array_find (figures, figure, &position))
    return;

  title = g_strdup_printf (_("Stated figure “%s” deleted"), jx_stated_figure_get_written (figure));

  if (!jx_history_remove (self->history, JX_RECORD (self->year), "stated_figures", position, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The figure was not deleted: %s"), error->message);

      show_toast (self, message);
      return;
    }

  offer_undo (self, title);
}

static FigureRows *
create_figure_rows (JxDepartmentPane *self,
                    JxStatedFigure   *figure)
{
  FigureRows *rows = g_new0 (FigureRows, 1);
  GtkWidget *delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *note_row;

  rows->figure = g_object_ref (figure);

  rows->row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (rows->row), FALSE);
  g_object_set_data_full (G_OBJECT (rows->row), "jx-figure", g_object_ref (figure), g_object_unref);

  /* Actions go in front of those added before: the status is read
   * first, the delete button sits by the arrow. */
  gtk_widget_set_valign (delete_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (delete_button, _("Delete this stated figure"));
  gtk_widget_add_css_class (delete_button, "flat");
  g_object_set_data_full (G_OBJECT (delete_button), "jx-figure", g_object_ref (figure), g_object_unref);
  g_signal_connect_object (delete_button, "clicked", G_CALLBACK (figure_deleted_cb), self, G_CONNECT_SWAPPED);
  adw_expander_row_add_action (rows->row, delete_button);

  rows->status_image = GTK_IMAGE (gtk_image_new ());
  gtk_widget_set_visible (GTK_WIDGET (rows->status_image), FALSE);
  adw_expander_row_add_action (rows->row, GTK_WIDGET (rows->status_image));

  rows->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->kind_row), _("Figure"));
  adw_combo_row_set_model (rows->kind_row, G_LIST_MODEL (self->figure_kinds));
  g_object_set_data_full (G_OBJECT (rows->kind_row), "jx-figure", g_object_ref (figure), g_object_unref);
  g_signal_connect_object (rows->kind_row, "notify::selected", G_CALLBACK (figure_kind_selected_cb), self,
                           G_CONNECT_SWAPPED);
  adw_expander_row_add_row (rows->row, GTK_WIDGET (rows->kind_row));

  rows->written_row = JX_FIELD_ROW (jx_field_row_new (_("As written in the report"), "written"));
  jx_field_row_bind (rows->written_row, self->history, JX_RECORD (figure));
  adw_expander_row_add_row (rows->row, GTK_WIDGET (rows->written_row));
  g_object_set_data (G_OBJECT (rows->row), "jx-first-field", rows->written_row);

  note_row = jx_field_row_new (_("Note"), "note");
  jx_field_row_bind (JX_FIELD_ROW (note_row), self->history, JX_RECORD (figure));
  adw_expander_row_add_row (rows->row, note_row);

  /* What the checker says about the figure, always in view. */
  rows->findings_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_margin_top (GTK_WIDGET (rows->findings_box), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (rows->findings_box), 8);
  gtk_widget_set_margin_start (GTK_WIDGET (rows->findings_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (rows->findings_box), 12);
  /* A preferences row, so that the group puts it into its list. */
  rows->findings_row = GTK_LIST_BOX_ROW (adw_preferences_row_new ());
  gtk_list_box_row_set_child (rows->findings_row, GTK_WIDGET (rows->findings_box));
  gtk_list_box_row_set_activatable (rows->findings_row, FALSE);
  gtk_list_box_row_set_selectable (rows->findings_row, FALSE);
  gtk_widget_set_focusable (GTK_WIDGET (rows->findings_row), FALSE);

  return rows;
}

static void
update_figure_rows (JxDepartmentPane *self,
                    FigureRows       *rows,
                    GPtrArray        *findings)
{
  JxYearScore *score = get_score (self);
  JxStatedFigureKind kind = jx_stated_figure_get_figure (rows->figure);
  const char *written = jx_stated_figure_get_written (rows->figure);
  g_autofree char *computed = compute_figure_text (score, kind, TRUE);
  g_autofree char *subtitle = NULL;
  g_autofree char *computed_beside = computed != NULL ? g_strdup_printf ("= %s", computed) : NULL;
  g_autoptr(GPtrArray) mine = list_figure_findings (self, findings, rows->figure);
  GtkWidget *child;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows->row),
                                 kind > JX_STATED_FIGURE_KIND_NONE && kind <= JX_STATED_FIGURE_KIND_GRADE
                                   ? _(figure_kind_titles[kind]) : _("Unknown figure"));
  /* Translators: a figure as the report writes it, and as the data give it */
  subtitle = g_strdup_printf (_("Stated %s · Computed %s"), written != NULL ? written : "—",
                              computed != NULL ? computed : "—");
  adw_expander_row_set_subtitle (rows->row, subtitle);

  self->updating = TRUE;
  adw_combo_row_set_selected (rows->kind_row, kind > JX_STATED_FIGURE_KIND_NONE ? (guint) kind - 1
                                                                                : GTK_INVALID_LIST_POSITION);
  self->updating = FALSE;

  jx_field_row_set_computed (rows->written_row, computed_beside);
  jx_field_row_set_findings (rows->written_row, mine);
  show_findings_on_image (rows->status_image, mine);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (rows->findings_box))) != NULL)
    gtk_box_remove (rows->findings_box, child);

  for (guint i = 0; i < mine->len; i++)
    {
      JxFinding *finding = g_ptr_array_index (mine, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *icon = gtk_image_new ();
      GtkWidget *message = gtk_label_new (finding->message);

      set_severity_image (GTK_IMAGE (icon), finding->severity, severity_name (finding->severity));
      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_label_set_wrap (GTK_LABEL (message), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (message), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (message), 0.0f);
      gtk_label_set_selectable (GTK_LABEL (message), TRUE);
      gtk_widget_set_hexpand (message, TRUE);
      gtk_box_append (GTK_BOX (line), icon);
      gtk_box_append (GTK_BOX (line), message);
      gtk_box_append (rows->findings_box, line);
    }

  gtk_widget_set_visible (GTK_WIDGET (rows->findings_row), mine->len > 0);
}

static void
refresh_figures (JxDepartmentPane *self)
{
  GPtrArray *findings = get_score (self) != NULL ? jx_workspace_get_findings (self->workspace) : NULL;

  for (guint i = 0; i < self->figure_rows->len; i++)
    update_figure_rows (self, g_ptr_array_index (self->figure_rows, i), findings);
}

static void
clear_figures (JxDepartmentPane *self,
               GHashTable       *expanded)
{
  for (guint i = 0; i < self->figure_rows->len; i++)
    {
      FigureRows *rows = g_ptr_array_index (self->figure_rows, i);

      if (expanded != NULL && adw_expander_row_get_expanded (rows->row))
        g_hash_table_add (expanded, rows->figure);
      adw_preferences_group_remove (self->stated_group, GTK_WIDGET (rows->row));
      adw_preferences_group_remove (self->stated_group, GTK_WIDGET (rows->findings_row));
    }
  g_ptr_array_set_size (self->figure_rows, 0);
}

static void
rebuild_figures (JxDepartmentPane *self)
{
  g_autoptr(GHashTable) expanded = g_hash_table_new (NULL, NULL);
  GPtrArray *figures;

  clear_figures (self, expanded);
  if (self->year == NULL)
    return;

  figures = jx_department_year_get_stated_figures (self->year);
  for (guint i = 0; i < figures->len; i++)
    {
      JxStatedFigure *figure = g_ptr_array_index (figures, i);
      FigureRows *rows = create_figure_rows (self, figure);

      adw_expander_row_set_expanded (rows->row, g_hash_table_contains (expanded, figure));
      adw_preferences_group_add (self->stated_group, GTK_WIDGET (rows->row));
      adw_preferences_group_add (self->stated_group, GTK_WIDGET (rows->findings_row));
      g_ptr_array_add (self->figure_rows, rows);
    }

  refresh_figures (self);
}

static void
add_figure_clicked_cb (JxDepartmentPane *self)
{
  g_autoptr(JxStatedFigure) figure = jx_stated_figure_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;
  JxStatedFigureKind kind = JX_STATED_FIGURE_KIND_INITIAL_BUDGET;
  GPtrArray *figures;

  if (self->year == NULL)
    return;

  /* The first kind the report has not stated yet, written as the data
   * give it until the user types what the report says. */
  figures = jx_department_year_get_stated_figures (self->year);
  for (JxStatedFigureKind candidate = JX_STATED_FIGURE_KIND_INITIAL_BUDGET;
       candidate <= JX_STATED_FIGURE_KIND_GRADE; candidate++)
    {
      gboolean stated = FALSE;

      for (guint i = 0; i < figures->len && !stated; i++)
        stated = jx_stated_figure_get_figure (g_ptr_array_index (figures, i)) == candidate;

      if (!stated)
        {
          kind = candidate;
          break;
        }
    }

  written = compute_figure_text (get_score (self), kind, FALSE);
  jx_stated_figure_set_figure (figure, kind);
  jx_stated_figure_set_written (figure, written != NULL ? written : "0");

  if (!jx_history_insert (self->history, JX_RECORD (self->year), "stated_figures", figures->len,
                          JX_RECORD (figure), &error))
    {
      g_autofree char *message = g_strdup_printf (_("The figure was not added: %s"), error->message);

      show_toast (self, message);
      return;
    }

  for (guint i = 0; i < self->figure_rows->len; i++)
    {
      FigureRows *rows = g_ptr_array_index (self->figure_rows, i);

      if (rows->figure == figure)
        open_expander (rows->row);
    }
}

/* Binding
 * ======= */

static void
refresh (JxDepartmentPane *self)
{
  if (self->department != NULL)
    show_field_findings (self, self->department_rows, JX_RECORD (self->department));

  if (self->year == NULL)
    return;

  show_field_findings (self, self->year_rows, JX_RECORD (self->year));
  refresh_findings (self);
  refresh_totals (self);
  refresh_profile (self);
  refresh_budget (self);
  refresh_lines (self);
  refresh_figures (self);
}

static void
bind_department (JxDepartmentPane *self,
                 JxDepartment     *department)
{
  g_set_object (&self->department, department);

  for (guint i = 0; i < self->department_rows->len; i++)
    {
      JxFieldRow *row = g_ptr_array_index (self->department_rows, i);

      if (department != NULL)
        jx_field_row_bind (row, self->history, JX_RECORD (department));
      else
        jx_field_row_unbind (row);
    }

  for (guint i = 0; i < self->department_texts->len; i++)
    {
      JxTextField *field = g_ptr_array_index (self->department_texts, i);

      if (department != NULL)
        jx_text_field_bind (field, self->history, JX_RECORD (department), department_texts[i].property);
      else
        jx_text_field_unbind (field);
    }
}

static void
bind_year (JxDepartmentPane *self,
           JxDepartmentYear *year)
{
  guint n_texts = self->year_texts->len;

  g_set_object (&self->year, year);

  for (guint i = 0; i < self->year_rows->len; i++)
    {
      JxFieldRow *row = g_ptr_array_index (self->year_rows, i);

      if (year != NULL)
        jx_field_row_bind (row, self->history, JX_RECORD (year));
      else
        jx_field_row_unbind (row);
    }

  for (guint i = 0; i < n_texts; i++)
    {
      JxTextField *field = g_ptr_array_index (self->year_texts, i);

      if (year != NULL)
        jx_text_field_bind (field, self->history, JX_RECORD (year), narrative_fields[i].property);
      else
        jx_text_field_unbind (field);
    }

  rebuild_lines (self);
  rebuild_figures (self);
  if (year != NULL)
    load_profiles (self);
  else
    clear_finding_rows (self);
}

static void
release_focus (JxDepartmentPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    gtk_root_set_focus (root, NULL);
}

/* Shows what the workspace has selected, if the pane does not yet.
 * Returns whether it did. */
static gboolean
sync_selection (JxDepartmentPane *self)
{
  JxDepartment *department = self->workspace != NULL ? jx_workspace_get_department (self->workspace) : NULL;
  JxDepartmentYear *year = self->workspace != NULL ? jx_workspace_get_year (self->workspace) : NULL;
  gboolean department_changed = department != self->department;
  gboolean year_changed = year != self->year;

  if (self->syncing || (!department_changed && !year_changed))
    return FALSE;

  /* The rows are bound anew: the focus leaves them first, and what was
   * typed in them is saved to the record it was typed for.  Those saves
   * rescore, and the pane refreshes once it is bound. */
  self->syncing = TRUE;
  release_focus (self);
  if (year_changed)
    bind_year (self, NULL);
  if (department_changed)
    bind_department (self, department);
  if (year_changed)
    bind_year (self, year);

  gtk_stack_set_visible_child_name (self->stack, department != NULL ? "department" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->findings_group), year != NULL);
  gtk_widget_set_visible (self->year_box, year != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->no_year_label), department != NULL && year == NULL);
  self->syncing = FALSE;

  refresh (self);
  return TRUE;
}

/* A pane that is not shown leaves the work of following the workspace
 * until it is: the window opens on another pane and need not build this
 * one's rows and findings first. */
static gboolean
put_off_while_hidden (JxDepartmentPane *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    return FALSE;

  self->stale = TRUE;
  return TRUE;
}

static void
selection_changed_cb (JxDepartmentPane *self)
{
  if (!put_off_while_hidden (self))
    sync_selection (self);
}

static void
scores_changed_cb (JxDepartmentPane *self)
{
  /* The workspace scores a newly selected year before it says so. */
  if (!self->syncing && !put_off_while_hidden (self) && !sync_selection (self))
    refresh (self);
}

static void
children_changed_cb (JxDepartmentPane *self,
                     JxRecord         *owner,
                     const char       *child_set,
                     guint             position,
                     guint             removed,
                     guint             added)
{
  if (self->syncing || owner == NULL || owner != JX_RECORD (self->year) || put_off_while_hidden (self))
    return;

  if (g_strcmp0 (child_set, "budget_lines") == 0)
    rebuild_lines (self);
  else if (g_strcmp0 (child_set, "stated_figures") == 0)
    rebuild_figures (self);
}

static void
history_changed_cb (JxDepartmentPane *self)
{
  /* The undo a toast offers is the undo of what it reports, and nothing
   * later. */
  dismiss_undo_toast (self);
}

static void
disconnect_workspace (JxDepartmentPane *self)
{
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
}

static void
jx_department_pane_dispose (GObject *object)
{
  JxDepartmentPane *self = (JxDepartmentPane *) object;

  disconnect_workspace (self);
  if (self->undo_toast != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->undo_toast), (gpointer *) &self->undo_toast);
  self->undo_toast = NULL;

  /* Unbinding saves what was typed last, while the records are alive. */
  if (self->history != NULL)
    {
      bind_year (self, NULL);
      bind_department (self, NULL);
    }

  /* The toast overlay is the bin's child and a template child: the bin
   * lets go of it first, so that it is unparented only once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_DEPARTMENT_PANE);

  g_clear_pointer (&self->department_rows, g_ptr_array_unref);
  g_clear_pointer (&self->department_texts, g_ptr_array_unref);
  g_clear_pointer (&self->year_rows, g_ptr_array_unref);
  g_clear_pointer (&self->budget_rows, g_ptr_array_unref);
  g_clear_pointer (&self->year_texts, g_ptr_array_unref);
  g_clear_pointer (&self->finding_rows, g_ptr_array_unref);
  g_clear_pointer (&self->shown_findings, g_ptr_array_unref);
  g_clear_pointer (&self->figure_rows, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->sections); i++)
    g_clear_pointer (&self->sections[i].rows, g_ptr_array_unref);
  g_clear_object (&self->profile_names);
  g_clear_object (&self->figure_kinds);
  g_clear_object (&self->year);
  g_clear_object (&self->department);
  g_clear_object (&self->history);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (jx_department_pane_parent_class)->dispose (object);
}

static void
jx_department_pane_map (GtkWidget *widget)
{
  JxDepartmentPane *self = JX_DEPARTMENT_PANE (widget);

  GTK_WIDGET_CLASS (jx_department_pane_parent_class)->map (widget);

  if (self->stale)
    {
      self->stale = FALSE;
      if (!sync_selection (self))
        {
          if (self->year != NULL)
            {
              rebuild_lines (self);
              rebuild_figures (self);
            }
          refresh (self);
        }
    }
}

static void
jx_department_pane_class_init (JxDepartmentPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_department_pane_dispose;
  widget_class->map = jx_department_pane_map;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-department-pane.ui");

  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, stack);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, findings_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, department_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, no_year_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, year_box);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, totals_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, profile_row);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, execution_rate_row);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, execution_rate_status);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, execution_rate_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, execution_score_row);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, execution_score_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, attainment_row);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, attainment_status);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, attainment_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, total_score_row);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, total_score_status);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, total_score_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, grade_row);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, grade_status);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, grade_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, budget_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, budget_grid);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, rate_base_row);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, rate_base_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, actual_label);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, revenue_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, revenue_add_button);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, expenditure_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, expenditure_add_button);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, three_public_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, three_public_add_button);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, balances_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, stated_group);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, stated_add_button);
  gtk_widget_class_bind_template_child (widget_class, JxDepartmentPane, narrative_group);

  gtk_widget_class_bind_template_callback (widget_class, add_line_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_figure_clicked_cb);
}

static GtkWidget *
create_budget_column (JxDepartmentPane *self,
                      guint             stage)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_(budget_stages[stage].title));
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (column), heading);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(budget_stages[stage].title), -1);
  for (guint part = 0; part < G_N_ELEMENTS (budget_parts); part++)
    {
      g_autofree char *property = g_strdup_printf ("%s-%s", budget_stages[stage].property,
                                                   budget_parts[part].property);
      GtkWidget *row = jx_field_row_new (_(budget_parts[part].title), property);

      /* Narrow enough for three columns side by side. */
      gtk_editable_set_width_chars (GTK_EDITABLE (row), 6);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (row), 8);
      if (part == PART_PERSONNEL || part == PART_PUBLIC)
        gtk_widget_add_css_class (row, "department-subpart");
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_ptr_array_add (self->year_rows, row);
      g_ptr_array_add (self->budget_rows, row);
    }
  gtk_box_append (GTK_BOX (column), list);

  return column;
}

static void
jx_department_pane_init (JxDepartmentPane *self)
{
  static const JxBudgetSection sections[] = {
    JX_BUDGET_SECTION_REVENUE,
    JX_BUDGET_SECTION_EXPENDITURE,
    JX_BUDGET_SECTION_THREE_PUBLIC,
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->department_rows = g_ptr_array_new ();
  self->department_texts = g_ptr_array_new ();
  self->year_rows = g_ptr_array_new ();
  self->budget_rows = g_ptr_array_new ();
  self->year_texts = g_ptr_array_new ();
  self->finding_rows = g_ptr_array_new ();
  self->figure_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_rows_free);
  self->profile_names = gtk_string_list_new (NULL);
  self->figure_kinds = gtk_string_list_new (NULL);

  for (guint i = JX_STATED_FIGURE_KIND_INITIAL_BUDGET; i < G_N_ELEMENTS (figure_kind_titles); i++)
    gtk_string_list_append (self->figure_kinds, _(figure_kind_titles[i]));

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      self->sections[i].section = sections[i];
      self->sections[i].rows = g_ptr_array_new ();
    }
  self->sections[0].group = self->revenue_group;
  self->sections[1].group = self->expenditure_group;
  self->sections[2].group = self->three_public_group;

  for (guint i = 0; i < G_N_ELEMENTS (department_fields); i++)
    {
      GtkWidget *row = jx_field_row_new (_(department_fields[i].title), department_fields[i].property);

      adw_preferences_group_add (self->department_group, row);
      g_ptr_array_add (self->department_rows, row);
    }

  for (guint i = 0; i < G_N_ELEMENTS (department_texts); i++)
    {
      GtkWidget *field = jx_text_field_new (_(department_texts[i].title));

      gtk_widget_set_margin_top (field, 12);
      adw_preferences_group_add (self->department_group, field);
      g_ptr_array_add (self->department_texts, field);
    }

  for (guint stage = 0; stage < G_N_ELEMENTS (budget_stages); stage++)
    {
      GtkWidget *column = create_budget_column (self, stage);
      GtkWidget *child;

      gtk_flow_box_insert (self->budget_grid, column, -1);
      /* The fields take the focus, not the cells of the grid. */
      child = gtk_widget_get_parent (column);
      gtk_widget_set_focusable (child, FALSE);
    }

  for (guint i = 0; i < G_N_ELEMENTS (balance_fields); i++)
    {
      GtkWidget *row = jx_field_row_new (_(balance_fields[i].title), balance_fields[i].property);

      adw_preferences_group_add (self->balances_group, row);
      g_ptr_array_add (self->year_rows, row);
    }

  for (guint i = 0; i < G_N_ELEMENTS (narrative_fields); i++)
    {
      GtkWidget *field = jx_text_field_new (_(narrative_fields[i].title));

      if (i > 0)
        gtk_widget_set_margin_top (field, 12);
      adw_preferences_group_add (self->narrative_group, field);
      g_ptr_array_add (self->year_texts, field);
    }

  adw_combo_row_set_model (self->profile_row, G_LIST_MODEL (self->profile_names));
  g_signal_connect_object (self->profile_row, "notify::selected", G_CALLBACK (profile_selected_cb), self,
                           G_CONNECT_SWAPPED);

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
jx_department_pane_new (void)
{
  return g_object_new (JX_TYPE_DEPARTMENT_PANE, NULL);
}

/**
 * jx_department_pane_set_workspace:
 * @self: a #JxDepartmentPane
 * @workspace: (nullable): the workspace whose department and year to show
 */
void
jx_department_pane_set_workspace (JxDepartmentPane *self,
                                  JxWorkspace      *workspace)
{
  g_return_if_fail (JX_IS_DEPARTMENT_PANE (self));
  g_return_if_fail (workspace == NULL || JX_IS_WORKSPACE (workspace));

  if (workspace == self->workspace)
    return;

  disconnect_workspace (self);
  if (self->history != NULL)
    {
      bind_year (self, NULL);
      bind_department (self, NULL);
    }

  g_set_object (&self->workspace, workspace);
  g_clear_object (&self->history);

  if (workspace != NULL)
    {
      self->history = g_object_ref (jx_workspace_get_history (workspace));
      g_signal_connect_object (workspace, "notify::department", G_CALLBACK (selection_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "notify::year", G_CALLBACK (selection_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "scores-changed", G_CALLBACK (scores_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "children-changed", G_CALLBACK (children_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "changed", G_CALLBACK (history_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (!put_off_while_hidden (self))
    sync_selection (self);
}
