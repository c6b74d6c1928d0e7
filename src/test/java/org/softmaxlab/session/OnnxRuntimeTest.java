package org.softmaxlab.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.softmaxlab.data.DatasetSignature;
import org.softmaxlab.data.ImageSet;
import org.softmaxlab.inspect.ImageClassifier;
import org.softmaxlab.testing.RealData;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.ModelSpec;
import org.softmaxlab.train.Nd4jRuntime;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/**
 * Microsoft's ONNX Runtime (its Java API, a test-scope dependency only) runs the ONNX files SoftmaxLab
 * writes on the whole real test set and computes SoftmaxLab's logits within 1e-5, and the probabilities
 * and predictions of SoftmaxLab's own evaluation, for both models.
 */
@Timeout(600)
class OnnxRuntimeTest {

    /**
     * The largest difference allowed between a logit of ONNX Runtime's and SoftmaxLab's, for logits up to 1
     * in size; relative above (float32 sums of 785 products in another order: 7.6e-6 and 9.5e-6 at most
     * here, for logits up to about 10).
     */
    private static final double LOGIT_TOLERANCE = 1e-5;

    private static final int PIXELS = DatasetSignature.FASHION_MNIST.shape().values();
    private static ImageSet test;
    private static Trainer trainer;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        Nd4jRuntime.configureThreads(1);
        var data = RealData.load();
        test = data.test();
        trainer = new Trainer(TrainingData.of(data));
    }

    @Test
    void onnxRuntimeComputesOurSoftmaxRegression() throws Exception {
        check(ModelSpec.SOFTMAX);
    }

    @Test
    void onnxRuntimeComputesOurMlp() throws Exception {
        check(ModelSpec.mlp(256));
    }

    private void check(ModelSpec spec) throws Exception {
        TrainConfig config = TrainConfig.DEFAULTS.withModel(spec).withEpochs(1);
        RunOutcome outcome = trainer.run(config, TrainingListener.NONE, new TrainingControl());
        float[] parameters = outcome.model().parametersCopy();
        Path file = dir.resolve(spec.kind().id() + ".onnx");
        ModelFormats.ONNX.write(file, new SavedModel(config, outcome.epochs(), parameters));

        int n = test.size();
        float[] images = new float[n * PIXELS];
        for (int i = 0; i < n; i++) {
            test.copyScaledRow(i, images, i * PIXELS);
        }
        float[][] logits;
        float[][] probabilities;
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(Files.readAllBytes(file), options);
                 OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(images),
                         new long[] {n, 1, 28, 28});
                 OrtSession.Result result = session.run(Map.of(OnnxModelFile.INPUT, input))) {
                logits = (float[][]) result.get(OnnxModelFile.LOGITS).orElseThrow().getValue();
                probabilities = (float[][]) result.get(OnnxModelFile.PROBABILITIES).orElseThrow().getValue();
            }
        }

        ImageClassifier ours = new ImageClassifier(spec.sizedFor(DatasetSignature.FASHION_MNIST), parameters);
        Evaluation evaluation = trainer.evaluateTest(outcome.model());
        assertEquals(n, logits.length);
        double worstLogit = 0;
        double worstProbability = 0;
        int differing = 0;
        float[] pixels = new float[PIXELS];
        for (int i = 0; i < n; i++) {
            System.arraycopy(images, i * PIXELS, pixels, 0, PIXELS);
            float[] expected = ours.logits(pixels);
            int argmax = 0;
            for (int c = 0; c < expected.length; c++) {
                worstLogit = Math.max(worstLogit, Math.abs(expected[c] - logits[i][c]) / Math.max(1, Math.abs(expected[c])));
                worstProbability = Math.max(worstProbability, Math.abs(evaluation.probability(i, c) - probabilities[i][c]));
                argmax = logits[i][c] > logits[i][argmax] ? c : argmax;
            }
            if (argmax != evaluation.prediction(i)) {
                differing++;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%s: largest logit difference (relative above 1) %.3g, probability %.3g, %d predictions "
                + "differ%n", spec.kind().id(), worstLogit, worstProbability, differing);
        assertTrue(worstLogit <= LOGIT_TOLERANCE, "largest logit difference " + worstLogit);
        assertTrue(worstProbability <= LOGIT_TOLERANCE, "largest probability difference " + worstProbability);
        assertTrue(differing <= 1, differing + " predictions differ (only an exact near-tie may)");
    }
}
