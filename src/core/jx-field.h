/* jx-field.h: the typed fields of a record
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "jx-number.h"

G_BEGIN_DECLS

/**
 * JxFieldKind:
 * @JX_FIELD_TEXT: free text, %NULL when empty
 * @JX_FIELD_INTEGER: a whole number (a year, a count), #JX_UNSET when empty
 * @JX_FIELD_MONEY: an amount in fen, #JX_UNSET when empty; 万元 in files
 * @JX_FIELD_POINTS: score points in hundredths, #JX_UNSET when empty
 * @JX_FIELD_DECIMAL: an exact decimal kept as its normalized text
 * @JX_FIELD_ENUM: one value of a #GEnum whose value 0 means "not given"
 * @JX_FIELD_REFERENCE: the name of a record of another table (a department's
 *   parent department, a year's scoring profile), stored as its id
 *
 * Every property of a #JxRecord is a field of one of these kinds; the kind
 * decides how the value is stored in SQLite, written to JSON and checked.
 */
typedef enum {
  JX_FIELD_TEXT,
  JX_FIELD_INTEGER,
  JX_FIELD_MONEY,
  JX_FIELD_POINTS,
  JX_FIELD_DECIMAL,
  JX_FIELD_ENUM,
  JX_FIELD_REFERENCE,
} JxFieldKind;

typedef enum {
  JX_FIELD_FLAGS_NONE     = 0,
  JX_FIELD_FLAGS_REQUIRED = 1 << 0,
} JxFieldFlags;

/* Scale of JX_FIELD_POINTS: 92.5 points are held as 9250. */
#define JX_POINTS_SCALE 2

GParamSpec  *jx_field_new_text        (const char   *name,
                                       JxFieldFlags  flags);
GParamSpec  *jx_field_new_integer     (const char   *name,
                                       gint64        minimum,
                                       gint64        maximum,
                                       JxFieldFlags  flags);
GParamSpec  *jx_field_new_money       (const char   *name);
GParamSpec  *jx_field_new_points      (const char   *name);
GParamSpec  *jx_field_new_decimal     (const char   *name);
GParamSpec  *jx_field_new_enum        (const char   *name,
                                       GType         enum_type,
                                       JxFieldFlags  flags);
GParamSpec  *jx_field_new_reference   (const char   *name,
                                       const char   *table);

JxFieldKind  jx_field_get_kind        (GParamSpec   *pspec);
gboolean     jx_field_is_required     (GParamSpec   *pspec);
const char  *jx_field_get_key         (GParamSpec   *pspec);
const char  *jx_field_get_label       (GParamSpec   *pspec);
const char  *jx_field_get_reference_table (GParamSpec *pspec);
gboolean     jx_field_is_empty        (GParamSpec   *pspec,
                                       const GValue *value);

gboolean     jx_field_value_from_text (GParamSpec   *pspec,
                                       const char   *text,
                                       GValue       *value,
                                       GError      **error);
char        *jx_field_value_to_text   (GParamSpec   *pspec,
                                       const GValue *value);

G_END_DECLS
