/* jx-department.h: a department (部门/单位)
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-record.h"

G_BEGIN_DECLS

#define JX_TYPE_DEPARTMENT (jx_department_get_type ())

G_DECLARE_FINAL_TYPE (JxDepartment, jx_department, JX, DEPARTMENT, JxRecord)

JxDepartment *jx_department_new                  (void);
const char   *jx_department_get_name             (JxDepartment *self);
void          jx_department_set_name             (JxDepartment *self,
                                                  const char   *name);
const char   *jx_department_get_code             (JxDepartment *self);
void          jx_department_set_code             (JxDepartment *self,
                                                  const char   *code);
const char   *jx_department_get_parent           (JxDepartment *self);
void          jx_department_set_parent           (JxDepartment *self,
                                                  const char   *parent);
const char   *jx_department_get_functions        (JxDepartment *self);
void          jx_department_set_functions        (JxDepartment *self,
                                                  const char   *functions);
const char   *jx_department_get_internal_units   (JxDepartment *self);
void          jx_department_set_internal_units   (JxDepartment *self,
                                                  const char   *internal_units);
gint64        jx_department_get_staff_authorized (JxDepartment *self);
void          jx_department_set_staff_authorized (JxDepartment *self,
                                                  gint64        staff_authorized);
gint64        jx_department_get_staff_actual     (JxDepartment *self);
void          jx_department_set_staff_actual     (JxDepartment *self,
                                                  gint64        staff_actual);
GPtrArray    *jx_department_get_years            (JxDepartment *self);

G_END_DECLS
