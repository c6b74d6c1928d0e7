package org.softmaxlab.cli;

/** The train command's exit codes, as documented in its help. */
public final class ExitCode {
    public static final int DONE = 0;
    public static final int FAILED = 1;
    public static final int INVALID_ARGUMENTS = 2;
    public static final int DATASET_PROBLEM = 3;
    public static final int DIVERGED = 4;
    public static final int CANCELLED = 130;

    private ExitCode() {
    }
}
