/* test-history.c: every edit is saved at once and can be undone and
 * redone, in memory and in the database alike
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <sqlite3.h>

#include "jx-store-private.h"
#include "test-utils.h"

#define SHIJIAZHUANG "石家庄高新区科技局"

/* The samples, a history on them and the loaded year of 石家庄. */
typedef struct {
  char             *dir;
  JxStore          *store;
  JxHistory        *history;
  JxDepartment     *department;
  JxDepartmentYear *year;
} Fixture;

static JxDepartment *
find_department (GPtrArray  *departments,
                 const char *name)
{
  for (guint i = 0; i < departments->len; i++)
    if (g_str_equal (jx_department_get_name (g_ptr_array_index (departments, i)), name))
      return g_ptr_array_index (departments, i);

  return NULL;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *departments;

  fixture->dir = jx_test_make_dir ();
  fixture->store = jx_test_open_samples (fixture->dir);
  fixture->history = jx_history_new (fixture->store);

  departments = jx_history_get_departments (fixture->history, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (departments->len, ==, 4);

  fixture->department = find_department (departments, SHIJIAZHUANG);
  g_assert_nonnull (fixture->department);
  fixture->year = g_ptr_array_index (jx_department_get_years (fixture->department), 0);
  g_assert_true (jx_history_load_children (fixture->history, JX_RECORD (fixture->year), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (jx_department_year_get_projects (fixture->year)->len, >=, 4);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->history);
  g_clear_object (&fixture->store);
  jx_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* The department as the file holds it, read through a store of its own. */
static JxDepartment *
reload_department (Fixture    *fixture,
                   const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxStore) store = jx_store_open (jx_store_get_path (fixture->store), JX_STORE_OPEN_FLAGS_NONE, &error);
  g_autoptr(JxDepartment) department = NULL;

  g_assert_no_error (error);
  department = jx_store_find_department (store, name, &error);
  g_assert_no_error (error);
  if (department == NULL)
    return NULL;
  g_assert_true (jx_store_load_children (store, JX_RECORD (department), TRUE, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&department);
}

static JxDepartmentYear *
reload_year (Fixture *fixture)
{
  g_autoptr(JxDepartment) department = reload_department (fixture, SHIJIAZHUANG);

  return g_object_ref (g_ptr_array_index (jx_department_get_years (department), 0));
}

static char *
project_names (JxDepartmentYear *year)
{
  GPtrArray *projects = jx_department_year_get_projects (year);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < projects->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "|" : "",
                            jx_project_get_name (g_ptr_array_index (projects, i)));

  return g_string_free (names, FALSE);
}

static JxProject *
project_at (JxDepartmentYear *year,
            guint             index)
{
  return g_ptr_array_index (jx_department_year_get_projects (year), index);
}

/* Whether the file holds the year exactly as memory does. */
static void
assert_year_saved (Fixture *fixture)
{
  g_autoptr(JxDepartmentYear) saved = reload_year (fixture);

  g_assert_true (jx_record_equal (JX_RECORD (saved), JX_RECORD (fixture->year)));
}

/* Counting signals */

typedef struct {
  guint     record_changed;
  JxRecord *last_record;
  char     *last_property;
  guint     children_changed;
  JxRecord *last_owner;
  char     *last_child_set;
  guint     position;
  guint     removed;
  guint     added;
  guint     changed;
  guint     can_undo_notified;
  guint     can_redo_notified;
} Counts;

static void
record_changed_cb (JxHistory  *history,
                   JxRecord   *record,
                   const char *property,
                   Counts     *counts)
{
  counts->record_changed++;
  counts->last_record = record;
  g_free (counts->last_property);
  counts->last_property = g_strdup (property);
}

static void
children_changed_cb (JxHistory  *history,
                     JxRecord   *owner,
                     const char *child_set,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Counts     *counts)
{
  counts->children_changed++;
  counts->last_owner = owner;
  g_free (counts->last_child_set);
  counts->last_child_set = g_strdup (child_set);
  counts->position = position;
  counts->removed = removed;
  counts->added = added;
}

static void
changed_cb (JxHistory *history,
            Counts    *counts)
{
  counts->changed++;
}

static void
notify_cb (JxHistory  *history,
           GParamSpec *pspec,
           Counts     *counts)
{
  if (g_str_equal (pspec->name, "can-undo"))
    counts->can_undo_notified++;
  else if (g_str_equal (pspec->name, "can-redo"))
    counts->can_redo_notified++;
}

static void
counts_connect (Counts    *counts,
                JxHistory *history)
{
  memset (counts, 0, sizeof *counts);
  g_signal_connect (history, "record-changed", G_CALLBACK (record_changed_cb), counts);
  g_signal_connect (history, "children-changed", G_CALLBACK (children_changed_cb), counts);
  g_signal_connect (history, "changed", G_CALLBACK (changed_cb), counts);
  g_signal_connect (history, "notify", G_CALLBACK (notify_cb), counts);
}

static void
counts_disconnect (Counts    *counts,
                   JxHistory *history)
{
  g_signal_handlers_disconnect_by_data (history, counts);
  g_clear_pointer (&counts->last_property, g_free);
  g_clear_pointer (&counts->last_child_set, g_free);
}

/* A new project with one funding row and two indicators. */
static JxProject *
make_project (const char *name)
{
  JxProject *project = jx_project_new ();
  g_autoptr(JxFundingRow) funding = jx_funding_row_new ();
  g_autoptr(JxIndicator) first = jx_indicator_new ();
  g_autoptr(JxIndicator) second = jx_indicator_new ();

  jx_project_set_name (project, name);
  jx_funding_row_set_source (funding, JX_FUNDING_SOURCE_APPROPRIATION);
  jx_funding_row_set_actual (funding, 12345600);
  jx_indicator_set_level1 (first, "产出指标");
  jx_indicator_set_name (first, "第一个指标");
  jx_indicator_set_level1 (second, "效益指标");
  jx_indicator_set_name (second, "第二个指标");
  jx_record_append_child (JX_RECORD (project), "funding", JX_RECORD (funding));
  jx_record_append_child (JX_RECORD (project), "indicators", JX_RECORD (first));
  jx_record_append_child (JX_RECORD (project), "indicators", JX_RECORD (second));

  return project;
}

/* Editing fields */

static void
test_money_text_is_saved_at_once (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartmentYear) saved = NULL;

  g_assert_false (jx_history_can_undo (fixture->history));
  g_assert_null (jx_history_get_undo_label (fixture->history));

  /* 681.5307 万元 = 6,815,307 元 = 681,530,700 fen. */
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year),
                                      "initial-total", "681.5307", &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_department_year_get_initial_total (fixture->year), ==, 681530700);

  /* A reopened file has it, without any save. */
  saved = reload_year (fixture);
  g_assert_cmpint (jx_department_year_get_initial_total (saved), ==, 681530700);
  g_clear_object (&saved);

  g_assert_true (jx_history_can_undo (fixture->history));
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Edit “initial budget”");

  /* Full-width digits, as an input method types them, are digits. */
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year),
                                      "initial-total", "１２.３", &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_department_year_get_initial_total (fixture->year), ==, 12300000);

  /* Empty text empties the field: NULL in the file. */
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year),
                                      "initial_total", "  ", &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_department_year_get_initial_total (fixture->year), ==, JX_UNSET);
  saved = reload_year (fixture);
  g_assert_cmpint (jx_department_year_get_initial_total (saved), ==, JX_UNSET);
  g_assert_cmpint (jx_test_count_rows (fixture->store, "department_years WHERE initial_total IS NULL"), ==, 4);
}

