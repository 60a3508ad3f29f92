/* jx-project.c: a funded project (项目)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-allocation-line.h"
#include "jx-category-weight.h"
#include "jx-funding-row.h"
#include "jx-money.h"
#include "jx-number.h"
#include "jx-indicator.h"
#include "jx-project.h"

/**
 * JxProject:
 *
 * A funded project (项目) of a department-year: its kind, funding rows,
 * the weight of its execution part, annual overall target and outcome,
 * deviation reason and improvement, the score and grade the report states,
 * its indicators and allocation lines.
 */
struct _JxProject
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxProject, jx_project, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_CODE,
  PROP_KIND,
  PROP_TRANSFER_SOURCE,
  PROP_EXECUTION_WEIGHT,
  PROP_PLANNED_TARGET,
  PROP_ACTUAL_OUTCOME,
  PROP_DEVIATION_REASON,
  PROP_IMPROVEMENT,
  PROP_STATED_SCORE,
  PROP_STATED_GRADE,
  PROP_STATED_EXECUTION_RATE,
  PROP_STATED_ARRIVAL_RATE,
  PROP_STATED_ATTAINMENT_RATE,
  PROP_STATED_ALLOCATION_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_project_class_init (JxProjectClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_NAME] =
    jx_field_new_text ("name", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_CODE] =
    jx_field_new_text ("code", JX_FIELD_FLAGS_NONE);
  properties[PROP_KIND] =
    jx_field_new_enum ("kind", JX_TYPE_PROJECT_KIND, JX_FIELD_FLAGS_NONE);
  properties[PROP_TRANSFER_SOURCE] =
    jx_field_new_enum ("transfer-source", JX_TYPE_TRANSFER_SOURCE, JX_FIELD_FLAGS_NONE);
  properties[PROP_EXECUTION_WEIGHT] =
    jx_field_new_points ("execution-weight");
  properties[PROP_PLANNED_TARGET] =
    jx_field_new_text ("planned-target", JX_FIELD_FLAGS_NONE);
  properties[PROP_ACTUAL_OUTCOME] =
    jx_field_new_text ("actual-outcome", JX_FIELD_FLAGS_NONE);
  properties[PROP_DEVIATION_REASON] =
    jx_field_new_text ("deviation-reason", JX_FIELD_FLAGS_NONE);
  properties[PROP_IMPROVEMENT] =
    jx_field_new_text ("improvement", JX_FIELD_FLAGS_NONE);
  properties[PROP_STATED_SCORE] =
    jx_field_new_points ("stated-score");
  properties[PROP_STATED_GRADE] =
    jx_field_new_text ("stated-grade", JX_FIELD_FLAGS_NONE);
  properties[PROP_STATED_EXECUTION_RATE] =
    jx_field_new_decimal ("stated-execution-rate");
  properties[PROP_STATED_ARRIVAL_RATE] =
    jx_field_new_decimal ("stated-arrival-rate");
  properties[PROP_STATED_ATTAINMENT_RATE] =
    jx_field_new_decimal ("stated-attainment-rate");
  properties[PROP_STATED_ALLOCATION_TOTAL] =
    jx_field_new_money ("stated-allocation-total");

  jx_record_class_install_fields (record_class, "projects", properties, N_PROPS);
  jx_record_class_add_child_set (record_class, "funding", JX_TYPE_FUNDING_ROW, "project_id");
  jx_record_class_add_child_set (record_class, "category_weights", JX_TYPE_CATEGORY_WEIGHT, "project_id");
  jx_record_class_add_child_set (record_class, "indicators", JX_TYPE_INDICATOR, "project_id");
  jx_record_class_add_child_set (record_class, "allocations", JX_TYPE_ALLOCATION_LINE, "project_id");
}

static void
jx_project_init (JxProject *self)
{
}

JxProject *
jx_project_new (void)
{
  return g_object_new (JX_TYPE_PROJECT, NULL);
}

const char *
jx_project_get_name (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_NAME);
}

void
jx_project_set_name (JxProject  *self,
                     const char *name)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_NAME, name);
}

const char *
jx_project_get_code (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_CODE);
}

void
jx_project_set_code (JxProject  *self,
                     const char *code)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_CODE, code);
}

JxProjectKind
jx_project_get_kind (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_KIND);
}

void
jx_project_set_kind (JxProject     *self,
                     JxProjectKind  kind)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_enum (JX_RECORD (self), PROP_KIND, kind);
}

JxTransferSource
jx_project_get_transfer_source (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_TRANSFER_SOURCE);
}

void
jx_project_set_transfer_source (JxProject        *self,
                                JxTransferSource  transfer_source)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_enum (JX_RECORD (self), PROP_TRANSFER_SOURCE, transfer_source);
}

gint64
jx_project_get_execution_weight (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_EXECUTION_WEIGHT);
}

void
jx_project_set_execution_weight (JxProject *self,
                                 gint64     execution_weight)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_EXECUTION_WEIGHT, execution_weight);
}

const char *
jx_project_get_planned_target (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_PLANNED_TARGET);
}

void
jx_project_set_planned_target (JxProject  *self,
                               const char *planned_target)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_PLANNED_TARGET, planned_target);
}

