/* jx-exchange-import.c: reading the JSON exchange format
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import checks the whole file before it writes anything, and then
 * writes it in one transaction: a bad file leaves the database as it was,
 * and the error names the JSON path of the first problem
 * ("departments[2].years[0].projects[5].indicators[1].weight").
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "jx-department-year.h"
#include "jx-exchange.h"
#include "jx-number.h"
#include "jx-project.h"
#include "jx-scoring-profile.h"

G_DEFINE_QUARK (jx-exchange-error-quark, jx_exchange_error)

typedef struct {
  JxImportSummary *summary;
  GString         *path;     /* the JSON path of the node being read */
} Reader;

void
jx_import_summary_clear (JxImportSummary *summary)
{
  g_clear_pointer (&summary->warnings, g_ptr_array_unref);
  memset (summary, 0, sizeof *summary);
}

static void
add_warning (JxImportSummary *summary,
             char            *warning)
{
  if (summary->warnings == NULL)
    summary->warnings = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (summary->warnings, warning);
}

G_GNUC_PRINTF (3, 4)
static gboolean
invalid (Reader      *reader,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_INVALID,
               "%s: %s", reader->path->len > 0 ? reader->path->str : "(root)", message);
  return FALSE;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("a list");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return _("text");
      if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        return _("true or false");
      return _("a number");
    }
}

/* A JSON number as the decimal text it stands for, or %NULL when it can
 * only be written with an exponent. */
static char *
number_to_text (JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double number;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  number = json_node_get_double (node);
  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, number);
      if (g_ascii_strtod (buffer, NULL) == number)
        break;
    }

  if (strchr (buffer, 'e') != NULL || strchr (buffer, 'n') != NULL)
    return NULL;

  return g_strdup (buffer);
}

static gboolean
read_field (Reader      *reader,
            JxRecord    *record,
            GParamSpec  *pspec,
            JsonNode    *node,
            GError     **error)
{
  JxFieldKind kind = jx_field_get_kind (pspec);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  g_value_init (&value, pspec->value_type);

  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (jx_field_is_required (pspec))
        return invalid (reader, error, _("must be given"));
      if (kind == JX_FIELD_ENUM)
        g_value_set_enum (&value, 0);
      else
        g_param_value_set_default (pspec, &value);
      jx_record_set_value (record, pspec->param_id, &value);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) == G_TYPE_BOOLEAN)
    return invalid (reader, error, _("expected %s, found %s"),
                    kind == JX_FIELD_TEXT || kind == JX_FIELD_REFERENCE || kind == JX_FIELD_ENUM
                      ? _("text") : _("a number"),
                    node_type_name (node));

  if (json_node_get_value_type (node) == G_TYPE_STRING)
    {
      text = json_node_dup_string (node);
    }
  else
    {
      if (kind == JX_FIELD_TEXT || kind == JX_FIELD_REFERENCE || kind == JX_FIELD_ENUM)
        return invalid (reader, error, _("expected text, found %s"), node_type_name (node));

      text = number_to_text (node);
      if (text == NULL)
        return invalid (reader, error, _("write this number as a decimal in quotes, such as \"0.000001\""));
    }

  if (!g_utf8_validate (text, -1, NULL))
    return invalid (reader, error, _("the text is not valid UTF-8"));

  if (!jx_field_value_from_text (pspec, text, &value, &local_error))
    return invalid (reader, error, "%s", local_error->message);

  if (jx_field_is_required (pspec) && jx_field_is_empty (pspec, &value))
    return invalid (reader, error, _("must not be empty"));

  jx_record_set_value (record, pspec->param_id, &value);
  return TRUE;
}

static JxRecord *read_record (Reader    *reader,
                              GType      type,
                              JsonNode  *node,
                              GError   **error);

static gboolean
read_children (Reader      *reader,
               JxRecord    *record,
               const char  *set_name,
               GType        type,
               JsonNode    *node,
               GError     **error)
{
  JsonArray *array;
  gsize path_length = reader->path->len;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (reader, error, _("expected a list, found %s"), node_type_name (node));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autoptr(JxRecord) child = NULL;

      g_string_append_printf (reader->path, "[%u]", i);
      child = read_record (reader, type, json_array_get_element (array, i), error);
      if (child == NULL)
        return FALSE;
      g_string_truncate (reader->path, path_length);

      jx_record_append_child (record, set_name, child);
    }

  return TRUE;
}

