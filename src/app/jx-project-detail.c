/* jx-project-detail.c: every field of one project, editable, with the computed figures beside the stated ones
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The detail shows one project as the report has it: name, code and
 * kind; its funding rows; the rates, score and grade the report states
 * with the ones computed from the data beside them; the annual target
 * and what was achieved, the deviation reason and the improvement; the
 * weights and the allocation lines; and what the consistency check finds
 * in it.  Every edit goes through the history, so an undo shows here as
 * well.  The rows of the funding, weights and allocation are made again
 * when the history says that their list changed.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-field-row.h"
#include "jx-project-detail.h"
#include "jx-text-field.h"

typedef enum {
  SECTION_FUNDING,
  SECTION_WEIGHTS,
  SECTION_ALLOCATIONS,
  N_SECTIONS
} SectionId;

typedef struct {
  AdwPreferencesGroup *group;
  GPtrArray           *rows;     /* AdwExpanderRow, one per child record */
} Section;

static const char * const section_child_sets[N_SECTIONS] = {
  [SECTION_FUNDING] = "funding",
  [SECTION_WEIGHTS] = "category_weights",
  [SECTION_ALLOCATIONS] = "allocations",
};

struct _JxProjectDetail
{
  AdwBin               parent_instance;

  JxWorkspace         *workspace;
  JxHistory           *history;
  JxProject           *project;

  GtkStack            *stack;
  GtkScrolledWindow   *scroller;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  AdwPreferencesGroup *findings_group;
  AdwPreferencesGroup *general_group;
  JxFieldRow          *name_row;
  JxFieldRow          *code_row;
  AdwComboRow         *kind_row;
  AdwComboRow         *transfer_source_row;
  AdwPreferencesGroup *funding_group;
  AdwPreferencesGroup *figures_group;
  JxFieldRow          *execution_rate_row;
  JxFieldRow          *arrival_rate_row;
  JxFieldRow          *attainment_rate_row;
  JxFieldRow          *score_row;
  JxFieldRow          *grade_row;
  JxTextField         *planned_target_field;
  JxTextField         *actual_outcome_field;
  JxTextField         *deviation_reason_field;
  JxTextField         *improvement_field;
  AdwPreferencesGroup *weights_group;
  JxFieldRow          *execution_weight_row;
  AdwPreferencesGroup *allocations_group;
  JxFieldRow          *allocation_total_row;
  AdwActionRow        *allocation_sum_row;
  GtkLabel            *allocation_sum_label;

  GPtrArray           *field_rows;     /* the JxFieldRows of the project's own fields */
  GPtrArray           *finding_rows;
  Section              sections[N_SECTIONS];
  AdwToast            *undo_toast;     /* offers to undo the last removal, while shown */
  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (JxProjectDetail, jx_project_detail, ADW_TYPE_BIN)

/* The keys of a combo row that edits an enum field of a record. */
#define COMBO_RECORD_KEY   "jx-record"
#define COMBO_PROPERTY_KEY "jx-property"
/* The record of a row made for a child. */
#define ROW_RECORD_KEY     "jx-record"
#define ROW_COMBO_KEY      "jx-combo"

static const char * const funding_sources[] = {
  N_("Appropriation of the year (本年财政拨款)"),
  N_("Carried over from last year (上年结转资金)"),
  N_("Other funds (其他资金)"),
};

static const char * const level1_presets[] = {
  "产出指标", "效益指标", "满意度指标", "成本指标",
};

static void
undo_toast_dismissed_cb (JxProjectDetail *self,
                         AdwToast        *toast)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
}

static void
show_toast (JxProjectDetail *self,
            const char      *title,
            gboolean         undoable)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    {
      g_warning ("%s", title);
      return;
    }

  toast = adw_toast_new (title);
  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "detail.undo");
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (undo_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
      self->undo_toast = toast;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
history_changed_cb (JxProjectDetail *self)
{
  /* The toast's undo would no longer undo the removal. */
  if (self->undo_toast != NULL)
    adw_toast_dismiss (self->undo_toast);
}

static void
undo_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JxProjectDetail *self = JX_PROJECT_DETAIL (widget);
  g_autoptr(GError) error = NULL;

  if (self->history != NULL && !jx_history_undo (self->history, &error))
    show_toast (self, error->message, FALSE);
}

/* Enum fields in combo rows: the items are the values 1, 2, 3 …; 0, "not
 * given", selects nothing. */