static void
test_invalid_text_changes_nothing (Fixture       *fixture,
                                   gconstpointer  data)
{
  static const struct {
    const char *property;
    const char *text;
    int         code;
  } cases[] = {
    { "actual-basic", "abc", JX_NUMBER_ERROR_INVALID },
    { "actual-basic", "139,26.31", JX_NUMBER_ERROR_MISPLACED_SEPARATOR },
    { "actual-basic", "1.0000001", JX_NUMBER_ERROR_TOO_PRECISE },
    { "year", "20x1", JX_NUMBER_ERROR_INVALID },
    { "year", "1800", JX_NUMBER_ERROR_OUT_OF_RANGE },
  };
  g_autoptr(JxRecord) before = jx_record_copy (JX_RECORD (fixture->year));
  JxProject *project = project_at (fixture->year, 0);
  g_autofree char *name = g_strdup (jx_project_get_name (project));
  Counts counts;

  counts_connect (&counts, fixture->history);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (jx_history_set_text (fixture->history, JX_RECORD (fixture->year),
                                           cases[i].property, cases[i].text, &error));
      g_assert_error (error, JX_NUMBER_ERROR, cases[i].code);
      /* The message names what was typed, for the field to show. */
      g_assert_nonnull (strstr (error->message, cases[i].text));
    }

  /* An unknown choice lists the known ones. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (jx_history_set_text (fixture->history, JX_RECORD (project), "kind", "whatever", &error));
    g_assert_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "whatever"));
  }

  /* A name is required. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (jx_history_set_text (fixture->history, JX_RECORD (project), "name", "", &error));
    g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);
    g_assert_cmpstr (jx_project_get_name (project), ==, name);
  }

  g_assert_true (jx_record_equal (before, JX_RECORD (fixture->year)));
  assert_year_saved (fixture);
  g_assert_false (jx_history_can_undo (fixture->history));
  g_assert_cmpuint (counts.record_changed, ==, 0);
  g_assert_cmpuint (counts.changed, ==, 0);
  counts_disconnect (&counts, fixture->history);
}

static void
test_equal_value_records_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  JxProject *project = project_at (fixture->year, 0);
  Counts counts;

  counts_connect (&counts, fixture->history);

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, jx_project_get_name (project));
  g_assert_true (jx_history_set_value (fixture->history, JX_RECORD (project), "name", &value, &error));
  g_assert_no_error (error);
  /* The same amount written otherwise is the same value. */
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "actual-basic",
                                      "100", &error));
  g_assert_cmpuint (counts.changed, ==, 1);
  jx_history_clear (fixture->history);
  counts.changed = counts.record_changed = 0;
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "actual-basic",
                                      " 100.00 ", &error));
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "actual-basic",
                                      "１００", &error));
  g_assert_no_error (error);

  g_assert_false (jx_history_can_undo (fixture->history));
  g_assert_cmpuint (counts.record_changed, ==, 0);
  g_assert_cmpuint (counts.changed, ==, 0);
  counts_disconnect (&counts, fixture->history);
}

