/* jixiao-cli.c: Jixiao on the command line, without a display
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exit status: 0 on success, 1 when the data is at fault (a damaged
 * database, an invalid file), 2 when the command line is.
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "jixiao-charts.h"
#include "jixiao-core.h"
#include "jixiao-reports.h"

enum {
  EXIT_OK = 0,
  EXIT_DATA = 1,
  EXIT_USAGE = 2,
};

typedef struct {
  const char *name;
  const char *parameters;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static void
print_error (const char *format,
             ...) G_GNUC_PRINTF (1, 2);

static void
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("jixiao-cli: %s\n", message);
}

/* Parses the options of a command; on a usage error prints it with a hint
 * and returns FALSE. */
static gboolean
parse_options (const char    *command,
               const char    *parameters,
               const char    *summary,
               GOptionEntry  *entries,
               int           *argc,
               char        ***argv,
               int            n_arguments)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *parameter_string = g_strdup_printf ("%s %s", command, parameters);

  context = g_option_context_new (parameter_string);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      print_error ("%s", error->message);
      g_printerr (_("Run “jixiao-cli %s --help” to see its options.\n"), command);
      return FALSE;
    }

  /* argv[0] is the program, argv[1] the command. */
  if (*argc - 2 != n_arguments)
    {
      print_error (_("“%s” takes these arguments: %s"), command, parameters);
      g_printerr (_("Run “jixiao-cli %s --help” to see its options.\n"), command);
      return FALSE;
    }

  return TRUE;
}

static int
report (GError *error)
{
  print_error ("%s", error->message);
  return EXIT_DATA;
}

static int
run_demo (int    argc,
          char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  if (!parse_options ("demo", _("DB"),
                      _("Creates the database DB with the sample data: four real self-evaluation reports."),
                      NULL, &argc, &argv, 1))
    return EXIT_USAGE;

  path = argv[2];
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      print_error (_("“%s” already exists; choose a new file name"), path);
      return EXIT_DATA;
    }

  store = jx_store_open (path, JX_STORE_OPEN_FLAGS_CREATE, &error);
  if (store == NULL || !jx_samples_import (store, &error))
    return report (error);

  g_print (_("Created %s with the sample data.\n"), path);
  return EXIT_OK;
}

static int
run_import (int    argc,
            char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(JxImportSummary) summary = { 0 };
  gboolean replace = FALSE;
  GOptionEntry entries[] = {
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("Replace department-years that are already in the database"), NULL },
    { NULL }
  };

  if (!parse_options ("import", _("DB FILE.json"),
                      _("Imports a Jixiao exchange file into the database DB (created if missing). Nothing is imported unless the whole file is valid."),
                      entries, &argc, &argv, 2))
    return EXIT_USAGE;

  store = jx_store_open (argv[2], JX_STORE_OPEN_FLAGS_CREATE, &error);
  if (store == NULL ||
      !jx_exchange_import_file (store, argv[3],
                                replace ? JX_IMPORT_FLAGS_REPLACE : JX_IMPORT_FLAGS_NONE,
                                &summary, &error))
    {
      int status = report (error);

      if (g_error_matches (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT))
        print_error ("%s", _("Run the import with --replace to overwrite what is in the database."));
      return status;
    }

  for (guint i = 0; summary.warnings != NULL && i < summary.warnings->len; i++)
    print_error (_("warning: %s"), (const char *) g_ptr_array_index (summary.warnings, i));

  /* TRANSLATORS: the numbers of departments, years, projects and indicators imported */
  g_print (_("Imported %u departments, %u years, %u projects and %u indicators.\n"),
           summary.n_departments, summary.n_years, summary.n_projects, summary.n_indicators);
  return EXIT_OK;
}

