package org.softmaxlab.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips every test that comes after the real data was found missing (see {@link RealData}): the first
 * test that needed it has failed with the whole message, and the build with it. Registered for every
 * test class through JUnit's extension auto-detection ({@code junit-platform.properties} and
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}), so that new test classes need
 * nothing to take part.
 */
public final class MissingDataStop implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return RealData.stopReason().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("the real data is there, or not needed yet"));
    }
}
