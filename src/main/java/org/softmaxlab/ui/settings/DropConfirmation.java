package org.softmaxlab.ui.settings;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.softmaxlab.run.CurrentModel;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.WindowDialogs;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.run.TrainingViewModel.Drop;

/**
 * The one question asked before anything drops training that no model file holds: Reset, Open model,
 * Start with another model kind, Quit. The weights cannot be brought back (the curves stay in the run
 * list), so the dialog names what is lost and offers to save it first. A model that is saved as it
 * is, or was never trained, goes without a question (the session knows which:
 * {@link TrainingViewModel#wouldLoseTraining()}).
 */
public final class DropConfirmation {

    /** The id of Reset's dialog pane and of its buttons, for tests. */
    public static final String ID = "reset-dialog";
    /** The id of the other commands' dialog pane ({@code drop-dialog}) and buttons ({@code drop-dialog-proceed} …). */
    public static final String DROP_ID = "drop-dialog";

    private final TrainingViewModel training;
    private final Runnable saveModel;

    /** @param saveModel opens the window's "Save model" dialog */
    public DropConfirmation(TrainingViewModel training, Runnable saveModel) {
        this.training = training;
        this.saveModel = saveModel;
    }

    /** Resets, after asking over {@code ownerNode}'s window if unsaved training would be lost. Returns at once. */
    void resetAsking(Node ownerNode) {
        CurrentModel model = training.currentModel();
        if (model == null || !training.wouldLoseTraining()) {
            training.reset();
            return;
        }
        ask(Drop.RESET, model, training::reset, ownerNode);
    }

    /** Asks over {@code ownerNode}'s window whether to drop {@code model} for {@code what}; runs {@code proceed} on yes. */
    public void ask(Drop what, CurrentModel model, Runnable proceed, Node ownerNode) {
        String key = keyOf(what);
        String id = what == Drop.RESET ? ID : DROP_ID;
        ButtonType go = new ButtonType(Messages.get(what == Drop.RESET ? "reset.confirm.reset" : key + ".proceed"), ButtonBar.ButtonData.OK_DONE);
        ButtonType save = new ButtonType(Messages.get("reset.confirm.save"), ButtonBar.ButtonData.OTHER);
        // Our own Cancel: JavaFX's is named once per JVM, in the language the system had at start.
        ButtonType cancel = new ButtonType(Messages.get("reset.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, lost(model), save, cancel, go);
        WindowDialogs.dress(alert, ownerNode, id);
        alert.setTitle(Messages.get(key + ".title"));
        alert.setHeaderText(Messages.get(key + ".header"));
        DialogPane pane = alert.getDialogPane();
        String goId = what == Drop.RESET ? ID + "-reset" : DROP_ID + "-proceed";
        ((Button) pane.lookupButton(go)).setId(goId);
        ((Button) pane.lookupButton(save)).setId(id + "-save");
        ((Button) pane.lookupButton(cancel)).setId(id + "-cancel");
        ((Button) pane.lookupButton(go)).setDefaultButton(false);
        ((Button) pane.lookupButton(cancel)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            if (chosen == go) {
                proceed.run();
            } else if (chosen == save) {
                saveModel.run();
            }
        });
        alert.show();
    }

    private static String keyOf(Drop what) {
        return what == Drop.RESET ? "reset.confirm" : "drop." + what.name().toLowerCase(Locale.ROOT);
    }

    /** "The model trained for 10 epochs (test accuracy 83.1%) …": what would be thrown away. */
    static String lost(CurrentModel model) {
        EpochMetrics last = model.lastEpoch();
        if (last == null) {
            return Messages.get("reset.confirm.lostPart");
        }
        return Messages.format("reset.confirm.lost", model.epochs().size(), last.testAccuracy());
    }
}
