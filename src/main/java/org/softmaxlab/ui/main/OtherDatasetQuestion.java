package org.softmaxlab.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.WindowDialogs;
import org.softmaxlab.ui.files.ModelFileText;
import org.softmaxlab.ui.files.ModelFilesViewModel;
import org.softmaxlab.ui.inspect.WindowDataset;

/**
 * A model file made for another data set than the window's: when that data set is known (read in
 * this session, or one of the MNIST family by name), the window asks whether to switch to it and then
 * open the model; Switch reads it in the background (the chooser shows the progress) and opens the
 * model once it is there, Keep changes nothing. When it is not known, the banner says which classes
 * and image shape the model needs and how to open such a data set.
 */
final class OtherDatasetQuestion implements ModelFilesViewModel.OtherDataset {

    /** The dialog pane's id; its buttons are {@code -switch} and {@code -keep} after it. For tests. */
    static final String ID = "other-dataset-dialog";

    private final DatasetSwitch datasets;
    private final Function<String, String> displayName;
    private final java.util.function.Supplier<String> currentName;
    private final ModelFilesViewModel files;
    private final Node owner;

    /**
     * @param displayName names a data-set choice as the chooser does
     * @param currentName the data set open now, by name
     */
    OtherDatasetQuestion(DatasetSwitch datasets, Function<String, String> displayName,
                         java.util.function.Supplier<String> currentName, ModelFilesViewModel files, Node owner) {
        this.datasets = datasets;
        this.displayName = displayName;
        this.currentName = currentName;
        this.files = files;
        this.owner = owner;
    }

    @Override
    public void madeForOtherData(Path file, DatasetSignature made, Runnable open) {
        Optional<String> choice = datasets.choiceFor(made);
        if (choice.isEmpty()) {
            files.sayOtherDataset(file, made);
            return;
        }
        String target = displayName.apply(choice.get());
        String now = currentName.get();
        ButtonType change = new ButtonType(Messages.format("model.otherDataset.switch", target),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(Messages.format("model.otherDataset.keep", now),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        DatasetSignature shown = WindowDataset.current();
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("model.otherDataset.detail",
                String.valueOf(file.getFileName()), target, made.classCount(), ModelFileText.shape(made.shape()),
                ModelFileText.classNames(made), now, shown.classCount(), ModelFileText.shape(shown.shape())),
                keep, change);
        WindowDialogs.dress(alert, owner, ID);
        alert.setTitle(Messages.get("model.otherDataset.title"));
        alert.setHeaderText(Messages.format("model.otherDataset.header", String.valueOf(file.getFileName()), target));
        DialogPane pane = alert.getDialogPane();
        ((Button) pane.lookupButton(change)).setId(ID + "-switch");
        ((Button) pane.lookupButton(keep)).setId(ID + "-keep");
        // Enter keeps: switching reads a whole data set, so it is chosen, not fallen into.
        ((Button) pane.lookupButton(change)).setDefaultButton(false);
        ((Button) pane.lookupButton(keep)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            if (alert.getResult() == change) {
                // Open model asked about the unsaved model before the file was chosen: not again.
                datasets.chooseThen(choice.get(), true, open);
            }
        });
        alert.show();
    }
}
