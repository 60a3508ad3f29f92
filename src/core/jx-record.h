/* jx-record.h: the base of every stored object
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "jx-field.h"

G_BEGIN_DECLS

#define JX_TYPE_RECORD (jx_record_get_type ())

G_DECLARE_DERIVABLE_TYPE (JxRecord, jx_record, JX, RECORD, GObject)

/**
 * JxChildSet:
 * @name: the JSON member that holds the children ("projects")
 * @type: the #JxRecord subtype of the children
 * @owner_key: the column of the children's table that refers to the
 *   owner ("department_year_id")
 *
 * A list of records owned by another record: the years of a department,
 * the projects of a year, the indicators of a project.
 */
typedef struct {
  const char *name;
  GType       type;
  const char *owner_key;
} JxChildSet;

struct _JxRecordClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char  *table;
  GParamSpec **fields;
  const char **keys;        /* jx_field_get_key() of each field */
  GValue      *defaults;    /* the default of each field, none of which owns memory */
  guint        n_fields;
  GArray      *child_sets;
};

void               jx_record_class_install_fields (JxRecordClass     *klass,
                                                   const char        *table,
                                                   GParamSpec       **pspecs,
                                                   guint              n_pspecs);
void               jx_record_class_add_child_set  (JxRecordClass     *klass,
                                                   const char        *name,
                                                   GType              type,
                                                   const char        *owner_key);
const char        *jx_record_class_get_table      (JxRecordClass     *klass);
GParamSpec       **jx_record_class_get_fields     (JxRecordClass     *klass,
                                                   guint             *n_fields);
GParamSpec        *jx_record_class_find_field     (JxRecordClass     *klass,
                                                   const char        *key);
const JxChildSet  *jx_record_class_get_child_sets (JxRecordClass     *klass,
                                                   guint             *n_child_sets);
const JxChildSet  *jx_record_class_find_child_set (JxRecordClass     *klass,
                                                   const char        *name);

gint64             jx_record_get_id               (JxRecord          *self);
void               jx_record_set_id               (JxRecord          *self,
                                                   gint64             id);
GPtrArray         *jx_record_get_children         (JxRecord          *self,
                                                   const char        *set_name);
void               jx_record_append_child         (JxRecord          *self,
                                                   const char        *set_name,
                                                   JxRecord          *child);
void               jx_record_clear_children       (JxRecord          *self,
                                                   const char        *set_name);
JxRecord          *jx_record_copy                 (JxRecord          *self);
char              *jx_record_dup_field_text       (JxRecord          *self,
                                                   const char        *property);
gboolean           jx_record_equal                (JxRecord          *a,
                                                   JxRecord          *b);

/* Typed access by property id, for the accessors of subclasses. */
const GValue      *jx_record_peek_value           (JxRecord          *self,
                                                   guint              prop_id);
void               jx_record_set_value            (JxRecord          *self,
                                                   guint              prop_id,
                                                   const GValue      *value);
void               jx_record_take_value           (JxRecord          *self,
                                                   guint              prop_id,
                                                   GValue            *value);
const char        *jx_record_get_string           (JxRecord          *self,
                                                   guint              prop_id);
void               jx_record_set_string           (JxRecord          *self,
                                                   guint              prop_id,
                                                   const char        *value);
gint64             jx_record_get_int64            (JxRecord          *self,
                                                   guint              prop_id);
void               jx_record_set_int64            (JxRecord          *self,
                                                   guint              prop_id,
                                                   gint64             value);
int                jx_record_get_enum             (JxRecord          *self,
                                                   guint              prop_id);
void               jx_record_set_enum             (JxRecord          *self,
                                                   guint              prop_id,
                                                   int                value);

G_END_DECLS
