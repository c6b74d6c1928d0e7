package org.softmaxlab.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.softmaxlab.ui.Messages;

/**
 * The window's tabs, titled from message keys. On a language switch every title is said again and
 * every tab whose content comes from a view factory gets a freshly built view; the {@link Tab}
 * objects themselves stay, so the selection and anything bound to a tab keep working.
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

    /** Adds a tab whose content is built by {@code view} now and again on each language switch. */
    Tab add(String titleKey, String id, Supplier<Node> view) {
        return add(titleKey, id, view.get(), view);
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

    /** Says every title again and rebuilds every view that can be, in the language spoken now. */
    void relocalize() {
        for (Entry entry : entries) {
            entry.tab().setText(Messages.get(entry.titleKey()));
            if (entry.view() != null) {
                entry.tab().setContent(entry.view().get());
            }
        }
    }
}