static JxRecord *
read_record (Reader    *reader,
             GType      type,
             JsonNode  *node,
             GError   **error)
{
  g_autoptr(JxRecord) record = NULL;
  JxRecordClass *klass;
  JsonObject *object;
  g_autoptr(GList) members = NULL;
  gsize path_length = reader->path->len;
  guint n_fields;
  GParamSpec **fields;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (reader, error, _("expected an object, found %s"), node_type_name (node));
      return NULL;
    }

  record = g_object_new (type, NULL);
  klass = JX_RECORD_GET_CLASS (record);
  object = json_node_get_object (node);
  members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      JsonNode *member_node = json_object_get_member (object, member);
      GParamSpec *pspec = jx_record_class_find_field (klass, member);
      const JxChildSet *child_set = NULL;

      g_string_append_printf (reader->path, "%s%s", path_length > 0 ? "." : "", member);

      if (pspec != NULL)
        {
          if (!read_field (reader, record, pspec, member_node, error))
            return NULL;
        }
      else if ((child_set = jx_record_class_find_child_set (klass, member)) != NULL)
        {
          if (!read_children (reader, record, child_set->name, child_set->type, member_node, error))
            return NULL;
        }
      else
        {
          invalid (reader, error, _("unknown field; check its spelling against the Jixiao exchange format"));
          return NULL;
        }

      g_string_truncate (reader->path, path_length);
    }

  fields = jx_record_class_get_fields (klass, &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (jx_field_is_required (fields[i]) &&
          jx_field_is_empty (fields[i], jx_record_peek_value (record, i + 1)))
        {
          invalid (reader, error, _("the field “%s” is missing"), jx_field_get_key (fields[i]));
          return NULL;
        }
    }

  if (JX_IS_DEPARTMENT_YEAR (record))
    reader->summary->n_years++;
  else if (JX_IS_PROJECT (record))
    reader->summary->n_projects++;
  else if (g_str_equal (jx_record_class_get_table (klass), "indicators"))
    reader->summary->n_indicators++;

  return g_steal_pointer (&record);
}

/* Reads the list @member of the root object into @records. */
static gboolean
read_record_list (Reader      *reader,
                  JsonObject  *object,
                  const char  *member,
                  GType        type,
                  GPtrArray   *records,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  g_string_assign (reader->path, member);
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return invalid (reader, error, _("expected a list, found %s"), node_type_name (node));

  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
    {
      JxRecord *record;

      g_string_printf (reader->path, "%s[%u]", member, i);
      record = read_record (reader, type, json_array_get_element (json_node_get_array (node), i), error);
      if (record == NULL)
        return FALSE;

      g_ptr_array_add (records, record);
    }

  return TRUE;
}

static gboolean
read_root (Reader     *reader,
           JsonNode   *root,
           GPtrArray  *profiles,
           GPtrArray  *departments,
           GError    **error)
{
  JsonObject *object;
  JsonNode *node;
  g_autoptr(GList) members = NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return invalid (reader, error, _("a Jixiao exchange file is a JSON object with “format”, “version” and “departments”"));

  object = json_node_get_object (root);

  node = json_object_get_member (object, "format");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING ||
      g_strcmp0 (json_node_get_string (node), "jixiao") != 0)
    return invalid (reader, error, _("this is not a Jixiao exchange file (its “format” is not “jixiao”)"));

  node = json_object_get_member (object, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64 || json_node_get_int (node) < 1)
    {
      g_string_assign (reader->path, "version");
      return invalid (reader, error, _("expected the format version, a whole number"));
    }

  if (json_node_get_int (node) > JX_EXCHANGE_FORMAT_VERSION)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NEWER_VERSION,
                   _("The file was written by a newer version of Jixiao (exchange format %s; this version reads up to %d). Update Jixiao to import it."),
                   version, JX_EXCHANGE_FORMAT_VERSION);
      return FALSE;
    }

  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;

      if (!g_str_equal (member, "format") && !g_str_equal (member, "version") &&
          !g_str_equal (member, "generator") && !g_str_equal (member, "departments") &&
          !g_str_equal (member, "scoring_profiles"))
        {
          g_string_assign (reader->path, member);
          return invalid (reader, error, _("unknown field; check its spelling against the Jixiao exchange format"));
        }
    }

  if (!json_object_has_member (object, "departments"))
    {
      g_string_assign (reader->path, "departments");
      return invalid (reader, error, _("the list of departments is missing"));
    }

  if (!read_record_list (reader, object, "scoring_profiles", JX_TYPE_SCORING_PROFILE, profiles, error) ||
      !read_record_list (reader, object, "departments", JX_TYPE_DEPARTMENT, departments, error))
    return FALSE;

  reader->summary->n_departments = departments->len;
  return TRUE;
}

