package org.softmaxlab.ui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.softmaxlab.run.DaemonThreads;

/**
 * The background-task service without JavaFX: the work on real daemon threads or on an executor the
 * test steps, the UI thread as a queue the test drains (as the JavaFX thread drains runLater). The
 * timeout only keeps a broken cancellation from hanging the build.
 */
@Timeout(60)
class BackgroundTasksTest {

    /** Runs its tasks only when the test says so, in order. */
    private static final class Held implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runNext() {
            tasks.remove().run();
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove().run();
            }
        }
    }

    /** The UI thread: callbacks queue here from any thread and run when the test drains them. */
    private static final class UiQueue implements Executor {
        final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
        final List<Thread> ranOn = new ArrayList<>();

        @Override
        public void execute(Runnable task) {
            queue.add(task);
        }

        /** Waits for the next callback and runs it here. */
        void runNext() throws InterruptedException {
            Runnable next = queue.poll(30, TimeUnit.SECONDS);
            assertTrue(next != null, "a callback arrives");
            ranOn.add(Thread.currentThread());
            next.run();
        }

        void runQueued() {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
        }
    }

    private final ExecutorService pool = DaemonThreads.newBackgroundExecutor();
    private final UiQueue ui = new UiQueue();
    private final List<String> shown = new ArrayList<>();

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void resultsAreHandedToTheUiThreadNotTheWorker() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(pool, ui);
        List<Thread> workedOn = new ArrayList<>();
        tasks.run(() -> {
            workedOn.add(Thread.currentThread());
            return "answer";
        }, shown::add, e -> shown.add("failed"));
        ui.runNext();
        assertEquals(List.of("answer"), shown);
        assertTrue(workedOn.get(0).isDaemon(), "a daemon: it cannot keep the JVM alive");
        assertTrue(workedOn.get(0).getName().startsWith("softmaxlab-background-"), workedOn.get(0).getName());
        assertEquals(Thread.currentThread(), ui.ranOn.get(0));
        assertEquals(0, tasks.runningCount());
    }

    @Test
    void callbacksComeInTheOrderTheWorkFinished() {
        Held workers = new Held();
        Held uiThread = new Held();
        BackgroundTasks tasks = new BackgroundTasks(workers, uiThread);
        tasks.run(() -> "first asked", shown::add);
        tasks.run(() -> "second asked", shown::add);
        workers.tasks.add(workers.tasks.remove()); // the second asked finishes first
        workers.runAll();
        uiThread.runAll();
        assertEquals(List.of("second asked", "first asked"), shown, "both are delivered: neither is newest-wins");
    }

    @Test
    void aFailureReachesTheTaskOrElseTheFailureView() {
        BackgroundTasks tasks = BackgroundTasks.sameThread();
        tasks.setFailureView(e -> shown.add("banner: " + e.getMessage()));
        tasks.run(() -> {
            throw new java.io.IOException("disk full");
        }, r -> shown.add("ok"), e -> shown.add("own: " + e.getMessage()));
        tasks.run(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, r -> shown.add("ok"));
        tasks.run(() -> "fine", r -> {
            throw new IllegalStateException("a bug in the callback");
        });
        assertEquals(List.of("own: disk full", "banner: Java heap space", "banner: a bug in the callback"), shown);
    }

    @Test
    void aCancelledTaskIsInterruptedAndNeverAnswers() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(pool, ui);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        TaskHandle handle = tasks.run(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
            return "too late";
        }, shown::add, e -> shown.add("failed: " + e));
        started.await();
        handle.cancel();
        assertTrue(interrupted.await(30, TimeUnit.SECONDS), "the work is interrupted");
        assertTrue(handle.isCancelled());
        // Nothing was queued for the UI: neither the answer nor the interruption as a failure.
        tasks.run(() -> "after", shown::add);
        ui.runNext();
        assertEquals(List.of("after"), shown);
        assertEquals(0, tasks.runningCount());
    }

    @Test
    void anAnswerAlreadyOnItsWayIsDroppedWhenCancelledBeforeItIsHandedOver() {
        Held workers = new Held();
        Held uiThread = new Held();
        BackgroundTasks tasks = new BackgroundTasks(workers, uiThread);
        TaskHandle handle = tasks.run(() -> "stale", shown::add);
        workers.runAll(); // done, its callback queued on the UI thread
        handle.cancel(); // the user moved on first
        uiThread.runAll();
        assertEquals(List.of(), shown);
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRuns() {
        Held workers = new Held();
        BackgroundTasks tasks = new BackgroundTasks(workers, Runnable::run);
        List<String> ran = new ArrayList<>();
        TaskHandle handle = tasks.run(() -> ran.add("work"), r -> shown.add("answer"));
        handle.cancel();
        workers.runAll();
        assertEquals(List.of(), ran);
        assertEquals(List.of(), shown);
    }

    @Test
    void theNewestRequestWinsHoweverTheAnswersArrive() {
        Held workers = new Held();
        Held uiThread = new Held();
        BackgroundTasks tasks = new BackgroundTasks(workers, uiThread);
        NewestWins<String> lane = tasks.newestWins();
        lane.submit(() -> "epoch 1", shown::add, e -> shown.add("failed"));
        workers.runNext(); // epoch 1's answer is on its way…
        lane.submit(() -> "epoch 2", shown::add, e -> shown.add("failed"));
        lane.submit(() -> "epoch 3", shown::add, e -> shown.add("failed"));
        workers.runAll(); // epoch 2 was cancelled before it ran; epoch 3 answers
        uiThread.runAll(); // …and arrives after epoch 3 was asked for
        assertEquals(List.of("epoch 3"), shown);

        lane.submit(() -> {
            throw new IllegalStateException("superseded failure");
        }, shown::add, e -> shown.add("failed"));
        workers.runAll();
        lane.submit(() -> "epoch 4", shown::add, e -> shown.add("failed"));
        workers.runAll();
        uiThread.runAll();
        assertEquals(List.of("epoch 3", "epoch 4"), shown, "a superseded failure is dropped too");
    }

    @Test
    void newestWinsCancelStopsTheLastRequest() {
        Held workers = new Held();
        Held uiThread = new Held();
        NewestWins<String> lane = new BackgroundTasks(workers, uiThread).newestWins();
        lane.submit(() -> "picture", shown::add);
        assertTrue(lane.busy());
        lane.cancel();
        workers.runAll();
        uiThread.runAll();
        assertEquals(List.of(), shown);
        assertFalse(lane.busy());
    }

    @Test
    void shutdownCancelsWhatRunsAndRefusesWhatComes() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(pool, ui);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        tasks.run(() -> {
            started.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "x";
        }, shown::add);
        started.await();
        tasks.shutdown();
        assertTrue(interrupted.await(30, TimeUnit.SECONDS));
        TaskHandle late = tasks.run(() -> "late", shown::add);
        assertTrue(late.isCancelled());
        ui.runQueued();
        assertEquals(List.of(), shown);
    }
}
