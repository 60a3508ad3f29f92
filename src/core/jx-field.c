/* jx-field.c: the typed fields of a record
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A field is a GParamSpec with two facts attached: its JxFieldKind and its
 * key, the property name with underscores, which is at once the SQLite
 * column and the JSON member.  Storage, JSON exchange and editing are
 * written once, over fields, instead of once per record type.
 *
 * The kind and the JxFieldFlags are kept in the spec's own flags, in the
 * bits GObject leaves to its users, as they are asked for once or more for
 * each value that is read or stored: an import asks ten million times.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "jx-field.h"
#include "jx-number.h"

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

/* Bits of GParamSpec.flags: the kind plus one, then the JxFieldFlags. */
#define KIND_SHIFT  G_PARAM_USER_SHIFT
#define KIND_MASK   (0xfu << KIND_SHIFT)
#define FLAGS_SHIFT (G_PARAM_USER_SHIFT + 4)
#define FLAGS_MASK  (0xfu << FLAGS_SHIFT)

static GQuark key_quark;
static GQuark minimum_quark;
static GQuark table_quark;

static GParamSpec *
attach (GParamSpec   *pspec,
        JxFieldKind   kind,
        JxFieldFlags  flags)
{
  g_autofree char *key = NULL;

  if (G_UNLIKELY (key_quark == 0))
    {
      key_quark = g_quark_from_static_string ("jx-field-key");
      minimum_quark = g_quark_from_static_string ("jx-field-minimum");
      table_quark = g_quark_from_static_string ("jx-field-table");
    }

  key = g_strdelimit (g_strdup (g_param_spec_get_name (pspec)), "-", '_');

  g_assert ((guint) kind + 1 <= KIND_MASK >> KIND_SHIFT && (guint) flags <= FLAGS_MASK >> FLAGS_SHIFT);
  pspec->flags |= (GParamFlags) ((((guint) kind + 1) << KIND_SHIFT) | ((guint) flags << FLAGS_SHIFT));
  g_param_spec_set_qdata (pspec, key_quark, (gpointer) g_intern_string (key));

  return pspec;
}

GParamSpec *
jx_field_new_text (const char   *name,
                   JxFieldFlags  flags)
{
  return attach (g_param_spec_string (name, NULL, NULL, NULL, PARAM_FLAGS),
                 JX_FIELD_TEXT, flags);
}

GParamSpec *
jx_field_new_integer (const char   *name,
                      gint64        minimum,
                      gint64        maximum,
                      JxFieldFlags  flags)
{
  GParamSpec *pspec;

  /* The property itself accepts JX_UNSET, below every minimum; the
   * minimum is kept beside it and checked when text is converted. */
  pspec = attach (g_param_spec_int64 (name, NULL, NULL, G_MININT64, maximum, JX_UNSET, PARAM_FLAGS),
                  JX_FIELD_INTEGER, flags);
  g_param_spec_set_qdata_full (pspec, minimum_quark,
                               g_memdup2 (&minimum, sizeof minimum), g_free);

  return pspec;
}

GParamSpec *
jx_field_new_money (const char *name)
{
  return attach (g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, JX_UNSET, PARAM_FLAGS),
                 JX_FIELD_MONEY, JX_FIELD_FLAGS_NONE);
}

GParamSpec *
jx_field_new_points (const char *name)
{
  return attach (g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, JX_UNSET, PARAM_FLAGS),
                 JX_FIELD_POINTS, JX_FIELD_FLAGS_NONE);
}

GParamSpec *
jx_field_new_decimal (const char *name)
{
  return attach (g_param_spec_string (name, NULL, NULL, NULL, PARAM_FLAGS),
                 JX_FIELD_DECIMAL, JX_FIELD_FLAGS_NONE);
}

GParamSpec *
jx_field_new_enum (const char   *name,
                   GType         enum_type,
                   JxFieldFlags  flags)
{
  return attach (g_param_spec_enum (name, NULL, NULL, enum_type, 0, PARAM_FLAGS),
                 JX_FIELD_ENUM, flags);
}

/**
 * jx_field_new_reference:
 * @name: the property name
 * @table: the table of the records referred to, by their unique name
 *
 * A reference to another record by its name: the property holds the
 * name, the database the row id in the column “@key_id”.
 */
