/* jx-report.c: the report pack of a department-year
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "jx-chart-builder.h"
#include "jx-report.h"
#include "jx-report-csv.h"
#include "jx-report-forms.h"
#include "jx-report-pdf.h"
#include "jx-report-xlsx.h"

/*
 * A report is everything the finance bureau gets for one department-year,
 * loaded once and then only read: the scores, the findings of the checker,
 * the summary tiles, the charts and the tables of the official forms. The
 * writers print it as a PDF, a workbook or a CSV file, on any thread.
 */

struct _JxReport {
  JxDepartment *department;   /* owns the years the scores point into */
  GPtrArray    *scores;       /* JxYearScore of every year, for the trend */
  JxYearScore  *score;        /* the year reported on, one of @scores */
  GPtrArray    *findings;     /* JxFinding */
  GPtrArray    *tiles;        /* JxReportTile */
  GPtrArray    *charts;       /* JxChartData */
  GPtrArray    *tables;       /* JxReportTable: year form, summary, projects, findings */
  GPtrArray    *project_forms;
};

G_DEFINE_QUARK (jx-report-error-quark, jx_report_error)

static void
jx_report_tile_free (JxReportTile *tile)
{
  g_free (tile->label);
  g_free (tile->value);
  g_free (tile->detail);
  g_free (tile);
}

static void
add_tile (JxReport   *self,
          const char *label,
          char       *value,
          char       *detail)
{
  JxReportTile *tile = g_new0 (JxReportTile, 1);

  tile->label = g_strdup (label);
  tile->value = value;
  tile->detail = detail;
  g_ptr_array_add (self->tiles, tile);
}

/* The figures the cover shows, as the dashboard shows them. */
static void
add_tiles (JxReport *self)
{
  JxYearScore *score = self->score;
  guint n_errors = jx_checker_count (self->findings, JX_SEVERITY_ERROR);
  guint n_warnings = jx_checker_count (self->findings, JX_SEVERITY_WARNING);
  guint n_notes = jx_checker_count (self->findings, JX_SEVERITY_INFO);
  g_autofree char *total = jx_number_format_points (score->total);
  g_autofree char *execution_score = jx_number_format_points (score->execution_score);
  g_autofree char *execution_weight = jx_number_format_points (score->execution_weight);
  g_autofree char *errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors), n_errors);
  g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings", n_warnings), n_warnings);
  g_autofree char *notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes", n_notes), n_notes);
  guint grades[JX_GRADE_POOR + 1] = { 0 };
  g_autoptr(GString) grade_counts = g_string_new (NULL);

  add_tile (self, _("Full-year budget"), jx_money_format_display (score->budget), g_strdup (_("万元, full-year budget")));
  add_tile (self, _("Spent"), jx_money_format_display (score->actual), g_strdup (_("万元, spent in the year")));
  /* TRANSLATORS: the execution part of the score, e.g. "Execution score 10.00 of 10.00" */
  add_tile (self, _("Execution rate"), jx_money_format_rate (score->actual, score->budget),
            g_strdup_printf (_("Execution score %s of %s"), execution_score, execution_weight));

  if (score->complete)
    add_tile (self, _("Total score"), g_strdup_printf ("%s %s", total, jx_grade_to_string (score->grade)),
              g_strdup_printf (_("Scored by “%s”"), jx_scoring_profile_get_name (score->profile)));
  else
    add_tile (self, _("Total score"), g_strdup ("—"),
              /* TRANSLATORS: the points known so far of an incomplete total */
              g_strdup_printf (_("Incomplete: %s points so far"), total));

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);

      if (project->complete)
        grades[project->grade]++;
    }
  for (JxGrade grade = JX_GRADE_EXCELLENT; grade <= JX_GRADE_POOR; grade++)
    if (grades[grade] > 0)
      g_string_append_printf (grade_counts, "%s%s %u", grade_counts->len > 0 ? " · " : "",
                              jx_grade_to_string (grade), grades[grade]);
  add_tile (self, _("Projects"), g_strdup_printf ("%u", score->projects->len),
            grade_counts->len > 0 ? g_string_free (g_steal_pointer (&grade_counts), FALSE)
                                  : g_strdup (_("None graded yet")));

  if (score->n_measurable > 0)
    add_tile (self, _("Targets met"),
              g_strdup_printf ("%u / %u", score->n_met, score->n_measurable),
              /* TRANSLATORS: 绩效目标完成率, the share of indicators fully met */
              g_strdup_printf (_("Attainment rate %.1f%%"), 100.0 * score->n_met / score->n_measurable));
  else
    add_tile (self, _("Targets met"), g_strdup ("—"), g_strdup (_("No indicator has a target and an actual value")));

  /* TRANSLATORS: "0 errors · 19 warnings · 4 notes" */
  add_tile (self, _("Findings"), g_strdup_printf ("%u", n_errors + n_warnings + n_notes),
            g_strdup_printf (_("%s · %s · %s"), errors, warnings, notes));
}

