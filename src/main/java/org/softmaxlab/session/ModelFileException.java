package org.softmaxlab.session;

import java.util.Objects;

/**
 * A file that cannot be opened as a model. The message names the file, says what is wrong and what
 * to do; {@link #reason()} lets a front end choose how to present it.
 */
public final class ModelFileException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a model file was refused. */
    public enum Reason {
        /** The file could not be read at all (missing, a folder, no permission). */
        UNREADABLE,
        /** Some other kind of file, or an empty one. */
        NOT_A_MODEL_FILE,
        /** Written by a newer SoftmaxLab, in a format version this one does not read. */
        NEWER_VERSION,
        /** Shorter than its header says: an interrupted copy or download. */
        TRUNCATED,
        /** Bytes changed after saving: a checksum does not match. */
        DAMAGED,
        /** The checksums match but the content does not make sense (not written by SoftmaxLab). */
        INVALID_CONTENT,
        /** Not the 785 × 10 parameters of a Fashion-MNIST softmax regression. */
        WRONG_PARAMETER_COUNT,
        /** Some parameter is NaN or infinite: the model had diverged. */
        NON_FINITE_PARAMETERS
    }

    private final Reason reason;

    ModelFileException(Reason reason, String message) {
        this(reason, message, null);
    }

    ModelFileException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Which kind of problem this is. */
    public Reason reason() {
        return reason;
    }
}
