/* test-indicator-paste.c: indicators are read from rows copied out of Excel or WPS
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "jixiao-core.h"

#define GE JX_COMPARATOR_GE
#define LE JX_COMPARATOR_LE
#define QUAL JX_COMPARATOR_QUALITATIVE
/* A field the case does not look at. */
#define ANY "\x01"

/* One paste and what one of its indicators must hold.  NULL means the
 * field must be empty; ANY that it is not looked at. */
typedef struct {
  const char            *path;
  const char            *text;
  gboolean               refused;
  JxIndicatorPasteError  error;
  guint                  n_indicators;
  guint                  n_problems;
  const char            *problem;          /* in the first problem's message */
  guint                  problem_row;
  guint                  problem_column;
  guint                  index;            /* the indicator looked at */
  const char            *level1;
  const char            *level2;
  const char            *name;
  JxComparator           comparator;
  const char            *target_value;
  const char            *target_unit;
  const char            *target_text;
  const char            *actual_value;
  const char            *actual_text;
  gint64                 weight;
  gint64                 score_override;
  const char            *deviation_reason;
} PasteCase;

#define HEADER8 "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n"

static const PasteCase paste_cases[] = {
  {
    .path = "/indicator-paste/header/self-evaluation-table",
    .text = HEADER8
            "产出指标\t数量指标\t认定高新技术企业数量\t≥300家\t381家\t20\t20\t\n"
            "\t\t新增科技型中小企业\t不少于2000家\t2150家\t10\t10\t\n",
    .n_indicators = 2, .index = 1,
    .level1 = "产出指标", .level2 = "数量指标", .name = "新增科技型中小企业",
    .comparator = GE, .target_value = "2000", .target_unit = "家", .target_text = "不少于2000家",
    .actual_value = "2150", .actual_text = "2150家", .weight = 1000,
    /* the score of a quantitative indicator is computed */
    .n_problems = 1, .problem = "2 indicators", .problem_column = 7,
    .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/header/name-target-weight-with-level2",
    .text = "二级指标\t指标名称\t目标值\t权重\n"
            "质量指标\t验收合格率\t≥95%\t10\n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = "质量指标", .name = "验收合格率",
    .comparator = GE, .target_value = "95", .target_unit = "%", .target_text = "≥95%",
    .actual_value = NULL, .actual_text = NULL, .weight = 1000, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/header/words-with-brackets-and-spaces",
    .text = "三级指标\t年度指标值（A）\t全年实际值(B)\t分值（分）\t偏差原因\n"
            "资金下达时间\t不超过360天\t300天\t5\t提前完成\n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = NULL, .name = "资金下达时间",
    .comparator = LE, .target_value = "360", .target_unit = "天", .target_text = "不超过360天",
    .actual_value = "300", .actual_text = "300天", .weight = 500, .score_override = JX_UNSET,
    .deviation_reason = "提前完成",
  },
  {
    .path = "/indicator-paste/header/unit-column",
    .text = "指标内容\t计量单位\t指标值\t实际完成值\n"
            "服务对象满意度\t%\t90\t95\n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = NULL, .name = "服务对象满意度",
    .comparator = GE, .target_value = "90", .target_unit = "%", .target_text = "90%",
    .actual_value = "95", .actual_text = "95%", .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/header/unit-column-with-comparator",
    .text = "三级指标\t年度指标值\t计量单位\t实际完成值\n"
            "认定高新技术企业数量\t≥300\t家\t381家\n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = NULL, .name = "认定高新技术企业数量",
    .comparator = GE, .target_value = "300", .target_unit = "家", .target_text = "≥300家",
    .actual_value = "381", .actual_text = "381家", .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/header/two-rows",
    .text = "绩效指标\t\t\t年度指标值\t实际完成值\n"
            "一级指标\t二级指标\t三级指标\t\t\n"
            "效益指标\t社会效益指标\t带动就业人数\t≥50人\t62人\n",
    .n_indicators = 1,
    .level1 = "效益指标", .level2 = "社会效益指标", .name = "带动就业人数",
    .comparator = GE, .target_value = "50", .target_unit = "人", .target_text = "≥50人",
    .actual_value = "62", .actual_text = "62人", .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/header/title-above-is-left-out",
    .text = "2021年度项目支出绩效自评表\n"
            "序号\t三级指标\t指标值\n"
            "1\t培训场次\t≥20场\n",
    .n_indicators = 1, .n_problems = 1, .problem = "Row 1", .problem_row = 1,
    .name = "培训场次", .comparator = GE, .target_value = "20", .target_unit = "场",
    .target_text = "≥20场", .weight = JX_UNSET, .score_override = JX_UNSET,
    .level1 = ANY, .level2 = ANY, .actual_value = ANY, .actual_text = ANY,
  },
  {
    .path = "/indicator-paste/header/unknown-column-is-reported",
    .text = "三级指标\t指标值\t备注\n"
            "培训场次\t≥20场\t另附清单\n",
    .n_indicators = 1, .n_problems = 1, .problem = "“备注”", .problem_column = 3,
    .name = "培训场次", .comparator = GE, .target_value = "20", .target_unit = "场",
    .target_text = "≥20场", .weight = JX_UNSET, .score_override = JX_UNSET,
    .level1 = ANY, .level2 = ANY, .actual_value = ANY, .actual_text = ANY,
  },
  {
    .path = "/indicator-paste/no-header/eight-columns",
    .text = "产出指标\t时效指标\t资金拨付及时率\t100%\t100%\t10\t10\t无\n",
    .n_indicators = 1, .n_problems = 1, .problem = "1 indicator", .problem_column = 7,
    .level1 = "产出指标", .level2 = "时效指标", .name = "资金拨付及时率",
    .comparator = GE, .target_value = "100", .target_unit = "%", .target_text = "100%",
    .actual_value = "100", .actual_text = "100%", .weight = 1000, .score_override = JX_UNSET,
    .deviation_reason = "无",
  },
  {
    .path = "/indicator-paste/no-header/four-columns",
    .text = "认定获奖数量\t≥4个\t8个\t10\n"
            "服务对象满意度\t≥90%\t87%\t10\n",
    .n_indicators = 2, .index = 1,
    .level1 = NULL, .level2 = NULL, .name = "服务对象满意度",
    .comparator = GE, .target_value = "90", .target_unit = "%", .target_text = "≥90%",
    .actual_value = "87", .actual_text = "87%", .weight = 1000, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/no-header/five-columns-start-with-level2",
    .text = "数量指标\t港澳台合作项目\t=4个\t0个\t10\n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = "数量指标", .name = "港澳台合作项目",
    .comparator = JX_COMPARATOR_EQ, .target_value = "4", .target_unit = "个", .target_text = "=4个",
    .actual_value = "0", .actual_text = "0个", .weight = 1000, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/no-header/single-cell",
    .text = "认定高新技术企业数量",
    .n_indicators = 1,
    .level1 = NULL, .level2 = NULL, .name = "认定高新技术企业数量",
    .comparator = JX_COMPARATOR_NONE, .target_value = NULL, .target_unit = NULL, .target_text = NULL,
    .actual_value = NULL, .actual_text = NULL, .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/quoted/embedded-line-break-tab-and-quotes",
    .text = "产出指标\t数量指标\t\"认定高新技术\n企业数量\"\t≥300家\t381家\t20\t\t\"超额完成：\n\"\"高企\"\"申报踊跃\tA\"\n",
    .n_indicators = 1,
    .level1 = "产出指标", .level2 = "数量指标", .name = "认定高新技术企业数量",
    .comparator = GE, .target_value = "300", .target_unit = "家", .target_text = "≥300家",
    .actual_value = "381", .actual_text = "381家", .weight = 2000, .score_override = JX_UNSET,
    .deviation_reason = "超额完成：\n\"高企\"申报踊跃\tA",
  },
  {
    .path = "/indicator-paste/quoted/latin-words-keep-a-space",
    .text = "\"ISO\r\n9001 认证\"\t\"1\r\n个\"\n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = NULL, .name = "ISO 9001 认证",
    .comparator = GE, .target_value = "1", .target_unit = "个", .target_text = "1个",
    .actual_value = NULL, .actual_text = NULL, .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/quoted/unclosed-quote-is-text",
    .text = "\"科技周\"活动场次\t≥3场\n\"未闭合\t≥1场\n",
    .n_indicators = 2, .index = 1,
    .level1 = NULL, .level2 = NULL, .name = "\"未闭合",
    .comparator = GE, .target_value = "1", .target_unit = "场", .target_text = "≥1场",
    .actual_value = NULL, .actual_text = NULL, .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/lines/crlf",
    .text = "三级指标\t指标值\t分值\r\n培训场次\t≥20场\t5\r\n宣传册数量\t不少于2000份\t5\r\n",
    .n_indicators = 2, .index = 1,
    .level1 = NULL, .level2 = NULL, .name = "宣传册数量",
    .comparator = GE, .target_value = "2000", .target_unit = "份", .target_text = "不少于2000份",
    .actual_value = NULL, .actual_text = NULL, .weight = 500, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/lines/trailing-empty-lines-and-blank-rows",
    .text = "培训场次\t≥20场\n\t\t\n\n宣传册数量\t≥2000份\n\n\n",
    .n_indicators = 2, .index = 1,
    .level1 = NULL, .level2 = NULL, .name = "宣传册数量",
    .comparator = GE, .target_value = "2000", .target_unit = "份", .target_text = "≥2000份",
    .actual_value = NULL, .actual_text = NULL, .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/lines/byte-order-mark-and-spaces",
    .text = "\xEF\xBB\xBF  培训场次 \u3000\t ≥20场 \n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = NULL, .name = "培训场次",
    .comparator = GE, .target_value = "20", .target_unit = "场", .target_text = "≥20场",
    .actual_value = NULL, .actual_text = NULL, .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/merged/levels-come-from-above",
    .text = HEADER8
            "产出指标\t数量指标\t认定数量\t≥4个\t8个\t10\t\t\n"
            "\t质量指标\t验收合格率\t≥95%\t96%\t10\t\t\n"
            "\t\t资料完整率\t100%\t100%\t10\t\t\n",
    .n_indicators = 3, .index = 2,
    .level1 = "产出指标", .level2 = "质量指标", .name = "资料完整率",
    .comparator = GE, .target_value = "100", .target_unit = "%", .target_text = "100%",
    .actual_value = "100", .actual_text = "100%", .weight = 1000, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/merged/new-level1-starts-level2-afresh",
    .text = "产出指标\t数量指标\t认定数量\t≥4个\t8个\t10\n"
            "满意度指标\t\t服务对象满意度\t≥90%\t95%\t10\n",
    .n_indicators = 2, .index = 1,
    .level1 = "满意度指标", .level2 = NULL, .name = "服务对象满意度",
    .comparator = GE, .target_value = "90", .target_unit = "%", .target_text = "≥90%",
    .actual_value = "95", .actual_text = "95%", .weight = 1000, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/merged/category-and-total-rows-are-no-indicators",
    .text = HEADER8
            "产出指标\t\t\t\t\t50\t48\t\n"
            "\t数量指标\t认定数量\t≥4个\t8个\t50\t\t\n"
            "合  计\t\t\t\t\t100\t95\t\n",
    .n_indicators = 1,
    .level1 = "产出指标", .level2 = "数量指标", .name = "认定数量",
    .comparator = GE, .target_value = "4", .target_unit = "个", .target_text = "≥4个",
    .actual_value = "8", .actual_text = "8个", .weight = 5000, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/numbers/full-width",
    .text = "满意度\t９０％\t９５％\t１０\n"
            "资金规模\t４０００万元\t４，０００万元\t１０分\n",
    .n_indicators = 2, .index = 1,
    .level1 = NULL, .level2 = NULL, .name = "资金规模",
    .comparator = GE, .target_value = "4000", .target_unit = "万元", .target_text = "４０００万元",
    .actual_value = "4000", .actual_text = "４，０００万元", .weight = 1000, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/numbers/group-separators-and-points",
    .text = "融资金额\t不低于1,508.4万元\t1.5084亿元\t12.5分\n",
    .n_indicators = 1,
    .level1 = NULL, .level2 = NULL, .name = "融资金额",
    .comparator = GE, .target_value = "1508.4", .target_unit = "万元", .target_text = "不低于1,508.4万元",
    .actual_value = "15084", .actual_text = "1.5084亿元", .weight = 1250, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/unreadable/weight-is-reported-and-the-row-kept",
    .text = "三级指标\t年度指标值\t分值\n"
            "培训场次\t≥20场\t5\n"
            "宣传册数量\t≥2000份\tten\n",
    .n_indicators = 2, .index = 1,
    .n_problems = 1, .problem = "Row 3, 分值: “ten” is not a number", .problem_row = 3, .problem_column = 3,
    .level1 = NULL, .level2 = NULL, .name = "宣传册数量",
    .comparator = GE, .target_value = "2000", .target_unit = "份", .target_text = "≥2000份",
    .actual_value = NULL, .actual_text = NULL, .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/unreadable/misplaced-separator-in-weight",
    .text = "培训场次\t≥20场\t\t1,0\n",
    .n_indicators = 1, .n_problems = 1, .problem = "Row 1, Weight:", .problem_row = 1, .problem_column = 4,
    .level1 = NULL, .level2 = NULL, .name = "培训场次",
    .comparator = GE, .target_value = "20", .target_unit = "场", .target_text = "≥20场",
    .actual_value = NULL, .actual_text = NULL, .weight = JX_UNSET, .score_override = JX_UNSET,
  },
  {
    .path = "/indicator-paste/unreadable/target-words-are-a-qualitative-target",
    .text = HEADER8
            "投入管理指标\t预算和财务管理\t预决算信息公开性\t按时公开\t已按时公开\t5\t4.5\t\n",
    .n_indicators = 1,
    .level1 = "投入管理指标", .level2 = "预算和财务管理", .name = "预决算信息公开性",
    .comparator = QUAL, .target_value = NULL, .target_unit = NULL, .target_text = "按时公开",
    .actual_value = NULL, .actual_text = "已按时公开", .weight = 500,
    /* the evaluator's score of a qualitative target is kept */
    .score_override = 450,
  },
  {
    .path = "/indicator-paste/unreadable/row-without-name-is-reported",
    .text = "三级指标\t指标值\n"
            "培训场次\t≥20场\n"
            "\t≥5个\n",
    .n_indicators = 1, .n_problems = 1, .problem = "Row 3", .problem_row = 3, .problem_column = 1,
    .name = "培训场次", .comparator = GE, .target_value = "20", .target_unit = "场",
    .target_text = "≥20场", .weight = JX_UNSET, .score_override = JX_UNSET,
    .level1 = ANY, .level2 = ANY, .actual_value = ANY, .actual_text = ANY,
  },
  {
    .path = "/indicator-paste/no-header/extra-columns-are-reported",
    .text = "产出指标\t数量指标\t认定数量\t≥4个\t8个\t10\t\t\t附件1\n",
    .n_indicators = 1, .n_problems = 1, .problem = "Column 9", .problem_column = 9,
    .level1 = "产出指标", .level2 = "数量指标", .name = "认定数量",
    .comparator = GE, .target_value = "4", .target_unit = "个", .target_text = "≥4个",
    .actual_value = "8", .actual_text = "8个", .weight = 1000, .score_override = JX_UNSET,
  },

  /* Refused */
  { .path = "/indicator-paste/refused/empty-text", .text = "", .refused = TRUE, .error = JX_INDICATOR_PASTE_ERROR_EMPTY },
  { .path = "/indicator-paste/refused/white-space", .text = " \t\r\n\u3000\n", .refused = TRUE, .error = JX_INDICATOR_PASTE_ERROR_EMPTY },
  { .path = "/indicator-paste/refused/only-a-header", .text = HEADER8, .refused = TRUE, .error = JX_INDICATOR_PASTE_ERROR_NO_ROWS },
  { .path = "/indicator-paste/refused/header-without-names", .text = "一级指标\t分值\n产出指标\t50\n",
    .refused = TRUE, .error = JX_INDICATOR_PASTE_ERROR_NO_NAMES },
  { .path = "/indicator-paste/refused/not-utf8", .text = "\xD6\xB8\xB1\xEA\t90\n", .refused = TRUE, .error = JX_INDICATOR_PASTE_ERROR_INVALID },
};

