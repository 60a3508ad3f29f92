/* jx-chart-data.c: what a chart shows, apart from how
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "jx-chart-data.h"

static const char * const kind_names[JX_CHART_N_KINDS] = {
  "execution", "budget-actual", "attainment", "score",
  "structure", "allocation", "trend", "monitoring",
};

/**
 * jx_chart_kind_to_string:
 * @kind: a chart kind
 *
 * Returns: its name on the command line ("budget-actual")
 */
const char *
jx_chart_kind_to_string (JxChartKind kind)
{
  g_return_val_if_fail (kind < JX_CHART_N_KINDS, NULL);

  return kind_names[kind];
}

gboolean
jx_chart_kind_from_string (const char  *name,
                           JxChartKind *kind)
{
  for (guint i = 0; i < JX_CHART_N_KINDS; i++)
    if (g_strcmp0 (name, kind_names[i]) == 0)
      {
        *kind = (JxChartKind) i;
        return TRUE;
      }

  return FALSE;
}

static void
item_free (JxChartItem *item)
{
  g_free (item->label);
  g_free (item->value_text);
  g_free (item->detail);
  g_free (item);
}

JxChartData *
jx_chart_data_new (JxChartKind  kind,
                   const char  *title,
                   const char  *subtitle,
                   const char  *unit)
{
  JxChartData *self = g_new0 (JxChartData, 1);

  self->kind = kind;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->unit = g_strdup (unit);
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);

  return self;
}

void
jx_chart_data_free (JxChartData *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->unit);
  for (guint i = 0; i < self->n_series; i++)
    g_free (self->series[i]);
  for (guint i = 0; i < G_N_ELEMENTS (self->status_labels); i++)
    g_free (self->status_labels[i]);
  g_ptr_array_unref (self->items);
  g_free (self);
}

void
jx_chart_data_add_series (JxChartData *self,
                          const char  *name)
{
  g_return_if_fail (self->n_series < JX_CHART_MAX_SERIES);

  self->series[self->n_series++] = g_strdup (name);
}

/**
 * jx_chart_data_add_item:
 * @self: chart data
 * @label: the item's label
 *
 * Returns: (transfer none): a new item at the end, every value unknown
 */
JxChartItem *
jx_chart_data_add_item (JxChartData *self,
                        const char  *label)
{
  JxChartItem *item = g_new0 (JxChartItem, 1);

  item->label = g_strdup (label);
  for (guint i = 0; i < JX_CHART_MAX_SERIES; i++)
    {
      item->values[i] = NAN;
      item->limits[i] = NAN;
    }
  g_ptr_array_add (self->items, item);

  return item;
}

void
jx_chart_data_add_reference (JxChartData *self,
                             double       value)
{
  g_return_if_fail (self->n_references < G_N_ELEMENTS (self->references));

  self->references[self->n_references++] = value;
}

/**
 * jx_chart_data_set_status_label:
 * @self: chart data
 * @status: a status its items use
 * @label: what the status means here, for the legend
 */
void
jx_chart_data_set_status_label (JxChartData   *self,
                                JxChartStatus  status,
                                const char    *label)
{
  g_return_if_fail (status <= JX_CHART_STATUS_AHEAD);

  g_free (self->status_labels[status]);
  self->status_labels[status] = g_strdup (label);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const JxChartItem *item_a = *(JxChartItem * const *) a;
  const JxChartItem *item_b = *(JxChartItem * const *) b;
  guint series = GPOINTER_TO_UINT (user_data) >> 1;
  gboolean descending = GPOINTER_TO_UINT (user_data) & 1;
  double value_a = item_a->values[series];
  double value_b = item_b->values[series];

  /* Unknown values last, whichever the direction. */
  if (isnan (value_a) || isnan (value_b))
    return isnan (value_a) - isnan (value_b);
  if (value_a == value_b)
    return 0;

  return ((value_a < value_b) != descending) ? -1 : 1;
}

/**
 * jx_chart_data_sort:
 * @self: chart data
 * @series: the series to sort by
 * @descending: largest first
 *
 * Sorts the items, keeping equal ones in their order and unknown values
 * at the end.
 */
void
jx_chart_data_sort (JxChartData *self,
                    guint        series,
                    gboolean     descending)
{
  g_return_if_fail (series < JX_CHART_MAX_SERIES);

  /* g_ptr_array_sort_with_data is a stable merge sort. */
  g_ptr_array_sort_with_data (self->items, compare_items,
                              GUINT_TO_POINTER (series << 1 | (descending ? 1 : 0)));
}
