/* jx-exchange.h: the JSON exchange format
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "jx-store.h"

G_BEGIN_DECLS

/* The format version that this Jixiao writes and the newest it reads.
 * data/jixiao-exchange.schema.json describes it. */
#define JX_EXCHANGE_FORMAT_VERSION 2

/* The largest exchange file that is read: it is read into memory whole. */
#define JX_EXCHANGE_MAX_FILE_SIZE (G_GINT64_CONSTANT (2) * 1024 * 1024 * 1024)

#define JX_EXCHANGE_ERROR (jx_exchange_error_quark ())

/**
 * JxExchangeError:
 * @JX_EXCHANGE_ERROR_SYNTAX: the file is not well-formed JSON
 * @JX_EXCHANGE_ERROR_INVALID: a value is missing, of the wrong type or
 *   out of range; the message names its JSON path
 * @JX_EXCHANGE_ERROR_NEWER_VERSION: a newer Jixiao wrote the file
 * @JX_EXCHANGE_ERROR_CONFLICT: a department-year of the file is already
 *   in the database
 * @JX_EXCHANGE_ERROR_NOT_FOUND: the selection to export matches nothing
 * @JX_EXCHANGE_ERROR_TOO_LARGE: the file is larger than
 *   #JX_EXCHANGE_MAX_FILE_SIZE
 */
typedef enum {
  JX_EXCHANGE_ERROR_SYNTAX,
  JX_EXCHANGE_ERROR_INVALID,
  JX_EXCHANGE_ERROR_NEWER_VERSION,
  JX_EXCHANGE_ERROR_CONFLICT,
  JX_EXCHANGE_ERROR_NOT_FOUND,
  JX_EXCHANGE_ERROR_TOO_LARGE,
} JxExchangeError;

typedef enum {
  JX_IMPORT_FLAGS_NONE    = 0,
  JX_IMPORT_FLAGS_REPLACE = 1 << 0,
} JxImportFlags;

/**
 * JxImportSummary:
 * @n_departments: departments added
 * @n_years: department-years added or replaced
 * @n_projects: projects added
 * @n_indicators: indicators added
 * @warnings: (element-type utf8): what was imported but deserves a look
 */
typedef struct {
  guint      n_departments;
  guint      n_years;
  guint      n_projects;
  guint      n_indicators;
  GPtrArray *warnings;
} JxImportSummary;

GQuark    jx_exchange_error_quark   (void);

void      jx_import_summary_clear   (JxImportSummary  *summary);

gboolean  jx_exchange_import_file   (JxStore          *store,
                                     const char       *path,
                                     JxImportFlags     flags,
                                     JxImportSummary  *summary,
                                     GError          **error);
gboolean  jx_exchange_import_bytes  (JxStore          *store,
                                     GBytes           *bytes,
                                     const char       *source_name,
                                     JxImportFlags     flags,
                                     JxImportSummary  *summary,
                                     GError          **error);

char     *jx_exchange_export_string (JxStore          *store,
                                     const char       *department,
                                     gint64            year,
                                     GError          **error);
gboolean  jx_exchange_export_file   (JxStore          *store,
                                     const char       *path,
                                     const char       *department,
                                     gint64            year,
                                     GError          **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (JxImportSummary, jx_import_summary_clear)

G_END_DECLS
