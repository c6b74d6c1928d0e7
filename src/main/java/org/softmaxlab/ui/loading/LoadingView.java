package org.softmaxlab.ui.loading;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.stage.DirectoryChooser;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;

/**
 * The card over the chart area while the data loads, with progress; on failure it shows what went
 * wrong and the ways out (install the package, choose a folder, retry, download from the official
 * mirror or another one). Hidden once loaded.
 */
public final class LoadingView {

    private final LoadingViewModel viewModel;
    private final Parent root;

    /** The FXML's root, the same node as {@link #root}; injected before {@link #initialize} runs. */
    @FXML
    private Parent overlay;
    @FXML
    private Label title;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label message;
    @FXML
    private Pane failureHelp;
    @FXML
    private Button chooseFolder;
    @FXML
    private Button retry;
    @FXML
    private Button download;
    @FXML
    private Button cancelDownload;
    @FXML
    private Label mirrorHint;
    @FXML
    private TextField mirror;
    @FXML
    private Label mirrorProblem;

    /** Loads the loading card and binds it to {@code viewModel}. */
    public LoadingView(LoadingViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Resources.loadFxml("loading/LoadingView.fxml", this);
    }

    /** The overlay node. */
    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var phase = viewModel.phaseProperty();
        var failed = phase.isEqualTo(LoadingViewModel.Phase.FAILED);
        var downloading = phase.isEqualTo(LoadingViewModel.Phase.DOWNLOADING);
        overlay.visibleProperty().bind(phase.isNotEqualTo(LoadingViewModel.Phase.READY));
        title.textProperty().bind(Bindings.when(failed)
                .then(Messages.get("loading.failedTitle"))
                .otherwise(Bindings.when(downloading)
                        .then(Messages.get("loading.downloadTitle"))
                        .otherwise(Messages.get("loading.title"))));
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(failed.not());
        progress.managedProperty().bind(progress.visibleProperty());
        message.textProperty().bind(viewModel.messageProperty());
        failureHelp.visibleProperty().bind(failed);
        failureHelp.managedProperty().bind(failed);
        chooseFolder.setOnAction(e -> chooseFolder());
        retry.setOnAction(e -> viewModel.retry());
        download.visibleProperty().bind(viewModel.canDownloadProperty());
        download.managedProperty().bind(download.visibleProperty());
        download.setOnAction(e -> viewModel.download());
        // Another mirror, as the command line's --mirror: offered with Download, checked as it is typed.
        mirror.textProperty().bindBidirectional(viewModel.mirrorProperty());
        mirror.setOnAction(e -> viewModel.download());
        for (var node : new javafx.scene.Node[] {mirrorHint, mirror}) {
            node.visibleProperty().bind(viewModel.canDownloadProperty());
            node.managedProperty().bind(node.visibleProperty());
        }
        var badMirror = viewModel.mirrorProblemProperty().isNotEmpty();
        mirrorProblem.textProperty().bind(viewModel.mirrorProblemProperty());
        mirrorProblem.visibleProperty().bind(badMirror.and(viewModel.canDownloadProperty()));
        mirrorProblem.managedProperty().bind(mirrorProblem.visibleProperty());
        download.disableProperty().bind(badMirror);
        cancelDownload.visibleProperty().bind(downloading);
        cancelDownload.managedProperty().bind(downloading);
        cancelDownload.setOnAction(e -> viewModel.cancelDownload());
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("loading.chooseTitle"));
        Path current = viewModel.directoryProperty().get();
        if (current != null && Files.isDirectory(current)) {
            chooser.setInitialDirectory(current.toFile());
        }
        File chosen = chooser.showDialog(root.getScene().getWindow());
        if (chosen != null) {
            viewModel.chooseDirectory(chosen.toPath());
        }
    }
}
