package org.softmaxlab.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.softmaxlab.ui.Messages;

/**
 * File dialogs of the operating system. Each opens in the folder last used this session (models and
 * images alike: a class keeps both in one place), else the user's home.
 */
public final class SystemFilePicker implements FilePicker {

    private Path lastFolder;

    @Override
    public Optional<Path> chooseSave(Window owner, FileKind kind, String suggestedName) {
        FileChooser chooser = chooser(kind, "files.saveTitle." + kind.name().toLowerCase(java.util.Locale.ROOT));
        chooser.setInitialFileName(suggestedName);
        if (kind.extensions().size() > 1) {
            // One filter per format as well, so that choosing "ONNX (*.onnx)" and typing a bare name saves
            // an ONNX file: the dialog itself adds no extension.
            for (String extension : kind.extensions()) {
                chooser.getExtensionFilters().add(chooser.getExtensionFilters().size() - 1,
                        new FileChooser.ExtensionFilter(Messages.get(kind.filterKey() + extension), "*" + extension));
            }
        }
        return remember(chooser.showSaveDialog(owner)).map(path -> withChosenExtension(path, chooser));
    }

    @Override
    public Optional<Path> chooseOpen(Window owner, FileKind kind) {
        FileChooser chooser = chooser(kind, "files.openTitle." + kind.name().toLowerCase(java.util.Locale.ROOT));
        return remember(chooser.showOpenDialog(owner));
    }

    private FileChooser chooser(FileKind kind, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get(kind.filterKey()),
                        kind.extensions().stream().map(extension -> "*" + extension).toList()),
                new FileChooser.ExtensionFilter(Messages.get("files.filter.all"), "*"));
        Path start = lastFolder != null && Files.isDirectory(lastFolder) ? lastFolder
                : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return chooser;
    }

    /** {@code path}, with the extension of the filter chosen in the dialog when its name has none. */
    private static Path withChosenExtension(Path path, FileChooser chooser) {
        FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
        String name = String.valueOf(path.getFileName());
        if (name.contains(".") || filter == null || filter.getExtensions().size() != 1
                || !filter.getExtensions().get(0).startsWith("*.")) {
            return path;
        }
        return path.resolveSibling(name + filter.getExtensions().get(0).substring(1));
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        lastFolder = path.toAbsolutePath().getParent();
        return Optional.of(path);
    }
}
