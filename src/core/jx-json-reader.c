/* jx-json-reader.c: reading JSON a value at a time
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pull reader over JSON text in memory (RFC 8259): the caller asks for
 * the value it expects next, and nothing is built that it does not ask
 * for.  A province's exchange file of 300 MB is read with as little
 * memory as one department takes, where a tree of the whole file takes
 * ten times its size.
 *
 * Strings and numbers are handed out as text in a buffer of the reader,
 * valid until the next call: a number keeps the digits it was written
 * with, so that no amount of money passes through floating point.  The
 * reader does not recurse except to skip a value, and only so deep: no
 * input overflows the stack.
 *
 * Errors name the line and column, counted only when there is an error.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "jx-json-reader.h"

struct _JxJsonReader
{
  const char *data;
  gsize       size;
  gsize       pos;
  gboolean    need_separator;   /* a value was read: a “,” or the end comes next */
  GString    *name;             /* the last member name */
  GString    *text;             /* the last string or number */
};

G_DEFINE_QUARK (jx-json-error-quark, jx_json_error)

/**
 * jx_json_reader_new:
 * @data: JSON text, which must stay alive and unchanged while it is read
 * @size: its length in bytes
 *
 * A byte order mark at the start is skipped.
 *
 * Returns: (transfer full): a reader at the start of @data
 */
JxJsonReader *
jx_json_reader_new (const char *data,
                    gsize       size)
{
  JxJsonReader *self = g_new0 (JxJsonReader, 1);

  self->data = data;
  self->size = size;
  self->name = g_string_new (NULL);
  self->text = g_string_new (NULL);

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    self->pos = 3;

  return self;
}

void
jx_json_reader_free (JxJsonReader *self)
{
  g_string_free (self->name, TRUE);
  g_string_free (self->text, TRUE);
  g_free (self);
}

/**
 * jx_json_reader_get_offset:
 * @self: a reader
 *
 * Returns: the byte offset of the next value, to come back to it with
 *   jx_json_reader_set_offset()
 */
gsize
jx_json_reader_get_offset (JxJsonReader *self)
{
  return self->pos;
}

/**
 * jx_json_reader_set_offset:
 * @self: a reader
 * @offset: an offset that jx_json_reader_get_offset() gave before the
 *   start of a value
 *
 * Goes back to read a value again, such as a member that was skipped.
 */
void
jx_json_reader_set_offset (JxJsonReader *self,
                           gsize         offset)
{
  g_return_if_fail (offset <= self->size);

  self->pos = offset;
  self->need_separator = FALSE;
}

/* Fails with @code and “line L, column C: @message”. */
static gboolean
fail_at_position (JxJsonReader  *self,
                  GError       **error,
                  JxJsonError    code,
                  const char    *message)
{
  gsize line_start = 0;
  gsize end = MIN (self->pos, self->size);
  guint line = 1;
  glong column;

  for (gsize i = 0; i < end; i++)
    if (self->data[i] == '\n')
      {
        line++;
        line_start = i + 1;
      }
  column = 1 + g_utf8_strlen (self->data + line_start, (gssize) (end - line_start));

  g_set_error (error, JX_JSON_ERROR, code, _("line %u, column %ld: %s"), line, column, message);
  return FALSE;
}

G_GNUC_PRINTF (3, 4)
static gboolean
fail (JxJsonReader  *self,
      GError       **error,
      const char    *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return fail_at_position (self, error, JX_JSON_ERROR_SYNTAX, message);
}

static gboolean
fail_encoding (JxJsonReader  *self,
               GError       **error)
{
  return fail_at_position (self, error, JX_JSON_ERROR_ENCODING, _("the text is not UTF-8"));
}

static inline void
skip_space (JxJsonReader *self)
{
  while (self->pos < self->size)
    {
      char c = self->data[self->pos];

      if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
        break;
      self->pos++;
    }
}

/* Fails with what was found where @expected should be. */
static gboolean
fail_unexpected (JxJsonReader  *self,
                 const char    *expected,
                 GError       **error)
{
  const char *here = self->data + self->pos;
  gunichar c;

  if (self->pos >= self->size)
    return fail (self, error, _("the text ends where %s was expected"), expected);

  c = g_utf8_get_char_validated (here, (gssize) (self->size - self->pos));
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return fail_encoding (self, error);

  {
    char found[8] = { 0 };

    g_unichar_to_utf8 (c, found);
    return fail (self, error, _("expected %s, found “%s”"), expected, found);
  }
}

static gboolean
expect_char (JxJsonReader  *self,
             char           c,
             const char    *expected,
             GError       **error)
{
  skip_space (self);
  if (self->pos >= self->size || self->data[self->pos] != c)
    return fail_unexpected (self, expected, error);

  self->pos++;
  return TRUE;
}

