/* test-target.c: targets and actual values are read from what people type
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "jixiao-core.h"

#define GE JX_COMPARATOR_GE
#define GT JX_COMPARATOR_GT
#define EQ JX_COMPARATOR_EQ
#define LE JX_COMPARATOR_LE
#define LT JX_COMPARATOR_LT
#define NONE JX_COMPARATOR_NONE
#define QUAL JX_COMPARATOR_QUALITATIVE

typedef struct {
  const char   *text;
  JxComparator  comparator;
  const char   *value;
  const char   *unit;
  gboolean      approximate;
} TargetCase;

static const TargetCase target_cases[] = {
  /* DOMAIN.md */
  { "≥90%", GE, "90", "%", FALSE },
  { "≥ 90", GE, "90", NULL, FALSE },
  { "不低于90%", GE, "90", "%", FALSE },
  { "不少于 2000 份", GE, "2000", "份", FALSE },
  { "≤10%", LE, "10", "%", FALSE },
  { "不高于5万元", LE, "5", "万元", FALSE },
  { "不超过360天", LE, "360", "天", FALSE },
  { "<100%", LT, "100", "%", FALSE },
  { "=4个", EQ, "4", "个", FALSE },
  { "100%", GE, "100", "%", FALSE },
  { "按时公开", QUAL, NULL, NULL, FALSE },
  { "９０％", GE, "90", "%", FALSE },
  { "４０００万元", GE, "4000", "万元", FALSE },
  { "1,508.4万元", GE, "1508.4", "万元", FALSE },
  { "1.5亿元", GE, "15000", "万元", FALSE },

  /* A bare number is a level to reach. */
  { "4个", GE, "4", "个", FALSE },
  { "300家", GE, "300", "家", FALSE },
  { "0", GE, "0", NULL, FALSE },
  { "0.5‰", GE, "0.5", "‰", FALSE },
  { "90.5分", GE, "90.5", "分", FALSE },
  { "87.0%", GE, "87.0", "%", FALSE },          /* written precision kept */
  { "007个", GE, "7", "个", FALSE },
  { ".5%", GE, "0.5", "%", FALSE },
  { "1.5万元", GE, "1.5", "万元", FALSE },
  { "1万亩", GE, "1", "万亩", FALSE },
  { "2000元/人", GE, "2000", "元/人", FALSE },
  { "25℃", GE, "25", "℃", FALSE },
  { "10人次", GE, "10", "人次", FALSE },
  { "10个工作日以下", LE, "10", "个工作日", FALSE },

  /* 亿 becomes 万, exactly */
  { "1.5084亿元", GE, "15084", "万元", FALSE },
  { "2亿", GE, "20000", "万", FALSE },
  { "0.00005亿元", GE, "0.5", "万元", FALSE },
  { "1.234567亿元", GE, "12345.67", "万元", FALSE },
  { "≤0.3亿元", LE, "3000", "万元", FALSE },
  { "9223372036854775807亿元", QUAL, NULL, NULL, FALSE },   /* too large once in 万 */

  /* Every comparator word */
  { ">=90%", GE, "90", "%", FALSE },
  { "⩾90%", GE, "90", "%", FALSE },
  { "不小于3项", GE, "3", "项", FALSE },
  { "大于等于85%", GE, "85", "%", FALSE },
  { "大于或等于85%", GE, "85", "%", FALSE },
  { "至少10人次", GE, "10", "人次", FALSE },
  { "达到100%", GE, "100", "%", FALSE },
  { ">80%", GT, "80", "%", FALSE },
  { "＞80%", GT, "80", "%", FALSE },
  { "大于80%", GT, "80", "%", FALSE },
  { "高于15%", GT, "15", "%", FALSE },
  { "多于20篇", GT, "20", "篇", FALSE },
  { "超过90%", GT, "90", "%", FALSE },
  { "＝4个", EQ, "4", "个", FALSE },
  { "等于0", EQ, "0", NULL, FALSE },
  { "<=5%", LE, "5", "%", FALSE },
  { "⩽5天", LE, "5", "天", FALSE },
  { "不大于3次", LE, "3", "次", FALSE },
  { "不多于2次", LE, "2", "次", FALSE },
  { "小于等于5%", LE, "5", "%", FALSE },
  { "小于或等于5%", LE, "5", "%", FALSE },
  { "至多3天", LE, "3", "天", FALSE },
  { "控制在5%以内", LE, "5", "%", FALSE },
  { "控制在100万元", LE, "100", "万元", FALSE },
  { "＜１００％", LT, "100", "%", FALSE },
  { "小于1%", LT, "1", "%", FALSE },
  { "低于5%", LT, "5", "%", FALSE },
  { "少于3次", LT, "3", "次", FALSE },

  /* Comparators after the number */
  { "90%以上", GE, "90", "%", FALSE },
  { "95%及以上", GE, "95", "%", FALSE },
  { "5万元以内", LE, "5", "万元", FALSE },
  { "3次及以下", LE, "3", "次", FALSE },
  { "2%以下", LE, "2", "%", FALSE },
  { "30日之内", LE, "30", "日", FALSE },
  { "≥90%以上", GE, "90", "%", FALSE },         /* said twice, not contradicting */
  { "不超过5万元以内", LE, "5", "万元", FALSE },
  { "超过90%以上", GT, "90", "%", FALSE },

  /* Approximations */
  { "6000余份", GE, "6000", "份", TRUE },
  { "约50人", GE, "50", "人", TRUE },
  { "700余次", GE, "700", "次", TRUE },
  { "50人左右", GE, "50", "人", TRUE },
  { "50多人", GE, "50", "人", TRUE },
  { "5万余元", GE, "5", "万元", TRUE },
  { "大约30%", GE, "30", "%", TRUE },
  { "≥约90%", GE, "90", "%", TRUE },
  { "约≥90%", GE, "90", "%", TRUE },
  { "90%以上左右", GE, "90", "%", TRUE },

  /* White space and full-width forms anywhere */
  { " 90％ ", GE, "90", "%", FALSE },
  { "≥　90　%", GE, "90", "%", FALSE },
  { "≥\t90%", GE, "90", "%", FALSE },
  { "不 低 于 9 0 %", GE, "90", "%", FALSE },
  { "１．５亿元", GE, "15000", "万元", FALSE },

  /* Contradictions */
  { "≤5%以上", QUAL, NULL, NULL, FALSE },
  { "<5%以上", QUAL, NULL, NULL, FALSE },
  { "=4个以上", QUAL, NULL, NULL, FALSE },
  { "不低于90%以下", QUAL, NULL, NULL, FALSE },
  { ">90%以内", QUAL, NULL, NULL, FALSE },
  { "100%以上以下", QUAL, NULL, NULL, FALSE },

  /* Words, dates and nonsense */
  { "", QUAL, NULL, NULL, FALSE },
  { "   ", QUAL, NULL, NULL, FALSE },
  { "　", QUAL, NULL, NULL, FALSE },
  { "≥", QUAL, NULL, NULL, FALSE },
  { "≥≥90", QUAL, NULL, NULL, FALSE },
  { "≥<90", QUAL, NULL, NULL, FALSE },
  { "不低于", QUAL, NULL, NULL, FALSE },
  { "超过", QUAL, NULL, NULL, FALSE },
  { "约", QUAL, NULL, NULL, FALSE },
  { "以上", QUAL, NULL, NULL, FALSE },
  { "%", QUAL, NULL, NULL, FALSE },
  { "90%%", QUAL, NULL, NULL, FALSE },
  { "100%人", QUAL, NULL, NULL, FALSE },
  { "99999999999999999999", QUAL, NULL, NULL, FALSE },
  { "显著改善", QUAL, NULL, NULL, FALSE },
  { "相关", QUAL, NULL, NULL, FALSE },
  { "未完成", QUAL, NULL, NULL, FALSE },
  { "高于上年", QUAL, NULL, NULL, FALSE },
  { "人次", QUAL, NULL, NULL, FALSE },
  { "abc%", QUAL, NULL, NULL, FALSE },
  { "3-5个", QUAL, NULL, NULL, FALSE },
  { "3~5个", QUAL, NULL, NULL, FALSE },
  { "3、4个", QUAL, NULL, NULL, FALSE },
  { "2021 年 12 月前", QUAL, NULL, NULL, FALSE },
  { "12月底前", QUAL, NULL, NULL, FALSE },
  { "第1季度", QUAL, NULL, NULL, FALSE },
  { "3个月内", QUAL, NULL, NULL, FALSE },
  { "1个非常非常长的计量单位", QUAL, NULL, NULL, FALSE },
  { "90%（含）", QUAL, NULL, NULL, FALSE },
  { "-5%", QUAL, NULL, NULL, FALSE },          /* targets are not negative */
  { "≥－1", QUAL, NULL, NULL, FALSE },
  { "139,26.31万元", QUAL, NULL, NULL, FALSE },  /* misplaced separator */
  { "1.2.3个", QUAL, NULL, NULL, FALSE },
  { "1e5", QUAL, NULL, NULL, FALSE },
};

