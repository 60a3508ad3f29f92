/* jx-chart-view.c: a widget that shows a chart of the chart library
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget draws its JxChartData with jx_chart_render(), the one
 * drawing that PNG, SVG, PDF and printing use as well, in the screen
 * style of the current (light or dark) appearance.  The chart's units are
 * points, turned into pixels at the desktop's font resolution so that
 * chart text matches the text around it.  The item under the pointer (or
 * chosen with the arrow keys) is highlighted and described in a tooltip;
 * a click or Enter emits "item-activated" for click-through.
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "jx-chart-view.h"
#include "jx-chart-view-private.h"

#define MIN_WIDTH      320
#define MIN_HEIGHT     240
#define NATURAL_WIDTH  360

struct _JxChartView
{
  GtkWidget     parent_instance;

  JxChartData  *data;
  JxChartStyle *style;

  GArray       *hits;         /* JxChartHit, in points, of the last drawing */
  gboolean      hits_valid;
  gint          highlighted;  /* the item under the pointer or chosen, or -1 */
};

G_DEFINE_FINAL_TYPE (JxChartView, jx_chart_view, GTK_TYPE_WIDGET)

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Pixels per point: the desktop's font resolution over 72. */
static double
get_scale (JxChartView *self)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  int dpi = -1;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    return 96.0 / 72.0;

  return dpi / 1024.0 / 72.0;
}

static void
update_style (JxChartView *self)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();

  g_clear_pointer (&self->style, jx_chart_style_free);
  self->style = jx_chart_style_new_screen (adw_style_manager_get_dark (manager));
  /* The card or window behind shows through: the same colour as the
   * widgets around the chart, light or dark. */
  self->style->background.alpha = 0;
  self->hits_valid = FALSE;
}

static void
dark_changed_cb (JxChartView *self)
{
  update_style (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
settings_changed_cb (JxChartView *self)
{
  self->hits_valid = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The hits of a drawing at the current size, even before the first frame. */
static void
ensure_hits (JxChartView *self)
{
  double scale = get_scale (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  cairo_surface_t *surface;
  cairo_t *cr;

  if (self->hits_valid)
    return;

  g_array_set_size (self->hits, 0);
  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  jx_chart_render (cr, self->data, self->style, width / scale, height / scale, self->hits);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  self->hits_valid = TRUE;
}

static gint
item_at (JxChartView *self,
         double       x,
         double       y)
{
  double scale = get_scale (self);

  ensure_hits (self);
  return jx_chart_hit_test (self->hits, x / scale, y / scale);
}

static const JxChartItem *
get_item (JxChartView *self,
          gint         item)
{
  if (self->data == NULL || item < 0 || (guint) item >= self->data->items->len)
    return NULL;

  return g_ptr_array_index (self->data->items, item);
}

static void
set_highlighted (JxChartView *self,
                 gint         item)
{
  const JxChartItem *chart_item;

  if (item == self->highlighted)
    return;

  self->highlighted = item;
  chart_item = get_item (self, item);
  /* A hand where a click leads somewhere. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   chart_item != NULL && chart_item->record_id > 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
activate_item (JxChartView *self,
               gint         item)
{
  const JxChartItem *chart_item = get_item (self, item);

  if (chart_item == NULL)
    return;

  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, (guint) item, chart_item->record_id);
}

/**
 * jx_chart_view_describe_item:
 * @self: a chart view
 * @item: the index of an item
 *
 * Returns: (transfer full) (nullable): the tooltip of @item: its label
 *   whole, its value and the detail of amounts and rates
 */
char *
jx_chart_view_describe_item (JxChartView *self,
                             guint        item)
{
  const JxChartItem *chart_item = get_item (self, (gint) item);
  const char *detail;
  size_t label_length;
  GString *text;

  if (chart_item == NULL)
    return NULL;

  text = g_string_new (chart_item->label);
  detail = chart_item->detail;
  label_length = strlen (chart_item->label);

  /* The builders begin the detail with the label: say it once. */
  if (detail != NULL && strncmp (detail, chart_item->label, label_length) == 0 &&
      (detail[label_length] == '\n' || detail[label_length] == '\0'))
    detail += label_length + (detail[label_length] == '\n' ? 1 : 0);

  if (chart_item->value_text != NULL && (detail == NULL || strstr (detail, chart_item->value_text) == NULL))
    g_string_append_printf (text, "\n%s", chart_item->value_text);
  if (detail != NULL && detail[0] != '\0')
    g_string_append_printf (text, "\n%s", detail);

  return g_string_free (text, FALSE);
}

static void
pointer_moved_cb (JxChartView              *self,
                  double                    x,
                  double                    y,
                  GtkEventControllerMotion *controller)
{
  jx_chart_view_pointer_moved (self, x, y);
}

static void
pointer_left_cb (JxChartView *self)
{
  set_highlighted (self, -1);
}

static void
released_cb (JxChartView     *self,
             int              n_press,
             double           x,
             double           y,
             GtkGestureClick *gesture)
{
  if (n_press != 1)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  jx_chart_view_clicked (self, x, y);
}

static gboolean
jx_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  JxChartView *self = JX_CHART_VIEW (widget);
  gint item = keyboard_mode ? self->highlighted : item_at (self, x, y);
  g_autofree char *text = NULL;
  graphene_rect_t area;

  if (item < 0)
    return FALSE;

  text = jx_chart_view_describe_item (self, (guint) item);
  gtk_tooltip_set_text (tooltip, text);
  /* Moving to the next item asks again. */
  if (jx_chart_view_get_item_area (self, (guint) item, &area))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                                (int) floor (area.origin.x), (int) floor (area.origin.y),
                                (int) ceil (area.size.width), (int) ceil (area.size.height) });

  return TRUE;
}

static gboolean
move_highlight_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  return jx_chart_view_move_highlight (JX_CHART_VIEW (widget), g_variant_get_int32 (args));
}

static gboolean
activate_highlighted_cb (GtkWidget *widget,
                         GVariant  *args,
                         gpointer   user_data)
{
  return jx_chart_view_activate_highlighted (JX_CHART_VIEW (widget));
}

static GtkSizeRequestMode
jx_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
jx_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  JxChartView *self = JX_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      double scale = get_scale (self);
      double width = for_size > 0 ? for_size : NATURAL_WIDTH;
      int height = MIN_HEIGHT;

      /* Rows keep a readable height: a chart of many rows grows. */
      if (self->data != NULL)
        {
          int rows_height = (int) ceil (jx_chart_get_natural_height (self->data, self->style, width / scale) * scale);

          height = MAX (height, rows_height);
        }

      *minimum = MIN_HEIGHT;
      *natural = height;
    }
}

