/* jx-json-reader.h: reading JSON a value at a time
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define JX_JSON_ERROR (jx_json_error_quark ())

/**
 * JxJsonError:
 * @JX_JSON_ERROR_SYNTAX: the text is not JSON; the message says where
 * @JX_JSON_ERROR_ENCODING: the text is not UTF-8
 * @JX_JSON_ERROR_TOO_DEEP: arrays and objects nest deeper than
 *   #JX_JSON_MAX_DEPTH in a value being skipped
 */
typedef enum {
  JX_JSON_ERROR_SYNTAX,
  JX_JSON_ERROR_ENCODING,
  JX_JSON_ERROR_TOO_DEEP,
} JxJsonError;

/* How deep jx_json_reader_skip_value() follows nested values. */
#define JX_JSON_MAX_DEPTH 64

typedef enum {
  JX_JSON_NULL,
  JX_JSON_BOOLEAN,
  JX_JSON_NUMBER,
  JX_JSON_STRING,
  JX_JSON_ARRAY,
  JX_JSON_OBJECT,
} JxJsonKind;

typedef struct _JxJsonReader JxJsonReader;

GQuark         jx_json_error_quark          (void);

JxJsonReader  *jx_json_reader_new           (const char    *data,
                                             gsize          size);
void           jx_json_reader_free          (JxJsonReader  *self);

gsize          jx_json_reader_get_offset    (JxJsonReader  *self);
void           jx_json_reader_set_offset    (JxJsonReader  *self,
                                             gsize          offset);

gboolean       jx_json_reader_peek          (JxJsonReader  *self,
                                             JxJsonKind    *kind,
                                             GError       **error);
gboolean       jx_json_reader_begin_object  (JxJsonReader  *self,
                                             GError       **error);
gboolean       jx_json_reader_next_member   (JxJsonReader  *self,
                                             const char   **name,
                                             GError       **error);
gboolean       jx_json_reader_begin_array   (JxJsonReader  *self,
                                             GError       **error);
gboolean       jx_json_reader_next_element  (JxJsonReader  *self,
                                             gboolean      *has_element,
                                             GError       **error);
gboolean       jx_json_reader_read_string   (JxJsonReader  *self,
                                             const char   **text,
                                             GError       **error);
gboolean       jx_json_reader_read_number   (JxJsonReader  *self,
                                             const char   **text,
                                             GError       **error);
gboolean       jx_json_reader_read_boolean  (JxJsonReader  *self,
                                             gboolean      *value,
                                             GError       **error);
gboolean       jx_json_reader_read_null     (JxJsonReader  *self,
                                             GError       **error);
gboolean       jx_json_reader_skip_value    (JxJsonReader  *self,
                                             GError       **error);
gboolean       jx_json_reader_end           (JxJsonReader  *self,
                                             GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxJsonReader, jx_json_reader_free)

G_END_DECLS
