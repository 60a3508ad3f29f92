/* test-charts.c: charts draw what their data say, readably, into images,
 * SVG and PDF
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include "jixiao-charts.h"
#include "test-utils.h"

static void
test_axis_steps_are_1_2_5 (void)
{
  static const struct { double range; guint ticks; double step; } cases[] = {
    { 100, 5, 20 }, { 100, 10, 10 }, { 1.2, 6, 0.2 }, { 2201, 6, 500 }, { 7, 5, 2 },
    { 0.3, 3, 0.1 }, { 14353.92, 6, 5000 }, { 1, 1, 1 }, { 49, 5, 10 }, { 51, 5, 20 },
  };
  double step;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      double found = jx_chart_axis_nice_step (cases[i].range, cases[i].ticks);
      double mantissa = found / pow (10, floor (log10 (found)));

      g_test_message ("range %g, %u ticks", cases[i].range, cases[i].ticks);
      g_assert_cmpfloat_with_epsilon (found, cases[i].step, cases[i].step * 1e-9);
      g_assert_true (fabs (mantissa - 1) < 1e-9 || fabs (mantissa - 2) < 1e-9 || fabs (mantissa - 5) < 1e-9);
    }

  /* 656 / 6 ticks wants steps over 109: 200, ending at 800. */
  g_assert_cmpfloat_with_epsilon (jx_chart_axis_nice_max (656, 6, &step), 800, 1e-9);
  g_assert_cmpfloat_with_epsilon (step, 200, 1e-9);
}

