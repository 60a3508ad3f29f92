/* fuzz.h: what the fuzz targets share
 *
 * Each fuzz-*.c has one entry, jx_fuzz_one_input(), which libFuzzer calls
 * through LLVMFuzzerTestOneInput() (built with -Dfuzzing=true) and
 * test-fuzz-regressions runs on every saved input (with the entry renamed
 * per target, see tests/fuzz/meson.build).
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int jx_fuzz_one_input (const guint8 *data,
                       size_t        size);

/* A critical is a broken precondition inside the core: a bug, so it
 * aborts as a crash would. */
static inline void
jx_fuzz_init (void)
{
  static gboolean done;

  if (!done)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
      done = TRUE;
    }
}

G_END_DECLS
