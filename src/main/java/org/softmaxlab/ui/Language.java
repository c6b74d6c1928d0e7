package org.softmaxlab.ui;

import java.util.Locale;

/**
 * The languages the window speaks: English (the base bundle) and Simplified Chinese, for the readers
 * of the Chinese edition of d2l. Stored in the settings as a language tag.
 */
public enum Language {
    ENGLISH("en"),
    SIMPLIFIED_CHINESE("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag kept in the settings file, e.g. "zh-CN". */
    public String tag() {
        return tag;
    }

    /** The locale whose message bundle holds this language's texts. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The message key of this language's name, written in the language itself (for the menu). */
    public String nameKey() {
        return this == ENGLISH ? "language.english" : "language.simplifiedChinese";
    }

    /**
     * The language for a first start on a system set to {@code locale}: Chinese for any Chinese locale
     * (zh, zh-CN, zh-TW, zh-Hans …), since Simplified Chinese is the only Chinese there is; else English.
     */
    public static Language forSystemLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    /** The language of a stored tag, by the same rule as {@link #forSystemLocale}. */
    public static Language forTag(String tag) {
        return forSystemLocale(Locale.forLanguageTag(tag.replace('_', '-')));
    }
}
