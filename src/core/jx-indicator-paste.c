/* jx-indicator-paste.c: indicators read from rows copied out of a spreadsheet
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Excel and WPS put copied cells on the clipboard as text: cells separated
 * by tabs, rows by "\n" or "\r\n", and a cell that holds a tab, a line
 * break or a quote wrapped in quotes with its own quotes doubled.  The rows
 * of a self-evaluation table are read into indicators: the columns are
 * mapped by the header when there is one (一级指标, 三级指标, 年度指标值,
 * 分值 ...) and by their number when there is none; merged 一级 and 二级
 * cells, which arrive empty below the first, take the value above.  What
 * cannot be read is reported with its row and column, and the rest of the
 * row is still read: nothing typed is lost without saying so.
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "jx-field.h"
#include "jx-indicator-paste.h"
#include "jx-number.h"
#include "jx-target.h"

G_DEFINE_QUARK (jx-indicator-paste-error-quark, jx_indicator_paste_error)

/* How far down a header is looked for (below a title, say). */
#define MAX_HEADER_SEARCH_ROWS 5
/* Header cells are short; a longer cell is data. */
#define MAX_HEADER_CHARS 16

typedef enum {
  ROLE_NONE,       /* a column no field takes: left out, and said so */
  ROLE_IGNORE,     /* 序号, 指标性质: left out without a word */
  ROLE_LEVEL1,
  ROLE_LEVEL2,
  ROLE_NAME,
  ROLE_TARGET,
  ROLE_ACTUAL,
  ROLE_UNIT,
  ROLE_WEIGHT,
  ROLE_SCORE,
  ROLE_DEVIATION,
  N_ROLES
} Role;

static const char * const role_labels[N_ROLES] = {
  [ROLE_LEVEL1] = N_("Level 1"),
  [ROLE_LEVEL2] = N_("Level 2"),
  [ROLE_NAME] = N_("Indicator"),
  [ROLE_TARGET] = N_("Target"),
  [ROLE_ACTUAL] = N_("Actual value"),
  [ROLE_UNIT] = N_("Unit"),
  [ROLE_WEIGHT] = N_("Weight"),
  [ROLE_SCORE] = N_("Score"),
  [ROLE_DEVIATION] = N_("Deviation reason"),
};

typedef struct {
  const char *word;
  Role        role;
} HeaderWord;