static void
assert_text (const char *actual,
             const char *expected)
{
  if (expected != NULL && strcmp (expected, ANY) == 0)
    return;

  g_assert_cmpstr (actual, ==, expected);
}

static void
test_paste_case (gconstpointer data)
{
  const PasteCase *c = data;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  JxIndicator *indicator;
  gboolean ok;

  ok = jx_indicator_paste_parse (c->text, &indicators, &problems, &error);

  if (c->refused)
    {
      g_assert_error (error, JX_INDICATOR_PASTE_ERROR, (int) c->error);
      g_assert_false (ok);
      g_assert_null (indicators);
      g_assert_null (problems);
      return;
    }

  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (indicators->len, ==, c->n_indicators);

  for (guint i = 0; i < problems->len; i++)
    g_test_message ("problem: %s", ((JxIndicatorPasteProblem *) g_ptr_array_index (problems, i))->message);
  g_assert_cmpuint (problems->len, ==, c->n_problems);
  if (c->n_problems > 0)
    {
      JxIndicatorPasteProblem *problem = g_ptr_array_index (problems, 0);

      g_assert_nonnull (strstr (problem->message, c->problem));
      g_assert_cmpuint (problem->row, ==, c->problem_row);
      g_assert_cmpuint (problem->column, ==, c->problem_column);
    }

  indicator = g_ptr_array_index (indicators, c->index);
  assert_text (jx_indicator_get_level1 (indicator), c->level1);
  assert_text (jx_indicator_get_level2 (indicator), c->level2);
  assert_text (jx_indicator_get_name (indicator), c->name);
  g_assert_cmpint (jx_indicator_get_comparator (indicator), ==, c->comparator);
  assert_text (jx_indicator_get_target_value (indicator), c->target_value);
  assert_text (jx_indicator_get_target_unit (indicator), c->target_unit);
  assert_text (jx_indicator_get_target_text (indicator), c->target_text);
  assert_text (jx_indicator_get_actual_value (indicator), c->actual_value);
  assert_text (jx_indicator_get_actual_text (indicator), c->actual_text);
  g_assert_cmpint (jx_indicator_get_weight (indicator), ==, c->weight);
  g_assert_cmpint (jx_indicator_get_score_override (indicator), ==, c->score_override);
  assert_text (jx_indicator_get_deviation_reason (indicator), c->deviation_reason);
}