/**
 * jx_json_reader_peek:
 * @self: a reader
 * @kind: (out): the kind of the next value
 * @error: return location for a #JX_JSON_ERROR
 *
 * Tells what the next value is without reading it.
 */
gboolean
jx_json_reader_peek (JxJsonReader  *self,
                     JxJsonKind    *kind,
                     GError       **error)
{
  skip_space (self);
  if (self->pos < self->size)
    {
      switch (self->data[self->pos])
        {
        case '{':
          *kind = JX_JSON_OBJECT;
          return TRUE;
        case '[':
          *kind = JX_JSON_ARRAY;
          return TRUE;
        case '"':
          *kind = JX_JSON_STRING;
          return TRUE;
        case 't':
        case 'f':
          *kind = JX_JSON_BOOLEAN;
          return TRUE;
        case 'n':
          *kind = JX_JSON_NULL;
          return TRUE;
        default:
          if (self->data[self->pos] == '-' || g_ascii_isdigit (self->data[self->pos]))
            {
              *kind = JX_JSON_NUMBER;
              return TRUE;
            }
          break;
        }
    }

  return fail_unexpected (self, _("a value"), error);
}

gboolean
jx_json_reader_begin_object (JxJsonReader  *self,
                             GError       **error)
{
  if (!expect_char (self, '{', _("an object"), error))
    return FALSE;

  self->need_separator = FALSE;
  return TRUE;
}

gboolean
jx_json_reader_begin_array (JxJsonReader  *self,
                            GError       **error)
{
  if (!expect_char (self, '[', _("a list"), error))
    return FALSE;

  self->need_separator = FALSE;
  return TRUE;
}

/* Reads the string at the reader's position, a “"” , into @buffer. */
static gboolean
read_string_into (JxJsonReader  *self,
                  GString       *buffer,
                  GError       **error)
{
  const char *data = self->data;
  gsize p = self->pos + 1;
  gsize start = p;
  gboolean ascii = TRUE;

  g_string_truncate (buffer, 0);

  for (;;)
    {
      guchar c;

      if (p >= self->size)
        {
          self->pos = p;
          return fail (self, error, _("the text ends inside a string"));
        }

      c = (guchar) data[p];
      if (c == '"')
        break;

      if (c >= 0x80)
        {
          ascii = FALSE;
          p++;
          continue;
        }

      if (c < 0x20)
        {
          self->pos = p;
          return fail (self, error, _("a control character in a string must be written as an escape, such as \\n"));
        }

      if (c != '\\')
        {
          p++;
          continue;
        }

      /* An escape: keep what came before it, then the escaped character. */
      if (!ascii && !g_utf8_validate_len (data + start, p - start, NULL))
        {
          self->pos = start;
          return fail_encoding (self, error);
        }
      g_string_append_len (buffer, data + start, (gssize) (p - start));

      if (p + 1 >= self->size)
        {
          self->pos = p;
          return fail (self, error, _("the text ends inside a string"));
        }

      switch (data[p + 1])
        {
        case '"': g_string_append_c (buffer, '"'); p += 2; break;
        case '\\': g_string_append_c (buffer, '\\'); p += 2; break;
        case '/': g_string_append_c (buffer, '/'); p += 2; break;
        case 'b': g_string_append_c (buffer, '\b'); p += 2; break;
        case 'f': g_string_append_c (buffer, '\f'); p += 2; break;
        case 'n': g_string_append_c (buffer, '\n'); p += 2; break;
        case 'r': g_string_append_c (buffer, '\r'); p += 2; break;
        case 't': g_string_append_c (buffer, '\t'); p += 2; break;
        case 'u':
          {
            gunichar code = 0;

            for (int round = 0; round < 2; round++)
              {
                guint unit = 0;

                if (round == 1 && (p + 2 > self->size || data[p] != '\\' || data[p + 1] != 'u'))
                  {
                    self->pos = p;
                    return fail (self, error, _("a “\\u” escape of the first half of a character must be followed by the second half"));
                  }
                if (p + 6 > self->size)
                  {
                    self->pos = p;
                    return fail (self, error, _("“\\u” must be followed by four hexadecimal digits"));
                  }

                for (int i = 2; i < 6; i++)
                  {
                    int digit = g_ascii_xdigit_value (data[p + i]);

                    if (digit < 0)
                      {
                        self->pos = p;
                        return fail (self, error, _("“\\u” must be followed by four hexadecimal digits"));
                      }
                    unit = unit * 16 + (guint) digit;
                  }
                p += 6;

                if (round == 0)
                  {
                    if (unit >= 0xdc00 && unit <= 0xdfff)
                      {
                        self->pos = p - 6;
                        return fail (self, error, _("“\\u%04X” is the second half of a character without its first half"), unit);
                      }
                    code = unit;
                    if (unit < 0xd800 || unit > 0xdbff)
                      break;
                  }
                else
                  {
                    if (unit < 0xdc00 || unit > 0xdfff)
                      {
                        self->pos = p - 6;
                        return fail (self, error, _("a “\\u” escape of the first half of a character must be followed by the second half"));
                      }
                    code = 0x10000 + ((code - 0xd800) << 10) + (unit - 0xdc00);
                  }
              }

            if (code == 0)
              {
                self->pos = p - 6;
                return fail (self, error, _("text must not hold the character U+0000"));
              }
            g_string_append_unichar (buffer, code);
          }
          break;

        default:
          self->pos = p;
          return fail (self, error, _("“\\” must be followed by one of \" \\ / b f n r t u"));
        }

      start = p;
    }

  if (!ascii && !g_utf8_validate_len (data + start, p - start, NULL))
    {
      self->pos = start;
      return fail_encoding (self, error);
    }
  g_string_append_len (buffer, data + start, (gssize) (p - start));

  self->pos = p + 1;
  return TRUE;
}

