/* jx-budget-line.h: a line of revenue, expenditure or 三公经费
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

/**
 * JxBudgetSection:
 * @JX_BUDGET_SECTION_NONE: not given
 * @JX_BUDGET_SECTION_REVENUE: revenue by source (收入)
 * @JX_BUDGET_SECTION_EXPENDITURE: expenditure by economic class (支出按经济分类)
 * @JX_BUDGET_SECTION_THREE_PUBLIC: a part of 三公经费
 */
typedef enum {
  JX_BUDGET_SECTION_NONE,
  JX_BUDGET_SECTION_REVENUE,
  JX_BUDGET_SECTION_EXPENDITURE,
  JX_BUDGET_SECTION_THREE_PUBLIC,
} JxBudgetSection;

#define JX_TYPE_BUDGET_LINE (jx_budget_line_get_type ())

G_DECLARE_FINAL_TYPE (JxBudgetLine, jx_budget_line, JX, BUDGET_LINE, JxRecord)

JxBudgetLine    *jx_budget_line_new         (void);
JxBudgetSection  jx_budget_line_get_section (JxBudgetLine *self);
void             jx_budget_line_set_section (JxBudgetLine    *self,
                                             JxBudgetSection  section);
const char      *jx_budget_line_get_label   (JxBudgetLine *self);
void             jx_budget_line_set_label   (JxBudgetLine *self,
                                             const char   *label);
gint64           jx_budget_line_get_budget  (JxBudgetLine *self);
void             jx_budget_line_set_budget  (JxBudgetLine *self,
                                             gint64        budget);
gint64           jx_budget_line_get_actual  (JxBudgetLine *self);
void             jx_budget_line_set_actual  (JxBudgetLine *self,
                                             gint64        actual);
const char      *jx_budget_line_get_note    (JxBudgetLine *self);
void             jx_budget_line_set_note    (JxBudgetLine *self,
                                             const char   *note);

G_END_DECLS