/* Every row of a large table is read, and one row more than the cap is
 * refused before anything is read. */
static void
test_refuses_too_many_rows (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < JX_INDICATOR_PASTE_MAX_ROWS; i++)
    g_string_append_printf (text, "指标%u\t≥%u个\n", i, i);

  g_assert_true (jx_indicator_paste_parse (text->str, &indicators, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (indicators->len, ==, JX_INDICATOR_PASTE_MAX_ROWS);
  g_assert_cmpstr (jx_indicator_get_target_value (g_ptr_array_index (indicators, 9999)), ==, "9999");
  g_clear_pointer (&indicators, g_ptr_array_unref);
  g_clear_pointer (&problems, g_ptr_array_unref);

  g_string_append (text, "one too many\t≥1个");
  g_assert_false (jx_indicator_paste_parse (text->str, &indicators, &problems, &error));
  g_assert_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "10000"));
  g_assert_null (indicators);
}

static void
test_refuses_too_many_bytes (void)
{
  gsize size = JX_INDICATOR_PASTE_MAX_BYTES + 1;
  g_autofree char *text = g_malloc (size + 1);
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  /* One absurdly long cell. */
  memset (text, 'x', size);
  text[size] = '\0';

  g_assert_false (jx_indicator_paste_parse (text, &indicators, NULL, &error));
  g_assert_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_TOO_LARGE);
  g_assert_null (indicators);
}

