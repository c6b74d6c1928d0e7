package org.softmaxlab.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An .npz archive (or an .npy array in it) that cannot be read. {@link #problem()} says what,
 * {@link #key()} which array, {@link #details()} the numbers the explanation names.
 */
public final class NpzException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** Not a zip archive at all. */
        NOT_A_ZIP,
        /** Starts like a zip but its directory is missing or broken: cut short or damaged. */
        TRUNCATED_ZIP,
        /** An array's bytes do not match the archive's checksum for them. */
        CHECKSUM,
        /** An entry is not a .npy array (no NumPy magic, or a header that cannot be read). Details: what. */
        NOT_NPY,
        /** An array of another element type. Details: the dtype descriptor, e.g. "<i8", and NumPy's name. */
        UNSUPPORTED_DTYPE,
        /** An array stored in Fortran (column-major) order. */
        FORTRAN_ORDER,
        /** An array with fewer or more bytes than its shape needs. Details: bytes expected, bytes found. */
        WRONG_LENGTH,
        /** Larger than any model. Details: the limit in bytes. */
        TOO_LARGE,
        /** More arrays than any model has. Details: how many, the limit. */
        TOO_MANY_ARRAYS,
        /** A header longer than NumPy reads. Details: its length, the limit ({@link Npy#MAX_HEADER_BYTES}). */
        HEADER_TOO_LONG,
        /** A shape with a dimension below 0. Details: the shape as Python writes it, the dimension. */
        NEGATIVE_DIMENSION,
        /** A shape whose data would be larger than any model's. Details: the shape as Python writes it. */
        HUGE_SHAPE,
        /** The array ends before the size the archive declares for it. Details: bytes declared, bytes found. */
        ENTRY_SHORTER,
        /** The array goes on past the size the archive declares for it (a zip bomb's lie). Details: bytes declared. */
        ENTRY_LONGER
    }

    private final Problem problem;
    private final String key;
    private final transient List<Object> details;

    /**
     * @param problem what is wrong
     * @param key     the array's name (the entry without ".npy"), or null for the archive as a whole
     * @param message in English
     * @param details the values the explanation names
     */
    public NpzException(Problem problem, String key, String message, Object... details) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.key = key;
        this.details = Collections.unmodifiableList(Arrays.asList(details.clone()));
    }

    public Problem problem() {
        return problem;
    }

    /** The array's name, or null when the archive as a whole is the problem. */
    public String key() {
        return key;
    }

    public List<Object> details() {
        return details;
    }
}
