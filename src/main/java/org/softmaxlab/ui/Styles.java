package org.softmaxlab.ui;

/**
 * The style classes that Java code sets, mirroring {@code softmaxlab.css} (the app's one
 * stylesheet). FXML files name their own classes directly.
 */
public final class Styles {

    /** The in-window banner that reports how a run ended. */
    public static final String NOTICE_INFO = "notice-info";
    /** The banner in its warning colours (divergence, failure). */
    public static final String NOTICE_ERROR = "notice-error";
    /** A chart symbol that marks an epoch end (larger). */
    public static final String EPOCH_POINT = "epoch-point";
    /** A settings field whose text is not valid (red frame). */
    public static final String INVALID_FIELD = "invalid-field";

    private Styles() {
    }
}
