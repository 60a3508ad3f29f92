/* jx-exchange-import.c: reading the JSON exchange format
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import reads the file a department at a time with a pull reader
 * (jx-json-reader.c), checks each department and writes it before it
 * reads the next, so that a province's file takes the memory of one
 * department.  Everything is written in one transaction: a problem
 * anywhere in the file rolls it back and leaves the database as it was,
 * and the error names the JSON path of the problem
 * ("departments[2].years[0].projects[5].indicators[1].weight").
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "jx-department-year.h"
#include "jx-exchange.h"
#include "jx-json-reader.h"
#include "jx-number.h"
#include "jx-project.h"
#include "jx-scoring-profile.h"

G_DEFINE_QUARK (jx-exchange-error-quark, jx_exchange_error)

/* One step of the JSON path of the record being read:
 * "departments[2]", "years[0]". */
typedef struct {
  const char *set_name;
  guint       index;
} PathStep;

/* A department of the file, for the rules that span departments. */
typedef struct {
  guint  index;
  char  *name;
  char  *parent;
} DepartmentEntry;

/* A department-year whose scoring profile is neither in the database nor
 * among the file's profiles read so far: they may follow. */
typedef struct {
  JxDepartmentYear *year;    /* stored, its children dropped */
  char             *path;
} PendingProfile;

/* While the departments are read, a thread reads and checks them (the
 * members marked “reading”) and the calling thread writes them (those
 * marked “writing”); the rest is the calling thread's. */
typedef struct {
  JxJsonReader    *json;             /* reading */
  GArray          *path;             /* reading: PathStep */
  GHashTable      *departments;      /* reading: name → DepartmentEntry */
  GPtrArray       *department_order; /* reading: DepartmentEntry, in the file's order */
  JxStore         *store;            /* writing */
  GArray          *write_path;       /* writing: PathStep */
  GHashTable      *known_profiles;   /* writing: names in the file or the database */
  GPtrArray       *pending_profiles; /* writing: PendingProfile */
  GPtrArray       *profiles;         /* the file's JxScoringProfile */
  gboolean         profiles_read;
  JxImportFlags    flags;
  JxImportSummary *summary;          /* n_departments and warnings written, the rest read */
} Import;

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

static void
pending_profile_free (gpointer data)
{
  PendingProfile *pending = data;

  g_object_unref (pending->year);
  g_free (pending->path);
  g_free (pending);
}

static void
department_entry_free (gpointer data)
{
  DepartmentEntry *entry = data;

  g_free (entry->name);
  g_free (entry->parent);
  g_free (entry);
}

/* The JSON path of the record being read, and of its @member. */
static char *
describe_path (GArray     *steps,
               const char *member)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < steps->len; i++)
    {
      const PathStep *step = &g_array_index (steps, PathStep, i);

      g_string_append_printf (path, "%s%s[%u]", i > 0 ? "." : "", step->set_name, step->index);
    }

  if (member != NULL)
    g_string_append_printf (path, "%s%s", path->len > 0 ? "." : "", member);

  if (path->len == 0)
    g_string_assign (path, "(root)");

  return g_string_free (path, FALSE);
}

static void
push_step (GArray     *steps,
           const char *set_name,
           guint       index)
{
  PathStep step = { set_name, index };

  g_array_append_val (steps, step);
}

static void
pop_step (GArray *steps)
{
  g_array_set_size (steps, steps->len - 1);
}

/* Fails with “path.member: message”. */
G_GNUC_PRINTF (4, 5)
static gboolean
invalid (GArray      *steps,
         GError     **error,
         const char  *member,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = describe_path (steps, member);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_INVALID, "%s: %s", path, message);
  return FALSE;
}

static const char *
kind_name (JxJsonKind kind)
{
  switch (kind)
    {
    case JX_JSON_OBJECT:
      return _("an object");
    case JX_JSON_ARRAY:
      return _("a list");
    case JX_JSON_NULL:
      return _("null");
    case JX_JSON_STRING:
      return _("text");
    case JX_JSON_BOOLEAN:
      return _("true or false");
    case JX_JSON_NUMBER:
    default:
      return _("a number");
    }
}

/* A number written with an exponent ("1e3") as the decimal text it
 * stands for, or %NULL when that needs an exponent too. */
