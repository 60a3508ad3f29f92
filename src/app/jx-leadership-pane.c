/* jx-leadership-pane.c: every department of a year side by side, for leadership
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-leadership-pane.h"

struct _JxLeadershipPane
{
  AdwBin       parent_instance;

  JxWorkspace *workspace;
};

G_DEFINE_FINAL_TYPE (JxLeadershipPane, jx_leadership_pane, ADW_TYPE_BIN)

static void
jx_leadership_pane_dispose (GObject *object)
{
  JxLeadershipPane *self = (JxLeadershipPane *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_LEADERSHIP_PANE);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (jx_leadership_pane_parent_class)->dispose (object);
}

static void
jx_leadership_pane_class_init (JxLeadershipPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_leadership_pane_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-leadership-pane.ui");
}

static void
jx_leadership_pane_init (JxLeadershipPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
jx_leadership_pane_new (void)
{
  return g_object_new (JX_TYPE_LEADERSHIP_PANE, NULL);
}

void
jx_leadership_pane_set_workspace (JxLeadershipPane *self,
                                 JxWorkspace *workspace)
{
  g_return_if_fail (JX_IS_LEADERSHIP_PANE (self));

  g_set_object (&self->workspace, workspace);
}