/* Header cells as the forms write them, after normalize_header(). */
static const HeaderWord header_words[] = {
  { "一级指标", ROLE_LEVEL1 },
  { "一级", ROLE_LEVEL1 },
  { "一级指标名称", ROLE_LEVEL1 },
  { "二级指标", ROLE_LEVEL2 },
  { "二级", ROLE_LEVEL2 },
  { "二级指标名称", ROLE_LEVEL2 },
  { "三级指标", ROLE_NAME },
  { "三级", ROLE_NAME },
  { "三级指标名称", ROLE_NAME },
  { "指标名称", ROLE_NAME },
  { "指标内容", ROLE_NAME },
  { "指标", ROLE_NAME },
  { "绩效指标", ROLE_NAME },
  { "具体指标", ROLE_NAME },
  { "年度指标值", ROLE_TARGET },
  { "指标值", ROLE_TARGET },
  { "目标值", ROLE_TARGET },
  { "年度目标值", ROLE_TARGET },
  { "全年指标值", ROLE_TARGET },
  { "指标目标值", ROLE_TARGET },
  { "预期指标值", ROLE_TARGET },
  { "预期目标", ROLE_TARGET },
  { "预期值", ROLE_TARGET },
  { "计划值", ROLE_TARGET },
  { "年度目标", ROLE_TARGET },
  { "目标", ROLE_TARGET },
  { "实际完成值", ROLE_ACTUAL },
  { "全年实际值", ROLE_ACTUAL },
  { "全年实际完成值", ROLE_ACTUAL },
  { "全年完成值", ROLE_ACTUAL },
  { "实际完成指标值", ROLE_ACTUAL },
  { "实际值", ROLE_ACTUAL },
  { "完成值", ROLE_ACTUAL },
  { "实际完成", ROLE_ACTUAL },
  { "实际完成情况", ROLE_ACTUAL },
  { "完成情况", ROLE_ACTUAL },
  { "计量单位", ROLE_UNIT },
  { "度量单位", ROLE_UNIT },
  { "指标单位", ROLE_UNIT },
  { "单位", ROLE_UNIT },
  { "分值", ROLE_WEIGHT },
  { "权重", ROLE_WEIGHT },
  { "指标分值", ROLE_WEIGHT },
  { "权重分", ROLE_WEIGHT },
  { "权重分值", ROLE_WEIGHT },
  { "标准分", ROLE_WEIGHT },
  { "满分", ROLE_WEIGHT },
  { "得分", ROLE_SCORE },
  { "自评得分", ROLE_SCORE },
  { "实际得分", ROLE_SCORE },
  { "评价得分", ROLE_SCORE },
  { "自评分", ROLE_SCORE },
  { "评分", ROLE_SCORE },
  { "偏差原因", ROLE_DEVIATION },
  { "偏差原因分析", ROLE_DEVIATION },
  { "偏差原因分析及改进措施", ROLE_DEVIATION },
  { "偏差原因及改进措施", ROLE_DEVIATION },
  { "偏差说明", ROLE_DEVIATION },
  { "未完成原因", ROLE_DEVIATION },
  { "未完成原因分析", ROLE_DEVIATION },
  { "原因分析", ROLE_DEVIATION },
  { "序号", ROLE_IGNORE },
  { "编号", ROLE_IGNORE },
  { "指标性质", ROLE_IGNORE },
  { "指标方向", ROLE_IGNORE },
};

/* Header cells not in the table, by a word they hold; the first that
 * matches wins ("偏差原因" before "完成", "得分" before "分值"). */
static const HeaderWord header_parts[] = {
  { "偏差", ROLE_DEVIATION },
  { "原因", ROLE_DEVIATION },
  { "一级", ROLE_LEVEL1 },
  { "二级", ROLE_LEVEL2 },
  { "三级", ROLE_NAME },
  { "得分", ROLE_SCORE },
  { "分值", ROLE_WEIGHT },
  { "权重", ROLE_WEIGHT },
  { "实际", ROLE_ACTUAL },
  { "完成值", ROLE_ACTUAL },
  { "指标值", ROLE_TARGET },
  { "目标值", ROLE_TARGET },
  { "单位", ROLE_UNIT },
};

/* Rows without a header, by their number of columns: the common
 * self-evaluation table, less its columns from the right, and below five
 * columns without the categories. */
static const Role full_layout[] = {
  ROLE_LEVEL1, ROLE_LEVEL2, ROLE_NAME, ROLE_TARGET,
  ROLE_ACTUAL, ROLE_WEIGHT, ROLE_SCORE, ROLE_DEVIATION,
};
static const Role short_layout[] = {
  ROLE_NAME, ROLE_TARGET, ROLE_ACTUAL, ROLE_WEIGHT,
};

/* A row without a name that starts with one of these is a total. */
static const char * const total_words[] = {
  "合计", "小计", "总计", "总分",
};

typedef struct {
  GPtrArray  *rows;           /* of GPtrArray of char *, each cell trimmed */
  Role       *roles;          /* per column */
  char      **labels;         /* per column: the header cell, or NULL */
  guint       n_columns;
  guint       first_data_row; /* index into rows */
  GPtrArray  *indicators;
  GPtrArray  *problems;
  char       *level1;         /* what a merged cell holds */
  char       *level2;
  guint       n_scores_left_out;
} Reader;

