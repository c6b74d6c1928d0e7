package org.softmaxlab.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.train.Divergence.Advice;
import org.softmaxlab.train.Divergence.Cause;
import org.softmaxlab.train.Divergence.Symptom;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.ui.EnglishBundle;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;

/** The window says why a run ended in its language; in English exactly as the command line does. */
@Tag("locale")
class EndReasonTextTest {

    private static final Divergence OVERFLOW = new Divergence(1, 3, Symptom.LOSS_NAN, Cause.NAIVE_EXP_OVERFLOW, 120,
            Advice.STABLE_FORMULA_OR_SMALLER_LEARNING_RATE);

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    /** One of each kind of reason, with every symptom, cause and advice. */
    private static List<EndReason> samples() {
        List<EndReason> reasons = new ArrayList<>(List.of(new EndReason.Stopped(2, 10),
                new EndReason.Interrupted(1_500), new EndReason.Failed("java.lang.IllegalStateException: boom")));
        for (Symptom symptom : Symptom.values()) {
            for (Cause cause : Cause.values()) {
                for (Advice advice : Advice.values()) {
                    reasons.add(new Divergence(12, 1_234, symptom, cause, 97.25, advice));
                }
            }
        }
        return reasons;
    }

    @Test
    void theEnglishBundleHoldsTheCommandLinesOwnPatterns() {
        ResourceBundle english = Resources.messages(Locale.ROOT);
        assertEquals(EndReason.Stopped.PATTERN, english.getString("outcome.stopped"));
        assertEquals(EndReason.Interrupted.PATTERN, english.getString("outcome.interrupted"));
        assertEquals(EndReason.Failed.PATTERN, english.getString("outcome.failed"));
        assertEquals(Divergence.EXPLAINED, english.getString("outcome.diverged.explained"));
        assertEquals(Divergence.UNEXPLAINED, english.getString("outcome.diverged.unexplained"));
        EnglishBundle.assertHoldsEach(Symptom.class, "outcome.diverged.", Symptom::pattern);
        EnglishBundle.assertHoldsEach(Cause.class, "outcome.cause.", Cause::pattern, Cause.UNKNOWN);
        EnglishBundle.assertHoldsEach(Advice.class, "outcome.advice.", Advice::pattern);
    }

    @Test
    void inEnglishTheWindowSaysWhatTheCommandLineSays() {
        for (EndReason reason : samples()) {
            assertEquals(reason.describe(), EndReasonText.of(reason));
        }
        assertEquals("", EndReasonText.of(null), "a completed run has nothing to explain");
    }

    @Test
    void inChineseEveryReasonIsSaidInChinese() {
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        assertEquals("在第 1 个迭代周期的第 3 个批量发散（损失 = NaN）：exp(o) 在 float32 中上溢（最大的 logit 为 120.0 > 88.72），"
                + "于是 softmax 成了 inf/inf = NaN；稳定公式会先减去 max(o)；请改用稳定公式或更小的学习率",
                EndReasonText.of(OVERFLOW));
        assertEquals("完成 10 个迭代周期中的 2 个后停止", EndReasonText.of(new EndReason.Stopped(2, 10)));
        assertEquals("训练失败：java.lang.IllegalStateException: boom",
                EndReasonText.of(new EndReason.Failed("java.lang.IllegalStateException: boom")),
                "Java's own error text stays as it is");
        for (EndReason reason : samples()) {
            String text = EndReasonText.of(reason);
            assertFalse(text.contains("diverged") || text.contains("epoch") || text.contains("learning rate")
                    || text.contains("stopped") || text.contains("overflowed"), text);
        }
    }
}
