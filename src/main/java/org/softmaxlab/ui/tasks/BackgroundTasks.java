package org.softmaxlab.ui.tasks;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The window's one service for work off the JavaFX thread (reading model files and pictures,
 * evaluating models, selecting gallery images, colouring weights, writing exports), in the spirit of
 * JabRef's TaskExecutor: a task is work plus what to do with its result and with its failure, both
 * called on the UI thread.
 *
 * <ul>
 *   <li>A failure always reaches a view: the task's own failure callback, or the window's
 *       {@link #setFailureView failure view} (the banner) for a task that gives none or whose
 *       callback itself fails. Errors too: an {@code OutOfMemoryError} from a huge picture is said,
 *       not left as a view saying "Reading…" forever.</li>
 *   <li>Every task can be {@link TaskHandle#cancel() cancelled}: its thread is interrupted (readers
 *       stop between chunks) and, once {@code cancel} has returned on the UI thread, neither of its
 *       callbacks runs.</li>
 *   <li>{@link NewestWins} is the policy "only the newest request's answer counts" (a gallery refresh
 *       per epoch, weights per pulse, the last picture or model file chosen).</li>
 *   <li>{@link #shutdown()} cancels everything still running; the threads are the app's daemon pool,
 *       which {@code Application.stop} shuts down.</li>
 * </ul>
 *
 * <p>Nothing here touches JavaFX: the UI executor is given ({@code Platform::runLater} in the window),
 * so tests run the service with executors they step by hand.
 */
public final class BackgroundTasks {

    private static final System.Logger LOG = System.getLogger(BackgroundTasks.class.getName());

    private final Executor workers;
    private final Executor ui;
    private final Set<Task<?>> running = ConcurrentHashMap.newKeySet();
    private volatile Consumer<Throwable> failureView = failure -> LOG.log(Level.ERROR,
            "background work failed before the window could show it", failure);
    private volatile boolean shutDown;

    /**
     * @param workers where the work runs: the app's daemon pool ({@code DaemonThreads.newBackgroundExecutor})
     * @param ui      where results and failures are handed over: {@code Platform::runLater}
     */
    public BackgroundTasks(Executor workers, Executor ui) {
        this.workers = Objects.requireNonNull(workers, "workers");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** Work and callbacks on the calling thread, one after the other: for view-model tests. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run);
    }

    /**
     * Where failures go that no task handles itself, and those thrown by a task's own callbacks: the
     * window's banner. Until it is set they are logged.
     */
    public void setFailureView(Consumer<Throwable> view) {
        failureView = Objects.requireNonNull(view, "view");
    }

    /**
     * Runs {@code work} in the background, then hands its result to {@code onSuccess}, or what it threw to
     * {@code onFailure}, on the UI thread, unless the task was cancelled first.
     *
     * @param <T> the work's result
     */
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>(Objects.requireNonNull(work, "work"), onSuccess, onFailure);
        if (shutDown) {
            task.cancel(); // the window is closing: nobody waits for the answer
            return task;
        }
        running.add(task);
        try {
            workers.execute(task.future);
        } catch (RejectedExecutionException e) {
            // The pool is shut down: the app is ending.
            task.cancel();
        }
        return task;
    }

    /** As {@link #run(Callable, Consumer, Consumer)}, a failure said by the window's failure view. */
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess) {
        return run(work, onSuccess, this::showFailure);
    }

    /**
     * Follows work that runs on threads of its own (the data loading's and the downloads' futures): the
     * task is made first and handed to {@code start}, which begins the work and may check
     * {@link TaskHandle#isCancelled()} before passing on progress; the work's result then goes to
     * {@code onSuccess}, or what it failed with (as the future has it, a {@code CompletionException}
     * around the cause) to {@code onFailure}, on the UI thread, unless the task was cancelled first.
     * Cancelling drops the answer; the work itself goes on unless it listens for that.
     *
     * @param <T> the work's result
     */
    public <T> TaskHandle follow(Function<TaskHandle, ? extends CompletionStage<T>> start,
                                 Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>(null, onSuccess, onFailure);
        if (shutDown) {
            task.cancel();
            return task;
        }
        running.add(task);
        CompletionStage<T> stage;
        try {
            stage = Objects.requireNonNull(start.apply(task), "the work's future");
        } catch (RuntimeException | Error failure) {
            task.followed = CompletableFuture.completedFuture(null);
            task.deliver(() -> onFailure.accept(failure));
            return task;
        }
        task.followed = stage.toCompletableFuture();
        stage.whenComplete((result, failure) -> {
            if (failure == null) {
                task.deliver(() -> onSuccess.accept(result));
            } else {
                task.deliver(() -> onFailure.accept(failure));
            }
        });
        return task;
    }

    /**
     * Hands {@code update} (progress of {@code task}'s work) to the UI thread, where it runs unless the
     * task was cancelled by then: a superseded request's progress is never shown.
     */
    public void progress(TaskHandle task, Runnable update) {
        Objects.requireNonNull(update, "update");
        if (task.isCancelled()) {
            return;
        }
        try {
            ui.execute(() -> {
                if (!task.isCancelled()) {
                    update.run();
                }
            });
        } catch (RuntimeException closing) {
            // The UI thread is gone: nobody is left to see the progress.
        }
    }

    /** A lane of tasks where each one submitted cancels the one before: only the newest answer counts. */
    public <T> NewestWins<T> newestWins() {
        return new NewestWins<>(this);
    }

    /** Cancels every task still running; later ones are cancelled as they are submitted. For closing the window. */
    public void shutdown() {
        shutDown = true;
        running.forEach(Task::cancel);
    }

    /** How many tasks have been submitted and neither delivered nor cancelled yet. */
    public int runningCount() {
        return running.size();
    }

    private void showFailure(Throwable failure) {
        failureView.accept(failure);
    }

    /** One piece of work, its callbacks, and whether it was cancelled. */
    private final class Task<T> implements TaskHandle {

        private final Callable<T> work;
        private final Consumer<? super T> onSuccess;
        private final Consumer<Throwable> onFailure;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final FutureTask<Void> future = new FutureTask<>(this::execute, null);
        /** The work followed ({@link #follow}), or null for work run here. */
        private volatile CompletableFuture<?> followed;

        /** @param work what to run on a worker, or null for work that is {@linkplain #follow followed} */
        Task(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            this.work = work;
            this.onSuccess = Objects.requireNonNull(onSuccess, "onSuccess");
            this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
        }

        private void execute() {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                // Throwable: an Error (out of memory, a native library's) must reach a view as well.
                deliver(() -> onFailure.accept(failure));
                return;
            }
            deliver(() -> onSuccess.accept(result));
        }

        private void deliver(Runnable callback) {
            if (cancelled.get()) {
                return; // what a cancelled task threw is its interruption, not news
            }
            try {
                ui.execute(() -> {
                    running.remove(this);
                    if (cancelled.get()) {
                        return;
                    }
                    try {
                        callback.run();
                    } catch (RuntimeException | Error bug) {
                        showFailure(bug);
                    }
                });
            } catch (RuntimeException closing) {
                // The UI thread is gone (the toolkit exited): the window that would show this is closed.
                running.remove(this);
            }
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                future.cancel(true);
                running.remove(this);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public boolean isDone() {
            if (work != null || cancelled.get()) {
                return future.isDone() || cancelled.get();
            }
            CompletableFuture<?> elsewhere = followed;
            return elsewhere != null && elsewhere.isDone();
        }
    }
}
