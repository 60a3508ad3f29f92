/* jx-deferred-refresh.h: a pane refreshed once for several changes, and only while shown
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _JxDeferredRefresh JxDeferredRefresh;

/**
 * JxRefreshFunc:
 * @widget: the widget to refresh
 *
 * Shows the widget's figures anew.
 */
typedef void (*JxRefreshFunc) (gpointer widget);

JxDeferredRefresh *jx_deferred_refresh_new    (GtkWidget         *widget,
                                               JxRefreshFunc      refresh);
void               jx_deferred_refresh_free   (JxDeferredRefresh *self);
void               jx_deferred_refresh_queue  (JxDeferredRefresh *self);
void               jx_deferred_refresh_now    (JxDeferredRefresh *self);
void               jx_deferred_refresh_mapped (JxDeferredRefresh *self);

G_END_DECLS
