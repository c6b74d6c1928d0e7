package org.softmaxlab.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.softmaxlab.ui.Messages;

/**
 * The window's tabs, titled from message keys. A tab whose content comes from a view factory is
 * built when it is first shown (the first selected one by {@link #buildSelected()}), so the window
 * appears without waiting for views nobody has opened yet. On a language switch every title is said again and every built view is dropped, to be
 * rebuilt in the new language when shown (the visible one at once); the {@link Tab} objects
 * themselves stay, so the selection and anything bound to a tab keep working.
 */
final class LocalizedTabs {

    /** One tab: its title key and, if it can be rebuilt, how to build its content. */
    private record Entry(Tab tab, String titleKey, Supplier<Node> view) {
    }

    private final TabPane pane;
    private final List<Entry> entries = new ArrayList<>();

    LocalizedTabs(TabPane pane) {
        this.pane = pane;
    }

    /** Adds a tab whose content {@code view} builds when the tab is shown, and again after a language switch. */
    Tab add(String titleKey, String id, Supplier<Node> view) {
        Tab tab = add(titleKey, id, null, view);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                buildIfNeeded(tab, view);
            }
        });
        return tab;
    }

    /** Builds the selected tab's view if it has none yet: the window calls this when it builds its views. */
    void buildSelected() {
        for (Entry entry : entries) {
            if (entry.view() != null && entry.tab().isSelected()) {
                buildIfNeeded(entry.tab(), entry.view());
            }
        }
    }

    /** The content of the tab with {@code id}, built now if it has none yet (or no longer has, after a language switch). */
    Node contentOf(String id) {
        for (Entry entry : entries) {
            if (id.equals(entry.tab().getId())) {
                if (entry.view() != null) {
                    buildIfNeeded(entry.tab(), entry.view());
                }
                return entry.tab().getContent();
            }
        }
        throw new IllegalArgumentException("no tab " + id);
    }

    private static void buildIfNeeded(Tab tab, Supplier<Node> view) {
        if (tab.getContent() == null) {
            tab.setContent(view.get());
        }
    }

    /** Adds a tab with fixed content: on a language switch only its title changes. */
    Tab add(String titleKey, String id, Node content) {
        return add(titleKey, id, content, null);
    }

    private Tab add(String titleKey, String id, Node content, Supplier<Node> view) {
        Tab tab = new Tab(Messages.get(titleKey), content);
        tab.setId(id);
        tab.setClosable(false);
        pane.getTabs().add(tab);
        entries.add(new Entry(tab, titleKey, view));
        return tab;
    }

    /** Says every title again; views are rebuilt in the language spoken now, the visible one at once. */
    void relocalize() {
        for (Entry entry : entries) {
            entry.tab().setText(Messages.get(entry.titleKey()));
            if (entry.view() != null) {
                entry.tab().setContent(null);
                if (entry.tab().isSelected()) {
                    buildIfNeeded(entry.tab(), entry.view());
                }
            }
        }
    }
}