static void
add_charts (JxReport *self)
{
  static const JxChartKind year_kinds[] = {
    JX_CHART_KIND_EXECUTION,
    JX_CHART_KIND_BUDGET_ACTUAL,
    JX_CHART_KIND_SCORE,
    JX_CHART_KIND_ATTAINMENT,
    JX_CHART_KIND_STRUCTURE,
  };
  const char *name = jx_department_get_name (self->department);
  GPtrArray *projects = jx_department_year_get_projects (self->score->year);
  JxChartData *data;

  for (guint i = 0; i < G_N_ELEMENTS (year_kinds); i++)
    {
      data = jx_chart_builder_for_year (year_kinds[i], self->score, name);
      if (data != NULL && data->items->len > 0)
        g_ptr_array_add (self->charts, data);
      else
        g_clear_pointer (&data, jx_chart_data_free);
    }

  if (self->scores->len > 1)
    g_ptr_array_add (self->charts, jx_chart_builder_trend (name, self->scores));

  for (guint i = 0; i < projects->len; i++)
    {
      JxProject *project = g_ptr_array_index (projects, i);

      if (jx_project_get_allocations (project)->len > 0)
        g_ptr_array_add (self->charts, jx_chart_builder_allocation (project, name, jx_report_get_year (self)));
    }
}

static void
add_tables (JxReport *self)
{
  gint64 year = jx_report_get_year (self);

  g_ptr_array_add (self->tables, jx_report_forms_year (self->score, self->department));
  g_ptr_array_add (self->tables, jx_report_forms_summary (self->score, self->department));

  for (guint i = 0; i < self->score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (self->score->projects, i);
      JxReportTable *form = jx_report_forms_project (project, self->department, year);

      g_ptr_array_add (self->project_forms, jx_report_table_ref (form));
      g_ptr_array_add (self->tables, form);
    }

  g_ptr_array_add (self->tables, jx_report_forms_findings (self->findings, year));
}

/**
 * jx_report_load:
 * @store: the database
 * @department: the name of the department
 * @year: the year
 *
 * Loads the department-year with everything it owns, scores it by its
 * profile, checks it, and lays out the tables, tiles and charts of its
 * report. The report keeps no reference to @store.
 *
 * Returns: (transfer full) (nullable): the report, or %NULL when the
 *   department or year is not there or the database cannot be read
 */
JxReport *
jx_report_load (JxStore     *store,
                const char  *department,
                gint64       year,
                GError     **error)
{
  g_autoptr(JxReport) self = g_new0 (JxReport, 1);
  GPtrArray *years;

  self->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_year_score_free);
  self->tiles = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_report_tile_free);
  self->charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_data_free);
  self->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_report_table_unref);
  self->project_forms = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_report_table_unref);

  self->department = jx_store_find_department (store, department, error);
  if (self->department == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_NOT_FOUND,
                     _("There is no department named “%s”"), department);
      return NULL;
    }

  if (!jx_store_load_children (store, JX_RECORD (self->department), TRUE, error))
    return NULL;

  years = jx_department_get_years (self->department);
  for (guint i = 0; i < years->len; i++)
    {
      JxDepartmentYear *entry = g_ptr_array_index (years, i);
      g_autoptr(JxScoringProfile) profile = jx_year_score_load_profile (store, entry, error);
      JxYearScore *score;

      if (profile == NULL)
        return NULL;

      score = jx_year_score_new (profile, entry);
      g_ptr_array_add (self->scores, score);
      if (jx_department_year_get_year (entry) == year)
        self->score = score;
    }

  if (self->score == NULL)
    {
      g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_NOT_FOUND,
                   _("%s has no entry for the year %d"), department, (int) year);
      return NULL;
    }

  self->findings = jx_checker_check_year (self->score, department);
  add_tiles (self);
  add_charts (self);
  add_tables (self);

  return g_steal_pointer (&self);
}

void
jx_report_free (JxReport *self)
{
  g_clear_pointer (&self->project_forms, g_ptr_array_unref);
  g_clear_pointer (&self->tables, g_ptr_array_unref);
  g_clear_pointer (&self->charts, g_ptr_array_unref);
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->scores, g_ptr_array_unref);
  g_clear_object (&self->department);
  g_free (self);
}

const char *
jx_report_get_department (JxReport *self)
{
  return jx_department_get_name (self->department);
}

gint64
jx_report_get_year (JxReport *self)
{
  return jx_department_year_get_year (self->score->year);
}

/**
 * jx_report_get_score:
 *
 * Returns: (transfer none): the score of the department-year
 */
JxYearScore *
jx_report_get_score (JxReport *self)
{
  return self->score;
}

/**
 * jx_report_get_findings:
 *
 * Returns: (transfer none) (element-type JxFinding): what the checker found
 */
GPtrArray *
jx_report_get_findings (JxReport *self)
{
  return self->findings;
}

