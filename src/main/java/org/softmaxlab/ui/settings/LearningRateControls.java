package org.softmaxlab.ui.settings;

import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.softmaxlab.ui.ViewListeners;
import org.softmaxlab.ui.run.SettingsForm;

/**
 * Keeps the learning-rate presets and the log-scale slider in step with the learning-rate text.
 * The text is the truth: presets and slider write it, and follow it when it is typed.
 */
final class LearningRateControls {

    private final SettingsForm settings;
    private final HBox presetBox;
    private final Slider slider;
    private final ToggleGroup presets = new ToggleGroup();
    /** Set while the slider follows the text, so that moving it does not write the text back. */
    private boolean following;

    LearningRateControls(SettingsForm settings, HBox presetBox, Slider slider) {
        this.settings = settings;
        this.presetBox = presetBox;
        this.slider = slider;
    }

    void install() {
        for (double value : LearningRateScale.PRESETS) {
            ToggleButton button = new ToggleButton(SettingsForm.formatDecimal(value));
            button.setToggleGroup(presets);
            button.setUserData(value);
            button.setFocusTraversable(false);
            button.setOnAction(e -> {
                settings.setLearningRate(value);
                followText();
            });
            presetBox.getChildren().add(button);
        }
        slider.setMin(LearningRateScale.MIN_EXPONENT);
        slider.setMax(LearningRateScale.MAX_EXPONENT);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double position) {
                return SettingsForm.formatDecimal(Math.pow(10, position));
            }

            @Override
            public Double fromString(String text) {
                return LearningRateScale.toPosition(Double.parseDouble(text));
            }
        });
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!following) {
                settings.setLearningRate(LearningRateScale.fromPosition(now.doubleValue()));
            }
        });
        // Weakly, held by the slider: the window rebuilds its views on a language switch; the form stays.
        ViewListeners.of(slider).onChange(settings.textProperty(SettingsForm.Field.LEARNING_RATE),
                (obs, old, now) -> followText());
        followText();
    }

    private void followText() {
        // An invalid rate (0, −1, "abc") leaves the slider where it was instead of pinning it to its end.
        String text = settings.textProperty(SettingsForm.Field.LEARNING_RATE).get();
        if (settings.problemFor(SettingsForm.Field.LEARNING_RATE, text) != null) {
            presets.selectToggle(null);
            return;
        }
        settings.learningRate().ifPresentOrElse(value -> {
            following = true;
            try {
                slider.setValue(LearningRateScale.toPosition(value));
            } finally {
                following = false;
            }
            int preset = LearningRateScale.presetIndex(value);
            presets.selectToggle(preset < 0 ? null : presets.getToggles().get(preset));
        }, () -> presets.selectToggle(null));
    }
}
