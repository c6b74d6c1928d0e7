package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.run.SettingsForm.Field;

@Tag("locale")
class SettingsFormTest {

    private final SettingsForm form = new SettingsForm();

    @Test
    void startsWithD2lsDefaultsAndIsValid() {
        assertEquals("10", form.textProperty(Field.EPOCHS).get());
        assertEquals("0.1", form.textProperty(Field.LEARNING_RATE).get());
        assertEquals("256", form.textProperty(Field.BATCH_SIZE).get());
        assertEquals("0.01", form.textProperty(Field.INIT_STD).get());
        assertEquals(TrainConfig.DEFAULTS, form.configProperty().get());
        assertTrue(form.problems().isEmpty());
    }

    @Test
    void aRangeProblemUsesTrainConfigsOwnMessage() {
        form.textProperty(Field.LEARNING_RATE).set("0");
        String expected = TrainConfig.DEFAULTS.withLearningRate(0).problems().get(0);
        assertEquals(List.of(expected), form.problems());
        assertNull(form.configProperty().get());
        assertFalse(form.isValid());
    }

    @Test
    void textThatIsNotANumberSaysSoNamingTheField() {
        form.textProperty(Field.LEARNING_RATE).set("fast");
        form.textProperty(Field.EPOCHS).set("2.5");
        assertEquals(List.of("Epochs: enter a whole number", "Learning rate: enter a number, such as 0.1"),
                form.problems());
    }

    @Test
    void emptyAndOutOfRangeValuesAreProblems() {
        form.textProperty(Field.SEED).set("  ");
        form.textProperty(Field.BATCH_SIZE).set("0");
        form.textProperty(Field.INIT_STD).set("-1");
        assertEquals(3, form.problems().size());
        assertEquals("Seed: enter a value", form.problems().get(2));
        assertTrue(form.problems().get(0).startsWith("batch size must be between 1 and"), form.problems().get(0));
    }

    @Test
    void fixingTheLastProblemGivesTheConfigTyped() {
        form.textProperty(Field.EPOCHS).set("x");
        form.textProperty(Field.EPOCHS).set(" 3 ");
        form.textProperty(Field.LEARNING_RATE).set("0.03");
        form.textProperty(Field.SEED).set("-7");
        assertEquals(TrainConfig.DEFAULTS.withEpochs(3).withLearningRate(0.03).withSeed(-7),
                form.configProperty().get());
    }

    @Test
    void problemForJudgesAnyTextWithoutChangingTheForm() {
        assertNull(form.problemFor(Field.EPOCHS, "10000"));
        assertTrue(form.problemFor(Field.EPOCHS, "10001").startsWith("epochs must be between 1 and 10,000"));
        assertTrue(form.isValid());
    }

    @Test
    void learningRatesAreWrittenAsAPersonWouldTypeThem() {
        form.setLearningRate(0.030000000000000002);
        assertEquals("0.03", form.textProperty(Field.LEARNING_RATE).get());
        assertEquals("1", SettingsForm.formatDecimal(1.0));
        assertEquals("0.0001", SettingsForm.formatDecimal(1e-4));
        assertEquals("0.0316", SettingsForm.formatDecimal(0.031622776));
        assertEquals("1E+29", SettingsForm.formatDecimal(1e29));
    }

    @Test
    void theLossFormulaIsStableUnlessChosenAndGoesIntoTheConfig() {
        assertEquals(LossFormula.STABLE, form.lossFormulaProperty().get());
        form.lossFormulaProperty().set(LossFormula.NAIVE);
        assertEquals(TrainConfig.DEFAULTS.withLossFormula(LossFormula.NAIVE), form.configProperty().get());
        form.load(TrainConfig.DEFAULTS.withLearningRate(3));
        assertEquals(LossFormula.STABLE, form.lossFormulaProperty().get(), "loading settings loads the formula too");
        form.lossFormulaProperty().set(null);
        assertEquals(TrainConfig.DEFAULTS.withLearningRate(3), form.configProperty().get(), "no choice is the default");
    }

    @Test
    void theModelChoiceAndItsHiddenUnitsMakeTheConfig() {
        form.modelKindProperty().set(org.softmaxlab.train.ModelSpec.Kind.MLP);
        assertEquals(TrainConfig.DEFAULTS.withModel(org.softmaxlab.train.ModelSpec.mlp(256)), form.configProperty().get());

        form.textProperty(Field.HIDDEN).set("0");
        assertNull(form.configProperty().get());
        assertEquals(List.of("hidden units must be between 1 and 4,096 (was 0); d2l uses 256"), form.problems());

        form.modelKindProperty().set(org.softmaxlab.train.ModelSpec.Kind.SOFTMAX);
        assertEquals(TrainConfig.DEFAULTS, form.configProperty().get(), "softmax regression ignores the hidden field");

        form.load(TrainConfig.DEFAULTS.withModel(org.softmaxlab.train.ModelSpec.mlp(64)));
        assertEquals("64", form.textProperty(Field.HIDDEN).get());
        assertEquals(org.softmaxlab.train.ModelSpec.Kind.MLP, form.modelKindProperty().get());
        assertEquals(org.softmaxlab.train.ModelSpec.mlp(64), form.configProperty().get().model());
    }

    @Test
    void aWholeNumberTooLongForTheFieldSaysWhichNumbersItTakes() {
        SettingsForm form = new SettingsForm();
        assertEquals("Seed: enter a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807",
                form.problemFor(SettingsForm.Field.SEED, "99999999999999999999"));
        assertEquals("Epochs: enter a whole number from 1 to 10,000",
                form.problemFor(SettingsForm.Field.EPOCHS, "99999999999"));
        assertEquals("Seed: enter a whole number", form.problemFor(SettingsForm.Field.SEED, "12a"),
                "not a number at all: no range to give");
    }
}