static int
run_export (int    argc,
            char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *department = NULL;
  int year = 0;
  GOptionEntry entries[] = {
    { "department", 0, 0, G_OPTION_ARG_STRING, &department,
      N_("Export only the department called NAME"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("Export only the year YEAR"), N_("YEAR") },
    { NULL }
  };

  if (!parse_options ("export", _("DB FILE.json"),
                      _("Writes the database DB, or a selection of it, to a Jixiao exchange file. Use “-” as FILE.json to write to standard output."),
                      entries, &argc, &argv, 2))
    return EXIT_USAGE;

  if (year < 0)
    {
      print_error (_("--year must be a year such as 2021"));
      return EXIT_USAGE;
    }

  store = jx_store_open (argv[2], JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store == NULL)
    return report (error);

  if (g_str_equal (argv[3], "-"))
    {
      g_autofree char *text = jx_exchange_export_string (store, department, year, &error);

      if (text == NULL)
        return report (error);
      g_print ("%s\n", text);
      return EXIT_OK;
    }

  if (!jx_exchange_export_file (store, argv[3], department, year, &error))
    return report (error);

  return EXIT_OK;
}

/* The width of @text on a terminal: CJK characters take two columns. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      width += (g_unichar_iswide (c) || g_unichar_iswide_cjk (c)) ? 2 : 1;
    }

  return width;
}

static void
print_padded (const char *text,
              guint       width,
              gboolean    right_aligned)
{
  guint text_width = display_width (text);
  g_autofree char *padding = g_strnfill (width > text_width ? width - text_width : 0, ' ');

  if (right_aligned)
    g_print ("%s%s", padding, text);
  else
    g_print ("%s%s", text, padding);
}

typedef struct {
  char *label;
  char *budget;
  char *actual;
  char *rate;
} ListRow;

static void
list_row_free (ListRow *row)
{
  g_free (row->label);
  g_free (row->budget);
  g_free (row->actual);
  g_free (row->rate);
  g_free (row);
}

static void
add_row (GPtrArray  *rows,
         char       *label,
         gint64      budget,
         gint64      actual)
{
  ListRow *row = g_new0 (ListRow, 1);

  row->label = label;
  if (budget != JX_UNSET || actual != JX_UNSET)
    {
      row->budget = jx_money_format_display (budget);
      row->actual = jx_money_format_display (actual);
      row->rate = jx_money_format_rate (actual, budget);
    }
  g_ptr_array_add (rows, row);
}

static void
add_money_member (JsonBuilder *builder,
                  const char  *name,
                  gint64       fen)
{
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, name);
  if (fen == JX_UNSET)
    {
      json_builder_add_null_value (builder);
      return;
    }
  text = jx_money_to_wan_string (fen);
  json_builder_add_string_value (builder, text);
}

static void
add_rate_member (JsonBuilder *builder,
                 gint64       part,
                 gint64       whole)
{
  double rate;

  json_builder_set_member_name (builder, "execution_rate");
  if (jx_money_rate (part, whole, &rate))
    {
      char text[G_ASCII_DTOSTR_BUF_SIZE];

      json_builder_add_string_value (builder, g_ascii_formatd (text, sizeof text, "%.2f", rate * 100.0));
    }
  else
    json_builder_add_null_value (builder);
}

static void
list_as_json (GPtrArray *departments)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "departments");
  json_builder_begin_array (builder);

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years = jx_department_get_years (department);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, jx_department_get_name (department));
      json_builder_set_member_name (builder, "years");
      json_builder_begin_array (builder);

      for (guint j = 0; j < years->len; j++)
        {
          JxDepartmentYear *year = g_ptr_array_index (years, j);
          GPtrArray *projects = jx_department_year_get_projects (year);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "year");
          json_builder_add_int_value (builder, jx_department_year_get_year (year));
          add_money_member (builder, "initial_budget", jx_department_year_get_initial_budget (year));
          add_money_member (builder, "budget", jx_department_year_get_budget (year));
          add_money_member (builder, "actual", jx_department_year_get_actual (year));
          add_rate_member (builder, jx_department_year_get_actual (year), jx_department_year_get_rate_base (year));
          json_builder_set_member_name (builder, "projects");
          json_builder_begin_array (builder);

          for (guint k = 0; k < projects->len; k++)
            {
              JxProject *project = g_ptr_array_index (projects, k);

              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "name");
              json_builder_add_string_value (builder, jx_project_get_name (project));
              add_money_member (builder, "budget", jx_project_get_budget (project));
              add_money_member (builder, "actual", jx_project_get_actual (project));
              add_rate_member (builder, jx_project_get_actual (project), jx_project_get_budget (project));
              json_builder_end_object (builder);
            }

          json_builder_end_array (builder);
          json_builder_end_object (builder);
        }

      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
list_as_table (GPtrArray *departments)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) list_row_free);
  const char *headers[] = {
    _("Department, year, project"),
    _("Budget (10k yuan)"),
    _("Actual (10k yuan)"),
    _("Execution"),
  };
  guint widths[G_N_ELEMENTS (headers)];

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years = jx_department_get_years (department);

      add_row (rows, g_strdup (jx_department_get_name (department)), JX_UNSET, JX_UNSET);

      for (guint j = 0; j < years->len; j++)
        {
          JxDepartmentYear *year = g_ptr_array_index (years, j);
          GPtrArray *projects = jx_department_year_get_projects (year);
          gint64 budget = jx_department_year_get_rate_base (year);

          add_row (rows, g_strdup_printf ("  %" G_GINT64_FORMAT, jx_department_year_get_year (year)),
                   budget, jx_department_year_get_actual (year));

          for (guint k = 0; k < projects->len; k++)
            {
              JxProject *project = g_ptr_array_index (projects, k);

              add_row (rows, g_strdup_printf ("    %s", jx_project_get_name (project)),
                       jx_project_get_budget (project), jx_project_get_actual (project));
            }
        }
    }

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    widths[c] = display_width (headers[c]);

  for (guint i = 0; i < rows->len; i++)
    {
      ListRow *row = g_ptr_array_index (rows, i);

      widths[0] = MAX (widths[0], display_width (row->label));
      if (row->budget != NULL)
        {
          widths[1] = MAX (widths[1], display_width (row->budget));
          widths[2] = MAX (widths[2], display_width (row->actual));
          widths[3] = MAX (widths[3], display_width (row->rate));
        }
    }

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    {
      print_padded (headers[c], widths[c], c > 0);
      g_print (c + 1 < G_N_ELEMENTS (headers) ? "  " : "\n");
    }

  for (guint i = 0; i < rows->len; i++)
    {
      ListRow *row = g_ptr_array_index (rows, i);

      if (row->budget == NULL)
        {
          g_print ("%s\n", row->label);
          continue;
        }

      print_padded (row->label, widths[0], FALSE);
      g_print ("  ");
      print_padded (row->budget, widths[1], TRUE);
      g_print ("  ");
      print_padded (row->actual, widths[2], TRUE);
      g_print ("  ");
      print_padded (row->rate, widths[3], TRUE);
      g_print ("\n");
    }
}

static int
run_list (int    argc,
          char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  gboolean as_json = FALSE;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json,
      N_("Print JSON instead of a table"), NULL },
    { NULL }
  };

  if (!parse_options ("list", _("DB"),
                      _("Lists the departments, years and projects of the database DB with their budget, actual spending and execution rate. Amounts are in 10,000 yuan (万元)."),
                      entries, &argc, &argv, 1))
    return EXIT_USAGE;

  store = jx_store_open (argv[2], JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store == NULL)
    return report (error);

  departments = jx_store_list_departments (store, &error);
  if (departments == NULL)
    return report (error);

  for (guint i = 0; i < departments->len; i++)
    if (!jx_store_load_children (store, g_ptr_array_index (departments, i), TRUE, &error))
      return report (error);

  if (as_json)
    list_as_json (departments);
  else
    list_as_table (departments);

  return EXIT_OK;
}

typedef void (*YearFunc) (JxDepartment *department,
                          JxYearScore  *score,
                          gpointer      user_data);

/* Scores every selected department-year and hands it to @func. */
static gboolean
for_each_year (JxStore     *store,
               const char  *department_name,
               int          year_number,
               YearFunc     func,
               gpointer     user_data,
               GError     **error)
{
  g_autoptr(GPtrArray) departments = NULL;
  guint n_years = 0;

  if (department_name != NULL)
    {
      JxDepartment *department = jx_store_find_department (store, department_name, error);

      if (department == NULL)
        {
          if (error != NULL && *error == NULL)
            g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                         _("There is no department named “%s”"), department_name);
          return FALSE;
        }
      departments = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (departments, department);
    }
  else
    {
      departments = jx_store_list_departments (store, error);
      if (departments == NULL)
        return FALSE;
    }

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years;

      if (!jx_store_load_children (store, JX_RECORD (department), TRUE, error))
        return FALSE;

      years = jx_department_get_years (department);
      for (guint j = 0; j < years->len; j++)
        {
          JxDepartmentYear *year = g_ptr_array_index (years, j);
          g_autoptr(JxScoringProfile) profile = NULL;
          g_autoptr(JxYearScore) score = NULL;

          if (year_number != 0 && jx_department_year_get_year (year) != year_number)
            continue;

          profile = jx_year_score_load_profile (store, year, error);
          if (profile == NULL)
            return FALSE;

          score = jx_year_score_new (profile, year);
          func (department, score, user_data);
          n_years++;
        }
    }

  if (n_years == 0 && year_number != 0)
    {
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                   _("No department has an entry for the year %d"), year_number);
      return FALSE;
    }

  return TRUE;
}

