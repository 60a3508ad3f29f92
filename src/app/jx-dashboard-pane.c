/* jx-dashboard-pane.c: the dashboard of a department-year: tiles and charts
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the workspace's department-year: tiles with the budget, spending,
 * execution rate, total score, grade and what the checker found, and every
 * chart of the chart library as a card with a menu to export, copy or
 * print it.  Clicking an item of a chart shows its record.  The figures
 * follow every edit ("scores-changed"), at the latest when the pane is
 * shown again.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-chart-view.h"
#include "jx-dashboard-pane.h"
#include "jx-deferred-refresh.h"

#define DEFAULT_MONTH 6

#define CHART_KEY "jx-chart-key"

struct _JxDashboardPane
{
  AdwBin             parent_instance;

  JxWorkspace       *workspace;
  JxDeferredRefresh *refresh;
  guint              month;
  GPtrArray         *views;        /* JxChartView shown, in order */
  GtkSpinButton     *month_spin;   /* in the monitoring card, or NULL */

  GtkStack          *stack;
  AdwStatusPage     *empty_page;
  GtkFlowBox        *tile_box;
  GtkBox            *chart_box;
  GtkLabel          *budget_value;
  GtkLabel          *budget_caption;
  GtkLabel          *actual_value;
  GtkLabel          *actual_caption;
  GtkLabel          *rate_value;
  GtkLabel          *rate_caption;
  GtkLabel          *score_value;
  GtkLabel          *score_caption;
  GtkLabel          *grade_value;
  GtkLabel          *grade_caption;
  GtkLabel          *findings_value;
  GtkLabel          *findings_caption;
};

G_DEFINE_FINAL_TYPE (JxDashboardPane, jx_dashboard_pane, ADW_TYPE_BIN)

/* The charts in the order shown; charts of one group share a row. */
static const struct {
  JxChartKind kind;
  guint       group;
} dashboard_charts[] = {
  { JX_CHART_KIND_EXECUTION,     0 },
  { JX_CHART_KIND_BUDGET_ACTUAL, 0 },
  { JX_CHART_KIND_ATTAINMENT,    1 },
  { JX_CHART_KIND_STRUCTURE,     1 },
  { JX_CHART_KIND_TREND,         1 },
  { JX_CHART_KIND_SCORE,         2 },
  { JX_CHART_KIND_MONITORING,    3 },
  { JX_CHART_KIND_ALLOCATION,    4 },
};

static void refresh (JxDashboardPane *self);

/**
 * jx_dashboard_score_year:
 * @workspace: the window's workspace
 * @year: a department-year of its database
 * @error: return location for a #JX_STORE_ERROR
 *
 * Scores @year, the selected one or another.  Another year is read whole
 * through the workspace, which reads each year once: reading a year again
 * would replace the records that the history and the panes hold.
 *
 * Returns: (transfer full) (nullable): a score of its own, or %NULL with
 *   @error set
 */
JxYearScore *
jx_dashboard_score_year (JxWorkspace       *workspace,
                         JxDepartmentYear  *year,
                         GError           **error)
{
  g_autoptr(JxScoringProfile) profile = NULL;

  g_return_val_if_fail (JX_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (year), NULL);

  if (!jx_workspace_load_year (workspace, year, error))
    return NULL;

  profile = jx_year_score_load_profile (jx_workspace_get_store (workspace), year, error);
  if (profile == NULL)
    return NULL;

  return jx_year_score_new (profile, year);
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  gint64 year_a = jx_department_year_get_year (*(JxDepartmentYear * const *) a);
  gint64 year_b = jx_department_year_get_year (*(JxDepartmentYear * const *) b);

  return (year_a > year_b) - (year_a < year_b);
}

/* The department's execution rate and score over its years: the selected
 * year as the workspace scores it, the others as stored. */
