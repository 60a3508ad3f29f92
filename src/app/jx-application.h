/* jx-application.h: the Jixiao application
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define JX_TYPE_APPLICATION (jx_application_get_type ())

G_DECLARE_FINAL_TYPE (JxApplication, jx_application, JX, APPLICATION, AdwApplication)

JxApplication *jx_application_new          (void);
GSettings     *jx_application_get_settings (JxApplication *self);

G_END_DECLS
