package org.softmaxlab.ui.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import org.softmaxlab.ui.LocalizedText;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/**
 * Writes an export file in the background and says how it went in one line ("Saved …", "Could not
 * save …: reason"), so that a large contact sheet never freezes the window and a failed write is
 * never silent. The writer itself does the atomic write. The line keeps how it was made, so
 * {@link #relocalize()} says it again in another language.
 */
public final class FileExport {

    /** Writes one file; everything it needs is copied before it runs. */
    @FunctionalInterface
    public interface Writer {
        void write(Path target) throws IOException;
    }

    private final BackgroundTasks tasks;
    private final LocalizedText message = new LocalizedText(this, "message");

    /** @param tasks where files are written */
    public FileExport(BackgroundTasks tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Writes {@code target} with {@code writer} in the background. Call on the UI thread. */
    public void run(Path target, Writer writer) {
        String name = String.valueOf(target.getFileName());
        message.say("export.saving", name);
        // The outcome is said on the UI thread, in the language spoken there.
        tasks.run(() -> {
            writer.write(target);
            return target;
        }, written -> message.say("export.saved", written), failure -> message.say("export.failed", name,
                reason(failure)));
    }

    private static String reason(Throwable e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Says the message again in the language {@link org.softmaxlab.ui.Messages} speaks now. */
    public void relocalize() {
        message.relocalize();
    }

    /** How the last export went, or empty before the first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.property();
    }
}