GParamSpec *
jx_field_new_reference (const char *name,
                        const char *table)
{
  GParamSpec *pspec = attach (g_param_spec_string (name, NULL, NULL, NULL, PARAM_FLAGS),
                              JX_FIELD_REFERENCE, JX_FIELD_FLAGS_NONE);

  g_param_spec_set_qdata (pspec, table_quark, (gpointer) g_intern_string (table));
  return pspec;
}

JxFieldKind
jx_field_get_kind (GParamSpec *pspec)
{
  guint kind = ((guint) pspec->flags & KIND_MASK) >> KIND_SHIFT;

  g_return_val_if_fail (kind != 0, JX_FIELD_TEXT);

  return (JxFieldKind) (kind - 1);
}

gboolean
jx_field_is_required (GParamSpec *pspec)
{
  guint flags = ((guint) pspec->flags & FLAGS_MASK) >> FLAGS_SHIFT;

  return (flags & JX_FIELD_FLAGS_REQUIRED) != 0;
}

/**
 * jx_field_get_key:
 * @pspec: a field
 *
 * Returns: the field's SQLite column and JSON member name ("initial_basic"
 *   for the property "initial-basic")
 */
const char *
jx_field_get_key (GParamSpec *pspec)
{
  return g_param_spec_get_qdata (pspec, key_quark);
}

/* What the user calls each field, for messages such as "Undo: Edit
 * “initial budget”".  Sorted by property name. */
typedef struct {
  const char *property;
  const char *label;
} FieldLabel;

static const FieldLabel field_labels[] = {
  { "achieved-from", N_("lower limit of “achieved”") },
  { "achievements", N_("achievements") },
  { "actual", N_("actual spending") },
  { "actual-basic", N_("actual basic expenditure") },
  { "actual-outcome", N_("actual outcome") },
  { "actual-personnel", N_("actual personnel expenses") },
  { "actual-project", N_("actual project expenditure") },
  { "actual-public", N_("actual public expenses") },
  { "actual-text", N_("actual value as written") },
  { "actual-total", N_("actual total expenditure") },
  { "actual-value", N_("actual value") },
  { "adjusted", N_("full-year budget") },
  { "adjusted-basic", N_("adjusted basic expenditure") },
  { "adjusted-personnel", N_("adjusted personnel expenses") },
  { "adjusted-project", N_("adjusted project expenditure") },
  { "adjusted-public", N_("adjusted public expenses") },
  { "adjusted-total", N_("adjusted budget") },
  { "amount", N_("amount") },
  { "arrived", N_("funds arrived") },
  { "assessment", N_("assessment") },
  { "budget", N_("budget") },
  { "carry-over", N_("balance carried over") },
  { "code", N_("code") },
  { "comparator", N_("comparator") },
  { "cost-weight", N_("cost weight") },
  { "description", N_("description") },
  { "deviation-reason", N_("deviation reason") },
  { "effect-weight", N_("benefit weight") },
  { "excellent-from", N_("lower limit of 优") },
  { "execution-weight", N_("execution weight") },
  { "fair-from", N_("lower limit of 中") },
  { "figure", N_("figure") },
  { "functions", N_("functions") },
  { "goals", N_("goals") },
  { "good-from", N_("lower limit of 良") },
  { "improvement", N_("improvement measures") },
  { "improvements", N_("improvement measures") },
  { "initial", N_("initial budget") },
  { "initial-basic", N_("initial basic expenditure") },
  { "initial-personnel", N_("initial personnel expenses") },
  { "initial-project", N_("initial project expenditure") },
  { "initial-public", N_("initial public expenses") },
  { "initial-total", N_("initial budget") },
  { "internal-units", N_("internal units") },
  { "kind", N_("kind") },
  { "label", N_("label") },
  { "level1", N_("level 1 category") },
  { "level2", N_("level 2 category") },
  { "missing-weights", N_("missing weights") },
  { "monitoring-blue-from", N_("lower limit of blue in monitoring") },
  { "monitoring-green-from", N_("lower limit of green in monitoring") },
  { "monitoring-yellow-from", N_("lower limit of yellow in monitoring") },
  { "name", N_("name") },
  { "note", N_("remarks") },
  { "operating-expenses", N_("operating expenses") },
  { "organization", N_("organization of the work") },
  { "other-notes", N_("other notes") },
  { "output-weight", N_("output weight") },
  { "over-achievement-from", N_("over-achievement threshold") },
  { "override-reason", N_("reason for the manual score") },
  { "parent", N_("parent unit") },
  { "partly-from", N_("lower limit of “partly achieved”") },
  { "planned-target", N_("planned target") },
  { "problems", N_("problems") },
  { "profile", N_("scoring profile") },
  { "recipient", N_("recipient") },
  { "result-application", N_("use of the results") },
  { "reverse-formula", N_("reverse formula") },
  { "satisfaction-weight", N_("satisfaction weight") },
  { "score-decimals", N_("score decimals") },
  { "score-override", N_("manual score") },
  { "section", N_("section") },
  { "source", N_("source of funds") },
  { "staff-actual", N_("actual staff") },
  { "staff-authorized", N_("authorized staff") },
  { "stated-allocation-total", N_("stated allocation total") },
  { "stated-arrival-rate", N_("stated arrival rate") },
  { "stated-attainment-rate", N_("stated attainment rate") },
  { "stated-execution-rate", N_("stated execution rate") },
  { "stated-grade", N_("stated grade") },
  { "stated-score", N_("stated score") },
  { "subproject-count", N_("number of sub-projects") },
  { "target-text", N_("target as written") },
  { "target-unit", N_("target unit") },
  { "target-value", N_("target value") },
  { "tasks", N_("tasks") },
  { "transfer-source", N_("source of the transfer") },
  { "weight", N_("weight") },
  { "written", N_("as written") },
  { "year", N_("year") },
};