const char *
jx_project_get_actual_outcome (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_ACTUAL_OUTCOME);
}

void
jx_project_set_actual_outcome (JxProject  *self,
                               const char *actual_outcome)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_ACTUAL_OUTCOME, actual_outcome);
}

const char *
jx_project_get_deviation_reason (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_DEVIATION_REASON);
}

void
jx_project_set_deviation_reason (JxProject  *self,
                                 const char *deviation_reason)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_DEVIATION_REASON, deviation_reason);
}

const char *
jx_project_get_improvement (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_IMPROVEMENT);
}

void
jx_project_set_improvement (JxProject  *self,
                            const char *improvement)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_IMPROVEMENT, improvement);
}

gint64
jx_project_get_stated_score (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_STATED_SCORE);
}

void
jx_project_set_stated_score (JxProject *self,
                             gint64     stated_score)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_STATED_SCORE, stated_score);
}

const char *
jx_project_get_stated_grade (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_STATED_GRADE);
}

void
jx_project_set_stated_grade (JxProject  *self,
                             const char *stated_grade)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_STATED_GRADE, stated_grade);
}

const char *
jx_project_get_stated_execution_rate (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_STATED_EXECUTION_RATE);
}

void
jx_project_set_stated_execution_rate (JxProject  *self,
                                      const char *stated_execution_rate)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_STATED_EXECUTION_RATE, stated_execution_rate);
}

const char *
jx_project_get_stated_arrival_rate (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_STATED_ARRIVAL_RATE);
}

void
jx_project_set_stated_arrival_rate (JxProject  *self,
                                    const char *stated_arrival_rate)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_STATED_ARRIVAL_RATE, stated_arrival_rate);
}

const char *
jx_project_get_stated_attainment_rate (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_STATED_ATTAINMENT_RATE);
}

void
jx_project_set_stated_attainment_rate (JxProject  *self,
                                       const char *stated_attainment_rate)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_string (JX_RECORD (self), PROP_STATED_ATTAINMENT_RATE, stated_attainment_rate);
}

gint64
jx_project_get_stated_allocation_total (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_STATED_ALLOCATION_TOTAL);
}

void
jx_project_set_stated_allocation_total (JxProject *self,
                                        gint64     stated_allocation_total)
{
  g_return_if_fail (JX_IS_PROJECT (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_STATED_ALLOCATION_TOTAL, stated_allocation_total);
}

/**
 * jx_project_get_funding:
 * @self: a #JxProject
 *
 * Returns: (transfer none) (element-type JxFundingRow): the funding in their order
 */
GPtrArray *
jx_project_get_funding (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "funding");
}

/**
 * jx_project_get_category_weights:
 * @self: a #JxProject
 *
 * Returns: (transfer none) (element-type JxCategoryWeight): the category weights in their order
 */
GPtrArray *
jx_project_get_category_weights (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "category_weights");
}

/**
 * jx_project_get_indicators:
 * @self: a #JxProject
 *
 * Returns: (transfer none) (element-type JxIndicator): the indicators in their order
 */
GPtrArray *
jx_project_get_indicators (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "indicators");
}

/**
 * jx_project_get_allocations:
 * @self: a #JxProject
 *
 * Returns: (transfer none) (element-type JxAllocationLine): the allocations in their order
 */
GPtrArray *
jx_project_get_allocations (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "allocations");
}

typedef gint64 (*FundingColumn) (JxFundingRow *row);

static gint64
sum_funding (JxProject     *self,
             FundingColumn  column)
{
  GPtrArray *rows = jx_project_get_funding (self);
  gint64 sum = JX_UNSET;

  for (guint i = 0; i < rows->len; i++)
    sum = jx_money_add_known (sum, column (g_ptr_array_index (rows, i)));

  return sum;
}

/**
 * jx_project_get_initial_budget:
 * @self: a #JxProject
 *
 * Returns: the 年初预算数 of all funding rows in fen, #JX_UNSET if no row
 *   gives one
 */
gint64
jx_project_get_initial_budget (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), JX_UNSET);

  return sum_funding (self, jx_funding_row_get_initial);
}

/**
 * jx_project_get_budget:
 * @self: a #JxProject
 *
 * Returns: the 全年预算数 of all funding rows in fen, the base of the
 *   execution and arrival rates; #JX_UNSET if no row gives one
 */
gint64
jx_project_get_budget (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), JX_UNSET);

  return sum_funding (self, jx_funding_row_get_adjusted);
}

/**
 * jx_project_get_arrived:
 * @self: a #JxProject
 *
 * Returns: the 到位数 of all funding rows in fen, #JX_UNSET if no row
 *   gives one
 */
gint64
jx_project_get_arrived (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), JX_UNSET);

  return sum_funding (self, jx_funding_row_get_arrived);
}

/**
 * jx_project_get_actual:
 * @self: a #JxProject
 *
 * Returns: the 全年执行数 of all funding rows in fen, #JX_UNSET if no row
 *   gives one
 */
gint64
jx_project_get_actual (JxProject *self)
{
  g_return_val_if_fail (JX_IS_PROJECT (self), JX_UNSET);

  return sum_funding (self, jx_funding_row_get_actual);
}
