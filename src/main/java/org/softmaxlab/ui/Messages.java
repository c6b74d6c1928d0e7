package org.softmaxlab.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The visible strings of the window, from {@code messages.properties}. Patterns with arguments use
 * {@link MessageFormat} syntax (so a literal apostrophe is written twice).
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = Resources.messages();

    private Messages() {
    }

    /** The text for {@code key}; throws naming the key if the bundle lacks it. */
    public static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing message key '" + key + "' in " + Resources.ROOT
                    + "messages.properties", e);
        }
    }

    /** The pattern for {@code key} filled with {@code args}, formatted for the user's locale. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault(Locale.Category.FORMAT)).format(args);
    }
}
