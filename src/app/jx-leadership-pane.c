/* jx-leadership-pane.c: every department of a year side by side, for leadership
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For one year, chosen among the years of the database: each department's
 * execution rate and total score as charts, and a table of its budget,
 * spending, rate, score, grade and the errors the checker found.  A click
 * on a department (in a chart or the table) opens its year.
 *
 * The selected year's figures come from the workspace; the other
 * departments' years are read through the workspace, which reads each
 * year once and keeps it (reading it again would replace the records that
 * the history and the panes hold), and are scored here.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-chart-view.h"
#include "jx-dashboard-pane.h"
#include "jx-deferred-refresh.h"
#include "jx-leadership-pane.h"

/* What the pane shows of one department's year. */
typedef struct {
  JxDepartment     *department;
  JxDepartmentYear *year;
  gint64            budget;
  gint64            actual;
  gint64            execution_score;
  gint64            execution_weight;
  gint64            total;
  gboolean          scored;             /* whether any part of the total is known */
  gboolean          complete;
  JxGrade           grade;
  guint             n_errors;
  guint             n_warnings;
} Row;

struct _JxLeadershipPane
{
  AdwBin             parent_instance;

  JxWorkspace       *workspace;
  JxDeferredRefresh *refresh;
  gboolean           updating_years;
  gint64             year;          /* the year shown, or 0 */
  GHashTable        *rows;          /* JxDepartmentYear → Row */
  GListStore        *years;         /* JxDepartmentYear shown in the table */

  GtkStack          *stack;
  GtkLabel          *heading;
  GtkDropDown       *year_dropdown;
  GtkStringList     *year_list;
  JxChartView       *execution_view;
  JxChartView       *score_view;
  GtkColumnView     *table;
};

G_DEFINE_FINAL_TYPE (JxLeadershipPane, jx_leadership_pane, ADW_TYPE_BIN)

static void
row_free (Row *row)
{
  g_clear_object (&row->department);
  g_clear_object (&row->year);
  g_free (row);
}

/* The columns of the table. */

typedef char *(*RowText) (const Row *row);

static char *
row_department (const Row *row)
{
  return g_strdup (jx_department_get_name (row->department));
}

static char *
row_budget (const Row *row)
{
  return jx_money_format_display (row->budget);
}

static char *
row_actual (const Row *row)
{
  return jx_money_format_display (row->actual);
}

static char *
row_rate (const Row *row)
{
  return jx_money_format_rate (row->actual, row->budget);
}

static char *
row_score (const Row *row)
{
  g_autofree char *total = jx_number_format_points (row->total);

  if (!row->scored)
    return g_strdup ("—");
  if (row->complete)
    return g_steal_pointer (&total);
  /* TRANSLATORS: a total score that lacks parts, e.g. "10.00 (incomplete)" */
  return g_strdup_printf (_("%s (incomplete)"), total);
}

static char *
row_grade (const Row *row)
{
  return g_strdup (row->grade != JX_GRADE_NONE ? jx_grade_to_string (row->grade) : "—");
}

static char *
row_errors (const Row *row)
{
  return g_strdup_printf ("%u", row->n_errors);
}

static int
compare_gint64 (gint64 a,
                gint64 b)
{
  /* Unknown amounts last. */
  if (a == JX_UNSET || b == JX_UNSET)
    return (a == JX_UNSET) - (b == JX_UNSET);
  return (a > b) - (a < b);
}

static int
compare_rates (const Row *a,
               const Row *b)
{
  double rate_a;
  double rate_b;
  gboolean known_a = jx_money_rate (a->actual, a->budget, &rate_a);
  gboolean known_b = jx_money_rate (b->actual, b->budget, &rate_b);

  if (!known_a || !known_b)
    return !known_a - !known_b;
  return (rate_a > rate_b) - (rate_a < rate_b);
}

typedef enum {
  COLUMN_DEPARTMENT,
  COLUMN_BUDGET,
  COLUMN_ACTUAL,
  COLUMN_RATE,
  COLUMN_SCORE,
  COLUMN_GRADE,
  COLUMN_ERRORS,
} Column;