static int
compare_field_label (const void *key,
                     const void *element)
{
  return strcmp (key, ((const FieldLabel *) element)->property);
}

/**
 * jx_field_get_label:
 * @pspec: a field
 *
 * Returns: what the user calls the field, translated ("initial budget"
 *   for "initial-total")
 */
const char *
jx_field_get_label (GParamSpec *pspec)
{
  const char *name = g_param_spec_get_name (pspec);
  const FieldLabel *found = bsearch (name, field_labels, G_N_ELEMENTS (field_labels),
                                     sizeof field_labels[0], compare_field_label);

  return found != NULL ? _(found->label) : name;
}

/**
 * jx_field_get_reference_table:
 * @pspec: a field of kind %JX_FIELD_REFERENCE
 *
 * Returns: the table of the records the field refers to
 */
const char *
jx_field_get_reference_table (GParamSpec *pspec)
{
  g_return_val_if_fail (jx_field_get_kind (pspec) == JX_FIELD_REFERENCE, NULL);

  return g_param_spec_get_qdata (pspec, table_quark);
}

/**
 * jx_field_is_empty:
 * @pspec: a field
 * @value: a value of the field's type
 *
 * Returns: whether @value means "not given"
 */
gboolean
jx_field_is_empty (GParamSpec   *pspec,
                   const GValue *value)
{
  switch (jx_field_get_kind (pspec))
    {
    case JX_FIELD_TEXT:
    case JX_FIELD_DECIMAL:
    case JX_FIELD_REFERENCE:
      return g_value_get_string (value) == NULL;

    case JX_FIELD_INTEGER:
    case JX_FIELD_MONEY:
    case JX_FIELD_POINTS:
      return g_value_get_int64 (value) == JX_UNSET;

    case JX_FIELD_ENUM:
      return g_value_get_enum (value) == 0;

    default:
      g_assert_not_reached ();
    }
}

/**
 * jx_field_value_from_text:
 * @pspec: a field
 * @text: the value as typed or read from a file; empty means "not given"
 * @value: an initialized #GValue of the field's type
 * @error: return location for a #JX_NUMBER_ERROR
 *
 * Converts @text into a value of the field, exactly: money in 万元,
 * points, decimals, a whole number, an enum nick or text.
 */
