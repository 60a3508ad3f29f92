/* jx-text-field.h: a multi-line text field of a record, edited in place
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_TEXT_FIELD (jx_text_field_get_type ())

G_DECLARE_FINAL_TYPE (JxTextField, jx_text_field, JX, TEXT_FIELD, GtkWidget)

GtkWidget   *jx_text_field_new         (const char  *title);
const char  *jx_text_field_get_title   (JxTextField *self);
void         jx_text_field_set_title   (JxTextField *self,
                                        const char  *title);
const char  *jx_text_field_get_property_name (JxTextField *self);
GtkTextView *jx_text_field_get_view    (JxTextField *self);
void         jx_text_field_bind        (JxTextField *self,
                                        JxHistory   *history,
                                        JxRecord    *record,
                                        const char  *property);
void         jx_text_field_unbind      (JxTextField *self);
gboolean     jx_text_field_save        (JxTextField *self);
const char  *jx_text_field_get_problem (JxTextField *self);

G_END_DECLS
