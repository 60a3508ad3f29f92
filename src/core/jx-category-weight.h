/* jx-category-weight.h: the weight of an indicator category
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

#define JX_TYPE_CATEGORY_WEIGHT (jx_category_weight_get_type ())

G_DECLARE_FINAL_TYPE (JxCategoryWeight, jx_category_weight, JX, CATEGORY_WEIGHT, JxRecord)

JxCategoryWeight *jx_category_weight_new              (void);
const char       *jx_category_weight_get_level1       (JxCategoryWeight *self);
void              jx_category_weight_set_level1       (JxCategoryWeight *self,
                                                       const char       *level1);
const char       *jx_category_weight_get_level2       (JxCategoryWeight *self);
void              jx_category_weight_set_level2       (JxCategoryWeight *self,
                                                       const char       *level2);
gint64            jx_category_weight_get_weight       (JxCategoryWeight *self);
void              jx_category_weight_set_weight       (JxCategoryWeight *self,
                                                       gint64            weight);
gint64            jx_category_weight_get_stated_score (JxCategoryWeight *self);
void              jx_category_weight_set_stated_score (JxCategoryWeight *self,
                                                       gint64            stated_score);

G_END_DECLS