static int
compare_rows (const Row *a,
              const Row *b,
              Column     column)
{
  switch (column)
    {
    case COLUMN_DEPARTMENT:
      return g_utf8_collate (jx_department_get_name (a->department), jx_department_get_name (b->department));
    case COLUMN_BUDGET:
      return compare_gint64 (a->budget, b->budget);
    case COLUMN_ACTUAL:
      return compare_gint64 (a->actual, b->actual);
    case COLUMN_RATE:
      return compare_rates (a, b);
    case COLUMN_SCORE:
    case COLUMN_GRADE:
      /* Unscored, then incomplete, then complete totals; the grade goes
       * with the total. */
      if (a->scored != b->scored)
        return a->scored ? 1 : -1;
      if (a->complete != b->complete)
        return a->complete ? 1 : -1;
      return compare_gint64 (a->total, b->total);
    case COLUMN_ERRORS:
    default:
      return (a->n_errors > b->n_errors) - (a->n_errors < b->n_errors);
    }
}

static int
sort_rows_cb (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GtkColumnViewColumn *column = user_data;
  JxLeadershipPane *self = g_object_get_data (G_OBJECT (column), "jx-pane");
  const Row *row_a = g_hash_table_lookup (self->rows, a);
  const Row *row_b = g_hash_table_lookup (self->rows, b);

  if (row_a == NULL || row_b == NULL)
    return (row_a == NULL) - (row_b == NULL);

  return compare_rows (row_a, row_b, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "jx-column")));
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               JxLeadershipPane         *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "jx-numeric"));

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), numeric ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              JxLeadershipPane         *self)
{
  RowText text_func = (RowText) g_object_get_data (G_OBJECT (factory), "jx-row-text");
  const Row *row = g_hash_table_lookup (self->rows, gtk_list_item_get_item (item));
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = row != NULL ? text_func (row) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, text);

  gtk_widget_remove_css_class (label, "error");
  if (text_func == row_errors && row != NULL && row->n_errors > 0)
    gtk_widget_add_css_class (label, "error");
}

static void
add_column (JxLeadershipPane *self,
            const char       *title,
            Column            column_id,
            gboolean          numeric,
            RowText           text_func)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;

  g_object_set_data (G_OBJECT (factory), "jx-numeric", GINT_TO_POINTER (numeric));
  g_object_set_data (G_OBJECT (factory), "jx-row-text", (gpointer) text_func);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), self);

  column = gtk_column_view_column_new (title, factory);
  g_object_set_data (G_OBJECT (column), "jx-pane", self);
  g_object_set_data (G_OBJECT (column), "jx-column", GINT_TO_POINTER (column_id));
  sorter = GTK_SORTER (gtk_custom_sorter_new (sort_rows_cb, column, NULL));
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, !numeric);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (self->table, column);
}

/* The rows. */

/* The score of @year: the workspace's for the year it has selected, else
 * one of its own, which @owned keeps. */
static JxYearScore *
score_year (JxLeadershipPane  *self,
            JxDepartmentYear  *year,
            GPtrArray         *owned,
            GError           **error)
{
  JxYearScore *score;

  if (year == jx_workspace_get_year (self->workspace) && jx_workspace_get_score (self->workspace) != NULL)
    return jx_workspace_get_score (self->workspace);

  score = jx_dashboard_score_year (self->workspace, year, error);
  if (score != NULL)
    g_ptr_array_add (owned, score);

  return score;
}

static Row *
create_row (JxLeadershipPane *self,
            JxDepartment     *department,
            JxYearScore      *score)
{
  g_autoptr(GPtrArray) own_findings = NULL;
  GPtrArray *findings;
  Row *row;

  if (score == jx_workspace_get_score (self->workspace))
    findings = jx_workspace_get_findings (self->workspace);
  else
    findings = own_findings = jx_checker_check_year (score, jx_department_get_name (department));

  row = g_new0 (Row, 1);
  row->department = g_object_ref (department);
  row->year = g_object_ref (score->year);
  row->budget = score->budget;
  row->actual = score->actual;
  row->execution_score = score->execution_score;
  row->execution_weight = score->execution_weight;
  row->total = score->total;
  row->scored = score->execution_score != JX_UNSET;
  for (guint i = 0; i < score->n_indicators; i++)
    if (score->indicators[i].status == JX_SCORE_STATUS_SCORED)
      row->scored = TRUE;
  row->complete = score->complete;
  row->grade = score->grade;
  row->n_errors = findings != NULL ? jx_checker_count (findings, JX_SEVERITY_ERROR) : 0;
  row->n_warnings = findings != NULL ? jx_checker_count (findings, JX_SEVERITY_WARNING) : 0;

  return row;
}

