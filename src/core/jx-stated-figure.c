/* jx-stated-figure.c: a figure exactly as the report writes it
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "jx-enum-types.h"
#include "jx-stated-figure.h"

/**
 * JxStatedFigure:
 *
 * A total, rate, score or grade exactly as the report writes it, slips
 * included ("139,26.31"), kept beside the computed value so that the
 * consistency checker can compare them.
 */
struct _JxStatedFigure
{
  JxRecord parent_instance;
};

G_DEFINE_FINAL_TYPE (JxStatedFigure, jx_stated_figure, JX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_FIGURE,
  PROP_WRITTEN,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
jx_stated_figure_class_init (JxStatedFigureClass *klass)
{
  JxRecordClass *record_class = JX_RECORD_CLASS (klass);

  properties[PROP_FIGURE] =
    jx_field_new_enum ("figure", JX_TYPE_STATED_FIGURE_KIND, JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_WRITTEN] =
    jx_field_new_text ("written", JX_FIELD_FLAGS_REQUIRED);
  properties[PROP_NOTE] =
    jx_field_new_text ("note", JX_FIELD_FLAGS_NONE);

  jx_record_class_install_fields (record_class, "stated_figures", properties, N_PROPS);
}

static void
jx_stated_figure_init (JxStatedFigure *self)
{
}

JxStatedFigure *
jx_stated_figure_new (void)
{
  return g_object_new (JX_TYPE_STATED_FIGURE, NULL);
}

JxStatedFigureKind
jx_stated_figure_get_figure (JxStatedFigure *self)
{
  g_return_val_if_fail (JX_IS_STATED_FIGURE (self), 0);

  return jx_record_get_enum (JX_RECORD (self), PROP_FIGURE);
}

void
jx_stated_figure_set_figure (JxStatedFigure     *self,
                             JxStatedFigureKind  figure)
{
  g_return_if_fail (JX_IS_STATED_FIGURE (self));

  jx_record_set_enum (JX_RECORD (self), PROP_FIGURE, figure);
}

const char *
jx_stated_figure_get_written (JxStatedFigure *self)
{
  g_return_val_if_fail (JX_IS_STATED_FIGURE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_WRITTEN);
}

void
jx_stated_figure_set_written (JxStatedFigure *self,
                              const char     *written)
{
  g_return_if_fail (JX_IS_STATED_FIGURE (self));

  jx_record_set_string (JX_RECORD (self), PROP_WRITTEN, written);
}

const char *
jx_stated_figure_get_note (JxStatedFigure *self)
{
  g_return_val_if_fail (JX_IS_STATED_FIGURE (self), NULL);

  return jx_record_get_string (JX_RECORD (self), PROP_NOTE);
}

void
jx_stated_figure_set_note (JxStatedFigure *self,
                           const char     *note)
{
  g_return_if_fail (JX_IS_STATED_FIGURE (self));

  jx_record_set_string (JX_RECORD (self), PROP_NOTE, note);
}
