/* jx-png-writer.c: an opaque image surface as a PNG file, quickly
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts are opaque and mostly flat colour, and a chart of 500 projects
 * is an image of ten million pixels.  Cairo's own PNG writer compresses
 * hard on one core; this one writes RGB, compresses fast, and
 * compresses the two halves of the image on two cores at
 * once: each half is a run of deflate blocks, the first ended by a sync
 * flush so that the second follows it in the same zlib stream, whose
 * checksum is combined from the halves' (as pigz does).
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "jx-chart-export.h"
#include "jx-png-writer.h"

/* Below this many rows one core does it all. */
#define MIN_ROWS_TO_SPLIT 256

/* IDAT chunks of at most this many bytes. */
#define MAX_CHUNK_SIZE (1 << 20)

typedef struct {
  const guint8 *pixels;
  int           stride;
  int           width;
  int           first_row;
  int           n_rows;
  gboolean      ends_stream;
  guint8       *deflated;
  gsize         deflated_length;
  uLong         adler;
  gsize         raw_length;
  gboolean      failed;
} Part;

/* One scanline: the SUB filter over RGB, which turns runs of one colour
 * into runs of zeros. */
static void
filter_row (const guint32 *source,
            int            width,
            guint8        *row)
{
  guint8 previous[3] = { 0, 0, 0 };

  row[0] = 1;   /* SUB */
  for (int x = 0; x < width; x++)
    {
      guint8 rgb[3] = { (source[x] >> 16) & 0xff, (source[x] >> 8) & 0xff, source[x] & 0xff };

      for (int c = 0; c < 3; c++)
        {
          row[1 + 3 * x + c] = (guint8) (rgb[c] - previous[c]);
          previous[c] = rgb[c];
        }
    }
}

