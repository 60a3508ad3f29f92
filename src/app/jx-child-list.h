/* jx-child-list.h: the children of a record as a list model that follows the history
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_CHILD_LIST (jx_child_list_get_type ())

G_DECLARE_FINAL_TYPE (JxChildList, jx_child_list, JX, CHILD_LIST, GObject)

JxChildList *jx_child_list_new           (JxHistory   *history,
                                          JxRecord    *owner,
                                          const char  *child_set);
JxHistory   *jx_child_list_get_history   (JxChildList *self);
JxRecord    *jx_child_list_get_owner     (JxChildList *self);
const char  *jx_child_list_get_child_set (JxChildList *self);
gboolean     jx_child_list_find          (JxChildList *self,
                                          JxRecord    *child,
                                          guint       *position);

G_END_DECLS
