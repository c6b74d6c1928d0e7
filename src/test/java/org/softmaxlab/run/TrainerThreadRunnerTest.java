package org.softmaxlab.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.softmaxlab.testing.SyntheticData;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.Model;
import org.softmaxlab.train.TrainConfig;
import org.softmaxlab.train.Trainer;
import org.softmaxlab.train.TrainingControl;
import org.softmaxlab.train.TrainingData;
import org.softmaxlab.train.TrainingListener;

/** The runner's background evaluation, against a Start that trains the same model in place right after. */
class TrainerThreadRunnerTest {

    @Test
    void anEvaluationIsOfTheModelAsItWasWhenAskedNotAsANewRunLeavesIt() throws Exception {
        TrainingData data = TrainingData.of(SyntheticData.dataset(2_000, 500, 7));
        TrainConfig config = TrainConfig.DEFAULTS.withEpochs(1).withLearningRate(0.5);
        Model model = Model.initialized(config.model(), config.initStd(), config.seed());
        Trainer trainer = new Trainer(data);
        trainer.run(config, model, TrainingListener.NONE, new TrainingControl());
        Evaluation expected = trainer.evaluateTest(Model.of(model.spec(), model.parametersCopy()));

        Callable<Evaluation> asked = new TrainerThreadRunner(data).evaluation(model);
        // What a new Start does at once on the same thread: train the model further, in place.
        trainer.run(config.withEpochs(3), model, TrainingListener.NONE, new TrainingControl());

        Evaluation evaluation = asked.call();
        assertNotNull(evaluation);
        assertEquals(expected.loss(), evaluation.loss(), 0.0, "the loss of the model as it was asked about");
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.probabilities(i), evaluation.probabilities(i), "image " + i);
        }
        assertTrue(evaluation.loss() != trainer.evaluateTest(model).loss(), "the model did change meanwhile");
    }
}
