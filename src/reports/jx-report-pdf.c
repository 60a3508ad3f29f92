/* jx-report-pdf.c: the report pack as a PDF: cover, tiles, charts, forms and findings
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "jx-chart.h"
#include "jx-report-pdf.h"

/*
 * The report pack is typeset on A4 portrait pages: a cover with the title
 * and the summary tiles, the charts as many to a page as fit, then every
 * table of the report from a new page, with page numbers ("Page 3 of 12")
 * in the footer of every page and the department and year in a header
 * line on every page after the cover.
 *
 * The footer needs the number of pages, so the writing goes in two passes
 * over the same measurements: first every cell of every table is laid out
 * by Pango at its width and the rows get their heights, and the pages are
 * cut (a list of #Page, each saying which rows of which table it holds);
 * then each page is drawn.
 *
 * A table breaks between rows, never inside one, unless a single row is
 * taller than a page: its text is then cut between lines. A heading row
 * (一级指标, 二级指标 …) is never the last row of a page, and is repeated
 * under a "(continued)" line above the rows it heads on the next page.
 * A cell spanning rows is drawn on each page for its part there, with its
 * text in each part; where its text would not fit the part above a break,
 * the break moves up to before the cell.
 */

#define PAGE_WIDTH       595.28
#define PAGE_HEIGHT      841.89
#define MARGIN_X         52.0
#define MARGIN_TOP       64.0
#define MARGIN_BOTTOM    64.0
#define CONTENT_WIDTH    (PAGE_WIDTH - 2 * MARGIN_X)
#define CONTENT_BOTTOM   (PAGE_HEIGHT - MARGIN_BOTTOM)

#define FONT_FAMILY      "Noto Sans CJK SC, Sans"
#define TABLE_FONT_SIZE  8.0
#define MIN_FONT_SIZE    5.5
#define CELL_PADDING_X   2.5
#define CELL_PADDING_Y   2.5
#define LINE_WIDTH       0.5
#define CHART_GAP        20.0
#define TILE_COLUMNS     2
#define TILE_GAP         12.0
#define TILE_PADDING     10.0
/* The least room worth starting a row that must be cut across pages. */
#define MIN_SLICE        36.0

typedef enum {
  PAGE_COVER,
  PAGE_CHARTS,
  PAGE_TABLE,
} PageKind;

/* A row of a table as placed on a page: the whole row, or the part of a
 * row too tall for a page from @top down, or a heading repeated. */
typedef struct {
  guint    row;
  double   top;
  double   height;
  gboolean repeated;
} PageRow;

typedef struct {
  PageKind  kind;
  guint     first;      /* the first chart, or the table */
  guint     n_charts;
  gboolean  continued;  /* the table goes on from the page before */
  GArray   *rows;       /* PageRow */
} Page;

/* A table measured: every cell laid out at its width, the rows' heights. */
typedef struct {
  JxReportTable *table;
  GPtrArray     *layouts;       /* PangoLayout, one per cell in table order */
  double        *text_heights;  /* per cell, padding included */
  double        *column_x;      /* n_columns + 1 edges */
  double        *row_heights;
  gboolean      *cut;           /* per row: cut across pages, text at its top */
  PangoLayout   *title;
  PangoLayout   *subtitle;
  PangoLayout   *continued;
} TableLayout;

typedef struct {
  JxReport     *report;
  cairo_t      *cr;
  PangoContext *context;
  JxChartStyle *chart_style;
  GArray       *chart_heights;  /* double: each chart's natural height */
  GPtrArray    *tables;         /* TableLayout, as jx_report_get_tables() */
  GArray       *pages;          /* Page */
} Document;

static void
page_clear (gpointer data)
{
  Page *page = data;

  g_clear_pointer (&page->rows, g_array_unref);
}

static void
table_layout_free (TableLayout *self)
{
  jx_report_table_unref (self->table);
  g_ptr_array_unref (self->layouts);
  g_free (self->text_heights);
  g_free (self->column_x);
  g_free (self->row_heights);
  g_free (self->cut);
  g_clear_object (&self->title);
  g_clear_object (&self->subtitle);
  g_clear_object (&self->continued);
  g_free (self);
}

