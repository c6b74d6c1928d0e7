package org.softmaxlab.ui.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.softmaxlab.ui.Messages;

/**
 * Writes an export file in the background and says how it went in one line ("Saved …", "Could not
 * save …: reason"), so that a large contact sheet never freezes the window and a failed write is
 * never silent. The writer itself does the atomic write.
 */
public final class FileExport {

    /** Writes one file; everything it needs is copied before it runs. */
    @FunctionalInterface
    public interface Writer {
        void write(Path target) throws IOException;
    }

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /**
     * @param background where files are written
     * @param ui         where the message is updated
     */
    public FileExport(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Writes {@code target} with {@code writer} in the background. Call on the UI thread. */
    public void run(Path target, Writer writer) {
        String name = String.valueOf(target.getFileName());
        message.set(Messages.format("export.saving", name));
        try {
            background.execute(() -> {
                String result;
                try {
                    writer.write(target);
                    result = Messages.format("export.saved", target);
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    result = Messages.format("export.failed", name, reason(e));
                }
                String shown = result;
                ui.execute(() -> message.set(shown));
            });
        } catch (RejectedExecutionException e) {
            message.set(Messages.format("export.failed", name, e.getMessage()));
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** How the last export went, or empty before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