static const char *
grade_text (JxGrade grade)
{
  return grade != JX_GRADE_NONE ? jx_grade_to_string (grade) : "—";
}

static void
print_categories (GPtrArray *categories)
{
  for (guint i = 0; i < categories->len; i++)
    {
      JxCategoryScore *category = g_ptr_array_index (categories, i);
      g_autofree char *score = jx_number_format_points (category->score);
      g_autofree char *weight = jx_number_format_points (category->weight);

      if (category->level2 != NULL)
        continue;
      /* TRANSLATORS: a category's subtotal: name, score of weight, indicators met of measurable */
      g_print (_("      %s: %s of %s (%u of %u indicators met)\n"),
               category->level1, score, weight, category->n_met, category->n_measurable);
    }
}

static const char *
status_text (const JxIndicatorScore *result)
{
  switch (result->status)
    {
    case JX_SCORE_STATUS_NO_WEIGHT:
      return _("no weight");
    case JX_SCORE_STATUS_NO_TARGET:
      return _("no target");
    case JX_SCORE_STATUS_NO_ACTUAL:
      return _("no actual value");
    case JX_SCORE_STATUS_NEEDS_ASSESSMENT:
      return _("not assessed");
    case JX_SCORE_STATUS_INVALID:
      return _("invalid score");
    case JX_SCORE_STATUS_SCORED:
    default:
      return NULL;
    }
}

