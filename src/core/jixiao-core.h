/* jixiao-core.h: the core library, without GTK
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-allocation-line.h"
#include "jx-budget-line.h"
#include "jx-category-score.h"
#include "jx-default-store.h"
#include "jx-category-weight.h"
#include "jx-checker.h"
#include "jx-department.h"
#include "jx-department-year.h"
#include "jx-enum-types.h"
#include "jx-exchange.h"
#include "jx-field.h"
#include "jx-finding.h"
#include "jx-funding-row.h"
#include "jx-history.h"
#include "jx-indicator.h"
#include "jx-indicator-paste.h"
#include "jx-json-reader.h"
#include "jx-json-writer.h"
#include "jx-locale.h"
#include "jx-money.h"
#include "jx-number.h"
#include "jx-project.h"
#include "jx-project-score.h"
#include "jx-record.h"
#include "jx-samples.h"
#include "jx-scoring.h"
#include "jx-scoring-profile.h"
#include "jx-stated-figure.h"
#include "jx-store.h"
#include "jx-year-score.h"
#include "jx-target.h"
#include "jx-workspace.h"
