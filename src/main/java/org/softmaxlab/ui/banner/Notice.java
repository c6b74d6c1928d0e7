package org.softmaxlab.ui.banner;

import java.util.Objects;

/**
 * One message of a banner: what happened, and what to try.
 *
 * @param severity              INFO for news, ERROR for something that went wrong
 * @param title                 one line, what happened
 * @param detail                the explanation, possibly empty
 * @param suggestedLearningRate a learning rate worth trying instead (offered as a button), or null
 */
public record Notice(Severity severity, String title, String detail, Double suggestedLearningRate) {

    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }

    /** A notice with nothing to suggest. */
    public Notice(Severity severity, String title, String detail) {
        this(severity, title, detail, null);
    }
}
