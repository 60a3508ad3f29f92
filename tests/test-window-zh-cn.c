/* test-window-zh-cn.c: the window in Chinese shows no English
 *
 * Copyright 2026 The Jixiao authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the real window in the zh_CN locale with the translations just
 * built, shows each pane, and reads every text on the screen: labels
 * (titles, subtitles, buttons and column headers are labels too),
 * tooltips, placeholders and the items of the menus.  A word of three or
 * more Latin letters that is not one of the few that stay Latin (file
 * formats, the database's file name) is a string that was not translated.
 *
 * Skips when the system has no zh_CN.UTF-8 locale (.ci/install-deps
 * makes it).  With JX_TEST_SCREENSHOT_DIR set, saves each pane as a PNG.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>

#include "jx-window-private.h"
#include "test-gtk-utils.h"
#include "test-utils.h"

static const char * const panes[] = { "dashboard", "department", "projects", "indicators", "overview" };

/* What stays Latin in Chinese: file formats, the programs whose tables
 * are pasted, and the names printed on the keys of shortcuts. */
static const char * const latin_words[] = {
  "JSON", "PNG", "SVG", "PDF", "CSV", "SQLite", "jixiao",
  "Excel", "WPS",
  "Ctrl", "Alt", "Shift", "Enter", "Insert", "Delete", "Down", "Tab", "Esc",
  NULL
};

typedef struct {
  const char *database_name;   /* its words stay Latin too */
  GHashTable *found;           /* text → where, of the English strings */
} Reader;

static gboolean
is_latin_word (const char *word,
               const char *database_name)
{
  if (g_strv_contains (latin_words, word))
    return TRUE;

  /* The words of the file name ("samples.db"). */
  for (const char *at = strstr (database_name, word); at != NULL; at = strstr (at + 1, word))
    if ((at == database_name || !g_ascii_isalpha (at[-1])) && !g_ascii_isalpha (at[strlen (word)]))
      return TRUE;

  return FALSE;
}

static gboolean
has_english_word (const char *text,
                  const char *database_name)
{
  for (const char *p = text; *p != '\0';)
    {
      const char *start = p;
      g_autofree char *word = NULL;

      if (!g_ascii_isalpha (*p))
        {
          p++;
          continue;
        }

      while (g_ascii_isalpha (*p))
        p++;
      if (p - start < 3)
        continue;

      word = g_strndup (start, p - start);
      if (!is_latin_word (word, database_name))
        return TRUE;
    }

  return FALSE;
}

static void
read_text (Reader     *reader,
           const char *text,
           const char *where)
{
  if (text != NULL && has_english_word (text, reader->database_name) &&
      !g_hash_table_contains (reader->found, text))
    g_hash_table_insert (reader->found, g_strdup (text), g_strdup (where));
}

static void
read_menu (Reader     *reader,
           GMenuModel *menu,
           const char *where)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      GMenuLinkIter *links;
      const char *link_name;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        read_text (reader, label, where);

      links = g_menu_model_iterate_item_links (menu, i);
      while (g_menu_link_iter_get_next (links, &link_name, &link))
        {
          read_menu (reader, link, where);
          g_object_unref (link);
        }
      g_object_unref (links);
    }
}

static void
read_widget (Reader    *reader,
             GtkWidget *widget,
             const char *pane)
{
  g_autofree char *where = NULL;

  if (!gtk_widget_get_mapped (widget))
    return;

  where = g_strdup_printf ("%s: %s", pane, G_OBJECT_TYPE_NAME (widget));

  if (GTK_IS_LABEL (widget))
    read_text (reader, gtk_label_get_text (GTK_LABEL (widget)), where);
  if (GTK_IS_TEXT (widget))
    read_text (reader, gtk_text_get_placeholder_text (GTK_TEXT (widget)), where);
  if (ADW_IS_PREFERENCES_ROW (widget))
    read_text (reader, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), where);
  if (ADW_IS_ACTION_ROW (widget))
    read_text (reader, adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), where);
  if (ADW_IS_EXPANDER_ROW (widget))
    read_text (reader, adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget)), where);
  if (ADW_IS_PREFERENCES_GROUP (widget))
    {
      read_text (reader, adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), where);
      read_text (reader, adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (widget)), where);
    }
  if (ADW_IS_WINDOW_TITLE (widget))
    {
      read_text (reader, adw_window_title_get_title (ADW_WINDOW_TITLE (widget)), where);
      read_text (reader, adw_window_title_get_subtitle (ADW_WINDOW_TITLE (widget)), where);
    }
  if (ADW_IS_STATUS_PAGE (widget))
    {
      read_text (reader, adw_status_page_get_title (ADW_STATUS_PAGE (widget)), where);
      read_text (reader, adw_status_page_get_description (ADW_STATUS_PAGE (widget)), where);
    }
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    read_menu (reader, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), where);
  read_text (reader, gtk_widget_get_tooltip_text (widget), where);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    read_widget (reader, child, pane);
}

static void
show_pane (JxWindow   *window,
           const char *name)
{
  g_autofree char *screenshot = g_strdup_printf ("zh_CN-%s.png", name);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-pane", "s", name));
  jx_test_wait_for_frames ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, name);
  jx_test_save_screenshot (GTK_WIDGET (window), screenshot);
}

static void
test_no_english (void)
{
  g_autofree char *dir = jx_test_make_dir ();
  g_autoptr(JxStore) store = jx_test_open_samples (dir);
  g_autofree char *database_name = g_path_get_basename (jx_store_get_path (store));
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  Reader reader = { database_name, found };
  JxWindow *window = jx_window_new (NULL, store, NULL);
  JxWorkspace *workspace;
  GPtrArray *projects;
  JxProject *project = NULL;
  GHashTableIter iter;
  const char *text, *where;

  /* The translations are there and in use. */
  g_assert_cmpstr (_("Jixiao"), ==, "绩效");

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  jx_test_wait_for_frames ();
  workspace = jx_window_get_workspace (window);

  /* Each pane of a year with findings, then those that show a project's
   * details with a project picked. */
  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    {
      show_pane (window, panes[i]);
      read_widget (&reader, GTK_WIDGET (window), panes[i]);
    }

  projects = jx_department_year_get_projects (jx_workspace_get_year (workspace));
  for (guint i = 0; i < projects->len && project == NULL; i++)
    if (jx_project_get_indicators (g_ptr_array_index (projects, i))->len > 0)
      project = g_ptr_array_index (projects, i);
  g_assert_nonnull (project);
  jx_workspace_set_project (workspace, project);
  for (guint i = 0; i < G_N_ELEMENTS (panes); i++)
    {
      show_pane (window, panes[i]);
      read_widget (&reader, GTK_WIDGET (window), panes[i]);
    }

  g_hash_table_iter_init (&iter, found);
  while (g_hash_table_iter_next (&iter, (gpointer *) &text, (gpointer *) &where))
    g_test_message ("English in %s: “%s”", where, text);
  if (g_hash_table_size (found) > 0)
    g_test_fail_printf ("%u strings on the screen are in English (see the messages above)", g_hash_table_size (found));

  gtk_window_destroy (GTK_WINDOW (window));
  jx_test_wait_for_frames ();
  jx_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);

  if (!jx_test_gtk_init (&argc, &argv))
    return 0;

  /* gtk_test_init() sets its own locale: ours after it. */
  if (setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      g_print ("1..0 # SKIP the zh_CN.UTF-8 locale is not installed (see .ci/install-deps)\n");
      return 0;
    }
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/window-zh-cn/no-english", test_no_english);

  return g_test_run ();
}
