/* jx-funding-row.h: one source of a project's funding
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

/**
 * JxFundingSource:
 * @JX_FUNDING_SOURCE_NONE: not given
 * @JX_FUNDING_SOURCE_APPROPRIATION: 本年财政拨款
 * @JX_FUNDING_SOURCE_CARRIED_OVER: 上年结转资金
 * @JX_FUNDING_SOURCE_OTHER: 其他资金
 */
typedef enum {
  JX_FUNDING_SOURCE_NONE,
  JX_FUNDING_SOURCE_APPROPRIATION,
  JX_FUNDING_SOURCE_CARRIED_OVER,
  JX_FUNDING_SOURCE_OTHER,
} JxFundingSource;

#define JX_TYPE_FUNDING_ROW (jx_funding_row_get_type ())

G_DECLARE_FINAL_TYPE (JxFundingRow, jx_funding_row, JX, FUNDING_ROW, JxRecord)

JxFundingRow    *jx_funding_row_new          (void);
JxFundingSource  jx_funding_row_get_source   (JxFundingRow *self);
void             jx_funding_row_set_source   (JxFundingRow    *self,
                                              JxFundingSource  source);
gint64           jx_funding_row_get_initial  (JxFundingRow *self);
void             jx_funding_row_set_initial  (JxFundingRow *self,
                                              gint64        initial);
gint64           jx_funding_row_get_adjusted (JxFundingRow *self);
void             jx_funding_row_set_adjusted (JxFundingRow *self,
                                              gint64        adjusted);
gint64           jx_funding_row_get_arrived  (JxFundingRow *self);
void             jx_funding_row_set_arrived  (JxFundingRow *self,
                                              gint64        arrived);
gint64           jx_funding_row_get_actual   (JxFundingRow *self);
void             jx_funding_row_set_actual   (JxFundingRow *self,
                                              gint64        actual);

G_END_DECLS