static JxChartData *
build_trend (JxDashboardPane *self)
{
  JxDepartment *department = jx_workspace_get_department (self->workspace);
  JxDepartmentYear *selected = jx_workspace_get_year (self->workspace);
  GPtrArray *department_years = jx_department_get_years (department);
  g_autoptr(GPtrArray) years = g_ptr_array_sized_new (department_years->len);
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_year_score_free);
  g_autoptr(GPtrArray) scores = g_ptr_array_new ();

  /* Not g_ptr_array_copy (): the copy would unref what it does not own. */
  for (guint i = 0; i < department_years->len; i++)
    g_ptr_array_add (years, g_ptr_array_index (department_years, i));
  g_ptr_array_sort (years, compare_years);

  for (guint i = 0; i < years->len; i++)
    {
      JxDepartmentYear *year = g_ptr_array_index (years, i);
      g_autoptr(GError) error = NULL;
      JxYearScore *score;

      if (year == selected)
        {
          g_ptr_array_add (scores, jx_workspace_get_score (self->workspace));
          continue;
        }

      score = jx_dashboard_score_year (self->workspace, year, &error);
      if (score == NULL)
        {
          g_warning ("Cannot score %s %d for the trend: %s", jx_department_get_name (department),
                     (int) jx_department_year_get_year (year), error->message);
          continue;
        }
      g_ptr_array_add (loaded, score);
      g_ptr_array_add (scores, score);
    }

  return jx_chart_builder_trend (jx_department_get_name (department), scores);
}

