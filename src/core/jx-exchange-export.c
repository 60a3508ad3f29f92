/* jx-exchange-export.c: writing the JSON exchange format
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Exact numbers are written as strings (money in 万元, points, decimals),
 * so that no reader turns them into floating point; empty fields and empty
 * lists are left out.
 *
 * The file is written as it is read from the database, a department at a
 * time: a province's database (a thousand departments, a hundred
 * thousand projects) is never in memory as a whole.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "jx-department-year.h"
#include "jx-exchange.h"
#include "jx-json-writer.h"
#include "jx-scoring-profile.h"

static void
write_record (JxJsonWriter *writer,
              JxRecord     *record)
{
  JxRecordClass *klass = JX_RECORD_GET_CLASS (record);
  guint n_fields;
  GParamSpec **fields = jx_record_class_get_fields (klass, &n_fields);
  guint n_child_sets;
  const JxChildSet *child_sets = jx_record_class_get_child_sets (klass, &n_child_sets);

  jx_json_writer_begin_object (writer);

  for (guint i = 0; i < n_fields; i++)
    {
      const GValue *value = jx_record_peek_value (record, i + 1);

      if (jx_field_is_empty (fields[i], value))
        continue;

      jx_json_writer_set_member_name (writer, jx_field_get_key (fields[i]));

      if (jx_field_get_kind (fields[i]) == JX_FIELD_INTEGER)
        {
          jx_json_writer_add_int_value (writer, g_value_get_int64 (value));
        }
      else
        {
          g_autofree char *text = jx_field_value_to_text (fields[i], value);

          jx_json_writer_add_string_value (writer, text);
        }
    }

  for (guint i = 0; i < n_child_sets; i++)
    {
      GPtrArray *children = jx_record_get_children (record, child_sets[i].name);

      if (children->len == 0)
        continue;

      jx_json_writer_set_member_name (writer, child_sets[i].name);
      jx_json_writer_begin_array (writer);
      for (guint j = 0; j < children->len; j++)
        write_record (writer, g_ptr_array_index (children, j));
      jx_json_writer_end_array (writer);
    }

  jx_json_writer_end_object (writer);
}

/* The departments of the selection, each with the selected years but not
 * what the years own: that is loaded a department at a time as it is
 * written, so that what matches nothing is known before anything is
 * written. */
static GPtrArray *
select_departments (JxStore     *store,
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

      if (!jx_store_load_children (store, JX_RECORD (department), FALSE, error))
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

static gboolean
set_write_error (GError     **error,
                 const char  *path,
                 GError      *cause)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, cause->domain, cause->code, _("Could not write “%s”: %s"), display, cause->message);
  g_error_free (cause);
  return FALSE;
}

