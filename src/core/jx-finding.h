/* jx-finding.h: one thing the consistency checker found
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "jx-record.h"

G_BEGIN_DECLS

/**
 * JxSeverity:
 * @JX_SEVERITY_ERROR: the figures contradict each other: fix before the
 *   report leaves the office
 * @JX_SEVERITY_WARNING: something the rules ask for is missing (a
 *   deviation reason), or a figure looks wrong
 * @JX_SEVERITY_INFO: a stated figure that cannot be checked, and why
 */
typedef enum {
  JX_SEVERITY_ERROR,
  JX_SEVERITY_WARNING,
  JX_SEVERITY_INFO,
} JxSeverity;

/**
 * JxFinding:
 * @severity: how serious it is
 * @code: a stable name of the rule ("stated-total", "misplaced-separator")
 * @record: the record, as a path of names ("兰州新区科技局 2020 › 车辆租赁费")
 * @field: the field or stated figure ("stated_execution_rate")
 * @stated: (nullable): the value as the report states it
 * @computed: (nullable): the value as computed from the data
 * @message: a sentence in the user's language that says what differs
 * @subject: (nullable): the record the finding is about (the
 *   department-year, a project, an indicator, a category weight), so that
 *   the window can show the finding there; a reference
 */
typedef struct {
  JxSeverity  severity;
  char       *code;
  char       *record;
  char       *field;
  char       *stated;
  char       *computed;
  char       *message;
  JxRecord   *subject;
} JxFinding;

JxFinding  *jx_finding_new                (JxSeverity   severity,
                                           const char  *code,
                                           const char  *record,
                                           const char  *field,
                                           const char  *stated,
                                           const char  *computed,
                                           const char  *message);
void        jx_finding_set_subject        (JxFinding   *self,
                                           gpointer     record);
void        jx_finding_free               (JxFinding   *self);
const char *jx_severity_to_string         (JxSeverity   severity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxFinding, jx_finding_free)

G_END_DECLS
