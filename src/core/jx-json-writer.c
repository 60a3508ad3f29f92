/* jx-json-writer.c: writing JSON a value at a time
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes what JsonGenerator of JSON-GLib 1.6 writes with pretty printing
 * and an indent of 2, byte for byte, without a tree of the whole document
 * in memory: each member and element on a line of its own, “"name" : ”
 * before a member's value, “[]” for an empty array and “{” then the
 * object's indentation then “}” for an empty object; quotes, backslashes,
 * control characters and DEL escaped, any other text (UTF-8) as it is.
 *
 * One difference: JSON-GLib 1.6 leaves U+001F unescaped, which makes
 * invalid JSON; it is written here as \u001f.
 *
 * A writer for a stream keeps what it writes in a buffer and writes the
 * buffer to the stream as it fills. The first error of the stream is
 * kept, nothing more is written, and jx_json_writer_flush() returns it.
 */
#include "config.h"

#include <string.h>

#include "jx-json-writer.h"

#define INDENT_WIDTH 2

/* Writes to the stream whenever this much is buffered. */
#define FLUSH_SIZE (64 * 1024)

typedef struct {
  gboolean is_object;
  guint    n_items;
} Level;

struct _JxJsonWriter
{
  GOutputStream *stream;     /* NULL when writing into a string */
  GString       *buffer;     /* the caller's string, or ours before the stream */
  GArray        *levels;     /* of Level: the arrays and objects open */
  gboolean       has_name;   /* a member name waits for its value */
  GError        *error;      /* the first error of the stream */
};

static JxJsonWriter *
writer_new (GOutputStream *stream,
            GString       *buffer)
{
  JxJsonWriter *self = g_new0 (JxJsonWriter, 1);

  self->stream = stream != NULL ? g_object_ref (stream) : NULL;
  self->buffer = buffer;
  self->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  return self;
}

/**
 * jx_json_writer_new_for_stream:
 * @stream: where to write
 *
 * Returns: (transfer full): a writer to @stream; what it writes reaches
 *   @stream at the latest with jx_json_writer_flush()
 */
JxJsonWriter *
jx_json_writer_new_for_stream (GOutputStream *stream)
{
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  return writer_new (stream, g_string_sized_new (FLUSH_SIZE + 4096));
}

/**
 * jx_json_writer_new_for_string:
 * @string: where to write: the JSON is appended to it
 *
 * Returns: (transfer full): a writer to @string, which must outlive it
 */
JxJsonWriter *
jx_json_writer_new_for_string (GString *string)
{
  g_return_val_if_fail (string != NULL, NULL);

  return writer_new (NULL, string);
}

/**
 * jx_json_writer_free:
 * @self: a writer
 *
 * Frees @self without writing what is still buffered for a stream (see
 * jx_json_writer_flush()) and without closing the stream.
 */
void
jx_json_writer_free (JxJsonWriter *self)
{
  if (self == NULL)
    return;

  if (self->stream != NULL)
    {
      g_string_free (self->buffer, TRUE);
      g_object_unref (self->stream);
    }
  g_array_unref (self->levels);
  g_clear_error (&self->error);
  g_free (self);
}

static void
write_buffer (JxJsonWriter *self)
{
  if (self->error == NULL)
    g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                               NULL, NULL, &self->error);
  g_string_truncate (self->buffer, 0);
}

/* Called after each value: a stream gets the buffer when it is full. */
static inline void
maybe_write_buffer (JxJsonWriter *self)
{
  if (self->stream != NULL && self->buffer->len >= FLUSH_SIZE)
    write_buffer (self);
}

/* g_string_append_len() without its checks: a province's export appends
 * some fifty million pieces. */
static inline void
append_len (GString    *buffer,
            const char *bytes,
            gsize       n)
{
  gsize len = buffer->len;

  if (G_LIKELY (len + n < buffer->allocated_len))
    {
      buffer->len = len + n;
      buffer->str[len + n] = '\0';
    }
  else
    {
      g_string_set_size (buffer, len + n);
    }

  memcpy (buffer->str + len, bytes, n);
}

#define append_literal(buffer, literal) append_len ((buffer), "" literal, sizeof (literal) - 1)

static void
append_indent (GString *buffer,
               guint    depth)
{
  static const char spaces[] = "                                ";
  gsize n = (gsize) depth * INDENT_WIDTH;

  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      append_len (buffer, spaces, chunk);
      n -= chunk;
    }
}

/* What JSON-GLib writes for the bytes that need an escape; NULL for the
 * bytes written as they are (also every byte of a multibyte character). */
