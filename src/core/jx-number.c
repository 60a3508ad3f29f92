/* jx-number.c: exact decimal numbers as the reports write them
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports write numbers by hand: "681.5307", "1,508.4", "９０", and now and
 * then with a slip such as "139,26.31".  Every amount is parsed into an
 * integer of a fixed scale (fen, hundredths of a point) without going
 * through floating point, and a misplaced group separator is an error rather
 * than a guess.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "jx-number.h"

G_DEFINE_QUARK (jx-number-error-quark, jx_number_error)

/* Full-width digits and punctuation, and the other characters that the
 * reports use for signs and points, as ASCII.  Everything else is kept. */
char *
jx_number_normalize_digits (const char *text)
{
  GString *out;
  const char *ascii_end = text;

  g_return_val_if_fail (text != NULL, NULL);

  /* Most numbers are written in ASCII already: nothing to translate. */
  while (*ascii_end != '\0' && (guchar) *ascii_end < 0x80)
    ascii_end++;
  if (*ascii_end == '\0')
    return g_strdup (text);

  out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; )
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: keep the byte so that the caller reports it, and
           * go on with the next byte (the length that this one claims
           * may reach past the end). */
          g_string_append_c (out, *p);
          p++;
          continue;
        }
      p = g_utf8_next_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (out, (char) ('0' + (c - 0xFF10)));
      else if (c == 0xFF0E)          /* ．FULLWIDTH FULL STOP */
        g_string_append_c (out, '.');
      else if (c == 0xFF0C)          /* ，FULLWIDTH COMMA */
        g_string_append_c (out, ',');
      else if (c == 0xFF0D || c == 0x2212)  /* －, − MINUS SIGN */
        g_string_append_c (out, '-');
      else if (c == 0xFF0B)          /* ＋ */
        g_string_append_c (out, '+');
      else if (c == 0x3000)          /* IDEOGRAPHIC SPACE */
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Parses "[sign]digits[.digits]" where the integer digits may be grouped
 * by commas in threes.  On success @mantissa holds all digits as an
 * integer and @decimals how many of them stood after the point. */
static gboolean
parse_decimal (const char  *original,
               guint        max_decimals,
               gint64      *mantissa,
               guint       *decimals,
               GError     **error)
{
  g_autofree char *normalized = NULL;
  const char *p = original;
  gboolean negative = FALSE;
  guint64 value = 0;
  guint n_integer_digits = 0;
  guint n_decimals = 0;
  gint group_length = -1;   /* digits since the last comma, -1 before any */
  gboolean grouped = FALSE;

  /* Numbers written in ASCII without spaces around them, as a rescore
   * reads every target and actual value, are read where they are. */
  for (; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p != '\0' || g_ascii_isspace (original[0]) ||
      (original[0] != '\0' && g_ascii_isspace (p[-1])))
    {
      normalized = jx_number_normalize_digits (original);
      g_strstrip (normalized);
      p = normalized;
    }
  else
    p = original;

  if (*p == '\0')
    {
      g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_EMPTY,
                   _("No number was given"));
      return FALSE;
    }

  if (*p == '-' || *p == '+')
    {
      negative = (*p == '-');
      p++;
    }

  for (; *p != '\0' && *p != '.'; p++)
    {
      if (*p == ',')
        {
          if (n_integer_digits == 0 ||
              (grouped && group_length != 3) ||
              (!grouped && n_integer_digits > 3))
            goto misplaced;
          grouped = TRUE;
          group_length = 0;
          continue;
        }

      if (!g_ascii_isdigit (*p))
        goto invalid;

      if (value > ((guint64) G_MAXINT64 - (guint64) (*p - '0')) / 10)
        goto out_of_range;

      value = value * 10 + (guint64) (*p - '0');
      n_integer_digits++;
      if (grouped)
        group_length++;
    }

  if (grouped && group_length != 3)
    goto misplaced;

  if (*p == '.')
    {
      p++;
      if (*p == '\0' && n_integer_digits == 0)
        goto invalid;

      for (; *p != '\0'; p++)
        {
          if (!g_ascii_isdigit (*p))
            {
              if (*p == ',')
                goto misplaced;
              goto invalid;
            }

          /* Zeros past the allowed precision change nothing. */
          if (n_decimals >= max_decimals)
            {
              if (*p != '0')
                {
                  g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_TOO_PRECISE,
                               g_dngettext (GETTEXT_PACKAGE,
                                            "“%s” has more than %u decimal",
                                            "“%s” has more than %u decimals",
                                            max_decimals),
                               original, max_decimals);
                  return FALSE;
                }
              continue;
            }

          if (value > ((guint64) G_MAXINT64 - (guint64) (*p - '0')) / 10)
            goto out_of_range;

          value = value * 10 + (guint64) (*p - '0');
          n_decimals++;
        }
    }
  else if (n_integer_digits == 0)
    goto invalid;

  *mantissa = negative ? -(gint64) value : (gint64) value;
  *decimals = n_decimals;
  return TRUE;

invalid:
  g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_INVALID,
               _("“%s” is not a number"), original);
  return FALSE;

misplaced:
  g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_MISPLACED_SEPARATOR,
               _("“%s” has a misplaced thousands separator"), original);
  return FALSE;

out_of_range:
  g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_OUT_OF_RANGE,
               _("“%s” is too large"), original);
  return FALSE;
}

