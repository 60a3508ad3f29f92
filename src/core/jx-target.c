/* jx-target.c: indicator targets and actual values read from text
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Targets arrive as people type them: "≥90%", "不少于 2000 份", "５万元以内",
 * "6000余份", "按时公开".  A text that is one non-negative number with an
 * optional comparator, unit and marks of approximation is read into its
 * parts; anything else is qualitative, and the caller keeps the text as it
 * was written.  Reading never fails in any other way.
 */
#include "config.h"

#include <string.h>

#include "jx-number.h"
#include "jx-target.h"

/* The longest unit kept, in characters ("万元", "人次", "平方米"). */
#define MAX_UNIT_CHARS 8

typedef struct {
  const char   *word;
  JxComparator  comparator;
} Keyword;

/* Before the number.  The longest match wins, so "不超过" is never read as
 * "超过" and "大于等于" never as "大于". */
static const Keyword prefixes[] = {
  { "≥", JX_COMPARATOR_GE },
  { ">=", JX_COMPARATOR_GE },
  { "⩾", JX_COMPARATOR_GE },
  { "≧", JX_COMPARATOR_GE },
  { "不低于", JX_COMPARATOR_GE },
  { "不少于", JX_COMPARATOR_GE },
  { "不小于", JX_COMPARATOR_GE },
  { "大于等于", JX_COMPARATOR_GE },
  { "大于或等于", JX_COMPARATOR_GE },
  { "至少", JX_COMPARATOR_GE },
  { "达到", JX_COMPARATOR_GE },
  { ">", JX_COMPARATOR_GT },
  { "大于", JX_COMPARATOR_GT },
  { "高于", JX_COMPARATOR_GT },
  { "多于", JX_COMPARATOR_GT },
  { "超过", JX_COMPARATOR_GT },
  { "=", JX_COMPARATOR_EQ },
  { "等于", JX_COMPARATOR_EQ },
  { "≤", JX_COMPARATOR_LE },
  { "<=", JX_COMPARATOR_LE },
  { "⩽", JX_COMPARATOR_LE },
  { "≦", JX_COMPARATOR_LE },
  { "不高于", JX_COMPARATOR_LE },
  { "不超过", JX_COMPARATOR_LE },
  { "不大于", JX_COMPARATOR_LE },
  { "不多于", JX_COMPARATOR_LE },
  { "小于等于", JX_COMPARATOR_LE },
  { "小于或等于", JX_COMPARATOR_LE },
  { "至多", JX_COMPARATOR_LE },
  { "控制在", JX_COMPARATOR_LE },
  { "<", JX_COMPARATOR_LT },
  { "小于", JX_COMPARATOR_LT },
  { "低于", JX_COMPARATOR_LT },
  { "少于", JX_COMPARATOR_LT },
};

/* After the unit. */
static const Keyword suffixes[] = {
  { "及以上", JX_COMPARATOR_GE },
  { "以上", JX_COMPARATOR_GE },
  { "及以下", JX_COMPARATOR_LE },
  { "以下", JX_COMPARATOR_LE },
  { "以内", JX_COMPARATOR_LE },
  { "之内", JX_COMPARATOR_LE },
};

/* Words that make a unit a phrase rather than a unit: comparators and
 * approximations in the wrong place ("100%以上以下"), and dates and
 * periods ("12月底前", "3个月内"). */
static const char * const unit_stop_words[] = {
  "以上", "以下", "以内", "之内", "左右",
  "余", "多", "约",
  "前", "后", "底", "初", "末", "旬", "内",
};

/* Full-width digits and signs as ASCII (jx_number_normalize_digits), the
 * full-width ％＞＜＝ too, and no white space at all.  NULL when @text is
 * not UTF-8. */
