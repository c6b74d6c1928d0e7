package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.softmaxlab.run.RunPhase;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.SoftmaxRegression;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.numerics.OverflowDemo;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.runs.RunRow;
import org.softmaxlab.ui.runs.RunsViewModel;
import org.softmaxlab.ui.status.StatusViewModel;

/**
 * Every transition of the session (issue 20): each phase × each command a teacher has, then what the
 * views say. The session's phase must be the one in the table, and the status bar, the banner, the
 * run list and the drop question must agree with it (see {@link #viewsAgreeWith}). The trainer is
 * played by hand ({@link FakeRunner}).
 */
class SessionTransitionTableTest {

    enum Command { START, SPACE, S, E, ESC, RESET, OPEN_MODEL, MODEL_SWITCH, OVERFLOW_DEMO, LANGUAGE, QUIT }

    private static final RunPhase I = RunPhase.IDLE;
    private static final RunPhase R = RunPhase.RUNNING;
    private static final RunPhase P = RunPhase.PAUSED;
    private static final RunPhase T = RunPhase.STEPPING;
    private static final RunPhase X = RunPhase.STOPPING;
    private static final RunPhase O = RunPhase.STOPPED;
    private static final RunPhase F = RunPhase.FINISHED;
    private static final RunPhase D = RunPhase.DIVERGED;

    /** From each phase, the phase after each command, in {@link Command}'s order. */
    private static final Map<RunPhase, RunPhase[]> TABLE = new EnumMap<>(RunPhase.class);

    static {
        //                    START SPACE S  E  ESC RESET OPEN SWITCH DEMO LANG QUIT
        TABLE.put(I, new RunPhase[] {R, I, T, T, I, I, I, R, R, I, I});
        TABLE.put(R, new RunPhase[] {R, P, R, R, X, R, R, R, R, R, R});
        TABLE.put(P, new RunPhase[] {P, R, T, T, X, P, P, P, P, P, P});
        TABLE.put(T, new RunPhase[] {T, R, T, T, X, T, T, T, T, T, T});
        TABLE.put(O, new RunPhase[] {R, O, T, T, O, I, I, R, R, O, O});
        TABLE.put(F, new RunPhase[] {R, F, T, T, F, I, I, R, R, F, F});
        TABLE.put(D, new RunPhase[] {R, D, T, T, D, I, I, R, R, D, D});
    }

    /** Whether the drop question is due: training no file holds would be lost. */
    private static boolean asks(RunPhase from, Command command) {
        boolean unsaved = from == O || from == F;
        return unsaved && (command == Command.OPEN_MODEL || command == Command.MODEL_SWITCH || command == Command.QUIT);
    }

    static Stream<Arguments> transitions() {
        List<Arguments> all = new ArrayList<>();
        for (Map.Entry<RunPhase, RunPhase[]> row : TABLE.entrySet()) {
            for (Command command : Command.values()) {
                all.add(Arguments.of(row.getKey(), command, row.getValue()[command.ordinal()]));
            }
        }
        return all.stream();
    }

    private final StatusViewModel status = new StatusViewModel();
    private final TrainingViewModel vm = new TrainingViewModel(status);
    private final RunsViewModel runs = new RunsViewModel();
    private final FakeRunner runner = new FakeRunner();
    private final Queue<Runnable> later = new ArrayDeque<>();
    private final OverflowDemo demo;
    private final SoftmaxRegression model = SoftmaxRegression.initialized(0.01, 1);
    private final List<TrainingViewModel.Drop> asked = new ArrayList<>();
    private boolean quit;

    SessionTransitionTableTest() {
        vm.addRunObserver(runs);
        demo = new OverflowDemo(vm, runs, later::add);
        vm.setDropGuard((what, current, proceed) -> {
            asked.add(what);
            proceed.run(); // the teacher answers yes
        });
        status.dataReady(60_000, 10_000, "CPU", 1);
        vm.dataReady(runner);
    }

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    /** Brings the session to {@code phase} the way a teacher would. */
    private void reach(RunPhase phase) {
        vm.settings().textProperty(Field.EPOCHS).set("3");
        switch (phase) {
            case IDLE -> { }
            case RUNNING -> running();
            case PAUSED -> {
                running();
                vm.togglePause();
                vm.drain();
            }
            case STEPPING -> {
                running();
                vm.togglePause();
                vm.drain();
                vm.step();
                vm.drain(); // the fake trainer has not taken the step: still stepping
            }
            case STOPPED -> {
                running();
                vm.stop();
                runner.finished(RunOutcome.Status.CANCELLED, new org.softmaxlab.train.EndReason.Stopped(1, 3), model);
                vm.drain();
            }
            case FINISHED -> {
                running();
                runner.batches(2, 4, 10);
                runner.epochEnd(2, 0.8);
                runner.epoch(3, 0.82);
                runner.finished(RunOutcome.Status.COMPLETED, null, model);
                vm.drain();
            }
            case DIVERGED -> {
                running();
                runner.finished(RunOutcome.Status.DIVERGED, new Divergence(1, 4, Divergence.Symptom.LOSS_NAN,
                        Divergence.Cause.UNKNOWN, 5, Divergence.Advice.SMALLER_LEARNING_RATE), null);
                vm.drain();
            }
            default -> throw new IllegalArgumentException(phase.name());
        }
        assertEquals(phase, vm.phaseProperty().get(), "reached " + phase);
    }

