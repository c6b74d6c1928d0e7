package org.softmaxlab.ui;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A text property of a view-model that can be said again in another language. It keeps how the text
 * is made (a message key and its arguments, or any supplier), not only the words, so that
 * {@link #relocalize()} after {@link Messages#setLanguage} gives the same text in the new language.
 */
public final class LocalizedText {

    private final ReadOnlyStringWrapper text;
    private Supplier<String> source = () -> "";

    /** An empty text; {@code bean} and {@code name} identify the property, as in JavaFX's wrappers. */
    public LocalizedText(Object bean, String name) {
        text = new ReadOnlyStringWrapper(bean, name, "");
    }

    /** Shows what {@code newSource} says now, and says it again on each {@link #relocalize()}. */
    public void set(Supplier<String> newSource) {
        source = Objects.requireNonNull(newSource, "newSource");
        text.set(source.get());
    }

    /**
     * Shows the message {@code key}: with {@code args} through {@link Messages#format}, without through
     * {@link Messages#get} (whose texts are not patterns, so their apostrophes are single).
     */
    public void say(String key, Object... args) {
        Object[] copy = args.clone();
        set(copy.length == 0 ? () -> Messages.get(key) : () -> Messages.format(key, copy));
    }

    /** Shows no text. */
    public void clear() {
        set(() -> "");
    }

    /** Says the text again, in the language {@link Messages} speaks now. */
    public void relocalize() {
        text.set(source.get());
    }

    /** The text as shown now. */
    public String get() {
        return text.get();
    }

    /** The text, for binding. */
    public ReadOnlyStringProperty property() {
        return text.getReadOnlyProperty();
    }
}