static void
show_enum (AdwComboRow *row)
{
  JxRecord *record = g_object_get_data (G_OBJECT (row), COMBO_RECORD_KEY);
  const char *property = g_object_get_data (G_OBJECT (row), COMBO_PROPERTY_KEY);
  GParamSpec *pspec;
  g_auto(GValue) value = G_VALUE_INIT;
  int current;

  if (record == NULL)
    {
      adw_combo_row_set_selected (row, GTK_INVALID_LIST_POSITION);
      return;
    }

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (record), property, &value);
  current = g_value_get_enum (&value);

  adw_combo_row_set_selected (row, current > 0 ? (guint) current - 1 : GTK_INVALID_LIST_POSITION);
}

static void
combo_selected_cb (AdwComboRow     *row,
                   GParamSpec      *pspec,
                   JxProjectDetail *self)
{
  JxRecord *record = g_object_get_data (G_OBJECT (row), COMBO_RECORD_KEY);
  const char *property = g_object_get_data (G_OBJECT (row), COMBO_PROPERTY_KEY);
  guint selected = adw_combo_row_get_selected (row);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GParamSpec *field;

  if (self->updating || record == NULL || self->history == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  field = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
  g_value_init (&value, field->value_type);
  g_object_get_property (G_OBJECT (record), property, &value);
  if (g_value_get_enum (&value) == (int) selected + 1)
    return;

  g_value_set_enum (&value, (int) selected + 1);
  if (!jx_history_set_value (self->history, record, property, &value, &error))
    {
      show_toast (self, error->message, FALSE);
      self->updating = TRUE;
      show_enum (row);
      self->updating = FALSE;
    }
}

static void
bind_combo (JxProjectDetail *self,
            AdwComboRow     *row,
            JxRecord        *record,
            const char      *property)
{
  if (record != NULL)
    g_object_set_data_full (G_OBJECT (row), COMBO_RECORD_KEY, g_object_ref (record), g_object_unref);
  else
    g_object_set_data (G_OBJECT (row), COMBO_RECORD_KEY, NULL);
  g_object_set_data (G_OBJECT (row), COMBO_PROPERTY_KEY, (gpointer) property);

  self->updating = TRUE;
  show_enum (row);
  self->updating = FALSE;
}

static AdwComboRow *
new_enum_combo (JxProjectDetail    *self,
                const char         *title,
                const char * const *labels,
                guint               n_labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  for (guint i = 0; i < n_labels; i++)
    gtk_string_list_append (model, _(labels[i]));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  g_signal_connect_object (row, "notify::selected", G_CALLBACK (combo_selected_cb), self, 0);

  return row;
}

/* The rows of the children: funding rows, category weights and
 * allocation lines, each an expander row with its fields inside. */

static void
describe_funding_row (JxFundingRow  *row,
                      char         **title,
                      char         **subtitle)
{
  JxFundingSource source = jx_funding_row_get_source (row);
  g_autofree char *adjusted = jx_money_format_display (jx_funding_row_get_adjusted (row));
  g_autofree char *arrived = jx_money_format_display (jx_funding_row_get_arrived (row));
  g_autofree char *actual = jx_money_format_display (jx_funding_row_get_actual (row));

  if (source > JX_FUNDING_SOURCE_NONE && source <= G_N_ELEMENTS (funding_sources))
    *title = g_strdup (_(funding_sources[source - 1]));
  else
    *title = g_strdup (_("Funding of no given source"));

  /* TRANSLATORS: a funding row in short: full-year budget, arrived, spent, in 万元 */
  *subtitle = g_strdup_printf (_("Budget %s · arrived %s · spent %s"), adjusted, arrived, actual);
}

static void
describe_category_weight (JxCategoryWeight  *weight,
                          char             **title,
                          char             **subtitle)
{
  const char *level1 = jx_category_weight_get_level1 (weight);
  const char *level2 = jx_category_weight_get_level2 (weight);
  g_autofree char *points = jx_number_format_points (jx_category_weight_get_weight (weight));

  if (level1 == NULL)
    level1 = _("Category of no given name");

  if (level2 != NULL)
    *title = g_strdup_printf ("%s › %s", level1, level2);
  else
    *title = g_strdup (level1);

  /* TRANSLATORS: the weight of an indicator category, in points */
  *subtitle = g_strdup_printf (_("%s points"), points);
}

static void
describe_allocation_line (JxAllocationLine  *line,
                          char             **title,
                          char             **subtitle)
{
  const char *recipient = jx_allocation_line_get_recipient (line);
  gint64 count = jx_allocation_line_get_subproject_count (line);
  g_autofree char *amount = jx_money_format_display (jx_allocation_line_get_amount (line));

  *title = g_strdup (recipient != NULL ? recipient : _("Recipient not given"));

  if (count != JX_UNSET)
    {
      g_autofree char *count_text = g_strdup_printf ("%" G_GINT64_FORMAT, count);

      /* TRANSLATORS: an allocation line in short: number of sub-projects, amount in 万元 */
      *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s sub-project · %s", "%s sub-projects · %s",
                                                (gulong) CLAMP (count, 0, G_MAXLONG)),
                                   count_text, amount);
    }
  else
    {
      *subtitle = g_strdup (amount);
    }
}

