package org.softmaxlab.ui.settings;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.softmaxlab.run.TrainedModel;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.WindowDialogs;
import org.softmaxlab.ui.run.TrainingViewModel;

/**
 * Reset asks first while it would throw a trained model away: the weights cannot be brought back
 * (the curves stay in the run list), so the dialog names what is lost and offers to save it.
 * With only curves and no model there is nothing to lose, and Reset acts at once.
 */
final class ResetConfirmation {

    /** The id of the dialog pane and of its buttons, for tests. */
    static final String ID = "reset-dialog";

    private final TrainingViewModel training;
    private final Runnable saveModel;

    /** @param saveModel opens the window's "Save model" dialog */
    ResetConfirmation(TrainingViewModel training, Runnable saveModel) {
        this.training = training;
        this.saveModel = saveModel;
    }

    /** Resets, after asking over {@code ownerNode}'s window if a trained model would be lost. Returns at once. */
    void resetAsking(Node ownerNode) {
        TrainedModel model = training.trainedModel();
        if (model == null || model.epochs().isEmpty()) {
            training.reset();
            return;
        }
        ButtonType reset = new ButtonType(Messages.get("reset.confirm.reset"), ButtonBar.ButtonData.OK_DONE);
        ButtonType save = new ButtonType(Messages.get("reset.confirm.save"), ButtonBar.ButtonData.OTHER);
        // Our own Cancel: JavaFX's is named once per JVM, in the language the system had at start.
        ButtonType cancel = new ButtonType(Messages.get("reset.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, lost(model), save, cancel, reset);
        WindowDialogs.dress(alert, ownerNode, ID);
        alert.setTitle(Messages.get("reset.confirm.title"));
        alert.setHeaderText(Messages.get("reset.confirm.header"));
        DialogPane pane = alert.getDialogPane();
        ((Button) pane.lookupButton(reset)).setId(ID + "-reset");
        ((Button) pane.lookupButton(save)).setId(ID + "-save");
        ((Button) pane.lookupButton(cancel)).setId(ID + "-cancel");
        ((Button) pane.lookupButton(reset)).setDefaultButton(false);
        ((Button) pane.lookupButton(cancel)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            if (chosen == reset) {
                training.reset();
            } else if (chosen == save) {
                saveModel.run();
            }
        });
        alert.show();
    }

    /** "The model trained for 10 epochs (test accuracy 83.1%) …": what Reset would throw away. */
    static String lost(TrainedModel model) {
        List<EpochMetrics> epochs = model.epochs();
        EpochMetrics last = epochs.get(epochs.size() - 1);
        return Messages.format("reset.confirm.lost", epochs.size(), last.testAccuracy());
    }
}