static const char *const escapes[128] = {
  [0x01] = "\\u0001", [0x02] = "\\u0002", [0x03] = "\\u0003", [0x04] = "\\u0004",
  [0x05] = "\\u0005", [0x06] = "\\u0006", [0x07] = "\\u0007", [0x08] = "\\b",
  [0x09] = "\\t",     [0x0a] = "\\n",     [0x0b] = "\\u000b", [0x0c] = "\\f",
  [0x0d] = "\\r",     [0x0e] = "\\u000e", [0x0f] = "\\u000f", [0x10] = "\\u0010",
  [0x11] = "\\u0011", [0x12] = "\\u0012", [0x13] = "\\u0013", [0x14] = "\\u0014",
  [0x15] = "\\u0015", [0x16] = "\\u0016", [0x17] = "\\u0017", [0x18] = "\\u0018",
  [0x19] = "\\u0019", [0x1a] = "\\u001a", [0x1b] = "\\u001b", [0x1c] = "\\u001c",
  [0x1d] = "\\u001d", [0x1e] = "\\u001e", [0x1f] = "\\u001f",
  ['"'] = "\\\"", ['\\'] = "\\\\", [0x7f] = "\\u007f",
};

static void
append_quoted (GString    *buffer,
               const char *text)
{
  const char *run = text;
  const char *p;

  append_literal (buffer, "\"");

  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if (c < 128 && escapes[c] != NULL)
        {
          append_len (buffer, run, (gsize) (p - run));
          append_len (buffer, escapes[c], strlen (escapes[c]));
          run = p + 1;
        }
    }

  append_len (buffer, run, (gsize) (p - run));
  append_literal (buffer, "\"");
}

static inline Level *
innermost (JxJsonWriter *self)
{
  if (self->levels->len == 0)
    return NULL;

  return &g_array_index (self->levels, Level, self->levels->len - 1);
}

/* Starts a new line for the next member or element of @level. */
static void
begin_item (JxJsonWriter *self,
            Level        *level)
{
  if (level->n_items == 0)
    append_literal (self->buffer, "\n");
  else
    append_literal (self->buffer, ",\n");
  append_indent (self->buffer, self->levels->len);
  level->n_items++;
}

/* Goes where a value is written: after its member name, on the line of
 * a new element, or at the start of the document. */
static void
begin_value (JxJsonWriter *self)
{
  Level *level = innermost (self);

  if (self->has_name)
    {
      self->has_name = FALSE;
      return;
    }

  if (level == NULL)
    return;

  g_return_if_fail (!level->is_object);
  begin_item (self, level);
}

static void
begin_level (JxJsonWriter *self,
             gboolean      is_object)
{
  Level level = { is_object, 0 };

  begin_value (self);
  g_string_append_c (self->buffer, is_object ? '{' : '[');
  g_array_append_val (self->levels, level);
}

static void
end_level (JxJsonWriter *self,
           gboolean      is_object)
{
  Level *level = innermost (self);
  guint n_items;

  g_return_if_fail (level != NULL && level->is_object == is_object && !self->has_name);

  n_items = level->n_items;
  g_array_set_size (self->levels, self->levels->len - 1);

  /* An empty object has its indentation between the braces. */
  if (n_items > 0)
    g_string_append_c (self->buffer, '\n');
  if (n_items > 0 || is_object)
    append_indent (self->buffer, self->levels->len);
  g_string_append_c (self->buffer, is_object ? '}' : ']');

  maybe_write_buffer (self);
}

void
jx_json_writer_begin_object (JxJsonWriter *self)
{
  begin_level (self, TRUE);
}

void
jx_json_writer_end_object (JxJsonWriter *self)
{
  end_level (self, TRUE);
}

void
jx_json_writer_begin_array (JxJsonWriter *self)
{
  begin_level (self, FALSE);
}

void
jx_json_writer_end_array (JxJsonWriter *self)
{
  end_level (self, FALSE);
}

/**
 * jx_json_writer_set_member_name:
 * @self: a writer inside an object
 * @name: the name of the member whose value is written next
 */
void
jx_json_writer_set_member_name (JxJsonWriter *self,
                                const char   *name)
{
  Level *level = innermost (self);

  g_return_if_fail (level != NULL && level->is_object && !self->has_name);

  begin_item (self, level);
  append_quoted (self->buffer, name);
  append_literal (self->buffer, " : ");
  self->has_name = TRUE;
}

void
jx_json_writer_add_string_value (JxJsonWriter *self,
                                 const char   *value)
{
  begin_value (self);
  append_quoted (self->buffer, value);
  maybe_write_buffer (self);
}

void
jx_json_writer_add_int_value (JxJsonWriter *self,
                              gint64        value)
{
  char digits[24];
  char *p = digits + sizeof digits;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;

  /* As printf ("%" G_GINT64_FORMAT) writes it, G_MININT64 included. */
  do
    {
      *--p = (char) ('0' + magnitude % 10);
      magnitude /= 10;
    }
  while (magnitude > 0);
  if (value < 0)
    *--p = '-';

  begin_value (self);
  append_len (self->buffer, p, (gsize) (digits + sizeof digits - p));
  maybe_write_buffer (self);
}

/**
 * jx_json_writer_flush:
 * @self: a writer
 * @error: return location for the error of the stream
 *
 * Writes what is buffered to the stream (neither flushing nor closing
 * the stream itself).
 *
 * Returns: %FALSE with the first error of the stream if it failed, now
 *   or before
 */
gboolean
jx_json_writer_flush (JxJsonWriter  *self,
                      GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->stream != NULL)
    write_buffer (self);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }

  return TRUE;
}