static char *
normalize_text (const char *text)
{
  g_autofree char *digits = NULL;
  GString *out;

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  digits = jx_number_normalize_digits (text);
  out = g_string_sized_new (strlen (digits));

  for (const char *p = digits; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x3000)
        continue;

      switch (c)
        {
        case 0xFF05: c = '%'; break;   /* ％ */
        case 0xFF1E: c = '>'; break;   /* ＞ */
        case 0xFF1C: c = '<'; break;   /* ＜ */
        case 0xFF1D: c = '='; break;   /* ＝ */
        default: break;
        }

      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
eat (const char **p,
     const char  *word)
{
  if (!g_str_has_prefix (*p, word))
    return FALSE;

  *p += strlen (word);
  return TRUE;
}

static gboolean
eat_approximation (const char **p)
{
  return eat (p, "大约") || eat (p, "约");
}

static JxComparator
eat_prefix (const char **p)
{
  const Keyword *best = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (*p, prefixes[i].word) &&
        (best == NULL || strlen (prefixes[i].word) > strlen (best->word)))
      best = &prefixes[i];

  if (best == NULL)
    return JX_COMPARATOR_NONE;

  *p += strlen (best->word);
  return best->comparator;
}

/* Cuts @word off the end of @text, which is @len bytes long. */
static gboolean
cut (char        *text,
     gsize       *len,
     const char  *word)
{
  gsize word_len = strlen (word);

  if (*len < word_len || memcmp (text + *len - word_len, word, word_len) != 0)
    return FALSE;

  *len -= word_len;
  text[*len] = '\0';
  return TRUE;
}

static JxComparator
cut_suffix (char  *text,
            gsize *len)
{
  /* The table lists "及以上" before "以上": the longer one is tried first. */
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (cut (text, len, suffixes[i].word))
      return suffixes[i].comparator;

  return JX_COMPARATOR_NONE;
}

static gboolean
is_unit_char (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_DECIMAL_NUMBER:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
    case G_UNICODE_CONTROL:
    case G_UNICODE_FORMAT:
    case G_UNICODE_MATH_SYMBOL:          /* < > = ≥ + ~ ～ */
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:     /* "3-5个" */
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
      return FALSE;

    case G_UNICODE_OTHER_PUNCTUATION:
      /* "%", "‰", "元/人", "人·次"; not ",", ".", "、", "，", "。" */
      return c == '%' || c == 0x2030 || c == '/' || c == 0x00B7;

    default:
      return TRUE;
    }
}