static JxChartData *
build_chart (JxDashboardPane *self,
             JxChartKind      kind)
{
  JxYearScore *score = jx_workspace_get_score (self->workspace);
  const char *department = jx_department_get_name (jx_workspace_get_department (self->workspace));

  switch (kind)
    {
    case JX_CHART_KIND_TREND:
      return build_trend (self);
    case JX_CHART_KIND_MONITORING:
      return jx_chart_builder_monitoring (score, department, self->month);
    case JX_CHART_KIND_EXECUTION:
    case JX_CHART_KIND_BUDGET_ACTUAL:
    case JX_CHART_KIND_ATTAINMENT:
    case JX_CHART_KIND_SCORE:
    case JX_CHART_KIND_STRUCTURE:
      return jx_chart_builder_for_year (kind, score, department);
    case JX_CHART_KIND_ALLOCATION:
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
has_charts (JxDashboardPane *self)
{
  JxDepartmentYear *year;

  if (self->workspace == NULL || jx_workspace_get_score (self->workspace) == NULL)
    return FALSE;

  year = jx_workspace_get_year (self->workspace);
  return year != NULL && jx_department_year_get_projects (year)->len > 0;
}

/* Appends the charts that @kind names, and their keys ("execution",
 * "allocation-12" for the allocation chart of project 12) if @keys. */
static void
collect_charts (JxDashboardPane *self,
                const char      *kind,
                GPtrArray       *charts,
                GPtrArray       *keys)
{
  gboolean all = g_strcmp0 (kind, "all") == 0;
  JxDepartmentYear *year;
  const char *department;

  if (!has_charts (self))
    return;

  year = jx_workspace_get_year (self->workspace);
  department = jx_department_get_name (jx_workspace_get_department (self->workspace));

  for (guint i = 0; i < G_N_ELEMENTS (dashboard_charts); i++)
    {
      JxChartKind chart_kind = dashboard_charts[i].kind;
      const char *name = jx_chart_kind_to_string (chart_kind);

      if (chart_kind == JX_CHART_KIND_ALLOCATION)
        {
          GPtrArray *projects = jx_department_year_get_projects (year);

          /* One chart per project that has allocation lines. */
          for (guint p = 0; p < projects->len; p++)
            {
              JxProject *project = g_ptr_array_index (projects, p);
              g_autofree char *key = NULL;

              if (jx_project_get_allocations (project)->len == 0)
                continue;

              key = g_strdup_printf ("%s-%" G_GINT64_FORMAT, name, jx_record_get_id (JX_RECORD (project)));
              if (!all && g_strcmp0 (kind, name) != 0 && g_strcmp0 (kind, key) != 0)
                continue;

              g_ptr_array_add (charts, jx_chart_builder_allocation (project, department,
                                                                    jx_department_year_get_year (year)));
              if (keys != NULL)
                g_ptr_array_add (keys, g_steal_pointer (&key));
            }
        }
      else if (all || g_strcmp0 (kind, name) == 0)
        {
          g_ptr_array_add (charts, build_chart (self, chart_kind));
          if (keys != NULL)
            g_ptr_array_add (keys, g_strdup (name));
        }
    }
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text);
  /* Ellipsized in a narrow tile: whole in the tooltip. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), text);
}

static void
update_tiles (JxDashboardPane *self)
{
  JxYearScore *score = jx_workspace_get_score (self->workspace);
  GPtrArray *findings = jx_workspace_get_findings (self->workspace);
  guint n_errors = findings != NULL ? jx_checker_count (findings, JX_SEVERITY_ERROR) : 0;
  guint n_warnings = findings != NULL ? jx_checker_count (findings, JX_SEVERITY_WARNING) : 0;
  guint n_notes = findings != NULL ? jx_checker_count (findings, JX_SEVERITY_INFO) : 0;
  g_autofree char *budget = jx_money_format_display (score->budget);
  g_autofree char *actual = jx_money_format_display (score->actual);
  g_autofree char *rate = jx_money_format_rate (score->actual, score->budget);
  g_autofree char *execution_score = jx_number_format_points (score->execution_score);
  g_autofree char *execution_weight = jx_number_format_points (score->execution_weight);
  g_autofree char *rate_caption = NULL;
  g_autofree char *total = jx_number_format_points (score->total);
  g_autofree char *score_caption = NULL;
  g_autofree char *profile_caption = NULL;
  g_autofree char *findings_total = g_strdup_printf ("%u", n_errors + n_warnings + n_notes);
  g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors), n_errors);
  g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings), n_warnings);
  g_autofree char *notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n_notes), n_notes);
  g_autofree char *findings_caption = NULL;

  set_label (self->budget_value, budget);
  set_label (self->budget_caption, _("万元, full-year budget"));
  set_label (self->actual_value, actual);
  set_label (self->actual_caption, _("万元, spent in the year"));

  set_label (self->rate_value, rate);
  /* TRANSLATORS: the execution part of the score, e.g. "Execution score 10.00 of 10.00" */
  rate_caption = g_strdup_printf (_("Execution score %s of %s"), execution_score, execution_weight);
  gtk_widget_remove_css_class (GTK_WIDGET (self->rate_value), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->rate_value), "warning");
  if (score->actual != JX_UNSET && score->budget != JX_UNSET && score->budget > 0)
    {
      const char *status = NULL;

      /* As the execution chart judges it, said in words as well. */
      if (score->actual > score->budget)
        {
          status = _("Over the budget");
          gtk_widget_add_css_class (GTK_WIDGET (self->rate_value), "warning");
        }
      else if ((__int128) score->actual * 10 < (__int128) score->budget * 9)
        {
          status = _("Below 90%");
          gtk_widget_add_css_class (GTK_WIDGET (self->rate_value), "error");
        }

      if (status != NULL)
        {
          char *with_status = g_strdup_printf ("%s · %s", status, rate_caption);

          g_free (rate_caption);
          rate_caption = with_status;
        }
    }
  set_label (self->rate_caption, rate_caption);

  if (score->complete)
    {
      set_label (self->score_value, total);
      set_label (self->score_caption, _("of 100 points"));
      set_label (self->grade_value, jx_grade_to_string (score->grade));
      profile_caption = g_strdup_printf (_("Scored by “%s”"), jx_scoring_profile_get_name (score->profile));
      set_label (self->grade_caption, profile_caption);
    }
  else
    {
      set_label (self->score_value, "—");
      /* TRANSLATORS: the points known so far of an incomplete total */
      score_caption = score->execution_score == JX_UNSET && score->total == 0
        ? g_strdup (_("Nothing scored yet"))
        : g_strdup_printf (_("Incomplete: %s points so far"), total);
      set_label (self->score_caption, score_caption);
      set_label (self->grade_value, "—");
      set_label (self->grade_caption, _("Graded once the score is complete"));
    }

  set_label (self->findings_value, findings_total);
  /* TRANSLATORS: "0 errors · 19 warnings · 4 notes" */
  findings_caption = g_strdup_printf (_("%s · %s · %s"), errors, warnings, notes);
  set_label (self->findings_caption, findings_caption);

  gtk_widget_remove_css_class (GTK_WIDGET (self->findings_value), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->findings_value), "warning");
  if (n_errors > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->findings_value), "error");
  else if (n_warnings > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->findings_value), "warning");
}