static void
test_axis_labels (void)
{
  static const struct { double value; double step; gboolean percent; const char *text; } cases[] = {
    { 1.2, 0.2, TRUE, "120%" }, { 0.9, 0.1, TRUE, "90%" }, { 2500, 500, FALSE, "2,500" },
    { 0.5, 0.1, FALSE, "0.5" }, { 0, 20, FALSE, "0" }, { 1000000, 200000, FALSE, "1,000,000" },
    { 0.25, 0.05, FALSE, "0.25" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = jx_chart_axis_format (cases[i].value, cases[i].step, cases[i].percent);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

typedef struct {
  char        *dir;
  JxStore     *store;
  GPtrArray   *departments;   /* JxDepartment, loaded */
  GPtrArray   *scores;        /* JxYearScore, one per department */
} Samples;

static void
samples_set_up (Samples       *samples,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  samples->dir = jx_test_make_dir ();
  samples->store = jx_test_open_samples (samples->dir);
  samples->departments = jx_store_list_departments (samples->store, &error);
  samples->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_year_score_free);

  for (guint i = 0; i < samples->departments->len; i++)
    {
      JxDepartment *department = g_ptr_array_index (samples->departments, i);
      JxDepartmentYear *year;
      g_autoptr(JxScoringProfile) profile = NULL;

      g_assert_true (jx_store_load_children (samples->store, JX_RECORD (department), TRUE, &error));
      year = g_ptr_array_index (jx_department_get_years (department), 0);
      profile = jx_year_score_load_profile (samples->store, year, &error);
      g_ptr_array_add (samples->scores, jx_year_score_new (profile, year));
    }
}

static void
samples_tear_down (Samples       *samples,
                   gconstpointer  data)
{
  g_clear_pointer (&samples->scores, g_ptr_array_unref);
  g_clear_pointer (&samples->departments, g_ptr_array_unref);
  g_clear_object (&samples->store);
  jx_test_remove_dir (samples->dir);
  g_free (samples->dir);
}

static JxYearScore *
score_of (Samples    *samples,
          const char *name)
{
  for (guint i = 0; i < samples->departments->len; i++)
    if (g_str_equal (jx_department_get_name (g_ptr_array_index (samples->departments, i)), name))
      return g_ptr_array_index (samples->scores, i);

  g_assert_not_reached ();
}

/* Renders @data at @width × @height points, one pixel a point. */
static cairo_surface_t *
render (const JxChartData  *data,
        const JxChartStyle *style,
        int                 width,
        int                 height,
        GArray             *hits)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  jx_chart_render (cr, data, style, width, height, hits);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static gboolean
pixel_is (cairo_surface_t *surface,
          int              x,
          int              y,
          const JxColor   *color)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  guint32 pixel = ((const guint32 *) row)[x];
  int red = (pixel >> 16) & 0xff;
  int green = (pixel >> 8) & 0xff;
  int blue = pixel & 0xff;

  return abs (red - (int) lround (color->red * 255)) <= 2 &&
         abs (green - (int) lround (color->green * 255)) <= 2 &&
         abs (blue - (int) lround (color->blue * 255)) <= 2;
}

/* The length of the run of @color along the middle of @hit. */
static int
bar_length (cairo_surface_t  *surface,
            const JxChartHit *hit,
            double            y_fraction,
            const JxColor    *color)
{
  int y = (int) (hit->y + hit->height * y_fraction);
  int first = -1;
  int last = -1;

  for (int x = (int) hit->x; x < (int) (hit->x + hit->width); x++)
    if (pixel_is (surface, x, y, color))
      {
        if (first < 0)
          first = x;
        last = x;
      }

  return first < 0 ? 0 : last - first + 1;
}

static const JxChartHit *
hit_of (GArray *hits,
        guint   item)
{
  for (guint i = 0; i < hits->len; i++)
    if (g_array_index (hits, JxChartHit, i).item == item)
      return &g_array_index (hits, JxChartHit, i);

  g_assert_not_reached ();
}

static guint
find_item (const JxChartData *data,
           const char        *label)
{
  for (guint i = 0; i < data->items->len; i++)
    if (g_str_equal (((JxChartItem *) g_ptr_array_index (data->items, i))->label, label))
      return i;

  g_assert_not_reached ();
}

static void
test_bars_are_as_long_as_the_values (Samples       *samples,
                                     gconstpointer  unused)
{
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autoptr(JxChartData) data = jx_chart_builder_for_year (JX_CHART_KIND_BUDGET_ACTUAL,
                                                           score_of (samples, "兰州新区科技局"),
                                                           "兰州新区科技局");
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
  cairo_surface_t *surface = render (data, style, 1000, 700, hits);
  int rent = bar_length (surface, hit_of (hits, find_item (data, "新区孵化大厦租赁费")), 0.3, &style->series[0]);
  int management = bar_length (surface, hit_of (hits, find_item (data, "新区孵化大厦运营管理费")), 0.3, &style->series[0]);
  int cars = bar_length (surface, hit_of (hits, find_item (data, "车辆租赁费")), 0.3, &style->series[0]);

  /* Budgets 4921, 1600 and 3.88 万元: sorted largest first, in proportion. */
  g_assert_cmpuint (find_item (data, "新区孵化大厦租赁费"), ==, 0);
  g_assert_cmpint (rent, >, 300);
  g_assert_cmpfloat_with_epsilon ((double) management / rent, 1600.0 / 4921.0, 0.01);
  g_assert_cmpint (cars, <=, 2);

  cairo_surface_destroy (surface);
}

static void
test_execution_pairs_colour_with_mark (Samples       *samples,
                                       gconstpointer  unused)
{
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autoptr(JxChartData) data = jx_chart_builder_for_year (JX_CHART_KIND_EXECUTION,
                                                           score_of (samples, "兰州新区科技局"),
                                                           "兰州新区科技局");
  g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
  guint cars = find_item (data, "车辆租赁费");
  JxChartItem *item = g_ptr_array_index (data->items, cars);
  cairo_surface_t *surface = render (data, style, 900, 500, hits);
  int cars_length;
  int full_length;

  /* 87.37%: below 90%, red and marked ✗; sorted last of the nine. */
  g_assert_cmpint (item->status, ==, JX_CHART_STATUS_BAD);
  g_assert_cmpstr (item->value_text, ==, "87.37%");
  g_assert_cmpuint (cars, ==, data->items->len - 1);
  g_assert_nonnull (data->status_labels[JX_CHART_STATUS_BAD]);
  g_assert_cmpstr (jx_chart_status_get_mark (JX_CHART_STATUS_BAD), ==, "✗");

  cars_length = bar_length (surface, hit_of (hits, cars), 0.5, &style->status[JX_CHART_STATUS_BAD]);
  full_length = bar_length (surface, hit_of (hits, 0), 0.5, &style->status[JX_CHART_STATUS_GOOD]);
  g_assert_cmpint (full_length, >, 200);
  g_assert_cmpfloat_with_epsilon ((double) cars_length / full_length, 0.8737, 0.015);

  cairo_surface_destroy (surface);
}

static const JxChartItem *
item_at (const JxChartData *data,
         guint              index)
{
  g_assert_cmpuint (index, <, data->items->len);
  return g_ptr_array_index (data->items, index);
}

/* The leadership's charts: each department's year side by side, sorted,
 * each item a click away from its year. */
static void
test_departments_side_by_side (Samples       *samples,
                               gconstpointer  unused)
{
  static const char * const names[] = { "新乡市科学技术局", "衡阳市科学技术局", "石家庄高新区科技局" };
  JxYearScore *shijiazhuang = score_of (samples, "石家庄高新区科技局");
  gint64 shijiazhuang_id = jx_record_get_id (JX_RECORD (shijiazhuang->year));
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autoptr(GPtrArray) scores = g_ptr_array_new ();
  g_autoptr(GPtrArray) departments = g_ptr_array_new ();
  g_autoptr(JxChartData) execution = NULL;
  g_autoptr(JxChartData) score = NULL;
  JxChartData *charts[2];

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_ptr_array_add (scores, score_of (samples, names[i]));
      g_ptr_array_add (departments, (gpointer) names[i]);
    }

  /* Only 石家庄 has both amounts: 99.97%, first; the others keep their
   * order, without a rate or a status. */
  execution = jx_chart_builder_departments_execution (scores, departments, 2021);
  g_assert_cmpint (execution->kind, ==, JX_CHART_KIND_EXECUTION);
  g_assert_cmpstr (execution->subtitle, ==, "2021");
  g_assert_cmpuint (execution->items->len, ==, 3);
  g_assert_cmpstr (item_at (execution, 0)->label, ==, "石家庄高新区科技局");
  g_assert_cmpstr (item_at (execution, 0)->value_text, ==, "99.97%");
  g_assert_cmpfloat_with_epsilon (item_at (execution, 0)->values[0], 39720.0 / 39732.0, 1e-6);
  g_assert_cmpint (item_at (execution, 0)->status, ==, JX_CHART_STATUS_GOOD);
  g_assert_cmpint (item_at (execution, 0)->record_id, ==, shijiazhuang_id);
  g_assert_cmpstr (item_at (execution, 1)->label, ==, "新乡市科学技术局");
  g_assert_cmpstr (item_at (execution, 2)->label, ==, "衡阳市科学技术局");
  g_assert_true (isnan (item_at (execution, 2)->values[0]));
  g_assert_cmpint (item_at (execution, 2)->status, ==, JX_CHART_STATUS_NONE);
  g_assert_cmpint (item_at (execution, 2)->record_id, ==,
                   jx_record_get_id (JX_RECORD (score_of (samples, "衡阳市科学技术局")->year)));

  /* 石家庄 has its 10 execution points of 10 and no indicator points of
   * the other 90: scored, if incomplete, so before the unscored two. */
  score = jx_chart_builder_departments_score (scores, departments, 2021);
  g_assert_cmpint (score->kind, ==, JX_CHART_KIND_SCORE);
  g_assert_cmpuint (score->n_series, ==, 2);
  g_assert_cmpuint (score->items->len, ==, 3);
  g_assert_cmpstr (item_at (score, 0)->label, ==, "石家庄高新区科技局");
  g_assert_cmpfloat (item_at (score, 0)->values[0], ==, 10);
  g_assert_cmpfloat (item_at (score, 0)->limits[0], ==, 10);
  g_assert_cmpfloat (item_at (score, 0)->values[1], ==, 0);
  g_assert_cmpfloat (item_at (score, 0)->limits[1], ==, 90);
  g_assert_cmpstr (item_at (score, 0)->value_text, ==, "10.00 (incomplete)");
  g_assert_cmpint (item_at (score, 0)->record_id, ==, shijiazhuang_id);
  g_assert_cmpstr (item_at (score, 1)->label, ==, "新乡市科学技术局");
  g_assert_cmpstr (item_at (score, 1)->value_text, ==, "—");
  g_assert_true (isnan (item_at (score, 1)->values[0]));
  g_assert_cmpstr (item_at (score, 2)->label, ==, "衡阳市科学技术局");

  /* Both draw every department. */
  charts[0] = execution;
  charts[1] = score;
  for (guint c = 0; c < G_N_ELEMENTS (charts); c++)
    {
      g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
      cairo_surface_t *surface = render (charts[c], style, 900, 500, hits);

      g_assert_cmpuint (hits->len, ==, 3);
      cairo_surface_destroy (surface);
    }
}