static gboolean
is_unit (const char *unit)
{
  if (g_utf8_strlen (unit, -1) > MAX_UNIT_CHARS)
    return FALSE;

  /* "%" and "‰" stand alone: "90%%" and "90%人" are not targets. */
  if ((strchr (unit, '%') != NULL || strstr (unit, "‰") != NULL) &&
      strcmp (unit, "%") != 0 && strcmp (unit, "‰") != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (unit_stop_words); i++)
    if (strstr (unit, unit_stop_words[i]) != NULL)
      return FALSE;

  for (const char *p = unit; *p != '\0'; p = g_utf8_next_char (p))
    if (!is_unit_char (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/* @value × 10000 as exact decimal text ("1.5084" → "15084"), for 亿 to 万.
 * NULL when the result is out of range. */
static char *
multiply_by_ten_thousand (const char *value)
{
  g_autoptr(GString) shifted = g_string_new (NULL);
  const char *digits = value;
  const char *point;
  const char *fraction;
  gsize n_fraction;
  char *result = NULL;

  if (*digits == '-')
    {
      g_string_append_c (shifted, '-');
      digits++;
    }

  point = strchr (digits, '.');
  fraction = point != NULL ? point + 1 : "";
  n_fraction = strlen (fraction);

  g_string_append_len (shifted, digits, point != NULL ? point - digits : (gssize) strlen (digits));
  for (gsize i = 0; i < 4; i++)
    g_string_append_c (shifted, i < n_fraction ? fraction[i] : '0');
  if (n_fraction > 4)
    {
      g_string_append_c (shifted, '.');
      g_string_append (shifted, fraction + 4);
    }

  /* Drops the leading zeros ("0.5" → "05000" → "5000") and checks the
   * range again. */
  if (!jx_number_normalize_decimal (shifted->str, &result, NULL))
    return NULL;

  return result;
}

static gboolean
parse (const char *text,
       gboolean    is_actual,
       JxTarget   *target)
{
  g_autofree char *normalized = NULL;
  g_autofree char *number = NULL;
  g_autofree char *value = NULL;
  g_autofree char *unit = NULL;
  JxComparator prefix = JX_COMPARATOR_NONE;
  JxComparator suffix = JX_COMPARATOR_NONE;
  JxComparator comparator;
  gboolean approximate = FALSE;
  const char *p;
  const char *start;
  gsize len;

  jx_target_clear (target);
  target->comparator = JX_COMPARATOR_QUALITATIVE;

  if (text == NULL || (normalized = normalize_text (text)) == NULL)
    return FALSE;

  /* From the end: "以上", "以内" ... and "左右", each at most once. */
  len = strlen (normalized);
  for (guint round = 0; round < 2; round++)
    {
      if (!approximate && cut (normalized, &len, "左右"))
        {
          approximate = TRUE;
          continue;
        }

      if (suffix == JX_COMPARATOR_NONE)
        suffix = cut_suffix (normalized, &len);
      else
        break;
    }

  /* From the start: "约", a comparator, "约". */
  p = normalized;
  if (eat_approximation (&p))
    approximate = TRUE;
  prefix = eat_prefix (&p);
  if (eat_approximation (&p))
    approximate = TRUE;

  /* One number; a sign only for actual values ("-3.5%"). */
  start = p;
  if (*p == '-' && is_actual)
    p++;
  while (g_ascii_isdigit (*p) || *p == ',' || *p == '.')
    p++;
  number = g_strndup (start, (gsize) (p - start));
  if (!jx_number_normalize_decimal (number, &value, NULL))
    return FALSE;

  /* "6000余份", "50多人" */
  if (eat (&p, "余") || eat (&p, "多"))
    approximate = TRUE;

  unit = g_strdup (p);

  /* "5万余元" */
  if (g_str_has_prefix (unit, "十") || g_str_has_prefix (unit, "百") ||
      g_str_has_prefix (unit, "千") || g_str_has_prefix (unit, "万") ||
      g_str_has_prefix (unit, "亿"))
    {
      char *after = g_utf8_next_char (unit);

      if (g_str_has_prefix (after, "余") || g_str_has_prefix (after, "多"))
        {
          memmove (after, after + strlen ("余"), strlen (after + strlen ("余")) + 1);
          approximate = TRUE;
        }
    }

  if (!is_unit (unit))
    return FALSE;

  if (strcmp (unit, "亿元") == 0 || strcmp (unit, "亿") == 0)
    {
      char *wan = multiply_by_ten_thousand (value);
      const char *wan_unit = strcmp (unit, "亿元") == 0 ? "万元" : "万";

      if (wan == NULL)
        return FALSE;

      g_free (value);
      value = wan;
      g_free (unit);
      unit = g_strdup (wan_unit);
    }

  if (is_actual)
    {
      /* An actual value states no comparator; "95%以上" is about 95%. */
      if (prefix != JX_COMPARATOR_NONE)
        return FALSE;
      if (suffix != JX_COMPARATOR_NONE)
        approximate = TRUE;
      comparator = JX_COMPARATOR_NONE;
    }
  else if (prefix == JX_COMPARATOR_NONE)
    {
      /* "90%以上"; a bare "100%" is a level to reach. */
      comparator = suffix != JX_COMPARATOR_NONE ? suffix : JX_COMPARATOR_GE;
    }
  else
    {
      gboolean upward = prefix == JX_COMPARATOR_GE || prefix == JX_COMPARATOR_GT;
      gboolean downward = prefix == JX_COMPARATOR_LE || prefix == JX_COMPARATOR_LT;

      /* "≥90%以上" says one thing twice; "≤90%以上" contradicts itself. */
      if ((suffix == JX_COMPARATOR_GE && !upward) ||
          (suffix == JX_COMPARATOR_LE && !downward))
        return FALSE;
      comparator = prefix;
    }

  target->comparator = comparator;
  target->value = g_steal_pointer (&value);
  target->unit = *unit != '\0' ? g_steal_pointer (&unit) : NULL;
  target->approximate = approximate;
  return TRUE;
}

/**
 * jx_target_clear:
 * @target: a #JxTarget
 *
 * Frees the value and unit and zeroes @target.
 */
void
jx_target_clear (JxTarget *target)
{
  g_return_if_fail (target != NULL);

  g_clear_pointer (&target->value, g_free);
  g_clear_pointer (&target->unit, g_free);
  memset (target, 0, sizeof *target);
}

/**
 * jx_target_parse:
 * @text: (nullable): a target as typed ("≥90%", "不少于 2000 份",
 *   "5万元以内", "按时公开")
 * @target: (out caller-allocates): zeroed or previously filled; it is
 *   cleared first
 *
 * Reads a quantitative target: a non-negative number with an optional
 * comparator before it (≥, 不低于, ≤, 不超过, <, 控制在 ...) or after it
 * (以上, 以下, 以内), and a unit.  A number without a comparator is a level
 * to reach (≥).  亿元 and 亿 become 万元 and 万, exactly.
 *
 * Returns: %TRUE when @text is quantitative; otherwise %FALSE, and @target
 *   is %JX_COMPARATOR_QUALITATIVE with no value or unit.
 */
gboolean
jx_target_parse (const char *text,
                 JxTarget   *target)
{
  g_return_val_if_fail (target != NULL, FALSE);

  return parse (text, FALSE, target);
}

/**
 * jx_target_parse_actual:
 * @text: (nullable): an actual value as typed ("381家", "87%", "6000余份")
 * @actual: (out caller-allocates): zeroed or previously filled; it is
 *   cleared first
 *
 * Reads an actual value: a number, which may be negative, with a unit and
 * no comparator.  A suffix such as 以上 only makes it approximate
 * ("95%以上" is about 95%).
 *
 * Returns: %TRUE with @actual's comparator %JX_COMPARATOR_NONE; %FALSE for
 *   words ("未完成", "显著改善") or a comparator before the number, and
 *   then @actual is %JX_COMPARATOR_QUALITATIVE with no value or unit.
 */
gboolean
jx_target_parse_actual (const char *text,
                        JxTarget   *actual)
{
  g_return_val_if_fail (actual != NULL, FALSE);

  return parse (text, TRUE, actual);
}

/**
 * jx_target_format:
 * @target: a #JxTarget
 *
 * Writes @target back as text that jx_target_parse() (or, without a
 * comparator, jx_target_parse_actual()) reads into the same parts:
 * "≥90%", "≤5万元", "=4个", "<100%", "≥约6000份", "381家".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when @target is
 *   qualitative
 */
char *
jx_target_format (const JxTarget *target)
{
  const char *symbol;

  g_return_val_if_fail (target != NULL, NULL);

  if (target->value == NULL)
    return NULL;

  switch (target->comparator)
    {
    case JX_COMPARATOR_NONE: symbol = ""; break;
    case JX_COMPARATOR_GE: symbol = "≥"; break;
    case JX_COMPARATOR_GT: symbol = ">"; break;
    case JX_COMPARATOR_EQ: symbol = "="; break;
    case JX_COMPARATOR_LE: symbol = "≤"; break;
    case JX_COMPARATOR_LT: symbol = "<"; break;
    case JX_COMPARATOR_QUALITATIVE:
    default:
      return NULL;
    }

  return g_strconcat (symbol,
                      target->approximate ? "约" : "",
                      target->value,
                      target->unit != NULL ? target->unit : "",
                      NULL);
}
