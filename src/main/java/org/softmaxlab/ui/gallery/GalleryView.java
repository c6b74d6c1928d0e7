package org.softmaxlab.ui.gallery;

import java.io.File;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.GridView;
import org.softmaxlab.inspect.GalleryQuery;
import org.softmaxlab.inspect.GallerySort;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.inspect.ClassNames;

/**
 * The gallery tab: filters and order on top, the virtualised grid of tiles in the middle, the detail
 * of the picked image on the right, the count and the contact-sheet export below.
 */
public final class GalleryView {

    /** Room around each tile's image for its two caption lines. */
    /** Tiles sized for the window's data set's images when the view is built. */
    private final double tileWidth = GalleryCell.imageSize() + 30;
    private final double tileHeight = GalleryCell.imageSize() + 58;
    /** Beside a tile's width: the grid's cell spacing, border and vertical scroll bar, the pane's padding. */
    private static final double GRID_ALLOWANCE = 60;

    /** The prefix of the node ids in the gallery's FXML. */
    private static final String FXML_PREFIX = "gallery-";

    private final GalleryViewModel viewModel;
    private final String idPrefix;
    private final Parent root;

    @FXML
    private BorderPane pane;
    @FXML
    private ChoiceBox<Integer> trueClass;
    @FXML
    private ChoiceBox<Integer> predictedClass;
    @FXML
    private ChoiceBox<GallerySort> sort;
    @FXML
    private Button showAll;
    @FXML
    private GridView<GalleryItem> grid;
    @FXML
    private Label empty;
    @FXML
    private Label count;
    @FXML
    private Label exportMessage;
    @FXML
    private Button export;

    /** Loads the gallery of the Mistakes tab, its nodes named "gallery-…", and binds it to {@code viewModel}. */
    public GalleryView(GalleryViewModel viewModel) {
        this(viewModel, FXML_PREFIX);
    }

    /**
     * Loads a gallery whose node ids start with {@code idPrefix} instead of "gallery-" (another tab
     * showing a gallery in the same window: ids stay unique in the scene), bound to {@code viewModel}.
     */
    public GalleryView(GalleryViewModel viewModel, String idPrefix) {
        this.viewModel = viewModel;
        this.idPrefix = idPrefix;
        this.root = Resources.loadFxml("gallery/GalleryView.fxml", this);
    }

    /** The gallery node. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        setUpClassChoice(trueClass, viewModel.trueClassProperty());
        setUpClassChoice(predictedClass, viewModel.predictedClassProperty());
        sort.getItems().setAll(GallerySort.values());
        sort.setConverter(converter(viewModel::sortName));
        sort.valueProperty().bindBidirectional(viewModel.sortProperty());
        // The order's name depends on the filters; a new converter makes the box say it again.
        ViewListeners.of(pane).onChange(viewModel.showsCorrectProperty(),
                (obs, old, now) -> sort.setConverter(converter(viewModel::sortName)));

        showAll.disableProperty().bind(viewModel.trueClassProperty().isEqualTo(GalleryQuery.ANY)
                .and(viewModel.predictedClassProperty().isEqualTo(GalleryQuery.ANY)));
        showAll.setOnAction(e -> viewModel.showAll());

        grid.setItems(viewModel.items());
        grid.setCellFactory(g -> new GalleryCell(viewModel));
        grid.setCellWidth(tileWidth);
        grid.setCellHeight(tileHeight);
        grid.setHorizontalCellSpacing(4);
        grid.setVerticalCellSpacing(4);

        empty.textProperty().bind(viewModel.emptyTextProperty());
        empty.visibleProperty().bind(viewModel.emptyTextProperty().isNotEmpty());
        count.textProperty().bind(viewModel.countTextProperty());
        exportMessage.textProperty().bind(viewModel.exportMessageProperty());
        export.disableProperty().bind(Bindings.isEmpty(viewModel.items()));
        export.setOnAction(e -> exportContactSheet());
        pane.setRight(new DetailPanel(viewModel, idPrefix).root());
        // Never narrower than one column of tiles (with its scroll bar) beside the detail: the wrapping
        // toolbar no longer holds the gallery wide, and a parent that gives it less (the Compare tab,
        // beside its table) would squeeze the tiles to a sliver. The pane's own minimum then also keeps
        // its footer and toolbar whole.
        grid.setMinWidth(tileWidth + GRID_ALLOWANCE);
        renameIds(pane);
    }

    /** Gives the FXML's nodes this gallery's own ids. */
    private void renameIds(Node node) {
        String id = node.getId();
        if (id != null && id.startsWith(FXML_PREFIX) && !idPrefix.equals(FXML_PREFIX)) {
            node.setId(idPrefix + id.substring(FXML_PREFIX.length()));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::renameIds);
        }
    }

    private static void setUpClassChoice(ChoiceBox<Integer> choice, Property<Integer> value) {
        choice.getItems().add(GalleryQuery.ANY);
        for (int c = 0; c < ClassNames.count(); c++) {
            choice.getItems().add(c);
        }
        choice.setConverter(converter(ClassNames::orAny));
        choice.valueProperty().bindBidirectional(value);
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }

    private void exportContactSheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("gallery.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.png"), "*.png"));
        chooser.setInitialFileName(Messages.get("gallery.export.fileName"));
        File chosen = chooser.showSaveDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.exportContactSheet(chosen.toPath());
        }
    }
}
