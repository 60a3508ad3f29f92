/* jx-chart-view-private.h: what the tests see of a chart view
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "jx-chart-view.h"

G_BEGIN_DECLS

const JxChartStyle *jx_chart_view_get_style            (JxChartView     *self);
gint                jx_chart_view_get_highlighted_item (JxChartView     *self);
gboolean            jx_chart_view_get_item_area        (JxChartView     *self,
                                                        guint            item,
                                                        graphene_rect_t *area);
void                jx_chart_view_pointer_moved        (JxChartView     *self,
                                                        double           x,
                                                        double           y);
void                jx_chart_view_clicked              (JxChartView     *self,
                                                        double           x,
                                                        double           y);
gboolean            jx_chart_view_move_highlight       (JxChartView     *self,
                                                        gint             delta);
gboolean            jx_chart_view_activate_highlighted (JxChartView     *self);
char               *jx_chart_view_describe_item        (JxChartView     *self,
                                                        guint            item);

G_END_DECLS
