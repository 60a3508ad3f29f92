/* jx-target.h: indicator targets and actual values read from text
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "jx-indicator.h"

G_BEGIN_DECLS

/**
 * JxTarget:
 * @comparator: %JX_COMPARATOR_QUALITATIVE when the text is not a number
 *   with a comparator; %JX_COMPARATOR_NONE for an actual value
 * @value: the number as normalized decimal text ("90", "1.5084", "15000"),
 *   %NULL when qualitative
 * @unit: "%", "家", "万元", "份", "天", "人次" ...; %NULL when there is none
 *   or the text is qualitative
 * @approximate: the text said 余, 多, 约 or 左右 ("6000余份")
 *
 * A target or actual value as read from what a person typed.  Initialize
 * with `{ 0 }` and free with jx_target_clear(), or declare it with
 * `g_auto(JxTarget)`.
 */
typedef struct {
  JxComparator comparator;
  char        *value;
  char        *unit;
  gboolean     approximate;
} JxTarget;

void      jx_target_clear         (JxTarget       *target);
gboolean  jx_target_parse         (const char     *text,
                                   JxTarget       *target);
gboolean  jx_target_parse_actual  (const char     *text,
                                   JxTarget       *actual);
char     *jx_target_format        (const JxTarget *target);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JxTarget, jx_target_clear)

G_END_DECLS