static void
jx_chart_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  JX_CHART_VIEW (widget)->hits_valid = FALSE;
}

static void
jx_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  JxChartView *self = JX_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  double scale = get_scale (self);
  cairo_t *cr;

  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_scale (cr, scale, scale);

  g_array_set_size (self->hits, 0);
  jx_chart_render (cr, self->data, self->style, width / scale, height / scale, self->hits);
  self->hits_valid = TRUE;

  for (guint i = 0; self->highlighted >= 0 && i < self->hits->len; i++)
    {
      const JxChartHit *hit = &g_array_index (self->hits, JxChartHit, i);
      const JxColor *color = &self->style->foreground;

      if (hit->item != (guint) self->highlighted)
        continue;

      cairo_rectangle (cr, hit->x, hit->y, hit->width, hit->height);
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, 0.08);
      cairo_fill_preserve (cr);
      /* Where the keyboard is, an outline too. */
      if (gtk_widget_has_visible_focus (widget))
        {
          cairo_set_source_rgba (cr, color->red, color->green, color->blue, 0.5);
          cairo_set_line_width (cr, 1.0 / scale);
          cairo_stroke (cr);
        }
      cairo_new_path (cr);
    }

  cairo_destroy (cr);
}

static void
jx_chart_view_dispose (GObject *object)
{
  JxChartView *self = (JxChartView *) object;

  g_clear_pointer (&self->data, jx_chart_data_free);

  G_OBJECT_CLASS (jx_chart_view_parent_class)->dispose (object);
}

static void
jx_chart_view_finalize (GObject *object)
{
  JxChartView *self = (JxChartView *) object;

  g_clear_pointer (&self->style, jx_chart_style_free);
  g_clear_pointer (&self->hits, g_array_unref);

  G_OBJECT_CLASS (jx_chart_view_parent_class)->finalize (object);
}

static void
jx_chart_view_class_init (JxChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = jx_chart_view_dispose;
  object_class->finalize = jx_chart_view_finalize;

  widget_class->get_request_mode = jx_chart_view_get_request_mode;
  widget_class->measure = jx_chart_view_measure;
  widget_class->size_allocate = jx_chart_view_size_allocate;
  widget_class->snapshot = jx_chart_view_snapshot;
  widget_class->query_tooltip = jx_chart_view_query_tooltip;

  /**
   * JxChartView::item-activated:
   * @self: the chart view
   * @item: the index of the item in the chart data
   * @record_id: the id of the record the item stands for, or 0
   *
   * The item was clicked, or chosen with the keyboard and Enter pressed.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_INT64);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, move_highlight_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Down, 0, move_highlight_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, move_highlight_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Right, 0, move_highlight_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, move_highlight_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Up, 0, move_highlight_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, move_highlight_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, 0, move_highlight_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, move_highlight_cb, "i", G_MININT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, move_highlight_cb, "i", G_MAXINT32);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_highlighted_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_highlighted_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, activate_highlighted_cb, NULL);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
jx_chart_view_init (JxChartView *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  self->hits = g_array_new (FALSE, FALSE, sizeof (JxChartHit));
  self->highlighted = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "enter", G_CALLBACK (pointer_moved_cb), self);
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (pointer_moved_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (pointer_left_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  update_style (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
jx_chart_view_new (void)
{
  return g_object_new (JX_TYPE_CHART_VIEW, NULL);
}

/**
 * jx_chart_view_set_data:
 * @self: a chart view
 * @data: (transfer full) (nullable): the chart to show
 *
 * Shows @data, which the view keeps and frees.
 */
void
jx_chart_view_set_data (JxChartView *self,
                        JxChartData *data)
{
  g_return_if_fail (JX_IS_CHART_VIEW (self));

  if (data == self->data)
    return;

  g_clear_pointer (&self->data, jx_chart_data_free);
  self->data = data;
  self->hits_valid = FALSE;
  set_highlighted (self, -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, data != NULL ? data->title : NULL,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, data != NULL ? data->subtitle : NULL,
                                  -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * jx_chart_view_get_data:
 * @self: a chart view
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
const JxChartData *
jx_chart_view_get_data (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);

  return self->data;
}

/**
 * jx_chart_view_get_title:
 * @self: a chart view
 *
 * Returns: (nullable): the title of the chart shown
 */
const char *
jx_chart_view_get_title (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);

  return self->data != NULL ? self->data->title : NULL;
}

/**
 * jx_chart_view_get_style:
 * @self: a chart view
 *
 * Returns: (transfer none): the style the chart is drawn in, dark when
 *   the appearance is
 */
const JxChartStyle *
jx_chart_view_get_style (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), NULL);

  return self->style;
}