static char *
exponent_number_to_text (const char *written)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double number = g_ascii_strtod (written, NULL);

  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, number);
      if (g_ascii_strtod (buffer, NULL) == number)
        break;
    }

  if (strpbrk (buffer, "eni") != NULL)
    return NULL;

  return g_strdup (buffer);
}

static gboolean
is_text_kind (JxFieldKind kind)
{
  return kind == JX_FIELD_TEXT || kind == JX_FIELD_REFERENCE || kind == JX_FIELD_ENUM;
}

static gboolean
read_field (Import      *import,
            JxRecord    *record,
            GParamSpec  *pspec,
            GError     **error)
{
  const char *key = jx_field_get_key (pspec);
  JxFieldKind kind = jx_field_get_kind (pspec);
  g_auto(GValue) value = G_VALUE_INIT;
  g_autofree char *converted = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *text;
  JxJsonKind json_kind;

  if (!jx_json_reader_peek (import->json, &json_kind, error))
    return FALSE;

  g_value_init (&value, pspec->value_type);

  switch (json_kind)
    {
    case JX_JSON_NULL:
      if (!jx_json_reader_read_null (import->json, error))
        return FALSE;
      if (jx_field_is_required (pspec))
        return invalid (import->path, error, key, _("must be given"));
      if (kind == JX_FIELD_ENUM)
        g_value_set_enum (&value, 0);
      else
        g_param_value_set_default (pspec, &value);
      jx_record_take_value (record, pspec->param_id, &value);
      return TRUE;

    case JX_JSON_STRING:
      if (!jx_json_reader_read_string (import->json, &text, error))
        return FALSE;
      break;

    case JX_JSON_NUMBER:
      if (is_text_kind (kind))
        return invalid (import->path, error, key, _("expected text, found %s"), kind_name (json_kind));
      if (!jx_json_reader_read_number (import->json, &text, error))
        return FALSE;
      if (strpbrk (text, "eE") != NULL)
        {
          text = converted = exponent_number_to_text (text);
          if (text == NULL)
            return invalid (import->path, error, key, _("write this number as a decimal in quotes, such as \"0.000001\""));
        }
      break;

    case JX_JSON_BOOLEAN:
    case JX_JSON_ARRAY:
    case JX_JSON_OBJECT:
    default:
      return invalid (import->path, error, key, _("expected %s, found %s"),
                      is_text_kind (kind) ? _("text") : _("a number"), kind_name (json_kind));
    }

  if (!jx_field_value_from_text (pspec, text, &value, &local_error))
    return invalid (import->path, error, key, "%s", local_error->message);

  if (jx_field_is_required (pspec) && jx_field_is_empty (pspec, &value))
    return invalid (import->path, error, key, _("must not be empty"));

  jx_record_take_value (record, pspec->param_id, &value);
  return TRUE;
}

static JxRecord *read_record (Import    *import,
                              GType      type,
                              GError   **error);

static gboolean
read_children (Import            *import,
               JxRecord          *record,
               const JxChildSet  *child_set,
               GError           **error)
{
  JxJsonKind kind;

  if (!jx_json_reader_peek (import->json, &kind, error))
    return FALSE;

  if (kind == JX_JSON_NULL)
    return jx_json_reader_read_null (import->json, error);

  if (kind != JX_JSON_ARRAY)
    return invalid (import->path, error, child_set->name, _("expected a list, found %s"), kind_name (kind));

  if (!jx_json_reader_begin_array (import->json, error))
    return FALSE;

  for (guint i = 0;; i++)
    {
      g_autoptr(JxRecord) child = NULL;
      gboolean more;

      if (!jx_json_reader_next_element (import->json, &more, error))
        return FALSE;
      if (!more)
        return TRUE;

      push_step (import->path, child_set->name, i);
      child = read_record (import, child_set->type, error);
      if (child == NULL)
        return FALSE;
      pop_step (import->path);

      jx_record_append_child (record, child_set->name, child);
    }
}

