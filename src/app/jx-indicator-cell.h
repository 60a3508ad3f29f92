/* jx-indicator-cell.h: a cell of the indicator tree: one column of an indicator or a category
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "jixiao-core.h"

G_BEGIN_DECLS

typedef enum {
  JX_INDICATOR_COLUMN_NAME,
  JX_INDICATOR_COLUMN_TARGET,
  JX_INDICATOR_COLUMN_ACTUAL,
  JX_INDICATOR_COLUMN_WEIGHT,
  JX_INDICATOR_COLUMN_SCORE,
  JX_INDICATOR_COLUMN_REASON,
} JxIndicatorColumn;

#define JX_TYPE_INDICATOR_CELL (jx_indicator_cell_get_type ())

G_DECLARE_FINAL_TYPE (JxIndicatorCell, jx_indicator_cell, JX, INDICATOR_CELL, GtkBox)

GtkWidget *jx_indicator_cell_new    (JxIndicatorColumn  column);
void       jx_indicator_cell_bind   (JxIndicatorCell   *self,
                                     JxWorkspace       *workspace,
                                     GObject           *item);
void       jx_indicator_cell_unbind (JxIndicatorCell   *self);

G_END_DECLS