    /** A run of 3 epochs, 10 batches each: epoch 1 trained, 3 batches of epoch 2. */
    private void running() {
        vm.start();
        runner.started(10);
        runner.epoch(1, 0.7);
        runner.batches(2, 3);
        for (int i = 0; i < PendingCurves.DRAINS_PER_REDRAW; i++) {
            vm.drain();
        }
    }

    private void apply(Command command) {
        switch (command) {
            case START -> vm.start();
            case SPACE -> vm.togglePause();
            case S -> vm.step();
            case E -> vm.stepEpoch();
            case ESC -> vm.stop();
            case RESET -> vm.reset();
            case OPEN_MODEL -> vm.confirmDrop(TrainingViewModel.Drop.OPEN, () -> vm.openModel(
                    TrainConfig.DEFAULTS, List.of(), SoftmaxRegression.initialized(0.01, 7)));
            case MODEL_SWITCH -> {
                vm.settings().modelKindProperty().set(ModelSpec.Kind.MLP);
                vm.start();
            }
            case OVERFLOW_DEMO -> demo.start();
            case LANGUAGE -> {
                Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
                vm.relocalize();
                status.relocalize();
                runs.relocalize();
            }
            case QUIT -> vm.confirmDrop(TrainingViewModel.Drop.QUIT, () -> quit = true);
            default -> throw new IllegalArgumentException(command.name());
        }
        vm.drain();
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("transitions")
    void everyTransitionAndWhatTheViewsThenSay(RunPhase from, Command command, RunPhase expected) {
        reach(from);
        asked.clear();
        apply(command);
        assertEquals(expected, vm.phaseProperty().get(), from + " × " + command);
        assertEquals(RunState.of(expected), vm.stateProperty().get());
        assertEquals(asks(from, command) ? 1 : 0, asked.size(), "the drop question, " + from + " × " + command);
        if (command == Command.QUIT) {
            assertEquals(true, quit, "Quit goes on (after the question when one is due)");
        }
        viewsAgreeWith(expected, command == Command.LANGUAGE);
    }

    /** The status bar, the banner and the run list say what the phase is, and nothing else. */
    private void viewsAgreeWith(RunPhase phase, boolean chinese) {
        String text = status.textProperty().get();
        String prefix = switch (phase) {
            case IDLE -> chinese ? "就绪" : "Ready";
            case RUNNING -> chinese ? "迭代周期" : "Epoch";
            case PAUSED -> chinese ? "已暂停" : "Paused";
            case STEPPING -> chinese ? "单步训练中" : "Stepping";
            case STOPPING -> chinese ? "正在停止" : "Stopping…";
            case STOPPED -> chinese ? "已停止" : "Stopped";
            case FINISHED -> chinese ? "已完成" : "Finished";
            case DIVERGED -> chinese ? "已发散" : "Diverged";
            default -> throw new IllegalArgumentException(phase.name());
        };
        boolean fresh = phase == RunPhase.RUNNING || phase == RunPhase.STEPPING;
        assertTrue(text.startsWith(prefix) || (fresh && text.startsWith(chinese ? "开始" : "Starting")),
                "status bar in " + phase + ": " + text);
        if (phase == RunPhase.IDLE) {
            assertEquals("", status.speedProperty().get(), "no speed of an old run");
            assertEquals("", status.timeProperty().get(), "no time of an old run");
        }
        if (phase.isActive()) {
            assertNull(vm.noticeProperty().get() == null || isDemoNotice() ? null : vm.noticeProperty().get(),
                    "no notice of an old run while one trains");
        }
        if (phase == RunPhase.FINISHED || phase == RunPhase.STOPPED || phase == RunPhase.DIVERGED) {
            assertNotNull(vm.noticeProperty().get(), "the banner says how the run ended");
        }
        RunRow live = runs.rows().stream().filter(RunRow::live).findFirst().orElse(null);
        if (live != null) {
            String training = chinese ? "训练中" : "training…";
            String paused = chinese ? "已暂停" : "paused";
            boolean trains = phase == RunPhase.RUNNING || phase == RunPhase.STEPPING;
            assertEquals(trains, live.result().startsWith(training),
                    "run list in " + phase + ": " + live.result());
            assertEquals(phase == RunPhase.STOPPING, live.result().startsWith(chinese ? "正在停止" : "stopping…"),
                    "run list in " + phase + ": " + live.result());
            assertEquals(phase == RunPhase.PAUSED, live.result().startsWith(paused),
                    "run list in " + phase + ": " + live.result());
        }
    }

    private boolean isDemoNotice() {
        return vm.noticeProperty().get() != null && vm.noticeProperty().get().title().equals(Messages.get("overflow.step1.title"));
    }
}
