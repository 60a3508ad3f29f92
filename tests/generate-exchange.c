/* generate-exchange.c: synthetic exchange files of a province's size, for
 * the benchmarks
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes an exchange file (the format of jixiao-cli export) with as many
 * departments, years, projects and indicators as asked, with Chinese
 * names, amounts in 万元 and targets of every comparator, the same file
 * for the same arguments.  It streams the text out as it goes: a file of
 * 1,500,000 indicators never is in memory whole.
 *
 *   generate-exchange --departments 1000 --projects 100 --indicators 15 -o province.json
 */
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

static const char * const cities[] = {
  "兰州", "新乡", "石家庄", "衡阳", "洛阳", "开封", "安阳", "南阳", "襄阳", "宜昌",
  "岳阳", "常德", "株洲", "湘潭", "邯郸", "保定", "唐山", "廊坊", "天水", "张掖",
};

static const char * const bureaus[] = {
  "科学技术局", "财政局", "教育局", "农业农村局", "卫生健康委员会",
  "交通运输局", "自然资源局", "生态环境局", "工业和信息化局", "商务局",
};

static const char * const project_stems[] = {
  "高新技术企业认定奖励", "科技创新平台资助", "科技型中小企业贷款贴息", "科技计划项目",
  "创新型孵化器建设扶持资金", "科技成果转化配套资金", "企业研发费用补贴", "科技人才培训",
  "科技金融服务平台运营", "重点实验室建设",
};

typedef struct {
  const char *level1;
  const char *level2;
  const char *name;
  const char *comparator;
  const char *unit;
  int         target;     /* in the unit; a rate in % */
  int         weight;     /* in points */
} IndicatorKind;

static const IndicatorKind indicator_kinds[] = {
  { "产出指标", "数量指标", "认定企业数量", "ge", "家", 300, 20 },
  { "产出指标", "数量指标", "培训人次", "ge", "人次", 2000, 10 },
  { "产出指标", "质量指标", "项目验收合格率", "ge", "%", 95, 10 },
  { "产出指标", "时效指标", "资金拨付时间", "le", "天", 360, 5 },
  { "产出指标", "成本指标", "超预算金额", "le", "万元", 5, 5 },
  { "效益指标", "经济效益指标", "带动企业研发投入", "ge", "万元", 5000, 10 },
  { "效益指标", "社会效益指标", "新增就业人数", "ge", "人", 150, 10 },
  { "效益指标", "可持续影响指标", "创新能力提升", "qualitative", NULL, 0, 10 },
  { "满意度指标", "服务对象满意度指标", "服务对象满意度", "ge", "%", 90, 10 },
  { "成本指标", "经济成本指标", "单位服务成本", "lt", "万元", 10, 0 },
};

/* A small, fast generator: the same numbers for the same seed. */
static guint64 state = 0x9E3779B97F4A7C15u;

static guint32
next_random (void)
{
  state ^= state << 13;
  state ^= state >> 7;
  state ^= state << 17;
  return (guint32) (state >> 16);
}

static guint32
random_below (guint32 bound)
{
  return next_random () % bound;
}

/* Writes fen as a 万元 decimal string. */
static void
append_wan (GString *out,
            gint64   fen)
{
  g_string_append_printf (out, "\"%" G_GINT64_FORMAT ".%06" G_GINT64_FORMAT "\"",
                          fen / 1000000, fen % 1000000);
}

static void
flush_if_full (GString *out,
               FILE    *file)
{
  if (out->len < 1 << 20)
    return;
  if (fwrite (out->str, 1, out->len, file) != out->len)
    {
      perror ("generate-exchange");
      exit (1);
    }
  g_string_truncate (out, 0);
}

static void
append_indicator (GString *out,
                  guint    number)
{
  const IndicatorKind *kind = &indicator_kinds[number % G_N_ELEMENTS (indicator_kinds)];

  g_string_append_printf (out, "{\"level1\":\"%s\",\"level2\":\"%s\",\"name\":\"%s%u\"",
                          kind->level1, kind->level2, kind->name, number + 1);
  if (g_str_equal (kind->comparator, "qualitative"))
    g_string_append (out, ",\"comparator\":\"qualitative\",\"target_text\":\"明显提升\","
                          "\"actual_text\":\"有所提升\",\"assessment\":\"achieved\"");
  else
    {
      /* Between 60% and 140% of the target. */
      int actual = kind->target * (60 + (int) random_below (81)) / 100;

      g_string_append_printf (out, ",\"comparator\":\"%s\",\"target_value\":\"%d\",\"target_unit\":\"%s\","
                                   "\"actual_value\":\"%d\"",
                              kind->comparator, kind->target, kind->unit, actual);
    }
  if (kind->weight > 0)
    g_string_append_printf (out, ",\"weight\":\"%d\"", kind->weight);
  g_string_append_c (out, '}');
}

