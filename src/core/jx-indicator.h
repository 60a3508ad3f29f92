/* jx-indicator.h: a performance indicator (绩效指标)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

/**
 * JxComparator:
 * @JX_COMPARATOR_NONE: not given
 * @JX_COMPARATOR_GE: ≥, 不低于, 不少于
 * @JX_COMPARATOR_GT: >
 * @JX_COMPARATOR_EQ: =
 * @JX_COMPARATOR_LE: ≤, 不高于, 不超过
 * @JX_COMPARATOR_LT: <
 * @JX_COMPARATOR_QUALITATIVE: 定性: a target in words
 */
typedef enum {
  JX_COMPARATOR_NONE,
  JX_COMPARATOR_GE,
  JX_COMPARATOR_GT,
  JX_COMPARATOR_EQ,
  JX_COMPARATOR_LE,
  JX_COMPARATOR_LT,
  JX_COMPARATOR_QUALITATIVE,
} JxComparator;

/**
 * JxAssessment:
 * @JX_ASSESSMENT_NONE: not given
 * @JX_ASSESSMENT_ACHIEVED: 达成
 * @JX_ASSESSMENT_PARTLY_ACHIEVED: 部分达成
 * @JX_ASSESSMENT_NOT_ACHIEVED: 未达成
 */
typedef enum {
  JX_ASSESSMENT_NONE,
  JX_ASSESSMENT_ACHIEVED,
  JX_ASSESSMENT_PARTLY_ACHIEVED,
  JX_ASSESSMENT_NOT_ACHIEVED,
} JxAssessment;

#define JX_TYPE_INDICATOR (jx_indicator_get_type ())

G_DECLARE_FINAL_TYPE (JxIndicator, jx_indicator, JX, INDICATOR, JxRecord)

JxIndicator  *jx_indicator_new                  (void);
const char   *jx_indicator_get_level1           (JxIndicator *self);
void          jx_indicator_set_level1           (JxIndicator *self,
                                                 const char  *level1);
const char   *jx_indicator_get_level2           (JxIndicator *self);
void          jx_indicator_set_level2           (JxIndicator *self,
                                                 const char  *level2);
const char   *jx_indicator_get_name             (JxIndicator *self);
void          jx_indicator_set_name             (JxIndicator *self,
                                                 const char  *name);
JxComparator  jx_indicator_get_comparator       (JxIndicator *self);
void          jx_indicator_set_comparator       (JxIndicator  *self,
                                                 JxComparator  comparator);
const char   *jx_indicator_get_target_value     (JxIndicator *self);
void          jx_indicator_set_target_value     (JxIndicator *self,
                                                 const char  *target_value);
const char   *jx_indicator_get_target_unit      (JxIndicator *self);
void          jx_indicator_set_target_unit      (JxIndicator *self,
                                                 const char  *target_unit);
const char   *jx_indicator_get_target_text      (JxIndicator *self);
void          jx_indicator_set_target_text      (JxIndicator *self,
                                                 const char  *target_text);
const char   *jx_indicator_get_actual_value     (JxIndicator *self);
void          jx_indicator_set_actual_value     (JxIndicator *self,
                                                 const char  *actual_value);
const char   *jx_indicator_get_actual_text      (JxIndicator *self);
void          jx_indicator_set_actual_text      (JxIndicator *self,
                                                 const char  *actual_text);
gint64        jx_indicator_get_weight           (JxIndicator *self);
void          jx_indicator_set_weight           (JxIndicator *self,
                                                 gint64       weight);
JxAssessment  jx_indicator_get_assessment       (JxIndicator *self);
void          jx_indicator_set_assessment       (JxIndicator  *self,
                                                 JxAssessment  assessment);
gint64        jx_indicator_get_score_override   (JxIndicator *self);
void          jx_indicator_set_score_override   (JxIndicator *self,
                                                 gint64       score_override);
const char   *jx_indicator_get_override_reason  (JxIndicator *self);
void          jx_indicator_set_override_reason  (JxIndicator *self,
                                                 const char  *override_reason);
const char   *jx_indicator_get_deviation_reason (JxIndicator *self);
void          jx_indicator_set_deviation_reason (JxIndicator *self,
                                                 const char  *deviation_reason);
char         *jx_indicator_dup_target_display   (JxIndicator *self);
char         *jx_indicator_dup_actual_display   (JxIndicator *self);

G_END_DECLS
