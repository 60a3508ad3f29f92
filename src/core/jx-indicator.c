/* jx-indicator.c: a performance indicator (绩效指标)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-indicator.h"
#include "jx-target.h"

/**
 * JxIndicator:
 *
 * A performance indicator (绩效指标) of a project or a department-year: its
 * 一级 and 二级 categories and 三级 name, the target (comparator, value and
 * unit, or qualitative text), the actual value, the weight, the evaluator's
 * assessment of a qualitative target, a score set by hand with its reason,
 * and the deviation reason.
 */
struct _JxIndicator
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxIndicator, jx_indicator, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LEVEL1,
  PROP_LEVEL2,
  PROP_NAME,
  PROP_COMPARATOR,
  PROP_TARGET_VALUE,
  PROP_TARGET_UNIT,
  PROP_TARGET_TEXT,
  PROP_ACTUAL_VALUE,
  PROP_ACTUAL_TEXT,
  PROP_WEIGHT,
  PROP_ASSESSMENT,
  PROP_SCORE_OVERRIDE,
  PROP_OVERRIDE_REASON,
  PROP_DEVIATION_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_indicator_class_init (JxIndicatorClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_LEVEL1] =
    jx_field_new_text ("level1", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_LEVEL2] =
    jx_field_new_text ("level2", JX_FIELD_FLAGS_NONE);
  properties[PROP_NAME] =
    jx_field_new_text ("name", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_COMPARATOR] =
    jx_field_new_enum ("comparator", JX_TYPE_COMPARATOR, JX_FIELD_FLAGS_NONE);
  properties[PROP_TARGET_VALUE] =
    jx_field_new_decimal ("target-value");
  properties[PROP_TARGET_UNIT] =
    jx_field_new_text ("target-unit", JX_FIELD_FLAGS_NONE);
  properties[PROP_TARGET_TEXT] =
    jx_field_new_text ("target-text", JX_FIELD_FLAGS_NONE);
  properties[PROP_ACTUAL_VALUE] =
    jx_field_new_decimal ("actual-value");
  properties[PROP_ACTUAL_TEXT] =
    jx_field_new_text ("actual-text", JX_FIELD_FLAGS_NONE);
  properties[PROP_WEIGHT] =
    jx_field_new_points ("weight");
  properties[PROP_ASSESSMENT] =
    jx_field_new_enum ("assessment", JX_TYPE_ASSESSMENT, JX_FIELD_FLAGS_NONE);
  properties[PROP_SCORE_OVERRIDE] =
    jx_field_new_points ("score-override");
  properties[PROP_OVERRIDE_REASON] =
    jx_field_new_text ("override-reason", JX_FIELD_FLAGS_NONE);
  properties[PROP_DEVIATION_REASON] =
    jx_field_new_text ("deviation-reason", JX_FIELD_FLAGS_NONE);

  jx_record_class_install_fields (record_class, "indicators", properties, N_PROPS);
}

static void
jx_indicator_init (JxIndicator *self)
{
}

JxIndicator *
jx_indicator_new (void)
{
  return g_object_new (JX_TYPE_INDICATOR, NULL);
}

const char *
jx_indicator_get_level1 (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_LEVEL1);
}

void
jx_indicator_set_level1 (JxIndicator *self,
                         const char  *level1)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_LEVEL1, level1);
}

const char *
jx_indicator_get_level2 (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_LEVEL2);
}

void
jx_indicator_set_level2 (JxIndicator *self,
                         const char  *level2)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_LEVEL2, level2);
}

const char *
jx_indicator_get_name (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_NAME);
}

void
jx_indicator_set_name (JxIndicator *self,
                       const char  *name)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_NAME, name);
}

JxComparator
jx_indicator_get_comparator (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_COMPARATOR);
}

void
jx_indicator_set_comparator (JxIndicator  *self,
                             JxComparator  comparator)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_enum (JX_RECORD (self), PROP_COMPARATOR, comparator);
}

