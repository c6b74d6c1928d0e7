package org.softmaxlab.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.session.ModelFormat;
import org.softmaxlab.session.ModelFormats;
import org.softmaxlab.session.ParameterProblem;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;

/**
 * {@code train --save-model FILE}: checked before training (a known format, an existing folder) so a
 * long run does not end in a refusal; after it, saved as the window's Save does.
 */
final class ModelSaving {

    private final Path file;
    private final ModelFormat format;
    /** Whether the extension was added to the name given, which the user is then told. */
    private final boolean extensionAdded;

    private ModelSaving(Path file, ModelFormat format, boolean extensionAdded) {
        this.file = file;
        this.format = format;
        this.extensionAdded = extensionAdded;
    }

    /** Where to save, or null with the reason added to {@code problems}. */
    static ModelSaving to(Path requested, List<String> problems) {
        String name = String.valueOf(requested.getFileName());
        Path file = name.contains(".") ? requested : requested.resolveSibling(name + ModelFormats.SMLAB.extension());
        Optional<ModelFormat> format = ModelFormats.forFile(file);
        if (format.isEmpty()) {
            problems.add("--save-model " + requested + ": unknown model format '" + name.substring(name.lastIndexOf('.'))
                    + "'; use " + ModelFormats.extensions());
            return null;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            problems.add("--save-model " + requested + ": the folder " + folder + " does not exist");
            return null;
        }
        return new ModelSaving(file, format.get(), !file.equals(requested));
    }

    /**
     * Saves the model a run left, when it is worth keeping (completed, or cancelled with finite weights);
     * says on {@code err} what it did. False if saving failed.
     */
    boolean save(TrainConfig config, DatasetSignature dataset, RunOutcome outcome, PrintStream err) {
        if (outcome.status() == RunOutcome.Status.DIVERGED || outcome.status() == RunOutcome.Status.FAILED
                || outcome.model() == null) {
            err.println("softmaxlab: the model was not saved to " + file + ": the run " + outcome.status()
                    .name().toLowerCase(java.util.Locale.ROOT));
            return true;
        }
        float[] parameters = outcome.model().parametersCopy();
        Optional<ParameterProblem> whyNot = SavedModel.whyNotSavable(outcome.model().spec(), dataset, parameters);
        if (whyNot.isPresent()) {
            err.println("softmaxlab: " + SavedModel.refusal(whyNot.get()));
            return false;
        }
        try {
            format.write(file, new SavedModel(config, outcome.epochs(), parameters, dataset));
        } catch (IOException e) {
            err.println("softmaxlab: cannot save the model to " + file + ": " + e.getMessage()
                    + " (nothing was written)");
            return false;
        }
        err.println("Saved the model (" + EnglishCount.of(outcome.epochs().size(), "epoch") + ") to " + file
                + (extensionAdded ? " (" + format.extension() + " added to the name given; `softmaxlab evaluate "
                + file.getFileName() + "` reads it)" : ""));
        return true;
    }
}
