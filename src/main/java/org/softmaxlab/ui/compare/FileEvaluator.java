package org.softmaxlab.ui.compare;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.inspect.RunComparison;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.files.ModelFileText;
import org.softmaxlab.ui.files.ModelFilesViewModel;
import org.softmaxlab.ui.inspect.WindowDataset;

/**
 * Reads a model file and evaluates its model on the test set, away from the JavaFX thread (an MLP's
 * file is about 800 KB and its evaluation takes a while); the answer, or what is wrong with the file
 * in the words File → Open model uses, comes back on the JavaFX thread.
 */
final class FileEvaluator {

    /**
     * Why a file cannot be compared, said in the language of the moment: Open model's whole reason
     * ("Cannot open 'x.smlab': …"); its banner title would only say the same again.
     */
    record Problem(Supplier<String> detail) {
    }

    private final Executor background;
    private final Executor ui;
    private final BiFunction<ModelSpec, float[], Model> models;
    private volatile Function<Model, Evaluation> testSet;

    FileEvaluator(Executor background, Executor ui, BiFunction<ModelSpec, float[], Model> models) {
        this.background = Objects.requireNonNull(background, "background");
        this.ui = Objects.requireNonNull(ui, "ui");
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

    /** Reads {@code file}, evaluates it and hands {@code done} the file's choice, or {@code failed} the problem. */
    void evaluate(Path file, Consumer<Contender.File> done, Consumer<Problem> failed) {
        Function<Model, Evaluation> evaluate = Objects.requireNonNull(testSet, "the test set is not loaded yet");
        DatasetSignature dataset = WindowDataset.current();
        background.execute(() -> {
            Contender.File result;
            try {
                SavedModel saved = ModelFilesViewModel.read(file);
                Optional<String> otherData = saved.dataset().mismatch(dataset);
                if (otherData.isPresent()) {
                    throw new IllegalArgumentException("it was made for another data set: " + otherData.get());
                }
                Evaluation evaluation = evaluate.apply(models.apply(saved.model(), saved.parameters()));
                result = new Contender.File(file, RunComparison.predictions(evaluation));
            } catch (ModelFileException e) {
                ui.execute(() -> failed.accept(new Problem(() -> ModelFileText.detail(e))));
                return;
            } catch (RuntimeException e) {
                // A file that reads well but whose model cannot be built or run (a shape no model has).
                String name = String.valueOf(file.getFileName());
                String reason = String.valueOf(e.getMessage());
                ui.execute(() -> failed.accept(new Problem(() -> Messages.format("compare.file.failed", name, reason))));
                return;
            }
            ui.execute(() -> done.accept(result));
        });
    }
}