static void
print_indicators (GPtrArray              *indicators,
                  const JxIndicatorScore *scores)
{
  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *status = status_text (&scores[i]);
      g_autofree char *score = jx_number_format_points (scores[i].score);
      g_autofree char *weight = jx_number_format_points (scores[i].weight);

      g_print ("        %s › %s: ", jx_indicator_get_level1 (indicator), jx_indicator_get_name (indicator));
      if (status != NULL)
        g_print ("— (%s)\n", status);
      else
        g_print (_("%s of %s%s\n"), score, weight, scores[i].overridden ? _(" (set by hand)") : "");
    }
}

static void
print_year_score (JxDepartment *department,
                  JxYearScore  *score,
                  gpointer      user_data)
{
  g_autofree char *rate = jx_money_format_rate (score->actual, score->budget);
  g_autofree char *execution = jx_number_format_points (score->execution_score);
  g_autofree char *execution_weight = jx_number_format_points (score->execution_weight);
  g_autofree char *total = jx_number_format_points (score->complete ? score->total : JX_UNSET);

  g_print ("%s %d  (%s)\n", jx_department_get_name (department),
           (int) jx_department_year_get_year (score->year),
           jx_scoring_profile_get_name (score->profile));
  g_print (_("  Execution %s: %s of %s\n"), rate, execution, execution_weight);
  if (score->n_indicators > 0)
    {
      g_print (_("  Department indicators:\n"));
      print_indicators (jx_department_year_get_indicators (score->year), score->indicators);
    }
  g_print (_("  Total %s, grade %s\n"), total, grade_text (score->grade));
  if (score->n_measurable > 0)
    g_print (_("  Targets met: %u of %u measurable indicators (%.2f%%)\n"),
             score->n_met, score->n_measurable, 100.0 * score->n_met / score->n_measurable);

  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);
      g_autofree char *project_rate = jx_money_format_rate (project->actual, project->budget);
      g_autofree char *project_execution = jx_number_format_points (project->execution_score);
      g_autofree char *project_weight = jx_number_format_points (project->execution_weight);
      g_autofree char *project_total = jx_number_format_points (project->total);

      g_print ("    %s\n", jx_project_get_name (project->project));
      g_print (_("      Execution %s: %s of %s\n"), project_rate, project_execution, project_weight);
      print_categories (project->categories);
      print_indicators (jx_project_get_indicators (project->project), project->indicators);
      if (project->complete)
        g_print (_("      Total %s, grade %s\n"), project_total, grade_text (project->grade));
      else
        g_print (_("      Total so far %s, incomplete\n"), project_total);
    }
  g_print ("\n");
}

static void
add_points_member (JsonBuilder *builder,
                   const char  *name,
                   gint64       points)
{
  json_builder_set_member_name (builder, name);
  if (points == JX_UNSET)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *text = jx_number_format_fixed (points, 2, 0);

      json_builder_add_string_value (builder, text);
    }
}

