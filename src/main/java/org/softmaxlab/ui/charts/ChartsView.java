package org.softmaxlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Side;
import javafx.scene.Parent;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.ReadableNumber;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.banner.BannerView;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.run.ChartPoint;
import org.softmaxlab.ui.run.SettingsForm;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * The chart area: the notice banner, the drawing options, and two charts against epochs, loss
 * above and accuracy (train and test) below, like d2l's {@code train_ch3} split in two so each
 * keeps its own scale. The live run's curves grow as it trains; runs chosen for comparison are
 * drawn over them, each in a colour of its own, with marks where a rate changed or a run diverged.
 */
public final class ChartsView {

    /** Ticks on the epoch axis: about this many, whatever the number of epochs. */
    static final int EPOCH_TICKS = 10;

    private final TrainingViewModel viewModel;
    private final RunOverlays compared;
    private final ChartOptions options = new ChartOptions();
    private final List<SeriesBinding> liveBindings = new ArrayList<>();
    private final Parent root;

    @FXML
    private VBox chartsPane;
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
    private Slider smoothing;
    @FXML
    private Label smoothingValue;
    @FXML
    private CheckBox logLoss;
    @FXML
    private CheckBox fitEpochs;
    @FXML
    private Label trainCurvesNote;
    @FXML
    private MarkedLineChart lossChart;
    @FXML
    private NumberAxis lossEpochAxis;
    @FXML
    private NumberAxis lossAxis;
    @FXML
    private MarkedLineChart accuracyChart;
    @FXML
    private NumberAxis accuracyEpochAxis;
    @FXML
    private NumberAxis accuracyAxis;

    private ChartHover lossHover;
    private ChartHover accuracyHover;
    private LossAxisScale lossScale;
    private OverlaySeries overlaySeries;
    private ViewListeners listeners;

    /** The chart area of a single run, without comparisons. */
    public ChartsView(TrainingViewModel viewModel) {
        this(viewModel, RunOverlays.none());
    }

    /** Loads the chart area, bound to {@code viewModel} for the live run and {@code compared} for the rest. */
    public ChartsView(TrainingViewModel viewModel, RunOverlays compared) {
        this.viewModel = viewModel;
        this.compared = compared;
        this.root = Resources.loadFxml("charts/ChartsView.fxml", this);
    }

    /** The chart area node. */
    public Parent root() {
        return root;
    }

    /** The drawing options (smoothing, log scale). */
    public ChartOptions options() {
        return options;
    }

    @FXML
    private void initialize() {
        // Listeners on the view-models go with this view's nodes (the window rebuilds views on a language switch).
        listeners = ViewListeners.of(lossChart);
        DoubleBinding axisEnd = Bindings.createDoubleBinding(this::epochAxisEnd, viewModel.epochAxisEndProperty(),
                compared.overlays(), options.fitEpochsProperty(), viewModel.trainLossPoints());
        bindEpochAxis(lossEpochAxis, axisEnd);
        bindEpochAxis(accuracyEpochAxis, axisEnd);
        AlignedPlots.in(chartsPane, List.of(lossChart, accuracyChart));
        accuracyAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return AccuracyAxisScale.label(value.doubleValue(), accuracyAxis.getTickUnit());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        lossScale = new LossAxisScale(lossAxis, lossChart, options);
        lossScale.update();
        holdRangeWhileEmpty(listeners, accuracyAxis, viewModel.trainAccuracyPoints(), 0, 1, 0.2);
        accuracyChart.setYRange(AccuracyAxisScale::widened);
        addLiveSeries();
        installHover();
        overlaySeries = new OverlaySeries(lossChart, accuracyChart, options, lossHover, accuracyHover);
        listeners.onListChange(compared.overlays(), (ListChangeListener<OverlayRun>) change -> showOverlays());
        listeners.onListChange(compared.markers(), (ListChangeListener<ChartMarker>) change -> showMarkers());
        showOverlays();
        showMarkers();
        bindOptions();
        bindNotice(listeners);
    }

