package org.softmaxlab.ui.numerics;

import org.softmaxlab.math.NumericReason;
import org.softmaxlab.ui.Messages;

/** How a special value arose, said in the language {@link Messages} speaks now. */
final class ReasonText {

    private ReasonText() {
    }

    /**
     * The sentence of {@code reason} ({@code numerics.why.CODE}), or empty for an ordinary number. The
     * exponent is written as the table writes numbers, so that "exp(−2000)" matches the cell beside it.
     */
    static String of(NumericReason reason) {
        if (!reason.isPresent()) {
            return "";
        }
        return Messages.format("numerics.why." + reason.code().name(), NumericText.format(reason.logit()),
                reason.expLimit());
    }
}
