package org.softmaxlab.io;

/**
 * Bytes that are not a well-formed protocol buffer: a length that runs past the end of its message, a
 * varint longer than ten bytes, a wire type that does not exist. {@link #offset()} says where.
 */
public final class ProtoException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Problem {
        /** A length or a fixed-size value runs past the end of its message: cut short, or a lying length. */
        TRUNCATED,
        /** Bytes that no protocol buffer writer produces (bad varint, wire type, field number). */
        MALFORMED
    }

    private final Problem problem;
    private final long offset;
    private final long claimed;
    private final long remaining;

    /**
     * @param problem   what is wrong
     * @param offset    where in the bytes, from the start of the file
     * @param claimed   for {@link Problem#TRUNCATED}, the bytes the field claims; else 0
     * @param remaining for {@link Problem#TRUNCATED}, the bytes left in its message; else 0
     * @param message   in English
     */
    ProtoException(Problem problem, long offset, long claimed, long remaining, String message) {
        super(message);
        this.problem = problem;
        this.offset = offset;
        this.claimed = claimed;
        this.remaining = remaining;
    }

    public Problem problem() {
        return problem;
    }

    /** Where the bad field starts, from the start of the bytes read. */
    public long offset() {
        return offset;
    }

    /** The bytes a truncated field claims. */
    public long claimed() {
        return claimed;
    }

    /** The bytes its message had left. */
    public long remaining() {
        return remaining;
    }
}
