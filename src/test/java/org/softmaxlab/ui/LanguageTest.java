package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The language chosen for a locale or a stored tag, and the bundle each language reads. */
@Tag("locale")
class LanguageTest {

    @AfterEach
    void englishAgain() {
        Messages.setLanguage(Language.ENGLISH);
    }

    @Test
    void everyChineseLocaleGivesSimplifiedChineseAndEverythingElseEnglish() {
        for (Locale chinese : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.CHINESE,
                Locale.forLanguageTag("zh-Hans-SG")}) {
            assertEquals(Language.SIMPLIFIED_CHINESE, Language.forSystemLocale(chinese), chinese.toString());
        }
        for (Locale other : new Locale[] {Locale.US, Locale.UK, Locale.GERMANY, Locale.JAPAN, Locale.ROOT}) {
            assertEquals(Language.ENGLISH, Language.forSystemLocale(other), other.toString());
        }
    }

    @Test
    void storedTagsMapByTheSameRuleAndRoundTrip() {
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.forTag("zh-CN"));
        assertEquals(Language.SIMPLIFIED_CHINESE, Language.forTag("zh_CN"));
        assertEquals(Language.ENGLISH, Language.forTag("en"));
        assertEquals(Language.ENGLISH, Language.forTag("fr-CA"));
        for (Language language : Language.values()) {
            assertEquals(language, Language.forTag(language.tag()));
        }
    }

    @Test
    void eachLanguageReadsItsOwnBundleWhateverTheSystemLocale() {
        Locale saved = Locale.getDefault();
        try {
            // A Chinese system asking for English must get English, not the system's fallback.
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Messages.setLanguage(Language.ENGLISH);
            assertEquals("Start", Messages.get("training.start"));
            Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
            assertEquals("开始", Messages.get("training.start"));
            assertEquals(Language.SIMPLIFIED_CHINESE, Messages.language());
            Locale.setDefault(Locale.US);
            Messages.setLanguage(Language.ENGLISH);
            assertEquals("Start", Messages.get("training.start"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void numbersAreWrittenAsTheWindowsLanguageWritesThemNotAsTheMachinesLocale() {
        Locale saved = Locale.getDefault();
        try {
            // A German machine would write 60.000 and 26,4: an English or Chinese window must not.
            Locale.setDefault(Locale.GERMANY);
            assertEquals("Loaded 60,000 training and 10,000 test images.",
                    Messages.format("loading.done", 60_000, 10_000));
            assertEquals("Downloading x: 1.5 of 26.4 MB (each file is checked against its published checksum)",
                    Messages.format("loading.downloading", "x", 1.5, 26.4));
            Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
            assertEquals("已加载 60,000 张训练图像和 10,000 张测试图像。",
                    Messages.format("loading.done", 60_000, 10_000));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
