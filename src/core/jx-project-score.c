/* jx-project-score.c: the score of a project
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Total = 预算执行率 part + the indicators' scores; the grade follows from
 * the total by the profile's bands, once every part is known.
 */
#include "config.h"

#include "jx-project-score.h"

/**
 * jx_project_score_new:
 * @profile: the scoring profile of the project's year
 * @project: a project with its funding rows, category weights and
 *   indicators
 *
 * Returns: (transfer full): the project's score
 */
JxProjectScore *
jx_project_score_new (JxScoringProfile *profile,
                      JxProject        *project)
{
  JxProjectScore *self;
  GPtrArray *indicators;

  g_return_val_if_fail (JX_IS_SCORING_PROFILE (profile), NULL);
  g_return_val_if_fail (JX_IS_PROJECT (project), NULL);

  indicators = jx_project_get_indicators (project);

  self = g_new0 (JxProjectScore, 1);
  self->project = g_object_ref (project);
  self->budget = jx_project_get_budget (project);
  self->actual = jx_project_get_actual (project);
  self->arrived = jx_project_get_arrived (project);

  self->execution_weight = jx_project_get_execution_weight (project);
  if (self->execution_weight == JX_UNSET)
    self->execution_weight = jx_scoring_profile_get_execution_weight (profile);
  self->execution_score = jx_scoring_execution_score (profile, self->actual, self->budget,
                                                      self->execution_weight);

  self->n_indicators = indicators->len;
  self->indicators = g_new0 (JxIndicatorScore, MAX (indicators->len, 1));
  self->categories = jx_category_score_compute (profile, indicators,
                                                jx_project_get_category_weights (project),
                                                TRUE, self->indicators);

  self->complete = self->execution_score != JX_UNSET && indicators->len > 0;
  self->total = self->execution_score != JX_UNSET ? self->execution_score : 0;
  for (guint i = 0; i < self->n_indicators; i++)
    {
      if (self->indicators[i].status == JX_SCORE_STATUS_SCORED)
        self->total += self->indicators[i].score;
      else
        self->complete = FALSE;
    }

  self->grade = self->complete ? jx_scoring_grade (profile, self->total) : JX_GRADE_NONE;

  return self;
}

void
jx_project_score_free (JxProjectScore *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->project);
  g_free (self->indicators);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_free (self);
}
