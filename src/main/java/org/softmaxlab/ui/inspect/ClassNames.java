package org.softmaxlab.ui.inspect;

import java.util.List;
import java.util.stream.IntStream;
import org.softmaxlab.data.FashionMnist;
import org.softmaxlab.inspect.GalleryQuery;
import org.softmaxlab.ui.Messages;

/**
 * The Fashion-MNIST class names as the window shows them: from the message bundle ({@code class.0}
 * … {@code class.9}), so that they are translated with the rest. Files keep the data set's own
 * English names ({@link FashionMnist#CLASS_NAMES}).
 */
public final class ClassNames {

    private ClassNames() {
    }

    /** The shown name of class {@code label} (0–9). */
    public static String of(int label) {
        return Messages.get("class." + label);
    }

    /** The shown name of a filter value: a class, or "any" for {@link GalleryQuery#ANY}. */
    public static String orAny(int label) {
        return label == GalleryQuery.ANY ? Messages.get("inspect.any") : of(label);
    }

    /** All ten shown names, by label. */
    public static List<String> all() {
        return IntStream.range(0, FashionMnist.CLASS_COUNT).mapToObj(ClassNames::of).toList();
    }
}
