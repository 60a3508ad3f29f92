/* jx-chart-axis.c: axis steps people can read
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Steps of 1, 2 or 5 × 10ⁿ, the fewest that keep at most the asked number
 * of ticks.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "jx-chart-axis.h"

/**
 * jx_chart_axis_nice_step:
 * @range: the span the axis covers, positive
 * @max_ticks: the most ticks wanted, at least 1
 *
 * Returns: the smallest step of 1, 2 or 5 × 10ⁿ that divides @range into
 *   at most @max_ticks parts
 */
double
jx_chart_axis_nice_step (double range,
                         guint  max_ticks)
{
  static const double multiples[] = { 1, 2, 5, 10 };
  double raw;
  double magnitude;

  if (!(range > 0) || !isfinite (range))
    return 1;

  max_ticks = MAX (max_ticks, 1);
  raw = range / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (multiples); i++)
    {
      /* A hair of tolerance: 0.3 / 3 is 0.09999999999999999. */
      if (multiples[i] * magnitude >= raw * (1 - 1e-9))
        return multiples[i] * magnitude;
    }

  return 10 * magnitude;
}

/**
 * jx_chart_axis_nice_max:
 * @maximum: the largest value to show
 * @max_ticks: the most ticks wanted
 * @step: (out): the step
 *
 * Returns: the end of the axis: the first multiple of @step at or above
 *   @maximum
 */
double
jx_chart_axis_nice_max (double  maximum,
                        guint   max_ticks,
                        double *step)
{
  double nice_step = jx_chart_axis_nice_step (maximum, max_ticks);
  double end = ceil (maximum / nice_step - 1e-9) * nice_step;

  if (!(end > 0))
    end = nice_step;

  *step = nice_step;
  return end;
}

/**
 * jx_chart_axis_format:
 * @value: a tick's value
 * @step: the axis step, which decides the decimals
 * @percent: whether values are ratios shown in percent (1 = 100%)
 *
 * Returns: (transfer full): the tick label ("120%", "2,500", "0.5")
 */
char *
jx_chart_axis_format (double   value,
                      double   step,
                      gboolean percent)
{
  int decimals;
  GString *text;
  char buffer[64];
  const char *digits;
  const char *point;
  gsize n_integer;

  if (percent)
    {
      value *= 100;
      step *= 100;
    }

  decimals = step >= 1 ? 0 : (int) ceil (-log10 (step) - 1e-9);
  g_ascii_formatd (buffer, sizeof buffer, decimals == 0 ? "%.0f" : decimals == 1 ? "%.1f" : "%.2f",
                   fabs (value) < step / 1e6 ? 0 : value);

  /* Group the integer digits in threes. */
  digits = buffer[0] == '-' ? buffer + 1 : buffer;
  point = strchr (digits, '.');
  n_integer = point != NULL ? (gsize) (point - digits) : strlen (digits);
  text = g_string_new (buffer[0] == '-' ? "-" : NULL);
  for (gsize i = 0; i < n_integer; i++)
    {
      if (i > 0 && (n_integer - i) % 3 == 0)
        g_string_append_c (text, ',');
      g_string_append_c (text, digits[i]);
    }
  if (point != NULL)
    g_string_append (text, point);
  if (percent)
    g_string_append_c (text, '%');

  return g_string_free (text, FALSE);
}
