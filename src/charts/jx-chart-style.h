/* jx-chart-style.h: how a chart looks: colours, fonts, sizes
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double red;
  double green;
  double blue;
  double alpha;
} JxColor;

/**
 * JxChartStatus:
 * @JX_CHART_STATUS_NONE: no judgement
 * @JX_CHART_STATUS_GOOD: on target (green, ✓)
 * @JX_CHART_STATUS_WARNING: close to target (yellow, !)
 * @JX_CHART_STATUS_BAD: off target (red, ✗)
 * @JX_CHART_STATUS_AHEAD: ahead of plan (blue, ↑)
 *
 * A judgement shown by a colour and always also by a mark, never by
 * colour alone.
 */
typedef enum {
  JX_CHART_STATUS_NONE,
  JX_CHART_STATUS_GOOD,
  JX_CHART_STATUS_WARNING,
  JX_CHART_STATUS_BAD,
  JX_CHART_STATUS_AHEAD,
} JxChartStatus;

#define JX_CHART_N_SERIES_COLORS 6

/**
 * JxChartStyle:
 * @font_family: the font family, for CJK as for Latin text
 * @font_size: the body text size in points
 * @background: the background
 * @foreground: text and axes
 * @muted: secondary text
 * @grid: grid lines
 * @series: the colours of data series
 * @status: the colours of #JxChartStatus values
 * @dark: whether this is a dark (screen) style
 *
 * The light style is for print and export, the dark one for the screen
 * in dark mode.  Sizes are in points; a PNG export scales them by its DPI.
 */
typedef struct {
  char    *font_family;
  double   font_size;
  JxColor  background;
  JxColor  foreground;
  JxColor  muted;
  JxColor  grid;
  JxColor  series[JX_CHART_N_SERIES_COLORS];
  JxColor  status[JX_CHART_STATUS_AHEAD + 1];
  gboolean dark;
} JxChartStyle;

JxChartStyle *jx_chart_style_new_print   (void);
JxChartStyle *jx_chart_style_new_screen  (gboolean        dark);
JxChartStyle *jx_chart_style_copy        (const JxChartStyle *self);
void          jx_chart_style_free        (JxChartStyle   *self);
const char   *jx_chart_status_get_mark   (JxChartStatus   status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxChartStyle, jx_chart_style_free)

G_END_DECLS
