package org.softmaxlab.ui.main;

import org.softmaxlab.ui.run.SettingsForm.Field;

/**
 * Issue 21's projector walk-through: five one-epoch runs whose settings differ in learning rate,
 * batch size, init σ and seed, so that their labels are long ("lr 0.03, batch 128, init std 0.02,
 * seed 7"). Shared by the window test and the screenshots.
 */
final class LongLabelledRuns {

    /** Learning rate, batch size, init σ and seed of each run. */
    static final String[][] SETTINGS = {
        {"0.1", "256", "0.01", "42"},
        {"0.03", "128", "0.02", "7"},
        {"0.3", "64", "0.005", "11"},
        {"1", "512", "0.01", "3"},
        {"0.05", "256", "0.03", "1234"},
    };

    private LongLabelledRuns() {
    }

    /** Resets the model if it has been trained, then starts run {@code index}'s one epoch; on the JavaFX thread. */
    static void start(MainWindow window, int index) {
        if (window.training().canResetProperty().get()) {
            window.training().reset();
        }
        var form = window.training().settings();
        String[] run = SETTINGS[index];
        form.textProperty(Field.EPOCHS).set("1");
        form.textProperty(Field.LEARNING_RATE).set(run[0]);
        form.textProperty(Field.BATCH_SIZE).set(run[1]);
        form.textProperty(Field.INIT_STD).set(run[2]);
        form.textProperty(Field.SEED).set(run[3]);
        window.training().start();
    }

    /** Ticks every run of the session and shows the Training tab; on the JavaFX thread. */
    static void tickAll(MainWindow window) {
        window.runs().history().runs().forEach(run -> window.runs().setSelected(run.id(), true));
        window.selectTab(MainWindow.TRAINING_TAB_ID);
    }
}