static void
reader_clear (Reader *reader)
{
  g_clear_pointer (&reader->rows, g_ptr_array_unref);
  g_clear_pointer (&reader->roles, g_free);
  /* Not g_strfreev(): a column without a header cell leaves a NULL
   * before the labels of the columns after it. */
  for (guint c = 0; reader->labels != NULL && c < reader->n_columns; c++)
    g_free (reader->labels[c]);
  g_clear_pointer (&reader->labels, g_free);
  g_clear_pointer (&reader->indicators, g_ptr_array_unref);
  g_clear_pointer (&reader->problems, g_ptr_array_unref);
  g_clear_pointer (&reader->level1, g_free);
  g_clear_pointer (&reader->level2, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reader, reader_clear)

/**
 * jx_indicator_paste_problem_free:
 * @self: (nullable): a problem
 */
void
jx_indicator_paste_problem_free (JxIndicatorPasteProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->message);
  g_free (self);
}

G_GNUC_PRINTF (4, 5)
static void
add_problem (Reader     *reader,
             guint       row,
             guint       column,
             const char *format,
             ...)
{
  JxIndicatorPasteProblem *problem = g_new0 (JxIndicatorPasteProblem, 1);
  va_list args;

  va_start (args, format);
  problem->row = row;
  problem->column = column;
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->problems, problem);
}

static gboolean
is_blank_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x3000 || c == 0xFEFF;
}

/* @len bytes of @text without white space at either end, full-width and
 * no-break spaces included. */
static char *
trim_cell (const char *text,
           gsize       len)
{
  const char *start = text;
  const char *end = text + len;

  while (start < end && is_blank_char (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *last = g_utf8_find_prev_char (start, end);

      if (last == NULL || !is_blank_char (g_utf8_get_char (last)))
        break;
      end = last;
    }

  return g_strndup (start, (gsize) (end - start));
}

static void
push_cell (GPtrArray *row,
           GString   *cell)
{
  g_ptr_array_add (row, trim_cell (cell->str, cell->len));
  g_string_truncate (cell, 0);
}

static gboolean
push_row (GPtrArray  *rows,
          GPtrArray **row,
          GError    **error)
{
  if (rows->len >= JX_INDICATOR_PASTE_MAX_ROWS)
    {
      g_set_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_TOO_LARGE,
                   _("The text has more than %u rows: paste at most %u indicators at a time"),
                   JX_INDICATOR_PASTE_MAX_ROWS, JX_INDICATOR_PASTE_MAX_ROWS);
      return FALSE;
    }

  g_ptr_array_add (rows, g_steal_pointer (row));
  *row = g_ptr_array_new_with_free_func (g_free);
  return TRUE;
}

/* Reads a quoted cell that starts at @p (on the quote) into @cell.
 * Returns where it ends, after the closing quote, or NULL when the quote
 * is never closed and so is a quote typed into the cell. */
static const char *
read_quoted (const char *p,
             GString    *cell)
{
  for (p++; *p != '\0'; p++)
    {
      if (*p == '"')
        {
          if (p[1] != '"')
            return p + 1;
          p++;
        }
      else if (*p == '\r' && p[1] == '\n')
        continue;   /* "\r\n" in a cell is a line break like "\n" */

      g_string_append_c (cell, *p);
    }

  g_string_truncate (cell, 0);
  return NULL;
}

/* Splits @text into rows of trimmed cells, as Excel writes them. */
static GPtrArray *
split_rows (const char  *text,
            GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean at_cell_start = TRUE;
  const char *p = text;

  while (*p != '\0')
    {
      if (at_cell_start && *p == '"')
        {
          const char *end = read_quoted (p, cell);

          at_cell_start = FALSE;
          if (end != NULL)
            {
              p = end;
              continue;
            }
        }

      at_cell_start = FALSE;

      if (*p == '\t')
        {
          push_cell (row, cell);
          at_cell_start = TRUE;
          p++;
        }
      else if (*p == '\n' || *p == '\r')
        {
          push_cell (row, cell);
          if (!push_row (rows, &row, error))
            return NULL;
          at_cell_start = TRUE;
          p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
        }
      else
        {
          g_string_append_c (cell, *p);
          p++;
        }
    }

  /* The last row, unless the text ended with a line break. */
  if (!at_cell_start || row->len > 0)
    {
      push_cell (row, cell);
      if (!push_row (rows, &row, error))
        return NULL;
    }

  return g_steal_pointer (&rows);
}

