/* jx-benchmark-hooks.h: what the window does for tests/bench-scale
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-window.h"

G_BEGIN_DECLS

void  jx_benchmark_hooks_attach  (JxWindow *window);

G_END_DECLS