static void
test_undo_and_redo_a_value (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartmentYear) saved = NULL;
  JxProject *project = project_at (fixture->year, 1);
  g_autofree char *old_name = g_strdup (jx_project_get_name (project));
  gint64 old_basic = jx_department_year_get_actual_basic (fixture->year);

  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (project), "name", "改过的名字", &error));
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "actual-basic", "1,234.5", &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_department_year_get_actual_basic (fixture->year), ==, 1234500000);

  /* Undo, latest first: in memory and in the file. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_department_year_get_actual_basic (fixture->year), ==, old_basic);
  g_assert_cmpstr (jx_project_get_name (project), ==, "改过的名字");
  assert_year_saved (fixture);
  g_assert_true (jx_history_can_redo (fixture->history));
  g_assert_cmpstr (jx_history_get_redo_label (fixture->history), ==, "Edit “actual basic expenditure”");
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Edit “name”");

  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_cmpstr (jx_project_get_name (project), ==, old_name);
  g_assert_false (jx_history_can_undo (fixture->history));
  assert_year_saved (fixture);

  /* Nothing left to undo is not an error. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);

  /* Redo, in the order of the edits. */
  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_cmpstr (jx_project_get_name (project), ==, "改过的名字");
  g_assert_cmpint (jx_department_year_get_actual_basic (fixture->year), ==, old_basic);
  assert_year_saved (fixture);
  g_assert_true (jx_history_can_redo (fixture->history));

  /* A new edit after undo forgets what could be redone. */
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "carry-over", "7.32", &error));
  g_assert_no_error (error);
  g_assert_false (jx_history_can_redo (fixture->history));
  g_assert_null (jx_history_get_redo_label (fixture->history));
  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_cmpint (jx_department_year_get_actual_basic (fixture->year), ==, old_basic);

  saved = reload_year (fixture);
  g_assert_cmpint (jx_department_year_get_carry_over (saved), ==, 7320000);
  g_assert_cmpstr (jx_project_get_name (project_at (saved, 1)), ==, "改过的名字");
}

/* Children */

static void
test_insert_at_a_position (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxProject) project = make_project ("新项目");
  g_autofree char *names_before = project_names (fixture->year);
  g_autofree char *names_after = g_strconcat ("新项目|", names_before, NULL);
  g_autoptr(JxDepartmentYear) saved = NULL;
  g_autofree char *saved_names = NULL;
  gint64 n_projects = jx_test_count_rows (fixture->store, "projects");
  gint64 n_indicators = jx_test_count_rows (fixture->store, "indicators");

  g_assert_true (jx_history_insert (fixture->history, JX_RECORD (fixture->year), "projects", 0,
                                    JX_RECORD (project), &error));
  g_assert_no_error (error);
  g_assert_true (project_at (fixture->year, 0) == project);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (project)), >, 0);
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Add “新项目”");

  /* The file has it first, with what it owns. */
  saved = reload_year (fixture);
  saved_names = project_names (saved);
  g_assert_cmpstr (saved_names, ==, names_after);
  g_assert_true (jx_record_equal (JX_RECORD (project_at (saved, 0)), JX_RECORD (project)));
  g_assert_cmpint (jx_test_count_rows (fixture->store, "indicators"), ==, n_indicators + 2);
  g_clear_object (&saved);

  /* Undo deletes it from the file, with its indicators. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_cmpint (jx_test_count_rows (fixture->store, "projects"), ==, n_projects);
  g_assert_cmpint (jx_test_count_rows (fixture->store, "indicators"), ==, n_indicators);
  g_clear_pointer (&saved_names, g_free);
  saved_names = project_names (fixture->year);
  g_assert_cmpstr (saved_names, ==, names_before);
  assert_year_saved (fixture);

  /* Redo puts the same record back at the top. */
  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_true (project_at (fixture->year, 0) == project);
  assert_year_saved (fixture);

  /* At the end and in the middle too. */
  {
    g_autoptr(JxProject) last = make_project ("最后");
    g_autoptr(JxProject) middle = make_project ("中间");
    guint n = jx_department_year_get_projects (fixture->year)->len;

    g_assert_true (jx_history_insert (fixture->history, JX_RECORD (fixture->year), "projects", n,
                                      JX_RECORD (last), &error));
    g_assert_true (jx_history_insert (fixture->history, JX_RECORD (fixture->year), "projects", 2,
                                      JX_RECORD (middle), &error));
    g_assert_no_error (error);
    g_assert_true (project_at (fixture->year, 2) == middle);
    g_assert_true (project_at (fixture->year, n + 1) == last);
    assert_year_saved (fixture);
  }
}

