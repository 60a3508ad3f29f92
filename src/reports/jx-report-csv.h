/* jx-report-csv.h: the report's tables one after another in a CSV file
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-report.h"

G_BEGIN_DECLS

gboolean jx_report_write_csv (JxReport              *report,
                              const char            *path,
                              JxReportProgressFunc   progress,
                              gpointer               user_data,
                              GCancellable          *cancellable,
                              GError               **error);

G_END_DECLS
