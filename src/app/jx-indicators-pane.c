/* jx-indicators-pane.c: the three-level indicator tree of a project or department-year, editable in place
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-indicators-pane.h"

struct _JxIndicatorsPane
{
  AdwBin       parent_instance;

  JxWorkspace *workspace;
};

G_DEFINE_FINAL_TYPE (JxIndicatorsPane, jx_indicators_pane, ADW_TYPE_BIN)

static void
jx_indicators_pane_dispose (GObject *object)
{
  JxIndicatorsPane *self = (JxIndicatorsPane *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_INDICATORS_PANE);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (jx_indicators_pane_parent_class)->dispose (object);
}

static void
jx_indicators_pane_class_init (JxIndicatorsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_indicators_pane_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-indicators-pane.ui");
}

static void
jx_indicators_pane_init (JxIndicatorsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
jx_indicators_pane_new (void)
{
  return g_object_new (JX_TYPE_INDICATORS_PANE, NULL);
}

void
jx_indicators_pane_set_workspace (JxIndicatorsPane *self,
                                 JxWorkspace *workspace)
{
  g_return_if_fail (JX_IS_INDICATORS_PANE (self));

  g_set_object (&self->workspace, workspace);
}
