package org.softmaxlab.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.softmaxlab.session.SettingsNotice.Aside;
import org.softmaxlab.session.SettingsNotice.Problem;
import org.softmaxlab.session.SettingsNotice;
import org.softmaxlab.ui.EnglishBundle;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;

/** The settings notice in the window's language; in English exactly as the store says it. */
@Tag("locale")
class SettingsNoticeTextTest {

    private static final Path FILE = Path.of("/home/ada/.config/softmaxlab/settings.properties");

    @AfterEach
    void english() {
        Messages.setLanguage(Language.ENGLISH);
    }

    private static List<SettingsNotice> samples() {
        List<SettingsNotice> notices = new ArrayList<>();
        for (Problem problem : Problem.values()) {
            for (Aside aside : Aside.values()) {
                notices.add(new SettingsNotice(problem, FILE, "train.batch_size=lots ('lots' is not a number)", aside,
                        aside == Aside.KEPT ? FILE + ".bad" : "Permission denied"));
            }
        }
        return notices;
    }

    @Test
    void theEnglishBundleHoldsTheStoresOwnPatterns() {
        ResourceBundle english = Resources.messages(Locale.ROOT);
        assertEquals(SettingsNotice.WITH_ASIDE, english.getString("settings.notice.withAside"));
        EnglishBundle.assertHoldsEach(Problem.class, "settings.notice.", Problem::pattern);
        EnglishBundle.assertHoldsEach(Aside.class, "settings.notice.aside.", Aside::pattern, Aside.LEFT_IN_PLACE);
    }

    @Test
    void inEnglishTheWindowSaysWhatTheStoreSays() {
        for (SettingsNotice notice : samples()) {
            assertEquals(notice.describe(), SettingsNoticeText.of(notice));
        }
    }

    @Test
    void inChineseTheSentencesAreChineseAndTheFilesOwnWordsStay() {
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        SettingsNotice ignored = new SettingsNotice(Problem.SOME_IGNORED, FILE,
                "train.batch_size=lots ('lots' is not a number)", Aside.KEPT, FILE + ".bad");
        assertEquals("部分已保存的设置无法使用，已恢复为默认值：train.batch_size=lots ('lots' is not a number)。原文件已保留为 "
                + FILE + ".bad。", SettingsNoticeText.of(ignored));
        SettingsNotice unreadable = new SettingsNotice(Problem.UNREADABLE, FILE, "Is a directory", Aside.LEFT_IN_PLACE,
                "");
        assertEquals("无法从 " + FILE + " 读取你的设置（Is a directory），因此使用默认设置。", SettingsNoticeText.of(unreadable));
    }
}
