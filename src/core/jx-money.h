/* jx-money.h: amounts of money, held in whole fen
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 1 万元 = 10,000 yuan = 1,000,000 fen. */
#define JX_FEN_PER_WAN    G_GINT64_CONSTANT (1000000)
#define JX_MONEY_WAN_SCALE 6

gboolean  jx_money_parse_wan     (const char  *text,
                                  gint64      *fen,
                                  GError     **error);
char     *jx_money_to_wan_string (gint64       fen);
char     *jx_money_format_wan    (gint64       fen,
                                  guint        max_decimals,
                                  gboolean     grouped);
char     *jx_money_format_display (gint64      fen);
char     *jx_money_format_rate    (gint64      part,
                                  gint64      whole);
gboolean  jx_money_add           (gint64       a,
                                  gint64       b,
                                  gint64      *sum);
gint64    jx_money_add_known     (gint64       sum,
                                  gint64       part);
gboolean  jx_money_rate          (gint64       part,
                                  gint64       whole,
                                  double      *rate);

G_END_DECLS
