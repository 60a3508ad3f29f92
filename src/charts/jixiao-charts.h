/* jixiao-charts.h: the chart library, without GTK
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-chart.h"
#include "jx-chart-axis.h"
#include "jx-chart-builder.h"
#include "jx-chart-data.h"
#include "jx-chart-export.h"
#include "jx-chart-style.h"
