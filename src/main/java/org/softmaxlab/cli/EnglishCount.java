package org.softmaxlab.cli;

/** A count and its noun in the command line's English: "1 epoch", "10 epochs". */
final class EnglishCount {

    private EnglishCount() {
    }

    /** {@code n} and {@code singular}, with an "s" unless {@code n} is 1. */
    static String of(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
