package org.softmaxlab.ui.inspect;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageShape;
import org.softmaxlab.train.ModelSpec;

/**
 * The data set the window shows, as views ask it: its class names, how many classes, its image shape,
 * and which model a parameter array is. Fashion-MNIST until the data loads.
 *
 * <p>One per application (there is one window); set on the JavaFX thread when a data set is loaded.
 * Views read it when they are built, and the main window rebuilds them when it changes.
 */
public final class WindowDataset {

    private static final ReadOnlyObjectWrapper<DatasetSignature> CURRENT =
            new ReadOnlyObjectWrapper<>(WindowDataset.class, "current", DatasetSignature.FASHION_MNIST);

    private WindowDataset() {
    }

    /** The window now shows data of {@code signature}. JavaFX thread. */
    public static void use(DatasetSignature signature) {
        CURRENT.set(Objects.requireNonNull(signature, "signature"));
    }

    public static DatasetSignature current() {
        return CURRENT.get();
    }

    public static ReadOnlyObjectProperty<DatasetSignature> currentProperty() {
        return CURRENT.getReadOnlyProperty();
    }

    /** Whether the data set is Fashion-MNIST, whose class names the message bundles translate. */
    public static boolean isFashionMnist() {
        return current().equals(DatasetSignature.FASHION_MNIST);
    }

    /** K, the number of classes. */
    public static int classCount() {
        return current().classCount();
    }

    /** Every image's shape. */
    public static ImageShape shape() {
        return current().shape();
    }

    /** Which model {@code parameters} are for this data set, or empty when none has that many. */
    public static Optional<ModelSpec> modelOf(float[] parameters) {
        return parameters == null ? Optional.empty() : ModelSpec.forParameterCount(parameters.length, current());
    }
}