static void
test_remove_and_undo_bring_everything_back (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxRecord) before = jx_record_copy (JX_RECORD (fixture->year));
  g_autoptr(JxProject) project = g_object_ref (project_at (fixture->year, 1));
  g_autofree char *label = g_strdup_printf ("Delete “%s”", jx_project_get_name (project));
  guint n_projects = jx_department_year_get_projects (fixture->year)->len;
  gint64 n_funding = jx_test_count_rows (fixture->store, "funding_rows");
  gint64 n_indicators = jx_test_count_rows (fixture->store, "indicators");
  guint project_funding = jx_project_get_funding (project)->len;
  guint project_indicators = jx_project_get_indicators (project)->len;

  g_assert_cmpuint (project_funding, >, 0);
  g_assert_cmpuint (project_indicators, >, 0);

  g_assert_true (jx_history_remove (fixture->history, JX_RECORD (fixture->year), "projects", 1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (jx_department_year_get_projects (fixture->year)->len, ==, n_projects - 1);
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, label);

  /* The file lost it with what it owned. */
  g_assert_cmpint (jx_test_count_rows (fixture->store, "funding_rows"), ==, n_funding - project_funding);
  g_assert_cmpint (jx_test_count_rows (fixture->store, "indicators"), ==, n_indicators - project_indicators);
  assert_year_saved (fixture);

  /* Undo: the same record, at the same place, with everything. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_true (project_at (fixture->year, 1) == project);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (project)), >, 0);
  g_assert_true (jx_record_equal (before, JX_RECORD (fixture->year)));
  g_assert_cmpint (jx_test_count_rows (fixture->store, "funding_rows"), ==, n_funding);
  g_assert_cmpint (jx_test_count_rows (fixture->store, "indicators"), ==, n_indicators);
  assert_year_saved (fixture);

  /* Its indicators are stored again: they can be edited. */
  g_assert_true (jx_history_set_text (fixture->history, g_ptr_array_index (jx_project_get_indicators (project), 0),
                                      "deviation-reason", "疫情影响", &error));
  g_assert_no_error (error);
  assert_year_saved (fixture);

  /* Redo the removal after the undo of that edit. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_no_error (error);
  assert_year_saved (fixture);
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *names_before = project_names (fixture->year);
  JxProject *first = project_at (fixture->year, 0);
  JxProject *third = project_at (fixture->year, 2);
  g_autofree char *label = g_strdup_printf ("Move “%s”", jx_project_get_name (first));
  Counts counts;

  counts_connect (&counts, fixture->history);

  g_assert_true (jx_history_move (fixture->history, JX_RECORD (fixture->year), "projects", 0, 2, &error));
  g_assert_no_error (error);
  g_assert_true (project_at (fixture->year, 2) == first);
  g_assert_true (project_at (fixture->year, 1) == third);
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, label);
  assert_year_saved (fixture);

  /* As items-changed: three places changed from the first. */
  g_assert_cmpuint (counts.children_changed, ==, 1);
  g_assert_true (counts.last_owner == JX_RECORD (fixture->year));
  g_assert_cmpstr (counts.last_child_set, ==, "projects");
  g_assert_cmpuint (counts.position, ==, 0);
  g_assert_cmpuint (counts.removed, ==, 3);
  g_assert_cmpuint (counts.added, ==, 3);

  /* Moving to where it is already is no edit. */
  g_assert_true (jx_history_move (fixture->history, JX_RECORD (fixture->year), "projects", 1, 1, &error));
  g_assert_cmpuint (counts.changed, ==, 1);

  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  {
    g_autofree char *names = project_names (fixture->year);

    g_assert_cmpstr (names, ==, names_before);
  }
  assert_year_saved (fixture);
  g_assert_cmpuint (counts.position, ==, 0);
  g_assert_cmpuint (counts.removed, ==, 3);

  /* Upwards too. */
  g_assert_true (jx_history_move (fixture->history, JX_RECORD (fixture->year), "projects", 3, 1, &error));
  g_assert_cmpuint (counts.position, ==, 1);
  g_assert_cmpuint (counts.removed, ==, 3);
  assert_year_saved (fixture);

  counts_disconnect (&counts, fixture->history);
}

