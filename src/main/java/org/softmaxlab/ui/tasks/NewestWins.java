package org.softmaxlab.ui.tasks;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The policy "only the newest request counts", for work asked for again before it answers (the
 * gallery after each epoch and each filter change, the weights at each pulse, the last picture or
 * model file chosen): each submission cancels the one before it, so a superseded answer is never
 * applied and, when the work checks for interrupts, stops being computed. Use on the UI thread.
 *
 * @param <T> the work's result
 */
public final class NewestWins<T> {

    private final BackgroundTasks tasks;
    private TaskHandle current;

    NewestWins(BackgroundTasks tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /** Cancels the previous request and runs this one as {@link BackgroundTasks#run(Callable, Consumer, Consumer)}. */
    public TaskHandle submit(Callable<T> work, Consumer<? super T> apply, Consumer<Throwable> failed) {
        cancel();
        TaskHandle task = tasks.run(work, apply, failed);
        current = task;
        return task;
    }

    /** As {@link #submit(Callable, Consumer, Consumer)}, a failure said by the window's failure view. */
    public TaskHandle submit(Callable<T> work, Consumer<? super T> apply) {
        cancel();
        TaskHandle task = tasks.run(work, apply);
        current = task;
        return task;
    }

    /**
     * Cancels the previous request and follows this one as {@link BackgroundTasks#follow}: work that
     * runs on threads of its own, whose progress {@code start} passes on only while its task is not
     * {@linkplain TaskHandle#isCancelled() cancelled}, that is while it is the newest request.
     *
     * @param <R> the work's result (a lane may mix kinds of request: a download, then the load after it)
     */
    public <R> TaskHandle follow(Function<TaskHandle, ? extends CompletionStage<R>> start,
                                 Consumer<? super R> apply, Consumer<Throwable> failed) {
        cancel();
        TaskHandle task = tasks.follow(start, apply, failed);
        current = task;
        return task;
    }

    /** Drops the newest request's answer, and stops its work if it can. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    /** Whether a request was submitted and has not answered, failed or been cancelled. */
    public boolean busy() {
        return current != null && !current.isDone();
    }
}
