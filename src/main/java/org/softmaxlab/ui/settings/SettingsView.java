package org.softmaxlab.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Pace;
import org.softmaxlab.ui.status.PaceText;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.Styles;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.run.SettingsForm;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * The left panel: the settings, validated as they are typed, the run buttons and the learning
 * rate that can be changed while a run trains. Binds to the {@link TrainingViewModel} and forwards
 * button presses; holds no state of its own.
 */
public final class SettingsView {

    private final TrainingViewModel viewModel;
    private final Parent root;
    private final LiveLearningRate liveRate;
    private final DropConfirmation resetConfirmation;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML
    private Pane form;
    @FXML
    private TextField epochs;
    @FXML
    private TextField learningRate;
    @FXML
    private HBox learningRatePresets;
    @FXML
    private Slider learningRateSlider;
    @FXML
    private TextField batchSize;
    @FXML
    private TextField initStd;
    @FXML
    private TextField seed;
    @FXML
    private ComboBox<LossFormula> lossFormula;
    @FXML
    private ComboBox<ModelSpec.Kind> model;
    @FXML
    private TextField hidden;
    @FXML
    private TextField liveLearningRate;
    @FXML
    private Label liveRateProblem;
    @FXML
    private Button applyLiveLearningRate;
    @FXML
    private Button start;
    @FXML
    private Button pauseResume;
    @FXML
    private Button stop;
    @FXML
    private Button reset;
    @FXML
    private Button step;
    @FXML
    private Button stepEpoch;
    @FXML
    private ComboBox<Pace> pace;
    @FXML
    private Label startBlockedReason;

    /**
     * Loads the settings panel and binds it to {@code viewModel}.
     *
     * @param liveRate  the rate typed while a run trains, kept by the window across rebuilds of this panel
     * @param saveModel opens the window's "Save model" dialog (offered before Reset throws a model away)
     */
    public SettingsView(TrainingViewModel viewModel, LiveLearningRate liveRate, Runnable saveModel) {
        this.viewModel = viewModel;
        this.resetConfirmation = new DropConfirmation(viewModel, saveModel);
        // Made by the window, not by this panel: the typed rate survives the rebuild on a language switch.
        this.liveRate = liveRate;
        this.root = Resources.loadFxml("settings/SettingsView.fxml", this);
    }

