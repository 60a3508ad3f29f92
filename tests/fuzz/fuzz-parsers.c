/* fuzz-parsers.c: the parsers of typed and pasted text, fed any bytes
 *
 * Every input goes through every parser of text that a user types or
 * pastes: decimals, fixed-point numbers, amounts in 万元, targets and
 * actual values, and rows pasted from a spreadsheet.  None may crash,
 * leak or misbehave, and what they accept must read back the same after
 * being written out again.
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "jixiao-core.h"
#include "fuzz.h"

/* The scales the app reads: counts, points, percentages, money. */
static const guint fixed_scales[] = { 0, 2, 4, JX_MONEY_WAN_SCALE, 18 };

static void
check_number (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = jx_number_normalize_digits (text);
  g_autofree char *normalized = NULL;
  gint64 mantissa = 0;
  guint decimals = 0;

  g_assert_nonnull (digits);

  if (jx_number_parse_decimal (text, &mantissa, &decimals, &error))
    g_assert_cmpuint (decimals, <=, JX_DECIMAL_MAX_DECIMALS);
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  if (jx_number_normalize_decimal (text, &normalized, &error))
    {
      g_autofree char *again = NULL;

      /* What was normalized normalizes to itself. */
      g_assert_nonnull (normalized);
      g_assert_true (jx_number_normalize_decimal (normalized, &again, NULL));
      g_assert_cmpstr (again, ==, normalized);
    }
  else
    g_assert_nonnull (error);
  g_clear_error (&error);

  for (gsize i = 0; i < G_N_ELEMENTS (fixed_scales); i++)
    {
      gint64 value = 0;

      if (jx_number_parse_fixed (text, fixed_scales[i], &value, &error))
        {
          g_autofree char *written = jx_number_format_fixed (value, fixed_scales[i], 0);
          gint64 again = 0;

          g_assert_true (jx_number_parse_fixed (written, fixed_scales[i], &again, NULL));
          g_assert_cmpint (again, ==, value);
        }
      else
        g_assert_nonnull (error);
      g_clear_error (&error);
    }
}

static void
check_money (const char *text)
{
  g_autoptr(GError) error = NULL;
  gint64 fen = 0;

  if (jx_money_parse_wan (text, &fen, &error))
    {
      g_autofree char *wan = jx_money_to_wan_string (fen);
      g_autofree char *display = jx_money_format_display (fen);
      gint64 again = 0;

      g_assert_true (jx_money_parse_wan (wan, &again, NULL));
      g_assert_cmpint (again, ==, fen);
      g_assert_nonnull (display);
    }
  else
    g_assert_nonnull (error);
}

static void
assert_same_target (const JxTarget *a,
                    const JxTarget *b)
{
  g_assert_cmpint (a->comparator, ==, b->comparator);
  g_assert_cmpstr (a->value, ==, b->value);
  g_assert_cmpstr (a->unit, ==, b->unit);
  g_assert_cmpint (a->approximate, ==, b->approximate);
}

static void
check_target (const char *text)
{
  g_auto(JxTarget) target = { 0 };
  g_auto(JxTarget) actual = { 0 };

  /* jx_target_format() writes what jx_target_parse() reads back into the
   * same parts (or jx_target_parse_actual(), without a comparator). */
  if (jx_target_parse (text, &target))
    {
      g_autofree char *written = jx_target_format (&target);
      g_auto(JxTarget) again = { 0 };

      g_assert_nonnull (written);
      g_assert_true (jx_target_parse (written, &again));
      assert_same_target (&again, &target);
    }

  if (jx_target_parse_actual (text, &actual))
    {
      g_autofree char *written = jx_target_format (&actual);
      g_auto(JxTarget) again = { 0 };

      g_assert_nonnull (written);
      g_assert_true (jx_target_parse_actual (written, &again));
      assert_same_target (&again, &actual);
    }
}

static void
check_paste (const char *text)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (jx_indicator_paste_parse (text, &indicators, &problems, &error))
    {
      g_assert_nonnull (indicators);
      g_assert_cmpuint (indicators->len, >, 0);
      for (guint i = 0; problems != NULL && i < problems->len; i++)
        {
          JxIndicatorPasteProblem *problem = g_ptr_array_index (problems, i);

          g_assert_nonnull (problem->message);
        }
    }
  else
    {
      g_assert_nonnull (error);
      g_assert_null (indicators);
    }
}

/* @data is any bytes: what a parser is given is the text up to the first
 * NUL, as a C string. */
int
jx_fuzz_one_input (const guint8 *data,
                   size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);

  jx_fuzz_init ();

  /* Text that is not UTF-8 is refused by every parser, with a reason. */
  check_paste (text);
  check_target (text);
  check_number (text);
  check_money (text);
  return 0;
}

#ifdef JX_FUZZ_LIBFUZZER
int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  return jx_fuzz_one_input (data, size);
}
#endif
