package org.softmaxlab.ui.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.HostileModelFiles;
import org.softmaxlab.math.LossFormula;
import org.softmaxlab.session.ModelFile;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.ModelFormats;
import org.softmaxlab.session.OnnxBuilder;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.EpochMetrics;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.SoftmaxRegression;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.ui.Language;
import org.softmaxlab.ui.Messages;
import org.softmaxlab.ui.Resources;
import org.softmaxlab.ui.banner.BannerViewModel;
import org.softmaxlab.ui.banner.Severity;
import org.softmaxlab.ui.run.ChartPoint;
import org.softmaxlab.ui.run.FakeRunner;
import org.softmaxlab.ui.run.RunState;
import org.softmaxlab.ui.run.SettingsForm.Field;
import org.softmaxlab.ui.run.TrainingViewModel;
import org.softmaxlab.ui.status.StatusViewModel;
import org.softmaxlab.ui.tasks.BackgroundTasks;

/** Saving and opening model files through the view-models, with real files in a temporary folder. */
@Tag("locale")
class ModelFilesViewModelTest {

    private static final TrainConfig CONFIG = new TrainConfig(5, 0.05, 128, 0.02, 9L, LossFormula.STABLE);
    private static final List<EpochMetrics> EPOCHS = List.of(
            new EpochMetrics(1, 0.8, 0.70, 0.7, 0.76, 10, 1),
            new EpochMetrics(2, 0.6, 0.80, 0.6, 0.81, 10, 1));

    @TempDir
    Path dir;

    private final FakeRunner runner = new FakeRunner();
    private final TrainingViewModel training = new TrainingViewModel(new StatusViewModel());
    private final BannerViewModel banner = new BannerViewModel();
    /** Work the files' view-model hands to the background, run when {@link #open} says so. */
    private final List<Runnable> background = new ArrayList<>();
    private final ModelFilesViewModel files = new ModelFilesViewModel(training, banner, Model::of,
            new BackgroundTasks(background::add, Runnable::run));

    private Locale savedLocale;

