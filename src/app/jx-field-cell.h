/* jx-field-cell.h: a cell of a column view that edits one field of a record
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_FIELD_CELL (jx_field_cell_get_type ())

G_DECLARE_FINAL_TYPE (JxFieldCell, jx_field_cell, JX, FIELD_CELL, GtkWidget)

GtkWidget  *jx_field_cell_new         (const char  *property,
                                       gboolean     numeric);
void        jx_field_cell_bind        (JxFieldCell *self,
                                       JxHistory   *history,
                                       JxRecord    *record);
void        jx_field_cell_unbind      (JxFieldCell *self);
const char *jx_field_cell_get_problem (JxFieldCell *self);
void        jx_field_cell_start_editing (JxFieldCell *self);

void        jx_field_cell_forget_focus_leave (GtkWidget *label);

G_END_DECLS
