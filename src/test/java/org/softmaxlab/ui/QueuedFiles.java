package org.softmaxlab.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;
import org.softmaxlab.ui.files.FileKind;
import org.softmaxlab.ui.files.FilePicker;

/**
 * File dialogs for window tests, which cannot click a real one headless: each dialog is answered
 * with the next queued path, or "cancelled" when none is.
 */
public final class QueuedFiles implements FilePicker {

    /** The answers of the dialogs to come, first first. */
    public final Deque<Path> next = new ArrayDeque<>();

    @Override
    public Optional<Path> chooseSave(Window owner, FileKind kind, String suggestedName) {
        return Optional.ofNullable(next.poll());
    }

    @Override
    public Optional<Path> chooseOpen(Window owner, FileKind kind) {
        return Optional.ofNullable(next.poll());
    }
}
