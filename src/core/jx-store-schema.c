/* jx-store-schema.c: the SQLite schema and its migrations
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Migration N brings a database from PRAGMA user_version N-1 to N.  Never
 * edit a migration that has shipped: add the next one.  Every column is
 * the key of a field of the record type the table holds (see jx-field.c);
 * tests/test-store.c checks that they agree.
 */
#include "config.h"

#include "jx-store-private.h"

static const char migration_1[] =
  "CREATE TABLE departments ("
  "  id INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
  "  code TEXT,"
  "  parent_id INTEGER REFERENCES departments (id) ON DELETE SET NULL,"
  "  functions TEXT,"
  "  internal_units TEXT,"
  "  staff_authorized INTEGER,"
  "  staff_actual INTEGER"
  ");"
  "CREATE TABLE department_years ("
  "  id INTEGER PRIMARY KEY,"
  "  department_id INTEGER NOT NULL REFERENCES departments (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  year INTEGER NOT NULL,"
  "  initial_total INTEGER, initial_basic INTEGER, initial_personnel INTEGER,"
  "  initial_public INTEGER, initial_project INTEGER,"
  "  adjusted_total INTEGER, adjusted_basic INTEGER, adjusted_personnel INTEGER,"
  "  adjusted_public INTEGER, adjusted_project INTEGER,"
  "  actual_total INTEGER, actual_basic INTEGER, actual_personnel INTEGER,"
  "  actual_public INTEGER, actual_project INTEGER,"
  "  carry_over INTEGER,"
  "  operating_expenses INTEGER,"
  "  goals TEXT, tasks TEXT, organization TEXT, achievements TEXT, problems TEXT,"
  "  improvements TEXT, result_application TEXT, other_notes TEXT,"
  "  UNIQUE (department_id, year)"
  ");"
  "CREATE TABLE budget_lines ("
  "  id INTEGER PRIMARY KEY,"
  "  department_year_id INTEGER NOT NULL REFERENCES department_years (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  section TEXT NOT NULL,"
  "  label TEXT NOT NULL,"
  "  budget INTEGER,"
  "  actual INTEGER,"
  "  note TEXT"
  ");"
  "CREATE INDEX budget_lines_by_owner ON budget_lines (department_year_id, position);"
  "CREATE TABLE stated_figures ("
  "  id INTEGER PRIMARY KEY,"
  "  department_year_id INTEGER NOT NULL REFERENCES department_years (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  figure TEXT NOT NULL,"
  "  written TEXT NOT NULL,"
  "  note TEXT"
  ");"
  "CREATE INDEX stated_figures_by_owner ON stated_figures (department_year_id, position);"
  "CREATE TABLE projects ("
  "  id INTEGER PRIMARY KEY,"
  "  department_year_id INTEGER NOT NULL REFERENCES department_years (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  name TEXT NOT NULL,"
  "  code TEXT,"
  "  kind TEXT,"
  "  transfer_source TEXT,"
  "  execution_weight INTEGER,"
  "  planned_target TEXT,"
  "  actual_outcome TEXT,"
  "  deviation_reason TEXT,"
  "  improvement TEXT,"
  "  stated_score INTEGER,"
  "  stated_grade TEXT,"
  "  stated_execution_rate TEXT,"
  "  stated_arrival_rate TEXT,"
  "  stated_attainment_rate TEXT,"
  "  stated_allocation_total INTEGER"
  ");"
  "CREATE INDEX projects_by_owner ON projects (department_year_id, position);"
  "CREATE TABLE category_weights ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,"
  "  department_year_id INTEGER REFERENCES department_years (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  level1 TEXT NOT NULL,"
  "  level2 TEXT,"
  "  weight INTEGER,"
  "  stated_score INTEGER,"
  "  CHECK ((project_id IS NULL) <> (department_year_id IS NULL))"
  ");"
  "CREATE INDEX category_weights_by_project ON category_weights (project_id, position);"
  "CREATE INDEX category_weights_by_year ON category_weights (department_year_id, position);"
  "CREATE TABLE funding_rows ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  source TEXT NOT NULL,"
  "  initial INTEGER,"
  "  adjusted INTEGER,"
  "  arrived INTEGER,"
  "  actual INTEGER"
  ");"
  "CREATE INDEX funding_rows_by_owner ON funding_rows (project_id, position);"
  "CREATE TABLE allocation_lines ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  recipient TEXT NOT NULL,"
  "  subproject_count INTEGER,"
  "  amount INTEGER"
  ");"
  "CREATE INDEX allocation_lines_by_owner ON allocation_lines (project_id, position);"
  "CREATE TABLE indicators ("
  "  id INTEGER PRIMARY KEY,"
  "  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,"
  "  department_year_id INTEGER REFERENCES department_years (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  level1 TEXT NOT NULL,"
  "  level2 TEXT,"
  "  name TEXT NOT NULL,"
  "  comparator TEXT,"
  "  target_value TEXT,"
  "  target_unit TEXT,"
  "  target_text TEXT,"
  "  actual_value TEXT,"
  "  actual_text TEXT,"
  "  weight INTEGER,"
  "  assessment TEXT,"
  "  score_override INTEGER,"
  "  override_reason TEXT,"
  "  deviation_reason TEXT,"
  "  CHECK ((project_id IS NULL) <> (department_year_id IS NULL))"
  ");"
  "CREATE INDEX indicators_by_project ON indicators (project_id, position);"
  "CREATE INDEX indicators_by_year ON indicators (department_year_id, position);";

static const char * const migrations[] = {
  migration_1,
};

guint
jx_store_schema_get_version (void)
{
  return G_N_ELEMENTS (migrations);
}

/* The SQL that brings a database from @version - 1 to @version. */
const char *
jx_store_schema_get_migration (guint version)
{
  g_return_val_if_fail (version >= 1 && version <= G_N_ELEMENTS (migrations), NULL);

  return migrations[version - 1];
}
