package org.softmaxlab.ui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class LatestWinsTest {

    /** An executor that runs its tasks only when the test says so, in order. */
    private static final class Held implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.remove().run();
            }
        }
    }

    private final Held background = new Held();
    private final Held ui = new Held();
    private final LatestWins<String> latest = new LatestWins<>(background, ui);
    private final List<String> applied = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @Test
    void anErrorInTheWorkReachesTheFailureCallbackToo() {
        latest.submit(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, applied::add, e -> failed.add(e.getClass().getSimpleName() + ": " + e.getMessage()));
        background.runAll();
        ui.runAll();
        assertEquals(List.of("OutOfMemoryError: Java heap space"), failed);
        assertEquals(List.of(), applied);
    }

    @Test
    void aNewerRequestDropsTheAnswerOfAnOlderOne() {
        List<String> ran = new ArrayList<>();
        latest.submit(() -> {
            ran.add("first");
            return "first";
        }, applied::add, e -> failed.add(e.getMessage()));
        background.tasks.remove().run(); // the first finishes its work…
        latest.submit(() -> {
            ran.add("second");
            return "second";
        }, applied::add, e -> failed.add(e.getMessage()));
        background.runAll();
        ui.runAll(); // …but its answer arrives after the second was asked for
        assertEquals(List.of("first", "second"), ran);
        assertEquals(List.of("second"), applied);
    }

    @Test
    void workSupersededBeforeItStartsIsSkipped() {
        List<String> ran = new ArrayList<>();
        latest.submit(() -> {
            ran.add("first");
            return "first";
        }, applied::add, e -> failed.add(e.getMessage()));
        latest.submit(() -> {
            ran.add("second");
            return "second";
        }, applied::add, e -> failed.add(e.getMessage()));
        background.runAll();
        ui.runAll();
        assertEquals(List.of("second"), ran);
        assertEquals(List.of("second"), applied);
    }

    @Test
    void failuresArriveOnTheUiExecutorAndCancelDropsEverything() {
        latest.submit(() -> {
            throw new IllegalStateException("broken");
        }, applied::add, e -> failed.add(e.getMessage()));
        background.runAll();
        assertEquals(List.of(), failed, "not before the UI executor runs");
        ui.runAll();
        assertEquals(List.of("broken"), failed);

        latest.submit(() -> "late", applied::add, e -> failed.add(e.getMessage()));
        background.runAll();
        latest.cancel();
        ui.runAll();
        assertEquals(List.of(), applied);
    }
}