static GPtrArray *
all_charts (Samples *samples)
{
  GPtrArray *charts = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_chart_data_free);
  static const JxChartKind year_kinds[] = {
    JX_CHART_KIND_EXECUTION, JX_CHART_KIND_BUDGET_ACTUAL, JX_CHART_KIND_ATTAINMENT, JX_CHART_KIND_SCORE,
  };
  JxYearScore *hengyang = score_of (samples, "衡阳市科学技术局");
  JxYearScore *shijiazhuang = score_of (samples, "石家庄高新区科技局");
  g_autoptr(GPtrArray) trend = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (year_kinds); i++)
    g_ptr_array_add (charts, jx_chart_builder_for_year (year_kinds[i], shijiazhuang, "石家庄高新区科技局"));
  /* 衡阳 gives its expenditure by economic class; 石家庄 only totals. */
  g_ptr_array_add (charts, jx_chart_builder_for_year (JX_CHART_KIND_STRUCTURE, hengyang, "衡阳市科学技术局"));
  g_ptr_array_add (charts, jx_chart_builder_allocation (g_ptr_array_index (jx_department_year_get_projects (hengyang->year), 0),
                                                        "衡阳市科学技术局", 2021));
  g_ptr_array_add (trend, shijiazhuang);
  g_ptr_array_add (charts, jx_chart_builder_trend ("石家庄高新区科技局", trend));
  g_ptr_array_add (charts, jx_chart_builder_monitoring (shijiazhuang, "石家庄高新区科技局", 6));

  return charts;
}

