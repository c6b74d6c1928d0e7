package org.softmaxlab.ui.numerics;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.softmaxlab.math.NumericsComparison;
import org.softmaxlab.ui.Messages;

/**
 * Reads a logit vector as a person types it: "1, 2, 3", "[1000 1001 1002]", "−1000; 0; 1e3".
 * Numbers are separated by commas, semicolons or spaces, use a decimal point, and may be written
 * with the typographic minus "−" that the presets show.
 */
public final class LogitsParser {

    /** A plain decimal number with an optional exponent; no "NaN", "Infinity" or hex that Java would also take. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    /**
     * What the text says: either the logits or what is wrong with it.
     *
     * @param logits  the numbers, or null when there is a problem
     * @param problem one sentence a person can act on, or null
     */
    public record Result(double[] logits, String problem) {

        /** Whether the text was a valid logit vector. */
        public boolean isValid() {
            return problem == null;
        }
    }

    private LogitsParser() {
    }

    /** Parses {@code text}; never throws. */
    public static Result parse(String text) {
        String body = text == null ? "" : text.strip();
        if (body.startsWith("[") && body.endsWith("]") || body.startsWith("(") && body.endsWith(")")) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> tokens = new ArrayList<>();
        for (String token : SEPARATORS.split(body.replace('\u2212', '-'))) {
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        if (tokens.isEmpty()) {
            return problem(Messages.get("numerics.error.empty"));
        }
        if (tokens.size() > NumericsComparison.MAX_LOGITS) {
            return problem(Messages.format("numerics.error.tooMany", NumericsComparison.MAX_LOGITS, tokens.size()));
        }
        double[] logits = new double[tokens.size()];
        for (int i = 0; i < logits.length; i++) {
            String token = tokens.get(i);
            if (!NUMBER.matcher(token).matches()) {
                return problem(Messages.format("numerics.error.notNumber", token));
            }
            logits[i] = Double.parseDouble(token);
            // float32 must hold every logit, or its column would show an overflow of the input, not of exp.
            if (!(Math.abs(logits[i]) <= Float.MAX_VALUE)) {
                return problem(Messages.format("numerics.error.tooLarge", token));
            }
        }
        return new Result(logits, null);
    }

    private static Result problem(String message) {
        return new Result(null, message);
    }
}