static const char *
row_cell (GPtrArray *row,
          guint      column)
{
  if (column >= row->len)
    return "";

  return g_ptr_array_index (row, column);
}

static gboolean
is_blank_row (GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    if (*(const char *) g_ptr_array_index (row, i) != '\0')
      return FALSE;

  return TRUE;
}

/* How many columns the row fills, up to its last cell with text. */
static guint
row_width (GPtrArray *row)
{
  guint width = row->len;

  while (width > 0 && *row_cell (row, width - 1) == '\0')
    width--;

  return width;
}

/* A header cell without white space, without what stands in brackets
 * ("分值（分）", "年度指标值(A)") and without a closing colon. */
static char *
normalize_header (const char *cell)
{
  GString *out = g_string_new (NULL);
  guint depth = 0;

  for (const char *p = cell; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0xFF08 || c == 0x3010)        /* ( （ 【 */
        depth++;
      else if (c == ')' || c == 0xFF09 || c == 0x3011)   /* ) ） 】 */
        depth = depth > 0 ? depth - 1 : 0;
      else if (depth == 0 && !is_blank_char (c))
        g_string_append_unichar (out, c);
    }

  while (g_str_has_suffix (out->str, ":"))
    g_string_truncate (out, out->len - 1);
  while (g_str_has_suffix (out->str, "："))
    g_string_truncate (out, out->len - strlen ("："));

  return g_string_free (out, FALSE);
}

/* What a header cell names, and whether it names it in so many words. */
static Role
header_role (const char *cell,
             gboolean   *exact)
{
  g_autofree char *word = NULL;

  *exact = FALSE;

  if (*cell == '\0' || g_utf8_strlen (cell, -1) > MAX_HEADER_CHARS)
    return ROLE_NONE;

  word = normalize_header (cell);

  /* Headers hold no figures: "90%" or "10分" are data. */
  for (const char *p = word; *p != '\0'; p++)
    if (g_ascii_isdigit (*p) || *p == '%')
      return ROLE_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (header_words); i++)
    if (strcmp (word, header_words[i].word) == 0)
      {
        *exact = TRUE;
        return header_words[i].role;
      }

  for (guint i = 0; i < G_N_ELEMENTS (header_parts); i++)
    if (strstr (word, header_parts[i].word) != NULL)
      return header_parts[i].role;

  return ROLE_NONE;
}

/* A header row names most of its cells, at least one of them in so many
 * words; a data row seldom holds even one header word. */
static gboolean
is_header_row (GPtrArray *row)
{
  guint n_filled = 0;
  guint n_known = 0;
  guint n_exact = 0;

  for (guint i = 0; i < row->len; i++)
    {
      const char *cell = g_ptr_array_index (row, i);
      gboolean exact;

      if (*cell == '\0')
        continue;

      n_filled++;
      if (header_role (cell, &exact) != ROLE_NONE)
        n_known++;
      if (exact)
        n_exact++;
    }

  if (n_exact == 0)
    return FALSE;

  return n_known == n_filled || (n_known >= 2 && n_known * 2 >= n_filled);
}

/* Finds the header rows and maps the columns by them; without a header,
 * by the number of columns.  Rows above the header (a title) are left
 * out, and said so. */