static JxRecord *
read_record (Import    *import,
             GType      type,
             GError   **error)
{
  g_autoptr(JxRecord) record = NULL;
  JxRecordClass *klass;
  guint n_fields;
  GParamSpec **fields;
  guint n_child_sets;
  guint64 seen = 0;
  JxJsonKind kind;

  if (!jx_json_reader_peek (import->json, &kind, error))
    return NULL;

  if (kind != JX_JSON_OBJECT)
    {
      invalid (import->path, error, NULL, _("expected an object, found %s"), kind_name (kind));
      return NULL;
    }

  if (!jx_json_reader_begin_object (import->json, error))
    return NULL;

  record = g_object_new (type, NULL);
  klass = JX_RECORD_GET_CLASS (record);
  fields = jx_record_class_get_fields (klass, &n_fields);

  for (;;)
    {
      const char *member;
      GParamSpec *pspec;
      const JxChildSet *child_set = NULL;
      guint bit;

      if (!jx_json_reader_next_member (import->json, &member, error))
        return NULL;
      if (member == NULL)
        break;

      pspec = jx_record_class_find_field (klass, member);
      if (pspec == NULL)
        child_set = jx_record_class_find_child_set (klass, member);

      if (pspec == NULL && child_set == NULL)
        {
          invalid (import->path, error, member, _("unknown field; check its spelling against the Jixiao exchange format"));
          return NULL;
        }

      /* Fields first, then child sets, one bit each. */
      bit = pspec != NULL ? pspec->param_id - 1
                          : n_fields + (guint) (child_set - jx_record_class_get_child_sets (klass, &n_child_sets));
      if (bit < 64)
        {
          if ((seen & (G_GUINT64_CONSTANT (1) << bit)) != 0)
            {
              invalid (import->path, error, member, _("appears twice in the object"));
              return NULL;
            }
          seen |= G_GUINT64_CONSTANT (1) << bit;
        }

      if (pspec != NULL ? !read_field (import, record, pspec, error)
                        : !read_children (import, record, child_set, error))
        return NULL;
    }

  for (guint i = 0; i < n_fields; i++)
    {
      if (jx_field_is_required (fields[i]) &&
          jx_field_is_empty (fields[i], jx_record_peek_value (record, i + 1)))
        {
          invalid (import->path, error, NULL, _("the field “%s” is missing"), jx_field_get_key (fields[i]));
          return NULL;
        }
    }

  if (JX_IS_DEPARTMENT_YEAR (record))
    import->summary->n_years++;
  else if (JX_IS_PROJECT (record))
    import->summary->n_projects++;
  else if (g_str_equal (jx_record_class_get_table (klass), "indicators"))
    import->summary->n_indicators++;

  return g_steal_pointer (&record);
}

/* Reads the list of scoring profiles; the names are unique in the file,
 * and a profile that the database holds already must be the same one
 * unless it is to be replaced.  From then on a year that names a profile
 * neither holds is an error at once. */
static gboolean
read_profiles (Import  *import,
               GError **error)
{
  JxJsonKind kind;

  if (!jx_json_reader_peek (import->json, &kind, error))
    return FALSE;
  if (kind != JX_JSON_ARRAY)
    return invalid (import->path, error, "scoring_profiles", _("expected a list, found %s"), kind_name (kind));
  if (!jx_json_reader_begin_array (import->json, error))
    return FALSE;

  for (guint i = 0;; i++)
    {
      JxRecord *record;
      gboolean more;

      if (!jx_json_reader_next_element (import->json, &more, error))
        return FALSE;
      if (!more)
        break;

      push_step (import->path, "scoring_profiles", i);
      record = read_record (import, JX_TYPE_SCORING_PROFILE, error);
      pop_step (import->path);
      if (record == NULL)
        return FALSE;
      g_ptr_array_add (import->profiles, record);
    }

  for (guint i = 0; i < import->profiles->len; i++)
    {
      JxScoringProfile *profile = g_ptr_array_index (import->profiles, i);
      const char *name = jx_scoring_profile_get_name (profile);
      g_autoptr(JxRecord) stored = NULL;
      g_autoptr(GError) local_error = NULL;

      push_step (import->path, "scoring_profiles", i);
      if (g_hash_table_contains (import->known_profiles, name))
        return invalid (import->path, error, "name", _("“%s” appears twice in the file"), name);
      pop_step (import->path);
      g_hash_table_add (import->known_profiles, g_strdup (name));

      stored = jx_store_find_record (import->store, JX_TYPE_SCORING_PROFILE, name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (stored == NULL)
        {
          if (!jx_store_insert (import->store, JX_RECORD (profile), NULL, NULL, error))
            return FALSE;
          continue;
        }

      if (jx_record_equal (stored, JX_RECORD (profile)))
        continue;

      if ((import->flags & JX_IMPORT_FLAGS_REPLACE) == 0)
        {
          g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT,
                       _("The database has a different scoring profile named “%s”; nothing was imported"),
                       name);
          return FALSE;
        }

      {
        guint n_fields;
        GParamSpec **fields = jx_record_class_get_fields (JX_RECORD_GET_CLASS (stored), &n_fields);

        for (guint f = 0; f < n_fields; f++)
          {
            jx_record_set_value (stored, f + 1, jx_record_peek_value (JX_RECORD (profile), f + 1));
            if (!jx_store_update_field (import->store, stored, fields[f]->name, error))
              return FALSE;
          }
      }
    }

  import->profiles_read = TRUE;
  return TRUE;
}