/* Profile names are unique in the file; a profile that the database
 * holds already must be the same one unless it is to be replaced. */
static gboolean
check_profiles (Reader         *reader,
                JxStore        *store,
                GPtrArray      *profiles,
                JxImportFlags   flags,
                GHashTable     *known,
                GError        **error)
{
  for (guint i = 0; i < profiles->len; i++)
    {
      JxScoringProfile *profile = g_ptr_array_index (profiles, i);
      const char *name = jx_scoring_profile_get_name (profile);
      g_autoptr(JxRecord) stored = NULL;
      g_autoptr(GError) local_error = NULL;

      g_string_printf (reader->path, "scoring_profiles[%u].name", i);
      if (g_hash_table_contains (known, name))
        return invalid (reader, error, _("“%s” appears twice in the file"), name);
      g_hash_table_add (known, (gpointer) name);

      stored = jx_store_find_record (store, JX_TYPE_SCORING_PROFILE, name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (stored != NULL && (flags & JX_IMPORT_FLAGS_REPLACE) == 0 &&
          !jx_record_equal (stored, JX_RECORD (profile)))
        {
          g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT,
                       _("The database has a different scoring profile named “%s”; nothing was imported"),
                       name);
          return FALSE;
        }
    }

  return TRUE;
}

/* Every year's profile is in the file or in the database. */
static gboolean
check_profile_references (Reader      *reader,
                          JxStore     *store,
                          GPtrArray   *departments,
                          GHashTable  *known,
                          GError     **error)
{
  for (guint i = 0; i < departments->len; i++)
    {
      GPtrArray *years = jx_department_get_years (g_ptr_array_index (departments, i));

      for (guint j = 0; j < years->len; j++)
        {
          const char *name = jx_department_year_get_profile (g_ptr_array_index (years, j));
          g_autoptr(JxRecord) stored = NULL;
          g_autoptr(GError) local_error = NULL;

          if (name == NULL || g_hash_table_contains (known, name))
            continue;

          stored = jx_store_find_record (store, JX_TYPE_SCORING_PROFILE, name, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }

          if (stored == NULL)
            {
              g_string_printf (reader->path, "departments[%u].years[%u].profile", i, j);
              return invalid (reader, error, _("there is no scoring profile named “%s” in the file or the database"), name);
            }

          g_hash_table_add (known, (gpointer) name);
        }
    }

  return TRUE;
}