static void
describe_child (JxRecord  *record,
                char     **title,
                char     **subtitle)
{
  if (JX_IS_FUNDING_ROW (record))
    describe_funding_row (JX_FUNDING_ROW (record), title, subtitle);
  else if (JX_IS_CATEGORY_WEIGHT (record))
    describe_category_weight (JX_CATEGORY_WEIGHT (record), title, subtitle);
  else
    describe_allocation_line (JX_ALLOCATION_LINE (record), title, subtitle);
}

static void
update_child_row (JxProjectDetail *self,
                  AdwExpanderRow  *row)
{
  JxRecord *record = g_object_get_data (G_OBJECT (row), ROW_RECORD_KEY);
  AdwComboRow *combo = g_object_get_data (G_OBJECT (row), ROW_COMBO_KEY);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  describe_child (record, &title, &subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (row, subtitle);

  if (combo != NULL)
    {
      self->updating = TRUE;
      show_enum (combo);
      self->updating = FALSE;
    }
}

static void
remove_child_clicked_cb (GtkButton       *button,
                         JxProjectDetail *self)
{
  JxRecord *record = g_object_get_data (G_OBJECT (button), ROW_RECORD_KEY);
  const char *child_set = g_object_get_data (G_OBJECT (button), "jx-child-set");
  g_autoptr(GError) error = NULL;
  guint position;

  if (self->project == NULL || self->history == NULL ||
      !g_ptr_array_find (jx_record_get_children (JX_RECORD (self->project), child_set), record, &position))
    return;

  if (!jx_history_remove (self->history, JX_RECORD (self->project), child_set, position, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }

  if (JX_IS_FUNDING_ROW (record))
    show_toast (self, _("Funding row removed"), TRUE);
  else if (JX_IS_CATEGORY_WEIGHT (record))
    show_toast (self, _("Category weight removed"), TRUE);
  else
    show_toast (self, _("Allocation line removed"), TRUE);
}

static void
add_field_row (JxProjectDetail *self,
               AdwExpanderRow  *row,
               JxRecord        *record,
               const char      *title,
               const char      *property)
{
  GtkWidget *field_row = jx_field_row_new (title, property);

  jx_field_row_bind (JX_FIELD_ROW (field_row), self->history, record);
  adw_expander_row_add_row (row, field_row);
}

static AdwExpanderRow *
new_child_row (JxProjectDetail *self,
               SectionId        section,
               JxRecord        *record)
{
  AdwExpanderRow *row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  GtkWidget *remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  const char *remove_tooltip = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_set_data_full (G_OBJECT (row), ROW_RECORD_KEY, g_object_ref (record), g_object_unref);

  switch (section)
    {
    case SECTION_FUNDING:
      {
        AdwComboRow *combo = new_enum_combo (self, _("Source"), (const char * const *) funding_sources,
                                             G_N_ELEMENTS (funding_sources));

        bind_combo (self, combo, record, "source");
        adw_expander_row_add_row (row, GTK_WIDGET (combo));
        g_object_set_data (G_OBJECT (row), ROW_COMBO_KEY, combo);
        add_field_row (self, row, record, _("Initial budget (年初预算数)"), "initial");
        add_field_row (self, row, record, _("Full-year budget (全年预算数)"), "adjusted");
        add_field_row (self, row, record, _("Arrived (到位数)"), "arrived");
        add_field_row (self, row, record, _("Spent in the year (全年执行数)"), "actual");
        remove_tooltip = _("Remove this funding row");
      }
      break;

    case SECTION_WEIGHTS:
      add_field_row (self, row, record, _("Level 1 category (一级指标)"), "level1");
      add_field_row (self, row, record, _("Level 2 category (二级指标)"), "level2");
      add_field_row (self, row, record, _("Weight (points)"), "weight");
      add_field_row (self, row, record, _("Stated score"), "stated-score");
      remove_tooltip = _("Remove this category weight");
      break;

    case SECTION_ALLOCATIONS:
    default:
      add_field_row (self, row, record, _("Recipient"), "recipient");
      add_field_row (self, row, record, _("Sub-projects"), "subproject-count");
      add_field_row (self, row, record, _("Amount (万元)"), "amount");
      remove_tooltip = _("Remove this allocation line");
      break;
    }

  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove_button, "flat");
  gtk_widget_set_tooltip_text (remove_button, remove_tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_tooltip, -1);
  g_object_set_data_full (G_OBJECT (remove_button), ROW_RECORD_KEY, g_object_ref (record), g_object_unref);
  g_object_set_data (G_OBJECT (remove_button), "jx-child-set", (gpointer) section_child_sets[section]);
  g_signal_connect_object (remove_button, "clicked", G_CALLBACK (remove_child_clicked_cb), self, 0);
  adw_expander_row_add_action (row, remove_button);

  update_child_row (self, row);

  return row;
}

static void
clear_section (JxProjectDetail *self,
               SectionId        section)
{
  Section *s = &self->sections[section];

  for (guint i = 0; i < s->rows->len; i++)
    adw_preferences_group_remove (s->group, g_ptr_array_index (s->rows, i));
  g_ptr_array_set_size (s->rows, 0);
}

static void
build_section (JxProjectDetail *self,
               SectionId        section)
{
  Section *s = &self->sections[section];
  GPtrArray *children;

  clear_section (self, section);
  if (self->project == NULL || self->history == NULL)
    return;

  children = jx_record_get_children (JX_RECORD (self->project), section_child_sets[section]);
  for (guint i = 0; i < children->len; i++)
    {
      AdwExpanderRow *row = new_child_row (self, section, g_ptr_array_index (children, i));

      /* A single funding row is the usual case: show its fields at once. */
      if (section == SECTION_FUNDING && children->len == 1)
        adw_expander_row_set_expanded (row, TRUE);

      adw_preferences_group_add (s->group, GTK_WIDGET (row));
      g_ptr_array_add (s->rows, g_object_ref (row));
    }
}

static AdwExpanderRow *
find_child_row (JxProjectDetail *self,
                JxRecord        *record)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    for (guint j = 0; j < self->sections[i].rows->len; j++)
      {
        AdwExpanderRow *row = g_ptr_array_index (self->sections[i].rows, j);

        if (g_object_get_data (G_OBJECT (row), ROW_RECORD_KEY) == record)
          return row;
      }

  return NULL;
}