/* The rules within a department of the file, and those that span the
 * departments read so far: unique names, years once each.  Its parent is
 * kept for the end, when every department of the file is known. */
static gboolean
check_department (Import        *import,
                  guint          index,
                  JxDepartment  *department,
                  GError       **error)
{
  const char *name = jx_department_get_name (department);
  GPtrArray *years = jx_department_get_years (department);
  g_autoptr(GHashTable) seen_years = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  DepartmentEntry *entry;

  if (g_hash_table_contains (import->departments, name))
    return invalid (import->path, error, "name", _("“%s” appears twice in the file"), name);

  for (guint j = 0; j < years->len; j++)
    {
      gint64 number = jx_department_year_get_year (g_ptr_array_index (years, j));

      if (!g_hash_table_add (seen_years, g_memdup2 (&number, sizeof number)))
        {
          push_step (import->path, "years", j);
          return invalid (import->path, error, "year", _("%s has the year %d twice"), name, (int) number);
        }
    }

  entry = g_new0 (DepartmentEntry, 1);
  entry->index = index;
  entry->name = g_strdup (name);
  entry->parent = g_strdup (jx_department_get_parent (department));
  g_hash_table_insert (import->departments, entry->name, entry);
  g_ptr_array_add (import->department_order, entry);

  return TRUE;
}

/* Whether the scoring profile of each year of @department is in the file
 * or in the database.  A profile that neither holds yet may still come
 * in the file's list of profiles, when that follows the departments: the
 * year is then kept in @pending to be checked at the end. */
static gboolean
check_profiles_of (Import        *import,
                   JxDepartment  *department,
                   GPtrArray     *pending,
                   GError       **error)
{
  GPtrArray *years = jx_department_get_years (department);

  for (guint j = 0; j < years->len; j++)
    {
      JxDepartmentYear *year = g_ptr_array_index (years, j);
      const char *profile = jx_department_year_get_profile (year);
      g_autoptr(JxRecord) stored = NULL;
      g_autoptr(GError) local_error = NULL;

      if (profile == NULL || g_hash_table_contains (import->known_profiles, profile))
        continue;

      stored = jx_store_find_record (import->store, JX_TYPE_SCORING_PROFILE, profile, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      if (stored != NULL)
        {
          g_hash_table_add (import->known_profiles, g_strdup (profile));
          continue;
        }

      push_step (import->write_path, "years", j);
      if (import->profiles_read)
        return invalid (import->write_path, error, "profile",
                        _("there is no scoring profile named “%s” in the file or the database"), profile);

      {
        PendingProfile *entry = g_new0 (PendingProfile, 1);

        entry->year = g_object_ref (year);
        entry->path = describe_path (import->write_path, "profile");
        g_ptr_array_add (pending, entry);
      }
      pop_step (import->write_path);
    }

  return TRUE;
}

/* Once the file's profiles are read: the profiles of the years that were
 * written before them. */
static gboolean
write_pending_profiles (Import  *import,
                        GError **error)
{
  for (guint i = 0; i < import->pending_profiles->len; i++)
    {
      PendingProfile *pending = g_ptr_array_index (import->pending_profiles, i);
      const char *profile = jx_department_year_get_profile (pending->year);

      if (!g_hash_table_contains (import->known_profiles, profile))
        {
          g_autofree char *message = g_strdup_printf (_("there is no scoring profile named “%s” in the file or the database"),
                                                      profile);

          g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_INVALID, "%s: %s", pending->path, message);
          return FALSE;
        }

      if (!jx_store_update_field (import->store, JX_RECORD (pending->year), "profile", error))
        return FALSE;
    }

  return TRUE;
}

