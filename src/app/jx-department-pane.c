/* jx-department-pane.c: a department and its selected year: budget, revenue, expenditure, 三公经费, narrative
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "jx-department-pane.h"

struct _JxDepartmentPane
{
  AdwBin       parent_instance;

  JxWorkspace *workspace;
};

G_DEFINE_FINAL_TYPE (JxDepartmentPane, jx_department_pane, ADW_TYPE_BIN)

static void
jx_department_pane_dispose (GObject *object)
{
  JxDepartmentPane *self = (JxDepartmentPane *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), JX_TYPE_DEPARTMENT_PANE);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (jx_department_pane_parent_class)->dispose (object);
}

static void
jx_department_pane_class_init (JxDepartmentPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_department_pane_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/jixiao/Jixiao/jx-department-pane.ui");
}

static void
jx_department_pane_init (JxDepartmentPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
jx_department_pane_new (void)
{
  return g_object_new (JX_TYPE_DEPARTMENT_PANE, NULL);
}

void
jx_department_pane_set_workspace (JxDepartmentPane *self,
                                 JxWorkspace *workspace)
{
  g_return_if_fail (JX_IS_DEPARTMENT_PANE (self));

  g_set_object (&self->workspace, workspace);
}