static void
add_grade_member (JsonBuilder *builder,
                  JxGrade      grade)
{
  json_builder_set_member_name (builder, "grade");
  if (grade == JX_GRADE_NONE)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, jx_grade_to_string (grade));
}

static const char *
status_key (JxScoreStatus status)
{
  static const char * const keys[] = { "scored", "no-weight", "no-target", "no-actual", "needs-assessment", "invalid" };

  return keys[status];
}

static void
add_indicator_scores (JsonBuilder            *builder,
                      GPtrArray              *indicators,
                      const JxIndicatorScore *scores)
{
  json_builder_set_member_name (builder, "indicators");
  json_builder_begin_array (builder);
  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "level1");
      json_builder_add_string_value (builder, jx_indicator_get_level1 (indicator));
      json_builder_set_member_name (builder, "level2");
      json_builder_add_string_value (builder, jx_indicator_get_level2 (indicator));
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, jx_indicator_get_name (indicator));
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, status_key (scores[i].status));
      add_points_member (builder, "weight", scores[i].weight);
      add_points_member (builder, "computed", scores[i].computed);
      add_points_member (builder, "score", scores[i].score);
      json_builder_set_member_name (builder, "met");
      if (scores[i].measurable)
        json_builder_add_boolean_value (builder, scores[i].met);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "over_achieved");
      json_builder_add_boolean_value (builder, scores[i].over_achieved);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_categories (JsonBuilder *builder,
                GPtrArray   *categories)
{
  json_builder_set_member_name (builder, "categories");
  json_builder_begin_array (builder);
  for (guint i = 0; i < categories->len; i++)
    {
      JxCategoryScore *category = g_ptr_array_index (categories, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "level1");
      json_builder_add_string_value (builder, category->level1);
      json_builder_set_member_name (builder, "level2");
      json_builder_add_string_value (builder, category->level2);
      add_points_member (builder, "weight", category->weight);
      add_points_member (builder, "score", category->score);
      json_builder_set_member_name (builder, "indicators");
      json_builder_add_int_value (builder, category->n_indicators);
      json_builder_set_member_name (builder, "met");
      json_builder_add_int_value (builder, category->n_met);
      json_builder_set_member_name (builder, "measurable");
      json_builder_add_int_value (builder, category->n_measurable);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
build_year_score (JxDepartment *department,
                  JxYearScore  *score,
                  gpointer      user_data)
{
  JsonBuilder *builder = user_data;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "department");
  json_builder_add_string_value (builder, jx_department_get_name (department));
  json_builder_set_member_name (builder, "year");
  json_builder_add_int_value (builder, jx_department_year_get_year (score->year));
  json_builder_set_member_name (builder, "profile");
  json_builder_add_string_value (builder, jx_scoring_profile_get_name (score->profile));
  add_money_member (builder, "budget", score->budget);
  add_money_member (builder, "actual", score->actual);
  add_rate_member (builder, score->actual, score->budget);
  add_points_member (builder, "execution_score", score->execution_score);
  add_indicator_scores (builder, jx_department_year_get_indicators (score->year), score->indicators);
  add_points_member (builder, "total", score->complete ? score->total : JX_UNSET);
  add_grade_member (builder, score->grade);
  json_builder_set_member_name (builder, "indicators_met");
  json_builder_add_int_value (builder, score->n_met);
  json_builder_set_member_name (builder, "indicators_measurable");
  json_builder_add_int_value (builder, score->n_measurable);
  add_categories (builder, score->project_categories);

  json_builder_set_member_name (builder, "projects");
  json_builder_begin_array (builder);
  for (guint i = 0; i < score->projects->len; i++)
    {
      JxProjectScore *project = g_ptr_array_index (score->projects, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, jx_project_get_name (project->project));
      add_money_member (builder, "budget", project->budget);
      add_money_member (builder, "actual", project->actual);
      add_rate_member (builder, project->actual, project->budget);
      add_points_member (builder, "execution_weight", project->execution_weight);
      add_points_member (builder, "execution_score", project->execution_score);
      add_categories (builder, project->categories);
      add_indicator_scores (builder, jx_project_get_indicators (project->project), project->indicators);
      add_points_member (builder, "total", project->total);
      json_builder_set_member_name (builder, "complete");
      json_builder_add_boolean_value (builder, project->complete);
      add_grade_member (builder, project->grade);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
print_builder (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static int
run_score (int    argc,
           char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *department = NULL;
  gboolean as_json = FALSE;
  int year = 0;
  GOptionEntry entries[] = {
    { "department", 0, 0, G_OPTION_ARG_STRING, &department,
      N_("Score only the department called NAME"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("Score only the year YEAR"), N_("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json,
      N_("Print JSON instead of text"), NULL },
    { NULL }
  };

  if (!parse_options ("score", _("DB"),
                      _("Scores the department-years of the database DB by their scoring profiles: the execution rate and score, every indicator's score, subtotals, total and grade of each project and department-year."),
                      entries, &argc, &argv, 1))
    return EXIT_USAGE;

  store = jx_store_open (argv[2], JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store == NULL)
    return report (error);

  if (!as_json)
    return for_each_year (store, department, year, print_year_score, NULL, &error) ? EXIT_OK : report (error);

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "years");
  json_builder_begin_array (builder);
  if (!for_each_year (store, department, year, build_year_score, builder, &error))
    return report (error);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  print_builder (builder);

  return EXIT_OK;
}

typedef struct {
  GPtrArray *findings;   /* JxFinding, of every year */
} CheckRun;

static void
collect_findings (JxDepartment *department,
                  JxYearScore  *score,
                  gpointer      user_data)
{
  CheckRun *run = user_data;
  g_autoptr(GPtrArray) findings = jx_checker_check_year (score, jx_department_get_name (department));

  g_ptr_array_extend_and_steal (run->findings, g_steal_pointer (&findings));
}

static int
run_check (int    argc,
           char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_finding_free);
  g_autofree char *department = NULL;
  gboolean as_json = FALSE;
  int year = 0;
  CheckRun run = { findings };
  guint n_errors;
  guint n_warnings;
  guint n_notes;
  GOptionEntry entries[] = {
    { "department", 0, 0, G_OPTION_ARG_STRING, &department,
      N_("Check only the department called NAME"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      N_("Check only the year YEAR"), N_("YEAR") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json,
      N_("Print JSON instead of text"), NULL },
    { NULL }
  };

  if (!parse_options ("check", _("DB"),
                      _("Checks the database DB for arithmetic slips and missing explanations: stated totals, rates, scores and grades against computed ones, weights, spending and unmet targets without a deviation reason. The exit status is 1 when there are errors."),
                      entries, &argc, &argv, 1))
    return EXIT_USAGE;

  store = jx_store_open (argv[2], JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store == NULL || !for_each_year (store, department, year, collect_findings, &run, &error))
    return report (error);

  n_errors = jx_checker_count (findings, JX_SEVERITY_ERROR);
  n_warnings = jx_checker_count (findings, JX_SEVERITY_WARNING);
  n_notes = jx_checker_count (findings, JX_SEVERITY_INFO);

  if (as_json)
    {
      static const char * const severities[] = { "error", "warning", "note" };
      g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "findings");
      json_builder_begin_array (builder);
      for (guint i = 0; i < findings->len; i++)
        {
          JxFinding *finding = g_ptr_array_index (findings, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "severity");
          json_builder_add_string_value (builder, severities[finding->severity]);
          json_builder_set_member_name (builder, "code");
          json_builder_add_string_value (builder, finding->code);
          json_builder_set_member_name (builder, "record");
          json_builder_add_string_value (builder, finding->record);
          json_builder_set_member_name (builder, "field");
          json_builder_add_string_value (builder, finding->field);
          json_builder_set_member_name (builder, "stated");
          json_builder_add_string_value (builder, finding->stated);
          json_builder_set_member_name (builder, "computed");
          json_builder_add_string_value (builder, finding->computed);
          json_builder_set_member_name (builder, "message");
          json_builder_add_string_value (builder, finding->message);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      print_builder (builder);
    }
  else
    {
      for (guint i = 0; i < findings->len; i++)
        {
          JxFinding *finding = g_ptr_array_index (findings, i);

          g_print ("%s: %s [%s]\n  %s\n", jx_severity_to_string (finding->severity),
                   finding->record, finding->field, finding->message);
        }

      /* TRANSLATORS: the numbers of errors, warnings and notes found */
      g_print (_("%u errors, %u warnings, %u notes.\n"), n_errors, n_warnings, n_notes);
    }

  return n_errors > 0 ? EXIT_DATA : EXIT_OK;
}

/* Loads a department with everything it owns, or says why not. */
static JxDepartment *
load_department (JxStore     *store,
                 const char  *name,
                 GError     **error)
{
  g_autoptr(JxDepartment) department = jx_store_find_department (store, name, error);

  if (department == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                     _("There is no department named “%s”"), name);
      return NULL;
    }

  if (!jx_store_load_children (store, JX_RECORD (department), TRUE, error))
    return NULL;

  return g_steal_pointer (&department);
}

static JxChartData *
chart_for_project (JxDepartment     *department,
                   JxDepartmentYear *year,
                   const char       *project_name,
                   GError          **error)
{
  GPtrArray *projects = jx_department_year_get_projects (year);

  for (guint i = 0; i < projects->len; i++)
    {
      JxProject *project = g_ptr_array_index (projects, i);

      if (project_name == NULL ? jx_project_get_allocations (project)->len > 0
                               : g_str_equal (jx_project_get_name (project), project_name))
        return jx_chart_builder_allocation (project, jx_department_get_name (department),
                                            jx_department_year_get_year (year));
    }

  if (project_name != NULL)
    g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                 _("%s %d has no project named “%s”"), jx_department_get_name (department),
                 (int) jx_department_year_get_year (year), project_name);
  else
    g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                 _("%s %d has no project with allocation lines; name one with --project"),
                 jx_department_get_name (department), (int) jx_department_year_get_year (year));
  return NULL;
}

static int
run_chart (int    argc,
           char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartment) department = NULL;
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_data_free);
  g_autoptr(GPtrArray) scores = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_year_score_free);
  g_autoptr(JxChartStyle) style = NULL;
  g_autofree char *kind_name = NULL;
  g_autofree char *department_name = NULL;
  g_autofree char *project_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *style_name = NULL;
  JxYearScore *year_score = NULL;
  JxChartKind kind = JX_CHART_KIND_EXECUTION;
  gboolean all = FALSE;
  int year = 0;
  int month = 6;
  double width = 720;
  double height = 450;
  double dpi = 144;
  GPtrArray *years;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name,
      N_("execution, budget-actual, attainment, score, structure, allocation, trend, monitoring, or all for a PDF of them all"), N_("KIND") },
    { "department", 0, 0, G_OPTION_ARG_STRING, &department_name, N_("The department called NAME"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year YEAR"), N_("YEAR") },
    { "project", 0, 0, G_OPTION_ARG_STRING, &project_name, N_("The project of an allocation chart"), N_("NAME") },
    { "month", 0, 0, G_OPTION_ARG_INT, &month, N_("The month of a monitoring chart (6)"), N_("MONTH") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE (.png, .svg or .pdf)"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in points (720)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, N_("Height in points (450); charts of many rows grow"), N_("H") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("Resolution of a PNG (144)"), N_("D") },
    { "style", 0, 0, G_OPTION_ARG_STRING, &style_name, N_("print (light, the default) or screen (dark)"), N_("STYLE") },
    { NULL }
  };

  if (!parse_options ("chart", _("DB"),
                      _("Draws a chart of a department-year into a PNG, SVG or PDF file, for reports. Sizes are in points (1/72 inch)."),
                      entries, &argc, &argv, 1))
    return EXIT_USAGE;

  if (output == NULL || department_name == NULL || year == 0)
    {
      print_error (_("“chart” needs --department, --year and --output"));
      return EXIT_USAGE;
    }

  all = g_strcmp0 (kind_name, "all") == 0;
  if (!all && kind_name != NULL && !jx_chart_kind_from_string (kind_name, &kind))
    {
      print_error (_("“%s” is not a kind of chart"), kind_name);
      return EXIT_USAGE;
    }

  if (month < 1 || month > 12)
    {
      print_error (_("--month must be between 1 and 12"));
      return EXIT_USAGE;
    }

  if (style_name == NULL || g_str_equal (style_name, "print"))
    style = jx_chart_style_new_print ();
  else if (g_str_equal (style_name, "screen"))
    style = jx_chart_style_new_screen (TRUE);
  else
    {
      print_error (_("--style must be print or screen"));
      return EXIT_USAGE;
    }

  store = jx_store_open (argv[2], JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store == NULL)
    return report (error);

  department = load_department (store, department_name, &error);
  if (department == NULL)
    return report (error);

  years = jx_department_get_years (department);
  for (guint i = 0; i < years->len; i++)
    {
      JxDepartmentYear *entry = g_ptr_array_index (years, i);
      g_autoptr(JxScoringProfile) profile = jx_year_score_load_profile (store, entry, &error);
      JxYearScore *score;

      if (profile == NULL)
        return report (error);
      score = jx_year_score_new (profile, entry);
      g_ptr_array_add (scores, score);
      if (jx_department_year_get_year (entry) == year)
        year_score = score;
    }

  if (year_score == NULL)
    {
      print_error (_("%s has no entry for the year %d"), department_name, year);
      return EXIT_DATA;
    }

  for (guint k = 0; k < JX_CHART_N_KINDS; k++)
    {
      JxChartData *data = NULL;

      if (!all && k != kind)
        continue;

      switch ((JxChartKind) k)
        {
        case JX_CHART_KIND_ALLOCATION:
          data = chart_for_project (department, year_score->year, project_name, all ? NULL : &error);
          if (data == NULL && !all)
            return report (error);
          break;

        case JX_CHART_KIND_TREND:
          data = jx_chart_builder_trend (department_name, scores);
          break;

        case JX_CHART_KIND_MONITORING:
          data = jx_chart_builder_monitoring (year_score, department_name, (guint) month);
          break;

        default:
          data = jx_chart_builder_for_year ((JxChartKind) k, year_score, department_name);
          break;
        }

      if (data != NULL)
        g_ptr_array_add (charts, data);
    }

  if (!jx_chart_export (charts, style, output, width, height, dpi, &error))
    return report (error);

  return EXIT_OK;
}

static int
run_report (int    argc,
            char **argv)
{
  g_autoptr(JxStore) store = NULL;
  g_autoptr(JxReport) pack = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *department = NULL;
  g_autofree char *output = NULL;
  JxReportFormat format;
  int year = 0;
  GOptionEntry entries[] = {
    { "department", 0, 0, G_OPTION_ARG_STRING, &department, N_("The department called NAME"), N_("NAME") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The year YEAR"), N_("YEAR") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write to FILE: .pdf for the report pack, .xlsx for a workbook, .csv for the tables as text"), N_("FILE") },
    { NULL }
  };

  if (!parse_options ("report", _("DB"),
                      _("Writes the self-evaluation report of a department-year: the 部门整体 and every project's 自评表 with scores and grades, the summary, the charts and the findings of the checks, as a PDF report pack, an .xlsx workbook (one sheet per form) or a CSV file."),
                      entries, &argc, &argv, 1))
    return EXIT_USAGE;

  if (output == NULL || department == NULL || year == 0)
    {
      print_error (_("“report” needs --department, --year and --output"));
      return EXIT_USAGE;
    }

  if (!jx_report_format_for_path (output, &format, &error))
    {
      print_error ("%s", error->message);
      return EXIT_USAGE;
    }

  store = jx_store_open (argv[2], JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  if (store == NULL)
    return report (error);

  pack = jx_report_load (store, department, year, &error);
  if (pack == NULL || !jx_report_write (pack, output, format, NULL, NULL, NULL, &error))
    return report (error);

  return EXIT_OK;
}

static const Command commands[] = {
  { "demo", N_("DB"), N_("Create a database with the sample data"), run_demo },
  { "import", N_("DB FILE.json"), N_("Import an exchange file"), run_import },
  { "export", N_("DB FILE.json"), N_("Export to an exchange file"), run_export },
  { "list", N_("DB"), N_("List departments, years and projects"), run_list },
  { "score", N_("DB"), N_("Score projects and department-years"), run_score },
  { "check", N_("DB"), N_("Find arithmetic slips and missing explanations"), run_check },
  { "chart", N_("DB"), N_("Draw a chart into a PNG, SVG or PDF file"), run_chart },
  { "report", N_("DB"), N_("Write the self-evaluation report as PDF, XLSX or CSV"), run_report },
};

static void
print_usage (FILE *stream)
{
  fprintf (stream, "%s\n\n%s\n", _("Usage: jixiao-cli COMMAND [OPTION…] ARGUMENTS"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *usage = g_strdup_printf ("%s %s", commands[i].name, _(commands[i].parameters));

      fprintf (stream, "  %-24s %s\n", usage, _(commands[i].summary));
    }
  fprintf (stream, "\n%s\n", _("Run “jixiao-cli COMMAND --help” to see the options of a command."));
}

int
main (int    argc,
      char **argv)
{
  jx_locale_init ();

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("jixiao-cli %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc, argv);

  print_error (_("“%s” is not a command"), argv[1]);
  print_usage (stderr);
  return EXIT_USAGE;
}