/* Stores a department of the file, or adds its years to the stored
 * department of that name, replacing stored years only when asked to. */
static gboolean
write_department (Import        *import,
                  JxDepartment  *department,
                  GError       **error)
{
  g_autoptr(JxDepartment) stored = NULL;
  g_autoptr(GError) local_error = NULL;
  GPtrArray *years;
  GPtrArray *stored_years;

  /* The parents are written last, once every department is stored. */
  jx_department_set_parent (department, NULL);

  stored = jx_store_find_department (import->store, jx_department_get_name (department), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (stored == NULL)
    {
      import->summary->n_departments++;
      return jx_store_insert (import->store, JX_RECORD (department), NULL, NULL, error);
    }

  if (!jx_store_load_children (import->store, JX_RECORD (stored), FALSE, error))
    return FALSE;

  if ((import->flags & JX_IMPORT_FLAGS_REPLACE) != 0)
    {
      guint n_fields;
      GParamSpec **fields = jx_record_class_get_fields (JX_RECORD_GET_CLASS (stored), &n_fields);

      for (guint f = 0; f < n_fields; f++)
        {
          if (jx_field_get_kind (fields[f]) == JX_FIELD_REFERENCE)
            continue;
          jx_record_set_value (JX_RECORD (stored), f + 1,
                               jx_record_peek_value (JX_RECORD (department), f + 1));
          if (!jx_store_update_field (import->store, JX_RECORD (stored), fields[f]->name, error))
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

          if ((import->flags & JX_IMPORT_FLAGS_REPLACE) == 0)
            {
              g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_CONFLICT,
                           _("%s already has the year %d in the database; nothing was imported"),
                           jx_department_get_name (department),
                           (int) jx_department_year_get_year (year));
              return FALSE;
            }

          if (!jx_store_delete (import->store, JX_RECORD (stored_year), error))
            return FALSE;
        }

      if (!jx_store_insert (import->store, JX_RECORD (year), JX_RECORD (stored), "years", error))
        return FALSE;
    }

  return TRUE;
}

/* How many departments the reading thread may be ahead of the writing. */
#define DEPARTMENTS_IN_FLIGHT 4

/* A department read, or the end of the list (department %NULL), with
 * the error that ended it if any. */
typedef struct {
  JxDepartment *department;
  guint         index;
  GError       *error;
} ReadDepartment;

typedef struct {
  Import      *import;
  GAsyncQueue *read;         /* ReadDepartment, to be written */
  GAsyncQueue *free_slots;   /* ReadDepartment, written and to be freed, or empty: one for
                              * each department that may be read */
  gint         cancelled;
} DepartmentPipe;

static void
read_department_free (ReadDepartment *item)
{
  g_clear_object (&item->department);
  g_clear_error (&item->error);
  g_free (item);
}

static gpointer
read_departments_thread (gpointer data)
{
  DepartmentPipe *pipe = data;
  Import *import = pipe->import;
  ReadDepartment *end = g_new0 (ReadDepartment, 1);

  for (guint i = 0;; i++)
    {
      ReadDepartment *item;
      JxRecord *department;
      gboolean more;

      /* The reading thread frees what was written, the writing thread
       * having more to do. */
      read_department_free (g_async_queue_pop (pipe->free_slots));
      if (g_atomic_int_get (&pipe->cancelled) ||
          !jx_json_reader_next_element (import->json, &more, &end->error) ||
          !more)
        break;

      push_step (import->path, "departments", i);
      department = read_record (import, JX_TYPE_DEPARTMENT, &end->error);
      if (department == NULL)
        break;
      if (!check_department (import, i, JX_DEPARTMENT (department), &end->error))
        {
          g_object_unref (department);
          break;
        }
      pop_step (import->path);

      item = g_new0 (ReadDepartment, 1);
      item->department = JX_DEPARTMENT (department);
      item->index = i;
      g_async_queue_push (pipe->read, item);
    }

  g_async_queue_push (pipe->read, end);
  return NULL;
}