static void
assert_target (const JxTarget   *target,
               gboolean          parsed,
               const TargetCase *expected)
{
  g_assert_cmpint (parsed, ==, expected->comparator != JX_COMPARATOR_QUALITATIVE);
  g_assert_cmpint (target->comparator, ==, expected->comparator);
  g_assert_cmpstr (target->value, ==, expected->value);
  g_assert_cmpstr (target->unit, ==, expected->unit);
  g_assert_cmpint (target->approximate, ==, expected->approximate);
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
test_parse_reads_targets (void)
{
  g_assert_cmpuint (G_N_ELEMENTS (target_cases), >=, 70);

  for (guint i = 0; i < G_N_ELEMENTS (target_cases); i++)
    {
      g_auto(JxTarget) target = { 0 };
      gboolean parsed;

      g_test_message ("parsing “%s”", target_cases[i].text);
      parsed = jx_target_parse (target_cases[i].text, &target);
      assert_target (&target, parsed, &target_cases[i]);
    }
}

static void
test_parse_takes_null_as_qualitative (void)
{
  g_auto(JxTarget) target = { 0 };

  g_assert_false (jx_target_parse (NULL, &target));
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_QUALITATIVE);
  g_assert_false (jx_target_parse_actual (NULL, &target));
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_QUALITATIVE);
}

