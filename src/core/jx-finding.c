/* jx-finding.c: one thing the consistency checker found
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "jx-finding.h"

JxFinding *
jx_finding_new (JxSeverity  severity,
                const char *code,
                const char *record,
                const char *field,
                const char *stated,
                const char *computed,
                const char *message)
{
  JxFinding *self = g_new0 (JxFinding, 1);

  self->severity = severity;
  self->code = g_strdup (code);
  self->record = g_strdup (record);
  self->field = g_strdup (field);
  self->stated = g_strdup (stated);
  self->computed = g_strdup (computed);
  self->message = g_strdup (message);

  return self;
}

/**
 * jx_finding_set_subject:
 * @self: a finding
 * @record: (type JxRecord) (nullable): the record the finding is about
 *
 * Keeps a reference to @record as the finding's subject.
 */
void
jx_finding_set_subject (JxFinding *self,
                        gpointer   record)
{
  g_return_if_fail (record == NULL || JX_IS_RECORD (record));

  if (record != NULL)
    g_object_ref (record);
  g_clear_object (&self->subject);
  self->subject = record;
}

void
jx_finding_free (JxFinding *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->subject);
  g_free (self->code);
  g_free (self->record);
  g_free (self->field);
  g_free (self->stated);
  g_free (self->computed);
  g_free (self->message);
  g_free (self);
}

/**
 * jx_severity_to_string:
 * @severity: a severity
 *
 * Returns: its name in the user's language
 */
const char *
jx_severity_to_string (JxSeverity severity)
{
  switch (severity)
    {
    case JX_SEVERITY_ERROR:
      return _("error");
    case JX_SEVERITY_WARNING:
      return _("warning");
    case JX_SEVERITY_INFO:
    default:
      return _("note");
    }
}