static gboolean
map_columns (Reader  *reader,
             GError **error)
{
  guint header = G_MAXUINT;
  guint n_searched = 0;
  guint last_header;
  gboolean seen[N_ROLES] = { FALSE, };

  for (guint i = 0; i < reader->rows->len && n_searched < MAX_HEADER_SEARCH_ROWS; i++)
    {
      GPtrArray *row = g_ptr_array_index (reader->rows, i);

      if (is_blank_row (row))
        continue;
      n_searched++;
      if (is_header_row (row))
        {
          header = i;
          break;
        }
    }

  reader->n_columns = 0;
  for (guint i = 0; i < reader->rows->len; i++)
    reader->n_columns = MAX (reader->n_columns, row_width (g_ptr_array_index (reader->rows, i)));

  reader->roles = g_new0 (Role, reader->n_columns);
  reader->labels = g_new0 (char *, reader->n_columns + 1);

  if (header == G_MAXUINT)
    {
      guint n = MIN (reader->n_columns, G_N_ELEMENTS (full_layout));

      for (guint c = 0; c < n; c++)
        {
          if (n <= G_N_ELEMENTS (short_layout))
            reader->roles[c] = short_layout[c];
          else if (n == 5)
            reader->roles[c] = full_layout[c + 1];   /* no 一级 */
          else
            reader->roles[c] = full_layout[c];
        }

      reader->first_data_row = 0;
      return TRUE;
    }

  /* A header may take two rows ("绩效指标" over 一级, 二级, 三级): a
   * column takes its role from the last of them that names one. */
  for (last_header = header;
       last_header + 1 < reader->rows->len &&
       is_header_row (g_ptr_array_index (reader->rows, last_header + 1));
       last_header++)
    ;

  for (guint i = header; i <= last_header; i++)
    {
      GPtrArray *row = g_ptr_array_index (reader->rows, i);

      for (guint c = 0; c < reader->n_columns; c++)
        {
          const char *cell = row_cell (row, c);
          gboolean exact;
          Role role = header_role (cell, &exact);

          if (*cell == '\0')
            continue;

          if (role != ROLE_NONE || reader->labels[c] == NULL)
            {
              reader->roles[c] = role;
              g_free (reader->labels[c]);
              reader->labels[c] = normalize_header (cell);
            }
        }
    }

  /* Two columns of one field: the first counts. */
  for (guint c = 0; c < reader->n_columns; c++)
    {
      Role role = reader->roles[c];

      if (role == ROLE_NONE || role == ROLE_IGNORE)
        continue;
      if (seen[role])
        reader->roles[c] = ROLE_NONE;
      seen[role] = TRUE;
    }

  if (!seen[ROLE_NAME])
    {
      g_set_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_NO_NAMES,
                   _("The header has no column of indicator names, such as “三级指标” or “指标名称”"));
      return FALSE;
    }

  for (guint i = 0; i < header; i++)
    if (!is_blank_row (g_ptr_array_index (reader->rows, i)))
      add_problem (reader, i + 1, 0,
                   _("Row %u was left out: it stands above the header"), i + 1);

  reader->first_data_row = last_header + 1;
  return TRUE;
}

static const char *
column_label (Reader *reader,
              guint   column)
{
  if (reader->labels[column] != NULL)
    return reader->labels[column];

  if (role_labels[reader->roles[column]] != NULL)
    return _(role_labels[reader->roles[column]]);

  return "";
}

/* Says which columns no field takes, when something stands in them. */
static void
report_unmapped_columns (Reader *reader)
{
  for (guint c = 0; c < reader->n_columns; c++)
    {
      gboolean filled = FALSE;

      if (reader->roles[c] != ROLE_NONE)
        continue;

      for (guint i = reader->first_data_row; i < reader->rows->len && !filled; i++)
        filled = *row_cell (g_ptr_array_index (reader->rows, i), c) != '\0';

      if (!filled)
        continue;

      if (reader->labels[c] != NULL)
        add_problem (reader, 0, c + 1,
                     _("Column %u, “%s”, was left out: an indicator has no field for it"),
                     c + 1, reader->labels[c]);
      else
        add_problem (reader, 0, c + 1,
                     _("Column %u was left out: an indicator has no field for it"), c + 1);
    }
}

/* The column of @role, or -1. */
static int
find_column (Reader *reader,
             Role    role)
{
  for (guint c = 0; c < reader->n_columns; c++)
    if (reader->roles[c] == role)
      return (int) c;

  return -1;
}

static const char *
cell_of (Reader    *reader,
         GPtrArray *row,
         Role       role)
{
  int column = find_column (reader, role);

  return column >= 0 ? row_cell (row, (guint) column) : "";
}

static gboolean
is_ascii_word_char (gunichar c)
{
  return c < 0x80 && g_ascii_isalnum ((char) c);
}

