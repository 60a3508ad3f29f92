/* test-json-reader.c: JSON is read a value at a time, exactly as written
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "jixiao-core.h"

static JxJsonReader *
reader_for (const char *text)
{
  return jx_json_reader_new (text, strlen (text));
}

/* Amounts must never pass through floating point: a number is handed out
 * with the digits it was written with. */
static void
test_numbers_keep_their_digits (void)
{
  static const char * const written[] = { "-12.50", "0", "1e3", "3.14159265358979323846", "99999999999999999999" };
  g_autoptr(JxJsonReader) reader = reader_for (" [-12.50, 0,1e3 ,3.14159265358979323846,\n99999999999999999999] ");
  g_autoptr(GError) error = NULL;
  gboolean more;

  g_assert_true (jx_json_reader_begin_array (reader, &error));
  for (guint i = 0; i < G_N_ELEMENTS (written); i++)
    {
      const char *text;
      JxJsonKind kind;

      g_assert_true (jx_json_reader_next_element (reader, &more, &error));
      g_assert_true (more);
      g_assert_true (jx_json_reader_peek (reader, &kind, &error));
      g_assert_cmpint (kind, ==, JX_JSON_NUMBER);
      g_assert_true (jx_json_reader_read_number (reader, &text, &error));
      g_assert_cmpstr (text, ==, written[i]);
    }
  g_assert_true (jx_json_reader_next_element (reader, &more, &error));
  g_assert_false (more);
  g_assert_true (jx_json_reader_end (reader, &error));
  g_assert_no_error (error);
}

static void
test_strings_lose_their_escapes (void)
{
  g_autoptr(JxJsonReader) reader = reader_for ("\xef\xbb\xbf{\"名称\":\"a\\\"b\\\\c\\/d\\n\\u4e2d\\ud83d\\ude00\",\"x\":null,\"y\":true}");
  g_autoptr(GError) error = NULL;
  const char *name;
  const char *text;
  gboolean value = FALSE;

  /* A byte order mark, as Windows editors write, is skipped. */
  g_assert_true (jx_json_reader_begin_object (reader, &error));
  g_assert_true (jx_json_reader_next_member (reader, &name, &error));
  g_assert_cmpstr (name, ==, "名称");
  g_assert_true (jx_json_reader_read_string (reader, &text, &error));
  g_assert_cmpstr (text, ==, "a\"b\\c/d\n中😀");

  g_assert_true (jx_json_reader_next_member (reader, &name, &error));
  g_assert_cmpstr (name, ==, "x");
  g_assert_true (jx_json_reader_read_null (reader, &error));
  g_assert_true (jx_json_reader_next_member (reader, &name, &error));
  g_assert_true (jx_json_reader_read_boolean (reader, &value, &error));
  g_assert_true (value);
  g_assert_true (jx_json_reader_next_member (reader, &name, &error));
  g_assert_null (name);
  g_assert_no_error (error);
}

/* A member can be skipped and read later, as the importer does with the
 * departments of a file whose format comes last. */
static void
test_skipped_values_can_be_read_again (void)
{
  g_autoptr(JxJsonReader) reader = reader_for ("{\"a\":[1,{\"b\":[[],{}]},\"]\"],\"c\":2}");
  g_autoptr(GError) error = NULL;
  const char *name;
  const char *text;
  gsize offset;
  gboolean more;

  g_assert_true (jx_json_reader_begin_object (reader, &error));
  g_assert_true (jx_json_reader_next_member (reader, &name, &error));
  offset = jx_json_reader_get_offset (reader);
  g_assert_true (jx_json_reader_skip_value (reader, &error));
  g_assert_true (jx_json_reader_next_member (reader, &name, &error));
  g_assert_cmpstr (name, ==, "c");
  g_assert_true (jx_json_reader_read_number (reader, &text, &error));
  g_assert_cmpstr (text, ==, "2");

  jx_json_reader_set_offset (reader, offset);
  g_assert_true (jx_json_reader_begin_array (reader, &error));
  g_assert_true (jx_json_reader_next_element (reader, &more, &error));
  g_assert_true (jx_json_reader_read_number (reader, &text, &error));
  g_assert_cmpstr (text, ==, "1");
  g_assert_no_error (error);
}

typedef struct {
  const char  *json;
  JxJsonError  code;
  const char  *message;
} BadText;

/* What is not JSON is refused with its line and column, counted in
 * characters; nesting is followed only so deep. */
static void
test_errors_name_line_and_column (void)
{
  static const BadText cases[] = {
    { "[1,\n  \"中文\" 2]", JX_JSON_ERROR_SYNTAX, "line 2, column 8: expected “,” or “]”, found “2”" },
    { "[1,]", JX_JSON_ERROR_SYNTAX, "line 1, column 4: expected a value, found “]”" },
    { "[\"abc", JX_JSON_ERROR_SYNTAX, "the text ends inside a string" },
    { "[\"\\ud800x\"]", JX_JSON_ERROR_SYNTAX, "must be followed by the second half" },
    { "[\"\\udc00\"]", JX_JSON_ERROR_SYNTAX, "is the second half of a character without its first half" },
    { "[\"\\u12G4\"]", JX_JSON_ERROR_SYNTAX, "four hexadecimal digits" },
    { "[-]", JX_JSON_ERROR_SYNTAX, "expected a digit, found “]”" },
    { "[1e]", JX_JSON_ERROR_SYNTAX, "a digit of the exponent" },
    { "[\"\xff\"]", JX_JSON_ERROR_ENCODING, "line 1, column 3: the text is not UTF-8" },
    { "[\xe4\xb8]", JX_JSON_ERROR_ENCODING, "the text is not UTF-8" },
    { "[nul]", JX_JSON_ERROR_SYNTAX, "expected null" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JxJsonReader) reader = reader_for (cases[i].json);
      g_autoptr(GError) error = NULL;
      g_autofree char *escaped = g_strescape (cases[i].json, NULL);

      g_test_message ("reading %s", escaped);
      g_assert_false (jx_json_reader_skip_value (reader, &error));
      g_assert_error (error, JX_JSON_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }

  {
    g_autoptr(GString) deep = g_string_new ("\n");
    g_autoptr(JxJsonReader) reader = NULL;
    g_autoptr(GError) error = NULL;

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (deep, '[');
    reader = jx_json_reader_new (deep->str, deep->len);
    g_assert_false (jx_json_reader_skip_value (reader, &error));
    g_assert_error (error, JX_JSON_ERROR, JX_JSON_ERROR_TOO_DEEP);
    g_assert_nonnull (strstr (error->message, "nested more than 64 deep at line 2"));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/numbers-keep-their-digits", test_numbers_keep_their_digits);
  g_test_add_func ("/json-reader/strings-lose-their-escapes", test_strings_lose_their_escapes);
  g_test_add_func ("/json-reader/skipped-values-can-be-read-again", test_skipped_values_can_be_read_again);
  g_test_add_func ("/json-reader/errors-name-line-and-column", test_errors_name_line_and_column);

  return g_test_run ();
}