/* Appends a project; adds its budget and spending to the year's. */
static void
append_project (GString *out,
                guint    number,
                guint    n_indicators,
                gint64  *year_budget,
                gint64  *year_actual)
{
  gint64 budget = (gint64) (1 + random_below (5000)) * 1000000;   /* 1 to 5000 万元 */
  gint64 actual = budget / 1000 * (700 + random_below (301));

  *year_budget += budget;
  *year_actual += actual;

  g_string_append_printf (out, "{\"name\":\"%s项目%u\",\"kind\":\"local\",\"funding\":[{\"source\":\"appropriation\",\"initial\":",
                          project_stems[number % G_N_ELEMENTS (project_stems)], number + 1);
  append_wan (out, budget);
  g_string_append (out, ",\"adjusted\":");
  append_wan (out, budget);
  g_string_append (out, ",\"actual\":");
  append_wan (out, actual);
  g_string_append (out, "}],\"indicators\":[");
  for (guint i = 0; i < n_indicators; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      append_indicator (out, i);
    }
  g_string_append (out, "]}");
}

int
main (int    argc,
      char **argv)
{
  int n_departments = 10;
  int n_years = 1;
  int n_projects = 10;
  int n_indicators = 15;
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new ("— write a synthetic exchange file");
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_sized_new (2 << 20);
  GOptionEntry entries[] = {
    { "departments", 0, 0, G_OPTION_ARG_INT, &n_departments, "Departments (10)", "N" },
    { "years", 0, 0, G_OPTION_ARG_INT, &n_years, "Years of each department (1)", "N" },
    { "projects", 0, 0, G_OPTION_ARG_INT, &n_projects, "Projects of each year (10)", "N" },
    { "indicators", 0, 0, G_OPTION_ARG_INT, &n_indicators, "Indicators of each project (15)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE", "FILE" },
    { NULL }
  };
  FILE *file;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || output == NULL ||
      n_departments < 1 || n_years < 1 || n_projects < 0 || n_indicators < 0 ||
      n_departments > 100000 || n_years > 50 || n_projects > 100000 || n_indicators > 1000)
    {
      fprintf (stderr, "generate-exchange: %s\n", error != NULL ? error->message : "give -o FILE and sizes in range");
      return 2;
    }

  file = fopen (output, "wb");
  if (file == NULL)
    {
      perror (output);
      return 1;
    }

  g_string_append (out, "{\"format\":\"jixiao\",\"version\":2,\"generator\":\"generate-exchange\",\"departments\":[");
  for (int d = 0; d < n_departments; d++)
    {
      g_string_append_printf (out, "%s{\"name\":\"%s市%s%d\",\"code\":\"%06d\",\"years\":[",
                              d > 0 ? "," : "", cities[d % G_N_ELEMENTS (cities)],
                              bureaus[(d / G_N_ELEMENTS (cities)) % G_N_ELEMENTS (bureaus)], d + 1, d + 1);
      for (int y = 0; y < n_years; y++)
        {
          gint64 budget = 0;
          gint64 actual = 0;

          g_string_append_printf (out, "%s{\"year\":%d,\"goals\":\"完成年度绩效目标\",\"projects\":[",
                                  y > 0 ? "," : "", 2024 - n_years + 1 + y);
          for (int p = 0; p < n_projects; p++)
            {
              if (p > 0)
                g_string_append_c (out, ',');
              append_project (out, (guint) p, (guint) n_indicators, &budget, &actual);
              flush_if_full (out, file);
            }
          /* The year's totals follow its projects: the sums are known then. */
          g_string_append (out, "],\"adjusted_total\":");
          append_wan (out, budget);
          g_string_append (out, ",\"actual_total\":");
          append_wan (out, actual);
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}");
    }
  g_string_append (out, "]}\n");

  if (fwrite (out->str, 1, out->len, file) != out->len || fclose (file) != 0)
    {
      perror (output);
      return 1;
    }

  return 0;
}