    @BeforeEach
    void dataReady() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.US); // "81.0%", whatever the machine's locale
        training.dataReady(runner);
    }

    @AfterEach
    void englishAgain() {
        Messages.setLanguage(Language.ENGLISH);
        Locale.setDefault(savedLocale);
    }

    /** Opens {@code file} as File → Open model does, and lets its background reading run. */
    private void open(Path file) {
        files.open(file);
        List<Runnable> now = new ArrayList<>(background);
        background.clear();
        now.forEach(Runnable::run);
    }

    private static float[] parameters(float scale) {
        float[] p = new float[SavedModel.PARAMETER_COUNT];
        for (int i = 0; i < p.length; i++) {
            p[i] = scale * ((i % 17) - 8);
        }
        return p;
    }

    /** The window's state as far as a failed open could disturb it. */
    private record Snapshot(String epochs, String learningRate, List<ChartPoint> loss, List<ChartPoint> test,
                            float[] weights) {
        static Snapshot of(TrainingViewModel vm) {
            float[] w = vm.weightsProperty().get();
            return new Snapshot(vm.settings().textProperty(Field.EPOCHS).get(),
                    vm.settings().textProperty(Field.LEARNING_RATE).get(), List.copyOf(vm.trainLossPoints()),
                    List.copyOf(vm.testAccuracyPoints()), w == null ? null : w.clone());
        }

        void assertSameAs(Snapshot other) {
            assertEquals(other.epochs, epochs);
            assertEquals(other.learningRate, learningRate);
            assertEquals(other.loss, loss);
            assertEquals(other.test, test);
            assertArrayEquals(other.weights, weights);
        }
    }

    @Test
    void aSavedModelOpensAgainWithItsSettingsEpochsAndWeights() throws Exception {
        training.openModel(CONFIG, EPOCHS, SoftmaxRegression.of(parameters(0.001f)));
        assertTrue(files.canSaveProperty().get());
        assertEquals("softmaxlab-2-epochs.smlab", files.suggestedFileName());
        Path file = dir.resolve("lesson");
        assertTrue(files.save(file));
        Path written = dir.resolve("lesson.smlab");
        assertTrue(Files.exists(written), "the extension is added");
        assertEquals(Severity.INFO, banner.severityProperty().get());
        assertEquals("Saved the model (2 epochs) as lesson.smlab", banner.titleProperty().get());

        SavedModel saved = ModelFile.read(written);
        assertEquals(CONFIG, saved.config());
        assertEquals(EPOCHS, saved.epochs());
        assertArrayEquals(parameters(0.001f), saved.parameters());

        training.reset();
        assertTrue(training.testAccuracyPoints().isEmpty());
        open(written);
        assertEquals("5", training.settings().textProperty(Field.EPOCHS).get());
        assertEquals("128", training.settings().textProperty(Field.BATCH_SIZE).get());
        assertEquals(List.of(new ChartPoint(1, 0.76), new ChartPoint(2, 0.81)), training.testAccuracyPoints());
        assertArrayEquals(parameters(0.001f), training.weightsProperty().get());
        assertEquals("Opened lesson.smlab: trained 2 epochs, test accuracy 81.0%", banner.titleProperty().get());
        training.start();
        assertArrayEquals(parameters(0.001f), runner.models.get(0).parametersCopy(), "Start trains the opened model");
    }

    @Test
    void aModelSavedAsOnnxOpensAgainWithItsSettingsAndEpochs() throws Exception {
        training.openModel(CONFIG, EPOCHS, SoftmaxRegression.of(parameters(0.001f)));
        assertTrue(files.save(dir.resolve("lesson.onnx")));
        assertEquals("Saved the model (2 epochs) as lesson.onnx", banner.titleProperty().get());
        assertEquals(ModelFormats.ONNX.read(dir.resolve("lesson.onnx")).config(), CONFIG);
        training.reset();
        open(dir.resolve("lesson.onnx"));
        assertEquals(Severity.INFO, banner.severityProperty().get());
        assertEquals("5", training.settings().textProperty(Field.EPOCHS).get());
        assertEquals(List.of(new ChartPoint(1, 0.76), new ChartPoint(2, 0.81)), training.testAccuracyPoints());
        assertEquals("Opened lesson.onnx: trained 2 epochs, test accuracy 81.0%", banner.titleProperty().get());
    }

    @Test
    void aPyTorchExportOpensAsWeightsWithD2lsRecipeAndAGraphItCannotRunIsRefusedInBothLanguages() throws Exception {
        Path torch = Files.write(dir.resolve("torch.onnx"),
                OnnxBuilder.torchLike(ModelSpec.SOFTMAX, parameters(0.002f)).bytes());
        open(torch);
        assertEquals(Severity.INFO, banner.severityProperty().get());
        assertEquals("Opened torch.onnx: its weights; how it was trained is not in the file", banner.titleProperty().get());
        assertEquals("The settings show d2l's recipe for this model. Start trains it further; Reset begins again with "
                + "fresh weights.", banner.detailProperty().get());
        assertArrayEquals(parameters(0.002f), training.weightsProperty().get());

        Snapshot before = Snapshot.of(training);
        Path conv = Files.write(dir.resolve("cnn.onnx"), new OnnxBuilder().input("x", 1, "N", 1, 28, 28)
                .node("/conv1/Conv", "Conv", List.of("x", "k"), "c")
                .initializer(OnnxBuilder.floatTensor("k", new long[] {1, 1, 3, 3}, new float[9])).output("c").bytes());
        open(conv);
        assertEquals(Severity.ERROR, banner.severityProperty().get());
        Snapshot.of(training).assertSameAs(before);
        assertEquals("This model file holds something SoftmaxLab cannot use", banner.titleProperty().get());
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        banner.relocalize();
        assertEquals("无法打开“cnn.onnx”：其节点“/conv1/Conv”使用了 SoftmaxLab 无法运行的算子 Conv。SoftmaxLab 能打开 "
                + "torch.onnx.export 导出的 d2l 网络：Flatten，然后是 Gemm（或 MatMul 加 Add），两层之间是 Relu，末尾可以有 "
                + "Softmax。", banner.detailProperty().get());
    }

    @Test
    void aDamagedTruncatedOrForeignFileChangesNothingAndSaysWhy() throws Exception {
        SoftmaxRegression current = SoftmaxRegression.of(parameters(0.002f));
        training.openModel(CONFIG.withEpochs(7), EPOCHS, current);
        training.settings().textProperty(Field.LEARNING_RATE).set("0.3");
        Snapshot before = Snapshot.of(training);

        Path good = dir.resolve("good.smlab");
        ModelFile.write(good, new SavedModel(TrainConfig.DEFAULTS, EPOCHS, parameters(0.5f)));
        byte[] bytes = Files.readAllBytes(good);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x40;
        Path damaged = Files.write(dir.resolve("damaged.smlab"), flipped);
        Path truncated = Files.write(dir.resolve("truncated.smlab"), Arrays.copyOf(bytes, bytes.length - 100));
        Path foreign = Files.writeString(dir.resolve("notes.smlab"), "train loss 0.45, test acc 0.83\n");
        Path missing = dir.resolve("gone.smlab");

        for (Path bad : List.of(damaged, truncated, foreign, missing)) {
            banner.dismiss();
            open(bad);
            assertEquals(Severity.ERROR, banner.severityProperty().get());
            assertTrue(banner.detailProperty().get().contains(bad.getFileName().toString()),
                    "the file's own message names it: " + banner.detailProperty().get());
            Snapshot.of(training).assertSameAs(before);
        }
        banner.dismiss();
        open(damaged);
        assertEquals("This model file is damaged", banner.titleProperty().get());
        open(truncated);
        assertEquals("This model file is incomplete", banner.titleProperty().get());
        open(foreign);
        assertEquals("This is not a SoftmaxLab model file", banner.titleProperty().get());

        training.start();
        assertSame(current, runner.models.get(0), "the current model is still the one Start trains");
    }

    @Test
    void thereIsNothingToSaveWithoutAModelAndAModelThatDivergedIsRefused() throws IOException {
        assertFalse(files.canSaveProperty().get());
        Path file = dir.resolve("none.smlab");
        assertFalse(files.save(file));
        assertEquals("There is no model to save yet", banner.titleProperty().get());

        float[] broken = parameters(0.001f);
        broken[42] = Float.NaN;
        training.openModel(CONFIG, EPOCHS, SoftmaxRegression.of(broken));
        assertFalse(files.save(file));
        assertEquals("This model cannot be saved", banner.titleProperty().get());
        assertEquals(SavedModel.refusal(SavedModel.whyNotSavable(ModelSpec.SOFTMAX, broken).orElseThrow()), banner.detailProperty().get());
        assertFalse(Files.exists(file), "nothing is written");

        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        banner.relocalize();
        assertEquals("无法保存此模型：7,850 个参数中有 1 个不是有限数（NaN 或 ±∞），第一个是像素（第 0 行，第 4 列）对类别 2（套头衫）"
                + "的权重。训练已发散；请用更小的学习率重新训练，然后再保存。", banner.detailProperty().get());
    }

    @Test
    void aModelMadeForAnotherDataSetIsNotOpenedAndTheBannerSaysForWhichData() throws Exception {
        SoftmaxRegression current = SoftmaxRegression.of(parameters(0.002f));
        training.openModel(CONFIG, EPOCHS, current);
        Snapshot before = Snapshot.of(training);
        org.softmaxlab.data.DatasetSignature digits = new org.softmaxlab.data.DatasetSignature(
                org.softmaxlab.data.MnistFamily.MNIST.classNames(), org.softmaxlab.data.ImageShape.MNIST);
        Path file = dir.resolve("digits.smlab");
        ModelFile.write(file, new SavedModel(CONFIG, EPOCHS, parameters(0.5f), digits));

        open(file);
        assertEquals(Severity.ERROR, banner.severityProperty().get());
        assertEquals("This model was made for another data set", banner.titleProperty().get());
        assertEquals("\u201cdigits.smlab\u201d was made for 10 classes (0, 1, 2, 3, \u2026; images: 28\u00d728 grayscale); "
                + "the data set open now has 10 classes (T-shirt/top, Trouser, Pullover, Dress, \u2026; images: "
                + "28\u00d728 grayscale). Open the data set it was made for (File \u2192 Data set: Open folder\u2026, or one of "
                + "the names listed there), then open the model again.",
                banner.detailProperty().get());
        Snapshot.of(training).assertSameAs(before);
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        banner.relocalize();
        assertEquals("此模型是为另一个数据集训练的", banner.titleProperty().get());
    }

    @Test
    void aModelForAnotherDataSetIsHandedOnAndOpensOnceItsDataSetIsTheWindows() throws Exception {
        org.softmaxlab.data.DatasetSignature digits = new org.softmaxlab.data.DatasetSignature(
                org.softmaxlab.data.MnistFamily.MNIST.classNames(), org.softmaxlab.data.ImageShape.MNIST);
        Path file = dir.resolve("digits.smlab");
        ModelFile.write(file, new SavedModel(CONFIG, EPOCHS, parameters(0.5f), digits));
        List<Runnable> opens = new ArrayList<>();
        files.setOnOtherDataset((path, made, openIt) -> {
            assertEquals(file, path);
            assertEquals(digits, made);
            opens.add(openIt);
        });

        open(file);
        // Fails without the hand-over: the file was refused in the banner, with nothing to offer.
        assertEquals(1, opens.size(), "the window is asked what to do");
        assertFalse(training.hasModelProperty().get(), "nothing is opened meanwhile");
        assertFalse(banner.showingProperty().get(), "\u201cReading\u2026\u201d is over, nothing refused");

        org.softmaxlab.ui.inspect.WindowDataset.use(digits); // the window switched to the digits
        try {
            opens.get(0).run();
            assertTrue(training.hasModelProperty().get());
            assertEquals("Opened digits.smlab: trained 2 epochs, test accuracy 81.0%", banner.titleProperty().get());
        } finally {
            org.softmaxlab.ui.inspect.WindowDataset.use(org.softmaxlab.data.DatasetSignature.FASHION_MNIST);
        }
    }

    @Test
    void noModelIsOpenedOrSavedWhileARunIsActive() throws IOException {
        Path good = dir.resolve("good.smlab");
        ModelFile.write(good, new SavedModel(CONFIG, EPOCHS, parameters(0.5f)));
        training.start();
        assertEquals(RunState.RUNNING, training.stateProperty().get());
        assertFalse(files.canOpenProperty().get());
        assertFalse(files.canSaveProperty().get());
        open(good);
        assertEquals("A model can be opened once no run is active", banner.titleProperty().get());
        assertEquals("10", training.settings().textProperty(Field.EPOCHS).get());
    }

    @Test
    void theFileIsReadInTheBackgroundAndOnlyThenOpened() throws IOException {
        Path file = dir.resolve("later.smlab");
        ModelFile.write(file, new SavedModel(CONFIG, EPOCHS, parameters(0.001f)));
        Snapshot before = Snapshot.of(training);
        files.open(file);
        assertEquals(1, background.size(), "the reading waits for a background thread");
        assertEquals("Reading later.smlab\u2026", banner.titleProperty().get());
        Snapshot.of(training).assertSameAs(before);
        background.remove(0).run();
        assertArrayEquals(parameters(0.001f), training.weightsProperty().get());
        assertEquals("Opened later.smlab: trained 2 epochs, test accuracy 81.0%", banner.titleProperty().get());
    }

    @Test
    void theOpenedBannerGoesWhenTheFormSwitchesToAnotherKindOfModel() throws IOException {
        Path file = dir.resolve("softmax.smlab");
        ModelFile.write(file, new SavedModel(CONFIG, EPOCHS, parameters(0.001f)));
        open(file);
        assertEquals("Opened softmax.smlab: trained 2 epochs, test accuracy 81.0%", banner.titleProperty().get());
        training.settings().lossFormulaProperty().set(org.softmaxlab.math.LossFormula.NAIVE);
        assertTrue(banner.showingProperty().get(), "another setting: Start still trains the opened model further");

        training.settings().modelKindProperty().set(ModelSpec.Kind.MLP);
        assertFalse(banner.showingProperty().get(),
                "'Start trains it further' is false once Start would begin an MLP afresh: " + banner.titleProperty().get());
    }

    @Test
    void dismissingReadingCancelsItAndNothingIsOpened() throws IOException {
        Path file = dir.resolve("unwanted.smlab");
        ModelFile.write(file, new SavedModel(CONFIG, EPOCHS, parameters(0.001f)));
        Snapshot before = Snapshot.of(training);
        List<Path> opened = new ArrayList<>();
        files.setOnOpened((f, evaluation) -> opened.add(f));
        files.open(file);
        banner.dismiss(); // the Dismiss button of "Reading unwanted.smlab…"
        background.forEach(Runnable::run);
        Snapshot.of(training).assertSameAs(before);
        assertEquals(List.of(), opened);
        assertEquals(null, banner.noticeProperty().get(), "nothing said after: the user chose to stop it");
    }

    @Test
    void aFileOpenedWhileAnotherIsReadSupersedesIt() throws IOException {
        Path first = dir.resolve("first.smlab");
        Path second = dir.resolve("second.smlab");
        ModelFile.write(first, new SavedModel(CONFIG, EPOCHS, parameters(0.001f)));
        ModelFile.write(second, new SavedModel(CONFIG, EPOCHS, parameters(0.003f)));
        List<Path> opened = new ArrayList<>();
        files.setOnOpened((file, evaluation) -> opened.add(file));
        files.open(first);
        open(second);
        assertEquals(List.of(second), opened, "handed on with the session's evaluation of it");
        assertEquals(1, runner.evaluated.size(), "the opened model is evaluated once; Compare takes that evaluation");
        assertArrayEquals(parameters(0.003f), training.weightsProperty().get());
    }

    @Test
    void everyCraftedFileIsRefusedNamingItAndNothingChanges() throws IOException {
        training.openModel(CONFIG, EPOCHS, SoftmaxRegression.of(parameters(0.002f)));
        Snapshot before = Snapshot.of(training);
        for (HostileModelFiles.Crafted crafted : HostileModelFiles.all().values()) {
            banner.dismiss();
            open(crafted.writeTo(dir));
            assertEquals(Severity.ERROR, banner.severityProperty().get(), crafted.name());
            assertTrue(banner.detailProperty().get().startsWith("Cannot open '" + crafted.name() + "': "),
                    banner.detailProperty().get());
            Snapshot.of(training).assertSameAs(before);
        }
    }

    @Test
    void theBannerSaysItAgainInChinese() throws IOException {
        Path foreign = Files.writeString(dir.resolve("notes.smlab"), "hello");
        open(foreign);
        ModelFileException refused = assertThrows(ModelFileException.class, () -> ModelFile.read(foreign));
        assertEquals(refused.getMessage(), banner.detailProperty().get(), "in English as the exception says it");
        Messages.setLanguage(Language.SIMPLIFIED_CHINESE);
        banner.relocalize();
        assertEquals("这不是 SoftmaxLab 模型文件", banner.titleProperty().get());
        assertEquals("无法打开“notes.smlab”：它不是 SoftmaxLab 模型文件。请选择由 SoftmaxLab 保存的模型（*.smlab）、NumPy 的 state_dict（*.npz）或 ONNX 模型（*.onnx）。",
                banner.detailProperty().get());
    }

    @Test
    void everyReasonForRefusingAFileHasATitleInBothLanguages() {
        for (Language language : Language.values()) {
            ResourceBundle bundle = Resources.messages(language.locale());
            for (ModelFileException.Reason reason : ModelFileException.Reason.values()) {
                assertTrue(bundle.containsKey(ModelFilesViewModel.reasonKey(reason)), language + " " + reason);
            }
        }
    }
}
