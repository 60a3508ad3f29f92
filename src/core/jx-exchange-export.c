/* jx-exchange-export.c: writing the JSON exchange format
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exact numbers are written as strings (money in 万元, points, decimals),
 * so that no reader turns them into floating point; empty fields and empty
 * lists are left out.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "jx-department-year.h"
#include "jx-exchange.h"
#include "jx-scoring-profile.h"

static void
write_record (JsonBuilder *builder,
              JxRecord    *record)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (record);
  guint n_fields;
  GParamSpec **fields = jx_record_class_get_fields (klass, &n_fields);
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (klass, &n_child_sets);

  json_builder_begin_object (builder);

  for (guint i = 0; i < n_fields; i++)
    {
      const GValue *value = jx_record_peek_value (record, i + 1);

      if (jx_field_is_empty (fields[i], value))
        continue;

      json_builder_set_member_name (builder, jx_field_get_key (fields[i]));

      if (jx_field_get_kind (fields[i]) == JX_FIELD_INTEGER)
        {
          json_builder_add_int_value (builder, g_value_get_int64 (value));
        }
      else
        {
          g_autofree char *text = jx_field_value_to_text (fields[i], value);

          json_builder_add_string_value (builder, text);
        }
    }

  for (guint i = 0; i < n_child_sets; i++)
    {
      GPtrArray *children = jx_record_get_children (record, child_sets[i].name);

      if (children->len == 0)
        continue;

      json_builder_set_member_name (builder, child_sets[i].name);
      json_builder_begin_array (builder);
      for (guint j = 0; j < children->len; j++)
        write_record (builder, g_ptr_array_index (children, j));
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

/* Loads the departments of the selection, each with the selected years
 * and everything they own. */
static GPtrArray *
load_selection (JxStore     *store,
                const char  *department_name,
                gint64       year,
                GError     **error)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) selected = g_ptr_array_new_with_free_func (g_object_unref);

  if (department_name != NULL)
    {
      JxDepartment *department = jx_store_find_department (store, department_name, error);

      if (department == NULL)
        {
          if (error == NULL || *error == NULL)
            g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                         _("There is no department named “%s”"), department_name);
          return NULL;
        }

      departments = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (departments, department);
    }
  else
    {
      departments = jx_store_list_departments (store, error);
      if (departments == NULL)
        return NULL;
    }

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      GPtrArray *years;

      if (!jx_store_load_children (store, JX_RECORD (department), TRUE, error))
        return NULL;

      years = jx_department_get_years (department);
      if (year != 0)
        {
          for (guint j = years->len; j > 0; j--)
            if (jx_department_year_get_year (g_ptr_array_index (years, j - 1)) != year)
              g_ptr_array_remove_index (years, j - 1);

          if (years->len == 0)
            continue;
        }

      g_ptr_array_add (selected, g_object_ref (department));
    }

  if (year != 0 && selected->len == 0)
    {
      if (department_name != NULL)
        g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                     _("%s has no entry for the year %d"), department_name, (int) year);
      else
        g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NOT_FOUND,
                     _("No department has an entry for the year %d"), (int) year);
      return NULL;
    }

  return g_steal_pointer (&selected);
}

/**
 * jx_exchange_export_string:
 * @store: a database
 * @department: (nullable): the name of the one department to export, or
 *   %NULL for all
 * @year: the one year to export, or 0 for all
 * @error: return location for an error
 *
 * Returns: (transfer full): the selection as an exchange file, pretty
 *   printed
 */
char *
jx_exchange_export_string (JxStore     *store,
                           const char  *department,
                           gint64       year,
                           GError     **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) profiles = NULL;

  g_return_val_if_fail (JX_IS_STORE (store), NULL);

  departments = load_selection (store, department, year, error);
  if (departments == NULL)
    return NULL;

  profiles = jx_store_list_records (store, JX_TYPE_SCORING_PROFILE, error);
  if (profiles == NULL)
    return NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, "jixiao");
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, JX_EXCHANGE_FORMAT_VERSION);
  json_builder_set_member_name (builder, "generator");
  json_builder_add_string_value (builder, "Jixiao " PACKAGE_VERSION);
  json_builder_set_member_name (builder, "scoring_profiles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < profiles->len; i++)
    write_record (builder, g_ptr_array_index (profiles, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "departments");
  json_builder_begin_array (builder);
  for (guint i = 0; i < departments->len; i++)
    write_record (builder, g_ptr_array_index (departments, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/**
 * jx_exchange_export_file:
 * @store: a database
 * @path: the file to write, replaced as a whole (never half written)
 * @department: (nullable): see jx_exchange_export_string()
 * @year: see jx_exchange_export_string()
 * @error: return location for an error
 */
gboolean
jx_exchange_export_file (JxStore     *store,
                         const char  *path,
                         const char  *department,
                         gint64       year,
                         GError     **error)
{
  g_autofree char *contents = jx_exchange_export_string (store, department, year, error);
  g_autofree char *text = NULL;

  if (contents == NULL)
    return FALSE;

  text = g_strconcat (contents, "\n", NULL);

  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
