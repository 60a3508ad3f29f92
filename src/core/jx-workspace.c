/* jx-workspace.c: what one window works on
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workspace holds the open database, the history of its edits and the
 * department-year the user is looking at, with the score of that year
 * and what the consistency checker finds in it.  After every edit, undo
 * or redo it scores the year again and says so ("scores-changed"), so
 * that every pane shows computed figures that match the data.  It knows
 * nothing of GTK: the window and its panes listen to it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "jx-checker.h"
#include "jx-workspace.h"

struct _JxWorkspace
{
  GObject           parent_instance;

  JxStore          *store;
  JxHistory        *history;

  JxDepartment     *department;
  JxDepartmentYear *year;
  JxProject        *project;

  JxScoringProfile *profile;
  JxYearScore      *score;
  GPtrArray        *findings;
};

G_DEFINE_FINAL_TYPE (JxWorkspace, jx_workspace, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_DEPARTMENT,
  PROP_YEAR,
  PROP_PROJECT,
  N_PROPS
};

enum {
  SCORES_CHANGED,
  RECORD_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_score (JxWorkspace *self)
{
  g_clear_pointer (&self->score, jx_year_score_free);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
}

/**
 * jx_workspace_rescore:
 * @self: a workspace
 *
 * Scores the selected year again and checks it, then emits
 * #JxWorkspace::scores-changed.  Edits through the history do this by
 * themselves.
 */
void
jx_workspace_rescore (JxWorkspace *self)
{
  g_return_if_fail (JX_IS_WORKSPACE (self));

  clear_score (self);

  if (self->year != NULL && self->profile != NULL)
    {
      self->score = jx_year_score_new (self->profile, self->year);
      self->findings = jx_checker_check_year (self->score, jx_department_get_name (self->department));
    }

  g_signal_emit (self, signals[SCORES_CHANGED], 0);
}

