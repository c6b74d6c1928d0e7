package org.softmaxlab.ui.files;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file to open or save. The app shows file dialogs; tests answer at once. */
public interface FilePicker {

    /** The file to save a {@code kind} to, suggesting {@code suggestedName}; empty if cancelled. */
    Optional<Path> chooseSave(Window owner, FileKind kind, String suggestedName);

    /** The {@code kind} file to open; empty if cancelled. */
    Optional<Path> chooseOpen(Window owner, FileKind kind);
}