/* Checks the profiles of a department read and stores it. */
static gboolean
write_read_department (Import         *import,
                       ReadDepartment *item,
                       GError        **error)
{
  guint n_pending = import->pending_profiles->len;
  gboolean ok;

  push_step (import->write_path, "departments", item->index);
  ok = check_profiles_of (import, item->department, import->pending_profiles, error) &&
       write_department (import, item->department, error);
  pop_step (import->write_path);

  /* A year kept for its profile need not keep what it owns. */
  for (guint i = n_pending; i < import->pending_profiles->len; i++)
    {
      PendingProfile *pending = g_ptr_array_index (import->pending_profiles, i);
      guint n_child_sets;
      const JxChildSet *child_sets = jx_record_class_get_child_sets (JX_RECORD_GET_CLASS (pending->year), &n_child_sets);

      for (guint c = 0; c < n_child_sets; c++)
        jx_record_clear_children (JX_RECORD (pending->year), child_sets[c].name);
    }

  return ok;
}

/* Reads the departments one at a time, in a thread of their own, while
 * this thread checks and writes those read: two cores each do half of
 * the work, and memory holds a few departments. */
static gboolean
read_departments (Import  *import,
                  GError **error)
{
  DepartmentPipe pipe = { import, NULL, NULL, 0 };
  g_autoptr(GError) write_error = NULL;
  GError *read_error = NULL;
  GThread *thread;
  JxJsonKind kind;

  if (!jx_json_reader_peek (import->json, &kind, error))
    return FALSE;
  if (kind != JX_JSON_ARRAY)
    return invalid (import->path, error, "departments", _("expected a list, found %s"), kind_name (kind));
  if (!jx_json_reader_begin_array (import->json, error))
    return FALSE;

  pipe.read = g_async_queue_new ();
  pipe.free_slots = g_async_queue_new ();
  for (guint i = 0; i < DEPARTMENTS_IN_FLIGHT; i++)
    g_async_queue_push (pipe.free_slots, g_new0 (ReadDepartment, 1));

  thread = g_thread_new ("jx-import-reader", read_departments_thread, &pipe);

  for (;;)
    {
      ReadDepartment *item = g_async_queue_pop (pipe.read);

      if (item->department == NULL)
        {
          read_error = item->error;
          g_free (item);
          break;
        }

      if (write_error == NULL && !write_read_department (import, item, &write_error))
        g_atomic_int_set (&pipe.cancelled, 1);

      g_async_queue_push (pipe.free_slots, item);
    }

  g_thread_join (thread);
  g_async_queue_unref (pipe.read);
  for (ReadDepartment *left; (left = g_async_queue_try_pop (pipe.free_slots)) != NULL;)
    read_department_free (left);
  g_async_queue_unref (pipe.free_slots);

  /* The first problem in the file's order: the writing is behind. */
  if (write_error != NULL)
    {
      g_clear_error (&read_error);
      g_propagate_error (error, g_steal_pointer (&write_error));
      return FALSE;
    }
  if (read_error != NULL)
    {
      g_propagate_error (error, read_error);
      return FALSE;
    }

  return TRUE;
}

/* Once every department is stored: the parents, which must exist and
 * must not make a department belong to itself. */
static gboolean
write_parents (Import  *import,
               GError **error)
{
  guint n_entries = import->department_order->len;

  for (guint i = 0; i < n_entries; i++)
    {
      DepartmentEntry *entry = g_ptr_array_index (import->department_order, i);
      g_autoptr(JxDepartment) stored = NULL;
      guint depth = 0;

      if (entry->parent == NULL)
        continue;

      push_step (import->path, "departments", entry->index);

      if (!g_hash_table_contains (import->departments, entry->parent))
        {
          g_autoptr(JxDepartment) parent = NULL;
          g_autoptr(GError) local_error = NULL;

          parent = jx_store_find_department (import->store, entry->parent, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }

          if (parent == NULL)
            {
              g_autofree char *path = describe_path (import->path, "parent");

              add_warning (import->summary,
                           g_strdup_printf (_("%s: “%s” belongs to “%s”, which is neither in the file nor in the database; it was imported without a parent"),
                                            path, entry->name, entry->parent));
              pop_step (import->path);
              continue;
            }
        }

      /* Follow the parents within the file: no cycles. */
      for (const char *up = entry->parent; up != NULL; depth++)
        {
          DepartmentEntry *above = g_hash_table_lookup (import->departments, up);

          if (g_str_equal (up, entry->name) || depth > n_entries)
            return invalid (import->path, error, "parent", _("“%s” would belong to itself"), entry->name);
          up = above != NULL ? above->parent : NULL;
        }

      stored = jx_store_find_department (import->store, entry->name, error);
      if (stored == NULL)
        return FALSE;

      jx_department_set_parent (stored, entry->parent);
      if (!jx_store_update_field (import->store, JX_RECORD (stored), "parent", error))
        {
          g_autofree char *path = describe_path (import->path, "parent");

          g_prefix_error (error, "%s: ", path);
          return FALSE;
        }

      pop_step (import->path);
    }

  return TRUE;
}

