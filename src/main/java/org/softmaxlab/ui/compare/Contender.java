package org.softmaxlab.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.softmaxlab.session.RunDataset;
import org.softmaxlab.session.RunRecord;

/** What the Compare tab can put as A or B: a run of this session, or a model read from a file. */
public sealed interface Contender {

    /** The predicted class of each test image, once known. */
    Optional<int[]> testPredictions();

    /** The data set whose test images those predictions are about. */
    RunDataset dataset();

    /** A run of the run list; it can be compared once an evaluation left its predictions. */
    record Run(RunRecord run) implements Contender {
        public Run {
            Objects.requireNonNull(run, "run");
        }

        @Override
        public Optional<int[]> testPredictions() {
            return run.testPredictions();
        }

        @Override
        public RunDataset dataset() {
            return run.dataset();
        }
    }

    /**
     * A model file evaluated on {@code dataset}'s test set, named by its file name; the view-model keeps one
     * per file.
     */
    record File(Path path, int[] predictions, RunDataset dataset) implements Contender {
        public File {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(dataset, "dataset");
            predictions = predictions.clone();
        }

        @Override
        public Optional<int[]> testPredictions() {
            return Optional.of(predictions.clone());
        }

        /** The file's name, as the choice boxes say it. */
        public String name() {
            return String.valueOf(path.getFileName());
        }

        /** The same file (its predictions may differ: it was read again after it changed). */
        boolean sameFile(File other) {
            return path.toAbsolutePath().normalize().equals(other.path.toAbsolutePath().normalize());
        }

        /** A copy of the predictions. */
        @Override
        public int[] predictions() {
            return predictions.clone();
        }

        // Equal only to itself (the record compares the arrays by reference): a file read again is a new
        // choice that replaces the old one, and the choice boxes must not keep the old predictions.
        @Override
        public String toString() {
            return "File[" + path + "]";
        }
    }
}
