package org.softmaxlab.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.softmaxlab.run.TrainedModel;
import org.softmaxlab.session.ModelFile;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.ModelFormat;
import org.softmaxlab.session.ModelFormats;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.session.ParameterProblem;
import org.softmaxlab.ui.inspect.WindowDataset;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Notice;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.tasks.BackgroundTasks;
import org.softmaxlab.ui.tasks.NewestWins;

/**
 * Saving the current model to a file and opening one again, with what happened said in the window's
 * banner. A file that cannot be opened (damaged, cut short, foreign, newer) changes nothing: the
 * file is read and checked in full before the training view-model is touched.
 *
 * <p>Opening reads and checks the file, and builds its model, in the background: a file however
 * crafted (a header bomb, a zip bomb, a pipe) never blocks the window, and a file opened later
 * supersedes one still being read. The opened model's test-set evaluation, which the session makes
 * for the inspection views, is handed on ({@link #setOnOpened}), so that the Compare tab neither
 * reads the file nor evaluates its model again. Saving (31 KB, 13 MB for the widest MLP) stays on the
 * JavaFX thread, where the model it saves cannot change under it.
 *
 * <p>A model made for another data set is handed to {@link #setOnOtherDataset}: the window offers to
 * switch to that data set and then opens it; refused, nothing changes.
 */
public final class ModelFilesViewModel {

    private final TrainingViewModel training;
    private final BannerViewModel banner;
    private final BiFunction<ModelSpec, float[], Model> models;
    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper(this, "canOpen");
    private final NewestWins<Opened> opening;
    private BiConsumer<Path, Evaluation> onOpened = (file, evaluation) -> { };
    private OtherDataset otherDataset = (file, made, open) -> sayOtherDataset(file, made);

    /** A file read and checked, and its model built. */
    private record Opened(SavedModel saved, Model model) {
    }

    /** The "Opened x" notice last shown, and the kind of model it is about (null before any). */
    private Supplier<Notice> openedNotice;
    private ModelSpec openedKind;

    /**
     * @param training the model to save, and where an opened one goes
     * @param banner   where outcomes are said
     * @param models   builds a model from saved parameters ({@code Model::of})
     * @param tasks    where files are read
     */
    public ModelFilesViewModel(TrainingViewModel training, BannerViewModel banner,
                               BiFunction<ModelSpec, float[], Model> models, BackgroundTasks tasks) {
        this.training = Objects.requireNonNull(training, "training");
        this.opening = tasks.newestWins();
        // "Reading x.npz…" dismissed: the user no longer wants that file; nothing of it is opened.
        banner.noticeProperty().addListener((obs, old, now) -> {
            if (now == null) {
                opening.cancel();
            }
        });
        this.banner = Objects.requireNonNull(banner, "banner");
        this.models = Objects.requireNonNull(models, "models");
        // Opening needs ND4J, which is ready once the data is; and no run may be using the model.
        canOpen.bind(training.stateProperty().isEqualTo(RunState.READY));
        // "Opened x: … Start trains it further" is false once the form names another kind of model
        // (Start would begin that one afresh, after the drop question): the banner goes.
        training.settings().configProperty().addListener((obs, old, now) -> {
            if (now != null && openedKind != null && !now.model().equals(openedKind) && banner.isShowing(openedNotice)) {
                banner.dismiss();
            }
        });
    }

