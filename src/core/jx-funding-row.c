/* jx-funding-row.c: one source of a project's funding
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-funding-row.h"

/**
 * JxFundingRow:
 *
 * One source of a project's funding (本年财政拨款, 上年结转资金, 其他资金)
 * with its 年初预算数, 全年预算数, 到位数 and 全年执行数.
 */
struct _JxFundingRow
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxFundingRow, jx_funding_row, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SOURCE,
  PROP_INITIAL,
  PROP_ADJUSTED,
  PROP_ARRIVED,
  PROP_ACTUAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_funding_row_class_init (JxFundingRowClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_SOURCE] =
    jx_field_new_enum ("source", JX_TYPE_FUNDING_SOURCE, JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_INITIAL] =
    jx_field_new_money ("initial");
  properties[PROP_ADJUSTED] =
    jx_field_new_money ("adjusted");
  properties[PROP_ARRIVED] =
    jx_field_new_money ("arrived");
  properties[PROP_ACTUAL] =
    jx_field_new_money ("actual");

  jx_record_class_install_fields (record_class, "funding_rows", properties, N_PROPS);
}

static void
jx_funding_row_init (JxFundingRow *self)
{
}

JxFundingRow *
jx_funding_row_new (void)
{
  return g_object_new (JX_TYPE_FUNDING_ROW, NULL);
}

JxFundingSource
jx_funding_row_get_source (JxFundingRow *self)
{
  g_return_val_if_fail (JX_IS_FUNDING_ROW (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_SOURCE);
}

void
jx_funding_row_set_source (JxFundingRow    *self,
                           JxFundingSource  source)
{
  g_return_if_fail (JX_IS_FUNDING_ROW (self));

  jx_record_set_enum (JX_RECORD (self), PROP_SOURCE, source);
}

gint64
jx_funding_row_get_initial (JxFundingRow *self)
{
  g_return_val_if_fail (JX_IS_FUNDING_ROW (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_INITIAL);
}

void
jx_funding_row_set_initial (JxFundingRow *self,
                            gint64        initial)
{
  g_return_if_fail (JX_IS_FUNDING_ROW (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_INITIAL, initial);
}

gint64
jx_funding_row_get_adjusted (JxFundingRow *self)
{
  g_return_val_if_fail (JX_IS_FUNDING_ROW (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ADJUSTED);
}

void
jx_funding_row_set_adjusted (JxFundingRow *self,
                             gint64        adjusted)
{
  g_return_if_fail (JX_IS_FUNDING_ROW (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ADJUSTED, adjusted);
}

gint64
jx_funding_row_get_arrived (JxFundingRow *self)
{
  g_return_val_if_fail (JX_IS_FUNDING_ROW (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ARRIVED);
}

void
jx_funding_row_set_arrived (JxFundingRow *self,
                            gint64        arrived)
{
  g_return_if_fail (JX_IS_FUNDING_ROW (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ARRIVED, arrived);
}

gint64
jx_funding_row_get_actual (JxFundingRow *self)
{
  g_return_val_if_fail (JX_IS_FUNDING_ROW (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ACTUAL);
}

void
jx_funding_row_set_actual (JxFundingRow *self,
                           gint64        actual)
{
  g_return_if_fail (JX_IS_FUNDING_ROW (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ACTUAL, actual);
}