/**
 * jx_number_parse_fixed:
 * @text: a number as a person writes it
 * @scale: how many decimals the result keeps (6 turns 万元 into fen)
 * @value: (out): @text × 10^@scale
 * @error: return location for a #JX_NUMBER_ERROR
 *
 * Parses @text exactly.  Full-width digits are accepted; commas must group
 * the integer digits in threes; more significant decimals than @scale are
 * an error, never rounded away.
 */
gboolean
jx_number_parse_fixed (const char  *text,
                       guint        scale,
                       gint64      *value,
                       GError     **error)
{
  gint64 mantissa;
  guint decimals;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (scale <= 18, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!parse_decimal (text, scale, &mantissa, &decimals, error))
    return FALSE;

  for (; decimals < scale; decimals++)
    {
      if (mantissa > G_MAXINT64 / 10 || mantissa < -(G_MAXINT64 / 10))
        {
          g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_OUT_OF_RANGE,
                       _("“%s” is too large"), text);
          return FALSE;
        }
      mantissa *= 10;
    }

  *value = mantissa;
  return TRUE;
}

/**
 * jx_number_format_points:
 * @points: points in hundredths, or #JX_UNSET
 *
 * Returns: (transfer full): the points as scores are shown, with two
 *   decimals ("8.74", "100.00"), or "—" when there are none
 */
char *
jx_number_format_points (gint64 points)
{
  if (points == JX_UNSET)
    return g_strdup ("—");

  return jx_number_format_fixed (points, 2, 2);
}

/**
 * jx_number_format_fixed:
 * @value: an integer of scale @scale
 * @scale: decimals held in @value
 * @min_decimals: decimals always written; further ones only when not zero
 *
 * Returns: (transfer full): @value as a plain decimal ("681.5307", "-3",
 *   "2.50" with @min_decimals 2), without group separators.
 */
char *
jx_number_format_fixed (gint64 value,
                        guint  scale,
                        guint  min_decimals)
{
  char digits[32];
  GString *out;
  guint64 magnitude;
  guint n_digits;
  guint n_decimals;

  g_return_val_if_fail (scale <= 18, NULL);
  min_decimals = MIN (min_decimals, scale);

  magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  g_snprintf (digits, sizeof digits, "%0*" G_GUINT64_FORMAT, (int) scale + 1, magnitude);
  n_digits = strlen (digits);

  n_decimals = scale;
  while (n_decimals > min_decimals && digits[n_digits - scale + n_decimals - 1] == '0')
    n_decimals--;

  out = g_string_new (value < 0 ? "-" : NULL);
  g_string_append_len (out, digits, n_digits - scale);
  if (n_decimals > 0)
    {
      g_string_append_c (out, '.');
      g_string_append_len (out, digits + n_digits - scale, n_decimals);
    }

  return g_string_free (out, FALSE);
}

/**
 * jx_number_parse_decimal:
 * @text: a decimal as written
 * @mantissa: (out): all its digits as an integer ("1.5084" → 15084)
 * @decimals: (out): how many of them stand after the point (4)
 * @error: return location for a #JX_NUMBER_ERROR
 *
 * Reads a decimal of up to #JX_DECIMAL_MAX_DECIMALS decimals exactly:
 * the value is @mantissa × 10^−@decimals.
 */
gboolean
jx_number_parse_decimal (const char  *text,
                         gint64      *mantissa,
                         guint       *decimals,
                         GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  return parse_decimal (text, JX_DECIMAL_MAX_DECIMALS, mantissa, decimals, error);
}

/**
 * jx_number_normalize_decimal:
 * @text: a decimal measure as written ("99.97", "１.５０８４", "1,508.4")
 * @normalized: (out) (transfer full): the same number in plain ASCII,
 *   with as many decimals as were written ("99.97", "1.5084", "1508.4")
 * @error: return location for a #JX_NUMBER_ERROR
 *
 * Measures other than money keep the precision the report gives them:
 * "87" and "87.0" stay as they are.
 */
/* Whether @text is a decimal as jx_number_normalize_decimal() writes it:
 * ASCII digits without leading zeros, a minus only before a number that is
 * not zero, up to 18 digits. */
static gboolean
is_normalized_decimal (const char *text)
{
  const char *p = text;
  guint n_digits = 0;
  guint n_decimals = 0;
  gboolean nonzero = FALSE;
  gboolean negative = *p == '-';

  if (negative)
    p++;

  if (*p == '0')
    {
      n_digits++;
      p++;
      if (g_ascii_isdigit (*p))
        return FALSE;
    }
  else
    for (; g_ascii_isdigit (*p); p++, n_digits++)
      nonzero = TRUE;

  if (n_digits == 0)
    return FALSE;

  if (*p == '.')
    {
      for (p++; g_ascii_isdigit (*p); p++, n_decimals++)
        nonzero |= *p != '0';
      if (n_decimals == 0)
        return FALSE;
    }

  return *p == '\0' && n_digits + n_decimals <= 18 && n_decimals <= JX_DECIMAL_MAX_DECIMALS &&
         (nonzero || !negative);
}

gboolean
jx_number_normalize_decimal (const char  *text,
                             char       **normalized,
                             GError     **error)
{
  gint64 mantissa;
  guint decimals;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (normalized != NULL, FALSE);

  /* Most measures are written plainly already: an import reads a million. */
  if (is_normalized_decimal (text))
    {
      *normalized = g_strdup (text);
      return TRUE;
    }

  if (!parse_decimal (text, JX_DECIMAL_MAX_DECIMALS, &mantissa, &decimals, error))
    return FALSE;

  *normalized = jx_number_format_fixed (mantissa, decimals, decimals);
  return TRUE;
}
