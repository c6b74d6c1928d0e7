package org.softmaxlab.ui.confusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.softmaxlab.ui.FxWait.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.SharedTestStage;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The matrix of a data set of many classes, in a window of the smallest size: 20 classes readable
 * (names whole and apart, every count whole), 60 classes in coloured cells that scroll, never cut.
 */
@Tag("window")
@ExtendWith(ApplicationExtension.class)
class ManyClassesConfusionWindowTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void backToFashionMnist() throws Exception {
        fx(() -> {
            WindowDataset.use(DatasetSignature.FASHION_MNIST);
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "presentation"})
    void twentyClassesHaveNamesApartAndEveryCountWhole(String look) throws Exception {
        Scene scene = show(20, look);
        assertApart(scene, 20);
        List<String> cut = fx(() -> {
            List<String> wrong = new ArrayList<>();
            for (int t = 0; t < 20; t++) {
                for (int p = 0; p < 20; p++) {
                    Label cell = (Label) scene.lookup("#confusion-cell-" + t + "-" + p);
                    Text drawn = (Text) cell.lookup(".text");
                    if (cell.getText().isEmpty() || drawn == null || !drawn.getText().equals(cell.getText())) {
                        wrong.add(t + "," + p + ": " + cell.getText() + " drawn as " + (drawn == null ? null : drawn.getText()));
                    }
                }
            }
            return wrong;
        });
        assertEquals(List.of(), cut, "a twenty-class matrix shows every count whole");
        assertScrollsToTheEnd(scene, 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "presentation"})
    void sixtyClassesShowColoursWithTheCountInTheTooltipAndScroll(String look) throws Exception {
        Scene scene = show(60, look);
        assertApart(scene, 60);
        Label cell = (Label) fx(() -> scene.lookup("#confusion-cell-3-4"));
        assertEquals("", fx(cell::getText), "no number squeezed into a small cell");
        fx(() -> {
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_ENTERED,
                    5, 5, 5, 5, javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false,
                    false, false, false, null));
            return null;
        });
        assertTrue(fx(() -> cell.getTooltip().getText()).contains("class 3 with a long name"),
                "the tooltip names the pair: " + fx(() -> cell.getTooltip().getText()));

        assertScrollsToTheEnd(scene, 60);
        assertWhole(fx(() -> (Label) scene.lookup("#confusion-accuracy-59")));
    }

    /** The matrix is larger than the tab, and scrolled to its end the last class's accuracy shows. */
    private static void assertScrollsToTheEnd(Scene scene, int classes) throws Exception {
        ScrollPane scroll = fx(() -> (ScrollPane) scene.getRoot().lookup(".scroll-pane"));
        double[] sizes = fx(() -> new double[] {scroll.getContent().getLayoutBounds().getWidth(),
            scroll.getViewportBounds().getWidth(), scroll.getContent().getLayoutBounds().getHeight(),
            scroll.getViewportBounds().getHeight()});
        assertTrue(sizes[0] > sizes[1] + 100, "wider than the tab: it scrolls sideways " + sizes[0] + " vs " + sizes[1]);
        assertTrue(sizes[2] > sizes[3] + 100, "taller than the tab: it scrolls down " + sizes[2] + " vs " + sizes[3]);
        Node last = fx(() -> scene.lookup("#confusion-accuracy-" + (classes - 1)));
        double viewportRight = fx(() -> scroll.localToScene(scroll.getLayoutBounds()).getMaxX());
        assertTrue(fx(() -> last.localToScene(last.getLayoutBounds()).getMinX()) > viewportRight,
                "the last column's accuracy is off to the right before scrolling");
        fx(() -> {
            scroll.setHvalue(scroll.getHmax());
            scroll.setVvalue(scroll.getVmax());
            scene.getRoot().layout();
            return null;
        });
        Bounds seen = fx(() -> last.localToScene(last.getLayoutBounds()));
        Bounds viewport = fx(() -> scroll.localToScene(scroll.getLayoutBounds()));
        assertTrue(seen.getMaxX() <= viewport.getMaxX() + 0.5 && seen.getMaxY() <= viewport.getMaxY() + 0.5,
                "scrolled to the end the last accuracy shows: " + seen + " in " + viewport);
    }

    private Scene show(int classes, String look) throws Exception {
        // Built, shown and laid out in three turns of the JavaFX thread: a 60 × 60 matrix on a shared CI
        // machine takes seconds, and each turn has FxWait's limit.
        ConfusionView view = fx(() -> {
            List<String> names = IntStream.range(0, classes)
                    .mapToObj(c -> c % 3 == 0 ? "class " + c + " with a long name" : "c" + c).toList();
            WindowDataset.use(new DatasetSignature(names, ImageShape.square(32, 3)));
            ConfusionViewModel viewModel = new ConfusionViewModel(BackgroundTasks.sameThread());
            viewModel.setEvaluation(evaluation(classes, 40 * classes));
            return new ConfusionView(viewModel);
        });
        Scene scene = fx(() -> {
            // The tab's size in the smallest window (1024 × 700 less the run controls and tab header).
            Scene shown = new Scene(view.root(), 700, 560);
            shown.getStylesheets().add(Resources.stylesheet());
            if (!look.isEmpty()) {
                shown.getRoot().getStyleClass().addAll(Styles.PRESENTATION);
            }
            shown.getRoot().applyCss();
            return shown;
        });
        fx(() -> {
            SharedTestStage.show(stage, scene); // the tab's size, as said
            scene.getRoot().layout();
            return null;
        });
        return scene;
    }

    /** Each class's name shown whole, and no two names over one another, across or down. */
    private static void assertApart(Scene scene, int classes) throws Exception {
        List<Bounds> columns = new ArrayList<>();
        List<Bounds> rows = new ArrayList<>();
        javafx.scene.layout.GridPane grid = fx(() -> (javafx.scene.layout.GridPane) scene.lookup("#confusion-matrix"));
        for (int c = 0; c < classes; c++) {
            int k = c;
            Node column = fx(() -> at(grid, 0, k + 1));
            Label row = fx(() -> (Label) at(grid, k + 1, 0));
            columns.add(fx(() -> column.localToScene(column.getBoundsInLocal())));
            rows.add(fx(() -> row.localToScene(row.getLayoutBounds())));
            assertWhole(column instanceof Label label ? label : (Label) ((javafx.scene.Group) column).getChildren().get(0));
            assertWhole(row);
        }
        for (int c = 1; c < classes; c++) {
            assertTrue(columns.get(c).getMinX() >= columns.get(c - 1).getMaxX() - 0.5,
                    "column names " + (c - 1) + " and " + c + " overlap: " + columns.get(c - 1) + " " + columns.get(c));
            assertTrue(rows.get(c).getMinY() >= rows.get(c - 1).getMaxY() - 0.5,
                    "row names " + (c - 1) + " and " + c + " overlap: " + rows.get(c - 1) + " " + rows.get(c));
        }
        assertTrue(rows.get(0).getMinY() >= columns.get(0).getMaxY() - 0.5, "the first row's name is under the column names");
    }

    /** The node at ({@code row}, {@code column}) of the matrix's grid: row 0 holds the column names, column 0 the row names. */
    private static Node at(javafx.scene.layout.GridPane grid, int row, int column) {
        return grid.getChildren().stream()
                .filter(n -> java.util.Objects.equals(javafx.scene.layout.GridPane.getRowIndex(n), row)
                        && java.util.Objects.equals(javafx.scene.layout.GridPane.getColumnIndex(n), column))
                .findFirst().orElseThrow();
    }

    /** The label's text as drawn equals its text: not cut to "…", nor wrapped out of sight. */
    private static void assertWhole(Label label) throws Exception {
        String drawn = fx(() -> {
            Text text = (Text) label.lookup(".text");
            return text == null ? "" : text.getText();
        });
        assertEquals(fx(label::getText), drawn, "shown whole");
        double[] h = fx(() -> new double[] {label.getHeight(), label.prefHeight(label.getWidth())});
        assertTrue(h[0] >= h[1] - 0.5, label.getText() + " tall enough: " + h[0] + " < " + h[1]);
    }

    /** {@code size} images, image i of class i % K; every third one taken for the next class up. */
    private static Evaluation evaluation(int classes, int size) {
        int[] labels = new int[size];
        int[] predictions = new int[size];
        float[] probabilities = new float[size * classes];
        for (int i = 0; i < size; i++) {
            labels[i] = i % classes;
            predictions[i] = i % 3 == 0 ? (labels[i] + 1) % classes : labels[i];
            for (int c = 0; c < classes; c++) {
                probabilities[i * classes + c] = c == predictions[i] ? 0.5f : 0.5f / (classes - 1);
            }
        }
        return new Evaluation(classes, labels, predictions, probabilities, 0.5);
    }
}