static JxDepartmentYear *
find_year (JxDepartment *department,
           gint64        year_number)
{
  GPtrArray *years = jx_department_get_years (department);

  for (guint i = 0; i < years->len; i++)
    if (jx_department_year_get_year (g_ptr_array_index (years, i)) == year_number)
      return g_ptr_array_index (years, i);

  return NULL;
}

static int
compare_year_numbers (gconstpointer a,
                      gconstpointer b)
{
  gint64 year_a = *(const gint64 *) a;
  gint64 year_b = *(const gint64 *) b;

  /* Latest first. */
  return (year_a < year_b) - (year_a > year_b);
}

/* The years of the database, latest first, in the drop-down. */
static GArray *
update_year_list (JxLeadershipPane *self,
                  GPtrArray        *departments)
{
  GArray *numbers = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->year_list));
  gboolean same;

  for (guint d = 0; d < departments->len; d++)
    {
      GPtrArray *years = jx_department_get_years (g_ptr_array_index (departments, d));

      for (guint y = 0; y < years->len; y++)
        {
          gint64 number = jx_department_year_get_year (g_ptr_array_index (years, y));
          gboolean known = FALSE;

          for (guint i = 0; i < numbers->len && !known; i++)
            known = g_array_index (numbers, gint64, i) == number;
          if (!known)
            g_array_append_val (numbers, number);
        }
    }

  g_array_sort (numbers, compare_year_numbers);

  for (guint i = 0; i < numbers->len; i++)
    g_ptr_array_add (strings, g_strdup_printf ("%d", (int) g_array_index (numbers, gint64, i)));
  g_ptr_array_add (strings, NULL);

  same = n_shown == numbers->len;
  for (guint i = 0; same && i < n_shown; i++)
    same = g_str_equal (gtk_string_list_get_string (self->year_list, i), g_ptr_array_index (strings, i));

  if (!same)
    {
      self->updating_years = TRUE;
      gtk_string_list_splice (self->year_list, 0, n_shown, (const char * const *) strings->pdata);
      self->updating_years = FALSE;
    }

  return numbers;
}

static void
select_year_in_list (JxLeadershipPane *self,
                     GArray           *numbers)
{
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < numbers->len; i++)
    if (g_array_index (numbers, gint64, i) == self->year)
      position = i;

  if (position == GTK_INVALID_LIST_POSITION && numbers->len > 0)
    {
      /* The workspace's year, or the latest. */
      JxDepartmentYear *selected = jx_workspace_get_year (self->workspace);
      gint64 wanted = selected != NULL ? jx_department_year_get_year (selected) : g_array_index (numbers, gint64, 0);

      position = 0;
      for (guint i = 0; i < numbers->len; i++)
        if (g_array_index (numbers, gint64, i) == wanted)
          position = i;
    }

  self->year = position != GTK_INVALID_LIST_POSITION ? g_array_index (numbers, gint64, position) : 0;

  self->updating_years = TRUE;
  gtk_drop_down_set_selected (self->year_dropdown, position);
  self->updating_years = FALSE;
}