/* Reads the format version, a whole number of this Jixiao or older. */
static gboolean
read_version (Import  *import,
              GError **error)
{
  const char *text;
  guint64 version;
  JxJsonKind kind;

  if (!jx_json_reader_peek (import->json, &kind, error))
    return FALSE;
  if (kind != JX_JSON_NUMBER)
    return invalid (import->path, error, "version", _("expected the format version, a whole number"));
  if (!jx_json_reader_read_number (import->json, &text, error))
    return FALSE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXUINT64, &version, NULL))
    return invalid (import->path, error, "version", _("expected the format version, a whole number"));

  if (version > JX_EXCHANGE_FORMAT_VERSION)
    {
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_NEWER_VERSION,
                   _("The file was written by a newer version of Jixiao (exchange format %s; this version reads up to %d). Update Jixiao to import it."),
                   text, JX_EXCHANGE_FORMAT_VERSION);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_format (Import  *import,
             GError **error)
{
  const char *text = NULL;
  JxJsonKind kind;

  if (!jx_json_reader_peek (import->json, &kind, error))
    return FALSE;
  if (kind == JX_JSON_STRING && !jx_json_reader_read_string (import->json, &text, error))
    return FALSE;
  if (g_strcmp0 (text, "jixiao") != 0)
    return invalid (import->path, error, NULL, _("this is not a Jixiao exchange file (its “format” is not “jixiao”)"));

  return TRUE;
}

/* The members of the file's object.  The scoring profiles and the
 * departments are read once the format is known: when they come before
 * it, they are skipped and read at the end.  Years that name a profile
 * of the file before the file's list of profiles get it at the end. */
static gboolean
read_file (Import  *import,
           GError **error)
{
  enum { FORMAT, VERSION, PROFILES, DEPARTMENTS, GENERATOR, N_MEMBERS };
  static const char * const names[N_MEMBERS] = { "format", "version", "scoring_profiles", "departments", "generator" };
  gsize deferred[N_MEMBERS] = { 0 };
  gboolean seen[N_MEMBERS] = { FALSE };
  gboolean done[N_MEMBERS] = { FALSE };
  JxJsonKind kind;

  if (!jx_json_reader_peek (import->json, &kind, error))
    return FALSE;
  if (kind != JX_JSON_OBJECT)
    return invalid (import->path, error, NULL, _("a Jixiao exchange file is a JSON object with “format”, “version” and “departments”"));
  if (!jx_json_reader_begin_object (import->json, error))
    return FALSE;

  for (;;)
    {
      const char *member;
      guint m;

      if (!jx_json_reader_next_member (import->json, &member, error))
        return FALSE;
      if (member == NULL)
        break;

      for (m = 0; m < N_MEMBERS && !g_str_equal (member, names[m]); m++)
        ;
      if (m == N_MEMBERS)
        return invalid (import->path, error, member, _("unknown field; check its spelling against the Jixiao exchange format"));
      if (seen[m])
        return invalid (import->path, error, member, _("appears twice in the object"));
      seen[m] = TRUE;

      switch (m)
        {
        case FORMAT:
          done[m] = read_format (import, error);
          break;
        case VERSION:
          done[m] = read_version (import, error);
          break;
        case PROFILES:
        case DEPARTMENTS:
          if (done[FORMAT] && done[VERSION])
            done[m] = m == PROFILES ? read_profiles (import, error) : read_departments (import, error);
          else
            {
              deferred[m] = jx_json_reader_get_offset (import->json);
              if (!jx_json_reader_skip_value (import->json, error))
                return FALSE;
              continue;
            }
          break;
        case GENERATOR:
        default:
          done[m] = jx_json_reader_skip_value (import->json, error);
          break;
        }

      if (!done[m])
        return FALSE;
    }

  if (!jx_json_reader_end (import->json, error))
    return FALSE;

  if (!seen[FORMAT])
    return invalid (import->path, error, NULL, _("this is not a Jixiao exchange file (its “format” is not “jixiao”)"));
  if (!seen[VERSION])
    return invalid (import->path, error, "version", _("expected the format version, a whole number"));
  if (!seen[DEPARTMENTS])
    return invalid (import->path, error, "departments", _("the list of departments is missing"));

  for (guint m = PROFILES; m <= DEPARTMENTS; m++)
    {
      if (!seen[m] || done[m])
        continue;
      jx_json_reader_set_offset (import->json, deferred[m]);
      if (!(m == PROFILES ? read_profiles (import, error) : read_departments (import, error)))
        return FALSE;
    }

  import->profiles_read = TRUE;
  return write_pending_profiles (import, error) &&
         write_parents (import, error);
}

