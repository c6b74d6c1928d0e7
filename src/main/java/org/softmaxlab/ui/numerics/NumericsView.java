package org.softmaxlab.ui.numerics;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.softmaxlab.math.NumericsPreset;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.SidewaysScroll;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.inspect.ClassNames;

/**
 * The Numerics tab: logits typed or picked from the lesson's presets, a true class, the table of
 * every formula in float32 and float64 with special values highlighted, their reasons below, and
 * the button that shows the same overflow in a real training run. Binds and forwards only.
 */
public final class NumericsView {

    private final NumericsViewModel viewModel;
    private final OverflowDemo demo;
    private final Runnable showTraining;
    private final ToggleGroup presetGroup = new ToggleGroup();
    private final Parent root;
    private NumericsTable numbers;

    @FXML
    private TextField logits;
    @FXML
    private ComboBox<Integer> trueClass;
    @FXML
    private FlowPane presets;
    @FXML
    private Label problem;
    @FXML
    private GridPane table;
    @FXML
    private ScrollPane tableScroll;
    @FXML
    private VBox reasons;
    @FXML
    private Button showOverflow;
    @FXML
    private Label overflowExplain;

    /**
     * @param showTraining brings the training charts into view (the demo's runs are drawn there)
     */
    public NumericsView(NumericsViewModel viewModel, OverflowDemo demo, Runnable showTraining) {
        this.viewModel = viewModel;
        this.demo = demo;
        this.showTraining = showTraining;
        this.root = Resources.loadFxml("numerics/NumericsView.fxml", this);
    }

    /** The tab's content. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        // Listeners on the view-models go with this view's nodes (the window rebuilds views on a language switch).
        ViewListeners listeners = ViewListeners.of(table);
        logits.textProperty().bindBidirectional(viewModel.logitsTextProperty());
        SidewaysScroll.fit(tableScroll);
        bindTrueClass(listeners);
        for (NumericsPreset preset : NumericsPreset.ALL) {
            ToggleButton button = new ToggleButton("[" + NumericsViewModel.text(preset.logits()) + "]");
            button.setId("preset-" + preset.id());
            button.setToggleGroup(presetGroup);
            button.setUserData(preset);
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(new Tooltip(Messages.get("numerics.preset." + preset.id())));
            button.setOnAction(e -> viewModel.applyPreset(preset));
            presets.getChildren().add(button);
        }
        listeners.onChange(viewModel.presetProperty(), (obs, old, now) -> selectPreset(now));
        selectPreset(viewModel.presetProperty().get());
        problem.textProperty().bind(viewModel.problemProperty());
        problem.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        // A table that no longer matches the text is dimmed until the text is valid again, and so are the
        // reasons below it, whose verdict then says whose numbers it is about.
        table.opacityProperty().bind(Bindings.when(viewModel.problemProperty().isEmpty())
                .then(1.0).otherwise(0.4));
        reasons.opacityProperty().bind(table.opacityProperty());
        listeners.onChange(viewModel.problemProperty(), (obs, old, now) -> showReasons());
        numbers = new NumericsTable(table, viewModel);
        listeners.onChange(viewModel.comparisonProperty(), (obs, old, now) -> {
            numbers.show(now);
            showReasons();
        });
        numbers.show(viewModel.comparisonProperty().get());
        showReasons();
        overflowExplain.setText(Messages.format("overflow.explain", OverflowDemo.settings(OverflowDemo.NAIVE)));
        showOverflow.disableProperty().bind(demo.canStartProperty().not());
        showOverflow.setOnAction(e -> {
            demo.start();
            showTraining.run();
        });
    }

    private void bindTrueClass(ViewListeners listeners) {
        trueClass.setItems(viewModel.classes());
        trueClass.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                return index == null ? "" : Messages.format("numerics.classChoice", index, ClassNames.of(index));
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the class is chosen, not typed");
            }
        });
        trueClass.setValue(viewModel.trueClassProperty().get());
        trueClass.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.trueClassProperty().set(now);
            }
        });
        listeners.onChange(viewModel.trueClassProperty(), (obs, old, now) -> trueClass.setValue(now.intValue()));
    }

    private void selectPreset(NumericsPreset preset) {
        presetGroup.getToggles().forEach(toggle -> toggle.setSelected(toggle.getUserData() == preset));
    }

    private void showReasons() {
        List<ReasonLine> lines = viewModel.reasons();
        reasons.getChildren().clear();
        boolean stale = !viewModel.problemProperty().get().isEmpty();
        String verdict = stale ? "numerics.reasons.stale"
                : lines.isEmpty() ? "numerics.reasons.none" : "numerics.reasons.title";
        Label title = new Label(Messages.get(verdict));
        // Green only for logits that are there: "every number is ordinary" about a text that is no vector misleads.
        title.getStyleClass().add(lines.isEmpty() && !stale ? Styles.NUMERICS_ALL_FINITE : "section-title");
        title.setWrapText(true);
        reasons.getChildren().add(title);
        for (ReasonLine line : lines) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll(Styles.NUMERICS_SWATCH, line.styleClass());
            Label text = new Label(Messages.format("numerics.reasons.line", line.where(), line.reason()));
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            HBox row = new HBox(swatch, text);
            row.getStyleClass().add(Styles.NUMERICS_REASON);
            reasons.getChildren().add(row);
        }
    }
}