/**
 * jx_json_reader_next_member:
 * @self: a reader inside an object
 * @name: (out) (transfer none): the name of the next member, valid until
 *   the next member is read; %NULL at the end of the object
 * @error: return location for a #JX_JSON_ERROR
 *
 * Reads the name of the next member, or the end of the object.  The
 * member's value is to be read next.
 */
gboolean
jx_json_reader_next_member (JxJsonReader  *self,
                            const char   **name,
                            GError       **error)
{
  *name = NULL;

  skip_space (self);
  if (self->pos < self->size && self->data[self->pos] == '}')
    {
      self->pos++;
      self->need_separator = TRUE;
      return TRUE;
    }

  if (self->need_separator)
    {
      if (self->pos >= self->size || self->data[self->pos] != ',')
        return fail_unexpected (self, _("“,” or “}”"), error);
      self->pos++;
      skip_space (self);
    }

  if (self->pos >= self->size || self->data[self->pos] != '"')
    return fail_unexpected (self, _("the name of a member in quotes"), error);

  if (!read_string_into (self, self->name, error) ||
      !expect_char (self, ':', _("“:”"), error))
    return FALSE;

  self->need_separator = FALSE;
  *name = self->name->str;
  return TRUE;
}

/**
 * jx_json_reader_next_element:
 * @self: a reader inside a list
 * @has_element: (out): %FALSE at the end of the list
 * @error: return location for a #JX_JSON_ERROR
 *
 * Goes to the next element of a list, to be read next, or past its end.
 */
gboolean
jx_json_reader_next_element (JxJsonReader  *self,
                             gboolean      *has_element,
                             GError       **error)
{
  *has_element = FALSE;

  skip_space (self);
  if (self->pos < self->size && self->data[self->pos] == ']')
    {
      self->pos++;
      self->need_separator = TRUE;
      return TRUE;
    }

  if (self->need_separator)
    {
      if (self->pos >= self->size || self->data[self->pos] != ',')
        return fail_unexpected (self, _("“,” or “]”"), error);
      self->pos++;
      skip_space (self);
      if (self->pos < self->size && self->data[self->pos] == ']')
        return fail_unexpected (self, _("a value"), error);
    }

  *has_element = TRUE;
  return TRUE;
}

/**
 * jx_json_reader_read_string:
 * @self: a reader before a string
 * @text: (out) (transfer none): the string, without its escapes; valid
 *   until the next call
 * @error: return location for a #JX_JSON_ERROR
 */
gboolean
jx_json_reader_read_string (JxJsonReader  *self,
                            const char   **text,
                            GError       **error)
{
  skip_space (self);
  if (self->pos >= self->size || self->data[self->pos] != '"')
    return fail_unexpected (self, _("text in quotes"), error);

  if (!read_string_into (self, self->text, error))
    return FALSE;

  self->need_separator = TRUE;
  *text = self->text->str;
  return TRUE;
}

static gsize
skip_digits (const char *data,
             gsize       size,
             gsize       p)
{
  while (p < size && g_ascii_isdigit (data[p]))
    p++;
  return p;
}

/**
 * jx_json_reader_read_number:
 * @self: a reader before a number
 * @text: (out) (transfer none): the number as it is written, such as
 *   "-12.50" or "1e3"; valid until the next call
 * @error: return location for a #JX_JSON_ERROR
 */
