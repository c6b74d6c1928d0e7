package org.softmaxlab.ui;

/**
 * The style classes that Java code sets, mirroring {@code softmaxlab.css} (the app's one
 * stylesheet). FXML files name their own classes directly.
 */
public final class Styles {

    /** A banner: padded, rounded, coloured by {@link #NOTICE_INFO} or {@link #NOTICE_ERROR}. */
    public static final String NOTICE = "notice";
    /** A banner's first line, in bold. */
    public static final String NOTICE_TITLE = "notice-title";
    /** The in-window banner that reports how a run ended. */
    public static final String NOTICE_INFO = "notice-info";
    /** The banner in its warning colours (divergence, failure). */
    public static final String NOTICE_ERROR = "notice-error";
    /** A chart symbol that marks an epoch end (larger). */
    public static final String EPOCH_POINT = "epoch-point";
    /** A settings field whose text is not valid (red frame). */
    public static final String INVALID_FIELD = "invalid-field";

    /** A heading inside an inspection view (the detail panel's title, the matrix's overall line). */
    public static final String PANEL_HEADING = "panel-heading";

    /** The probability bar chart (gallery detail, your image). */
    public static final String PROBABILITY_BARS = "probability-bars";
    /** The full-width track behind one probability bar. */
    public static final String PROBABILITY_TRACK = "probability-track";
    /** One probability bar. */
    public static final String PROBABILITY_BAR = "probability-bar";
    /** The bar of the image's true class (green). */
    public static final String BAR_TRUE = "bar-true";
    /** The bar of a wrong prediction (red). */
    public static final String BAR_WRONG = "bar-wrong";
    /** The bar of the prediction when the true class is unknown (accent). */
    public static final String BAR_PREDICTED = "bar-predicted";

    /** A gallery tile (the grid cell). */
    public static final String GALLERY_TILE = "gallery-tile";
    /** The box inside a gallery tile: image and captions. */
    public static final String GALLERY_TILE_BOX = "gallery-tile-box";
    /** A tile's prediction line. */
    public static final String TILE_PREDICTION = "tile-prediction";
    /** A tile's true-class line. */
    public static final String TILE_TRUTH = "tile-truth";
    /** A prediction that is right (green). */
    public static final String TILE_RIGHT = "tile-right";
    /** A prediction that is wrong (red). */
    public static final String TILE_WRONG = "tile-wrong";
    /** The panel beside the gallery with the picked image. */
    public static final String DETAIL_PANEL = "detail-panel";
    /** The scroll pane around a {@link #DETAIL_PANEL}, as wide as the column it scrolls. */
    public static final String DETAIL_SCROLL = "detail-scroll";

    /** The matrix's top-left cell. */
    public static final String CONFUSION_CORNER = "confusion-corner";
    /** A class name at the top or left of the matrix. */
    public static final String CONFUSION_HEADER = "confusion-header";
    /** A class name above a column (narrow, wrapped). */
    public static final String CONFUSION_COLUMN_HEADER = "confusion-column-header";
    /** One count of the matrix. */
    public static final String CONFUSION_CELL = "confusion-cell";
    /** The matrix of more than ten classes: smaller cells, column names on their side. */
    public static final String CONFUSION_WIDE = "confusion-wide";
    /** The matrix of so many classes that its cells show colour only, the counts in their tooltips. */
    public static final String CONFUSION_COLOUR_ONLY = "confusion-colour-only";
    /** A column name turned on its side (a matrix of more than ten classes). */
    public static final String CONFUSION_SIDEWAYS_HEADER = "confusion-sideways-header";
    /** A count on the diagonal (right answers). */
    public static final String CONFUSION_DIAGONAL = "confusion-diagonal";
    /** A class's accuracy, right of its row. */
    public static final String CONFUSION_ACCURACY = "confusion-accuracy";
    /** A cell dark enough to need white text. */
    public static final String DARK_CELL = "dark-cell";

    /** One class's weight image with its name. */
    public static final String WEIGHT_TILE = "weight-tile";
    /** The legend's bar for colour weight pictures: from black (no channel raises the score) to white (all three do). */
    public static final String WEIGHTS_GRADIENT_COLOUR = "weights-gradient-colour";
    /** The class name under a weight image. */
    public static final String WEIGHT_NAME = "weight-name";

    /** A message that reports a failure (red). */
    public static final String MESSAGE_ERROR = "message-error";
    /** The drop zone while files are dragged over it. */
    public static final String DROP_TARGET = "drop-target";