/**
 * jx_chart_view_get_highlighted_item:
 * @self: a chart view
 *
 * Returns: the item under the pointer or chosen with the keyboard, or -1
 */
gint
jx_chart_view_get_highlighted_item (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), -1);

  return self->highlighted;
}

/**
 * jx_chart_view_get_item_area:
 * @self: a chart view
 * @item: the index of an item
 * @area: (out): where the item was drawn, in the widget's coordinates
 *
 * Returns: whether @item was drawn (the area of its first part)
 */
gboolean
jx_chart_view_get_item_area (JxChartView     *self,
                             guint            item,
                             graphene_rect_t *area)
{
  double scale;

  g_return_val_if_fail (JX_IS_CHART_VIEW (self), FALSE);

  scale = get_scale (self);
  ensure_hits (self);
  for (guint i = 0; i < self->hits->len; i++)
    {
      const JxChartHit *hit = &g_array_index (self->hits, JxChartHit, i);

      if (hit->item == item)
        {
          graphene_rect_init (area, hit->x * scale, hit->y * scale, hit->width * scale, hit->height * scale);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * jx_chart_view_pointer_moved:
 * @self: a chart view
 * @x: where the pointer is, in the widget's coordinates
 * @y: where the pointer is
 *
 * Highlights the item under the pointer.
 */
void
jx_chart_view_pointer_moved (JxChartView *self,
                             double       x,
                             double       y)
{
  g_return_if_fail (JX_IS_CHART_VIEW (self));

  set_highlighted (self, item_at (self, x, y));
}

/**
 * jx_chart_view_clicked:
 * @self: a chart view
 * @x: where the click was, in the widget's coordinates
 * @y: where the click was
 *
 * Emits "item-activated" for the item drawn there, if any.
 */
void
jx_chart_view_clicked (JxChartView *self,
                       double       x,
                       double       y)
{
  gint item;

  g_return_if_fail (JX_IS_CHART_VIEW (self));

  item = item_at (self, x, y);
  if (item < 0)
    return;

  set_highlighted (self, item);
  activate_item (self, item);
}

/**
 * jx_chart_view_move_highlight:
 * @self: a chart view
 * @delta: how many items to move, forwards or backwards
 *
 * Highlights another item, as the arrow keys do; with none highlighted,
 * the first (or, backwards, the last).
 *
 * Returns: whether the chart has items
 */
gboolean
jx_chart_view_move_highlight (JxChartView *self,
                              gint         delta)
{
  gint n_items;

  g_return_val_if_fail (JX_IS_CHART_VIEW (self), FALSE);

  n_items = self->data != NULL ? (gint) self->data->items->len : 0;
  if (n_items == 0)
    return FALSE;

  if (self->highlighted < 0)
    set_highlighted (self, delta > 0 ? 0 : n_items - 1);
  else
    set_highlighted (self, (gint) CLAMP ((gint64) self->highlighted + delta, 0, n_items - 1));

  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));

  /* A screen reader says what the arrow keys reached. */
  {
    g_autofree char *description = jx_chart_view_describe_item (self, (guint) self->highlighted);

    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  }

  return TRUE;
}

/**
 * jx_chart_view_activate_highlighted:
 * @self: a chart view
 *
 * Emits "item-activated" for the highlighted item, or the first, as Enter
 * does.
 *
 * Returns: whether the chart has items
 */
gboolean
jx_chart_view_activate_highlighted (JxChartView *self)
{
  g_return_val_if_fail (JX_IS_CHART_VIEW (self), FALSE);

  if (self->data == NULL || self->data->items->len == 0)
    return FALSE;

  if (self->highlighted < 0)
    set_highlighted (self, 0);
  activate_item (self, self->highlighted);
  return TRUE;
}
