/* jx-indicator-paste.h: indicators read from rows copied out of a spreadsheet
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "jx-indicator.h"

G_BEGIN_DECLS

#define JX_INDICATOR_PASTE_ERROR (jx_indicator_paste_error_quark ())

/**
 * JxIndicatorPasteError:
 * @JX_INDICATOR_PASTE_ERROR_EMPTY: there is nothing but white space
 * @JX_INDICATOR_PASTE_ERROR_TOO_LARGE: more rows or bytes than a table of
 *   indicators can have
 * @JX_INDICATOR_PASTE_ERROR_INVALID: the text is not UTF-8
 * @JX_INDICATOR_PASTE_ERROR_NO_NAMES: the header has no column of
 *   indicator names
 * @JX_INDICATOR_PASTE_ERROR_NO_ROWS: no row names an indicator (only a
 *   header, totals or categories)
 */
typedef enum {
  JX_INDICATOR_PASTE_ERROR_EMPTY,
  JX_INDICATOR_PASTE_ERROR_TOO_LARGE,
  JX_INDICATOR_PASTE_ERROR_INVALID,
  JX_INDICATOR_PASTE_ERROR_NO_NAMES,
  JX_INDICATOR_PASTE_ERROR_NO_ROWS,
} JxIndicatorPasteError;

/* The most rows and bytes one paste may hold. */
#define JX_INDICATOR_PASTE_MAX_ROWS 10000
#define JX_INDICATOR_PASTE_MAX_BYTES (16 * 1024 * 1024)

/**
 * JxIndicatorPasteProblem:
 * @row: the row of the pasted text it is about, from 1 (header rows
 *   count); 0 when it is about a whole column
 * @column: the column, from 1; 0 when it is about a whole row
 * @message: a sentence in the user's language that names the row and the
 *   column and quotes what could not be read
 *
 * A cell, row or column of the pasted text that could not be taken as it
 * was.  The indicator of that row is still read, with what was readable.
 */
typedef struct {
  guint  row;
  guint  column;
  char  *message;
} JxIndicatorPasteProblem;

GQuark    jx_indicator_paste_error_quark  (void);

void      jx_indicator_paste_problem_free (JxIndicatorPasteProblem  *self);

gboolean  jx_indicator_paste_parse        (const char               *text,
                                           GPtrArray               **indicators,
                                           GPtrArray               **problems,
                                           GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JxIndicatorPasteProblem, jx_indicator_paste_problem_free)

G_END_DECLS