/* The problems are optional; the indicators are new, not stored. */
static void
test_problems_are_optional (void)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_indicator_paste_parse ("培训场次\t≥20场\t\tten\n", &indicators, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (indicators->len, ==, 1);
  g_assert_cmpint (jx_record_get_id (g_ptr_array_index (indicators, 0)), <=, 0);
}

/* Found by tests/fuzz: a header whose first cells are empty (the table
 * was copied from its second column) still reads, and keeps no memory. */
static void
test_header_may_start_with_empty_cells (void)
{
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (jx_indicator_paste_parse ("\t三级指标\t年度指标值\n\t培训场次\t≥20场\n",
                                           &indicators, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (indicators->len, ==, 1);
  g_assert_cmpstr (jx_indicator_get_name (g_ptr_array_index (indicators, 0)), ==, "培训场次");
  g_assert_cmpstr (jx_indicator_get_target_value (g_ptr_array_index (indicators, 0)), ==, "20");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paste_cases); i++)
    g_test_add_data_func (paste_cases[i].path, &paste_cases[i], test_paste_case);

  g_test_add_func ("/indicator-paste/refused/too-many-rows", test_refuses_too_many_rows);
  g_test_add_func ("/indicator-paste/refused/too-many-bytes", test_refuses_too_many_bytes);
  g_test_add_func ("/indicator-paste/problems-are-optional", test_problems_are_optional);
  g_test_add_func ("/indicator-paste/header-may-start-with-empty-cells", test_header_may_start_with_empty_cells);

  return g_test_run ();
}
