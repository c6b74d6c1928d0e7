package org.softmaxlab.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.session.RunLabel;
import org.softmaxlab.session.RunLabel.Part;
import org.softmaxlab.session.RunLabel.Setting;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;

/** Run labels in the window's language; in English as the CSV file writes them. */
@Tag("locale")
class RunLabelTextTest {

    private static final List<RunLabel> LABELS = List.of(
            new RunLabel(List.of(), 3, true),
            new RunLabel(List.of(new Part(Setting.LEARNING_RATE, "0.1->0.01")), 1, false),
            new RunLabel(List.of(new Part(Setting.LEARNING_RATE, "0.1")), 12, true),
            new RunLabel(List.of(new Part(Setting.BATCH_SIZE, "64"), new Part(Setting.EPOCHS, "5"),
                    new Part(Setting.INIT_STD, "0.0001"), new Part(Setting.SEED, "1"), new Part(Setting.LOSS, "naive")),
                    2, false));

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void inEnglishALabelReadsAsInTheCsvFileWithTheWindowsArrow() {
        for (RunLabel label : LABELS) {
            assertEquals(label.text().replace("->", " → "), RunLabelText.of(label));
        }
    }

    @Test
    void numbersAndArrowsAreWrittenAsOnTheChartsMarks() {
        RunLabel huge = new RunLabel(List.of(new Part(Setting.LEARNING_RATE, "0.1->1000000000")), 4, false);
        assertEquals("lr 0.1->1000000000", huge.text(), "the CSV keeps plain ASCII");
        assertEquals("lr 0.1 → 1E+9", RunLabelText.of(huge), "as the mark says: " + "lr 0.1 → 1E+9");
        RunLabel precise = new RunLabel(List.of(new Part(Setting.LEARNING_RATE, "0.12345")), 5, false);
        assertEquals("lr 0.12345", RunLabelText.of(precise), "never rounded into another run's label");
    }

    @Test
    void aNamedRunIsCalledByItsNameInEveryLanguage() {
        RunLabel named = RunLabel.named("Ada's run", 7);
        assertEquals("Ada's run", named.text());
        assertEquals("Ada's run", RunLabelText.of(named));
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        assertEquals("Ada's run", RunLabelText.of(named));
    }

    @Test
    void inChineseTheSettingsAndTheRunAreNamedInChinese() {
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        assertEquals(List.of("运行 3", "学习率 0.1 → 0.01", "学习率 0.1（运行 12）",
                "批量大小 64，迭代周期数 5，初始化 σ 0.0001，种子 1，朴素公式"),
                LABELS.stream().map(RunLabelText::of).toList());
    }
}