/* The record a chart item stands for, in the selected year. */
static void
item_activated_cb (JxDashboardPane *self,
                   guint            item,
                   gint64           record_id,
                   JxChartView     *view)
{
  JxDepartment *department;
  JxDepartmentYear *year;
  GPtrArray *projects;
  GPtrArray *records;

  if (record_id <= 0 || self->workspace == NULL || jx_workspace_get_year (self->workspace) == NULL)
    return;

  department = jx_workspace_get_department (self->workspace);
  year = jx_workspace_get_year (self->workspace);
  projects = jx_department_year_get_projects (year);

  for (guint p = 0; p < projects->len; p++)
    {
      JxProject *project = g_ptr_array_index (projects, p);
      GPtrArray *indicators = jx_project_get_indicators (project);
      GPtrArray *allocations = jx_project_get_allocations (project);

      if (jx_record_get_id (JX_RECORD (project)) == record_id)
        {
          jx_workspace_activate (self->workspace, JX_RECORD (project));
          return;
        }

      for (guint i = 0; i < indicators->len; i++)
        if (jx_record_get_id (g_ptr_array_index (indicators, i)) == record_id)
          {
            jx_workspace_activate (self->workspace, g_ptr_array_index (indicators, i));
            return;
          }

      /* An allocation line is shown with its project. */
      for (guint i = 0; i < allocations->len; i++)
        if (jx_record_get_id (g_ptr_array_index (allocations, i)) == record_id)
          {
            jx_workspace_activate (self->workspace, JX_RECORD (project));
            return;
          }
    }

  records = jx_department_year_get_indicators (year);
  for (guint i = 0; i < records->len; i++)
    if (jx_record_get_id (g_ptr_array_index (records, i)) == record_id)
      {
        jx_workspace_activate (self->workspace, g_ptr_array_index (records, i));
        return;
      }

  /* A line of the expenditure structure is shown with its year. */
  records = jx_department_year_get_budget_lines (year);
  for (guint i = 0; i < records->len; i++)
    if (jx_record_get_id (g_ptr_array_index (records, i)) == record_id)
      {
        jx_workspace_activate (self->workspace, JX_RECORD (year));
        return;
      }

  /* A year of the trend: its dashboard. */
  records = jx_department_get_years (department);
  for (guint i = 0; i < records->len; i++)
    if (jx_record_get_id (g_ptr_array_index (records, i)) == record_id)
      {
        g_autoptr(GError) error = NULL;

        if (!jx_workspace_select_year (self->workspace, department, g_ptr_array_index (records, i), &error))
          g_warning ("Cannot show the year: %s", error->message);
        return;
      }
}

static JxChartView *
find_view (JxDashboardPane *self,
           const char      *key)
{
  for (guint i = 0; i < self->views->len; i++)
    {
      JxChartView *view = g_ptr_array_index (self->views, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (view), CHART_KEY), key) == 0)
        return view;
    }

  return NULL;
}

static void
month_changed_cb (JxDashboardPane *self,
                  GtkSpinButton   *spin)
{
  jx_dashboard_pane_set_month (self, (guint) gtk_spin_button_get_value_as_int (spin));
}

static GMenuModel *
create_chart_menu (const char *key)
{
  static const struct {
    const char *label;
    const char *action;
  } entries[] = {
    { N_("Export…"), "win.export-chart" },
    { N_("Copy"), "win.copy-chart" },
    { N_("Print…"), "win.print-chart" },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(entries[i].label), NULL);

      g_menu_item_set_action_and_target_value (item, entries[i].action, g_variant_new_string (key));
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

/* A card: the chart, which draws its own title, and at its top right the
 * chart's menu (and for the monitoring, the month). */
static GtkWidget *
create_card (JxDashboardPane *self,
             const char      *key,
             JxChartData     *data)
{
  GtkWidget *card = gtk_overlay_new ();
  GtkWidget *view = jx_chart_view_new ();
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = create_chart_menu (key);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "dashboard-chart");
  gtk_widget_set_overflow (card, GTK_OVERFLOW_HIDDEN);

  gtk_widget_set_hexpand (view, TRUE);
  g_object_set_data_full (G_OBJECT (view), CHART_KEY, g_strdup (key), g_free);
  g_signal_connect_object (view, "item-activated", G_CALLBACK (item_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_overlay_set_child (GTK_OVERLAY (card), view);

  gtk_widget_set_halign (tools, GTK_ALIGN_END);
  gtk_widget_set_valign (tools, GTK_ALIGN_START);
  gtk_widget_set_margin_top (tools, 6);
  gtk_widget_set_margin_end (tools, 6);

  if (data->kind == JX_CHART_KIND_MONITORING)
    {
      GtkWidget *label = gtk_label_new (_("Month"));
      GtkWidget *spin = gtk_spin_button_new_with_range (1, 12, 1);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), self->month);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Month of the monitoring"), -1);
      g_signal_connect_object (spin, "value-changed", G_CALLBACK (month_changed_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (tools), label);
      gtk_box_append (GTK_BOX (tools), spin);
      self->month_spin = GTK_SPIN_BUTTON (spin);
    }

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_tooltip_text (menu_button, _("Export, copy or print this chart"));
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_box_append (GTK_BOX (tools), menu_button);
  gtk_overlay_add_overlay (GTK_OVERLAY (card), tools);

  jx_chart_view_set_data (JX_CHART_VIEW (view), data);
  g_ptr_array_add (self->views, view);

  return card;
}

static guint
group_of (JxChartKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (dashboard_charts); i++)
    if (dashboard_charts[i].kind == kind)
      return dashboard_charts[i].group;

  return G_MAXUINT;
}