/**
 * jx_report_get_tiles:
 *
 * Returns: (transfer none) (element-type JxReportTile): the summary figures
 */
GPtrArray *
jx_report_get_tiles (JxReport *self)
{
  return self->tiles;
}

/**
 * jx_report_get_charts:
 *
 * Returns: (transfer none) (element-type JxChartData): the charts, in the
 *   order printed
 */
GPtrArray *
jx_report_get_charts (JxReport *self)
{
  return self->charts;
}

/**
 * jx_report_get_tables:
 *
 * Returns: (transfer none) (element-type JxReportTable): every table in
 *   the order printed: the department form, the summary of the projects,
 *   each project's form and the findings
 */
GPtrArray *
jx_report_get_tables (JxReport *self)
{
  return self->tables;
}

/**
 * jx_report_get_year_form:
 *
 * Returns: (transfer none): the 部门整体支出绩效自评表
 */
JxReportTable *
jx_report_get_year_form (JxReport *self)
{
  return g_ptr_array_index (self->tables, 0);
}

/**
 * jx_report_get_project_forms:
 *
 * Returns: (transfer none) (element-type JxReportTable): the
 *   项目支出绩效自评表 of every project, in the year's order
 */
GPtrArray *
jx_report_get_project_forms (JxReport *self)
{
  return self->project_forms;
}

/**
 * jx_report_get_summary:
 *
 * Returns: (transfer none): the table of every project's figures, score
 *   and grade
 */
JxReportTable *
jx_report_get_summary (JxReport *self)
{
  return g_ptr_array_index (self->tables, 1);
}

/**
 * jx_report_get_findings_table:
 *
 * Returns: (transfer none): the findings of the checker as a table
 */
JxReportTable *
jx_report_get_findings_table (JxReport *self)
{
  return g_ptr_array_index (self->tables, self->tables->len - 1);
}

/**
 * jx_report_format_for_path:
 * @path: a file name ending in .pdf, .xlsx or .csv (in any case)
 * @format: (out): the format it asks for
 *
 * Returns: %FALSE with a message naming the file when the ending is none
 *   of those
 */
gboolean
jx_report_format_for_path (const char      *path,
                           JxReportFormat  *format,
                           GError         **error)
{
  static const struct {
    const char     *suffix;
    JxReportFormat  format;
  } suffixes[] = {
    { ".pdf", JX_REPORT_FORMAT_PDF },
    { ".xlsx", JX_REPORT_FORMAT_XLSX },
    { ".csv", JX_REPORT_FORMAT_CSV },
  };
  g_autofree char *lower = g_ascii_strdown (path, -1);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *format = suffixes[i].format;
        return TRUE;
      }

  g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_FORMAT,
               _("“%s” does not end in .pdf, .xlsx or .csv: which format should the report be?"), path);
  return FALSE;
}

/* The writers name the file they were given, the one beside the target;
 * the user chose the target. */
static void
name_target (GError     **error,
             const char  *partial,
             const char  *display)
{
  g_autofree char *partial_display = g_filename_display_name (partial);
  GString *message;

  if (error == NULL || *error == NULL || strstr ((*error)->message, partial_display) == NULL)
    return;

  message = g_string_new ((*error)->message);
  g_string_replace (message, partial_display, display, 0);
  g_free ((*error)->message);
  (*error)->message = g_string_free (message, FALSE);
}

/**
 * jx_report_write:
 * @path: the file to write
 * @format: what to write
 * @progress: (nullable) (scope call): told how far the writing is
 * @cancellable: (nullable): stops the writing
 *
 * Writes the report into a new file beside @path and, once it is whole,
 * puts it in the place of @path: a failed or cancelled report leaves a
 * file that was there as it was.
 *
 * Returns: %FALSE with a message naming the file when it could not be
 *   written
 */
gboolean
jx_report_write (JxReport              *self,
                 const char            *path,
                 JxReportFormat         format,
                 JxReportProgressFunc   progress,
                 gpointer               user_data,
                 GCancellable          *cancellable,
                 GError               **error)
{
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", basename);
  g_autofree char *partial = g_build_filename (directory, template, NULL);
  g_autofree char *display = g_filename_display_name (path);
  gboolean written = FALSE;
  int fd;

  fd = g_mkstemp (partial);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  g_chmod (partial, 0644);

  switch (format)
    {
    case JX_REPORT_FORMAT_PDF:
      written = jx_report_write_pdf (self, partial, progress, user_data, cancellable, error);
      break;
    case JX_REPORT_FORMAT_XLSX:
      written = jx_report_write_xlsx (self, partial, progress, user_data, cancellable, error);
      break;
    case JX_REPORT_FORMAT_CSV:
      written = jx_report_write_csv (self, partial, progress, user_data, cancellable, error);
      break;
    default:
      g_assert_not_reached ();
    }

  if (written && g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
      written = FALSE;
    }

  if (!written)
    {
      g_unlink (partial);
      name_target (error, partial, display);
    }

  return written;
}
