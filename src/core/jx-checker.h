/* jx-checker.h: the consistency checks that catch arithmetic slips
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-finding.h"
#include "jx-stated-figure.h"
#include "jx-year-score.h"

G_BEGIN_DECLS

GPtrArray *jx_checker_check_year     (JxYearScore        *score,
                                      const char         *department_name);
guint      jx_checker_count          (GPtrArray          *findings,
                                      JxSeverity          severity);
gint64     jx_checker_compute_amount (JxYearScore        *score,
                                      JxStatedFigureKind  kind);
char      *jx_checker_compute_figure (JxYearScore        *score,
                                      JxStatedFigureKind  kind);

G_END_DECLS