static void
add_child (JxProjectDetail *self,
           SectionId        section,
           JxRecord        *record)
{
  const char *child_set = section_child_sets[section];
  g_autoptr(GError) error = NULL;
  AdwExpanderRow *row;
  guint position;

  if (self->project == NULL || self->history == NULL)
    return;

  position = jx_record_get_children (JX_RECORD (self->project), child_set)->len;
  if (!jx_history_insert (self->history, JX_RECORD (self->project), child_set, position, record, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }

  /* The history said the list changed, and the rows are new: open the
   * one just added for its fields to be filled in. */
  row = find_child_row (self, record);
  if (row != NULL)
    {
      adw_expander_row_set_expanded (row, TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
add_funding_clicked_cb (JxProjectDetail *self)
{
  g_autoptr(JxFundingRow) row = jx_funding_row_new ();
  JxFundingSource source = JX_FUNDING_SOURCE_OTHER;
  GPtrArray *rows;

  if (self->project == NULL)
    return;

  /* The first source the project has no row of yet. */
  rows = jx_project_get_funding (self->project);
  for (JxFundingSource candidate = JX_FUNDING_SOURCE_APPROPRIATION; candidate <= JX_FUNDING_SOURCE_OTHER; candidate++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < rows->len && !used; i++)
        used = jx_funding_row_get_source (g_ptr_array_index (rows, i)) == candidate;

      if (!used)
        {
          source = candidate;
          break;
        }
    }

  jx_funding_row_set_source (row, source);
  add_child (self, SECTION_FUNDING, JX_RECORD (row));
}

static void
add_weight_clicked_cb (JxProjectDetail *self)
{
  g_autoptr(JxCategoryWeight) weight = jx_category_weight_new ();
  const char *level1 = level1_presets[0];
  GPtrArray *weights;

  if (self->project == NULL)
    return;

  /* The first preset category the project has no weight of yet. */
  weights = jx_project_get_category_weights (self->project);
  for (guint p = 0; p < G_N_ELEMENTS (level1_presets); p++)
    {
      gboolean used = FALSE;

      for (guint i = 0; i < weights->len && !used; i++)
        used = g_strcmp0 (jx_category_weight_get_level1 (g_ptr_array_index (weights, i)), level1_presets[p]) == 0;

      if (!used)
        {
          level1 = level1_presets[p];
          break;
        }
    }

  jx_category_weight_set_level1 (weight, level1);
  add_child (self, SECTION_WEIGHTS, JX_RECORD (weight));
}

static void
add_allocation_clicked_cb (JxProjectDetail *self)
{
  g_autoptr(JxAllocationLine) line = jx_allocation_line_new ();

  if (self->project == NULL)
    return;

  jx_allocation_line_set_recipient (line, _("New recipient"));
  add_child (self, SECTION_ALLOCATIONS, JX_RECORD (line));
}

/* The project's own fields. */

static void
update_header (JxProjectDetail *self)
{
  const char *name;
  const char *kind = NULL;
  const char *source = NULL;

  if (self->project == NULL)
    return;

  name = jx_project_get_name (self->project);
  gtk_label_set_text (self->title_label, name != NULL ? name : _("Project of no given name"));

  switch (jx_project_get_kind (self->project))
    {
    case JX_PROJECT_KIND_LOCAL:
      kind = _("Own project (本级项目)");
      break;
    case JX_PROJECT_KIND_TRANSFER:
      kind = _("Transfer payment (转移支付)");
      break;
    case JX_PROJECT_KIND_SPECIAL:
      kind = _("Special fund (专项资金)");
      break;
    case JX_PROJECT_KIND_NONE:
    default:
      kind = _("Kind not given");
      break;
    }

  switch (jx_project_get_transfer_source (self->project))
    {
    case JX_TRANSFER_SOURCE_CENTRAL:
      source = _("from the central government (中央)");
      break;
    case JX_TRANSFER_SOURCE_PROVINCIAL:
      source = _("from the province (省级)");
      break;
    case JX_TRANSFER_SOURCE_MUNICIPAL:
      source = _("from the city (市级)");
      break;
    case JX_TRANSFER_SOURCE_NONE:
    default:
      break;
    }

  if (source != NULL && jx_project_get_kind (self->project) == JX_PROJECT_KIND_TRANSFER)
    {
      /* Translators: a project's kind and where its money comes from,
       * "Transfer payment (转移支付) from the province (省级)" */
      g_autofree char *text = g_strdup_printf (C_("project kind and source", "%s %s"), kind, source);

      gtk_label_set_text (self->subtitle_label, text);
    }
  else
    {
      gtk_label_set_text (self->subtitle_label, kind);
    }

  self->updating = TRUE;
  show_enum (self->kind_row);
  show_enum (self->transfer_source_row);
  self->updating = FALSE;

  /* The source of a transfer payment means nothing for other kinds,
   * unless the data gives one anyway. */
  gtk_widget_set_visible (GTK_WIDGET (self->transfer_source_row),
                          jx_project_get_kind (self->project) == JX_PROJECT_KIND_TRANSFER ||
                          jx_project_get_transfer_source (self->project) != JX_TRANSFER_SOURCE_NONE);
}

static gboolean
same_key (const char *key,
          const char *property)
{
  for (; *key != '\0' && *property != '\0'; key++, property++)
    if (*key != *property && !((*key == '-' || *key == '_') && (*property == '-' || *property == '_')))
      return FALSE;

  return *key == *property;
}

static void
add_findings_of (JxProjectDetail *self,
                 GPtrArray       *all,
                 JxRecord        *subject)
{
  g_autoptr(GPtrArray) findings = jx_workspace_list_findings_for (self->workspace, subject);

  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (all, g_ptr_array_index (findings, i));
}

static GtkWidget *
new_finding_row (JxFinding *finding)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  const char *icon_name;
  const char *css_class;

  switch (finding->severity)
    {
    case JX_SEVERITY_ERROR:
      icon_name = "dialog-error-symbolic";
      css_class = "error";
      break;
    case JX_SEVERITY_WARNING:
      icon_name = "dialog-warning-symbolic";
      css_class = "warning";
      break;
    case JX_SEVERITY_INFO:
    default:
      icon_name = "dialog-information-symbolic";
      css_class = "accent";
      break;
    }

  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, jx_severity_to_string (finding->severity), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), finding->message);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  /* The severity in words, so that it does not rest on the colour. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), jx_severity_to_string (finding->severity));
  gtk_widget_add_css_class (row, "projects-finding");

  return row;
}

static void
update_findings (JxProjectDetail *self)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new ();

  for (guint i = 0; i < self->finding_rows->len; i++)
    adw_preferences_group_remove (self->findings_group, g_ptr_array_index (self->finding_rows, i));
  g_ptr_array_set_size (self->finding_rows, 0);

  if (self->project != NULL && self->workspace != NULL)
    {
      add_findings_of (self, findings, JX_RECORD (self->project));
      for (guint s = 0; s < N_SECTIONS; s++)
        {
          GPtrArray *children = jx_record_get_children (JX_RECORD (self->project), section_child_sets[s]);

          for (guint i = 0; i < children->len; i++)
            add_findings_of (self, findings, g_ptr_array_index (children, i));
        }
    }

  for (guint i = 0; i < findings->len; i++)
    {
      GtkWidget *row = new_finding_row (g_ptr_array_index (findings, i));

      adw_preferences_group_add (self->findings_group, row);
      g_ptr_array_add (self->finding_rows, g_object_ref (row));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->findings_group), findings->len > 0);

  /* Each field row shows, beside itself, what is found about its field. */
  for (guint i = 0; i < self->field_rows->len; i++)
    {
      JxFieldRow *row = g_ptr_array_index (self->field_rows, i);
      g_autoptr(GPtrArray) mine = g_ptr_array_new ();
      const char *property = NULL;

      g_object_get (row, "property", &property, NULL);
      for (guint j = 0; j < findings->len; j++)
        {
          JxFinding *finding = g_ptr_array_index (findings, j);

          if (finding->subject == JX_RECORD (self->project) && finding->field != NULL &&
              property != NULL && same_key (finding->field, property))
            g_ptr_array_add (mine, finding);
        }
      g_free ((char *) property);

      jx_field_row_set_findings (row, mine);
    }
}

