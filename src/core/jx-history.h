/* jx-history.h: edits of a database that can be undone and redone
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "jx-record.h"
#include "jx-store.h"

G_BEGIN_DECLS

/* The child set of the departments themselves, whose owner is %NULL. */
#define JX_HISTORY_DEPARTMENTS "departments"

#define JX_TYPE_HISTORY (jx_history_get_type ())

G_DECLARE_FINAL_TYPE (JxHistory, jx_history, JX, HISTORY, GObject)

JxHistory  *jx_history_new            (JxStore       *store);
JxStore    *jx_history_get_store      (JxHistory     *self);
GPtrArray  *jx_history_get_departments (JxHistory    *self,
                                       GError       **error);
gboolean    jx_history_load_children  (JxHistory     *self,
                                       JxRecord      *record,
                                       GError       **error);

gboolean    jx_history_set_value      (JxHistory     *self,
                                       JxRecord      *record,
                                       const char    *property,
                                       const GValue  *value,
                                       GError       **error);
gboolean    jx_history_set_text       (JxHistory     *self,
                                       JxRecord      *record,
                                       const char    *property,
                                       const char    *text,
                                       GError       **error);
gboolean    jx_history_insert         (JxHistory     *self,
                                       JxRecord      *owner,
                                       const char    *child_set,
                                       guint          position,
                                       JxRecord      *record,
                                       GError       **error);
gboolean    jx_history_remove         (JxHistory     *self,
                                       JxRecord      *owner,
                                       const char    *child_set,
                                       guint          position,
                                       GError       **error);
gboolean    jx_history_move           (JxHistory     *self,
                                       JxRecord      *owner,
                                       const char    *child_set,
                                       guint          from,
                                       guint          to,
                                       GError       **error);

void        jx_history_begin_group    (JxHistory     *self,
                                       const char    *label);
void        jx_history_end_group      (JxHistory     *self);

gboolean    jx_history_can_undo       (JxHistory     *self);
gboolean    jx_history_can_redo       (JxHistory     *self);
const char *jx_history_get_undo_label (JxHistory     *self);
const char *jx_history_get_redo_label (JxHistory     *self);
gboolean    jx_history_undo           (JxHistory     *self,
                                       GError       **error);
gboolean    jx_history_redo           (JxHistory     *self,
                                       GError       **error);
void        jx_history_clear          (JxHistory     *self);

G_END_DECLS
