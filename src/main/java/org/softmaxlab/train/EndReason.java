package org.softmaxlab.train;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a run did not complete, as the facts its explanation names rather than a sentence: the window
 * says it in the language the user reads, from the same facts. {@link #describe()} says it in
 * English, for the command line and logs; its patterns are the English bundle's, which a test keeps
 * identical.
 */
public sealed interface EndReason permits EndReason.Stopped, EndReason.Interrupted, Divergence, EndReason.Failed {

    /** The explanation in English, e.g. "stopped after 3 of 10 epochs". */
    String describe();

    /** {@code pattern} filled with {@code args} as the command line writes numbers. */
    static String english(String pattern, Object... args) {
        return new MessageFormat(pattern, Locale.US).format(args);
    }

    /**
     * Stopped on request, between batches.
     *
     * @param epochsDone    the epochs finished
     * @param epochsPlanned the epochs the run was started with
     */
    record Stopped(int epochsDone, int epochsPlanned) implements EndReason {

        /** The English pattern; {0} epochs done, {1} planned. */
        public static final String PATTERN = "stopped after {0,number,integer} of {1,number,integer} "
                + "{1,choice,0#epochs|1#epoch|1<epochs}";

        @Override
        public String describe() {
            return english(PATTERN, epochsDone, epochsPlanned);
        }
    }

    /**
     * The trainer's thread was interrupted.
     *
     * @param epochsDone the epochs finished
     */
    record Interrupted(int epochsDone) implements EndReason {

        /** The English pattern; {0} epochs done. */
        public static final String PATTERN = "interrupted after {0,number,integer} "
                + "{0,choice,0#epochs|1#epoch|1<epochs}";

        @Override
        public String describe() {
            return english(PATTERN, epochsDone);
        }
    }

    /**
     * An error ended the run (out of memory, a native failure).
     *
     * @param error the error as Java states it ({@code Throwable.toString()}), which stays as it is
     *              in every language: it is what a bug report needs
     */
    record Failed(String error) implements EndReason {

        /** The English pattern; {0} the error. */
        public static final String PATTERN = "training failed: {0}";

        public Failed {
            Objects.requireNonNull(error, "error");
        }

        /** The reason for {@code error}. */
        public static Failed of(Throwable error) {
            return new Failed(String.valueOf(error));
        }

        @Override
        public String describe() {
            return english(PATTERN, error);
        }
    }
}
