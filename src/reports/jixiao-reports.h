/* jixiao-reports.h: the report library, without GTK
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-report.h"
#include "jx-report-csv.h"
#include "jx-report-forms.h"
#include "jx-report-pdf.h"
#include "jx-report-table.h"
#include "jx-report-xlsx.h"
