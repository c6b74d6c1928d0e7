package org.softmaxlab.data;

/** Where a Fashion-MNIST folder was found, in the order {@link DatasetLocator} looks. */
public enum DatasetSource {
    /** A folder the user named ({@code --data DIR} or a folder chooser). */
    EXPLICIT("the folder you chose"),
    /** SoftmaxLab's own download cache. */
    CACHE("SoftmaxLab's download cache"),
    /** A copy shipped next to the installed application. */
    BUNDLED("the copy bundled with SoftmaxLab"),
    /** The system-wide copy of the Debian package {@code dataset-fashion-mnist}. */
    SYSTEM("the system package (dataset-fashion-mnist)");

    private final String description;

    DatasetSource(String description) {
        this.description = description;
    }

    /** A short phrase for messages, e.g. "SoftmaxLab's download cache". */
    public String description() {
        return description;
    }
}
