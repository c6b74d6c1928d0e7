package org.softmaxlab.ui.inspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyStringProperty;
import org.softmaxlab.ui.LocalizedText;

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

    private final Executor background;
    private final Executor ui;
    private final LocalizedText message = new LocalizedText(this, "message");

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
        message.say("export.saving", name);
        try {
            background.execute(() -> {
                // The outcome is said on the UI thread, in the language spoken there.
                Runnable show;
                try {
                    writer.write(target);
                    show = () -> message.say("export.saved", target);
                } catch (IOException | RuntimeException | OutOfMemoryError e) {
                    String why = reason(e);
                    show = () -> message.say("export.failed", name, why);
                }
                ui.execute(show);
            });
        } catch (RejectedExecutionException e) {
            message.say("export.failed", name, reason(e));
        }
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
