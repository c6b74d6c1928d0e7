package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.SoftmaxRegression;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.status.StatusViewModel;

/** After a language switch the view-models say what they said before, in the other language, with their state kept. */
@Tag("locale")
class RelocalizeTest {

    private final StatusViewModel status = new StatusViewModel();
    private final TrainingViewModel vm = new TrainingViewModel(status);
    private final FakeRunner runner = new FakeRunner();
    private Locale savedLocale;

    @BeforeEach
    void usNumbers() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void englishAgain() {
        Messages.setLanguage(Language.ENGLISH);
        Locale.setDefault(savedLocale);
    }

    private void switchTo(Language language) {
        Messages.setLanguage(language);
        status.relocalize();
        vm.relocalize();
    }

    @Test
    void theRunNoticeAndTheStatusAreSaidAgain() {
        vm.dataReady(runner);
        status.dataReady(6000, 1000, "CPU", 1);
        vm.settings().textProperty(Field.EPOCHS).set("2");
        vm.start();
        runner.started(10);
        runner.epoch(1, 0.7);
        runner.epoch(2, 0.8);
        runner.finished(RunOutcome.Status.COMPLETED, null, SoftmaxRegression.of(new float[7850]));
        vm.drain();
        assertEquals("Finished 2 epochs", vm.noticeProperty().get().title());
        assertTrue(status.textProperty().get().startsWith("Finished · Epoch 2/2"), status.textProperty().get());
        List<ChartPoint> points = List.copyOf(vm.testAccuracyPoints());

        switchTo(Language.SIMPLIFIED_CHINESE);
        assertEquals("已完成 2 个迭代周期", vm.noticeProperty().get().title());
        assertEquals("已完成 · 迭代周期 2/2 · 批量 10/10", status.textProperty().get());
        assertEquals("ND4J CPU · 1 个线程", status.backendProperty().get());
        assertEquals(points, vm.testAccuracyPoints(), "the curves are untouched");

        switchTo(Language.ENGLISH);
        assertEquals("Finished 2 epochs", vm.noticeProperty().get().title());
        assertEquals("ND4J CPU · 1 thread", status.backendProperty().get());
    }

    @Test
    void theTrainersReasonInADivergenceNoticeIsSaidAgain() {
        vm.dataReady(runner);
        vm.start();
        runner.started(10);
        runner.finished(RunOutcome.Status.DIVERGED, new Divergence(1, 3, Divergence.Symptom.LOSS_NAN,
                Divergence.Cause.NAIVE_EXP_OVERFLOW, 120, Divergence.Advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE),
                null);
        vm.drain();
        assertTrue(vm.noticeProperty().get().detail().startsWith("diverged at epoch 1, batch 3 (loss = NaN): exp(o) "
                + "overflowed float32"), vm.noticeProperty().get().detail());

        switchTo(Language.SIMPLIFIED_CHINESE);
        String reason = Messages.format("outcome.diverged.explained",
                Messages.format("outcome.diverged.LOSS_NAN", 1, 3),
                Messages.format("outcome.cause.NAIVE_EXP_OVERFLOW", 120.0, Divergence.FLOAT_EXP_LIMIT),
                Messages.get("outcome.advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE"));
        assertEquals(Messages.format("notice.diverged.detail", reason), vm.noticeProperty().get().detail());
        assertTrue(vm.noticeProperty().get().detail().startsWith("在第 1 个迭代周期的第 3 个批量发散（损失 = NaN）："),
                vm.noticeProperty().get().detail());
        assertFalse(vm.noticeProperty().get().detail().matches(".*[a-z]+ [a-z]+ [a-z]+ [a-z]+.*"),
                "no English sentence left: " + vm.noticeProperty().get().detail());
    }

    @Test
    void problemsAndWhyStartWaitsAreSaidAgain() {
        vm.settings().textProperty(Field.BATCH_SIZE).set("0");
        vm.settings().textProperty(Field.SEED).set("x");
        switchTo(Language.SIMPLIFIED_CHINESE);
        assertEquals(List.of("批量大小必须在 1 到 60,000 之间（当前为 0）；d2l 使用 256", "随机种子：请输入整数"),
                vm.settings().problems());
        assertEquals("数据加载完成后才能开始。", vm.startBlockedReasonProperty().get());
        vm.dataReady(runner);
        assertEquals(String.join("\n", vm.settings().problems()), vm.startBlockedReasonProperty().get());

        switchTo(Language.ENGLISH);
        assertEquals("batch size must be between 1 and 60,000 (was 0); d2l uses 256", vm.settings().problems().get(0));
        assertEquals("0", vm.settings().textProperty(Field.BATCH_SIZE).get(), "what was typed stays");
    }

    @Test
    void aNoticeSetFromElsewhereIsLeftAlone() {
        vm.dataReady(runner);
        vm.start();
        runner.started(10);
        runner.finished(RunOutcome.Status.CANCELLED, null, null);
        vm.drain();
        vm.dismissNotice();
        switchTo(Language.SIMPLIFIED_CHINESE);
        assertEquals(null, vm.noticeProperty().get(), "a dismissed notice does not come back");
        Notice before = vm.noticeProperty().get();
        vm.relocalize();
        assertSame(before, vm.noticeProperty().get());
    }
}