    /** The panel node. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Map<Field, TextField> fields = new EnumMap<>(Field.class);
        fields.put(Field.EPOCHS, epochs);
        fields.put(Field.LEARNING_RATE, learningRate);
        fields.put(Field.BATCH_SIZE, batchSize);
        fields.put(Field.INIT_STD, initStd);
        fields.put(Field.SEED, seed);
        fields.put(Field.HIDDEN, hidden);
        SettingsForm settings = viewModel.settings();
        validation.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(),
                new StyleClassValidationDecoration(Styles.INVALID_FIELD, Styles.INVALID_FIELD)));
        fields.forEach((field, textField) -> {
            textField.textProperty().bindBidirectional(settings.textProperty(field));
            validation.registerValidator(textField, false, (javafx.scene.control.Control control, String text) -> {
                String problem = settings.problemFor(field, text);
                return ValidationResult.fromErrorIf(control, problem, problem != null);
            });
        });
        new LearningRateControls(settings, learningRatePresets, learningRateSlider).install();
        bindLossFormula(settings);
        bindModel(settings);
        form.disableProperty().bind(viewModel.settingsEditableProperty().not());
        bindButtons();
        bindLiveLearningRate();
        bindPace();
    }

    private void bindPace() {
        pace.getItems().setAll(Pace.PRESETS);
        pace.setConverter(new StringConverter<>() {
            @Override
            public String toString(Pace value) {
                return value == null ? "" : PaceText.of(value);
            }

            @Override
            public Pace fromString(String text) {
                throw new UnsupportedOperationException("the pace is chosen, not typed");
            }
        });
        pace.valueProperty().bindBidirectional(viewModel.paceProperty());
        pace.setTooltip(new Tooltip(Messages.get("settings.pace.tooltip")));
    }

    private void bindLossFormula(SettingsForm settings) {
        lossFormula.getItems().setAll(LossFormula.STABLE, LossFormula.NAIVE);
        lossFormula.setConverter(new StringConverter<>() {
            @Override
            public String toString(LossFormula formula) {
                return formula == null ? "" : Messages.get("settings.loss." + formula.id());
            }

            @Override
            public LossFormula fromString(String text) {
                throw new UnsupportedOperationException("the formula is chosen, not typed");
            }
        });
        lossFormula.valueProperty().bindBidirectional(settings.lossFormulaProperty());
        lossFormula.setTooltip(new Tooltip(Messages.get("settings.lossFormula.tooltip")));
    }

    private void bindModel(SettingsForm settings) {
        model.getItems().setAll(ModelSpec.Kind.SOFTMAX, ModelSpec.Kind.MLP);
        model.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelSpec.Kind kind) {
                return kind == null ? "" : Messages.get("settings.model." + kind.id());
            }

            @Override
            public ModelSpec.Kind fromString(String text) {
                throw new UnsupportedOperationException("the model is chosen, not typed");
            }
        });
        model.valueProperty().bindBidirectional(settings.modelKindProperty());
        model.setTooltip(new Tooltip(Messages.get("settings.model.tooltip")));
        hidden.disableProperty().bind(settings.modelKindProperty().isNotEqualTo(ModelSpec.Kind.MLP));
    }

    private void bindLiveLearningRate() {
        liveLearningRate.textProperty().bindBidirectional(liveRate.textProperty());
        liveLearningRate.disableProperty().bind(viewModel.canPauseOrResumeProperty().not());
        applyLiveLearningRate.disableProperty().bind(liveRate.canApplyProperty().not());
        applyLiveLearningRate.setOnAction(e -> liveRate.apply());
        // Enter in the field applies, as a person expects after typing a number.
        liveLearningRate.setOnAction(e -> liveRate.apply());
        Tooltip hint = new Tooltip();
        hint.textProperty().bind(Bindings.when(liveRate.problemProperty().isEmpty())
                .then(Messages.get("training.liveRate.tooltip")).otherwise(liveRate.problemProperty()));
        liveLearningRate.setTooltip(hint);
        // Said again in the language this panel is built in (it is rebuilt on a language switch).
        liveRate.revalidate();
        liveRateProblem.textProperty().bind(liveRate.problemProperty());
        // Only while a run takes a rate: the idle, disabled field is not the user's mistake.
        liveRateProblem.visibleProperty().bind(liveRate.problemProperty().isNotEmpty()
                .and(viewModel.canPauseOrResumeProperty()));
        liveRateProblem.managedProperty().bind(liveRateProblem.visibleProperty());
        Runnable mark = () -> {
            liveLearningRate.getStyleClass().remove(Styles.INVALID_FIELD);
            if (liveRateProblem.isVisible()) {
                liveLearningRate.getStyleClass().add(Styles.INVALID_FIELD);
            }
        };
        liveRateProblem.visibleProperty().addListener((obs, old, now) -> mark.run());
        mark.run();
    }

    private void bindButtons() {
        start.disableProperty().bind(viewModel.canStartProperty().not());
        pauseResume.disableProperty().bind(viewModel.canPauseOrResumeProperty().not());
        stop.disableProperty().bind(viewModel.canStopProperty().not());
        reset.disableProperty().bind(viewModel.canResetProperty().not());
        pauseResume.textProperty().bind(Bindings.when(viewModel.stateProperty().isEqualTo(RunState.PAUSED))
                .then(Messages.get("training.resume"))
                .otherwise(Messages.get("training.pause")));
        start.setOnAction(e -> viewModel.start());
        pauseResume.setOnAction(e -> viewModel.togglePause());
        stop.setOnAction(e -> viewModel.stop());
        reset.setOnAction(e -> resetConfirmation.resetAsking(root));
        step.disableProperty().bind(viewModel.canStepProperty().not());
        stepEpoch.disableProperty().bind(viewModel.canStepProperty().not());
        step.setOnAction(e -> viewModel.step());
        stepEpoch.setOnAction(e -> viewModel.stepEpoch());
        step.setTooltip(new Tooltip(Messages.get("training.step.tooltip")));
        stepEpoch.setTooltip(new Tooltip(Messages.get("training.stepEpoch.tooltip")));
        startBlockedReason.textProperty().bind(viewModel.startBlockedReasonProperty());
        startBlockedReason.visibleProperty().bind(viewModel.startBlockedReasonProperty().isNotEmpty());
        startBlockedReason.managedProperty().bind(startBlockedReason.visibleProperty());
    }
}