static void
refresh (JxLeadershipPane *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) numbers = NULL;
  g_autoptr(GPtrArray) shown = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autoptr(GPtrArray) owned = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *heading = NULL;
  GPtrArray *departments;

  departments = self->workspace != NULL ? jx_workspace_get_departments (self->workspace, &error) : NULL;
  if (departments == NULL)
    {
      if (error != NULL)
        g_warning ("Cannot read the departments: %s", error->message);
      g_hash_table_remove_all (self->rows);
      g_list_store_remove_all (self->years);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  numbers = update_year_list (self, departments);
  select_year_in_list (self, numbers);
  if (numbers->len == 0)
    {
      g_hash_table_remove_all (self->rows);
      g_list_store_remove_all (self->years);
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  shown = g_ptr_array_new ();
  scores = g_ptr_array_new ();
  owned = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_year_score_free);
  names = g_ptr_array_new ();
  g_hash_table_remove_all (self->rows);

  for (guint d = 0; d < departments->len; d++)
    {
      JxDepartment *department = g_ptr_array_index (departments, d);
      JxDepartmentYear *year = find_year (department, self->year);
      g_autoptr(GError) score_error = NULL;
      JxYearScore *score;

      if (year == NULL)
        continue;

      score = score_year (self, year, owned, &score_error);
      if (score == NULL)
        {
          g_warning ("Cannot score %s %d: %s", jx_department_get_name (department), (int) self->year,
                     score_error->message);
          continue;
        }

      g_hash_table_insert (self->rows, year, create_row (self, department, score));
      g_ptr_array_add (shown, year);
      g_ptr_array_add (scores, score);
      g_ptr_array_add (names, (gpointer) jx_department_get_name (department));
    }

  /* TRANSLATORS: the heading of the leadership view, e.g. "4 departments in 2021" */
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u department in %d", "%u departments in %d", shown->len),
                             shown->len, (int) self->year);
  gtk_label_set_text (self->heading, heading);

  jx_chart_view_set_data (self->execution_view, jx_chart_builder_departments_execution (scores, names, self->year));
  jx_chart_view_set_data (self->score_view, jx_chart_builder_departments_score (scores, names, self->year));

  /* Every row again: their figures are new. */
  g_list_store_splice (self->years, 0, g_list_model_get_n_items (G_LIST_MODEL (self->years)),
                       shown->pdata, shown->len);

  gtk_stack_set_visible_child_name (self->stack, "departments");
}

static void
queue_refresh (JxLeadershipPane *self)
{
  jx_deferred_refresh_queue (self->refresh);
}

static void
workspace_year_changed_cb (JxLeadershipPane *self)
{
  JxDepartmentYear *year = jx_workspace_get_year (self->workspace);

  /* The year the user works on is the year compared. */
  if (year != NULL)
    self->year = jx_department_year_get_year (year);
  queue_refresh (self);
}

static void
year_selected_cb (JxLeadershipPane *self)
{
  guint position = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->updating_years || position == GTK_INVALID_LIST_POSITION)
    return;

  self->year = g_ascii_strtoll (gtk_string_list_get_string (self->year_list, position), NULL, 10);
  queue_refresh (self);
}

static void
open_year (JxLeadershipPane *self,
           JxDepartmentYear *year)
{
  g_autoptr(GError) error = NULL;
  const Row *row = g_hash_table_lookup (self->rows, year);

  if (row == NULL || self->workspace == NULL)
    return;

  /* The row may go in what selecting does: keep what it refers to. */
  g_object_ref (year);
  if (jx_workspace_select_year (self->workspace, row->department, year, &error))
    jx_workspace_activate (self->workspace, JX_RECORD (year));
  else
    g_warning ("Cannot open the year: %s", error->message);
  g_object_unref (year);
}

static void
chart_item_activated_cb (JxLeadershipPane *self,
                         guint             item,
                         gint64            record_id,
                         JxChartView      *view)
{
  GHashTableIter iter;
  gpointer year;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &year, NULL))
    if (jx_record_get_id (year) == record_id)
      {
        open_year (self, year);
        return;
      }
}

static void
row_activated_cb (JxLeadershipPane *self,
                  guint             position,
                  GtkColumnView    *table)
{
  g_autoptr(JxDepartmentYear) year = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (table)), position);

  if (year != NULL)
    open_year (self, year);
}

static void
jx_leadership_pane_map (GtkWidget *widget)
{
  JxLeadershipPane *self = JX_LEADERSHIP_PANE (widget);

  jx_deferred_refresh_mapped (self->refresh);

  GTK_WIDGET_CLASS (jx_leadership_pane_parent_class)->map (widget);
}

