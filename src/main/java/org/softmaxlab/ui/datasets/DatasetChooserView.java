package org.softmaxlab.ui.datasets;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ViewListeners;

/**
 * The data-set chooser: a button naming the current data set whose menu offers the known ones,
 * the recent folders, Open folder… and Draw…. The same items fill File → Data set.
 */
public final class DatasetChooserView {

    /** The chooser button's id, for tests. */
    public static final String ID = "dataset-chooser";

    private final DatasetChooserViewModel viewModel;
    private final MenuButton button = new MenuButton();
    private final VBox root;

    public DatasetChooserView(DatasetChooserViewModel viewModel) {
        this.viewModel = viewModel;
        button.setId(ID);
        button.setMaxWidth(Double.MAX_VALUE);
        button.getStyleClass().add("dataset-chooser");
        Label heading = new Label(Messages.get("dataset.heading"));
        heading.setLabelFor(button);
        javafx.scene.control.ProgressBar progress = new javafx.scene.control.ProgressBar();
        progress.setId(ID + "-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        root = new VBox(heading, button, progress);
        root.getStyleClass().add("dataset-chooser-box");
        ViewListeners listeners = ViewListeners.of(button);
        listeners.onChange(viewModel.currentProperty(), (obs, old, now) -> update());
        listeners.onChange(viewModel.loadingProperty(), (obs, old, now) -> update());
        listeners.onListChange(viewModel.recent(), change -> update());
        update();
    }

    /** The heading and the button. */
    public Node root() {
        return root;
    }

    /** The items of the chooser's menu, anew: for the button here and for File → Data set. */
    public static List<MenuItem> items(DatasetChooserViewModel viewModel, Node owner, String idPrefix) {
        List<MenuItem> items = new ArrayList<>();
        for (KnownDataset k : viewModel.known()) {
            MenuItem item = new MenuItem(k.displayName());
            item.setId(idPrefix + "-" + k.id());
            item.setOnAction(e -> viewModel.choose(k.id()));
            items.add(item);
        }
        if (!viewModel.recent().isEmpty()) {
            items.add(new SeparatorMenuItem());
            int i = 0;
            for (String r : viewModel.recent()) {
                if (viewModel.knownFor(r).isPresent()) {
                    continue;
                }
                MenuItem item = new MenuItem(Messages.format("dataset.recent", viewModel.displayName(r), r));
                item.setId(idPrefix + "-recent-" + i++);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> viewModel.choose(r));
                items.add(item);
            }
            if (items.get(items.size() - 1) instanceof SeparatorMenuItem) {
                items.remove(items.size() - 1);
            }
        }
        items.add(new SeparatorMenuItem());
        MenuItem open = new MenuItem(Messages.get("dataset.openFolder"));
        open.setId(idPrefix + "-open-folder");
        open.setOnAction(e -> openFolder(viewModel, owner));
        MenuItem draw = new MenuItem(Messages.get("dataset.draw"));
        draw.setId(idPrefix + "-draw");
        draw.setOnAction(e -> viewModel.draw());
        items.add(open);
        items.add(draw);
        return items;
    }

    /** File → Data set, for the menu bar. */
    public static Menu menu(DatasetChooserViewModel viewModel, Node owner, String id) {
        Menu menu = new Menu(Messages.get("menu.file.dataset"));
        menu.setId(id);
        // Filled as it opens, so the recent ones are those of now.
        menu.setOnShowing(e -> menu.getItems().setAll(items(viewModel, owner, id)));
        menu.getItems().setAll(items(viewModel, owner, id));
        return menu;
    }

    private static void openFolder(DatasetChooserViewModel viewModel, Node owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("dataset.openFolderTitle"));
        File chosen = chooser.showDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseFolder(chosen.toPath());
        }
    }

    private void update() {
        String loading = viewModel.loadingProperty().get();
        String current = viewModel.currentProperty().get();
        button.setText(loading != null
                ? Messages.format("dataset.loading", viewModel.displayName(loading))
                : viewModel.displayName(current));
        button.setTooltip(new Tooltip(viewModel.knownFor(current).isPresent() ? viewModel.displayName(current) : current));
        button.getItems().setAll(items(viewModel, button, ID));
        button.setDisable(loading != null);
    }
}
