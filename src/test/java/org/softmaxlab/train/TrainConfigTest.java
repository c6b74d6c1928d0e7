package org.softmaxlab.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("locale")
class TrainConfigTest {

    @Test
    void defaultsAreD2lsRecipeAndValid() {
        TrainConfig c = TrainConfig.DEFAULTS;
        assertEquals(10, c.epochs());
        assertEquals(0.1, c.learningRate());
        assertEquals(256, c.batchSize());
        assertEquals(0.01, c.initStd());
        assertTrue(c.problems().isEmpty());
    }

    @Test
    void eachInvalidSettingIsNamedWithItsValue() {
        assertProblem(TrainConfig.DEFAULTS.withEpochs(0), "epochs must be between 1 and 10,000 (was 0)");
        assertProblem(TrainConfig.DEFAULTS.withEpochs(10_001), "epochs must be between 1 and 10,000 (was 10001)");
        assertProblem(TrainConfig.DEFAULTS.withLearningRate(0), "learning rate must be a finite number greater than 0 (was 0.0)");
        assertProblem(TrainConfig.DEFAULTS.withLearningRate(Double.NaN), "(was NaN)");
        assertProblem(TrainConfig.DEFAULTS.withLearningRate(Double.POSITIVE_INFINITY), "(was Infinity)");
        assertProblem(TrainConfig.DEFAULTS.withBatchSize(0), "batch size must be between 1 and 60,000 (was 0)");
        assertProblem(TrainConfig.DEFAULTS.withBatchSize(60_001), "(was 60001)");
        assertProblem(TrainConfig.DEFAULTS.withInitStd(-0.1), "init σ must be a finite number ≥ 0 (was -0.1)");
        assertTrue(TrainConfig.DEFAULTS.withInitStd(0).problems().isEmpty());
        assertTrue(TrainConfig.DEFAULTS.withSeed(Long.MIN_VALUE).problems().isEmpty());
    }

    @Test
    void validateListsEveryProblem() {
        TrainConfig bad = TrainConfig.DEFAULTS.withEpochs(0).withBatchSize(-1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::validate);
        assertTrue(e.getMessage().contains("epochs") && e.getMessage().contains("batch size"), e.getMessage());
    }

    private static void assertProblem(TrainConfig config, String expected) {
        List<String> problems = config.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(expected), problems.get(0));
    }
}