static void
test_group_is_one_step (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxRecord) before = jx_record_copy (JX_RECORD (fixture->year));
  g_autoptr(JxProject) copy = JX_PROJECT (jx_record_copy (JX_RECORD (project_at (fixture->year, 0))));
  Counts counts;

  counts_connect (&counts, fixture->history);

  /* A group that makes no edit records nothing. */
  jx_history_begin_group (fixture->history, "Nothing");
  jx_history_end_group (fixture->history);
  g_assert_false (jx_history_can_undo (fixture->history));
  g_assert_cmpuint (counts.changed, ==, 0);

  jx_history_begin_group (fixture->history, "Duplicate project");
  g_assert_true (jx_history_insert (fixture->history, JX_RECORD (fixture->year), "projects", 1,
                                    JX_RECORD (copy), &error));
  jx_history_begin_group (fixture->history, "Inner");
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (copy), "name", "副本", &error));
  g_assert_true (jx_history_move (fixture->history, JX_RECORD (copy), "indicators", 0, 1, &error));
  jx_history_end_group (fixture->history);
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "carry-over", "1", &error));
  g_assert_no_error (error);

  /* Each edit is saved and reported at once; the step only at the end. */
  assert_year_saved (fixture);
  g_assert_cmpuint (counts.changed, ==, 0);
  g_assert_cmpuint (counts.record_changed, ==, 2);
  g_assert_cmpuint (counts.children_changed, ==, 2);
  g_assert_false (jx_history_can_undo (fixture->history));
  jx_history_end_group (fixture->history);

  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.can_undo_notified, ==, 1);
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Duplicate project");

  /* One undo takes it all back. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_false (jx_history_can_undo (fixture->history));
  g_assert_true (jx_record_equal (before, JX_RECORD (fixture->year)));
  assert_year_saved (fixture);
  g_assert_cmpuint (counts.changed, ==, 2);
  g_assert_cmpstr (jx_history_get_redo_label (fixture->history), ==, "Duplicate project");

  /* One redo does it all again. */
  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_true (project_at (fixture->year, 1) == copy);
  g_assert_cmpstr (jx_project_get_name (copy), ==, "副本");
  g_assert_cmpint (jx_department_year_get_carry_over (fixture->year), ==, 1000000);
  assert_year_saved (fixture);

  /* A group without a label takes its first edit's. */
  jx_history_begin_group (fixture->history, NULL);
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (copy), "code", "X-1", &error));
  jx_history_end_group (fixture->history);
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Edit “code”");

  counts_disconnect (&counts, fixture->history);
}

static void
test_signals (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxProject) project = make_project ("信号");
  Counts counts;

  counts_connect (&counts, fixture->history);

  /* A field. */
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "carry-over", "3", &error));
  g_assert_cmpuint (counts.record_changed, ==, 1);
  g_assert_true (counts.last_record == JX_RECORD (fixture->year));
  g_assert_cmpstr (counts.last_property, ==, "carry-over");
  g_assert_cmpuint (counts.changed, ==, 1);
  g_assert_cmpuint (counts.can_undo_notified, ==, 1);
  g_assert_cmpuint (counts.can_redo_notified, ==, 0);

  /* A second edit changes can-undo no more. */
  g_assert_true (jx_history_insert (fixture->history, JX_RECORD (fixture->year), "projects", 2,
                                    JX_RECORD (project), &error));
  g_assert_cmpuint (counts.children_changed, ==, 1);
  g_assert_true (counts.last_owner == JX_RECORD (fixture->year));
  g_assert_cmpstr (counts.last_child_set, ==, "projects");
  g_assert_cmpuint (counts.position, ==, 2);
  g_assert_cmpuint (counts.removed, ==, 0);
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.changed, ==, 2);
  g_assert_cmpuint (counts.can_undo_notified, ==, 1);

  /* Undo of the insertion removes at the same place. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_cmpuint (counts.children_changed, ==, 2);
  g_assert_cmpuint (counts.position, ==, 2);
  g_assert_cmpuint (counts.removed, ==, 1);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_cmpuint (counts.changed, ==, 3);
  g_assert_cmpuint (counts.can_redo_notified, ==, 1);

  /* Undo of the field reports the field. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_cmpuint (counts.record_changed, ==, 2);
  g_assert_cmpstr (counts.last_property, ==, "carry-over");
  g_assert_cmpuint (counts.can_undo_notified, ==, 2);
  g_assert_false (jx_history_can_undo (fixture->history));

  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_cmpuint (counts.record_changed, ==, 3);
  g_assert_cmpuint (counts.can_undo_notified, ==, 3);
  g_assert_true (jx_history_redo (fixture->history, &error));
  g_assert_cmpuint (counts.children_changed, ==, 3);
  g_assert_cmpuint (counts.added, ==, 1);
  g_assert_cmpuint (counts.can_redo_notified, ==, 2);
  g_assert_cmpuint (counts.changed, ==, 6);

  /* Removal. */
  g_assert_true (jx_history_remove (fixture->history, JX_RECORD (project), "indicators", 1, &error));
  g_assert_true (counts.last_owner == JX_RECORD (project));
  g_assert_cmpstr (counts.last_child_set, ==, "indicators");
  g_assert_cmpuint (counts.position, ==, 1);
  g_assert_cmpuint (counts.removed, ==, 1);
  g_assert_cmpuint (counts.added, ==, 0);
  g_assert_no_error (error);

  /* Clearing reports that nothing can be undone. */
  jx_history_clear (fixture->history);
  g_assert_false (jx_history_can_undo (fixture->history));
  g_assert_cmpuint (counts.can_undo_notified, ==, 4);
  g_object_get (fixture->history, "can-undo", &(gboolean) { TRUE }, NULL);

  counts_disconnect (&counts, fixture->history);
}

/* The file refers to a parent by its id, memory by its name: renaming a
 * department keeps its sub-units below it in both, through deletion and
 * undo. */
