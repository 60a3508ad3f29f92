/* jx-indicator-tree.h: an owner's indicators grouped into their 一级 and 二级 categories
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_INDICATOR_TREE (jx_indicator_tree_get_type ())

G_DECLARE_FINAL_TYPE (JxIndicatorTree, jx_indicator_tree, JX, INDICATOR_TREE, GObject)

JxIndicatorTree *jx_indicator_tree_new                 (void);
void             jx_indicator_tree_update              (JxIndicatorTree  *self,
                                                        GPtrArray        *indicators);
GListModel      *jx_indicator_tree_create_child_model  (gpointer          item,
                                                        gpointer          user_data);

gboolean         jx_indicator_tree_is_category         (gpointer          item);
void             jx_indicator_tree_get_levels          (gpointer          item,
                                                        const char      **level1,
                                                        const char      **level2);
gboolean         jx_indicator_tree_same_item           (gpointer          a,
                                                        gpointer          b);

G_END_DECLS
