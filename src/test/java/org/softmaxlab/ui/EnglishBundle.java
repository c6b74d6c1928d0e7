package org.softmaxlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The English message bundle holds the lower layers' own English word for word, so that the window
 * says in English exactly what the command line and the exceptions say.
 */
public final class EnglishBundle {

    private EnglishBundle() {
    }

    /**
     * Every constant of {@code type}, but those {@code except}ed, has its own English ({@code own})
     * in the bundle under {@code prefix + name()}.
     */
    @SafeVarargs
    public static <E extends Enum<E>> void assertHoldsEach(Class<E> type, String prefix, Function<E, String> own,
                                                           E... except) {
        Set<E> constants = EnumSet.allOf(type);
        List.of(except).forEach(constants::remove);
        for (E constant : constants) {
            String key = prefix + constant.name();
            assertEquals(own.apply(constant), Resources.messages(Locale.ROOT).getString(key), key);
        }
    }
}