static void
update_computed (JxProjectDetail *self)
{
  const JxProjectScore *score = NULL;
  g_autofree char *execution = NULL;
  g_autofree char *arrival = NULL;
  g_autofree char *total = NULL;
  g_autofree char *sum_text = NULL;
  g_autofree char *sum_computed = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *summary = NULL;
  GPtrArray *lines;
  gint64 budget;
  gint64 sum = JX_UNSET;
  gint64 subprojects = JX_UNSET;

  if (self->project == NULL)
    return;

  if (self->workspace != NULL)
    score = jx_workspace_find_project_score (self->workspace, self->project);

  budget = jx_project_get_budget (self->project);
  execution = jx_money_format_rate (jx_project_get_actual (self->project), budget);
  arrival = jx_money_format_rate (jx_project_get_arrived (self->project), budget);

  {
    /* TRANSLATORS: the figure computed from the data, beside the one the report states */
    g_autofree char *text = g_strdup_printf (_("computed %s"), execution);

    jx_field_row_set_computed (self->execution_rate_row, text);
  }
  {
    g_autofree char *text = g_strdup_printf (_("computed %s"), arrival);

    jx_field_row_set_computed (self->arrival_rate_row, text);
  }

  if (score != NULL)
    {
      const char *grade = score->complete ? jx_grade_to_string (score->grade) : NULL;
      g_autofree char *points = jx_number_format_points (score->total);
      g_autofree char *score_text = NULL;
      g_autofree char *grade_text = NULL;

      if (score->complete)
        score_text = g_strdup_printf (_("computed %s"), points);
      else
        /* TRANSLATORS: a score that counts only the parts known so far */
        score_text = g_strdup_printf (_("computed %s so far, incomplete"), points);
      jx_field_row_set_computed (self->score_row, score_text);

      if (grade != NULL)
        grade_text = g_strdup_printf (_("computed %s"), grade);
      else
        grade_text = g_strdup (_("no grade while the score is incomplete"));
      jx_field_row_set_computed (self->grade_row, grade_text);

      /* Without a weight of its own the project's execution part weighs
       * what the scoring profile says. */
      if (jx_project_get_execution_weight (self->project) == JX_UNSET)
        {
          g_autofree char *weight = jx_number_format_points (score->execution_weight);
          /* TRANSLATORS: the weight taken from the scoring profile when the project gives none */
          g_autofree char *weight_text = g_strdup_printf (_("%s by the scoring profile"), weight);

          jx_field_row_set_computed (self->execution_weight_row, weight_text);
        }
      else
        {
          jx_field_row_set_computed (self->execution_weight_row, NULL);
        }
    }
  else
    {
      jx_field_row_set_computed (self->score_row, NULL);
      jx_field_row_set_computed (self->grade_row, NULL);
      jx_field_row_set_computed (self->execution_weight_row, NULL);
    }

  lines = jx_project_get_allocations (self->project);
  for (guint i = 0; i < lines->len; i++)
    {
      JxAllocationLine *line = g_ptr_array_index (lines, i);
      gint64 count = jx_allocation_line_get_subproject_count (line);

      sum = jx_money_add_known (sum, jx_allocation_line_get_amount (line));
      if (count != JX_UNSET)
        subprojects = (subprojects == JX_UNSET ? 0 : subprojects) + count;
    }

  sum_text = jx_money_format_display (sum);
  sum_computed = g_strdup_printf (_("computed %s"), sum_text);
  jx_field_row_set_computed (self->allocation_total_row, lines->len > 0 ? sum_computed : NULL);

  gtk_label_set_text (self->allocation_sum_label, sum_text);
  if (subprojects != JX_UNSET)
    {
      count_text = g_strdup_printf ("%" G_GINT64_FORMAT, subprojects);
      /* TRANSLATORS: the allocation lines in short: number of lines, number of sub-projects */
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line, %s sub-projects", "%u lines, %s sub-projects",
                                              lines->len),
                                 lines->len, count_text);
    }
  else
    {
      summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u line", "%u lines", lines->len), lines->len);
    }
  adw_action_row_set_subtitle (self->allocation_sum_row, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->allocation_sum_row), lines->len > 0);
}