    /** On the window's root: the dark theme. */
    public static final String THEME_DARK = "theme-dark";
    /** On the window's root: presentation mode (large type, thick lines, strong contrast). */
    public static final String PRESENTATION = "presentation";
    /** The window-wide banner under the menu bar (settings reset, files saved or refused). */
    public static final String WINDOW_BANNER = "window-banner";

    /** The charts while other runs are drawn over the live one: every run in one colour of its own. */
    public static final String COMPARING = "comparing";
    /** A vertical mark on a chart (learning-rate change, divergence). */
    public static final String CHART_MARKER = "chart-marker";
    /** The label at the top of a chart mark. */
    public static final String CHART_MARKER_LABEL = "chart-marker-label";
    /** A mark where the learning rate was changed. */
    public static final String MARKER_LEARNING_RATE = "marker-learning-rate";
    /** A mark where a run diverged. */
    public static final String MARKER_DIVERGED = "marker-diverged";

    /** A line of the run list. */
    public static final String RUN_ROW = "run-row";
    /** The square in a run's colour on the charts. */
    public static final String RUN_SWATCH = "run-swatch";
    /** The run list's text while it is empty. */
    public static final String RUNS_EMPTY = "runs-empty";
    /** A run's result in the run list. */
    public static final String RUN_RESULT = "run-result";

    /** A numerics cell whose value underflowed to 0. */
    public static final String NUMERIC_ZERO = "numeric-zero";
    /** A numerics cell that is +inf. */
    public static final String NUMERIC_INF = "numeric-inf";
    /** A numerics cell that is −inf. */
    public static final String NUMERIC_NEG_INF = "numeric-neg-inf";
    /** A numerics cell that is NaN. */
    public static final String NUMERIC_NAN = "numeric-nan";

    /** A number in the numerics table. */
    public static final String NUMERIC_CELL = "numeric-cell";
    /** The One step tab's table of numbers (its type is smaller in presentation mode, to fit 1024 px). */
    public static final String STEP_TABLE = "step-table";

    /** The caption under one of the One step tab's ΔW pictures. */
    public static final String STEP_DELTA_CAPTION = "step-delta-caption";
    /** An evidence map's logit decomposition: numbers, but a wrapped text read from the left. */
    public static final String EVIDENCE_SUM = "evidence-sum";
    /** A column heading of the numerics table. */
    public static final String NUMERICS_HEAD = "numerics-head";
    /** The float32 / float64 heading over a group of columns. */
    public static final String NUMERICS_PRECISION = "numerics-precision";
    /** The class column and the cross-entropy row's name. */
    public static final String NUMERICS_LEAD = "numerics-lead";
    /** The first column of a precision's group (a divider on its left). */
    public static final String NUMERICS_GROUP_START = "numerics-group-start";
    /** The row of the true class. */
    public static final String NUMERICS_TRUE_CLASS = "numerics-true-class";
    /** The cross-entropy row. */
    public static final String NUMERICS_LOSS_ROW = "numerics-loss-row";
    /** A line under the table saying where special values occur and why. */
    public static final String NUMERICS_REASON = "numerics-reason";
    /** The small square in a reason line, in the highlight colour of its values. */
    public static final String NUMERICS_SWATCH = "numerics-swatch";
    /** The line saying that every number is ordinary. */
    public static final String NUMERICS_ALL_FINITE = "numerics-all-finite";

    private Styles() {
    }

    /** The colour class of a run's colour slot: 0 for the live run, 1 and up for overlays. */
    public static String runSlot(int slot) {
        return "run-slot-" + slot;
    }

    /** The MLP's "why this prediction": its hidden units. */
    public static final String HIDDEN_UNITS = "hidden-units";
    /** The row choosing how the hidden units are ranked. */
    public static final String HIDDEN_UNITS_RANK_ROW = "hidden-units-rank-row";
    /** The tiles of the top hidden units. */
    public static final String HIDDEN_UNITS_TILES = "hidden-units-tiles";
    /** One hidden unit: its filter and its numbers. */
    public static final String HIDDEN_UNIT_TILE = "hidden-unit-tile";
    /** A hidden unit's number ("unit 37"). */
    public static final String HIDDEN_UNIT_INDEX = "hidden-unit-index";
    /** activation × weight and = contribution under a hidden unit's filter. */
    public static final String HIDDEN_UNIT_NUMBER = "hidden-unit-number";
    /** A logit decomposed into the top units, the rest and the bias. */
    public static final String HIDDEN_UNITS_SUM = "hidden-units-sum";
}
