package org.softmaxlab.ui.main;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.softmaxlab.session.Theme;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.appearance.AppearanceViewModel;

/**
 * The menu bar: File, View, Language, Help. Built anew on each language switch; the check and radio
 * items follow the appearance view-model, which outlives them.
 *
 * <p>Shortcuts: Ctrl+O open, Ctrl+S save, Ctrl+Q quit (⌘ on macOS), F11 full screen, F1 the guide. Accelerators
 * fire only for keys the focused control leaves alone, so Space, Ctrl+Enter and Esc keep their
 * meaning (KeyboardShortcuts).
 */
final class MainMenu {

    /** The id of the menu bar, and the prefix of every item's id (for tests). */
    static final String ID = "menu-bar";

    private final MenuActions actions;
    private final AppearanceViewModel appearance;
    private MenuBar bar;

    private MainMenu(MenuActions actions, AppearanceViewModel appearance) {
        this.actions = actions;
        this.appearance = appearance;
    }

    /**
     * A new menu bar.
     *
     * @param canSave whether Save model is enabled
     * @param canOpen whether Open model is enabled
     */
    static MenuBar build(MenuActions actions, AppearanceViewModel appearance, ObservableBooleanValue canSave,
                         ObservableBooleanValue canOpen) {
        return build(actions, appearance, canSave, canOpen, null);
    }

    /** A new menu bar whose File menu offers {@code datasets} (File → Data set) when it is not null. */
    static MenuBar build(MenuActions actions, AppearanceViewModel appearance, ObservableBooleanValue canSave,
                         ObservableBooleanValue canOpen, org.softmaxlab.ui.datasets.DatasetChooserViewModel datasets) {
        MainMenu menu = new MainMenu(actions, appearance);
        menu.bar = new MenuBar();
        menu.bar.setId(ID);
        Menu file = menu.file(canSave, canOpen);
        if (datasets != null) {
            file.getItems().add(0, org.softmaxlab.ui.datasets.DatasetChooserView.menu(datasets, menu.bar, ID + "-dataset"));
        }
        menu.bar.getMenus().addAll(file, menu.view(), menu.language(), menu.help());
        return menu.bar;
    }

    private Menu file(ObservableBooleanValue canSave, ObservableBooleanValue canOpen) {
        MenuItem open = item("menu.file.open", "open-model", actions::openModel);
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.disableProperty().bind(Bindings.not(canOpen));
        MenuItem save = item("menu.file.save", "save-model", actions::saveModel);
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.disableProperty().bind(Bindings.not(canSave));
        Menu export = new Menu(Messages.get("menu.file.export"));
        export.setId(ID + "-export");
        export.getItems().addAll(
                item("menu.file.export.loss", "export-loss", () -> actions.exportCharts(ChartSet.LOSS)),
                item("menu.file.export.accuracy", "export-accuracy", () -> actions.exportCharts(ChartSet.ACCURACY)),
                item("menu.file.export.both", "export-both", () -> actions.exportCharts(ChartSet.BOTH)));
        MenuItem draw = item("menu.file.draw", "draw", actions::drawDataset);
        MenuItem quit = item("menu.file.quit", "quit", actions::quit);
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        return menu("menu.file", "file", draw, new SeparatorMenuItem(), open, save, export, new SeparatorMenuItem(), quit);
    }

    private Menu view() {
        CheckMenuItem presentation = new CheckMenuItem(Messages.get("menu.view.presentation"));
        presentation.setId(ID + "-presentation");
        presentation.selectedProperty().bindBidirectional(appearance.presentationModeProperty());
        CheckMenuItem fullScreen = new CheckMenuItem(Messages.get("menu.view.fullScreen"));
        fullScreen.setId(ID + "-full-screen");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.selectedProperty().bindBidirectional(appearance.fullScreenProperty());
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = themeItem(themes, Theme.LIGHT, "menu.view.themeLight", "theme-light");
        RadioMenuItem dark = themeItem(themes, Theme.DARK, "menu.view.themeDark", "theme-dark");
        return menu("menu.view", "view", presentation, fullScreen, new SeparatorMenuItem(), light, dark);
    }

    private RadioMenuItem themeItem(ToggleGroup group, Theme theme, String textKey, String id) {
        RadioMenuItem item = new RadioMenuItem(Messages.get(textKey));
        item.setId(ID + "-" + id);
        item.setToggleGroup(group);
        item.setSelected(appearance.theme() == theme);
        item.setOnAction(e -> appearance.themeProperty().set(theme));
        ViewListeners.of(bar).onChange(appearance.themeProperty(), (obs, old, now) -> item.setSelected(now == theme));
        return item;
    }

    private Menu language() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = menu("menu.language", "language");
        for (Language language : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(language.nameKey()));
            item.setId(ID + "-language-" + language.tag());
            item.setToggleGroup(group);
            item.setSelected(appearance.languageProperty().get() == language);
            item.setOnAction(e -> appearance.languageProperty().set(language));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu help() {
        MenuItem guide = item("menu.help.guide", "guide", actions::guide);
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        return menu("menu.help", "help", guide, new SeparatorMenuItem(), item("menu.help.about", "about", actions::about));
    }

    private static Menu menu(String textKey, String id, MenuItem... items) {
        Menu menu = new Menu(Messages.get(textKey));
        menu.setId(ID + "-" + id);
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String textKey, String id, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(textKey));
        item.setId(ID + "-" + id);
        item.setOnAction(e -> action.run());
        return item;
    }
}
