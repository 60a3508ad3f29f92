/* jx-checker.h: the consistency checks that catch arithmetic slips
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-finding.h"
#include "jx-year-score.h"

G_BEGIN_DECLS

GPtrArray *jx_checker_check_year (JxYearScore *score,
                                  const char  *department_name);
guint      jx_checker_count      (GPtrArray   *findings,
                                  JxSeverity   severity);

G_END_DECLS
