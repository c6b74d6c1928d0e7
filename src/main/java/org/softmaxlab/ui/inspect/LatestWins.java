package org.softmaxlab.ui.inspect;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Background work where only the newest request matters (a gallery refresh after each epoch, the
 * weights of the latest pulse, the last picture dropped): each submission supersedes the ones
 * before it, and a superseded result is dropped instead of applied. Results and failures are
 * handed over on the UI executor, so the callbacks may touch properties.
 *
 * <p>Callers copy their inputs before submitting: the work runs on another thread and must not
 * read JavaFX properties.
 *
 * @param <T> the result of one piece of work
 */
public final class LatestWins<T> {

    private final Executor background;
    private final Executor ui;
    /** Written on the UI thread, read on the background thread to skip work that is already stale. */
    private volatile long generation;

    /**
     * @param background where the work runs (the app's executor; same-thread in tests)
     * @param ui         where results are applied ({@code Platform::runLater}; same-thread in tests)
     */
    public LatestWins(Executor background, Executor ui) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /**
     * Runs {@code work} in the background and hands its result to {@code apply} (or what it threw to
     * {@code failed}) on the UI thread, unless a newer submission or {@link #cancel()} came first.
     * Errors too ({@code OutOfMemoryError} from a huge picture): a view left saying "Reading…" forever
     * is worse than one that says what went wrong. Call on the UI thread.
     */
    public void submit(Callable<T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        long ticket = ++generation;
        try {
            background.execute(() -> run(ticket, work, apply, failed));
        } catch (RejectedExecutionException e) {
            // The executor is shut down: the window is closing, and nobody waits for the answer.
        }
    }

    /** Drops the answer of any work still running. Call on the UI thread. */
    public void cancel() {
        generation++;
    }

    private void run(long ticket, Callable<T> work, Consumer<T> apply, Consumer<Throwable> failed) {
        if (ticket != generation) {
            return; // superseded while it waited for a thread
        }
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            ui.execute(() -> {
                if (ticket == generation) {
                    failed.accept(e);
                }
            });
            return;
        }
        ui.execute(() -> {
            if (ticket == generation) {
                apply.accept(result);
            }
        });
    }
}
