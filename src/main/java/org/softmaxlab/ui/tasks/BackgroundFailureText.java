package org.softmaxlab.ui.tasks;

import org.softmaxlab.ui.Messages;

/** What failed in the background, for the window's banner, when the task had no words of its own for it. */
public final class BackgroundFailureText {

    private BackgroundFailureText() {
    }

    /** The failure's own message with what kind it is ("OutOfMemoryError: Java heap space"), in this language. */
    public static String of(Throwable failure) {
        String kind = failure.getClass().getSimpleName();
        String message = failure.getMessage();
        return message == null || message.isBlank() ? Messages.format("background.failed.detailNoMessage", kind)
                : Messages.format("background.failed.detail", kind, message);
    }
}