static void
test_parse_takes_invalid_utf8_as_qualitative (void)
{
  g_auto(JxTarget) target = { 0 };

  g_assert_false (jx_target_parse ("\xff" "90%", &target));
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_QUALITATIVE);
  g_assert_null (target.value);
  g_assert_false (jx_target_parse_actual ("90\xe4%", &target));
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_QUALITATIVE);
}

static void
test_parse_replaces_what_was_there (void)
{
  g_auto(JxTarget) target = { 0 };

  g_assert_true (jx_target_parse ("约6000份", &target));
  g_assert_true (jx_target_parse ("≤5%", &target));
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_LE);
  g_assert_cmpstr (target.value, ==, "5");
  g_assert_cmpstr (target.unit, ==, "%");
  g_assert_false (target.approximate);

  g_assert_false (jx_target_parse ("按时公开", &target));
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_QUALITATIVE);
  g_assert_null (target.value);
  g_assert_null (target.unit);
  g_assert_false (target.approximate);

  g_assert_true (jx_target_parse_actual ("381家", &target));
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_NONE);

  jx_target_clear (&target);
  g_assert_cmpint (target.comparator, ==, JX_COMPARATOR_NONE);
  g_assert_null (target.value);
  g_assert_null (target.unit);
}

static const TargetCase actual_cases[] = {
  { "381家", NONE, "381", "家", FALSE },
  { "87%", NONE, "87", "%", FALSE },
  { "0个", NONE, "0", "个", FALSE },
  { "1.5084亿元", NONE, "15084", "万元", FALSE },
  { "6000余份", NONE, "6000", "份", TRUE },
  { "100", NONE, "100", NULL, FALSE },
  { "95%以上", NONE, "95", "%", TRUE },       /* a suffix only makes it approximate */
  { "3次以内", NONE, "3", "次", TRUE },
  { "约50人", NONE, "50", "人", TRUE },
  { "50人左右", NONE, "50", "人", TRUE },
  { "285次", NONE, "285", "次", FALSE },
  { "８", NONE, "8", NULL, FALSE },
  { "99.97%", NONE, "99.97", "%", FALSE },
  { "0.5‰", NONE, "0.5", "‰", FALSE },
  { "1,508.4万元", NONE, "1508.4", "万元", FALSE },
  { " 92.5 分", NONE, "92.5", "分", FALSE },
  { "-3.5%", NONE, "-3.5", "%", FALSE },     /* actuals may be negative */
  { "－1.5亿元", NONE, "-15000", "万元", FALSE },
  { "未完成", QUAL, NULL, NULL, FALSE },
  { "显著改善", QUAL, NULL, NULL, FALSE },
  { "已完成", QUAL, NULL, NULL, FALSE },
  { "", QUAL, NULL, NULL, FALSE },
  { "≥90%", QUAL, NULL, NULL, FALSE },       /* no comparator before an actual */
  { "不低于90%", QUAL, NULL, NULL, FALSE },
  { "达到", QUAL, NULL, NULL, FALSE },
  { "2021年12月前", QUAL, NULL, NULL, FALSE },
  { "139,26.31", QUAL, NULL, NULL, FALSE },
  { "3-5个", QUAL, NULL, NULL, FALSE },
  { "--1", QUAL, NULL, NULL, FALSE },
  { "87%%", QUAL, NULL, NULL, FALSE },
};