/* Every kind draws something, with a hit for every item it shows, in the
 * light and the dark style. */
static void
test_every_kind_draws (Samples       *samples,
                       gconstpointer  unused)
{
  g_autoptr(GPtrArray) charts = all_charts (samples);
  g_autoptr(JxChartStyle) print = jx_chart_style_new_print ();
  g_autoptr(JxChartStyle) screen = jx_chart_style_new_screen (TRUE);
  const JxChartStyle *styles[] = { print, screen };

  g_assert_cmpuint (charts->len, ==, JX_CHART_N_KINDS);

  for (guint i = 0; i < charts->len; i++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      {
        JxChartData *data = g_ptr_array_index (charts, i);
        g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
        int height = (int) MAX (600, jx_chart_get_natural_height (data, styles[s], 900));
        cairo_surface_t *surface = render (data, styles[s], 900, height, hits);
        guint n_drawn = 0;

        g_test_message ("%s, %s", jx_chart_kind_to_string (data->kind), styles[s]->dark ? "dark" : "light");
        g_assert_cmpuint (data->items->len, >, 0);
        g_assert_cmpuint (hits->len, ==, data->items->len);

        /* The corner is the background; some pixels are not. */
        g_assert_true (pixel_is (surface, 1, 1, &styles[s]->background));
        for (int y = 0; y < height; y += 3)
          for (int x = 0; x < 900; x += 3)
            if (!pixel_is (surface, x, y, &styles[s]->background))
              n_drawn++;
        g_assert_cmpuint (n_drawn, >, 200);

        cairo_surface_destroy (surface);
      }
}

static JxChartData *
many_projects (guint n)
{
  JxChartData *data = jx_chart_data_new (JX_CHART_KIND_EXECUTION, "预算执行率", "某省 · 2021", "%");

  jx_chart_data_add_series (data, "执行率");
  jx_chart_data_add_reference (data, 1.0);
  jx_chart_data_add_reference (data, 0.9);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *label = g_strdup_printf ("第%u个科技计划项目（很长的名称会被省略显示）", i + 1);
      JxChartItem *item = jx_chart_data_add_item (data, label);

      item->values[0] = 0.5 + (i % 60) / 100.0;
      item->value_text = g_strdup_printf ("%.2f%%", item->values[0] * 100);
      item->status = item->values[0] >= 0.9 ? JX_CHART_STATUS_GOOD : JX_CHART_STATUS_BAD;
    }

  return data;
}

/* From 480 × 320 to 3000 × 2000, rows never overlap, stay inside the
 * chart, and keep a readable height: 500 rows make the chart grow. */
