package org.softmaxlab.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.inspect.ConfusionMatrix;
import org.softmaxlab.session.ModelFileException;
import org.softmaxlab.session.ModelFormat;
import org.softmaxlab.session.ModelFormats;
import org.softmaxlab.session.SavedModel;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code softmaxlab evaluate FILE}: a saved model's loss and accuracy on the 10,000 test images. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = TrainCommand.Version.class,
        description = {"The test-set loss, accuracy and per-class accuracy of a model file "
                + "(saved by the window or by `train --save-model`, a NumPy .npz of d2l's net's state_dict, or an ONNX "
                + "model of d2l's net as torch.onnx.export writes it)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:failed for another reason (see stderr)",
                "2:invalid arguments",
                "3:the model file or the dataset cannot be used (missing, damaged, foreign, not downloadable)",
                "130:cancelled (Ctrl+C)"})
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the model file (.smlab, .npz of a PyTorch state_dict, or .onnx)")
    Path file;

    @Option(names = "--json", description = "one JSON object: file, model, hidden (an MLP's), epochs (null for a .npz), test_images, test_loss, test_acc and "
            + "per_class_acc (by class name)")
    boolean json;

    @Mixin
    DataOptions data = new DataOptions();

    @Option(names = "--threads", paramLabel = "T", description = "ND4J BLAS/OpenMP threads (default: as train)")
    Integer threads;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /** For picocli: stdout and stderr. */
    public EvaluateCommand() {
        this(System.out, System.err, System.console() != null);
    }

    EvaluateCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        SavedModel saved;
        Dataset images;
        // Read as its extension says; a file without a known one is tried as SoftmaxLab's own format,
        // whose reader recognises it by its content.
        ModelFormat format = ModelFormats.forFile(file).orElse(ModelFormats.SMLAB);
        try {
            saved = format.read(file);
        } catch (ModelFileException e) {
            err.println("softmaxlab: " + e.getMessage() + withExtensionHint());
            return ExitCode.DATASET_PROBLEM;
        }
        try {
            images = data.load(err, terminal);
        } catch (DatasetException e) {
            err.println("softmaxlab: " + e.getMessage());
            return ExitCode.DATASET_PROBLEM;
        }
        Nd4jRuntime.configureThreads(threads != null ? threads : Nd4jRuntime.defaultThreads());
        // One training image: the trainer's design matrices are built for both splits, and only the test
        // split is evaluated here.
        TrainingData test = TrainingData.of(images.head(1, Integer.MAX_VALUE));
        Optional<String> mismatch = saved.dataset().mismatch(images.signature());
        if (mismatch.isPresent()) {
            err.println("softmaxlab: " + file + " was made for another data set than " + images.name() + ": "
                    + mismatch.get() + "; evaluate it on the data set it was made for");
            return ExitCode.DATASET_PROBLEM;
        }
        Evaluation evaluation = new Trainer(test).evaluateTest(Model.of(saved.model(), saved.parameters()));
        report(saved, format, images, evaluation);
        return ExitCode.DONE;
    }

    /**
     * For a name without its extension that is not there ({@code evaluate mlp1} after {@code --save-model
     * mlp1}), the file that is: " Did you mean mlp1.smlab?".
     */
    private String withExtensionHint() {
        if (Files.exists(file) || ModelFormats.forFile(file).isPresent()) {
            return "";
        }
        for (ModelFormat known : ModelFormats.ALL) {
            Path candidate = file.resolveSibling(file.getFileName() + known.extension());
            if (Files.isRegularFile(candidate)) {
                return " Did you mean " + candidate + "? (train --save-model adds " + ModelFormats.SMLAB.extension()
                        + " to a name without an extension.)";
            }
        }
        return "";
    }

    /**
     * What the file holds: "softmax regression, trained 10 epochs (lr 0.1, batch 256, seed 42)", or for a
     * weights-only .npz "an MLP with 256 hidden units; weights only" (it records no training).
     */
    static String describe(SavedModel saved, ModelFormat format) {
        ModelSpec model = saved.config().model();
        String what = model.isMlp() ? "an MLP with " + EnglishCount.of(model.hidden(), "hidden unit")
                : "softmax regression";
        if (!recordsTraining(format)) {
            return what + "; weights only (a " + format.extension() + " file does not record how it was trained)";
        }
        return String.format(Locale.US, "%s, trained %s (lr %s, batch %d, seed %d)", what,
                EnglishCount.of(saved.epochs().size(), "epoch"), saved.config().learningRate(),
                saved.config().batchSize(), saved.config().seed());
    }

    private static boolean recordsTraining(ModelFormat format) {
        return format != ModelFormats.NPZ;
    }

    private void report(SavedModel saved, ModelFormat format, Dataset images, Evaluation evaluation) {
        ConfusionMatrix confusion = ConfusionMatrix.of(evaluation);
        if (json) {
            JsonObject perClass = new JsonObject();
            for (int c = 0; c < images.classCount(); c++) {
                perClass.put(images.className(c), confusion.classAccuracy(c), 6);
            }
            ModelSpec model = saved.config().model();
            JsonObject report = new JsonObject().put("file", file.toString()).put("model", model.kind().id());
            if (model.isMlp()) {
                report.put("hidden", model.hidden());
            }
            // A weights-only file does not know its epochs: null, not a made-up 0.
            if (recordsTraining(format)) {
                report.put("epochs", saved.epochs().size());
            } else {
                report.put("epochs", (String) null);
            }
            out.println(report
                    .put("test_images", evaluation.size()).put("test_loss", evaluation.loss(), 6)
                    .put("test_acc", evaluation.accuracy(), 6).put("per_class_acc", perClass));
        } else {
            out.println(file + ": " + describe(saved, format));
            out.printf(Locale.US, "test loss %.4f  test acc %.4f (%,d of %,d right)%n", evaluation.loss(),
                    evaluation.accuracy(), evaluation.correctCount(), evaluation.size());
            for (int c = 0; c < images.classCount(); c++) {
                out.printf(Locale.US, "  %d %-12s %.4f (%,d of %,d)%n", c, images.className(c),
                        confusion.classAccuracy(c), confusion.count(c, c), confusion.rowTotal(c));
            }
        }
        out.flush();
    }
}
