package org.softmaxlab.ui.training;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;

/**
 * The chart area: the notice banner and two live charts against epochs, loss above and accuracy
 * (train and test) below, like d2l's {@code train_ch3} split in two so each keeps its own scale.
 */
public final class ChartsView {

    /** Ticks on the epoch axis: about this many, whatever the number of epochs. */
    static final int EPOCH_TICKS = 10;

    private final TrainingViewModel viewModel;
    private final Parent root;

    @FXML
    private Pane notice;
    @FXML
    private Label noticeTitle;
    @FXML
    private Label noticeDetail;
    @FXML
    private Button applySuggestion;
    @FXML
    private Button dismissNotice;
    @FXML
    private LineChart<Number, Number> lossChart;
    @FXML
    private NumberAxis lossEpochAxis;
    @FXML
    private NumberAxis lossAxis;
    @FXML
    private LineChart<Number, Number> accuracyChart;
    @FXML
    private NumberAxis accuracyEpochAxis;
    @FXML
    private NumberAxis accuracyAxis;

    private ChartHover lossHover;
    private ChartHover accuracyHover;

    /** Loads the chart area and binds it to {@code viewModel}. */
    public ChartsView(TrainingViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Resources.loadFxml("training/ChartsView.fxml", this);
    }

    /** The chart area node. */
    public Parent root() {
        return root;
    }

    /** What the hover readout of the loss chart says at {@code epoch} (for tests). */
    String lossReadout(double epoch) {
        return lossHover.readout(epoch);
    }

    /** What the hover readout of the accuracy chart says at {@code epoch} (for tests). */
    String accuracyReadout(double epoch) {
        return accuracyHover.readout(epoch);
    }

    @FXML
    private void initialize() {
        // Listeners on the view-model go with this view's nodes (the window rebuilds views on a language switch).
        ViewListeners listeners = ViewListeners.of(lossChart);
        bindEpochAxis(lossEpochAxis);
        bindEpochAxis(accuracyEpochAxis);
        accuracyAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return Messages.format("chart.percent", value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        // Empty charts show the range a run starts in (loss ≈ ln 10 ≈ 2.3), not NumberAxis's 0–100.
        holdRangeWhileEmpty(listeners, lossAxis, viewModel.trainLossPoints(), 0, 2.5, 0.5);
        holdRangeWhileEmpty(listeners, accuracyAxis, viewModel.trainAccuracyPoints(), 0, 1, 0.2);
        lossChart.getData().add(series(listeners, "chart.series.trainLoss", viewModel.trainLossPoints(), null));
        accuracyChart.getData().add(series(listeners, "chart.series.trainAccuracy", viewModel.trainAccuracyPoints(),
                null));
        accuracyChart.getData().add(series(listeners, "chart.series.testAccuracy", viewModel.testAccuracyPoints(),
                Styles.EPOCH_POINT));
        lossHover = new ChartHover(lossChart, lossEpochAxis)
                .curve(viewModel.trainLossPoints(), (v, epoch) -> Messages.format("chart.tooltip.trainLoss", v, epoch));
        accuracyHover = new ChartHover(accuracyChart, accuracyEpochAxis)
                .curve(viewModel.trainAccuracyPoints(),
                        (v, epoch) -> Messages.format("chart.tooltip.trainAccuracy", v, epoch))
                .curve(viewModel.testAccuracyPoints(),
                        (v, epoch) -> Messages.format("chart.tooltip.testAccuracy", v, epoch));
        bindNotice(listeners);
    }

    private static XYChart.Series<Number, Number> series(ViewListeners listeners, String nameKey,
                                                         ObservableList<ChartPoint> points, String symbolStyle) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(Messages.get(nameKey));
        SeriesBinding.bind(listeners, points, series, symbolStyle);
        return series;
    }

    private void bindEpochAxis(NumberAxis axis) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.upperBoundProperty().bind(viewModel.epochAxisEndProperty());
        axis.tickUnitProperty().bind(Bindings.createDoubleBinding(
                () -> tickUnitFor(viewModel.epochAxisEndProperty().get()), viewModel.epochAxisEndProperty()));
    }

    private static void holdRangeWhileEmpty(ViewListeners listeners, NumberAxis axis, ObservableList<ChartPoint> points,
                                            double lower, double upper, double tick) {
        Runnable update = () -> {
            boolean empty = points.isEmpty();
            axis.setAutoRanging(!empty);
            if (empty) {
                axis.setLowerBound(lower);
                axis.setUpperBound(upper);
                axis.setTickUnit(tick);
            }
        };
        listeners.onListChange(points, (ListChangeListener<ChartPoint>) change -> update.run());
        update.run();
    }

    /** A tick unit of 1, 2 or 5 × 10ⁿ epochs giving at most about {@value #EPOCH_TICKS} ticks. */
    static double tickUnitFor(double axisEnd) {
        double raw = Math.max(axisEnd, 1) / EPOCH_TICKS;
        double decade = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * decade >= raw) {
                return Math.max(step * decade, 0.5);
            }
        }
        return 10 * decade;
    }

    private void bindNotice(ViewListeners listeners) {
        listeners.onChange(viewModel.noticeProperty(), (obs, old, now) -> showNotice(now));
        showNotice(viewModel.noticeProperty().get());
        dismissNotice.setOnAction(e -> viewModel.dismissNotice());
        applySuggestion.setOnAction(e -> viewModel.applySuggestedLearningRate());
    }

    private void showNotice(RunNotice current) {
        notice.setVisible(current != null);
        notice.setManaged(current != null);
        if (current == null) {
            return;
        }
        boolean error = current.severity() == RunNotice.Severity.ERROR;
        notice.getStyleClass().removeAll(Styles.NOTICE_INFO, Styles.NOTICE_ERROR);
        notice.getStyleClass().add(error ? Styles.NOTICE_ERROR : Styles.NOTICE_INFO);
        noticeTitle.setText(current.title());
        noticeDetail.setText(current.detail());
        boolean suggest = current.suggestedLearningRate() != null;
        applySuggestion.setVisible(suggest);
        applySuggestion.setManaged(suggest);
        if (suggest) {
            applySuggestion.setText(Messages.format("notice.useLearningRate",
                    SettingsForm.formatDecimal(current.suggestedLearningRate())));
        }
    }
}