/* Puts an error of the JSON reader in the terms of an exchange file. */
static void
name_syntax_error (GError     **error,
                   const char  *source_name)
{
  GError *json_error;

  if (error == NULL || *error == NULL || (*error)->domain != JX_JSON_ERROR)
    return;

  json_error = g_steal_pointer (error);
  switch (json_error->code)
    {
    case JX_JSON_ERROR_ENCODING:
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                   _("%s is not a text file in UTF-8: %s"), source_name, json_error->message);
      break;
    case JX_JSON_ERROR_TOO_DEEP:
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                   _("%s is not an exchange file: %s"), source_name, json_error->message);
      break;
    case JX_JSON_ERROR_SYNTAX:
    default:
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                   _("%s is not valid JSON: %s"), source_name, json_error->message);
      break;
    }
  g_error_free (json_error);
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
 * Imports every department of the file, all or nothing: the file is read
 * and written a department at a time in one transaction, which a problem
 * anywhere in the file rolls back.
 */
gboolean
jx_exchange_import_bytes (JxStore          *store,
                          GBytes           *bytes,
                          const char       *source_name,
                          JxImportFlags     flags,
                          JxImportSummary  *summary,
                          GError          **error)
{
  JxImportSummary local_summary = { 0 };
  g_autoptr(GError) local_error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  Import import = { 0 };
  gboolean ok;

  g_return_val_if_fail (JX_IS_STORE (store), FALSE);

  if (summary != NULL)
    memset (summary, 0, sizeof *summary);

  if (size == 0)
    {
      g_set_error (error, JX_EXCHANGE_ERROR, JX_EXCHANGE_ERROR_SYNTAX,
                   _("%s is empty"), source_name);
      return FALSE;
    }

  import.json = jx_json_reader_new (data, size);
  import.store = store;
  import.flags = flags;
  import.summary = summary != NULL ? summary : &local_summary;
  import.path = g_array_new (FALSE, FALSE, sizeof (PathStep));
  import.write_path = g_array_new (FALSE, FALSE, sizeof (PathStep));
  import.pending_profiles = g_ptr_array_new_with_free_func (pending_profile_free);
  import.profiles = g_ptr_array_new_with_free_func (g_object_unref);
  import.known_profiles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  import.departments = g_hash_table_new (g_str_hash, g_str_equal);
  import.department_order = g_ptr_array_new_with_free_func (department_entry_free);

  ok = jx_store_begin (store, &local_error);
  if (ok)
    {
      ok = read_file (&import, &local_error) &&
           jx_store_commit (store, &local_error);
      if (!ok)
        jx_store_rollback (store);
    }

  if (!ok)
    {
      name_syntax_error (&local_error, source_name);
      g_propagate_error (error, g_steal_pointer (&local_error));
      if (summary != NULL)
        jx_import_summary_clear (summary);
    }

  jx_import_summary_clear (&local_summary);
  jx_json_reader_free (import.json);
  g_array_unref (import.path);
  g_array_unref (import.write_path);
  g_ptr_array_unref (import.pending_profiles);
  g_ptr_array_unref (import.profiles);
  g_hash_table_unref (import.known_profiles);
  g_hash_table_unref (import.departments);
  g_ptr_array_unref (import.department_order);

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

  /* The file is read into memory whole. */
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
