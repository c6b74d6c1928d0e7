package org.softmaxlab.data;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is wrong with a folder that should hold Fashion-MNIST, as a code and the files it names, so that
 * the window can say it in its language; {@link #toString()} says it in English.
 *
 * @param kind    what is wrong
 * @param missing the gzipped names of the files the folder lacks, for {@link Kind#MISSING_FILES}; else empty
 */
public record FolderProblem(Kind kind, List<String> missing) {

    /** What is wrong. Patterns: {0} the missing files, comma-separated. */
    public enum Kind {
        NO_SUCH_FOLDER("no such folder"),
        NOT_A_FOLDER("not a folder"),
        NO_FILES("none of the four files is there"),
        MISSING_FILES("missing {0} (gzipped or not)");

        private final String pattern;

        Kind(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern. */
        public String pattern() {
            return pattern;
        }
    }

    public FolderProblem {
        Objects.requireNonNull(kind, "kind");
        missing = List.copyOf(missing);
    }

    /** A problem that names no file. */
    public static FolderProblem of(Kind kind) {
        return new FolderProblem(kind, List.of());
    }

    /** The missing files as one list: "train-images-idx3-ubyte.gz, t10k-images-idx3-ubyte.gz". */
    public String missingList() {
        return String.join(", ", missing);
    }

    /** "no such folder", "missing train-images-idx3-ubyte.gz (gzipped or not)". */
    @Override
    public String toString() {
        return new MessageFormat(kind.pattern(), Locale.ROOT).format(new Object[] {missingList()});
    }
}