static void
test_renamed_parent_keeps_its_units (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartment) parent = jx_department_new ();
  g_autoptr(JxDepartment) child = jx_department_new ();
  g_autoptr(JxDepartment) saved = NULL;
  GPtrArray *departments = jx_history_get_departments (fixture->history, &error);

  jx_department_set_name (parent, "甲局");
  jx_department_set_name (child, "乙所");
  jx_department_set_parent (child, "甲局");
  g_assert_true (jx_history_insert (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, departments->len, JX_RECORD (parent), &error));
  g_assert_true (jx_history_insert (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, departments->len, JX_RECORD (child), &error));

  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (parent), "name", "甲局（新）", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (jx_department_get_parent (child), ==, "甲局（新）");
  saved = reload_department (fixture, "乙所");
  g_assert_cmpstr (jx_department_get_parent (saved), ==, "甲局（新）");
  g_clear_object (&saved);

  /* Deleted and brought back, the parent has its unit again. */
  g_assert_true (jx_history_remove (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, departments->len - 2, &error));
  g_assert_null (jx_department_get_parent (child));
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  saved = reload_department (fixture, "乙所");
  g_assert_cmpstr (jx_department_get_parent (saved), ==, "甲局（新）");
  g_clear_object (&saved);

  /* Undoing the rename renames the parent in memory too. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_cmpstr (jx_department_get_parent (child), ==, "甲局");
  saved = reload_department (fixture, "乙所");
  g_assert_cmpstr (jx_department_get_parent (saved), ==, "甲局");
}

/* Departments are the child set "departments" of no owner. */
static void
test_departments (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxDepartment) parent = jx_department_new ();
  g_autoptr(JxDepartment) child = jx_department_new ();
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();
  g_autoptr(JxDepartment) saved = NULL;
  g_autoptr(GPtrArray) listed = NULL;
  GPtrArray *departments = jx_history_get_departments (fixture->history, &error);
  Counts counts;

  g_assert_true (departments == jx_history_get_departments (fixture->history, NULL));

  counts_connect (&counts, fixture->history);

  jx_department_set_name (parent, "上级单位");
  jx_department_year_set_year (year, 2022);
  jx_record_append_child (JX_RECORD (parent), "years", JX_RECORD (year));
  jx_department_set_name (child, "下属单位");
  jx_department_set_parent (child, "上级单位");

  g_assert_true (jx_history_insert (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, 0, JX_RECORD (parent), &error));
  g_assert_true (jx_history_insert (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, 5, JX_RECORD (child), &error));
  g_assert_no_error (error);
  g_assert_true (counts.last_owner == NULL);
  g_assert_cmpstr (counts.last_child_set, ==, "departments");
  g_assert_cmpuint (departments->len, ==, 6);
  g_assert_true (g_ptr_array_index (departments, 0) == parent);

  /* The file lists them in that order, the year included. */
  {
    g_autoptr(JxStore) store = jx_store_open (jx_store_get_path (fixture->store), JX_STORE_OPEN_FLAGS_NONE, &error);

    listed = jx_store_list_departments (store, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (listed->len, ==, 6);
    g_assert_cmpstr (jx_department_get_name (g_ptr_array_index (listed, 0)), ==, "上级单位");
    g_assert_cmpstr (jx_department_get_name (g_ptr_array_index (listed, 5)), ==, "下属单位");
    g_assert_cmpstr (jx_department_get_parent (g_ptr_array_index (listed, 5)), ==, "上级单位");
  }
  saved = reload_department (fixture, "上级单位");
  g_assert_cmpuint (jx_department_get_years (saved)->len, ==, 1);
  g_clear_object (&saved);

  /* A second department of one name is refused, and nothing changes. */
  {
    g_autoptr(JxDepartment) twin = jx_department_new ();
    g_autoptr(GError) twin_error = NULL;

    jx_department_set_name (twin, "上级单位");
    g_assert_false (jx_history_insert (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, 0, JX_RECORD (twin), &twin_error));
    g_assert_error (twin_error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);
    g_assert_cmpuint (departments->len, ==, 6);
    g_assert_cmpint (jx_record_get_id (JX_RECORD (twin)), ==, 0);
    g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Add “下属单位”");
  }

  /* Removing the parent leaves the child without one, in memory as in
   * the file; undo gives it back. */
  g_assert_true (jx_history_remove (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (departments->len, ==, 5);
  g_assert_null (jx_department_get_parent (child));
  g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Delete “上级单位”");
  g_assert_null (reload_department (fixture, "上级单位"));
  g_assert_cmpint (jx_test_count_rows (fixture->store, "department_years WHERE year = 2022"), ==, 0);
  saved = reload_department (fixture, "下属单位");
  g_assert_null (jx_department_get_parent (saved));
  g_clear_object (&saved);

  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_true (g_ptr_array_index (departments, 0) == parent);
  g_assert_cmpstr (jx_department_get_parent (child), ==, "上级单位");
  saved = reload_department (fixture, "下属单位");
  g_assert_cmpstr (jx_department_get_parent (saved), ==, "上级单位");
  g_clear_object (&saved);
  saved = reload_department (fixture, "上级单位");
  g_assert_true (jx_record_equal (JX_RECORD (saved), JX_RECORD (parent)));
  g_clear_object (&saved);

  /* Move the new department to the end. */
  g_assert_true (jx_history_move (fixture->history, NULL, JX_HISTORY_DEPARTMENTS, 0, 5, &error));
  g_clear_pointer (&listed, g_ptr_array_unref);
  listed = jx_store_list_departments (fixture->store, &error);
  g_assert_cmpstr (jx_department_get_name (g_ptr_array_index (listed, 5)), ==, "上级单位");

  counts_disconnect (&counts, fixture->history);
}

/* Failures leave everything as it was */

static void
test_undo_on_a_read_only_database_fails_cleanly (Fixture       *fixture,
                                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxProject) project = make_project ("只读");
  g_autoptr(JxRecord) before = NULL;
  JxProject *removed = project_at (fixture->year, 0);
  Counts counts;

  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "carry-over", "5", &error));
  g_assert_true (jx_history_insert (fixture->history, JX_RECORD (fixture->year), "projects", 0,
                                    JX_RECORD (project), &error));
  g_assert_true (jx_history_remove (fixture->history, JX_RECORD (fixture->year), "projects", 1, &error));
  g_assert_no_error (error);
  before = jx_record_copy (JX_RECORD (fixture->year));

  counts_connect (&counts, fixture->history);
  jx_store_set_query_only (fixture->store, TRUE);

  /* Each kind of edit fails to undo, and changes nothing. */
  for (guint i = 0; i < 2; i++)
    {
      g_clear_error (&error);
      g_assert_false (jx_history_undo (fixture->history, &error));
      g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_READ_ONLY);
      g_assert_true (jx_record_equal (before, JX_RECORD (fixture->year)));
      g_assert_true (project_at (fixture->year, 0) == project);
      g_assert_cmpint (jx_record_get_id (JX_RECORD (project)), >, 0);
      g_assert_cmpint (jx_record_get_id (JX_RECORD (removed)), ==, 0);
      g_assert_cmpstr (jx_history_get_undo_label (fixture->history), ==, "Delete “科学技术奖奖励项目”");
      g_assert_false (jx_history_can_redo (fixture->history));
    }

  /* New edits fail the same way. */
  g_clear_error (&error);
  g_assert_false (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "carry-over", "6", &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_READ_ONLY);
  g_assert_cmpint (jx_department_year_get_carry_over (fixture->year), ==, 5000000);

  g_assert_cmpuint (counts.record_changed + counts.children_changed + counts.changed, ==, 0);
  g_assert_cmpuint (counts.can_undo_notified + counts.can_redo_notified, ==, 0);
  jx_store_set_query_only (fixture->store, FALSE);
  assert_year_saved (fixture);

  /* Once the file can be written, all three undo. */
  g_clear_error (&error);
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_true (project_at (fixture->year, 0) == removed);
  assert_year_saved (fixture);

  counts_disconnect (&counts, fixture->history);
}

