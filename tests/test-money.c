/* test-money.c: money is whole fen, shown in 万元
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "jixiao-core.h"

static void
test_wan_is_a_million_fen (void)
{
  g_autoptr(GError) error = NULL;
  gint64 fen;

  /* DOMAIN.md: 681.5307 万元 = 6,815,307 yuan */
  g_assert_true (jx_money_parse_wan ("681.5307", &fen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fen, ==, G_GINT64_CONSTANT (6815307) * 100);
}

static void
test_sums_are_exact (void)
{
  /* Seed 001: the revenue sources add up to 14351.25, not the stated
   * 14361.25, and a float would not say so reliably. */
  const char *parts[] = { "10314.25", "4000", "37" };
  gint64 sum = JX_UNSET;
  gint64 stated;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      gint64 fen;

      g_assert_true (jx_money_parse_wan (parts[i], &fen, NULL));
      sum = jx_money_add_known (sum, fen);
    }

  g_assert_true (jx_money_parse_wan ("14351.25", &stated, NULL));
  g_assert_cmpint (sum, ==, stated);
  g_assert_true (jx_money_parse_wan ("14361.25", &stated, NULL));
  g_assert_cmpint (sum, !=, stated);
}

static void
test_add_known_skips_unset_parts (void)
{
  g_assert_cmpint (jx_money_add_known (JX_UNSET, JX_UNSET), ==, JX_UNSET);
  g_assert_cmpint (jx_money_add_known (JX_UNSET, 5), ==, 5);
  g_assert_cmpint (jx_money_add_known (5, JX_UNSET), ==, 5);
  g_assert_cmpint (jx_money_add_known (5, -7), ==, -2);
  /* An absurd sum is unknown, never wrapped around. */
  g_assert_cmpint (jx_money_add_known (G_MAXINT64, 1), ==, JX_UNSET);
}

static void
test_format_for_display (void)
{
  static const struct { gint64 fen; guint decimals; gboolean grouped; const char *text; } cases[] = {
    { G_GINT64_CONSTANT (681530700), 4, FALSE, "681.5307" },
    { G_GINT64_CONSTANT (681530700), 2, FALSE, "681.53" },
    { 3880000, 4, FALSE, "3.88" },
    { G_GINT64_CONSTANT (4000000000), 4, TRUE, "4,000.00" },
    { G_GINT64_CONSTANT (14353920000), 2, TRUE, "14,353.92" },
    { G_GINT64_CONSTANT (139263100000), 2, TRUE, "139,263.10" },
    { 5000, 2, FALSE, "0.01" },          /* half a fen of 万元 rounds up */
    { -5000, 2, FALSE, "-0.01" },        /* and away from zero */
    { 4999, 2, FALSE, "0.00" },
    { G_GINT64_CONSTANT (100000000), 0, TRUE, "100" },
    { -G_GINT64_CONSTANT (123456700000000), 2, TRUE, "-123,456,700.00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = jx_money_format_wan (cases[i].fen, cases[i].decimals, cases[i].grouped);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_exchange_string_round_trips (void)
{
  const char *amounts[] = { "681.5307", "2.0083", "0.000001", "-7.32", "4000", "9223372036854.775807" };

  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    {
      g_autofree char *text = NULL;
      gint64 fen;

      g_assert_true (jx_money_parse_wan (amounts[i], &fen, NULL));
      text = jx_money_to_wan_string (fen);
      g_assert_cmpstr (text, ==, amounts[i]);
    }
}

static void
test_rate (void)
{
  double rate;

  /* Seed 001, 车辆租赁费: 3.39 of 3.88 is 87.37%, stated as 87%. */
  g_assert_true (jx_money_rate (3390000, 3880000, &rate));
  g_assert_cmpfloat_with_epsilon (rate, 0.873711, 1e-6);
  g_assert_false (jx_money_rate (1, 0, &rate));
  g_assert_false (jx_money_rate (JX_UNSET, 100, &rate));
  g_assert_false (jx_money_rate (100, JX_UNSET, &rate));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/wan-is-a-million-fen", test_wan_is_a_million_fen);
  g_test_add_func ("/money/sums-are-exact", test_sums_are_exact);
  g_test_add_func ("/money/add-known-skips-unset-parts", test_add_known_skips_unset_parts);
  g_test_add_func ("/money/format-for-display", test_format_for_display);
  g_test_add_func ("/money/exchange-string-round-trips", test_exchange_string_round_trips);
  g_test_add_func ("/money/rate", test_rate);

  return g_test_run ();
}