static gpointer
deflate_part (gpointer data)
{
  Part *part = data;
  gsize row_length = 1 + (gsize) part->width * 3;
  g_autofree guint8 *row = g_malloc (row_length);
  z_stream stream = { 0 };
  gsize capacity;

  part->adler = adler32 (0L, Z_NULL, 0);
  part->raw_length = row_length * part->n_rows;

  /* Raw deflate: the zlib header and checksum are written around the
   * parts. */
  if (deflateInit2 (&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    {
      part->failed = TRUE;
      return NULL;
    }

  /* The bound of one stream, and room for the sync flush's marker. */
  capacity = deflateBound (&stream, part->raw_length) + 64;
  part->deflated = g_malloc (capacity);
  stream.next_out = part->deflated;
  stream.avail_out = capacity;

  for (int i = 0; i < part->n_rows && !part->failed; i++)
    {
      const guint32 *source = (const guint32 *) (gconstpointer) (part->pixels + (gsize) (part->first_row + i) * part->stride);
      gboolean last = i == part->n_rows - 1;
      int flush = !last ? Z_NO_FLUSH : part->ends_stream ? Z_FINISH : Z_SYNC_FLUSH;
      int status;

      filter_row (source, part->width, row);
      part->adler = adler32 (part->adler, row, row_length);

      stream.next_in = row;
      stream.avail_in = row_length;
      status = deflate (&stream, flush);
      /* Out of room (impossible within the bound, but a flush cut short
       * would truncate the image) is a failure too. */
      if (status == Z_STREAM_ERROR || stream.avail_in != 0 || stream.avail_out == 0 ||
          (flush == Z_FINISH && status != Z_STREAM_END))
        part->failed = TRUE;
    }

  part->deflated_length = capacity - stream.avail_out;
  deflateEnd (&stream);
  return NULL;
}

static void
put_uint32 (guint8  *bytes,
            guint32  value)
{
  bytes[0] = value >> 24;
  bytes[1] = value >> 16;
  bytes[2] = value >> 8;
  bytes[3] = value;
}

static gboolean
write_chunk (FILE         *file,
             const char   *type,
             const guint8 *data,
             gsize         length)
{
  guint8 header[8];
  guint8 crc_bytes[4];
  uLong crc = crc32 (0L, Z_NULL, 0);

  put_uint32 (header, length);
  memcpy (header + 4, type, 4);
  crc = crc32 (crc, (const Bytef *) type, 4);
  if (length > 0)
    crc = crc32 (crc, data, length);
  put_uint32 (crc_bytes, crc);

  return fwrite (header, 1, sizeof header, file) == sizeof header &&
         (length == 0 || fwrite (data, 1, length, file) == length) &&
         fwrite (crc_bytes, 1, sizeof crc_bytes, file) == sizeof crc_bytes;
}

/* The zlib stream: its header, the parts' deflate blocks and the
 * checksum of all of it, in IDAT chunks. */
static gboolean
write_image_data (FILE       *file,
                  const Part *parts,
                  guint       n_parts)
{
  g_autoptr(GByteArray) stream = g_byte_array_new ();
  static const guint8 zlib_header[2] = { 0x78, 0x01 };   /* deflate, 32K window, fastest */
  uLong adler = parts[0].adler;
  guint8 checksum[4];

  for (guint i = 1; i < n_parts; i++)
    adler = adler32_combine (adler, parts[i].adler, (z_off_t) parts[i].raw_length);

  g_byte_array_append (stream, zlib_header, sizeof zlib_header);
  for (guint i = 0; i < n_parts; i++)
    g_byte_array_append (stream, parts[i].deflated, parts[i].deflated_length);
  put_uint32 (checksum, adler);
  g_byte_array_append (stream, checksum, sizeof checksum);

  for (gsize offset = 0; offset < stream->len; offset += MAX_CHUNK_SIZE)
    if (!write_chunk (file, "IDAT", stream->data + offset, MIN (MAX_CHUNK_SIZE, stream->len - offset)))
      return FALSE;

  return TRUE;
}

static gboolean
write_file (FILE            *file,
            cairo_surface_t *surface,
            Part            *parts,
            guint            n_parts)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guint8 header[13];

  put_uint32 (header, cairo_image_surface_get_width (surface));
  put_uint32 (header + 4, cairo_image_surface_get_height (surface));
  header[8] = 8;    /* bits per sample */
  header[9] = 2;    /* RGB */
  header[10] = 0;   /* deflate */
  header[11] = 0;   /* adaptive filtering */
  header[12] = 0;   /* not interlaced */

  return fwrite (signature, 1, sizeof signature, file) == sizeof signature &&
         write_chunk (file, "IHDR", header, sizeof header) &&
         write_image_data (file, parts, n_parts) &&
         write_chunk (file, "IEND", NULL, 0);
}

/**
 * jx_png_writer_write:
 * @surface: an image surface of format %CAIRO_FORMAT_RGB24
 * @file_path: the file to write
 * @display_path: the file as messages name it
 * @error: return location for a #JX_CHART_ERROR
 *
 * Writes @surface as an RGB PNG.
 *
 * Returns: whether the file was written whole
 */
gboolean
jx_png_writer_write (cairo_surface_t  *surface,
                     const char       *file_path,
                     const char       *display_path,
                     GError          **error)
{
  int height = cairo_image_surface_get_height (surface);
  Part parts[2] = { { 0 } };
  guint n_parts = height >= MIN_ROWS_TO_SPLIT ? 2 : 1;
  GThread *helper = NULL;
  gboolean failed = FALSE;
  FILE *file;

  g_return_val_if_fail (cairo_image_surface_get_format (surface) == CAIRO_FORMAT_RGB24, FALSE);

  cairo_surface_flush (surface);

  for (guint i = 0; i < n_parts; i++)
    {
      parts[i].pixels = cairo_image_surface_get_data (surface);
      parts[i].stride = cairo_image_surface_get_stride (surface);
      parts[i].width = cairo_image_surface_get_width (surface);
      parts[i].first_row = (int) i * (height / (int) n_parts);
      parts[i].n_rows = i + 1 < n_parts ? height / (int) n_parts : height - parts[i].first_row;
      parts[i].ends_stream = i + 1 == n_parts;
    }

  /* Without a second thread, one does both halves. */
  if (n_parts == 2)
    helper = g_thread_try_new ("jx-png-writer", deflate_part, &parts[1], NULL);
  deflate_part (&parts[0]);
  if (helper != NULL)
    g_thread_join (helper);
  else if (n_parts == 2)
    deflate_part (&parts[1]);

  for (guint i = 0; i < n_parts; i++)
    failed |= parts[i].failed;

  if (failed)
    {
      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
                   _("Could not write “%s”: the PNG encoder failed"), display_path);
    }
  else if ((file = g_fopen (file_path, "wb")) == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display_path, g_strerror (saved_errno));
      failed = TRUE;
    }
  else
    {
      gboolean written = write_file (file, surface, parts, n_parts);
      int saved_errno = errno;

      if (fclose (file) != 0 && written)
        {
          saved_errno = errno;
          written = FALSE;
        }

      if (!written)
        {
          g_set_error (error, JX_CHART_ERROR, JX_CHART_ERROR_WRITE,
                       _("Could not write “%s”: %s"), display_path, g_strerror (saved_errno));
          failed = TRUE;
        }
    }

  for (guint i = 0; i < n_parts; i++)
    g_free (parts[i].deflated);

  return !failed;
}
