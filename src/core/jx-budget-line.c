/* jx-budget-line.c: a line of revenue, expenditure or 三公经费
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-budget-line.h"

/**
 * JxBudgetLine:
 *
 * A line of a department-year's revenue by source, expenditure by economic
 * class or 三公经费, with its budget and actual amounts.
 */
struct _JxBudgetLine
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxBudgetLine, jx_budget_line, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_SECTION,
  PROP_LABEL,
  PROP_BUDGET,
  PROP_ACTUAL,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_budget_line_class_init (JxBudgetLineClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_SECTION] =
    jx_field_new_enum ("section", JX_TYPE_BUDGET_SECTION, JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_LABEL] =
    jx_field_new_text ("label", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_BUDGET] =
    jx_field_new_money ("budget");
  properties[PROP_ACTUAL] =
    jx_field_new_money ("actual");
  properties[PROP_NOTE] =
    jx_field_new_text ("note", JX_FIELD_FLAGS_NONE);

  jx_record_class_install_fields (record_class, "budget_lines", properties, N_PROPS);
}

static void
jx_budget_line_init (JxBudgetLine *self)
{
}

JxBudgetLine *
jx_budget_line_new (void)
{
  return g_object_new (JX_TYPE_BUDGET_LINE, NULL);
}

JxBudgetSection
jx_budget_line_get_section (JxBudgetLine *self)
{
  g_return_val_if_fail (JX_IS_BUDGET_LINE (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_SECTION);
}

void
jx_budget_line_set_section (JxBudgetLine    *self,
                            JxBudgetSection  section)
{
  g_return_if_fail (JX_IS_BUDGET_LINE (self));

  jx_record_set_enum (JX_RECORD (self), PROP_SECTION, section);
}

const char *
jx_budget_line_get_label (JxBudgetLine *self)
{
  g_return_val_if_fail (JX_IS_BUDGET_LINE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_LABEL);
}

void
jx_budget_line_set_label (JxBudgetLine *self,
                          const char   *label)
{
  g_return_if_fail (JX_IS_BUDGET_LINE (self));

  jx_record_set_string (JX_RECORD (self), PROP_LABEL, label);
}

gint64
jx_budget_line_get_budget (JxBudgetLine *self)
{
  g_return_val_if_fail (JX_IS_BUDGET_LINE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_BUDGET);
}

void
jx_budget_line_set_budget (JxBudgetLine *self,
                           gint64        budget)
{
  g_return_if_fail (JX_IS_BUDGET_LINE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_BUDGET, budget);
}

gint64
jx_budget_line_get_actual (JxBudgetLine *self)
{
  g_return_val_if_fail (JX_IS_BUDGET_LINE (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_ACTUAL);
}

void
jx_budget_line_set_actual (JxBudgetLine *self,
                           gint64        actual)
{
  g_return_if_fail (JX_IS_BUDGET_LINE (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_ACTUAL, actual);
}

const char *
jx_budget_line_get_note (JxBudgetLine *self)
{
  g_return_val_if_fail (JX_IS_BUDGET_LINE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_NOTE);
}

void
jx_budget_line_set_note (JxBudgetLine *self,
                         const char   *note)
{
  g_return_if_fail (JX_IS_BUDGET_LINE (self));

  jx_record_set_string (JX_RECORD (self), PROP_NOTE, note);
}
