/* jx-json-writer.h: writing JSON a value at a time
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _JxJsonWriter JxJsonWriter;

JxJsonWriter  *jx_json_writer_new_for_stream    (GOutputStream  *stream);
JxJsonWriter  *jx_json_writer_new_for_string    (GString        *string);
void           jx_json_writer_free              (JxJsonWriter   *self);

void           jx_json_writer_begin_object      (JxJsonWriter   *self);
void           jx_json_writer_end_object        (JxJsonWriter   *self);
void           jx_json_writer_begin_array       (JxJsonWriter   *self);
void           jx_json_writer_end_array         (JxJsonWriter   *self);
void           jx_json_writer_set_member_name   (JxJsonWriter   *self,
                                                 const char     *name);
void           jx_json_writer_add_string_value  (JxJsonWriter   *self,
                                                 const char     *value);
void           jx_json_writer_add_int_value     (JxJsonWriter   *self,
                                                 gint64          value);

gboolean       jx_json_writer_flush             (JxJsonWriter   *self,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxJsonWriter, jx_json_writer_free)

G_END_DECLS