static gboolean
set_write_error_from_errno (GError     **error,
                            const char  *path,
                            int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/* Writes the exchange file a department at a time: each is loaded whole,
 * written and dropped before the next. @path names the file in an error
 * of @writer. */
static gboolean
write_exchange (JxJsonWriter  *writer,
                const char    *path,
                JxStore       *store,
                GPtrArray     *profiles,
                GPtrArray     *departments,
                GError       **error)
{
  GError *write_error = NULL;

  jx_json_writer_begin_object (writer);
  jx_json_writer_set_member_name (writer, "format");
  jx_json_writer_add_string_value (writer, "jixiao");
  jx_json_writer_set_member_name (writer, "version");
  jx_json_writer_add_int_value (writer, JX_EXCHANGE_FORMAT_VERSION);
  jx_json_writer_set_member_name (writer, "generator");
  jx_json_writer_add_string_value (writer, "Jixiao " PACKAGE_VERSION);
  jx_json_writer_set_member_name (writer, "scoring_profiles");
  jx_json_writer_begin_array (writer);
  for (guint i = 0; i < profiles->len; i++)
    write_record (writer, g_ptr_array_index (profiles, i));
  jx_json_writer_end_array (writer);
  jx_json_writer_set_member_name (writer, "departments");
  jx_json_writer_begin_array (writer);

  for (guint i = 0; i < departments->len; i++)
    {
      JxRecord *department = g_ptr_array_index (departments, i);
      GPtrArray *years = jx_department_get_years (JX_DEPARTMENT (department));

      for (guint j = 0; j < years->len; j++)
        if (!jx_store_load_children (store, g_ptr_array_index (years, j), TRUE, error))
          return FALSE;

      write_record (writer, department);
      jx_record_clear_children (department, "years");

      /* A full disk stops the export here rather than at the end. */
      if (!jx_json_writer_flush (writer, &write_error))
        return set_write_error (error, path, write_error);
    }

  jx_json_writer_end_array (writer);
  jx_json_writer_end_object (writer);

  if (!jx_json_writer_flush (writer, &write_error))
    return set_write_error (error, path, write_error);

  return TRUE;
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
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(JxJsonWriter) writer = NULL;

  g_return_val_if_fail (JX_IS_STORE (store), NULL);

  departments = select_departments (store, department, year, error);
  if (departments == NULL)
    return NULL;

  profiles = jx_store_list_records (store, JX_TYPE_SCORING_PROFILE, error);
  if (profiles == NULL)
    return NULL;

  text = g_string_new (NULL);
  writer = jx_json_writer_new_for_string (text);
  if (!write_exchange (writer, NULL, store, profiles, departments, error))
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether a file written in the place of @path must be on the disk
 * before it takes that place: as g_file_set_contents_full() with
 * G_FILE_SET_CONTENTS_CONSISTENT, when it replaces a file with contents. */
static gboolean
replaces_contents (const char *path)
{
  GStatBuf buf;

  return g_lstat (path, &buf) == 0 && buf.st_size > 0;
}

/**
 * jx_exchange_export_file:
 * @store: a database
 * @path: the file to write, replaced as a whole (never half written)
 * @department: (nullable): see jx_exchange_export_string()
 * @year: see jx_exchange_export_string()
 * @error: return location for an error
 *
 * Writes the exchange file into a new file beside @path and, once it is
 * whole, puts it in the place of @path: a failed export leaves a file
 * that was there as it was, and a selection that matches nothing writes
 * nothing.
 */
gboolean
jx_exchange_export_file (JxStore     *store,
                         const char  *path,
                         const char  *department,
                         gint64       year,
                         GError     **error)
{
  g_autoptr(GPtrArray) departments = NULL;
  g_autoptr(GPtrArray) profiles = NULL;
  g_autofree char *directory = g_path_get_dirname (path);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf (".%s.XXXXXX", basename);
  g_autofree char *partial = g_build_filename (directory, template, NULL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(JxJsonWriter) writer = NULL;
  GError *write_error = NULL;
  gboolean written = FALSE;
  int fd;

  g_return_val_if_fail (JX_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  departments = select_departments (store, department, year, error);
  if (departments == NULL)
    return FALSE;

  profiles = jx_store_list_records (store, JX_TYPE_SCORING_PROFILE, error);
  if (profiles == NULL)
    return FALSE;

  /* The descriptor of the new file is kept to sync it once written. */
  fd = g_mkstemp_full (partial, O_RDWR | O_CLOEXEC, 0644);
  if (fd < 0)
    return set_write_error_from_errno (error, path, errno);

  file = g_file_new_for_path (partial);
  stream = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, &write_error);
  if (stream == NULL)
    {
      set_write_error (error, path, write_error);
    }
  else
    {
      writer = jx_json_writer_new_for_stream (G_OUTPUT_STREAM (stream));
      written = write_exchange (writer, path, store, profiles, departments, error);

      if (written && !g_output_stream_write_all (G_OUTPUT_STREAM (stream), "\n", 1, NULL, NULL, &write_error))
        written = set_write_error (error, path, write_error);

      if (!g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, written ? &write_error : NULL) && written)
        written = set_write_error (error, path, write_error);
    }

  if (written && replaces_contents (path) && g_fsync (fd) != 0)
    written = set_write_error_from_errno (error, path, errno);

  if (close (fd) != 0 && written)
    written = set_write_error_from_errno (error, path, errno);

  if (written && g_rename (partial, path) != 0)
    written = set_write_error_from_errno (error, path, errno);

  if (!written)
    g_unlink (partial);

  return written;
}
