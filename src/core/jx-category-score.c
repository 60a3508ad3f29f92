/* jx-category-score.c: the indicators of a project or year by category
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Weights come from three places: the indicator itself, the category
 * weights of its owner (产出指标 60 for one project), and the scoring
 * profile (产出 50).  When a category's indicators have no weights of
 * their own and the profile says so, they share the category's weight
 * equally, to the hundredth, the first ones taking the remainder, so that
 * the shares add up exactly.
 */
#include "config.h"

#include "jx-category-score.h"
#include "jx-category-weight.h"
#include "jx-money.h"

void
jx_category_score_free (JxCategoryScore *self)
{
  if (self == NULL)
    return;

  g_free (self->level1);
  g_free (self->level2);
  g_free (self);
}

static JxCategoryScore *
find_category (GPtrArray  *categories,
               const char *level1,
               const char *level2)
{
  for (guint i = 0; i < categories->len; i++)
    {
      JxCategoryScore *category = g_ptr_array_index (categories, i);

      if (g_str_equal (category->level1, level1) && g_strcmp0 (category->level2, level2) == 0)
        return category;
    }

  return NULL;
}

/* Finds or adds a category, keeping each 一级 followed by its 二级. */
static JxCategoryScore *
ensure_category (GPtrArray  *categories,
                 const char *level1,
                 const char *level2)
{
  JxCategoryScore *category = find_category (categories, level1, level2);
  guint position = categories->len;

  if (category != NULL)
    return category;

  if (level2 != NULL)
    {
      ensure_category (categories, level1, NULL);
      for (guint i = 0; i < categories->len; i++)
        if (g_str_equal (((JxCategoryScore *) g_ptr_array_index (categories, i))->level1, level1))
          position = i + 1;
    }

  category = g_new0 (JxCategoryScore, 1);
  category->level1 = g_strdup (level1);
  category->level2 = g_strdup (level2);
  category->weight = JX_UNSET;
  category->stated_score = JX_UNSET;
  category->indicator_weights = JX_UNSET;
  g_ptr_array_insert (categories, (gint) position, category);

  return category;
}

/* The weight of the @index-th of @n equal shares of @weight. */
static gint64
share (gint64 weight,
       guint  n,
       guint  index)
{
  return weight / n + ((gint64) index < weight % n ? 1 : 0);
}

/**
 * jx_category_score_compute:
 * @profile: the scoring profile
 * @indicators: (element-type JxIndicator): the indicators of a project or
 *   a department-year
 * @category_weights: (element-type JxCategoryWeight): their owner's
 *   category weights
 * @profile_defaults: whether 一级 categories without a given weight take
 *   the profile's (projects) or stay without (department-years)
 * @scores: (out caller-allocates) (array): one result per indicator
 *
 * Resolves every indicator's weight, scores it, and adds up the scores
 * by 一级 and 二级 category.
 *
 * Returns: (transfer container) (element-type JxCategoryScore): the
 *   categories, each 一级 followed by its 二级
 */
GPtrArray *
jx_category_score_compute (JxScoringProfile *profile,
                           GPtrArray        *indicators,
                           GPtrArray        *category_weights,
                           gboolean          profile_defaults,
                           JxIndicatorScore *scores)
{
  GPtrArray *categories = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_category_score_free);
  gboolean split = jx_scoring_profile_get_missing_weights (profile) == JX_MISSING_WEIGHTS_SPLIT;
  g_autofree gint64 *weights = g_new (gint64, MAX (indicators->len, 1));
  /* Each indicator's categories, found once: 一级 and 二级 (or NULL). */
  g_autofree JxCategoryScore **level1_of = g_new0 (JxCategoryScore *, MAX (indicators->len, 1));
  g_autofree JxCategoryScore **level2_of = g_new0 (JxCategoryScore *, MAX (indicators->len, 1));

  /* The categories as the owner weighs them... */
  for (guint i = 0; i < category_weights->len; i++)
    {
      JxCategoryWeight *given = g_ptr_array_index (category_weights, i);
      JxCategoryScore *category = ensure_category (categories,
                                                   jx_category_weight_get_level1 (given),
                                                   jx_category_weight_get_level2 (given));

      category->weight = jx_category_weight_get_weight (given);
      category->weight_given = category->weight != JX_UNSET;
      category->stated_score = jx_category_weight_get_stated_score (given);
    }

  /* ...and as the indicators use them. */
  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);
      const char *level1 = jx_indicator_get_level1 (indicator);
      const char *level2 = jx_indicator_get_level2 (indicator);
      gint64 given = jx_indicator_get_weight (indicator);

      /* Indicators come grouped: most share the categories of the one before. */
      if (i > 0 && g_str_equal (level1_of[i - 1]->level1, level1) &&
          g_strcmp0 (level2_of[i - 1] != NULL ? level2_of[i - 1]->level2 : NULL, level2) == 0)
        {
          level1_of[i] = level1_of[i - 1];
          level2_of[i] = level2_of[i - 1];
        }
      else
        {
          level1_of[i] = ensure_category (categories, level1, NULL);
          level2_of[i] = level2 != NULL ? ensure_category (categories, level1, level2) : NULL;
        }

      for (guint k = 0; k < 2; k++)
        {
          JxCategoryScore *category = k == 0 ? level1_of[i] : level2_of[i];

          if (category == NULL)
            continue;
          category->n_indicators++;
          if (given != JX_UNSET)
            category->indicator_weights = jx_money_add_known (category->indicator_weights, given);
        }
    }

  if (profile_defaults)
    {
      for (guint i = 0; i < categories->len; i++)
        {
          JxCategoryScore *category = g_ptr_array_index (categories, i);

          if (category->level2 == NULL && category->weight == JX_UNSET)
            category->weight = jx_scoring_profile_get_category_weight (profile, category->level1);
        }
    }

  /* Each indicator's weight: its own, or its share of its category's. */
  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);
      JxCategoryScore *level1_category = level1_of[i];
      JxCategoryScore *level2_category = level2_of[i];
      JxCategoryScore *sharing = NULL;
      guint n = 0;
      guint index = 0;

      weights[i] = jx_indicator_get_weight (indicator);
      if (weights[i] != JX_UNSET || !split || level1_category->indicator_weights != JX_UNSET)
        continue;

      if (level2_category != NULL && level2_category->weight != JX_UNSET)
        sharing = level2_category;
      else if (level1_category->weight != JX_UNSET)
        sharing = level1_category;
      else
        continue;

      for (guint j = 0; j < indicators->len; j++)
        {
          if ((sharing->level2 != NULL ? level2_of[j] : level1_of[j]) != sharing)
            continue;
          if (j < i)
            index++;
          n++;
        }

      weights[i] = share (sharing->weight, n, index);
    }

  for (guint i = 0; i < indicators->len; i++)
    {
      JxIndicator *indicator = g_ptr_array_index (indicators, i);
      JxCategoryScore *owners[2] = { level1_of[i], level2_of[i] };

      jx_scoring_score_indicator (profile, indicator, weights[i], &scores[i]);

      for (guint k = 0; k < G_N_ELEMENTS (owners); k++)
        {
          JxCategoryScore *category = owners[k];

          if (category == NULL)
            continue;
          if (scores[i].measurable)
            category->n_measurable++;
          if (scores[i].measurable && scores[i].met)
            category->n_met++;
          if (scores[i].status == JX_SCORE_STATUS_SCORED)
            {
              category->n_scored++;
              category->score += scores[i].score;
              category->scored_weight += scores[i].weight;
            }
        }
    }

  return categories;
}
