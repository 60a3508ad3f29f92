/* jx-chart-printer.h: charts printed, a page each
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "jixiao-charts.h"

G_BEGIN_DECLS

gboolean jx_chart_print        (GtkWindow   *parent,
                                GPtrArray   *charts,
                                GError     **error);
gboolean jx_chart_print_to_pdf (GPtrArray   *charts,
                                const char  *path,
                                GError     **error);

G_END_DECLS