static gboolean
same_keys (GPtrArray *views,
           GPtrArray *keys)
{
  if (views->len != keys->len)
    return FALSE;

  for (guint i = 0; i < keys->len; i++)
    if (g_strcmp0 (g_object_get_data (G_OBJECT (g_ptr_array_index (views, i)), CHART_KEY),
                   g_ptr_array_index (keys, i)) != 0)
      return FALSE;

  return TRUE;
}

static void
remove_charts (JxDashboardPane *self)
{
  GtkWidget *child;

  g_ptr_array_set_size (self->views, 0);
  self->month_spin = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->chart_box))) != NULL)
    gtk_box_remove (self->chart_box, child);
}

static void
update_charts (JxDashboardPane *self)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_data_free);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  GtkFlowBox *row = NULL;
  guint row_group = G_MAXUINT;

  collect_charts (self, "all", charts, keys);

  /* The same charts as before: new figures, the widgets (and the
   * keyboard focus) stay. */
  if (same_keys (self->views, keys))
    {
      for (guint i = 0; i < charts->len; i++)
        {
          jx_chart_view_set_data (g_ptr_array_index (self->views, i), g_ptr_array_index (charts, i));
          charts->pdata[i] = NULL;
        }
      return;
    }

  remove_charts (self);

  for (guint i = 0; i < charts->len; i++)
    {
      JxChartData *data = g_ptr_array_index (charts, i);
      guint group = group_of (data->kind);
      GtkWidget *card;

      if (row == NULL || group != row_group)
        {
          guint n_in_group = 0;

          for (guint j = i; j < charts->len && group_of (((JxChartData *) g_ptr_array_index (charts, j))->kind) == group; j++)
            n_in_group++;

          row = GTK_FLOW_BOX (gtk_flow_box_new ());
          gtk_flow_box_set_selection_mode (row, GTK_SELECTION_NONE);
          gtk_flow_box_set_homogeneous (row, TRUE);
          gtk_flow_box_set_min_children_per_line (row, 1);
          gtk_flow_box_set_max_children_per_line (row, MIN (n_in_group, 3));
          gtk_flow_box_set_column_spacing (row, 12);
          gtk_flow_box_set_row_spacing (row, 12);
          gtk_box_append (self->chart_box, GTK_WIDGET (row));
          row_group = group;
        }

      card = create_card (self, g_ptr_array_index (keys, i), data);
      charts->pdata[i] = NULL;
      gtk_flow_box_append (row, card);
      /* The chart takes the focus, not the box around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
}

static void
refresh (JxDashboardPane *self)
{
  JxDepartmentYear *year;

  year = self->workspace != NULL ? jx_workspace_get_year (self->workspace) : NULL;
  if (year == NULL || jx_workspace_get_score (self->workspace) == NULL)
    {
      remove_charts (self);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  if (!has_charts (self))
    {
      g_autofree char *description = NULL;

      remove_charts (self);
      description = g_strdup_printf (_("%s has no projects entered for %d. Enter each project of the year with "
                                       "its funding (budget and spending) and its performance indicators with "
                                       "their targets and actual values; this dashboard then shows the budget "
                                       "execution, scores and targets met."),
                                     jx_department_get_name (jx_workspace_get_department (self->workspace)),
                                     (int) jx_department_year_get_year (year));
      adw_status_page_set_description (self->empty_page, description);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  update_tiles (self);
  update_charts (self);
  gtk_stack_set_visible_child_name (self->stack, "dashboard");
}

static void
queue_refresh (JxDashboardPane *self)
{
  jx_deferred_refresh_queue (self->refresh);
}

static void
jx_dashboard_pane_map (GtkWidget *widget)
{
  JxDashboardPane *self = JX_DASHBOARD_PANE (widget);

  jx_deferred_refresh_mapped (self->refresh);

  GTK_WIDGET_CLASS (jx_dashboard_pane_parent_class)->map (widget);
}

static void
jx_dashboard_pane_dispose (GObject *object)
{
  JxDashboardPane *self = (JxDashboardPane *) object;

  g_clear_pointer (&self->refresh, jx_deferred_refresh_free);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);
  self->month_spin = NULL;
  g_clear_pointer (&self->views, g_ptr_array_unref);

  /* The stack is the bin's child and a template child: the bin lets it
   * go first, so that disposing the template does not leave it dangling. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_DASHBOARD_PANE);

  G_OBJECT_CLASS (jx_dashboard_pane_parent_class)->dispose (object);
}

static void
jx_dashboard_pane_class_init (JxDashboardPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_dashboard_pane_dispose;
  widget_class->map = jx_dashboard_pane_map;

  g_type_ensure (JX_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-dashboard-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, stack);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, empty_page);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, tile_box);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, chart_box);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, budget_value);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, budget_caption);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, actual_value);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, actual_caption);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, rate_value);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, rate_caption);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, score_value);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, score_caption);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, grade_value);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, grade_caption);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, findings_value);
  gtk_widget_class_bind_template_child (widget_class, JxDashboardPane, findings_caption);
}

static void
jx_dashboard_pane_init (JxDashboardPane *self)
{
  self->month = DEFAULT_MONTH;
  self->views = g_ptr_array_new ();
  self->refresh = jx_deferred_refresh_new (GTK_WIDGET (self), (JxRefreshFunc) refresh);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The tiles only show figures: the keyboard passes them by. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tile_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_stack_set_visible_child_name (self->stack, "none");
}

GtkWidget *
jx_dashboard_pane_new (void)
{
  return g_object_new (JX_TYPE_DASHBOARD_PANE, NULL);
}

/**
 * jx_dashboard_pane_set_workspace:
 * @self: a dashboard
 * @workspace: (nullable): the window's workspace
 *
 * Shows the dashboard of @workspace's department-year, and follows it.
 */
void
jx_dashboard_pane_set_workspace (JxDashboardPane *self,
                                 JxWorkspace     *workspace)
{
  g_return_if_fail (JX_IS_DASHBOARD_PANE (self));
  g_return_if_fail (workspace == NULL || JX_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);

  if (workspace != NULL)
    {
      g_signal_connect_object (workspace, "scores-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "notify::year", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "notify::department", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
    }

  jx_deferred_refresh_now (self->refresh);
}

/**
 * jx_dashboard_pane_build_charts:
 * @self: a dashboard
 * @kind: a chart kind's name ("execution", "budget-actual", "attainment",
 *   "score", "structure", "trend", "monitoring", "allocation" for the
 *   allocation charts of every project that has allocation lines,
 *   "allocation-ID" for that of project ID), or "all" for every chart of
 *   the dashboard
 *
 * The charts of the dashboard, freshly built from the workspace's current
 * scores, for exporting, copying and printing.  The monitoring chart is
 * for the month chosen on the dashboard.
 *
 * Returns: (transfer container) (element-type JxChartData): the charts,
 *   none when no department-year with projects is selected or @kind names
 *   none
 */
GPtrArray *
jx_dashboard_pane_build_charts (JxDashboardPane *self,
                                const char      *kind)
{
  GPtrArray *charts;

  g_return_val_if_fail (JX_IS_DASHBOARD_PANE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_data_free);
  collect_charts (self, kind, charts, NULL);

  return charts;
}

/**
 * jx_dashboard_pane_get_month:
 * @self: a dashboard
 *
 * Returns: the month (1 to 12) of the monitoring chart
 */
guint
jx_dashboard_pane_get_month (JxDashboardPane *self)
{
  g_return_val_if_fail (JX_IS_DASHBOARD_PANE (self), DEFAULT_MONTH);

  return self->month;
}

/**
 * jx_dashboard_pane_set_month:
 * @self: a dashboard
 * @month: a month, 1 to 12
 *
 * Shows the mid-year monitoring at @month.
 */
void
jx_dashboard_pane_set_month (JxDashboardPane *self,
                             guint            month)
{
  JxChartView *view;

  g_return_if_fail (JX_IS_DASHBOARD_PANE (self));
  g_return_if_fail (month >= 1 && month <= 12);

  if (self->month == month)
    return;

  self->month = month;
  if (self->month_spin != NULL && (guint) gtk_spin_button_get_value_as_int (self->month_spin) != month)
    gtk_spin_button_set_value (self->month_spin, month);

  view = find_view (self, jx_chart_kind_to_string (JX_CHART_KIND_MONITORING));
  if (view != NULL && has_charts (self))
    jx_chart_view_set_data (view, build_chart (self, JX_CHART_KIND_MONITORING));
}