/* A one-line field from a cell with line breaks in it: the lines of
 * Chinese text are joined as they are, words of Latin letters or digits
 * with a space. */
static char *
join_lines (const char *cell)
{
  g_auto(GStrv) lines = NULL;
  GString *out;

  if (strchr (cell, '\n') == NULL && strchr (cell, '\r') == NULL)
    return g_strdup (cell);

  lines = g_strsplit_set (cell, "\r\n", -1);
  out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = trim_cell (lines[i], strlen (lines[i]));

      if (*line == '\0')
        continue;

      if (out->len > 0)
        {
          const char *last = g_utf8_find_prev_char (out->str, out->str + out->len);

          if (is_ascii_word_char (g_utf8_get_char (last)) &&
              is_ascii_word_char (g_utf8_get_char (line)))
            g_string_append_c (out, ' ');
        }

      g_string_append (out, line);
    }

  return g_string_free (out, FALSE);
}

/* Points as the forms write them: "10", "10分", "１０", "2.5". */
static gboolean
read_points (Reader     *reader,
             guint       row,
             guint       column,
             const char *cell,
             gint64     *points)
{
  g_autofree char *number = g_strdup (cell);
  g_autoptr(GError) local_error = NULL;
  gsize len = strlen (number);

  if (g_str_has_suffix (number, "分"))
    {
      number[len - strlen ("分")] = '\0';
      g_strchomp (number);
    }

  if (!jx_number_parse_fixed (number, JX_POINTS_SCALE, points, &local_error))
    {
      if (g_error_matches (local_error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_INVALID) ||
          g_error_matches (local_error, JX_NUMBER_ERROR, JX_NUMBER_ERROR_EMPTY))
        add_problem (reader, row, column + 1, _("Row %u, %s: “%s” is not a number"),
                     row, column_label (reader, column), cell);
      else
        add_problem (reader, row, column + 1, _("Row %u, %s: %s"),
                     row, column_label (reader, column), local_error->message);
      return FALSE;
    }

  if (*points < 0)
    {
      add_problem (reader, row, column + 1, _("Row %u, %s: “%s” is below zero"),
                   row, column_label (reader, column), cell);
      return FALSE;
    }

  return TRUE;
}

/* A number and the unit from its own column: "90" or "≥90" (a target)
 * and "%". */
static char *
with_unit (const char *value,
           const char *unit,
           gboolean    is_target)
{
  g_auto(JxTarget) target = { 0, };
  gboolean read = is_target ? jx_target_parse (value, &target) : jx_target_parse_actual (value, &target);

  if (*unit == '\0' || !read || target.comparator == JX_COMPARATOR_QUALITATIVE || target.unit != NULL)
    return g_strdup (value);

  return g_strconcat (value, unit, NULL);
}

static void
read_target (JxIndicator *indicator,
             const char  *text)
{
  g_auto(JxTarget) target = { 0, };

  if (jx_target_parse (text, &target))
    {
      jx_indicator_set_comparator (indicator, target.comparator);
      jx_indicator_set_target_value (indicator, target.value);
      jx_indicator_set_target_unit (indicator, target.unit);
    }
  else
    {
      jx_indicator_set_comparator (indicator, JX_COMPARATOR_QUALITATIVE);
    }

  /* As written, always: "不少于 2000 份" says more than "≥2000份". */
  jx_indicator_set_target_text (indicator, text);
}

static void
read_actual (JxIndicator *indicator,
             const char  *text)
{
  g_auto(JxTarget) actual = { 0, };

  if (jx_target_parse_actual (text, &actual))
    jx_indicator_set_actual_value (indicator, actual.value);

  jx_indicator_set_actual_text (indicator, text);
}

static gboolean
is_total (GPtrArray *row)
{
  for (guint i = 0; i < row->len; i++)
    {
      const char *cell = g_ptr_array_index (row, i);
      g_autofree char *word = NULL;

      if (*cell == '\0')
        continue;

      /* "合  计" */
      word = normalize_header (cell);
      for (guint w = 0; w < G_N_ELEMENTS (total_words); w++)
        if (g_str_has_prefix (word, total_words[w]))
          return TRUE;

      return FALSE;
    }

  return FALSE;
}