static void
test_rows_never_overlap_at_any_size (void)
{
  static const struct { int width; int height; } sizes[] = {
    { 480, 320 }, { 720, 450 }, { 1280, 800 }, { 3000, 2000 },
  };
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  guint counts[] = { 1, 9, 60, 500 };

  for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(JxChartData) data = many_projects (counts[c]);
        g_autoptr(GArray) hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
        double natural = jx_chart_get_natural_height (data, style, sizes[s].width);
        int height = (int) MAX (sizes[s].height, natural);
        cairo_surface_t *surface = render (data, style, sizes[s].width, height, hits);

        g_test_message ("%u rows at %d × %d", counts[c], sizes[s].width, sizes[s].height);
        g_assert_cmpuint (hits->len, ==, counts[c]);
        for (guint i = 0; i < hits->len; i++)
          {
            const JxChartHit *hit = &g_array_index (hits, JxChartHit, i);

            g_assert_cmpfloat (hit->height, >=, style->font_size * 1.9 - 1e-6);
            g_assert_cmpfloat (hit->y + hit->height, <=, height + 1e-6);
            g_assert_cmpfloat (hit->x + hit->width, <=, sizes[s].width + 1e-6);
            if (i > 0)
              g_assert_cmpfloat (hit->y, >=, g_array_index (hits, JxChartHit, i - 1).y +
                                             g_array_index (hits, JxChartHit, i - 1).height - 1e-6);
          }

        cairo_surface_destroy (surface);
      }
}

static char *
run_pdftotext (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  int status;

  if (program == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return NULL;
    }

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return text;
}

static void
test_exports_keep_text (Samples       *samples,
                        gconstpointer  unused)
{
  g_autoptr(GPtrArray) charts = all_charts (samples);
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autofree char *png = g_build_filename (samples->dir, "execution.png", NULL);
  g_autofree char *svg = g_build_filename (samples->dir, "execution.svg", NULL);
  g_autofree char *pdf = g_build_filename (samples->dir, "all.pdf", NULL);
  g_autofree char *svg_text = NULL;
  g_autofree char *pdf_text = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;

  g_ptr_array_add (one, g_ptr_array_index (charts, 0));

  /* 720 × 450 points at 144 dpi: 1440 × 900 pixels. */
  g_assert_true (jx_chart_export (one, style, png, 720, 450, 144, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1440);
  g_assert_cmpint (cairo_image_surface_get_height (image), >=, 900);
  cairo_surface_destroy (image);

  g_assert_true (jx_chart_export (one, style, svg, 720, 450, 96, &error));
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<text"));
  g_assert_nonnull (strstr (svg_text, "科学技术奖奖励项目"));
  g_assert_nonnull (strstr (svg_text, "石家庄高新区科技局"));

  /* All kinds in one PDF, a page each, its text extractable. */
  g_assert_true (jx_chart_export (charts, style, pdf, 720, 450, 72, &error));
  g_assert_no_error (error);
  pdf_text = run_pdftotext (pdf);
  if (pdf_text != NULL)
    {
      g_assert_nonnull (strstr (pdf_text, "科学技术奖奖励项目"));
      g_assert_nonnull (strstr (pdf_text, "市本级"));
      g_assert_nonnull (strstr (pdf_text, "656.00"));   /* 市本级 656 万元 */
    }
}

/* A PNG holds exactly the pixels the chart draws: small images in one
 * piece, tall ones compressed in two halves that must join without a
 * seam. */
static void
assert_png_holds_drawn_pixels (JxChartData *data,
                               const char  *path,
                               double       dpi)
{
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  cairo_surface_t *decoded;
  cairo_surface_t *drawn;
  cairo_t *cr;
  double scale = dpi / 72.0;
  double page_height = MAX (450, jx_chart_get_natural_height (data, style, 720));
  int width, height;
  guint n_different = 0;

  g_ptr_array_add (one, data);
  g_assert_true (jx_chart_export (one, style, path, 720, 450, dpi, &error));
  g_assert_no_error (error);

  decoded = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (decoded);
  height = cairo_image_surface_get_height (decoded);
  g_assert_cmpint (width, ==, (int) ceil (720 * scale));
  g_assert_cmpint (height, ==, (int) ceil (page_height * scale));

  drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (drawn);
  cairo_scale (cr, scale, scale);
  jx_chart_render (cr, data, style, 720, page_height, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (drawn);

  for (int y = 0; y < height; y++)
    {
      const guint32 *a = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (decoded) + (gsize) y * cairo_image_surface_get_stride (decoded));
      const guint32 *b = (const guint32 *) (gconstpointer) (cairo_image_surface_get_data (drawn) + (gsize) y * cairo_image_surface_get_stride (drawn));

      for (int x = 0; x < width; x++)
        if ((a[x] & 0xffffff) != (b[x] & 0xffffff))
          n_different++;
    }

  g_assert_cmpuint (n_different, ==, 0);
  cairo_surface_destroy (drawn);
  cairo_surface_destroy (decoded);
}

static void
test_png_holds_the_drawn_pixels (Samples       *samples,
                                 gconstpointer  unused)
{
  g_autoptr(GPtrArray) charts = all_charts (samples);
  g_autofree char *small = g_build_filename (samples->dir, "small.png", NULL);
  g_autofree char *tall = g_build_filename (samples->dir, "tall.png", NULL);
  g_autoptr(JxChartData) many = jx_chart_data_new (JX_CHART_KIND_EXECUTION, "预算执行率", "某省 · 2021", "%");

  /* 720 × 450 points at 36 dpi: 360 × 225 pixels, one piece. */
  assert_png_holds_drawn_pixels (g_ptr_array_index (charts, 0), small, 36);

  jx_chart_data_add_series (many, "执行率");
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *label = g_strdup_printf ("第%u个项目", i + 1);
      JxChartItem *item = jx_chart_data_add_item (many, label);

      item->values[0] = 0.5 + (i % 50) / 100.0;
      item->value_text = g_strdup_printf ("%.2f%%", item->values[0] * 100);
    }
  assert_png_holds_drawn_pixels (many, tall, 96);
}