static void
bind_fields (JxProjectDetail *self)
{
  JxTextField *texts[] = {
    self->planned_target_field, self->actual_outcome_field,
    self->deviation_reason_field, self->improvement_field,
  };
  static const char * const text_properties[] = {
    "planned-target", "actual-outcome", "deviation-reason", "improvement",
  };

  for (guint i = 0; i < self->field_rows->len; i++)
    {
      JxFieldRow *row = g_ptr_array_index (self->field_rows, i);

      if (self->project != NULL && self->history != NULL)
        jx_field_row_bind (row, self->history, JX_RECORD (self->project));
      else
        jx_field_row_unbind (row);
    }

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (self->project != NULL && self->history != NULL)
        jx_text_field_bind (texts[i], self->history, JX_RECORD (self->project), text_properties[i]);
      else
        jx_text_field_unbind (texts[i]);
    }

  bind_combo (self, self->kind_row, self->project != NULL ? JX_RECORD (self->project) : NULL, "kind");
  bind_combo (self, self->transfer_source_row, self->project != NULL ? JX_RECORD (self->project) : NULL,
              "transfer-source");
}

static void
show_project (JxProjectDetail *self)
{
  gboolean shown = self->project != NULL && self->history != NULL;

  bind_fields (self);
  for (guint i = 0; i < N_SECTIONS; i++)
    build_section (self, i);

  if (!shown)
    {
      update_findings (self);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  update_header (self);
  update_computed (self);
  update_findings (self);
  gtk_stack_set_visible_child_name (self->stack, "project");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
}

static void
record_changed_cb (JxProjectDetail *self,
                   JxRecord        *record,
                   const char      *property)
{
  AdwExpanderRow *row;

  if (self->project == NULL)
    return;

  if (record == JX_RECORD (self->project))
    {
      update_header (self);
      return;
    }

  row = find_child_row (self, record);
  if (row != NULL)
    update_child_row (self, row);
}

static void
children_changed_cb (JxProjectDetail *self,
                     JxRecord        *owner,
                     const char      *child_set,
                     guint            position,
                     guint            removed,
                     guint            added)
{
  if (self->project == NULL || owner != JX_RECORD (self->project))
    return;

  for (guint i = 0; i < N_SECTIONS; i++)
    if (g_strcmp0 (child_set, section_child_sets[i]) == 0)
      build_section (self, i);
}

static void
scores_changed_cb (JxProjectDetail *self)
{
  if (self->project == NULL)
    return;

  update_computed (self);
  update_findings (self);
}

static void
indicators_clicked_cb (JxProjectDetail *self)
{
  if (self->project == NULL)
    return;

  if (self->workspace != NULL)
    jx_workspace_set_project (self->workspace, self->project);

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-indicators", NULL);
}

static void
disconnect_workspace (JxProjectDetail *self)
{
  if (self->undo_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->undo_toast, self);
      self->undo_toast = NULL;
    }

  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  g_clear_object (&self->history);
  g_clear_object (&self->workspace);
}