static void
read_row (Reader    *reader,
          GPtrArray *row,
          guint      number)
{
  g_autoptr(JxIndicator) indicator = NULL;
  g_autofree char *name = NULL;
  const char *level1 = cell_of (reader, row, ROLE_LEVEL1);
  const char *level2 = cell_of (reader, row, ROLE_LEVEL2);
  const char *target = cell_of (reader, row, ROLE_TARGET);
  const char *actual = cell_of (reader, row, ROLE_ACTUAL);
  const char *unit = cell_of (reader, row, ROLE_UNIT);
  const char *deviation = cell_of (reader, row, ROLE_DEVIATION);
  int weight_column = find_column (reader, ROLE_WEIGHT);
  int score_column = find_column (reader, ROLE_SCORE);
  gint64 score = JX_UNSET;

  if (is_total (row))
    return;

  /* A new 一级 starts its 二级 afresh; empty cells are merged ones. */
  if (*level1 != '\0')
    {
      g_free (reader->level1);
      reader->level1 = join_lines (level1);
      g_clear_pointer (&reader->level2, g_free);
    }
  if (*level2 != '\0')
    {
      g_free (reader->level2);
      reader->level2 = join_lines (level2);
    }

  name = join_lines (cell_of (reader, row, ROLE_NAME));
  if (*name == '\0')
    {
      /* A category row ("产出指标" and its weight) only sets the levels. */
      if (*target != '\0' || *actual != '\0' || *deviation != '\0')
        add_problem (reader, number, (guint) find_column (reader, ROLE_NAME) + 1,
                     _("Row %u was left out: it has no indicator name"), number);
      return;
    }

  indicator = jx_indicator_new ();
  jx_indicator_set_level1 (indicator, reader->level1);
  jx_indicator_set_level2 (indicator, reader->level2);
  jx_indicator_set_name (indicator, name);

  if (*target != '\0')
    {
      g_autofree char *joined = join_lines (target);
      g_autofree char *text = with_unit (joined, unit, TRUE);

      read_target (indicator, text);
    }

  if (*actual != '\0')
    {
      g_autofree char *joined = join_lines (actual);
      g_autofree char *text = with_unit (joined, unit, FALSE);

      read_actual (indicator, text);
    }

  if (weight_column >= 0 && *row_cell (row, (guint) weight_column) != '\0')
    {
      gint64 weight;

      if (read_points (reader, number, (guint) weight_column, row_cell (row, (guint) weight_column), &weight))
        jx_indicator_set_weight (indicator, weight);
    }

  if (score_column >= 0 && *row_cell (row, (guint) score_column) != '\0' &&
      read_points (reader, number, (guint) score_column, row_cell (row, (guint) score_column), &score))
    {
      /* The evaluator's score is the score of a qualitative target; the
       * others follow from target and actual by the rules. */
      if (jx_indicator_get_comparator (indicator) == JX_COMPARATOR_QUALITATIVE)
        jx_indicator_set_score_override (indicator, score);
      else
        reader->n_scores_left_out++;
    }

  if (*deviation != '\0')
    jx_indicator_set_deviation_reason (indicator, deviation);

  g_ptr_array_add (reader->indicators, g_steal_pointer (&indicator));
}

