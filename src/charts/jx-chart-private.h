/* jx-chart-private.h: drawing helpers shared by the chart kinds
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "jx-chart.h"

G_BEGIN_DECLS

/* Sizes in points, relative to the style's font size. */
#define JX_CHART_MARGIN(canvas)   ((canvas)->style->font_size * 1.6)
#define JX_CHART_ROW_MIN(canvas)  ((canvas)->style->font_size * 1.9)

/* A line of text as drawn, for SVG files to keep it as text. */
typedef struct {
  char   *text;
  double  x;
  double  baseline;
  double  size;
  gboolean bold;
} JxChartText;

typedef struct {
  cairo_t            *cr;
  const JxChartStyle *style;
  PangoLayout        *layout;
  double              width;
  double              height;
  GArray             *hits;     /* JxChartHit, or NULL */
  GArray             *texts;    /* JxChartText, or NULL */
  PangoFontDescription *fonts[8]; /* by JxTextFlags, made on first use */
  guint               current_font;
  GHashTable         *measured; /* "font\x1ftext" → the layout that measured it */
} JxCanvas;

typedef enum {
  JX_TEXT_NORMAL = 0,
  JX_TEXT_BOLD   = 1 << 0,
  JX_TEXT_TITLE  = 1 << 1,
  JX_TEXT_SMALL  = 1 << 2,
} JxTextFlags;

void    jx_canvas_init          (JxCanvas           *canvas,
                                 cairo_t            *cr,
                                 const JxChartStyle *style,
                                 double              width,
                                 double              height,
                                 GArray             *hits);
void    jx_canvas_clear         (JxCanvas           *canvas);
void    jx_canvas_set_color     (JxCanvas           *canvas,
                                 const JxColor      *color);
void    jx_canvas_measure       (JxCanvas           *canvas,
                                 const char         *text,
                                 JxTextFlags         flags,
                                 double             *width,
                                 double             *height);
double  jx_canvas_draw_text     (JxCanvas           *canvas,
                                 const char         *text,
                                 double              x,
                                 double              y,
                                 double              max_width,
                                 double              xalign,
                                 JxTextFlags         flags,
                                 const JxColor      *color);
double  jx_canvas_draw_header   (JxCanvas           *canvas,
                                 const JxChartData  *data);
double  jx_canvas_draw_legend   (JxCanvas           *canvas,
                                 double              y,
                                 const char * const *labels,
                                 const JxColor      *colors,
                                 const char * const *marks,
                                 guint               n);
double  jx_canvas_header_height (JxCanvas           *canvas,
                                 const JxChartData  *data);
void    jx_canvas_add_hit       (JxCanvas           *canvas,
                                 guint               item,
                                 double              x,
                                 double              y,
                                 double              width,
                                 double              height);
void    jx_canvas_draw_empty    (JxCanvas           *canvas,
                                 const JxChartData  *data,
                                 double              top);

void    jx_chart_render_collecting (cairo_t            *cr,
                                    const JxChartData  *data,
                                    const JxChartStyle *style,
                                    double              width,
                                    double              height,
                                    GArray             *hits,
                                    GArray             *texts);
void    jx_chart_text_clear        (gpointer            text);

/* The kinds. */
void    jx_chart_render_bars       (JxCanvas *canvas, const JxChartData *data);
double  jx_chart_bars_natural_height (JxCanvas *canvas, const JxChartData *data);
void    jx_chart_render_structure  (JxCanvas *canvas, const JxChartData *data);
void    jx_chart_render_trend      (JxCanvas *canvas, const JxChartData *data);
void    jx_chart_render_monitoring (JxCanvas *canvas, const JxChartData *data);
double  jx_chart_monitoring_natural_height (JxCanvas *canvas, const JxChartData *data);

G_END_DECLS
