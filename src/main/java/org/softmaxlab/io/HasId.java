package org.softmaxlab.io;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A constant that settings, model files and the command line name by a short id ("stable",
 * "dark", "mlp"): one way to read such a name back, with one message when it names nothing.
 */
public interface HasId {

    /** The short, stable name. */
    String id();

    /**
     * The one of {@code values} whose id is {@code id}, in any case.
     *
     * @param what what the values are, to start the message with ("loss formula")
     * @throws IllegalArgumentException naming {@code id} and every id there is
     */
    static <E extends HasId> E fromId(E[] values, String id, String what) {
        for (E value : values) {
            if (value.id().equalsIgnoreCase(id)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "'; use "
                + Arrays.stream(values).map(HasId::id).collect(Collectors.joining(" or ")));
    }
}