static void
test_parse_actual_reads_values (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (actual_cases); i++)
    {
      g_auto(JxTarget) actual = { 0 };
      gboolean parsed;

      g_test_message ("parsing actual “%s”", actual_cases[i].text);
      parsed = jx_target_parse_actual (actual_cases[i].text, &actual);
      assert_target (&actual, parsed, &actual_cases[i]);
    }
}

static void
test_format_writes_symbols (void)
{
  static const struct {
    JxTarget    target;
    const char *text;
  } cases[] = {
    { { JX_COMPARATOR_GE, (char *) "90", (char *) "%", FALSE }, "≥90%" },
    { { JX_COMPARATOR_LE, (char *) "5", (char *) "万元", FALSE }, "≤5万元" },
    { { JX_COMPARATOR_EQ, (char *) "4", (char *) "个", FALSE }, "=4个" },
    { { JX_COMPARATOR_LT, (char *) "100", (char *) "%", FALSE }, "<100%" },
    { { JX_COMPARATOR_GT, (char *) "80", NULL, FALSE }, ">80" },
    { { JX_COMPARATOR_GE, (char *) "6000", (char *) "份", TRUE }, "≥约6000份" },
    { { JX_COMPARATOR_NONE, (char *) "381", (char *) "家", FALSE }, "381家" },
    { { JX_COMPARATOR_NONE, (char *) "-3.5", (char *) "%", TRUE }, "约-3.5%" },
    { { JX_COMPARATOR_QUALITATIVE, NULL, NULL, FALSE }, NULL },
    { { JX_COMPARATOR_QUALITATIVE, (char *) "1", NULL, FALSE }, NULL },
    { { JX_COMPARATOR_GE, NULL, NULL, FALSE }, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = jx_target_format (&cases[i].target);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_format_round_trips (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (target_cases); i++)
    {
      g_auto(JxTarget) first = { 0 };
      g_auto(JxTarget) second = { 0 };
      g_autofree char *text = NULL;

      if (!jx_target_parse (target_cases[i].text, &first))
        {
          g_assert_null (jx_target_format (&first));
          continue;
        }

      text = jx_target_format (&first);
      g_test_message ("“%s” → “%s”", target_cases[i].text, text);
      g_assert_true (jx_target_parse (text, &second));
      assert_same_target (&first, &second);
    }

  for (guint i = 0; i < G_N_ELEMENTS (actual_cases); i++)
    {
      g_auto(JxTarget) first = { 0 };
      g_auto(JxTarget) second = { 0 };
      g_autofree char *text = NULL;

      if (!jx_target_parse_actual (actual_cases[i].text, &first))
        continue;

      text = jx_target_format (&first);
      g_test_message ("actual “%s” → “%s”", actual_cases[i].text, text);
      g_assert_true (jx_target_parse_actual (text, &second));
      assert_same_target (&first, &second);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/target/parse/reads-targets", test_parse_reads_targets);
  g_test_add_func ("/target/parse/takes-null-as-qualitative", test_parse_takes_null_as_qualitative);
  g_test_add_func ("/target/parse/takes-invalid-utf8-as-qualitative", test_parse_takes_invalid_utf8_as_qualitative);
  g_test_add_func ("/target/parse/replaces-what-was-there", test_parse_replaces_what_was_there);
  g_test_add_func ("/target/parse-actual/reads-values", test_parse_actual_reads_values);
  g_test_add_func ("/target/format/writes-symbols", test_format_writes_symbols);
  g_test_add_func ("/target/format/round-trips", test_format_round_trips);

  return g_test_run ();
}