gboolean
jx_json_reader_read_number (JxJsonReader  *self,
                            const char   **text,
                            GError       **error)
{
  const char *data = self->data;
  gsize start;
  gsize p;

  skip_space (self);
  start = p = self->pos;

  if (p < self->size && data[p] == '-')
    p++;

  if (p < self->size && data[p] == '0')
    p++;
  else if (p < self->size && g_ascii_isdigit (data[p]))
    p = skip_digits (data, self->size, p);
  else
    {
      self->pos = p;
      return fail_unexpected (self, _("a digit"), error);
    }

  if (p < self->size && data[p] == '.')
    {
      gsize digits = skip_digits (data, self->size, p + 1);

      if (digits == p + 1)
        {
          self->pos = digits;
          return fail_unexpected (self, _("a digit after the decimal point"), error);
        }
      p = digits;
    }

  if (p < self->size && (data[p] == 'e' || data[p] == 'E'))
    {
      gsize digits;

      p++;
      if (p < self->size && (data[p] == '+' || data[p] == '-'))
        p++;
      digits = skip_digits (data, self->size, p);
      if (digits == p)
        {
          self->pos = p;
          return fail_unexpected (self, _("a digit of the exponent"), error);
        }
      p = digits;
    }

  if (p < self->size && (g_ascii_isalnum (data[p]) || data[p] == '.'))
    {
      self->pos = p;
      return fail_unexpected (self, _("the end of the number"), error);
    }

  g_string_truncate (self->text, 0);
  g_string_append_len (self->text, data + start, (gssize) (p - start));
  self->pos = p;
  self->need_separator = TRUE;
  *text = self->text->str;
  return TRUE;
}

static gboolean
read_word (JxJsonReader  *self,
           const char    *word,
           GError       **error)
{
  gsize length = strlen (word);

  skip_space (self);
  if (self->size - self->pos < length || memcmp (self->data + self->pos, word, length) != 0 ||
      (self->pos + length < self->size && g_ascii_isalnum (self->data[self->pos + length])))
    return fail_unexpected (self, word, error);

  self->pos += length;
  self->need_separator = TRUE;
  return TRUE;
}

gboolean
jx_json_reader_read_boolean (JxJsonReader  *self,
                             gboolean      *value,
                             GError       **error)
{
  skip_space (self);
  *value = self->pos < self->size && self->data[self->pos] == 't';
  return read_word (self, *value ? "true" : "false", error);
}

gboolean
jx_json_reader_read_null (JxJsonReader  *self,
                          GError       **error)
{
  return read_word (self, "null", error);
}

static gboolean
skip_value (JxJsonReader  *self,
            guint          depth,
            GError       **error)
{
  JxJsonKind kind;
  const char *text;
  gboolean more;

  if (!jx_json_reader_peek (self, &kind, error))
    return FALSE;

  switch (kind)
    {
    case JX_JSON_NULL:
      return jx_json_reader_read_null (self, error);
    case JX_JSON_BOOLEAN:
      return jx_json_reader_read_boolean (self, &more, error);
    case JX_JSON_NUMBER:
      return jx_json_reader_read_number (self, &text, error);
    case JX_JSON_STRING:
      return jx_json_reader_read_string (self, &text, error);
    case JX_JSON_ARRAY:
    case JX_JSON_OBJECT:
    default:
      break;
    }

  if (depth >= JX_JSON_MAX_DEPTH)
    {
      guint line = 1;

      for (gsize i = 0; i < self->pos; i++)
        line += self->data[i] == '\n';
      g_set_error (error, JX_JSON_ERROR, JX_JSON_ERROR_TOO_DEEP,
                   _("its arrays and objects are nested more than %d deep at line %u"),
                   JX_JSON_MAX_DEPTH, line);
      return FALSE;
    }

  if (kind == JX_JSON_ARRAY)
    {
      if (!jx_json_reader_begin_array (self, error))
        return FALSE;
      for (;;)
        {
          if (!jx_json_reader_next_element (self, &more, error))
            return FALSE;
          if (!more)
            return TRUE;
          if (!skip_value (self, depth + 1, error))
            return FALSE;
        }
    }

  if (!jx_json_reader_begin_object (self, error))
    return FALSE;
  for (;;)
    {
      if (!jx_json_reader_next_member (self, &text, error))
        return FALSE;
      if (text == NULL)
        return TRUE;
      if (!skip_value (self, depth + 1, error))
        return FALSE;
    }
}

/**
 * jx_json_reader_skip_value:
 * @self: a reader before a value
 * @error: return location for a #JX_JSON_ERROR
 *
 * Reads past the next value, checking that it is JSON.
 */
gboolean
jx_json_reader_skip_value (JxJsonReader  *self,
                           GError       **error)
{
  return skip_value (self, 0, error);
}

/**
 * jx_json_reader_end:
 * @self: a reader after the outermost value
 * @error: return location for a #JX_JSON_ERROR
 *
 * Checks that nothing but space follows.
 */
gboolean
jx_json_reader_end (JxJsonReader  *self,
                    GError       **error)
{
  skip_space (self);
  if (self->pos < self->size)
    return fail (self, error, _("there is more after the end of the outermost value"));

  return TRUE;
}