    private void addLiveSeries() {
        XYChart.Series<Number, Number> loss = liveSeries("chart.series.trainLoss", "chart.series.run.loss",
                viewModel.trainLossPoints(), null, options.trainLoss(), lossScale::update);
        XYChart.Series<Number, Number> train = liveSeries("chart.series.trainAccuracy",
                "chart.series.run.trainAccuracy", viewModel.trainAccuracyPoints(), null, options.trainAccuracy(),
                () -> { });
        XYChart.Series<Number, Number> test = liveSeries("chart.series.testAccuracy", "chart.series.run.testAccuracy",
                viewModel.testAccuracyPoints(), Styles.EPOCH_POINT, options.testAccuracy(), () -> { });
        lossChart.getData().add(loss);
        accuracyChart.getData().add(train);
        accuracyChart.getData().add(test);
        // The live run is drawn over the compared ones: a finished run with the same seed would hide it.
        lossChart.setOnTop(loss);
        accuracyChart.setOnTop(train);
        // With no live run, compared runs alone fill the legend: no entry for an empty line. While runs are
        // compared the accuracy legend names each run once; its test curve is the dashed one (see the title).
        Runnable listLive = () -> {
            boolean comparing = !compared.overlays().isEmpty();
            boolean listed = !viewModel.trainLossPoints().isEmpty() || !comparing;
            lossChart.setListed(loss, listed);
            accuracyChart.setListed(train, listed);
            accuracyChart.setListed(test, listed && !comparing);
            String description = compared.liveDescriptionProperty().get().isEmpty() ? null
                    : compared.liveDescriptionProperty().get();
            lossChart.setDescription(loss, description);
            accuracyChart.setDescription(train, description);
            accuracyChart.setDescription(test, description);
        };
        listeners.onListChange(viewModel.trainLossPoints(), (ListChangeListener<ChartPoint>) c -> listLive.run());
        listeners.onListChange(compared.overlays(), (ListChangeListener<OverlayRun>) c -> listLive.run());
        listeners.onChange(compared.liveDescriptionProperty(), (obs, old, now) -> listLive.run());
        listLive.run();
    }

