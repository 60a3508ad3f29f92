/* jx-store.h: a Jixiao database, an SQLite file
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "jx-department.h"
#include "jx-record.h"

G_BEGIN_DECLS

#define JX_STORE_ERROR (jx_store_error_quark ())

/**
 * JxStoreError:
 * @JX_STORE_ERROR_NOT_FOUND: there is no database at the path
 * @JX_STORE_ERROR_NOT_JIXIAO: the file is not a Jixiao database
 * @JX_STORE_ERROR_CORRUPT: the file is damaged
 * @JX_STORE_ERROR_NEWER_VERSION: a newer Jixiao wrote the file
 * @JX_STORE_ERROR_READ_ONLY: the file cannot be written
 * @JX_STORE_ERROR_BUSY: another program holds the database locked
 * @JX_STORE_ERROR_CONSTRAINT: the change would break a rule of the data
 *   (a second department of the same name, a second entry for a year)
 * @JX_STORE_ERROR_FAILED: any other failure of SQLite or the file system
 */
typedef enum {
  JX_STORE_ERROR_NOT_FOUND,
  JX_STORE_ERROR_NOT_JIXIAO,
  JX_STORE_ERROR_CORRUPT,
  JX_STORE_ERROR_NEWER_VERSION,
  JX_STORE_ERROR_READ_ONLY,
  JX_STORE_ERROR_BUSY,
  JX_STORE_ERROR_CONSTRAINT,
  JX_STORE_ERROR_FAILED,
} JxStoreError;

typedef enum {
  JX_STORE_OPEN_FLAGS_NONE      = 0,
  JX_STORE_OPEN_FLAGS_CREATE    = 1 << 0,
  JX_STORE_OPEN_FLAGS_READ_ONLY = 1 << 1,
} JxStoreOpenFlags;

#define JX_TYPE_STORE (jx_store_get_type ())

G_DECLARE_FINAL_TYPE (JxStore, jx_store, JX, STORE, GObject)

GQuark        jx_store_error_quark        (void);

JxStore      *jx_store_open               (const char        *path,
                                           JxStoreOpenFlags   flags,
                                           GError           **error);
const char   *jx_store_get_path           (JxStore           *self);
guint         jx_store_get_schema_version (JxStore           *self);
gboolean      jx_store_is_empty           (JxStore           *self,
                                           GError           **error);

gboolean      jx_store_begin              (JxStore           *self,
                                           GError           **error);
gboolean      jx_store_commit             (JxStore           *self,
                                           GError           **error);
void          jx_store_rollback           (JxStore           *self);

GPtrArray    *jx_store_list_records       (JxStore           *self,
                                           GType              type,
                                           GError           **error);
JxRecord     *jx_store_find_record        (JxStore           *self,
                                           GType              type,
                                           const char        *name,
                                           GError           **error);
GPtrArray    *jx_store_list_departments   (JxStore           *self,
                                           GError           **error);
JxDepartment *jx_store_find_department    (JxStore           *self,
                                           const char        *name,
                                           GError           **error);
gboolean      jx_store_load_children      (JxStore           *self,
                                           JxRecord          *record,
                                           gboolean           recursive,
                                           GError           **error);
gboolean      jx_store_count_children     (JxStore           *self,
                                           JxRecord          *record,
                                           const char        *child_set,
                                           guint64           *n_children,
                                           GError           **error);
gboolean      jx_store_insert             (JxStore           *self,
                                           JxRecord          *record,
                                           JxRecord          *owner,
                                           const char        *child_set,
                                           GError           **error);
gboolean      jx_store_update_field       (JxStore           *self,
                                           JxRecord          *record,
                                           const char        *property_name,
                                           GError           **error);
gboolean      jx_store_delete             (JxStore           *self,
                                           JxRecord          *record,
                                           GError           **error);
gboolean      jx_store_save_order         (JxStore           *self,
                                           GPtrArray         *records,
                                           GError           **error);

G_END_DECLS