static void
jx_project_detail_dispose (GObject *object)
{
  JxProjectDetail *self = (JxProjectDetail *) object;

  /* Unbinding saves text that is being typed, while the project is here. */
  g_clear_object (&self->project);
  if (self->field_rows != NULL && self->stack != NULL)
    show_project (self);

  disconnect_workspace (self);

  for (guint i = 0; i < N_SECTIONS; i++)
    g_clear_pointer (&self->sections[i].rows, g_ptr_array_unref);
  g_clear_pointer (&self->finding_rows, g_ptr_array_unref);
  g_clear_pointer (&self->field_rows, g_ptr_array_unref);

  /* The bin's child is a template child too: the bin lets go of it
   * first, so that it is unparented once. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_PROJECT_DETAIL);

  G_OBJECT_CLASS (jx_project_detail_parent_class)->dispose (object);
}

static void
jx_project_detail_class_init (JxProjectDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_project_detail_dispose;

  g_type_ensure (JX_TYPE_FIELD_ROW);
  g_type_ensure (JX_TYPE_TEXT_FIELD);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-project-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, findings_group);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, general_group);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, name_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, code_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, kind_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, transfer_source_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, funding_group);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, figures_group);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, execution_rate_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, arrival_rate_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, attainment_rate_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, score_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, grade_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, planned_target_field);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, actual_outcome_field);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, deviation_reason_field);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, improvement_field);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, weights_group);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, execution_weight_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, allocations_group);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, allocation_total_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, allocation_sum_row);
  gtk_widget_class_bind_template_child (widget_class, JxProjectDetail, allocation_sum_label);
  gtk_widget_class_bind_template_callback (widget_class, indicators_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_funding_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_weight_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_allocation_clicked_cb);

  gtk_widget_class_install_action (widget_class, "detail.undo", NULL, undo_activated);
}

static void
jx_project_detail_init (JxProjectDetail *self)
{
  AdwPreferencesGroup *groups[N_SECTIONS];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->field_rows = g_ptr_array_new ();
  g_ptr_array_add (self->field_rows, self->name_row);
  g_ptr_array_add (self->field_rows, self->code_row);
  g_ptr_array_add (self->field_rows, self->execution_rate_row);
  g_ptr_array_add (self->field_rows, self->arrival_rate_row);
  g_ptr_array_add (self->field_rows, self->attainment_rate_row);
  g_ptr_array_add (self->field_rows, self->score_row);
  g_ptr_array_add (self->field_rows, self->grade_row);
  g_ptr_array_add (self->field_rows, self->execution_weight_row);
  g_ptr_array_add (self->field_rows, self->allocation_total_row);

  groups[SECTION_FUNDING] = self->funding_group;
  groups[SECTION_WEIGHTS] = self->weights_group;
  groups[SECTION_ALLOCATIONS] = self->allocations_group;
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      self->sections[i].group = groups[i];
      self->sections[i].rows = g_ptr_array_new_with_free_func (g_object_unref);
    }
  self->finding_rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_object_set_data (G_OBJECT (self->kind_row), COMBO_PROPERTY_KEY, (gpointer) "kind");
  g_object_set_data (G_OBJECT (self->transfer_source_row), COMBO_PROPERTY_KEY, (gpointer) "transfer-source");
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (combo_selected_cb), self, 0);
  g_signal_connect_object (self->transfer_source_row, "notify::selected", G_CALLBACK (combo_selected_cb), self, 0);

  show_project (self);
}

/**
 * jx_project_detail_new:
 *
 * Returns: (transfer floating): a detail that shows no project yet
 */
GtkWidget *
jx_project_detail_new (void)
{
  return g_object_new (JX_TYPE_PROJECT_DETAIL, NULL);
}

/**
 * jx_project_detail_set_workspace:
 * @self: a #JxProjectDetail
 * @workspace: (nullable): the workspace whose history edits go through
 *   and whose scores and findings are shown
 */
void
jx_project_detail_set_workspace (JxProjectDetail *self,
                                 JxWorkspace     *workspace)
{
  g_return_if_fail (JX_IS_PROJECT_DETAIL (self));
  g_return_if_fail (workspace == NULL || JX_IS_WORKSPACE (workspace));

  if (workspace == self->workspace)
    return;

  g_clear_object (&self->project);
  show_project (self);
  disconnect_workspace (self);

  if (workspace != NULL)
    {
      self->workspace = g_object_ref (workspace);
      self->history = g_object_ref (jx_workspace_get_history (workspace));

      g_signal_connect_object (self->history, "record-changed", G_CALLBACK (record_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "children-changed", G_CALLBACK (children_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->workspace, "scores-changed", G_CALLBACK (scores_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->history, "changed", G_CALLBACK (history_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

/**
 * jx_project_detail_get_project:
 * @self: a #JxProjectDetail
 *
 * Returns: (transfer none) (nullable): the project shown
 */
JxProject *
jx_project_detail_get_project (JxProjectDetail *self)
{
  g_return_val_if_fail (JX_IS_PROJECT_DETAIL (self), NULL);

  return self->project;
}

/**
 * jx_project_detail_set_project:
 * @self: a #JxProjectDetail
 * @project: (nullable): the project to show, of the workspace's year
 */
void
jx_project_detail_set_project (JxProjectDetail *self,
                               JxProject       *project)
{
  g_return_if_fail (JX_IS_PROJECT_DETAIL (self));
  g_return_if_fail (project == NULL || JX_IS_PROJECT (project));

  if (project == self->project)
    return;

  g_set_object (&self->project, project);
  show_project (self);
}
