/* jx-indicators-pane.h: the three-level indicator tree of a project or department-year, editable in place
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

#define JX_TYPE_INDICATORS_PANE (jx_indicators_pane_get_type ())

G_DECLARE_FINAL_TYPE (JxIndicatorsPane, jx_indicators_pane, JX, INDICATORS_PANE, AdwBin)

GtkWidget *jx_indicators_pane_new           (void);
void       jx_indicators_pane_set_workspace (JxIndicatorsPane *self,
                                             JxWorkspace      *workspace);

G_END_DECLS
