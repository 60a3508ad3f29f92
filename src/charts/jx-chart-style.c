/* jx-chart-style.c: how a chart looks: colours, fonts, sizes
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colours from the GNOME palette, chosen so that the status colours stay
 * apart for readers with red-green colour blindness, and paired with marks.
 */
#include "config.h"

#include <string.h>

#include "jx-chart-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

static const JxColor light_series[JX_CHART_N_SERIES_COLORS] = {
  RGB (0x3584e4),   /* blue 3 */
  RGB (0xe66100),   /* orange 5 */
  RGB (0x26a269),   /* green 5 */
  RGB (0x9141ac),   /* purple 3 */
  RGB (0x986a44),   /* brown 3 */
  RGB (0x5e5c64),   /* dark 2 */
};

static const JxColor dark_series[JX_CHART_N_SERIES_COLORS] = {
  RGB (0x62a0ea),
  RGB (0xffa348),
  RGB (0x57e389),
  RGB (0xc061cb),
  RGB (0xcdab8f),
  RGB (0xc0bfbc),
};

static JxChartStyle *
new_style (gboolean dark)
{
  JxChartStyle *self = g_new0 (JxChartStyle, 1);
  const JxColor status_light[] = {
    RGB (0x77767b), RGB (0x26a269), RGB (0xc88800), RGB (0xc01c28), RGB (0x1c71d8),
  };
  const JxColor status_dark[] = {
    RGB (0x9a9996), RGB (0x57e389), RGB (0xf8e45c), RGB (0xff7b63), RGB (0x99c1f1),
  };

  self->font_family = g_strdup ("Noto Sans CJK SC, Noto Sans, Cantarell, sans-serif");
  self->font_size = 9.0;
  self->dark = dark;

  if (dark)
    {
      self->background = (JxColor) RGB (0x242424);
      self->foreground = (JxColor) RGB (0xffffff);
      self->muted = (JxColor) RGB (0x9a9996);
      self->grid = (JxColor) { 1, 1, 1, 0.12 };
      memcpy (self->series, dark_series, sizeof dark_series);
      memcpy (self->status, status_dark, sizeof status_dark);
    }
  else
    {
      self->background = (JxColor) RGB (0xffffff);
      self->foreground = (JxColor) RGB (0x241f31);
      self->muted = (JxColor) RGB (0x5e5c64);
      self->grid = (JxColor) { 0, 0, 0, 0.12 };
      memcpy (self->series, light_series, sizeof light_series);
      memcpy (self->status, status_light, sizeof status_light);
    }

  return self;
}

/**
 * jx_chart_style_new_print:
 *
 * Returns: (transfer full): the light style for print and export
 */
JxChartStyle *
jx_chart_style_new_print (void)
{
  return new_style (FALSE);
}

/**
 * jx_chart_style_new_screen:
 * @dark: whether the desktop is in dark mode
 *
 * Returns: (transfer full): the style for the window
 */
JxChartStyle *
jx_chart_style_new_screen (gboolean dark)
{
  JxChartStyle *self = new_style (dark);

  self->font_size = 10.0;
  return self;
}

JxChartStyle *
jx_chart_style_copy (const JxChartStyle *self)
{
  JxChartStyle *copy = g_memdup2 (self, sizeof *self);

  copy->font_family = g_strdup (self->font_family);
  return copy;
}

void
jx_chart_style_free (JxChartStyle *self)
{
  if (self == NULL)
    return;

  g_free (self->font_family);
  g_free (self);
}

/**
 * jx_chart_status_get_mark:
 * @status: a status
 *
 * Returns: the mark drawn with the status colour: ✓ ! ✗ ↑, or ""
 */
const char *
jx_chart_status_get_mark (JxChartStatus status)
{
  switch (status)
    {
    case JX_CHART_STATUS_GOOD:
      return "✓";
    case JX_CHART_STATUS_WARNING:
      return "!";
    case JX_CHART_STATUS_BAD:
      return "✗";
    case JX_CHART_STATUS_AHEAD:
      return "↑";
    case JX_CHART_STATUS_NONE:
    default:
      return "";
    }
}
