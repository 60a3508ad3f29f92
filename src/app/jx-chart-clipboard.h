/* jx-chart-clipboard.h: a chart copied as an image
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "jixiao-charts.h"

G_BEGIN_DECLS

GdkTexture *jx_chart_render_texture   (const JxChartData  *data,
                                       const JxChartStyle *style,
                                       double              width,
                                       double              height,
                                       double              scale);
void        jx_chart_copy_to_clipboard (GdkClipboard      *clipboard,
                                        const JxChartData *data,
                                        double             width,
                                        double             height,
                                        double             scale);

G_END_DECLS
