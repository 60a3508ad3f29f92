/* jx-sidebar-item.h: a department-year, or a department without years, in
 * the sidebar
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_SIDEBAR_ITEM (jx_sidebar_item_get_type ())

G_DECLARE_FINAL_TYPE (JxSidebarItem, jx_sidebar_item, JX, SIDEBAR_ITEM, GObject)

JxSidebarItem    *jx_sidebar_item_new            (JxDepartment     *department,
                                                  JxDepartmentYear *year);
JxDepartment     *jx_sidebar_item_get_department (JxSidebarItem    *self);
JxDepartmentYear *jx_sidebar_item_get_year       (JxSidebarItem    *self);
gboolean          jx_sidebar_item_matches        (JxSidebarItem    *self,
                                                  const char       *folded_query);

G_END_DECLS
