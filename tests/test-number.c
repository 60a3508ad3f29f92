/* test-number.c: numbers are read exactly as the reports write them
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "jixiao-core.h"

typedef struct {
  const char *text;
  guint       scale;
  gint64      value;
} FixedCase;

static void
test_fixed_reads_exact_amounts (void)
{
  static const FixedCase cases[] = {
    { "681.5307", 6, G_GINT64_CONSTANT (681530700) },   /* 万元 → fen */
    { "2.0083", 6, 2008300 },
    { "247.312", 6, 247312000 },
    { "14361.25", 6, G_GINT64_CONSTANT (14361250000) },
    { "1,508.4", 6, G_GINT64_CONSTANT (1508400000) },
    { "16,324.97", 6, G_GINT64_CONSTANT (16324970000) },
    { "４０００", 6, G_GINT64_CONSTANT (4000000000) },    /* full-width digits */
    { "９０．５", 2, 9050 },
    { " 3.88 ", 6, 3880000 },
    { "0", 6, 0 },
    { "-7.32", 6, -7320000 },
    { "－1", 2, -100 },                                  /* full-width minus */
    { "+5", 0, 5 },
    { ".5", 2, 50 },
    { "92.5", 2, 9250 },
    { "3.880000000", 6, 3880000 },                       /* zeros past the scale */
    { "0.000001", 6, 1 },                                /* one fen */
    { "143,539.21", 2, 14353921 },                       /* well placed, if wrong */
    { "9223372036854.775807", 6, G_MAXINT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = -1;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (jx_number_parse_fixed (cases[i].text, cases[i].scale, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpint (value, ==, cases[i].value);
    }
}

typedef struct {
  const char   *text;
  guint         scale;
  JxNumberError code;
} BadCase;

static void
test_fixed_refuses_what_it_cannot_read_exactly (void)
{
  static const BadCase cases[] = {
    { "", 6, JX_NUMBER_ERROR_EMPTY },
    { "   ", 6, JX_NUMBER_ERROR_EMPTY },
    { "139,26.31", 6, JX_NUMBER_ERROR_MISPLACED_SEPARATOR },   /* seed 001's slip */
    { "1234,567", 6, JX_NUMBER_ERROR_MISPLACED_SEPARATOR },
    { "1,2345", 6, JX_NUMBER_ERROR_MISPLACED_SEPARATOR },
    { ",123", 6, JX_NUMBER_ERROR_MISPLACED_SEPARATOR },
    { "1.234,5", 6, JX_NUMBER_ERROR_MISPLACED_SEPARATOR },
    { "0.0000001", 6, JX_NUMBER_ERROR_TOO_PRECISE },          /* finer than a fen */
    { "92.555", 2, JX_NUMBER_ERROR_TOO_PRECISE },
    { "abc", 6, JX_NUMBER_ERROR_INVALID },
    { "12万", 6, JX_NUMBER_ERROR_INVALID },
    { "1e5", 6, JX_NUMBER_ERROR_INVALID },
    { "--1", 6, JX_NUMBER_ERROR_INVALID },
    { ".", 6, JX_NUMBER_ERROR_INVALID },
    { "-", 6, JX_NUMBER_ERROR_INVALID },
    { "1.2.3", 6, JX_NUMBER_ERROR_INVALID },
    { "99999999999999999999", 0, JX_NUMBER_ERROR_OUT_OF_RANGE },
    { "9999999999999", 6, JX_NUMBER_ERROR_OUT_OF_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 42;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_false (jx_number_parse_fixed (cases[i].text, cases[i].scale, &value, &error));
      g_assert_error (error, JX_NUMBER_ERROR, (int) cases[i].code);
      g_assert_cmpint (value, ==, 42);   /* untouched on error */
    }
}

static void
test_fixed_error_quotes_the_text (void)
{
  g_autoptr(GError) error = NULL;
  gint64 value;

  g_assert_false (jx_number_parse_fixed ("139,26.31", 6, &value, &error));
  g_assert_nonnull (strstr (error->message, "139,26.31"));
}

static void
test_fixed_formats_without_losing_digits (void)
{
  static const struct { gint64 value; guint scale; guint min_decimals; const char *text; } cases[] = {
    { G_GINT64_CONSTANT (681530700), 6, 0, "681.5307" },
    { G_GINT64_CONSTANT (4000000000), 6, 0, "4000" },
    { 1, 6, 0, "0.000001" },
    { -7320000, 6, 0, "-7.32" },
    { 9250, 2, 0, "92.5" },
    { 9250, 2, 2, "92.50" },
    { 0, 2, 0, "0" },
    { G_MAXINT64, 6, 0, "9223372036854.775807" },
    { G_MININT64, 6, 0, "-9223372036854.775808" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = jx_number_format_fixed (cases[i].value, cases[i].scale, cases[i].min_decimals);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Scores are hundredths of a point, shown with two decimals; a score
 * that is not known shows as a dash. */
static void
test_points_show_two_decimals (void)
{
  g_autofree char *score = jx_number_format_points (874);
  g_autofree char *full = jx_number_format_points (10000);
  g_autofree char *unknown = jx_number_format_points (JX_UNSET);

  g_assert_cmpstr (score, ==, "8.74");
  g_assert_cmpstr (full, ==, "100.00");
  g_assert_cmpstr (unknown, ==, "—");
}

static void
test_decimal_keeps_written_precision (void)
{
  static const struct { const char *text; const char *normalized; } cases[] = {
    { "99.97", "99.97" },
    { "87", "87" },
    { "87.0", "87.0" },
    { "1.5084", "1.5084" },
    { "１.５０８４", "1.5084" },
    { "1,508.4", "1508.4" },
    { "007", "7" },
    { "-0.5", "-0.5" },
    { "0.50", "0.50" },
    { "-0.0", "0.0" },
    { "+5", "5" },
    { " 12.5 ", "12.5" },
    { "123456789012345678", "123456789012345678" },
    { "1.123456789", "1.123456789" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalized = NULL;

      g_assert_true (jx_number_normalize_decimal (cases[i].text, &normalized, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (normalized, ==, cases[i].normalized);
    }
}

static void
test_decimal_refuses_text (void)
{
  g_autoptr(GError) error = NULL;
  char *normalized = NULL;

  g_assert_false (jx_number_normalize_decimal ("未完成", &normalized, &error));
  g_assert_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_INVALID);
  g_assert_null (normalized);
  g_clear_error (&error);

  /* Plain as it looks, but one decimal too many. */
  g_assert_false (jx_number_normalize_decimal ("1.1234567891", &normalized, &error));
  g_assert_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_TOO_PRECISE);
  g_assert_null (normalized);
}

/* Found by tests/fuzz: a byte that starts a longer UTF-8 sequence, at
 * the end of the text, was skipped together with the bytes it claims,
 * past the end of the string. */
static void
test_invalid_utf8_is_kept_byte_by_byte (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *digits = jx_number_normalize_digits ("１\xf0");
  gint64 value = 0;

  g_assert_cmpstr (digits, ==, "1\xf0");
  g_assert_false (jx_number_parse_fixed ("１\xf0", 2, &value, &error));
  g_assert_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_INVALID);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/number/fixed/reads-exact-amounts", test_fixed_reads_exact_amounts);
  g_test_add_func ("/number/points/show-two-decimals", test_points_show_two_decimals);
  g_test_add_func ("/number/fixed/refuses-what-it-cannot-read-exactly", test_fixed_refuses_what_it_cannot_read_exactly);
  g_test_add_func ("/number/fixed/error-quotes-the-text", test_fixed_error_quotes_the_text);
  g_test_add_func ("/number/fixed/formats-without-losing-digits", test_fixed_formats_without_losing_digits);
  g_test_add_func ("/number/decimal/keeps-written-precision", test_decimal_keeps_written_precision);
  g_test_add_func ("/number/decimal/refuses-text", test_decimal_refuses_text);
  g_test_add_func ("/number/invalid-utf8-is-kept-byte-by-byte", test_invalid_utf8_is_kept_byte_by_byte);

  return g_test_run ();
}