static gboolean
write_profiles (JxStore    *store,
                GPtrArray  *profiles,
                GError    **error)
{
  for (guint i = 0; i < profiles->len; i++)
    {
      JxRecord *profile = g_ptr_array_index (profiles, i);
      g_autoptr(JxRecord) stored = NULL;
      g_autoptr(GError) local_error = NULL;
      guint n_fields;
      GParamSpec **fields;

      stored = jx_store_find_record (store, JX_TYPE_SCORING_PROFILE,
                                     jx_scoring_profile_get_name (JX_SCORING_PROFILE (profile)), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (stored == NULL)
        {
          if (!jx_store_insert (store, profile, NULL, NULL, error))
            return FALSE;
          continue;
        }

      if (jx_record_equal (stored, profile))
        continue;

      /* check_profiles() allowed this only when replacing. */
      fields = jx_record_class_get_fields (JX_RECORD_GET_CLASS (stored), &n_fields);
      for (guint f = 0; f < n_fields; f++)
        {
          jx_record_set_value (stored, f + 1, jx_record_peek_value (profile, f + 1));
          if (!jx_store_update_field (store, stored, fields[f]->name, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* The rules that span records: unique names and years, parents that
 * exist, no department above itself. */
static gboolean
check_departments (Reader     *reader,
                   JxStore    *store,
                   GPtrArray  *departments,
                   GError    **error)
{
  g_autoptr(GHashTable) by_name = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      const char *name = jx_department_get_name (department);
      GPtrArray *years = jx_department_get_years (department);
      g_autoptr(GHashTable) seen_years = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      g_string_printf (reader->path, "departments[%u].name", i);
      if (g_hash_table_contains (by_name, name))
        return invalid (reader, error, _("“%s” appears twice in the file"), name);
      g_hash_table_insert (by_name, (gpointer) name, department);

      for (guint j = 0; j < years->len; j++)
        {
          JxDepartmentYear *year = g_ptr_array_index (years, j);
          gint64 number = jx_department_year_get_year (year);

          g_string_printf (reader->path, "departments[%u].years[%u].year", i, j);
          if (!g_hash_table_add (seen_years, g_memdup2 (&number, sizeof number)))
            return invalid (reader, error, _("%s has the year %d twice"), name, (int) number);
        }
    }

  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      const char *parent = jx_department_get_parent (department);
      guint depth = 0;

      if (parent == NULL)
        continue;

      g_string_printf (reader->path, "departments[%u].parent", i);

      if (!g_hash_table_contains (by_name, parent))
        {
          g_autoptr(JxDepartment) stored = NULL;
          g_autoptr(GError) local_error = NULL;

          stored = jx_store_find_department (store, parent, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }

          if (stored == NULL)
            {
              add_warning (reader->summary,
                           g_strdup_printf (_("%s: “%s” belongs to “%s”, which is neither in the file nor in the database; it was imported without a parent"),
                                            reader->path->str, jx_department_get_name (department), parent));
              jx_department_set_parent (department, NULL);
            }
          continue;
        }

      /* Follow the parents within the file: no cycles. */
      for (const char *up = parent; up != NULL; depth++)
        {
          JxDepartment *above = g_hash_table_lookup (by_name, up);

          if (g_str_equal (up, jx_department_get_name (department)) || depth > departments->len)
            return invalid (reader, error, _("“%s” would belong to itself"),
                            jx_department_get_name (department));
          up = above != NULL ? jx_department_get_parent (above) : NULL;
        }
    }

  return TRUE;
}

static gboolean
write_departments (Reader         *reader,
                   JxStore        *store,
                   GPtrArray      *departments,
                   JxImportFlags   flags,
                   GError        **error)
{
  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      g_autoptr(JxDepartment) stored = NULL;
      g_autoptr(GError) local_error = NULL;
      GPtrArray *years;
      GPtrArray *stored_years;

      stored = jx_store_find_department (store, jx_department_get_name (department), &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (stored == NULL)
        {
          if (!jx_store_insert (store, JX_RECORD (department), NULL, NULL, error))
            return FALSE;
          continue;
        }

      /* The department is known: add its years, replacing stored ones
       * only when asked to. */
      reader->summary->n_departments--;

      if (!jx_store_load_children (store, JX_RECORD (stored), FALSE, error))
        return FALSE;

      if ((flags & JX_IMPORT_FLAGS_REPLACE) != 0)
        {
          guint n_fields;
          GParamSpec **fields = jx_record_class_get_fields (JX_RECORD_GET_CLASS (stored), &n_fields);

          for (guint f = 0; f < n_fields; f++)
            {
              if (jx_field_get_kind (fields[f]) == JX_FIELD_REFERENCE)
                continue;   /* written with the other parents below */
              jx_record_set_value (JX_RECORD (stored), f + 1,
                                   jx_record_peek_value (JX_RECORD (department), f + 1));
              if (!jx_store_update_field (store, JX_RECORD (stored), fields[f]->name, error))
                return FALSE;
            }
        }

      years = jx_department_get_years (department);
      stored_years = jx_department_get_years (stored);

      for (guint j = 0; j < years->len; j++)
        {
          JxDepartmentYear *year = g_ptr_array_index (years, j);

          for (guint k = 0; k < stored_years->len; k++)
            {
              JxDepartmentYear *stored_year = g_ptr_array_index (stored_years, k);

              if (jx_department_year_get_year (stored_year) != jx_department_year_get_year (year))
                continue;

              if ((flags & JX_IMPORT_FLAGS_REPLACE) == 0)
                {
                  g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT,
                               _("%s already has the year %d in the database; nothing was imported"),
                               jx_department_get_name (department),
                               (int) jx_department_year_get_year (year));
                  return FALSE;
                }

              if (!jx_store_delete (store, JX_RECORD (stored_year), error))
                return FALSE;
            }

          if (!jx_store_insert (store, JX_RECORD (year), JX_RECORD (stored), "years", error))
            return FALSE;
        }
    }

  /* Parents last, once every department of the file is stored. */
  for (guint i = 0; i < departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (departments, i);
      g_autoptr(JxDepartment) stored = NULL;

      if (jx_department_get_parent (department) == NULL)
        continue;

      stored = jx_store_find_department (store, jx_department_get_name (department), error);
      if (stored == NULL)
        return FALSE;

      jx_department_set_parent (stored, jx_department_get_parent (department));
      if (!jx_store_update_field (store, JX_RECORD (stored), "parent", error))
        {
          g_prefix_error (error, "departments[%u].parent: ", i);
          return FALSE;
        }
    }

  return TRUE;
}

/* Arrays and objects nested deeper than any exchange file nests them
 * (a file's deepest value is about ten levels down).  JSON-GLib reads
 * nesting by recursion: a file of a million "[" would overflow the stack,
 * so it is refused before it is parsed. */
#define MAX_NESTING 64

static gboolean
check_nesting (const char  *data,
               gsize        size,
               const char  *source_name,
               GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;
  guint line = 1;

  for (gsize i = 0; i < size; i++)
    {
      char c = data[i];

      if (c == '\n')
        line++;
      else if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > MAX_NESTING)
            {
              g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                           _("%s is not an exchange file: its arrays and objects are nested more than %d deep at line %u"),
                           source_name, MAX_NESTING, line);
              return FALSE;
            }
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

/**
 * jx_exchange_import_bytes:
 * @store: the database to import into
 * @bytes: the contents of an exchange file
 * @source_name: the file name, for messages
 * @flags: %JX_IMPORT_FLAGS_REPLACE to replace department-years that are
 *   already stored (and the details of their departments)
 * @summary: (out caller-allocates) (optional): what was imported
 * @error: return location for a #JX_EXCHANGE_ERROR or #JX_STORE_ERROR
 *
 * Imports every department of the file, all or nothing.
 */
gboolean
jx_exchange_import_bytes (JxStore          *store,
                          GBytes           *bytes,
                          const char       *source_name,
                          JxImportFlags     flags,
                          JxImportSummary  *summary,
                          GError          **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) departments = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) known_profiles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  JxImportSummary local_summary = { 0 };
  Reader reader = { summary != NULL ? summary : &local_summary, path };
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  gboolean ok;

  g_return_val_if_fail (JX_IS_STORE (store), FALSE);

  if (summary != NULL)
    memset (summary, 0, sizeof *summary);

  /* An empty GBytes may hold no data at all, which JSON-GLib refuses. */
  if (size == 0)
    {
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                   _("%s is empty"), source_name);
      jx_import_summary_clear (&local_summary);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                   _("%s is not a text file in UTF-8"), source_name);
      jx_import_summary_clear (&local_summary);
      return FALSE;
    }

  if (!check_nesting (data, size, source_name, error))
    {
      jx_import_summary_clear (&local_summary);
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, data, (gssize) size, &local_error))
    {
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                   _("%s is not valid JSON: %s"), source_name, local_error->message);
      jx_import_summary_clear (&local_summary);
      return FALSE;
    }

  ok = read_root (&reader, json_parser_get_root (parser), profiles, departments, error) &&
       check_profiles (&reader, store, profiles, flags, known_profiles, error) &&
       check_profile_references (&reader, store, departments, known_profiles, error) &&
       check_departments (&reader, store, departments, error);

  if (ok)
    {
      ok = jx_store_begin (store, error);
      if (ok)
        {
          ok = write_profiles (store, profiles, error) &&
               write_departments (&reader, store, departments, flags, error) &&
               jx_store_commit (store, error);
          if (!ok)
            jx_store_rollback (store);
        }
    }

  if (!ok && summary != NULL)
    jx_import_summary_clear (summary);
  jx_import_summary_clear (&local_summary);

  return ok;
}

/**
 * jx_exchange_import_file:
 * @store: the database to import into
 * @path: an exchange file
 * @flags: see jx_exchange_import_bytes()
 * @summary: (out caller-allocates) (optional): what was imported
 * @error: return location for an error
 */
gboolean
jx_exchange_import_file (JxStore          *store,
                         const char       *path,
                         JxImportFlags     flags,
                         JxImportSummary  *summary,
                         GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  GStatBuf st;

  g_return_val_if_fail (path != NULL, FALSE);

  /* The whole file is parsed in memory, several times its size. */
  if (g_stat (path, &st) == 0 && st.st_size > JX_EXCHANGE_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size ((guint64) st.st_size);
      g_autofree char *limit = g_format_size (JX_EXCHANGE_MAX_FILE_SIZE);

      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_TOO_LARGE,
                   _("%s is %s, more than the %s an exchange file may have; export it in parts, one department or one year at a time"),
                   path, size, limit);
      return FALSE;
    }

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;

  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return jx_exchange_import_bytes (store, bytes, path, flags, summary, error);
}
