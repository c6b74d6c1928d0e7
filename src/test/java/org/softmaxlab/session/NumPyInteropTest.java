package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.testing.NumPy;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/**
 * Our .npz models against NumPy itself on the real test images: an archive NumPy writes gives the
 * predictions NumPy computes, and NumPy reads ours as the book's state_dict with the accuracy we report.
 */
@Tag("slow")
@Timeout(600)
class NumPyInteropTest {

    /** Writes a state_dict of seeded random weights, then prints NumPy's predictions, near ties and correct count. */
    private static final String WRITE_AND_PREDICT = String.join("\n",
            "import sys, gzip, numpy as np",
            "out, hidden, seed, data = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]",
            "rng = np.random.default_rng(seed)",
            "def idx(p, off):",
            "    with gzip.open(p, 'rb') as f: return np.frombuffer(f.read(), np.uint8, offset=off)",
            "X = idx(data + '/t10k-images-idx3-ubyte.gz', 16).reshape(-1, 784).astype(np.float32) / 255",
            "Y = idx(data + '/t10k-labels-idx1-ubyte.gz', 8)",
            "f = lambda *s: rng.normal(0, 0.1, s).astype(np.float32)",
            "if hidden:",
            "    sd = {'1.weight': f(hidden, 784), '1.bias': f(hidden), '3.weight': f(10, hidden), '3.bias': f(10)}",
            "    o = np.maximum(X @ sd['1.weight'].T + sd['1.bias'], 0) @ sd['3.weight'].T + sd['3.bias']",
            "else:",
            "    sd = {'1.weight': f(10, 784), '1.bias': f(10)}",
            "    o = X @ sd['1.weight'].T + sd['1.bias']",
            "np.savez(out, **sd)",
            "pred = o.argmax(1); top = np.sort(o, 1)",
            "print(' '.join(map(str, pred)))",
            "print(' '.join('1' if m < 1e-4 * max(1, abs(t)) else '0' for m, t in zip(top[:, -1] - top[:, -2], top[:, -1])))",
            "print(int((pred == Y).sum()))");

    /** Loads an archive as the book would, checks it is the state_dict, prints its correct count and near ties. */
    private static final String LOAD_AND_SCORE = String.join("\n",
            "import sys, gzip, numpy as np",
            "path, data = sys.argv[1], sys.argv[2]",
            "def idx(p, off):",
            "    with gzip.open(p, 'rb') as f: return np.frombuffer(f.read(), np.uint8, offset=off)",
            "X = idx(data + '/t10k-images-idx3-ubyte.gz', 16).reshape(-1, 784).astype(np.float32) / 255",
            "Y = idx(data + '/t10k-labels-idx1-ubyte.gz', 8)",
            "sd = dict(np.load(path))",
            "for k, v in sd.items(): print(k, v.dtype, v.shape, v.flags.c_contiguous)",
            "o = X @ sd['1.weight'].T + sd['1.bias']",
            "if '3.weight' in sd: o = np.maximum(o, 0) @ sd['3.weight'].T + sd['3.bias']",
            "top = np.sort(o, 1)",
            "print(int((o.argmax(1) == Y).sum()), int((top[:, -1] - top[:, -2] < 1e-4).sum()))");

    private static TrainingData data;
    private static Trainer trainer;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        NumPy.require();
        Nd4jRuntime.configureThreads(1);
        data = TrainingData.of(RealData.load());
        trainer = new Trainer(data);
    }

    @Test
    void anMlpNumPyWroteGivesTheNumPyPredictionsForTheRealTestImages() throws Exception {
        checkNumPysPredictions(32, ModelSpec.mlp(32));
    }

    @Test
    void aSoftmaxRegressionNumPyWroteGivesTheNumPyPredictionsForTheRealTestImages() throws Exception {
        checkNumPysPredictions(0, ModelSpec.SOFTMAX);
    }

    private void checkNumPysPredictions(int hidden, ModelSpec expected) throws Exception {
        Path file = dir.resolve("numpy.npz");
        String[] lines = NumPy.run(WRITE_AND_PREDICT, file.toString(), String.valueOf(hidden), "3",
                RealData.folder().toString()).strip().split("\n");
        int[] numpyPredictions = Arrays.stream(lines[0].split(" ")).mapToInt(Integer::parseInt).toArray();
        String[] nearTie = lines[1].split(" ");

        SavedModel opened = NpzModelFile.read(file);
        assertEquals(expected, opened.config().model());
        assertEquals(TrainConfig.DEFAULTS.withModel(expected), opened.config(), "an .npz gets d2l's settings");
        assertTrue(opened.epochs().isEmpty(), "and no epochs: its training is unknown");
        Evaluation ours = trainer.evaluateTest(Model.of(expected, opened.parameters()));

        assertEquals(10_000, numpyPredictions.length);
        int differing = 0;
        for (int i = 0; i < numpyPredictions.length; i++) {
            if (ours.prediction(i) != numpyPredictions[i]) {
                assertEquals("1", nearTie[i], "image " + i + ": NumPy says " + numpyPredictions[i] + ", we say "
                        + ours.prediction(i) + ", and it is no near tie");
                differing++;
            }
        }
        assertTrue(differing <= 2, differing + " near ties decided differently");
        assertEquals(Integer.parseInt(lines[2]), ours.correctCount(), differing);
    }

    @Test
    void numPyReadsOurExportedMlpAsTheBooksStateDictWithTheAccuracyWeReport() throws Exception {
        TrainConfig config = TrainConfig.DEFAULTS.withModel(ModelSpec.mlp(64)).withEpochs(1);
        RunOutcome outcome = trainer.run(config, TrainingListener.NONE, new TrainingControl());
        Path file = dir.resolve("ours.npz");
        NpzModelFile.write(file, new SavedModel(config, outcome.epochs(), outcome.model().parametersCopy()));

        String[] lines = NumPy.run(LOAD_AND_SCORE, file.toString(), RealData.folder().toString()).strip().split("\n");

        assertEquals("1.weight float32 (64, 784) True", lines[0]);
        assertEquals("1.bias float32 (64,) True", lines[1]);
        assertEquals("3.weight float32 (10, 64) True", lines[2]);
        assertEquals("3.bias float32 (10,) True", lines[3]);
        String[] score = lines[4].split(" ");
        int numpyCorrect = Integer.parseInt(score[0]);
        int nearTies = Integer.parseInt(score[1]);
        Evaluation reported = trainer.evaluateTest(outcome.model());
        assertEquals(outcome.lastEpoch().testAccuracy(), reported.accuracy(), "the epoch's own evaluation");
        assertEquals(numpyCorrect, reported.correctCount(), nearTies);
        assertEquals(numpyCorrect / 10_000.0, reported.accuracy(), nearTies / 10_000.0);
        assertArrayEquals(outcome.model().parametersCopy(), NpzModelFile.read(file).parameters());
    }
}