static PangoLayout *
create_layout (Document       *doc,
               const char     *text,
               double          size,
               PangoWeight     weight,
               double          width,
               PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (doc->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
get_layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Shows the lines of @layout that begin from @from down to @from +
 * @height, in the layout's coordinates: the part of a row cut across
 * pages. Lines drawn elsewhere are left out, not only clipped, so that
 * the text of the PDF has each line once. */
static void
show_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            double       from,
            double       height)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle extents;
      double top;

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      top = (double) extents.y / PANGO_SCALE;
      if (top >= from - 0.01 && top < from + height - 0.01)
        {
          cairo_move_to (cr, x + (double) extents.x / PANGO_SCALE,
                         y + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
    }
  while (pango_layout_iter_next_line (iter));
}

/* Shows @text centred or aligned across the content width at @y and
 * returns its height. */
static double
show_line (Document       *doc,
           const char     *text,
           double          size,
           PangoWeight     weight,
           PangoAlignment  alignment,
           double          y)
{
  g_autoptr(PangoLayout) layout = create_layout (doc, text, size, weight, CONTENT_WIDTH, alignment);

  show_layout (doc->cr, layout, MARGIN_X, y);
  return get_layout_height (layout);
}

static void
set_grey (cairo_t *cr,
          double   level)
{
  cairo_set_source_rgb (cr, level, level, level);
}

/* Measuring tables */

static PangoAlignment
get_cell_alignment (const JxReportCell *cell)
{
  if (cell->role == JX_REPORT_CELL_LABEL)
    return PANGO_ALIGN_CENTER;
  if (cell->value != JX_REPORT_VALUE_TEXT)
    return PANGO_ALIGN_RIGHT;
  return PANGO_ALIGN_LEFT;
}

/* Whether the layout wraps inside a word of Latin letters or digits, or
 * a number wraps at all. */
static gboolean
breaks_words (PangoLayout *layout,
              gboolean     number)
{
  const char *text = pango_layout_get_text (layout);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  if (number)
    return lines != NULL && lines->next != NULL;

  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      gunichar after = g_utf8_get_char (text + line->start_index);
      gunichar before = g_utf8_get_char (g_utf8_prev_char (text + line->start_index));

      if (g_unichar_isalnum (before) && g_unichar_isalnum (after) &&
          !g_unichar_iswide (before) && !g_unichar_iswide (after))
        return TRUE;
    }

  return FALSE;
}

/* Makes the text of a cell smaller, down to a limit, rather than break a
 * word ("Exec-ution") or a number where its column is narrow. */
static void
fit_cell_layout (PangoLayout        *layout,
                 const JxReportCell *cell)
{
  gboolean number = cell->value != JX_REPORT_VALUE_TEXT;
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (pango_layout_get_font_description (layout));
  double size = TABLE_FONT_SIZE;

  while (size > MIN_FONT_SIZE && breaks_words (layout, number))
    {
      size -= 0.5;
      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
    }
}

static double
sum_row_heights (TableLayout *self,
                 guint        first,
                 guint        n_rows)
{
  double sum = 0.0;

  for (guint r = first; r < first + n_rows; r++)
    sum += self->row_heights[r];
  return sum;
}

static int
compare_last_rows (gconstpointer a,
                   gconstpointer b)
{
  const JxReportCell *first = *(const JxReportCell **) a;
  const JxReportCell *second = *(const JxReportCell **) b;

  return (int) (first->row + first->row_span) - (int) (second->row + second->row_span);
}

/* Each row is as tall as its tallest single-row cell; a cell spanning
 * rows whose text needs more than its rows grows the last of them. */
static void
measure_rows (TableLayout *self,
              double       min_height)
{
  GPtrArray *cells = jx_report_table_get_cells (self->table);
  guint n_rows = jx_report_table_get_n_rows (self->table);
  g_autoptr(GPtrArray) spanning = g_ptr_array_new ();

  for (guint r = 0; r < n_rows; r++)
    self->row_heights[r] = min_height;

  for (guint i = 0; i < cells->len; i++)
    {
      JxReportCell *cell = g_ptr_array_index (cells, i);

      if (cell->row_span == 1)
        self->row_heights[cell->row] = MAX (self->row_heights[cell->row], self->text_heights[i]);
      else
        g_ptr_array_add (spanning, cell);
    }

  g_ptr_array_sort (spanning, compare_last_rows);
  for (guint i = 0; i < spanning->len; i++)
    {
      JxReportCell *cell = g_ptr_array_index (spanning, i);
      guint index;
      double total = sum_row_heights (self, cell->row, cell->row_span);

      g_ptr_array_find (cells, cell, &index);
      if (self->text_heights[index] > total)
        self->row_heights[cell->row + cell->row_span - 1] += self->text_heights[index] - total;
    }
}

