/* jx-money.c: amounts of money, held in whole fen
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Money never passes through floating point: the reports write 万元 with up
 * to four decimals (681.5307 万元 = 6,815,307 yuan), which is a whole number
 * of fen, and every sum is an exact integer sum.
 */
#include "config.h"

#include <string.h>

#include "jx-money.h"
#include "jx-number.h"

/**
 * jx_money_parse_wan:
 * @text: an amount in 万元 ("681.5307", "1,508.4", "４０００")
 * @fen: (out): the amount in fen
 * @error: return location for a #JX_NUMBER_ERROR
 *
 * An amount finer than one fen is an error, never rounded.
 */
gboolean
jx_money_parse_wan (const char  *text,
                    gint64      *fen,
                    GError     **error)
{
  return jx_number_parse_fixed (text, JX_MONEY_WAN_SCALE, fen, error);
}

/**
 * jx_money_to_wan_string:
 * @fen: an amount in fen
 *
 * Returns: (transfer full): the exact amount in 万元 with no more decimals
 *   than it needs ("681.5307", "4000"), as stored in exchange files.
 */
char *
jx_money_to_wan_string (gint64 fen)
{
  return jx_number_format_fixed (fen, JX_MONEY_WAN_SCALE, 0);
}

/**
 * jx_money_format_wan:
 * @fen: an amount in fen
 * @max_decimals: at most this many decimals of 万元 (0 to 6); the amount is
 *   rounded half away from zero when it has more
 * @grouped: whether to group the integer digits in threes with commas
 *
 * Formats an amount for display.  At least two decimals are written when
 * @max_decimals allows ("3.88", "4,000.00"), further ones only when they
 * are not zero ("681.5307").
 *
 * Returns: (transfer full): the formatted amount
 */
char *
jx_money_format_wan (gint64   fen,
                     guint    max_decimals,
                     gboolean grouped)
{
  g_autofree char *plain = NULL;
  gint64 unit = 1;
  gint64 rounded;
  GString *out;
  const char *digits;
  const char *point;
  gsize n_integer;

  max_decimals = MIN (max_decimals, JX_MONEY_WAN_SCALE);
  for (guint i = max_decimals; i < JX_MONEY_WAN_SCALE; i++)
    unit *= 10;

  /* Round half away from zero to a multiple of @unit, in the integers. */
  if (fen >= 0)
    rounded = (fen > G_MAXINT64 - unit / 2) ? fen - fen % unit : (fen + unit / 2) / unit * unit;
  else
    rounded = (fen < G_MININT64 + unit / 2) ? fen - fen % unit : (fen - unit / 2) / unit * unit;

  plain = jx_number_format_fixed (rounded, JX_MONEY_WAN_SCALE, MIN (2, max_decimals));
  if (!grouped)
    return g_steal_pointer (&plain);

  digits = plain[0] == '-' ? plain + 1 : plain;
  point = strchr (digits, '.');
  n_integer = point != NULL ? (gsize) (point - digits) : strlen (digits);

  out = g_string_new (plain[0] == '-' ? "-" : NULL);
  for (gsize i = 0; i < n_integer; i++)
    {
      if (i > 0 && (n_integer - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  if (point != NULL)
    g_string_append (out, point);

  return g_string_free (out, FALSE);
}

/**
 * jx_money_format_display:
 * @fen: an amount in fen, or #JX_UNSET
 *
 * Returns: (transfer full): the amount in 万元 as tables show it, grouped
 *   and with up to four decimals ("14,353.92", "681.5307"), or "—" when it
 *   is not given
 */
char *
jx_money_format_display (gint64 fen)
{
  if (fen == JX_UNSET)
    return g_strdup ("—");

  return jx_money_format_wan (fen, 4, TRUE);
}

/**
 * jx_money_format_rate:
 * @part: an amount in fen (spent, arrived), or #JX_UNSET
 * @whole: an amount in fen (the budget), or #JX_UNSET
 *
 * Returns: (transfer full): @part / @whole as a percentage with two
 *   decimals ("87.37%"), or "—" when the rate is undefined
 */
char *
jx_money_format_rate (gint64 part,
                      gint64 whole)
{
  double rate;

  if (!jx_money_rate (part, whole, &rate))
    return g_strdup ("—");

  return g_strdup_printf ("%.2f%%", rate * 100.0);
}

/**
 * jx_money_add:
 * @a: an amount in fen
 * @b: an amount in fen
 * @sum: (out): @a + @b
 *
 * Returns: %FALSE if the sum does not fit, which no real budget reaches but
 *   hostile input can.
 */
gboolean
jx_money_add (gint64  a,
              gint64  b,
              gint64 *sum)
{
  return !__builtin_add_overflow (a, b, sum);
}

/**
 * jx_money_add_known:
 * @sum: a running total in fen, or #JX_UNSET while nothing is known
 * @part: an amount in fen, or #JX_UNSET when it is not given
 *
 * Adds the parts that are known: the sum of nothing known is #JX_UNSET,
 * and so is a sum too large to hold.
 *
 * Returns: the new total
 */
gint64
jx_money_add_known (gint64 sum,
                    gint64 part)
{
  gint64 result;

  if (part == JX_UNSET)
    return sum;
  if (sum == JX_UNSET)
    return part;
  if (!jx_money_add (sum, part, &result) || result == JX_UNSET)
    return JX_UNSET;

  return result;
}

/**
 * jx_money_rate:
 * @part: an amount in fen (spent, arrived)
 * @whole: an amount in fen (the budget)
 * @rate: (out): @part / @whole, 1.0 for 100%
 *
 * Returns: %FALSE when the rate is undefined (@whole is zero or either
 *   amount is unset)
 */
gboolean
jx_money_rate (gint64  part,
               gint64  whole,
               double *rate)
{
  if (whole == 0 || part == JX_UNSET || whole == JX_UNSET)
    return FALSE;

  *rate = (double) part / (double) whole;
  return TRUE;
}