const char *
jx_indicator_get_target_value (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_TARGET_VALUE);
}

void
jx_indicator_set_target_value (JxIndicator *self,
                               const char  *target_value)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_TARGET_VALUE, target_value);
}

const char *
jx_indicator_get_target_unit (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_TARGET_UNIT);
}

void
jx_indicator_set_target_unit (JxIndicator *self,
                              const char  *target_unit)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_TARGET_UNIT, target_unit);
}

const char *
jx_indicator_get_target_text (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_TARGET_TEXT);
}

void
jx_indicator_set_target_text (JxIndicator *self,
                              const char  *target_text)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_TARGET_TEXT, target_text);
}

const char *
jx_indicator_get_actual_value (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_ACTUAL_VALUE);
}

void
jx_indicator_set_actual_value (JxIndicator *self,
                               const char  *actual_value)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_ACTUAL_VALUE, actual_value);
}

const char *
jx_indicator_get_actual_text (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_ACTUAL_TEXT);
}

void
jx_indicator_set_actual_text (JxIndicator *self,
                              const char  *actual_text)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_ACTUAL_TEXT, actual_text);
}

gint64
jx_indicator_get_weight (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_WEIGHT);
}

void
jx_indicator_set_weight (JxIndicator *self,
                         gint64       weight)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_WEIGHT, weight);
}

JxAssessment
jx_indicator_get_assessment (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_ASSESSMENT);
}

void
jx_indicator_set_assessment (JxIndicator  *self,
                             JxAssessment  assessment)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_enum (JX_RECORD (self), PROP_ASSESSMENT, assessment);
}

gint64
jx_indicator_get_score_override (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_SCORE_OVERRIDE);
}

void
jx_indicator_set_score_override (JxIndicator *self,
                                 gint64       score_override)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_SCORE_OVERRIDE, score_override);
}

const char *
jx_indicator_get_override_reason (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_OVERRIDE_REASON);
}

void
jx_indicator_set_override_reason (JxIndicator *self,
                                  const char  *override_reason)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_OVERRIDE_REASON, override_reason);
}

const char *
jx_indicator_get_deviation_reason (JxIndicator *self)
{
  g_return_val_if_fail (JX_IS_INDICATOR (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_DEVIATION_REASON);
}

void
jx_indicator_set_deviation_reason (JxIndicator *self,
                                   const char  *deviation_reason)
{
  g_return_if_fail (JX_IS_INDICATOR (self));

  jx_record_set_string (JX_RECORD (self), PROP_DEVIATION_REASON, deviation_reason);
}

/**
 * jx_indicator_dup_target_display:
 *
 * Returns: (transfer full): the target as forms print it: as it was
 *   written, or from its parts when only those are stored ("≥90%"); ""
 *   when there is none
 */
char *
jx_indicator_dup_target_display (JxIndicator *self)
{
  JxTarget target = {
    jx_indicator_get_comparator (self),
    (char *) jx_indicator_get_target_value (self),
    (char *) jx_indicator_get_target_unit (self),
    FALSE,
  };
  char *formatted;

  if (jx_indicator_get_target_text (self) != NULL)
    return g_strdup (jx_indicator_get_target_text (self));

  formatted = jx_target_format (&target);
  return formatted != NULL ? formatted : g_strdup ("");
}

/**
 * jx_indicator_dup_actual_display:
 *
 * Returns: (transfer full): the actual value as forms print it: as it was
 *   written, or the value with the target's unit ("381家"); "" when there
 *   is none
 */
char *
jx_indicator_dup_actual_display (JxIndicator *self)
{
  const char *value = jx_indicator_get_actual_value (self);
  const char *unit = jx_indicator_get_target_unit (self);

  if (jx_indicator_get_actual_text (self) != NULL)
    return g_strdup (jx_indicator_get_actual_text (self));
  if (value == NULL)
    return g_strdup ("");

  return g_strconcat (value, unit != NULL ? unit : "", NULL);
}