static TableLayout *
measure_table (Document      *doc,
               JxReportTable *table)
{
  TableLayout *self = g_new0 (TableLayout, 1);
  GPtrArray *cells = jx_report_table_get_cells (table);
  guint n_columns = jx_report_table_get_n_columns (table);
  guint n_rows = jx_report_table_get_n_rows (table);
  const char *subtitle = jx_report_table_get_subtitle (table);
  /* TRANSLATORS: above a table on the pages it continues on; %s is its title */
  g_autofree char *continued = g_strdup_printf (_("%s (continued)"), jx_report_table_get_title (table));
  g_autoptr(PangoLayout) empty = create_layout (doc, "", TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL, 10, PANGO_ALIGN_LEFT);
  double x = 0.0;

  self->table = jx_report_table_ref (table);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->text_heights = g_new (double, cells->len);
  self->column_x = g_new (double, n_columns + 1);
  self->row_heights = g_new (double, n_rows);
  self->cut = g_new0 (gboolean, n_rows);

  for (guint c = 0; c < n_columns; c++)
    {
      self->column_x[c] = x;
      x += jx_report_table_get_column_width (table, c) * CONTENT_WIDTH;
    }
  self->column_x[n_columns] = CONTENT_WIDTH;

  for (guint i = 0; i < cells->len; i++)
    {
      const JxReportCell *cell = g_ptr_array_index (cells, i);
      double width = self->column_x[cell->column + cell->column_span] - self->column_x[cell->column];
      PangoLayout *layout = create_layout (doc, cell->text, TABLE_FONT_SIZE, PANGO_WEIGHT_NORMAL,
                                           width - 2 * CELL_PADDING_X, get_cell_alignment (cell));

      fit_cell_layout (layout, cell);
      g_ptr_array_add (self->layouts, layout);
      self->text_heights[i] = get_layout_height (layout) + 2 * CELL_PADDING_Y;
    }

  measure_rows (self, get_layout_height (empty) + 2 * CELL_PADDING_Y);

  self->title = create_layout (doc, jx_report_table_get_title (table), 13.0, PANGO_WEIGHT_BOLD,
                               CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  if (subtitle != NULL && *subtitle != '\0')
    self->subtitle = create_layout (doc, subtitle, 9.5, PANGO_WEIGHT_NORMAL, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  self->continued = create_layout (doc, continued, 8.5, PANGO_WEIGHT_NORMAL, CONTENT_WIDTH, PANGO_ALIGN_CENTER);

  return self;
}

/* The height of what comes above the table on its first page or on a
 * page it continues on. */
static double
get_title_height (TableLayout *self,
                  gboolean     continued)
{
  if (continued)
    return get_layout_height (self->continued) + 6.0;

  return get_layout_height (self->title) + 4.0 +
         (self->subtitle != NULL ? get_layout_height (self->subtitle) : 0.0) + 12.0;
}

/* Breaking tables across pages */

/* The heading to repeat above @row at the top of a page, or -1. */
static gint
get_repeated_heading (TableLayout *self,
                      guint        row)
{
  if (jx_report_table_is_heading (self->table, row))
    return -1;

  return jx_report_table_get_heading (self->table, row);
}

static Page *
add_page (Document *doc,
          PageKind  kind,
          guint     first)
{
  Page page = { kind, first, 0, FALSE, NULL };

  g_array_append_val (doc->pages, page);
  return &g_array_index (doc->pages, Page, doc->pages->len - 1);
}

static void
add_page_row (Page     *page,
              guint     row,
              double    top,
              double    height,
              gboolean  repeated)
{
  PageRow page_row = { row, top, height, repeated };

  g_array_append_val (page->rows, page_row);
}

/* Starts a page of table @index, with the heading of @row repeated on a
 * continued page; returns where the next row goes. */
static double
start_table_page (Document *doc,
                  guint     index,
                  gboolean  continued,
                  guint     row)
{
  TableLayout *self = g_ptr_array_index (doc->tables, index);
  Page *page = add_page (doc, PAGE_TABLE, index);
  double y = MARGIN_TOP + get_title_height (self, continued);
  gint heading = continued ? get_repeated_heading (self, row) : -1;

  page->continued = continued;
  page->rows = g_array_new (FALSE, FALSE, sizeof (PageRow));
  if (heading >= 0)
    {
      add_page_row (page, heading, 0.0, self->row_heights[heading], TRUE);
      y += self->row_heights[heading];
    }

  return y;
}

static Page *
get_last_page (Document *doc)
{
  return &g_array_index (doc->pages, Page, doc->pages->len - 1);
}

/* The first row of the page that is not a repeated heading, or G_MAXUINT. */
static guint
get_first_body_row (Page *page)
{
  for (guint k = 0; k < page->rows->len; k++)
    if (!g_array_index (page->rows, PageRow, k).repeated)
      return g_array_index (page->rows, PageRow, k).row;

  return G_MAXUINT;
}

/* The height of the part of @cell on @page. */
static double
get_part_height (Page               *page,
                 const JxReportCell *cell)
{
  double height = 0.0;

  for (guint k = 0; k < page->rows->len; k++)
    {
      const PageRow *page_row = &g_array_index (page->rows, PageRow, k);

      if (page_row->row >= cell->row && page_row->row < cell->row + cell->row_span)
        height += page_row->height;
    }

  return height;
}

/* Where to break a page whose next row, @row, does not fit: before it,
 * or earlier so that a heading goes with the row after it and a cell
 * spanning rows is not cut where its text does not fit the part above. */
static guint
choose_break (TableLayout *self,
              Page        *page,
              guint        row)
{
  GPtrArray *cells = jx_report_table_get_cells (self->table);
  guint first = get_first_body_row (page);
  guint before = row;
  gboolean moved = TRUE;

  while (moved)
    {
      /* The rows from @before on go to the next page. */
      while (page->rows->len > 0 && g_array_index (page->rows, PageRow, page->rows->len - 1).row >= before &&
             !g_array_index (page->rows, PageRow, page->rows->len - 1).repeated)
        g_array_set_size (page->rows, page->rows->len - 1);

      moved = FALSE;
      if (before - 1 > first && jx_report_table_is_heading (self->table, before - 1))
        {
          before--;
          moved = TRUE;
        }

      for (guint i = 0; i < cells->len; i++)
        {
          const JxReportCell *cell = g_ptr_array_index (cells, i);

          if (cell->row < before && before < cell->row + cell->row_span && cell->row > first &&
              self->text_heights[i] > get_part_height (page, cell))
            {
              before = cell->row;
              moved = TRUE;
            }
        }
    }

  return before;
}

/* Where to cut row @row, shown from @top, to fit @room: between two lines
 * of every cell's text. Cut rows show their text from the top. */
static double
find_cut (TableLayout *self,
          guint        row,
          double       top,
          double       room)
{
  GPtrArray *cells = jx_report_table_get_cells (self->table);
  double cut = top + room;
  gboolean moved = TRUE;

  while (moved)
    {
      moved = FALSE;
      for (guint i = 0; i < cells->len; i++)
        {
          const JxReportCell *cell = g_ptr_array_index (cells, i);
          g_autoptr(PangoLayoutIter) iter = NULL;

          if (cell->row != row || cell->row_span != 1)
            continue;

          iter = pango_layout_get_iter (g_ptr_array_index (self->layouts, i));
          do
            {
              int y0, y1;
              double line_top, line_bottom;

              pango_layout_iter_get_line_yrange (iter, &y0, &y1);
              line_top = CELL_PADDING_Y + (double) y0 / PANGO_SCALE;
              line_bottom = CELL_PADDING_Y + (double) y1 / PANGO_SCALE;
              if (line_top < cut && cut < line_bottom && line_top > top)
                {
                  cut = line_top;
                  moved = TRUE;
                }
            }
          while (pango_layout_iter_next_line (iter));
        }
    }

  /* A single line taller than the page is cut through. */
  return cut > top + 1.0 ? cut : top + room;
}

/* Lays out table @index on as many pages as it needs. */
static void
paginate_table (Document *doc,
                guint     index)
{
  TableLayout *self = g_ptr_array_index (doc->tables, index);
  guint n_rows = jx_report_table_get_n_rows (self->table);
  double y = start_table_page (doc, index, FALSE, 0);
  double top = 0.0;
  guint row = 0;

  while (row < n_rows)
    {
      Page *page = get_last_page (doc);
      double rest = self->row_heights[row] - top;
      double fresh = CONTENT_BOTTOM - MARGIN_TOP - get_title_height (self, TRUE);
      gint heading = get_repeated_heading (self, row);

      if (heading >= 0)
        fresh -= self->row_heights[heading];

      if (y + rest <= CONTENT_BOTTOM + 0.01)
        {
          add_page_row (page, row, top, rest, FALSE);
          y += rest;
          row++;
          top = 0.0;
        }
      else if (get_first_body_row (page) == G_MAXUINT ||
               (rest > fresh && CONTENT_BOTTOM - y >= MIN_SLICE))
        {
          /* Taller than a page: cut it between lines, from here. */
          double cut = find_cut (self, row, top, MAX (CONTENT_BOTTOM - y, MIN_SLICE));

          self->cut[row] = TRUE;
          add_page_row (page, row, top, cut - top, FALSE);
          top = cut;
          y = start_table_page (doc, index, TRUE, row);
        }
      else
        {
          row = choose_break (self, page, row);
          top = 0.0;
          y = start_table_page (doc, index, TRUE, row);
        }
    }
}

/* Lays out the charts at the content width, as many to a page as fit;
 * a chart taller than a page is scaled down to it. */
static void
paginate_charts (Document *doc)
{
  GPtrArray *charts = jx_report_get_charts (doc->report);
  Page *page = NULL;
  double y = 0.0;

  for (guint i = 0; i < charts->len; i++)
    {
      const JxChartData *data = g_ptr_array_index (charts, i);
      double natural = jx_chart_get_natural_height (data, doc->chart_style, CONTENT_WIDTH);
      double height = MIN (natural, CONTENT_BOTTOM - MARGIN_TOP);

      g_array_append_val (doc->chart_heights, natural);

      if (page == NULL || y + CHART_GAP + height > CONTENT_BOTTOM)
        {
          page = add_page (doc, PAGE_CHARTS, i);
          y = MARGIN_TOP + height;
        }
      else
        {
          y += CHART_GAP + height;
        }
      page->n_charts++;
    }
}

static void
paginate (Document *doc)
{
  GPtrArray *tables = jx_report_get_tables (doc->report);

  add_page (doc, PAGE_COVER, 0);
  paginate_charts (doc);

  for (guint i = 0; i < tables->len; i++)
    {
      g_ptr_array_add (doc->tables, measure_table (doc, g_ptr_array_index (tables, i)));
      paginate_table (doc, i);
    }
}

/* Drawing */

static void
draw_header_and_footer (Document *doc,
                        guint     number,
                        guint     n_pages,
                        gboolean  header)
{
  cairo_t *cr = doc->cr;
  /* TRANSLATORS: the footer of every page of the report: "第 3 页，共 12 页" */
  g_autofree char *footer = g_strdup_printf (_("Page %u of %u"), number, n_pages);

  set_grey (cr, 0.35);
  if (header)
    {
      /* TRANSLATORS: the header line of the report's pages: department, year */
      g_autofree char *line = g_strdup_printf (_("%s · %d · Performance self-evaluation report"),
                                               jx_report_get_department (doc->report),
                                               (int) jx_report_get_year (doc->report));

      show_line (doc, line, 7.5, PANGO_WEIGHT_NORMAL, PANGO_ALIGN_LEFT, 30.0);
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_move_to (cr, MARGIN_X, 44.0);
      cairo_line_to (cr, PAGE_WIDTH - MARGIN_X, 44.0);
      cairo_stroke (cr);
    }

  show_line (doc, footer, 8.0, PANGO_WEIGHT_NORMAL, PANGO_ALIGN_CENTER, PAGE_HEIGHT - 44.0);
  cairo_set_source_rgb (cr, 0, 0, 0);
}

/* A summary figure in a box: label, the figure large, a detail line. */
static double
measure_tile (Document           *doc,
              const JxReportTile *tile,
              double              width,
              PangoLayout        *layouts[3])
{
  double inner = width - 2 * TILE_PADDING;

  layouts[0] = create_layout (doc, tile->label, 9.0, PANGO_WEIGHT_NORMAL, inner, PANGO_ALIGN_LEFT);
  layouts[1] = create_layout (doc, tile->value, 18.0, PANGO_WEIGHT_BOLD, inner, PANGO_ALIGN_LEFT);
  layouts[2] = create_layout (doc, tile->detail, 8.0, PANGO_WEIGHT_NORMAL, inner, PANGO_ALIGN_LEFT);

  return 2 * TILE_PADDING + get_layout_height (layouts[0]) + 2.0 + get_layout_height (layouts[1]) + 2.0 +
         (tile->detail != NULL ? get_layout_height (layouts[2]) : 0.0);
}

static void
draw_tile (Document    *doc,
           PangoLayout *layouts[3],
           double       x,
           double       y,
           double       width,
           double       height)
{
  cairo_t *cr = doc->cr;

  cairo_rectangle (cr, x, y, width, height);
  set_grey (cr, 0.96);
  cairo_fill_preserve (cr);
  set_grey (cr, 0.55);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_stroke (cr);

  x += TILE_PADDING;
  y += TILE_PADDING;
  set_grey (cr, 0.3);
  show_layout (cr, layouts[0], x, y);
  y += get_layout_height (layouts[0]) + 2.0;
  cairo_set_source_rgb (cr, 0, 0, 0);
  show_layout (cr, layouts[1], x, y);
  y += get_layout_height (layouts[1]) + 2.0;
  set_grey (cr, 0.3);
  show_layout (cr, layouts[2], x, y);
  cairo_set_source_rgb (cr, 0, 0, 0);
}

/* The tiles in rows of TILE_COLUMNS boxes, each row as tall as its
 * tallest box. */
static void
draw_tiles (Document *doc,
            double    y)
{
  GPtrArray *tiles = jx_report_get_tiles (doc->report);
  double width = (CONTENT_WIDTH - (TILE_COLUMNS - 1) * TILE_GAP) / TILE_COLUMNS;

  for (guint first = 0; first < tiles->len; first += TILE_COLUMNS)
    {
      PangoLayout *layouts[TILE_COLUMNS][3] = { { NULL } };
      guint n = MIN (TILE_COLUMNS, tiles->len - first);
      double height = 0.0;

      /* Outside MAX (), which would measure twice and lose the first layouts. */
      for (guint i = 0; i < n; i++)
        {
          double tile_height = measure_tile (doc, g_ptr_array_index (tiles, first + i), width, layouts[i]);

          height = MAX (height, tile_height);
        }

      for (guint i = 0; i < n; i++)
        {
          draw_tile (doc, layouts[i], MARGIN_X + i * (width + TILE_GAP), y, width, height);
          for (guint j = 0; j < 3; j++)
            g_object_unref (layouts[i][j]);
        }

      y += height + TILE_GAP;
    }
}

static void
draw_cover (Document *doc)
{
  cairo_t *cr = doc->cr;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  /* TRANSLATORS: on the cover, under the report's title: "2020年度" */
  g_autofree char *year = g_strdup_printf (_("Year %d"), (int) jx_report_get_year (doc->report));
  /* TRANSLATORS: on the cover: when the report was made, a date */
  g_autofree char *generated = g_strdup_printf (_("Generated on %s by Jixiao"), date);
  double y = 150.0;

  y += show_line (doc, jx_report_get_department (doc->report), 18.0, PANGO_WEIGHT_NORMAL, PANGO_ALIGN_CENTER, y) + 14.0;
  y += show_line (doc, _("Performance self-evaluation report"), 26.0, PANGO_WEIGHT_BOLD, PANGO_ALIGN_CENTER, y) + 10.0;
  y += show_line (doc, year, 15.0, PANGO_WEIGHT_NORMAL, PANGO_ALIGN_CENTER, y) + 20.0;

  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, MARGIN_X + CONTENT_WIDTH / 4, y);
  cairo_line_to (cr, MARGIN_X + 3 * CONTENT_WIDTH / 4, y);
  cairo_stroke (cr);
  y += 12.0;

  set_grey (cr, 0.3);
  y += show_line (doc, generated, 9.5, PANGO_WEIGHT_NORMAL, PANGO_ALIGN_CENTER, y) + 50.0;
  cairo_set_source_rgb (cr, 0, 0, 0);

  draw_tiles (doc, y);
}

static void
draw_charts (Document   *doc,
             const Page *page)
{
  GPtrArray *charts = jx_report_get_charts (doc->report);
  cairo_t *cr = doc->cr;
  double y = MARGIN_TOP;

  for (guint i = page->first; i < page->first + page->n_charts; i++)
    {
      const JxChartData *data = g_ptr_array_index (charts, i);
      double natural = g_array_index (doc->chart_heights, double, i);
      double height = MIN (natural, CONTENT_BOTTOM - MARGIN_TOP);
      double scale = height / natural;

      cairo_save (cr);
      cairo_translate (cr, MARGIN_X + (CONTENT_WIDTH - CONTENT_WIDTH * scale) / 2, y);
      cairo_scale (cr, scale, scale);
      cairo_rectangle (cr, 0, 0, CONTENT_WIDTH, natural);
      cairo_clip (cr);
      jx_chart_render (cr, data, doc->chart_style, CONTENT_WIDTH, natural, NULL);
      cairo_restore (cr);

      y += height + CHART_GAP;
    }
}

/* Draws the part of cell @index on @page over page rows @first to @last,
 * its shading and its text; @edges says whether to stroke its frame. */
static void
draw_cell_part (Document    *doc,
                TableLayout *self,
                const Page  *page,
                guint        index,
                const double *ys,
                guint        first,
                guint        last,
                gboolean     edges)
{
  const JxReportCell *cell = g_ptr_array_index (jx_report_table_get_cells (self->table), index);
  PangoLayout *layout = g_ptr_array_index (self->layouts, index);
  const PageRow *first_row = &g_array_index (page->rows, PageRow, first);
  cairo_t *cr = doc->cr;
  double x = MARGIN_X + self->column_x[cell->column];
  double width = self->column_x[cell->column + cell->column_span] - self->column_x[cell->column];
  double y = ys[first];
  double height = ys[last + 1] - ys[first];
  double text_y;

  cairo_rectangle (cr, x, y, width, height);
  if (edges)
    {
      cairo_set_line_width (cr, LINE_WIDTH);
      cairo_stroke (cr);
      return;
    }

  cairo_save (cr);
  if (cell->role == JX_REPORT_CELL_LABEL)
    {
      set_grey (cr, 0.88);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  cairo_clip (cr);

  if (cell->row_span == 1 && self->cut[cell->row])
    {
      show_lines (cr, layout, x + CELL_PADDING_X, y - first_row->top + CELL_PADDING_Y,
                  first_row->top - CELL_PADDING_Y, first_row->height);
      cairo_restore (cr);
      return;
    }

  if (self->text_heights[index] <= height)
    text_y = y + (height - self->text_heights[index]) / 2 + CELL_PADDING_Y;
  else
    text_y = y + CELL_PADDING_Y;

  show_layout (cr, layout, x + CELL_PADDING_X, text_y);
  cairo_restore (cr);
}

/* Draws every cell's parts on the page: the runs of page rows it covers. */
static void
draw_cells (Document     *doc,
            TableLayout  *self,
            const Page   *page,
            const double *ys,
            gboolean      edges)
{
  GPtrArray *cells = jx_report_table_get_cells (self->table);

  for (guint i = 0; i < cells->len; i++)
    {
      const JxReportCell *cell = g_ptr_array_index (cells, i);
      guint k = 0;

      while (k < page->rows->len)
        {
          guint first;

          for (; k < page->rows->len; k++)
            {
              guint row = g_array_index (page->rows, PageRow, k).row;

              if (row >= cell->row && row < cell->row + cell->row_span)
                break;
            }
          if (k == page->rows->len)
            break;

          first = k;
          for (; k + 1 < page->rows->len; k++)
            {
              guint row = g_array_index (page->rows, PageRow, k + 1).row;

              if (row < cell->row || row >= cell->row + cell->row_span)
                break;
            }
          draw_cell_part (doc, self, page, i, ys, first, k, edges);
          k++;
        }
    }
}

static void
draw_table_page (Document   *doc,
                 const Page *page)
{
  TableLayout *self = g_ptr_array_index (doc->tables, page->first);
  cairo_t *cr = doc->cr;
  g_autofree double *ys = g_new (double, page->rows->len + 1);
  double y = MARGIN_TOP;

  if (page->continued)
    {
      set_grey (cr, 0.3);
      show_layout (cr, self->continued, MARGIN_X, y);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  else
    {
      show_layout (cr, self->title, MARGIN_X, y);
      if (self->subtitle != NULL)
        show_layout (cr, self->subtitle, MARGIN_X, y + get_layout_height (self->title) + 4.0);
    }
  y += get_title_height (self, page->continued);

  for (guint k = 0; k < page->rows->len; k++)
    {
      ys[k] = y;
      y += g_array_index (page->rows, PageRow, k).height;
    }
  ys[page->rows->len] = y;

  draw_cells (doc, self, page, ys, FALSE);
  draw_cells (doc, self, page, ys, TRUE);
}

static void
add_outline (Document   *doc,
             const char *name,
             guint       number)
{
  g_autofree char *link = g_strdup_printf ("page=%u", number);

  cairo_pdf_surface_add_outline (cairo_get_target (doc->cr), CAIRO_PDF_OUTLINE_ROOT, name, link, 0);
}

static void
draw_page (Document *doc,
           guint     index)
{
  const Page *page = &g_array_index (doc->pages, Page, index);

  draw_header_and_footer (doc, index + 1, doc->pages->len, page->kind != PAGE_COVER);

  switch (page->kind)
    {
    case PAGE_COVER:
      /* TRANSLATORS: a bookmark of the report's PDF */
      add_outline (doc, _("Cover"), index + 1);
      draw_cover (doc);
      break;
    case PAGE_CHARTS:
      if (page->first == 0)
        /* TRANSLATORS: a bookmark of the report's PDF */
        add_outline (doc, _("Charts"), index + 1);
      draw_charts (doc, page);
      break;
    case PAGE_TABLE:
    default:
      if (!page->continued)
        {
          TableLayout *self = g_ptr_array_index (doc->tables, page->first);

          add_outline (doc, jx_report_table_get_name (self->table), index + 1);
        }
      draw_table_page (doc, page);
      break;
    }

  cairo_show_page (doc->cr);
}

static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Points are units, and text measures the same whatever it is drawn on. */
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

static void
set_metadata (cairo_surface_t *surface,
              JxReport        *report)
{
  /* TRANSLATORS: the title of the report's PDF file: department, year */
  g_autofree char *title = g_strdup_printf (_("%s %d: performance self-evaluation report"),
                                            jx_report_get_department (report),
                                            (int) jx_report_get_year (report));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, jx_report_get_department (report));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Jixiao " PACKAGE_VERSION);
}

static gboolean
draw_pages (Document              *doc,
            JxReportProgressFunc   progress,
            gpointer               user_data,
            GCancellable          *cancellable,
            GError               **error)
{
  if (progress != NULL)
    progress (0.0, user_data);

  for (guint i = 0; i < doc->pages->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      draw_page (doc, i);
      if (progress != NULL)
        progress ((double) (i + 1) / doc->pages->len, user_data);
    }

  return TRUE;
}

/**
 * jx_report_write_pdf:
 * @report: the report
 * @path: the file to write
 * @progress: (nullable) (scope call): told after each page how far the
 *   writing is
 * @cancellable: (nullable): stops the writing between pages
 *
 * Typesets the report pack on A4 pages: the cover with the summary
 * figures, the charts, and each table of the report from a new page,
 * broken between rows with its heading repeated.
 *
 * Returns: %FALSE with a message naming the file when it could not be
 *   written, or with %G_IO_ERROR_CANCELLED
 */
gboolean
jx_report_write_pdf (JxReport              *report,
                     const char            *path,
                     JxReportProgressFunc   progress,
                     gpointer               user_data,
                     GCancellable          *cancellable,
                     GError               **error)
{
  g_autofree char *display = g_filename_display_name (path);
  Document doc = { report };
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean written;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  status = cairo_surface_status (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }

  set_metadata (surface, report);
  doc.cr = cairo_create (surface);
  doc.context = create_context (doc.cr);
  doc.chart_style = jx_chart_style_new_print ();
  doc.chart_heights = g_array_new (FALSE, FALSE, sizeof (double));
  doc.tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_layout_free);
  doc.pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_set_clear_func (doc.pages, page_clear);

  paginate (&doc);
  written = draw_pages (&doc, progress, user_data, cancellable, error);

  status = cairo_status (doc.cr);
  g_array_unref (doc.pages);
  g_ptr_array_unref (doc.tables);
  g_array_unref (doc.chart_heights);
  jx_chart_style_free (doc.chart_style);
  g_object_unref (doc.context);
  cairo_destroy (doc.cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (written && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, JX_REPORT_ERROR, JX_REPORT_ERROR_WRITE,
                   _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }

  return written;
}