static void
test_export_refuses_bad_requests (Samples       *samples,
                                  gconstpointer  unused)
{
  g_autoptr(GPtrArray) charts = all_charts (samples);
  g_autoptr(JxChartStyle) style = jx_chart_style_new_print ();
  g_autofree char *path = g_build_filename (samples->dir, "chart.png", NULL);
  g_autofree char *doc = g_build_filename (samples->dir, "chart.docx", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (jx_chart_export (charts, style, doc, 720, 450, 96, &error));
  g_assert_error (error, JX_CHART_ERROR, JX_CHART_ERROR_FORMAT);
  g_clear_error (&error);

  g_assert_false (jx_chart_export (charts, style, path, 720, 450, 96, &error));   /* several into a PNG */
  g_assert_error (error, JX_CHART_ERROR, JX_CHART_ERROR_FORMAT);
  g_clear_error (&error);

  g_ptr_array_set_size (charts, 1);
  g_assert_false (jx_chart_export (charts, style, path, 100000, 450, 96, &error));
  g_assert_error (error, JX_CHART_ERROR, JX_CHART_ERROR_SIZE);
  g_clear_error (&error);

  g_assert_false (jx_chart_export (charts, style, path, 720, 450, 5000, &error));
  g_assert_error (error, JX_CHART_ERROR, JX_CHART_ERROR_SIZE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

#define ADD_SAMPLES_TEST(path, func) \
  g_test_add (path, Samples, NULL, samples_set_up, func, samples_tear_down)

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/charts/axis/steps-are-1-2-5", test_axis_steps_are_1_2_5);
  g_test_add_func ("/charts/axis/labels", test_axis_labels);
  g_test_add_func ("/charts/rows-never-overlap-at-any-size", test_rows_never_overlap_at_any_size);
  ADD_SAMPLES_TEST ("/charts/bars-are-as-long-as-the-values", test_bars_are_as_long_as_the_values);
  ADD_SAMPLES_TEST ("/charts/execution-pairs-colour-with-mark", test_execution_pairs_colour_with_mark);
  ADD_SAMPLES_TEST ("/charts/departments-side-by-side", test_departments_side_by_side);
  ADD_SAMPLES_TEST ("/charts/every-kind-draws", test_every_kind_draws);
  ADD_SAMPLES_TEST ("/charts/exports-keep-text", test_exports_keep_text);
  ADD_SAMPLES_TEST ("/charts/png-holds-the-drawn-pixels", test_png_holds_the_drawn_pixels);
  ADD_SAMPLES_TEST ("/charts/export-refuses-bad-requests", test_export_refuses_bad_requests);

  return g_test_run ();
}
