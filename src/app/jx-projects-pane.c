/* jx-projects-pane.c: the projects of a department-year, editable, and the detail of one
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-projects-pane.h"

struct _JxProjectsPane
{
  AdwBin       parent_instance;

  JxWorkspace *workspace;
};

G_DEFINE_FINAL_TYPE (JxProjectsPane, jx_projects_pane, ADW_TYPE_BIN)

static void
jx_projects_pane_dispose (GObject *object)
{
  JxProjectsPane *self = (JxProjectsPane *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_PROJECTS_PANE);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (jx_projects_pane_parent_class)->dispose (object);
}

static void
jx_projects_pane_class_init (JxProjectsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_projects_pane_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-projects-pane.ui");
}

static void
jx_projects_pane_init (JxProjectsPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
jx_projects_pane_new (void)
{
  return g_object_new (JX_TYPE_PROJECTS_PANE, NULL);
}

void
jx_projects_pane_set_workspace (JxProjectsPane *self,
                               JxWorkspace *workspace)
{
  g_return_if_fail (JX_IS_PROJECTS_PANE (self));

  g_set_object (&self->workspace, workspace);
}