/**
 * jx_indicator_paste_parse:
 * @text: rows copied from Excel or WPS: cells separated by tabs, rows by
 *   "\n" or "\r\n", cells with tabs, line breaks or quotes in quotes
 * @indicators: (out) (transfer container) (element-type JxIndicator):
 *   new indicators, not stored, in the order of the rows
 * @problems: (out) (optional) (transfer container)
 *   (element-type JxIndicatorPasteProblem): what could not be read
 * @error: return location for a #JX_INDICATOR_PASTE_ERROR
 *
 * Reads the rows of a table of indicators.  A header row is recognized by
 * its words (一级指标, 二级指标, 三级指标, 指标名称, 年度指标值, 实际完成值,
 * 计量单位, 分值, 得分, 偏差原因 ...) and maps the columns; without one the
 * number of columns decides: 1–4 are [name, target, actual, weight], 5 is
 * [level2, name, target, actual, weight] and 6–8 are [level1, level2, name,
 * target, actual, weight, score, deviation reason].
 *
 * Empty 一级 and 二级 cells take the value above them (merged cells).
 * Targets and actual values are kept as written in target_text and
 * actual_text and read with jx_target_parse(): a target that is not a
 * number is a qualitative one.  Weights and scores are points ("10",
 * "10分", "１０").  A score is kept as the score of a qualitative
 * indicator; the others are computed, and their pasted scores are left
 * out with one problem that says so.  Rows without a name are totals or
 * categories and are left out.  When the text gives no 一级 (or 二级),
 * the indicators have none: the caller puts them in a category.
 *
 * A cell that cannot be read is a problem that names its row and column;
 * the rest of its row is still read.
 *
 * Returns: %TRUE with at least one indicator; %FALSE for an empty text,
 *   more than #JX_INDICATOR_PASTE_MAX_ROWS rows or
 *   #JX_INDICATOR_PASTE_MAX_BYTES bytes, text that is not UTF-8, a header
 *   without a column of names, or no row with a name
 */
gboolean
jx_indicator_paste_parse (const char  *text,
                          GPtrArray  **indicators,
                          GPtrArray  **problems,
                          GError     **error)
{
  g_auto(Reader) reader = { 0, };
  gboolean all_blank = TRUE;
  gsize length;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (indicators != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  length = strlen (text);
  if (length > JX_INDICATOR_PASTE_MAX_BYTES)
    {
      g_set_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_TOO_LARGE,
                   _("The text is larger than %u MB: paste fewer indicators at a time"),
                   JX_INDICATOR_PASTE_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  if (!g_utf8_validate (text, (gssize) length, NULL))
    {
      g_set_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_INVALID,
                   _("The text is not in UTF-8"));
      return FALSE;
    }

  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))   /* a byte order mark */
    text += 3;

  reader.rows = split_rows (text, error);
  if (reader.rows == NULL)
    return FALSE;

  for (guint i = 0; i < reader.rows->len && all_blank; i++)
    all_blank = is_blank_row (g_ptr_array_index (reader.rows, i));

  if (all_blank)
    {
      g_set_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_EMPTY,
                   _("There is nothing to paste: the text is empty"));
      return FALSE;
    }

  reader.indicators = g_ptr_array_new_with_free_func (g_object_unref);
  reader.problems = g_ptr_array_new_with_free_func ((GDestroyNotify) jx_indicator_paste_problem_free);

  if (!map_columns (&reader, error))
    return FALSE;

  report_unmapped_columns (&reader);

  for (guint i = reader.first_data_row; i < reader.rows->len; i++)
    {
      GPtrArray *row = g_ptr_array_index (reader.rows, i);

      if (!is_blank_row (row))
        read_row (&reader, row, i + 1);
    }

  if (reader.indicators->len == 0)
    {
      g_set_error (error, JX_INDICATOR_PASTE_ERROR, JX_INDICATOR_PASTE_ERROR_NO_ROWS,
                   _("No row of the text names an indicator"));
      return FALSE;
    }

  if (reader.n_scores_left_out > 0)
    add_problem (&reader, 0, (guint) find_column (&reader, ROLE_SCORE) + 1,
                 g_dngettext (GETTEXT_PACKAGE,
                              "The score of %u indicator was left out: it is computed from the target and the actual value",
                              "The scores of %u indicators were left out: they are computed from the targets and the actual values",
                              reader.n_scores_left_out),
                 reader.n_scores_left_out);

  *indicators = g_steal_pointer (&reader.indicators);
  if (problems != NULL)
    *problems = g_steal_pointer (&reader.problems);

  return TRUE;
}
