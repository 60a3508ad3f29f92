/* jx-year-score.c: the score of a department-year and its projects
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The department-level roll-up: overall execution, the share of all
 * indicators fully met (绩效目标完成率), the score share per 一级 category
 * across the projects, and the department's own total from its execution
 * and its department-level indicators.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "jx-year-score.h"

static void
add_project_categories (GPtrArray      *sums,
                        JxProjectScore *project)
{
  for (guint i = 0; i < project->categories->len; i++)
    {
      JxCategoryScore *category = g_ptr_array_index (project->categories, i);
      JxCategoryScore *sum = NULL;

      if (category->level2 != NULL)
        continue;

      for (guint j = 0; j < sums->len && sum == NULL; j++)
        if (g_str_equal (((JxCategoryScore *) g_ptr_array_index (sums, j))->level1, category->level1))
          sum = g_ptr_array_index (sums, j);

      if (sum == NULL)
        {
          sum = g_new0 (JxCategoryScore, 1);
          sum->level1 = g_strdup (category->level1);
          sum->weight = JX_UNSET;
          sum->stated_score = JX_UNSET;
          sum->indicator_weights = JX_UNSET;
          g_ptr_array_add (sums, sum);
        }

      sum->score += category->score;
      sum->scored_weight += category->scored_weight;
      sum->n_indicators += category->n_indicators;
      sum->n_scored += category->n_scored;
      sum->n_measurable += category->n_measurable;
      sum->n_met += category->n_met;
    }
}

/**
 * jx_year_score_new:
 * @profile: the scoring profile of the year
 * @year: a department-year with everything it owns loaded
 *
 * Returns: (transfer full): the year's score and its projects' scores
 */
JxYearScore *
jx_year_score_new (JxScoringProfile *profile,
                   JxDepartmentYear *year)
{
  JxYearScore *self;
  GPtrArray *indicators;
  GPtrArray *projects;

  g_return_val_if_fail (JX_IS_SCORING_PROFILE (profile), NULL);
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (year), NULL);

  indicators = jx_department_year_get_indicators (year);
  projects = jx_department_year_get_projects (year);

  self = g_new0 (JxYearScore, 1);
  self->year = g_object_ref (year);
  self->profile = g_object_ref (profile);
  self->budget = jx_department_year_get_rate_base (year);
  self->actual = jx_department_year_get_actual (year);
  self->execution_weight = jx_scoring_profile_get_execution_weight (profile);
  self->execution_score = jx_scoring_execution_score (profile, self->actual, self->budget,
                                                      self->execution_weight);

  self->n_indicators = indicators->len;
  self->indicators = g_new0 (JxIndicatorScore, MAX (indicators->len, 1));
  self->categories = jx_category_score_compute (profile, indicators,
                                                jx_department_year_get_category_weights (year),
                                                FALSE, self->indicators);

  self->complete = self->execution_score != JX_UNSET && indicators->len > 0;
  self->total = self->execution_score != JX_UNSET ? self->execution_score : 0;
  for (guint i = 0; i < self->n_indicators; i++)
    {
      if (self->indicators[i].measurable)
        self->n_measurable++;
      if (self->indicators[i].measurable && self->indicators[i].met)
        self->n_met++;

      if (self->indicators[i].status == JX_SCORE_STATUS_SCORED)
        self->total += self->indicators[i].score;
      else
        self->complete = FALSE;
    }
  self->grade = self->complete ? jx_scoring_grade (profile, self->total) : JX_GRADE_NONE;

  self->projects = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_project_score_free);
  self->project_categories = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_category_score_free);
  for (guint i = 0; i < projects->len; i++)
    {
      JxProjectScore *project = jx_project_score_new (profile, g_ptr_array_index (projects, i));

      for (guint j = 0; j < project->n_indicators; j++)
        {
          if (project->indicators[j].measurable)
            self->n_measurable++;
          if (project->indicators[j].measurable && project->indicators[j].met)
            self->n_met++;
        }

      add_project_categories (self->project_categories, project);
      g_ptr_array_add (self->projects, project);
    }

  return self;
}

void
jx_year_score_free (JxYearScore *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->year);
  g_clear_object (&self->profile);
  g_free (self->indicators);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->projects, g_ptr_array_unref);
  g_clear_pointer (&self->project_categories, g_ptr_array_unref);
  g_free (self);
}

/**
 * jx_year_score_load_profile:
 * @store: the database
 * @year: a department-year
 * @error: return location for an error
 *
 * Returns: (transfer full): the scoring profile the year chose, or the
 *   national default when it chose none
 */
JxScoringProfile *
jx_year_score_load_profile (JxStore           *store,
                            JxDepartmentYear  *year,
                            GError           **error)
{
  const char *name = jx_department_year_get_profile (year);
  g_autoptr(GError) local_error = NULL;
  JxRecord *profile;

  if (name == NULL)
    return jx_scoring_profile_new_national ();

  profile = jx_store_find_record (store, JX_TYPE_SCORING_PROFILE, name, &local_error);
  if (profile == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, JX_STORE_ERROR, JX_STORE_ERROR_NOT_FOUND,
                     _("There is no scoring profile named “%s”"), name);
      return NULL;
    }

  return JX_SCORING_PROFILE (profile);
}
