package org.softmaxlab.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.inspect.RunComparison;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.RunDataset;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.files.ModelFileText;
import org.softmaxlab.ui.files.ModelFilesViewModel;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * Reads a model file and evaluates its model on the test set, away from the JavaFX thread (an MLP's
 * file is about 800 KB and its evaluation takes a while); the answer, or what is wrong with the file
 * in the words File → Open model uses, comes back on the JavaFX thread. A file asked for again before
 * the last one answered supersedes it. (A model File → Open model opened comes with the session's
 * evaluation of it, and does not pass through here.)
 */
final class FileEvaluator {

    /**
     * Why a file cannot be compared, said in the language of the moment: Open model's whole reason
     * ("Cannot open 'x.smlab': …"); its banner title would only say the same again.
     */
    record Problem(Supplier<String> detail) {
    }

    private final NewestWins<Contender.File> evaluating;
    private final BiFunction<ModelSpec, float[], Model> models;
    private volatile Function<Model, Evaluation> testSet;

    FileEvaluator(BackgroundTasks tasks, BiFunction<ModelSpec, float[], Model> models) {
        this.evaluating = tasks.newestWins();
        this.models = Objects.requireNonNull(models, "models");
    }

    /** The data is loaded: {@code evaluate} evaluates a model on the test set (on the calling thread). */
    void setTestSet(Function<Model, Evaluation> evaluate) {
        testSet = Objects.requireNonNull(evaluate, "evaluate");
    }

    /** True once models can be evaluated. */
    boolean ready() {
        return testSet != null;
    }

    /**
     * Reads the model of {@code file} and evaluates it; hands {@code done} the file's choice on
     * {@code on}'s test set, or {@code failed} the problem.
     */
    void evaluate(Path file, RunDataset on, Consumer<Contender.File> done, Consumer<Problem> failed) {
        Function<Model, Evaluation> evaluate = Objects.requireNonNull(testSet, "the test set is not loaded yet");
        DatasetSignature dataset = WindowDataset.current();
        evaluating.submit(() -> {
            SavedModel saved = ModelFilesViewModel.read(file);
            Optional<String> otherData = saved.dataset().mismatch(dataset);
            if (otherData.isPresent()) {
                throw new IllegalArgumentException("it was made for another data set: " + otherData.get());
            }
            Evaluation evaluation = evaluate.apply(models.apply(saved.model(), saved.parameters()));
            return new Contender.File(file, RunComparison.predictions(evaluation), on);
        }, done, failure -> failed.accept(problem(file, failure)));
    }

    private static Problem problem(Path file, Throwable failure) {
        if (failure instanceof ModelFileException e) {
            return new Problem(() -> ModelFileText.detail(e));
        }
        // A file that reads well but whose model cannot be built or run (a shape no model has), or memory
        // running out on the way.
        String name = String.valueOf(file.getFileName());
        String reason = String.valueOf(failure.getMessage());
        return new Problem(() -> Messages.format("compare.file.failed", name, reason));
    }
}
