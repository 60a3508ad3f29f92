/* jx-project.h: a funded project (项目)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

/**
 * JxProjectKind:
 * @JX_PROJECT_KIND_NONE: not given
 * @JX_PROJECT_KIND_LOCAL: 本级项目
 * @JX_PROJECT_KIND_TRANSFER: 转移支付
 * @JX_PROJECT_KIND_SPECIAL: 专项资金
 */
typedef enum {
  JX_PROJECT_KIND_NONE,
  JX_PROJECT_KIND_LOCAL,
  JX_PROJECT_KIND_TRANSFER,
  JX_PROJECT_KIND_SPECIAL,
} JxProjectKind;

/**
 * JxTransferSource:
 * @JX_TRANSFER_SOURCE_NONE: not given
 * @JX_TRANSFER_SOURCE_CENTRAL: 中央
 * @JX_TRANSFER_SOURCE_PROVINCIAL: 省级
 * @JX_TRANSFER_SOURCE_MUNICIPAL: 市级
 */
typedef enum {
  JX_TRANSFER_SOURCE_NONE,
  JX_TRANSFER_SOURCE_CENTRAL,
  JX_TRANSFER_SOURCE_PROVINCIAL,
  JX_TRANSFER_SOURCE_MUNICIPAL,
} JxTransferSource;

#define JX_TYPE_PROJECT (jx_project_get_type ())

G_DECLARE_FINAL_TYPE (JxProject, jx_project, JX, PROJECT, JxRecord)

JxProject        *jx_project_new                         (void);
const char       *jx_project_get_name                    (JxProject *self);
void              jx_project_set_name                    (JxProject  *self,
                                                          const char *name);
const char       *jx_project_get_code                    (JxProject *self);
void              jx_project_set_code                    (JxProject  *self,
                                                          const char *code);
JxProjectKind     jx_project_get_kind                    (JxProject *self);
void              jx_project_set_kind                    (JxProject     *self,
                                                          JxProjectKind  kind);
JxTransferSource  jx_project_get_transfer_source         (JxProject *self);
void              jx_project_set_transfer_source         (JxProject        *self,
                                                          JxTransferSource  transfer_source);
gint64            jx_project_get_execution_weight        (JxProject *self);
void              jx_project_set_execution_weight        (JxProject *self,
                                                          gint64     execution_weight);
const char       *jx_project_get_planned_target          (JxProject *self);
void              jx_project_set_planned_target          (JxProject  *self,
                                                          const char *planned_target);
const char       *jx_project_get_actual_outcome          (JxProject *self);
void              jx_project_set_actual_outcome          (JxProject  *self,
                                                          const char *actual_outcome);
const char       *jx_project_get_deviation_reason        (JxProject *self);
void              jx_project_set_deviation_reason        (JxProject  *self,
                                                          const char *deviation_reason);
const char       *jx_project_get_improvement             (JxProject *self);
void              jx_project_set_improvement             (JxProject  *self,
                                                          const char *improvement);
gint64            jx_project_get_stated_score            (JxProject *self);
void              jx_project_set_stated_score            (JxProject *self,
                                                          gint64     stated_score);
const char       *jx_project_get_stated_grade            (JxProject *self);
void              jx_project_set_stated_grade            (JxProject  *self,
                                                          const char *stated_grade);
const char       *jx_project_get_stated_execution_rate   (JxProject *self);
void              jx_project_set_stated_execution_rate   (JxProject  *self,
                                                          const char *stated_execution_rate);
const char       *jx_project_get_stated_arrival_rate     (JxProject *self);
void              jx_project_set_stated_arrival_rate     (JxProject  *self,
                                                          const char *stated_arrival_rate);
const char       *jx_project_get_stated_attainment_rate  (JxProject *self);
void              jx_project_set_stated_attainment_rate  (JxProject  *self,
                                                          const char *stated_attainment_rate);
gint64            jx_project_get_stated_allocation_total (JxProject *self);
void              jx_project_set_stated_allocation_total (JxProject *self,
                                                          gint64     stated_allocation_total);
GPtrArray        *jx_project_get_funding                 (JxProject *self);
GPtrArray        *jx_project_get_category_weights        (JxProject *self);
GPtrArray        *jx_project_get_indicators              (JxProject *self);
GPtrArray        *jx_project_get_allocations             (JxProject *self);

gint64 jx_project_get_initial_budget (JxProject *self);
gint64 jx_project_get_budget         (JxProject *self);
gint64 jx_project_get_arrived        (JxProject *self);
gint64 jx_project_get_actual         (JxProject *self);

G_END_DECLS
