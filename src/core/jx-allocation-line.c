/* jx-allocation-line.c: a line of a project's allocation
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-allocation-line.h"

/**
 * JxAllocationLine:
 *
 * A line of a project's allocation (分配明细): a region or sub-unit, how
 * many sub-projects it received and the amount.
 */
struct _JxAllocationLine
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxAllocationLine, jx_allocation_line, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_RECIPIENT,
  PROP_SUBPROJECT_COUNT,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_allocation_line_class_init (JxAllocationLineClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_RECIPIENT] =
    jx_field_new_text ("recipient", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_SUBPROJECT_COUNT] =
    jx_field_new_integer ("subproject-count", 0, 100000000, JX_FIELD_FLAGS_NONE);
  properties[PROP_AMOUNT] =
    jx_field_new_money ("amount");

  jx_record_class_install_fields (record_class, "allocation_lines", properties, N_PROPS);
}

static void
jx_allocation_line_init (JxAllocationLine *self)
{
}

JxAllocationLine *
jx_allocation_line_new (void)
{
  return g_object_new (JX_TYPE_ALLOCATION_LINE, NULL);
}

const char *
jx_allocation_line_get_recipient (JxAllocationLine *self)
{
  g_return_val_if_fail (JX_IS_ALLOCATION_LINE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_RECIPIENT);
}

void
jx_allocation_line_set_recipient (JxAllocationLine *self,
                                  const char       *recipient)
{
  g_return_if_fail (JX_IS_ALLOCATION_LINE (self));

  jx_record_set_string (JX_RECORD (self), PROP_RECIPIENT, recipient);
}

gint64
jx_allocation_line_get_subproject_count (JxAllocationLine *self)
{
  g_return_val_if_fail (JX_IS_ALLOCATION_LINE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_SUBPROJECT_COUNT);
}

void
jx_allocation_line_set_subproject_count (JxAllocationLine *self,
                                         gint64            subproject_count)
{
  g_return_if_fail (JX_IS_ALLOCATION_LINE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_SUBPROJECT_COUNT, subproject_count);
}

gint64
jx_allocation_line_get_amount (JxAllocationLine *self)
{
  g_return_val_if_fail (JX_IS_ALLOCATION_LINE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_AMOUNT);
}

void
jx_allocation_line_set_amount (JxAllocationLine *self,
                               gint64            amount)
{
  g_return_if_fail (JX_IS_ALLOCATION_LINE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_AMOUNT, amount);
}
