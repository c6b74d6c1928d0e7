package org.softmaxlab.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The visible strings of the window, from {@code messages.properties} (English) or
 * {@code messages_zh_CN.properties}. Patterns with arguments use {@link MessageFormat} syntax (so a
 * literal apostrophe is written twice).
 *
 * <p>The language can change while the window is open ({@link #setLanguage}); texts already on screen
 * stay as they are until the window says them again, which it does by rebuilding its views and asking
 * its view-models to {@code relocalize()}. Call from the JavaFX thread.
 */
public final class Messages {

    private static volatile Language language = Language.ENGLISH;
    private static volatile ResourceBundle bundle = Resources.messages(Language.ENGLISH.locale());

    private Messages() {
    }

    /** Switches every text said from now on to {@code value}. */
    public static void setLanguage(Language value) {
        ResourceBundle next = Resources.messages(Objects.requireNonNull(value, "value").locale());
        bundle = next;
        language = value;
    }

    /** The language texts are said in now; English until {@link #setLanguage} is called. */
    public static Language language() {
        return language;
    }

    /** The bundle of the current language, e.g. for an FXML loader's {@code %key} texts. */
    public static ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; throws naming the key if the bundle lacks it. */
    public static String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key '" + key + "' in " + Resources.ROOT
                    + "messages.properties", e);
        }
    }

    /**
     * The pattern for {@code key} filled with {@code args}, its numbers written as the language is
     * (1,234.5 in both), not as the machine's locale would: the window's words and numbers stay one
     * language, and the Numerics tab's lists such as "1000, 1001, 1002" never meet a decimal comma.
     */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), language.locale()).format(args);
    }
}
