/* jx-deferred-refresh.c: a pane refreshed once for several changes, and only while shown
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pane that shows figures of the workspace refreshes when they change:
 * once in an idle for several changes in a row (a new year is selected,
 * then scored), and not at all while it is hidden, but when it is shown
 * again.  The pane keeps one of these, calls jx_deferred_refresh_mapped()
 * from its map handler before chaining up, and frees it in dispose.
 */
#include "config.h"

#include "jx-deferred-refresh.h"

struct _JxDeferredRefresh
{
  GtkWidget     *widget;      /* not owned: it owns this */
  JxRefreshFunc  refresh;
  guint          idle_id;
  gboolean       pending;     /* to do once the widget is shown */
};

/**
 * jx_deferred_refresh_new:
 * @widget: the widget to refresh
 * @refresh: refreshes @widget
 *
 * Returns: (transfer full): the refresh of @widget, to free with
 *   jx_deferred_refresh_free() before @widget is finalized
 */
JxDeferredRefresh *
jx_deferred_refresh_new (GtkWidget     *widget,
                         JxRefreshFunc  refresh)
{
  JxDeferredRefresh *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (refresh != NULL, NULL);

  self = g_new0 (JxDeferredRefresh, 1);
  self->widget = widget;
  self->refresh = refresh;

  return self;
}

/**
 * jx_deferred_refresh_free:
 * @self: (nullable): a deferred refresh
 *
 * Frees @self; a queued refresh does not happen.
 */
void
jx_deferred_refresh_free (JxDeferredRefresh *self)
{
  if (self == NULL)
    return;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_free (self);
}

static void
run (JxDeferredRefresh *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->pending = FALSE;
  self->refresh (self->widget);
}

static gboolean
refresh_idle_cb (gpointer user_data)
{
  JxDeferredRefresh *self = user_data;

  self->idle_id = 0;
  run (self);

  return G_SOURCE_REMOVE;
}

/**
 * jx_deferred_refresh_queue:
 * @self: a deferred refresh
 *
 * Refreshes the widget soon, once for all the changes until then, or when
 * it is shown again if it is hidden.
 */
void
jx_deferred_refresh_queue (JxDeferredRefresh *self)
{
  g_return_if_fail (self != NULL);

  if (!gtk_widget_get_mapped (self->widget))
    {
      self->pending = TRUE;
      return;
    }

  if (self->idle_id == 0)
    self->idle_id = g_idle_add (refresh_idle_cb, self);
}

/**
 * jx_deferred_refresh_now:
 * @self: a deferred refresh
 *
 * Refreshes the widget at once if it is shown (a caller reads its figures
 * right after), else when it is shown again.
 */
void
jx_deferred_refresh_now (JxDeferredRefresh *self)
{
  g_return_if_fail (self != NULL);

  if (gtk_widget_get_mapped (self->widget))
    run (self);
  else
    self->pending = TRUE;
}

/**
 * jx_deferred_refresh_mapped:
 * @self: a deferred refresh
 *
 * Does the refresh left for when the widget is shown.  Call it from the
 * widget's map handler, before chaining up.
 */
void
jx_deferred_refresh_mapped (JxDeferredRefresh *self)
{
  g_return_if_fail (self != NULL);

  if (self->pending)
    run (self);
}
