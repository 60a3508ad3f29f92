/* jx-field-row.h: an entry row that edits one field of a record
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_FIELD_ROW (jx_field_row_get_type ())

G_DECLARE_FINAL_TYPE (JxFieldRow, jx_field_row, JX, FIELD_ROW, AdwEntryRow)

GtkWidget  *jx_field_row_new          (const char *title,
                                       const char *property);
const char *jx_field_row_get_property_name (JxFieldRow *self);
void        jx_field_row_bind         (JxFieldRow *self,
                                       JxHistory  *history,
                                       JxRecord   *record);
void        jx_field_row_unbind       (JxFieldRow *self);
void        jx_field_row_set_computed (JxFieldRow *self,
                                       const char *computed);
void        jx_field_row_set_findings (JxFieldRow *self,
                                       GPtrArray  *findings);
const char *jx_field_row_get_problem  (JxFieldRow *self);

G_END_DECLS
