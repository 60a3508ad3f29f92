/* jx-number.h: exact decimal numbers as the reports write them
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The value of an integer-backed field (money, points, counts) that has not
 * been entered.  Stored as NULL in SQLite and left out of JSON. */
#define JX_UNSET G_MININT64

#define JX_NUMBER_ERROR (jx_number_error_quark ())

typedef enum {
  JX_NUMBER_ERROR_EMPTY,
  JX_NUMBER_ERROR_INVALID,
  JX_NUMBER_ERROR_MISPLACED_SEPARATOR,
  JX_NUMBER_ERROR_TOO_PRECISE,
  JX_NUMBER_ERROR_OUT_OF_RANGE,
} JxNumberError;

/* The most decimals a decimal measure may carry ("1.5084" has 4). */
#define JX_DECIMAL_MAX_DECIMALS 9

GQuark    jx_number_error_quark        (void);

gboolean  jx_number_parse_fixed        (const char  *text,
                                        guint        scale,
                                        gint64      *value,
                                        GError     **error);
char     *jx_number_format_fixed       (gint64       value,
                                        guint        scale,
                                        guint        min_decimals);
gboolean  jx_number_parse_decimal      (const char  *text,
                                        gint64      *mantissa,
                                        guint       *decimals,
                                        GError     **error);
gboolean  jx_number_normalize_decimal  (const char  *text,
                                        char       **normalized,
                                        GError     **error);
char     *jx_number_normalize_digits   (const char  *text);
char     *jx_number_format_points      (gint64       points);

G_END_DECLS