    /** True when there is a model to save and no run is changing it. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return training.hasModelProperty();
    }

    /** True when the data is loaded and no run is active. */
    public ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }

    /** A file name for the current model, such as "softmaxlab-10-epochs.smlab". */
    public String suggestedFileName() {
        TrainedModel current = training.trainedModel();
        int epochs = current == null ? 0 : current.epochs().size();
        return String.format(Locale.ROOT, "softmaxlab-%d-epochs%s", epochs, ModelFile.EXTENSION);
    }

    /** The format {@code file}'s extension names; SoftmaxLab's own for any other, whose reader tells it by content. */
    private static ModelFormat formatOf(Path file) {
        return ModelFormats.forFile(file).orElse(ModelFormats.SMLAB);
    }

    /**
     * Reads and checks the model in {@code file}, in the format its extension names (SoftmaxLab's own
     * for any other); the exception's reason and problem say what is wrong ({@link ModelFileText}).
     */
    public static SavedModel read(Path file) throws ModelFileException {
        return formatOf(file).read(file);
    }

    /**
     * Hears {@code file} and its model's test-set evaluation, once the opened model is evaluated (not
     * if it changes first): the Compare tab offers it too.
     */
    public void setOnOpened(BiConsumer<Path, Evaluation> listener) {
        onOpened = Objects.requireNonNull(listener, "listener");
    }

    /** {@code file}, with the model extension added when its name has no extension at all. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + ModelFile.EXTENSION);
    }

    /**
     * Saves the current model to {@code file} (see {@link #withExtension}); true if saved. Refuses, and
     * says why, when there is no model or its weights are not finite.
     */
    public boolean save(Path file) {
        TrainedModel current = training.trainedModel();
        if (current == null) {
            banner.show(Severity.ERROR, () -> Messages.get("model.save.none.title"),
                    () -> Messages.get("model.save.none.detail"));
            return false;
        }
        float[] parameters = current.model().parametersCopy();
        DatasetSignature dataset = WindowDataset.current();
        Optional<ParameterProblem> whyNot = SavedModel.whyNotSavable(current.model().spec(), dataset, parameters);
        if (whyNot.isPresent()) {
            ParameterProblem problem = whyNot.get();
            banner.show(Severity.ERROR, () -> Messages.get("model.save.refused.title"),
                    () -> ModelFileText.refusal(problem));
            return false;
        }
        Path target = withExtension(file);
        try {
            formatOf(target).write(target, new SavedModel(current.config(), current.epochs(), parameters, dataset));
        } catch (IOException | RuntimeException e) {
            String problem = String.valueOf(e.getMessage());
            banner.show(Severity.ERROR,
                    () -> Messages.format("model.save.failed.title", target.getFileName()), () -> problem);
            return false;
        }
        training.markSaved();
        int epochs = current.epochs().size();
        banner.show(Severity.INFO,
                () -> Messages.format("model.saved.title", epochs, target.getFileName()),
                () -> Messages.format("model.saved.detail", target.toAbsolutePath()));
        return true;
    }

    /**
     * Reads the model in {@code file} in the background, then makes it the one Start trains further.
     * A file that cannot be used is refused with the reason in the banner, and nothing else changes.
     * Dismissing the banner's "Reading…" cancels the reading.
     */
    public void open(Path file) {
        if (!canOpen.get()) {
            sayBusy();
            return;
        }
        Path name = file.getFileName();
        banner.show(Severity.INFO, () -> Messages.format("model.open.reading", name),
                () -> Messages.get("model.open.reading.detail"));
        opening.submit(() -> {
            SavedModel saved = read(file);
            return new Opened(saved, models.apply(saved.model(), saved.parameters()));
        }, opened -> {
            DatasetSignature made = opened.saved().dataset();
            if (made.mismatch(WindowDataset.current()).isPresent()) {
                banner.dismiss(); // "Reading…" is over; the question (or the refusal) says what next
                otherDataset.madeForOtherData(file, made, () -> install(file, opened));
            } else {
                install(file, opened);
            }
        }, this::sayRefused);
    }

    /**
     * Hears of a model file, read well, that was made for another data set than the window's: it may
     * offer to switch to that data set and then {@code open} the model; by default the banner says why
     * the file is not opened.
     */
    public void setOnOtherDataset(OtherDataset handler) {
        otherDataset = Objects.requireNonNull(handler, "handler");
    }

    /** What happens to a model file made for another data set. */
    @FunctionalInterface
    public interface OtherDataset {
        /**
         * @param file the model file
         * @param made the class names and image shape it was made for
         * @param open makes it the current model, once the window's data set is {@code made}'s (JavaFX thread)
         */
        void madeForOtherData(Path file, DatasetSignature made, Runnable open);
    }

    /** Why {@code file}, made for {@code made}, is not opened on the window's data set: in the banner. */
    public void sayOtherDataset(Path file, DatasetSignature made) {
        String name = String.valueOf(file.getFileName());
        DatasetSignature open = WindowDataset.current();
        banner.show(Severity.ERROR, () -> Messages.get("model.open.otherDataset.title"),
                () -> ModelFileText.otherDataset(name, made, open));
    }

    /** Makes the model read from {@code file} the current one, and says so; or says why not. */
    private void install(Path file, Opened opened) {
        SavedModel saved = opened.saved();
        if (saved.dataset().mismatch(WindowDataset.current()).isPresent()) {
            sayOtherDataset(file, saved.dataset()); // another data set came in the meantime
            return;
        }
        if (!training.openModel(saved.config(), saved.epochs(), opened.model(),
                evaluation -> onOpened.accept(file, evaluation))) {
            sayBusy(); // a run started while the file was read
            return;
        }
        sayOpened(file.getFileName(), saved, formatOf(file) != ModelFormats.SMLAB);
    }

    private void sayRefused(Throwable failure) {
        if (failure instanceof ModelFileException e) {
            String reasonKey = reasonKey(e.reason());
            banner.show(Severity.ERROR, () -> Messages.get(reasonKey), () -> ModelFileText.detail(e));
        } else {
            // Read well, but no model can be built from it; or memory ran out on the way.
            String problem = String.valueOf(failure.getMessage());
            banner.show(Severity.ERROR, () -> Messages.get("model.open.error.INVALID_CONTENT"), () -> problem);
        }
    }

    private void sayBusy() {
        banner.show(Severity.ERROR, () -> Messages.get("model.open.busy.title"),
                () -> Messages.get("model.open.busy.detail"));
    }

    private void sayOpened(Path name, SavedModel saved, boolean foreignFormat) {
        int epochs = saved.epochs().size();
        Supplier<Notice> notice;
        if (epochs == 0 && foreignFormat) {
            // An .npz, or an ONNX file from PyTorch: weights only, with d2l's settings for its model.
            notice = () -> new Notice(Severity.INFO, Messages.format("model.opened.titleWeightsOnly", name),
                    Messages.get("model.opened.detailWeightsOnly"));
        } else if (epochs == 0) {
            notice = () -> new Notice(Severity.INFO, Messages.format("model.opened.titleNoEpochs", name),
                    Messages.get("model.opened.detail"));
        } else {
            EpochMetrics last = saved.epochs().get(epochs - 1);
            notice = () -> new Notice(Severity.INFO, Messages.format("model.opened.title", name, epochs,
                    last.testAccuracy()), Messages.get("model.opened.detail"));
        }
        openedKind = saved.config().model();
        openedNotice = notice;
        banner.show(notice);
    }

    /** The message key of the banner title for a refused file. */
    static String reasonKey(ModelFileException.Reason reason) {
        return "model.open.error." + reason.name();
    }
}
