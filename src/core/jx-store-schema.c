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

/* Scoring profiles, chosen per department-year.  The numbers of the two
 * shipped profiles are those of jx_scoring_profile_new_national() and
 * jx_scoring_profile_new_provincial(); tests/test-scoring.c checks it. */
static const char migration_2[] =
  "CREATE TABLE scoring_profiles ("
  "  id INTEGER PRIMARY KEY,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  name TEXT NOT NULL UNIQUE CHECK (name <> ''),"
  "  description TEXT,"
  "  execution_weight INTEGER,"
  "  output_weight INTEGER,"
  "  effect_weight INTEGER,"
  "  satisfaction_weight INTEGER,"
  "  cost_weight INTEGER,"
  "  missing_weights TEXT NOT NULL,"
  "  achieved_from TEXT,"
  "  partly_from TEXT,"
  "  reverse_formula TEXT NOT NULL,"
  "  over_achievement_from TEXT,"
  "  score_decimals INTEGER,"
  "  excellent_from INTEGER,"
  "  good_from INTEGER,"
  "  fair_from INTEGER,"
  "  monitoring_yellow_from TEXT,"
  "  monitoring_green_from TEXT,"
  "  monitoring_blue_from TEXT"
  ");"
  "INSERT INTO scoring_profiles (position, name, description, execution_weight, output_weight,"
  "  effect_weight, satisfaction_weight, cost_weight, missing_weights, achieved_from, partly_from,"
  "  reverse_formula, over_achievement_from, score_decimals, excellent_from, good_from, fair_from,"
  "  monitoring_yellow_from, monitoring_green_from, monitoring_blue_from) VALUES"
  "  (0, '全国通用', '预算执行率 10 + 产出 50 + 效益 30 + 满意度 10；优 ≥ 90，良 ≥ 80，中 ≥ 60',"
  "   1000, 5000, 3000, 1000, 0, 'split', '80', '60', 'linear', '130', 2, 9000, 8000, 6000, '60', '80', '120'),"
  "  (1, '省级 80/70/60', '同全国通用，等级：优 ≥ 80，良 ≥ 70，中 ≥ 60',"
  "   1000, 5000, 3000, 1000, 0, 'split', '80', '60', 'linear', '130', 2, 8000, 7000, 6000, '60', '80', '120');"
  "ALTER TABLE department_years ADD COLUMN profile_id INTEGER REFERENCES scoring_profiles (id) ON DELETE SET NULL;";

/* An indicator or a category weight belongs to a project or to a
 * department-year, never both: each index holds only the rows it can
 * find, and an import of a province maintains half as many entries. */
static const char migration_3[] =
  "DROP INDEX indicators_by_project;"
  "CREATE INDEX indicators_by_project ON indicators (project_id, position) WHERE project_id IS NOT NULL;"
  "DROP INDEX indicators_by_year;"
  "CREATE INDEX indicators_by_year ON indicators (department_year_id, position)"
  "  WHERE department_year_id IS NOT NULL;"
  "DROP INDEX category_weights_by_project;"
  "CREATE INDEX category_weights_by_project ON category_weights (project_id, position)"
  "  WHERE project_id IS NOT NULL;"
  "DROP INDEX category_weights_by_year;"
  "CREATE INDEX category_weights_by_year ON category_weights (department_year_id, position)"
  "  WHERE department_year_id IS NOT NULL;";

static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
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