    /** A live series, named plainly ("Train loss") alone, or by the run's label among compared runs. */
    private XYChart.Series<Number, Number> liveSeries(String plainKey, String runKey, ObservableList<ChartPoint> points,
                                                      String symbolStyle, UnaryOperator<List<ChartPoint>> transform,
                                                      Runnable changed) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        // While runs are compared each is named short and for good ("Run 3"): a label naming what differs
        // changes as runs come and go, and a long one did not fit beside the plot.
        series.nameProperty().bind(Bindings.createStringBinding(() -> {
            String name = compared.liveNameProperty().get();
            return name.isEmpty() ? Messages.get(plainKey) : Messages.format(runKey, name);
        }, compared.liveNameProperty()));
        liveBindings.add(SeriesBinding.bind(listeners, points, series, symbolStyle, transform, changed));
        return series;
    }

    private void installHover() {
        lossHover = new ChartHover(lossChart, lossEpochAxis)
                .curve(viewModel.trainLossPoints(), (v, epoch) -> live(Messages.format("chart.tooltip.trainLoss", ReadableNumber.of(v, 4), epoch)));
        accuracyHover = new ChartHover(accuracyChart, accuracyEpochAxis)
                .curve(viewModel.trainAccuracyPoints(),
                        (v, epoch) -> live(Messages.format("chart.tooltip.trainAccuracy", v, epoch)))
                .curve(viewModel.testAccuracyPoints(),
                        (v, epoch) -> live(Messages.format("chart.tooltip.testAccuracy", v, epoch)));
    }

    /** A readout line of the live run, prefixed with its label while runs are compared. */
    private String live(String line) {
        String description = compared.liveDescriptionProperty().get();
        return description.isEmpty() ? line : Messages.format("chart.tooltip.ofRun", description, line);
    }

    private void showOverlays() {
        overlaySeries.show(compared.overlays());
        lossScale.update();
        chartsPane.getStyleClass().remove(Styles.COMPARING);
        boolean comparing = !compared.overlays().isEmpty();
        if (comparing) {
            chartsPane.getStyleClass().add(Styles.COMPARING);
        }
        // A run's short name beside the plot costs no plot height, however many runs are ticked (a legend
        // on top took a row a run and, short of room, JavaFX hid it); one run's two or three names sit on top.
        Side side = comparing ? Side.RIGHT : Side.TOP;
        lossChart.setLegendSide(side);
        accuracyChart.setLegendSide(side);
        accuracyChart.setTitle(Messages.get(comparing ? "chart.accuracy.title.comparing" : "chart.accuracy.title"));
    }

    private void showMarkers() {
        lossChart.setMarkers(compared.markers());
        accuracyChart.setMarkers(compared.markers());
    }

    private void bindOptions() {
        smoothing.setMin(0);
        smoothing.setMax(ChartOptions.MAX_SMOOTHING);
        smoothing.valueProperty().bindBidirectional(options.smoothingProperty());
        smoothingValue.textProperty().bind(Bindings.createStringBinding(() -> options.smoothingProperty().get() > 0
                ? Messages.format("chart.smoothing.value", options.smoothingProperty().get())
                : Messages.get("chart.smoothing.off"), options.smoothingProperty()));
        logLoss.selectedProperty().bindBidirectional(options.logLossProperty());
        fitEpochs.selectedProperty().bindBidirectional(options.fitEpochsProperty());
        fitEpochs.setTooltip(new Tooltip(Messages.get("chart.fitEpochs.tooltip")));
        // The train curves are d2l's running average within each epoch, as the CSV and `train --json` keep
        // them; a windowed average drawn here would disagree with both and with the hover readout.
        Tooltip note = new Tooltip(Messages.get("chart.trainCurves.note"));
        note.setWrapText(true);
        note.setMaxWidth(420);
        trainCurvesNote.setTooltip(note);
        // On the log10 values the zero line sits at a loss of 1 and would read as a reference line.
        lossChart.horizontalZeroLineVisibleProperty().bind(options.logLossProperty().not());
        lossAxis.labelProperty().bind(Bindings.when(options.logLossProperty())
                .then(Messages.get("chart.axis.lossLog")).otherwise(Messages.get("chart.axis.loss")));
        // The axis label is short to fit a low chart at the minimum window size; the full name is here.
        Tooltip.install(lossAxis, new Tooltip(Messages.get("chart.axis.loss.tooltip")));
        for (Observable dependency : options.dependencies()) {
            dependency.addListener(o -> redraw());
        }
    }

    private void redraw() {
        liveBindings.forEach(SeriesBinding::refresh);
        overlaySeries.refresh();
        lossScale.update();
    }

    /**
     * The end of the current or next run, or of the longest compared run if that is further; with
     * "fit epochs" on and runs compared, the end of the shortest drawn run instead (a whole number of
     * epochs), so that one long run does not squeeze the others into a corner.
     */
    private double epochAxisEnd() {
        // Whole epochs: a run continued after a stop mid-epoch would otherwise end the axis at "65.83".
        double end = Math.ceil(viewModel.epochAxisEndProperty().get() - 1e-9);
        if (options.fitEpochsProperty().get() && !compared.overlays().isEmpty()) {
            return fittedEnd();
        }
        for (OverlayRun run : compared.overlays()) {
            end = Math.max(end, Math.ceil(run.end()));
        }
        return end;
    }

    private double fittedEnd() {
        double shortest = Double.POSITIVE_INFINITY;
        for (OverlayRun run : compared.overlays()) {
            if (run.end() > 0) {
                shortest = Math.min(shortest, run.end());
            }
        }
        List<ChartPoint> live = viewModel.trainLossPoints();
        if (!live.isEmpty()) {
            shortest = Math.min(shortest, live.get(live.size() - 1).epoch());
        }
        return Double.isInfinite(shortest) ? viewModel.epochAxisEndProperty().get() : Math.max(1, Math.ceil(shortest));
    }

    private static void bindEpochAxis(NumberAxis axis, DoubleBinding end) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.upperBoundProperty().bind(end);
        axis.tickUnitProperty().bind(Bindings.createDoubleBinding(() -> tickUnitFor(end.get()), end));
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

    private void showNotice(Notice current) {
        notice.setVisible(current != null);
        notice.setManaged(current != null);
        if (current == null) {
            return;
        }
        BannerView.colour(notice, current.severity());
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