gboolean
jx_field_value_from_text (GParamSpec  *pspec,
                          const char  *text,
                          GValue      *value,
                          GError     **error)
{
  JxFieldKind kind = jx_field_get_kind (pspec);
  g_autofree char *stripped_copy = NULL;
  const char *stripped = text != NULL ? text : "";
  gint64 number;

  if (g_ascii_isspace (stripped[0]) || (stripped[0] != '\0' && g_ascii_isspace (stripped[strlen (stripped) - 1])))
    stripped = stripped_copy = g_strstrip (g_strdup (stripped));

  if (kind != JX_FIELD_TEXT && stripped[0] == '\0')
    {
      g_param_value_set_default (pspec, value);
      if (kind == JX_FIELD_ENUM)
        g_value_set_enum (value, 0);
      return TRUE;
    }

  switch (kind)
    {
    case JX_FIELD_TEXT:
      g_value_set_string (value, text != NULL && text[0] != '\0' ? text : NULL);
      return TRUE;

    case JX_FIELD_REFERENCE:
      g_value_set_string (value, stripped);
      return TRUE;

    case JX_FIELD_DECIMAL:
      {
        g_autofree char *normalized = NULL;

        if (!jx_number_normalize_decimal (stripped, &normalized, error))
          return FALSE;
        g_value_take_string (value, g_steal_pointer (&normalized));
        return TRUE;
      }

    case JX_FIELD_INTEGER:
      {
        gint64 maximum = G_PARAM_SPEC_INT64 (pspec)->maximum;
        gint64 minimum = *(gint64 *) g_param_spec_get_qdata (pspec, minimum_quark);

        if (!jx_number_parse_fixed (stripped, 0, &number, error))
          return FALSE;
        if (number < minimum || number > maximum)
          {
            g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, minimum);
            g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, maximum);

            g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_OUT_OF_RANGE,
                         _("%s is not between %s and %s"), stripped, low, high);
            return FALSE;
          }
        g_value_set_int64 (value, number);
        return TRUE;
      }

    case JX_FIELD_MONEY:
    case JX_FIELD_POINTS:
      if (!jx_number_parse_fixed (stripped, kind == JX_FIELD_MONEY ? 6 : JX_POINTS_SCALE,
                                  &number, error))
        return FALSE;
      if (number == JX_UNSET)
        {
          g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_OUT_OF_RANGE,
                       _("“%s” is too large"), stripped);
          return FALSE;
        }
      g_value_set_int64 (value, number);
      return TRUE;

    case JX_FIELD_ENUM:
      {
        GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        GEnumValue *enum_value = g_enum_get_value_by_nick (enum_class, stripped);
        g_autoptr(GString) choices = g_string_new (NULL);

        if (enum_value != NULL && enum_value->value != 0)
          {
            g_value_set_enum (value, enum_value->value);
            return TRUE;
          }

        for (guint i = 0; i < enum_class->n_values; i++)
          {
            if (enum_class->values[i].value == 0)
              continue;
            if (choices->len > 0)
              g_string_append (choices, ", ");
            g_string_append (choices, enum_class->values[i].value_nick);
          }

        g_set_error (error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_INVALID,
                     _("“%s” is not one of: %s"), stripped, choices->str);
        return FALSE;
      }

    default:
      g_assert_not_reached ();
    }
}

/**
 * jx_field_value_to_text:
 * @pspec: a field
 * @value: a value of the field's type
 *
 * Returns: (transfer full) (nullable): @value in the form that
 *   jx_field_value_from_text() reads back, or %NULL when it is empty
 */
char *
jx_field_value_to_text (GParamSpec   *pspec,
                        const GValue *value)
{
  if (jx_field_is_empty (pspec, value))
    return NULL;

  switch (jx_field_get_kind (pspec))
    {
    case JX_FIELD_TEXT:
    case JX_FIELD_DECIMAL:
    case JX_FIELD_REFERENCE:
      return g_value_dup_string (value);

    case JX_FIELD_INTEGER:
      return g_strdup_printf ("%" G_GINT64_FORMAT, g_value_get_int64 (value));

    case JX_FIELD_MONEY:
      return jx_number_format_fixed (g_value_get_int64 (value), 6, 0);

    case JX_FIELD_POINTS:
      return jx_number_format_fixed (g_value_get_int64 (value), JX_POINTS_SCALE, 0);

    case JX_FIELD_ENUM:
      {
        GEnumClass *enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
        GEnumValue *enum_value = g_enum_get_value (enum_class, g_value_get_enum (value));

        return g_strdup (enum_value != NULL ? enum_value->value_nick : NULL);
      }

    default:
      g_assert_not_reached ();
    }
}
