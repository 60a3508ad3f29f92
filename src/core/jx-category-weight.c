/* jx-category-weight.c: the weight of an indicator category
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-category-weight.h"

/**
 * JxCategoryWeight:
 *
 * The weight (分值) of a 一级 indicator category, or of a 二级 category when
 * level 2 is given, and the score the report states for it.
 */
struct _JxCategoryWeight
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxCategoryWeight, jx_category_weight, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_LEVEL1,
  PROP_LEVEL2,
  PROP_WEIGHT,
  PROP_STATED_SCORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_category_weight_class_init (JxCategoryWeightClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_LEVEL1] =
    jx_field_new_text ("level1", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_LEVEL2] =
    jx_field_new_text ("level2", JX_FIELD_FLAGS_NONE);
  properties[PROP_WEIGHT] =
    jx_field_new_points ("weight");
  properties[PROP_STATED_SCORE] =
    jx_field_new_points ("stated-score");

  jx_record_class_install_fields (record_class, "category_weights", properties, N_PROPS);
}

static void
jx_category_weight_init (JxCategoryWeight *self)
{
}

JxCategoryWeight *
jx_category_weight_new (void)
{
  return g_object_new (JX_TYPE_CATEGORY_WEIGHT, NULL);
}

const char *
jx_category_weight_get_level1 (JxCategoryWeight *self)
{
  g_return_val_if_fail (JX_IS_CATEGORY_WEIGHT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_LEVEL1);
}

void
jx_category_weight_set_level1 (JxCategoryWeight *self,
                               const char       *level1)
{
  g_return_if_fail (JX_IS_CATEGORY_WEIGHT (self));

  jx_record_set_string (JX_RECORD (self), PROP_LEVEL1, level1);
}

const char *
jx_category_weight_get_level2 (JxCategoryWeight *self)
{
  g_return_val_if_fail (JX_IS_CATEGORY_WEIGHT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_LEVEL2);
}

void
jx_category_weight_set_level2 (JxCategoryWeight *self,
                               const char       *level2)
{
  g_return_if_fail (JX_IS_CATEGORY_WEIGHT (self));

  jx_record_set_string (JX_RECORD (self), PROP_LEVEL2, level2);
}

gint64
jx_category_weight_get_weight (JxCategoryWeight *self)
{
  g_return_val_if_fail (JX_IS_CATEGORY_WEIGHT (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_WEIGHT);
}

void
jx_category_weight_set_weight (JxCategoryWeight *self,
                               gint64            weight)
{
  g_return_if_fail (JX_IS_CATEGORY_WEIGHT (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_WEIGHT, weight);
}

gint64
jx_category_weight_get_stated_score (JxCategoryWeight *self)
{
  g_return_val_if_fail (JX_IS_CATEGORY_WEIGHT (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_STATED_SCORE);
}

void
jx_category_weight_set_stated_score (JxCategoryWeight *self,
                                     gint64            stated_score)
{
  g_return_if_fail (JX_IS_CATEGORY_WEIGHT (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_STATED_SCORE, stated_score);
}
