package org.softmaxlab.ui.inspect;

import java.util.List;
import java.util.stream.IntStream;
import org.softmaxlab.inspect.GalleryQuery;
import org.softmaxlab.ui.Messages;

/**
 * The class names of the window's data set ({@link WindowDataset}) as the window shows them. For
 * Fashion-MNIST they come from the message bundle ({@code class.0} … {@code class.9}), so that they
 * are translated with the rest; any other data set's names are shown as the data set gives them (a
 * folder's names are the user's own). Files keep the data set's own names.
 */
public final class ClassNames {

    private ClassNames() {
    }

    /** The shown name of class {@code label} (0 to K − 1). */
    public static String of(int label) {
        if (WindowDataset.isFashionMnist()) {
            return Messages.get("class." + label);
        }
        return WindowDataset.current().classNames().get(label);
    }

    /** The shown name of a filter value: a class, or "any" for {@link GalleryQuery#ANY}. */
    public static String orAny(int label) {
        return label == GalleryQuery.ANY ? Messages.get("inspect.any") : of(label);
    }

    /** All K shown names, by label. */
    public static List<String> all() {
        return IntStream.range(0, WindowDataset.classCount()).mapToObj(ClassNames::of).toList();
    }

    /** K, the number of classes of the window's data set. */
    public static int count() {
        return WindowDataset.classCount();
    }
}
