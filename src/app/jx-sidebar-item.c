/* jx-sidebar-item.c: a department-year, or a department without years, in
 * the sidebar
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "jx-sidebar-item.h"

/*
 * The sidebar lists one item per department-year, and one for each
 * department that has no year yet. The items are the model of a
 * GtkListView: only the rows on screen are made, so that a province's
 * thousand departments open at once.
 */

struct _JxSidebarItem
{
  GObject           parent_instance;

  JxDepartment     *department;
  JxDepartmentYear *year;
};

G_DEFINE_FINAL_TYPE (JxSidebarItem, jx_sidebar_item, G_TYPE_OBJECT)

static void
jx_sidebar_item_dispose (GObject *object)
{
  JxSidebarItem *self = JX_SIDEBAR_ITEM (object);

  g_clear_object (&self->department);
  g_clear_object (&self->year);

  G_OBJECT_CLASS (jx_sidebar_item_parent_class)->dispose (object);
}

static void
jx_sidebar_item_class_init (JxSidebarItemClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = jx_sidebar_item_dispose;
}

static void
jx_sidebar_item_init (JxSidebarItem *self)
{
}

/**
 * jx_sidebar_item_new:
 * @department: a department
 * @year: (nullable): one of its years, %NULL for a department without any
 *
 * Returns: (transfer full): a new item
 */
JxSidebarItem *
jx_sidebar_item_new (JxDepartment     *department,
                     JxDepartmentYear *year)
{
  JxSidebarItem *self = g_object_new (JX_TYPE_SIDEBAR_ITEM, NULL);

  self->department = g_object_ref (department);
  self->year = year != NULL ? g_object_ref (year) : NULL;

  return self;
}

JxDepartment *
jx_sidebar_item_get_department (JxSidebarItem *self)
{
  g_return_val_if_fail (JX_IS_SIDEBAR_ITEM (self), NULL);

  return self->department;
}

/**
 * jx_sidebar_item_get_year:
 *
 * Returns: (nullable): the year, %NULL for a department without years
 */
JxDepartmentYear *
jx_sidebar_item_get_year (JxSidebarItem *self)
{
  g_return_val_if_fail (JX_IS_SIDEBAR_ITEM (self), NULL);

  return self->year;
}

/**
 * jx_sidebar_item_matches:
 * @folded_query: what was searched, case-folded (g_utf8_casefold())
 *
 * Returns: whether the department's name holds @folded_query, or the
 *   year does ("2021" finds the years too); an empty query matches all
 */
gboolean
jx_sidebar_item_matches (JxSidebarItem *self,
                         const char    *folded_query)
{
  g_autofree char *name = NULL;
  char year_text[16];

  g_return_val_if_fail (JX_IS_SIDEBAR_ITEM (self), FALSE);

  if (folded_query == NULL || folded_query[0] == '\0')
    return TRUE;

  name = g_utf8_casefold (jx_department_get_name (self->department), -1);
  if (strstr (name, folded_query) != NULL)
    return TRUE;

  if (self->year == NULL)
    return FALSE;
  g_snprintf (year_text, sizeof year_text, "%d", (int) jx_department_year_get_year (self->year));
  return strstr (year_text, folded_query) != NULL;
}