static void
jx_leadership_pane_dispose (GObject *object)
{
  JxLeadershipPane *self = (JxLeadershipPane *) object;

  g_clear_pointer (&self->refresh, jx_deferred_refresh_free);
  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_clear_object (&self->workspace);

  /* The stack is the bin's child and a template child: the bin lets it
   * go first, so that disposing the template does not leave it dangling. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_LEADERSHIP_PANE);

  g_clear_object (&self->years);
  g_clear_pointer (&self->rows, g_hash_table_unref);

  G_OBJECT_CLASS (jx_leadership_pane_parent_class)->dispose (object);
}

static void
jx_leadership_pane_class_init (JxLeadershipPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_leadership_pane_dispose;
  widget_class->map = jx_leadership_pane_map;

  g_type_ensure (JX_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-leadership-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, JxLeadershipPane, stack);
  gtk_widget_class_bind_template_child (widget_class, JxLeadershipPane, heading);
  gtk_widget_class_bind_template_child (widget_class, JxLeadershipPane, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, JxLeadershipPane, year_list);
  gtk_widget_class_bind_template_child (widget_class, JxLeadershipPane, execution_view);
  gtk_widget_class_bind_template_child (widget_class, JxLeadershipPane, score_view);
  gtk_widget_class_bind_template_child (widget_class, JxLeadershipPane, table);
  gtk_widget_class_bind_template_callback (widget_class, year_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
jx_leadership_pane_init (JxLeadershipPane *self)
{
  g_autoptr(GtkSortListModel) sorted = NULL;

  self->rows = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) row_free);
  self->years = g_list_store_new (JX_TYPE_DEPARTMENT_YEAR);
  self->refresh = jx_deferred_refresh_new (GTK_WIDGET (self), (JxRefreshFunc) refresh);

  gtk_widget_init_template (GTK_WIDGET (self));

  add_column (self, _("Department"), COLUMN_DEPARTMENT, FALSE, row_department);
  add_column (self, _("Budget (万元)"), COLUMN_BUDGET, TRUE, row_budget);
  add_column (self, _("Actual (万元)"), COLUMN_ACTUAL, TRUE, row_actual);
  add_column (self, _("Execution rate"), COLUMN_RATE, TRUE, row_rate);
  add_column (self, _("Score"), COLUMN_SCORE, TRUE, row_score);
  add_column (self, _("Grade"), COLUMN_GRADE, TRUE, row_grade);
  add_column (self, _("Errors"), COLUMN_ERRORS, TRUE, row_errors);

  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->years)),
                                    g_object_ref (gtk_column_view_get_sorter (self->table)));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&sorted)))));

  gtk_stack_set_visible_child_name (self->stack, "none");
}

GtkWidget *
jx_leadership_pane_new (void)
{
  return g_object_new (JX_TYPE_LEADERSHIP_PANE, NULL);
}

/**
 * jx_leadership_pane_set_workspace:
 * @self: a leadership pane
 * @workspace: (nullable): the window's workspace
 *
 * Compares the departments of @workspace's database, at first in the year
 * the workspace has selected.
 */
void
jx_leadership_pane_set_workspace (JxLeadershipPane *self,
                                  JxWorkspace      *workspace)
{
  g_return_if_fail (JX_IS_LEADERSHIP_PANE (self));
  g_return_if_fail (workspace == NULL || JX_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);
  g_set_object (&self->workspace, workspace);
  self->year = 0;

  if (workspace != NULL)
    {
      JxDepartmentYear *year = jx_workspace_get_year (workspace);

      if (year != NULL)
        self->year = jx_department_year_get_year (year);
      g_signal_connect_object (workspace, "scores-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (workspace, "notify::year", G_CALLBACK (workspace_year_changed_cb), self, G_CONNECT_SWAPPED);
    }

  jx_deferred_refresh_now (self->refresh);
}

/**
 * jx_leadership_pane_get_year:
 * @self: a leadership pane
 *
 * Returns: the year compared, or 0 when there is none
 */
gint64
jx_leadership_pane_get_year (JxLeadershipPane *self)
{
  g_return_val_if_fail (JX_IS_LEADERSHIP_PANE (self), 0);

  return self->year;
}

/**
 * jx_leadership_pane_set_year:
 * @self: a leadership pane
 * @year: a year of the database
 *
 * Compares the departments in @year.
 */
void
jx_leadership_pane_set_year (JxLeadershipPane *self,
                             gint64            year)
{
  g_return_if_fail (JX_IS_LEADERSHIP_PANE (self));

  self->year = year;
  jx_deferred_refresh_now (self->refresh);
}