static void
history_record_changed_cb (JxWorkspace *self,
                           JxRecord    *record,
                           const char  *property)
{
  g_autoptr(JxScoringProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  if (record != JX_RECORD (self->year) || g_strcmp0 (property, "profile") != 0)
    return;

  /* A year that chooses another scoring profile is scored by it.  The
   * store refuses names of profiles that do not exist, so a failure here
   * is one of reading, and the profile in use stays. */
  profile = jx_year_score_load_profile (self->store, self->year, &error);
  if (profile != NULL)
    g_set_object (&self->profile, profile);
  else
    g_warning ("Could not load the scoring profile: %s", error->message);
}

static void
history_children_changed_cb (JxWorkspace *self,
                             JxRecord    *owner,
                             const char  *child_set,
                             guint        position,
                             guint        removed,
                             guint        added)
{
  /* The selected project may have been deleted with its year's list. */
  if (self->project != NULL && jx_record_get_id (JX_RECORD (self->project)) == 0)
    jx_workspace_set_project (self, NULL);
}

static void
history_changed_cb (JxWorkspace *self)
{
  jx_workspace_rescore (self);
}

static void
jx_workspace_constructed (GObject *object)
{
  JxWorkspace *self = JX_WORKSPACE (object);

  G_OBJECT_CLASS (jx_workspace_parent_class)->constructed (object);

  self->history = jx_history_new (self->store);
  g_signal_connect_object (self->history, "record-changed",
                           G_CALLBACK (history_record_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "children-changed",
                           G_CALLBACK (history_children_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "changed",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
jx_workspace_dispose (GObject *object)
{
  JxWorkspace *self = JX_WORKSPACE (object);

  clear_score (self);
  g_clear_object (&self->history);
  g_clear_object (&self->project);
  g_clear_object (&self->year);
  g_clear_object (&self->department);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (jx_workspace_parent_class)->dispose (object);
}

static void
jx_workspace_finalize (GObject *object)
{
  JxWorkspace *self = JX_WORKSPACE (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (jx_workspace_parent_class)->finalize (object);
}

static void
jx_workspace_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  JxWorkspace *self = JX_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_DEPARTMENT:
      g_value_set_object (value, self->department);
      break;
    case PROP_YEAR:
      g_value_set_object (value, self->year);
      break;
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_workspace_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  JxWorkspace *self = JX_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_PROJECT:
      jx_workspace_set_project (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
jx_workspace_class_init (JxWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = jx_workspace_constructed;
  object_class->dispose = jx_workspace_dispose;
  object_class->finalize = jx_workspace_finalize;
  object_class->get_property = jx_workspace_get_property;
  object_class->set_property = jx_workspace_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JX_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEPARTMENT] =
    g_param_spec_object ("department", NULL, NULL, JX_TYPE_DEPARTMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_object ("year", NULL, NULL, JX_TYPE_DEPARTMENT_YEAR,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, JX_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * JxWorkspace::scores-changed:
   *
   * The score and the findings of the selected year were computed again:
   * after another year was selected and after every edit, undo or redo.
   */
  signals[SCORES_CHANGED] =
    g_signal_new ("scores-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * JxWorkspace::record-activated:
   * @record: the record to show
   *
   * Somebody asked to see @record: a bar of a chart, a finding, a link.
   * The window shows the pane that edits it.
   */
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, JX_TYPE_RECORD);
}

static void
jx_workspace_init (JxWorkspace *self)
{
}

/**
 * jx_workspace_new:
 * @store: an open database
 *
 * Returns: (transfer full): a workspace on @store, with no year selected
 */
JxWorkspace *
jx_workspace_new (JxStore *store)
{
  g_return_val_if_fail (JX_IS_STORE (store), NULL);

  return g_object_new (JX_TYPE_WORKSPACE, "store", store, NULL);
}

JxStore *
jx_workspace_get_store (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->store;
}

JxHistory *
jx_workspace_get_history (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->history;
}

/**
 * jx_workspace_get_departments:
 * @self: a workspace
 * @error: return location for a #JX_STORE_ERROR
 *
 * Returns: (transfer none) (element-type JxDepartment): the departments
 *   of the database with their years, or %NULL when they could not be read
 */
GPtrArray *
jx_workspace_get_departments (JxWorkspace  *self,
                              GError      **error)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return jx_history_get_departments (self->history, error);
}

/**
 * jx_workspace_load_year:
 * @self: a workspace
 * @year: a department-year of the database
 * @error: return location for a #JX_STORE_ERROR
 *
 * Reads the whole tree of @year (projects, indicators, budget lines ...)
 * unless it is in memory already.
 *
 * Returns: whether @year is now whole in memory
 */
gboolean
jx_workspace_load_year (JxWorkspace       *self,
                        JxDepartmentYear  *year,
                        GError           **error)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (JX_IS_DEPARTMENT_YEAR (year), FALSE);

  /* Reading a year again would replace the records that the history and
   * the panes hold: the history reads each once. */
  return jx_history_load_children (self->history, JX_RECORD (year), error);
}

/**
 * jx_workspace_select_year:
 * @self: a workspace
 * @department: (nullable): a department of jx_workspace_get_departments()
 * @year: (nullable): one of its years
 * @error: return location for a #JX_STORE_ERROR
 *
 * Selects the year that the panes show, reading it whole, and scores it.
 * %NULL selects nothing.  On failure the selection stays as it was.
 *
 * Returns: whether the year was selected
 */
gboolean
jx_workspace_select_year (JxWorkspace       *self,
                          JxDepartment      *department,
                          JxDepartmentYear  *year,
                          GError           **error)
{
  g_autoptr(JxScoringProfile) profile = NULL;

  g_return_val_if_fail (JX_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (department == NULL || JX_IS_DEPARTMENT (department), FALSE);
  g_return_val_if_fail (year == NULL || department != NULL, FALSE);

  if (department == self->department && year == self->year)
    return TRUE;

  if (year != NULL)
    {
      if (!jx_workspace_load_year (self, year, error))
        return FALSE;

      profile = jx_year_score_load_profile (self->store, year, error);
      if (profile == NULL)
        return FALSE;
    }

  g_set_object (&self->profile, profile);

  g_object_freeze_notify (G_OBJECT (self));

  jx_workspace_set_project (self, NULL);
  if (g_set_object (&self->department, department))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPARTMENT]);
  if (g_set_object (&self->year, year))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);

  jx_workspace_rescore (self);

  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

JxDepartment *
jx_workspace_get_department (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->department;
}

JxDepartmentYear *
jx_workspace_get_year (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->year;
}

JxProject *
jx_workspace_get_project (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->project;
}

/**
 * jx_workspace_set_project:
 * @self: a workspace
 * @project: (nullable): a project of the selected year
 *
 * Selects the project whose indicators the indicator pane shows; %NULL
 * selects the department-year's own indicators.
 */
void
jx_workspace_set_project (JxWorkspace *self,
                          JxProject   *project)
{
  g_return_if_fail (JX_IS_WORKSPACE (self));
  g_return_if_fail (project == NULL || JX_IS_PROJECT (project));

  if (g_set_object (&self->project, project))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROJECT]);
}

/**
 * jx_workspace_get_profile:
 * @self: a workspace
 *
 * Returns: (transfer none) (nullable): the scoring profile of the
 *   selected year
 */
JxScoringProfile *
jx_workspace_get_profile (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->profile;
}

/**
 * jx_workspace_get_score:
 * @self: a workspace
 *
 * Returns: (transfer none) (nullable): the score of the selected year,
 *   valid until the next #JxWorkspace::scores-changed
 */
JxYearScore *
jx_workspace_get_score (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->score;
}

/**
 * jx_workspace_get_findings:
 * @self: a workspace
 *
 * Returns: (transfer none) (nullable) (element-type JxFinding): what the
 *   consistency checker finds in the selected year, valid until the next
 *   #JxWorkspace::scores-changed
 */
GPtrArray *
jx_workspace_get_findings (JxWorkspace *self)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  return self->findings;
}

/**
 * jx_workspace_find_project_score:
 * @self: a workspace
 * @project: a project
 *
 * Returns: (transfer none) (nullable): the score of @project, %NULL when
 *   it is not a project of the selected year
 */
const JxProjectScore *
jx_workspace_find_project_score (JxWorkspace *self,
                                 JxProject   *project)
{
  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  if (self->score == NULL)
    return NULL;

  for (guint i = 0; i < self->score->projects->len; i++)
    {
      const JxProjectScore *score = g_ptr_array_index (self->score->projects, i);

      if (score->project == project)
        return score;
    }

  return NULL;
}

static const JxIndicatorScore *
find_in (GPtrArray              *indicators,
         const JxIndicatorScore *scores,
         guint                   n_scores,
         JxIndicator            *indicator)
{
  for (guint i = 0; i < indicators->len && i < n_scores; i++)
    if (g_ptr_array_index (indicators, i) == indicator)
      return &scores[i];

  return NULL;
}

/**
 * jx_workspace_find_indicator_score:
 * @self: a workspace
 * @indicator: an indicator of the selected year or of one of its projects
 *
 * Returns: (transfer none) (nullable): the score of @indicator
 */
const JxIndicatorScore *
jx_workspace_find_indicator_score (JxWorkspace *self,
                                   JxIndicator *indicator)
{
  const JxIndicatorScore *found;

  g_return_val_if_fail (JX_IS_WORKSPACE (self), NULL);

  if (self->score == NULL)
    return NULL;

  found = find_in (jx_department_year_get_indicators (self->year),
                   self->score->indicators, self->score->n_indicators, indicator);

  for (guint i = 0; found == NULL && i < self->score->projects->len; i++)
    {
      const JxProjectScore *project = g_ptr_array_index (self->score->projects, i);

      found = find_in (jx_project_get_indicators (project->project),
                       project->indicators, project->n_indicators, indicator);
    }

  return found;
}

/**
 * jx_workspace_list_findings_for:
 * @self: a workspace
 * @subject: a record of the selected year
 *
 * Returns: (transfer container) (element-type JxFinding): the findings
 *   about @subject itself, errors first
 */
GPtrArray *
jx_workspace_list_findings_for (JxWorkspace *self,
                                JxRecord    *subject)
{
  GPtrArray *found = g_ptr_array_new ();

  g_return_val_if_fail (JX_IS_WORKSPACE (self), found);

  if (self->findings == NULL)
    return found;

  for (JxSeverity severity = JX_SEVERITY_ERROR; severity <= JX_SEVERITY_INFO; severity++)
    for (guint i = 0; i < self->findings->len; i++)
      {
        JxFinding *finding = g_ptr_array_index (self->findings, i);

        if (finding->severity == severity && finding->subject == subject)
          g_ptr_array_add (found, finding);
      }

  return found;
}

/**
 * jx_workspace_activate:
 * @self: a workspace
 * @record: the record to show
 *
 * Asks the window to show @record: emits #JxWorkspace::record-activated.
 */
void
jx_workspace_activate (JxWorkspace *self,
                       JxRecord    *record)
{
  g_return_if_fail (JX_IS_WORKSPACE (self));
  g_return_if_fail (JX_IS_RECORD (record));

  if (JX_IS_PROJECT (record))
    jx_workspace_set_project (self, JX_PROJECT (record));

  g_signal_emit (self, signals[RECORD_ACTIVATED], 0, record);
}