/* A step that fails half-way through its undo is rolled back whole: what
 * was already undone in memory is done again. */
static void
test_failed_undo_of_a_group_is_rolled_back (Fixture       *fixture,
                                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxRecord) before = NULL;
  JxProject *project = project_at (fixture->year, 2);
  JxProject *removed = project_at (fixture->year, 0);
  sqlite3 *db = NULL;
  Counts counts;

  jx_history_begin_group (fixture->history, "Several");
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (fixture->year), "carry-over", "5", &error));
  g_assert_true (jx_history_remove (fixture->history, JX_RECORD (fixture->year), "projects", 0, &error));
  g_assert_true (jx_history_move (fixture->history, JX_RECORD (fixture->year), "projects", 0, 2, &error));
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (project), "name", "新名字", &error));
  jx_history_end_group (fixture->history);
  g_assert_no_error (error);
  before = jx_record_copy (JX_RECORD (fixture->year));

  /* Another program forbids changing the year: the last undo of the
   * step fails after the others succeeded. */
  g_assert_cmpint (sqlite3_open (jx_store_get_path (fixture->store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER frozen BEFORE UPDATE ON department_years "
                                     "BEGIN SELECT RAISE (ABORT, 'frozen'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  counts_connect (&counts, fixture->history);
  g_assert_false (jx_history_undo (fixture->history, &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_CONSTRAINT);
  g_assert_true (jx_record_equal (before, JX_RECORD (fixture->year)));
  g_assert_cmpstr (jx_project_get_name (project), ==, "新名字");
  g_assert_false (removed == project_at (fixture->year, 0));
  g_assert_cmpint (jx_record_get_id (JX_RECORD (removed)), ==, 0);
  g_assert_cmpuint (counts.record_changed + counts.children_changed + counts.changed, ==, 0);
  g_assert_true (jx_history_can_undo (fixture->history));
  g_assert_false (jx_history_can_redo (fixture->history));
  assert_year_saved (fixture);

  /* Every id is a row of the file: further edits land where they should. */
  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER frozen", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_clear_error (&error);
  g_assert_true (jx_history_set_text (fixture->history, JX_RECORD (project), "code", "P-3", &error));
  g_assert_no_error (error);
  assert_year_saved (fixture);

  /* Now both undo. */
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_true (removed == project_at (fixture->year, 0));
  assert_year_saved (fixture);
  g_assert_cmpuint (counts.changed, ==, 1 + 2);

  counts_disconnect (&counts, fixture->history);
}

/* Reinserting fails half-way (a funding row is refused): the project
 * stays removed and unstored, ready for the next attempt. */
static void
test_failed_reinsert_leaves_no_trace (Fixture       *fixture,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JxProject) removed = g_object_ref (project_at (fixture->year, 1));
  guint n_projects = jx_department_year_get_projects (fixture->year)->len;
  gint64 n_rows = jx_test_count_rows (fixture->store, "projects");
  sqlite3 *db = NULL;

  g_assert_true (jx_history_remove (fixture->history, JX_RECORD (fixture->year), "projects", 1, &error));
  g_assert_no_error (error);

  g_assert_cmpint (sqlite3_open (jx_store_get_path (fixture->store), &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TRIGGER no_funding BEFORE INSERT ON funding_rows "
                                     "BEGIN SELECT RAISE (ABORT, 'no funding'); END",
                                 NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_false (jx_history_undo (fixture->history, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (jx_department_year_get_projects (fixture->year)->len, ==, n_projects - 1);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (removed)), ==, 0);
  g_assert_cmpint (jx_test_count_rows (fixture->store, "projects"), ==, n_rows - 1);
  assert_year_saved (fixture);

  g_assert_cmpint (sqlite3_exec (db, "DROP TRIGGER no_funding", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_clear_error (&error);
  g_assert_true (jx_history_undo (fixture->history, &error));
  g_assert_no_error (error);
  g_assert_true (project_at (fixture->year, 1) == removed);
  g_assert_cmpint (jx_test_count_rows (fixture->store, "projects"), ==, n_rows);
  assert_year_saved (fixture);
}

/* A history on a file opened read-only refuses every edit. */
static void
test_read_only_store_refuses_edits (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) writer = jx_test_open_samples (dir);
  g_autoptr(JxStore) reader = jx_store_open (jx_store_get_path (writer), JX_STORE_OPEN_FLAGS_READ_ONLY, &error);
  g_autoptr(JxHistory) history = NULL;
  g_autoptr(JxDepartmentYear) year = jx_department_year_new ();
  GPtrArray *departments;
  JxDepartment *department;

  g_assert_no_error (error);
  history = jx_history_new (reader);
  g_assert_true (jx_history_get_store (history) == reader);
  departments = jx_history_get_departments (history, &error);
  g_assert_no_error (error);
  department = g_ptr_array_index (departments, 0);

  g_assert_false (jx_history_set_text (history, JX_RECORD (department), "code", "001", &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_READ_ONLY);
  g_assert_null (jx_department_get_code (department));
  g_clear_error (&error);

  jx_department_year_set_year (year, 2030);
  g_assert_false (jx_history_insert (history, JX_RECORD (department), "years", 0, JX_RECORD (year), &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_assert_false (jx_history_remove (history, NULL, JX_HISTORY_DEPARTMENTS, 0, &error));
  g_assert_error (error, JX_STORE_ERROR, JX_STORE_ERROR_READ_ONLY);
  g_assert_cmpuint (departments->len, ==, 4);
  g_assert_cmpint (jx_record_get_id (JX_RECORD (department)), >, 0);
  g_assert_false (jx_history_can_undo (history));

  g_clear_object (&history);
  g_clear_object (&reader);
  g_clear_object (&writer);
  jx_test_remove_dir (dir);
}

static void
add_test (const char    *path,
          void         (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/history/set-text/money-is-saved-at-once", test_money_text_is_saved_at_once);
  add_test ("/history/set-text/invalid-text-changes-nothing", test_invalid_text_changes_nothing);
  add_test ("/history/set-value/equal-value-records-nothing", test_equal_value_records_nothing);
  add_test ("/history/undo-and-redo-a-value", test_undo_and_redo_a_value);
  add_test ("/history/insert-at-a-position", test_insert_at_a_position);
  add_test ("/history/remove-and-undo-bring-everything-back", test_remove_and_undo_bring_everything_back);
  add_test ("/history/move", test_move);
  add_test ("/history/group-is-one-step", test_group_is_one_step);
  add_test ("/history/signals", test_signals);
  add_test ("/history/departments", test_departments);
  add_test ("/history/renamed-parent-keeps-its-units", test_renamed_parent_keeps_its_units);
  add_test ("/history/undo-on-read-only-database-fails-cleanly", test_undo_on_a_read_only_database_fails_cleanly);
  add_test ("/history/failed-undo-of-a-group-is-rolled-back", test_failed_undo_of_a_group_is_rolled_back);
  add_test ("/history/failed-reinsert-leaves-no-trace", test_failed_reinsert_leaves_no_trace);
  g_test_add_func ("/history/read-only-store-refuses-edits", test_read_only_store_refuses_edits);

  return g_test_run ();
}
