/* jx-allocation-line.h: a line of a project's allocation
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

#define JX_TYPE_ALLOCATION_LINE (jx_allocation_line_get_type ())

G_DECLARE_FINAL_TYPE (JxAllocationLine, jx_allocation_line, JX, ALLOCATION_LINE, JxRecord)

JxAllocationLine *jx_allocation_line_new                  (void);
const char       *jx_allocation_line_get_recipient        (JxAllocationLine *self);
void              jx_allocation_line_set_recipient        (JxAllocationLine *self,
                                                           const char       *recipient);
gint64            jx_allocation_line_get_subproject_count (JxAllocationLine *self);
void              jx_allocation_line_set_subproject_count (JxAllocationLine *self,
                                                           gint64            subproject_count);
gint64            jx_allocation_line_get_amount           (JxAllocationLine *self);
void              jx_allocation_line_set_amount           (JxAllocationLine *self,
                                                           gint64            amount);

G_END_DECLS
