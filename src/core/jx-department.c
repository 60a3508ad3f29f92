/* jx-department.c: a department (部门/单位)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-department-year.h"
#include "jx-department.h"

/**
 * JxDepartment:
 *
 * A department (部门 or 单位) such as a city Science and Technology Bureau:
 * its name, code, parent, functions and internal units, and the years it
 * reports on.
 */
struct _JxDepartment
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxDepartment, jx_department, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_CODE,
  PROP_PARENT,
  PROP_FUNCTIONS,
  PROP_INTERNAL_UNITS,
  PROP_STAFF_AUTHORIZED,
  PROP_STAFF_ACTUAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_department_class_init (JxDepartmentClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_NAME] =
    jx_field_new_text ("name", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_CODE] =
    jx_field_new_text ("code", JX_FIELD_FLAGS_NONE);
  properties[PROP_PARENT] =
    jx_field_new_reference ("parent", "departments");
  properties[PROP_FUNCTIONS] =
    jx_field_new_text ("functions", JX_FIELD_FLAGS_NONE);
  properties[PROP_INTERNAL_UNITS] =
    jx_field_new_text ("internal-units", JX_FIELD_FLAGS_NONE);
  properties[PROP_STAFF_AUTHORIZED] =
    jx_field_new_integer ("staff-authorized", 0, 100000000, JX_FIELD_FLAGS_NONE);
  properties[PROP_STAFF_ACTUAL] =
    jx_field_new_integer ("staff-actual", 0, 100000000, JX_FIELD_FLAGS_NONE);

  jx_record_class_install_fields (record_class, "departments", properties, N_PROPS);
  jx_record_class_add_child_set (record_class, "years", JX_TYPE_DEPARTMENT_YEAR, "department_id");
}

static void
jx_department_init (JxDepartment *self)
{
}

JxDepartment *
jx_department_new (void)
{
  return g_object_new (JX_TYPE_DEPARTMENT, NULL);
}

const char *
jx_department_get_name (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_NAME);
}

void
jx_department_set_name (JxDepartment *self,
                        const char   *name)
{
  g_return_if_fail (JX_IS_DEPARTMENT (self));

  jx_record_set_string (JX_RECORD (self), PROP_NAME, name);
}

const char *
jx_department_get_code (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_CODE);
}

void
jx_department_set_code (JxDepartment *self,
                        const char   *code)
{
  g_return_if_fail (JX_IS_DEPARTMENT (self));

  jx_record_set_string (JX_RECORD (self), PROP_CODE, code);
}

const char *
jx_department_get_parent (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_PARENT);
}

void
jx_department_set_parent (JxDepartment *self,
                          const char   *parent)
{
  g_return_if_fail (JX_IS_DEPARTMENT (self));

  jx_record_set_string (JX_RECORD (self), PROP_PARENT, parent);
}

const char *
jx_department_get_functions (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_FUNCTIONS);
}

void
jx_department_set_functions (JxDepartment *self,
                             const char   *functions)
{
  g_return_if_fail (JX_IS_DEPARTMENT (self));

  jx_record_set_string (JX_RECORD (self), PROP_FUNCTIONS, functions);
}

const char *
jx_department_get_internal_units (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_INTERNAL_UNITS);
}

void
jx_department_set_internal_units (JxDepartment *self,
                                  const char   *internal_units)
{
  g_return_if_fail (JX_IS_DEPARTMENT (self));

  jx_record_set_string (JX_RECORD (self), PROP_INTERNAL_UNITS, internal_units);
}

gint64
jx_department_get_staff_authorized (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_STAFF_AUTHORIZED);
}

void
jx_department_set_staff_authorized (JxDepartment *self,
                                    gint64        staff_authorized)
{
  g_return_if_fail (JX_IS_DEPARTMENT (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_STAFF_AUTHORIZED, staff_authorized);
}

gint64
jx_department_get_staff_actual (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), JX_UNSET);

  return jx_record_get_int64 (JX_RECORD (self), PROP_STAFF_ACTUAL);
}

void
jx_department_set_staff_actual (JxDepartment *self,
                                gint64        staff_actual)
{
  g_return_if_fail (JX_IS_DEPARTMENT (self));

  jx_record_set_int64 (JX_RECORD (self), PROP_STAFF_ACTUAL, staff_actual);
}

/**
 * jx_department_get_years:
 * @self: a #JxDepartment
 *
 * Returns: (transfer none) (element-type JxDepartmentYear): the years in their order
 */
GPtrArray *
jx_department_get_years (JxDepartment *self)
{
  g_return_val_if_fail (JX_IS_DEPARTMENT (self), NULL);

  return jx_record_get_children (JX_RECORD (self), "years");
}
