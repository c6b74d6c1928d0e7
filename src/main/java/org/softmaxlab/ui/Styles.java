package org.softmaxlab.ui;

/**
 * The style classes that Java code sets, mirroring {@code softmaxlab.css} (the app's one
 * stylesheet). FXML files name their own classes directly.
 */
public final class Styles {

    /** A banner: padded, rounded, coloured by {@link #NOTICE_INFO} or {@link #NOTICE_ERROR}. */
    public static final String NOTICE = "notice";
    /** A banner's first line, in bold. */
    public static final String NOTICE_TITLE = "notice-title";
    /** The in-window banner that reports how a run ended. */
    public static final String NOTICE_INFO = "notice-info";
    /** The banner in its warning colours (divergence, failure). */
    public static final String NOTICE_ERROR = "notice-error";
    /** A chart symbol that marks an epoch end (larger). */
    public static final String EPOCH_POINT = "epoch-point";
    /** A settings field whose text is not valid (red frame). */
    public static final String INVALID_FIELD = "invalid-field";

    /** On the window's root: the dark theme. */
    public static final String THEME_DARK = "theme-dark";
    /** On the window's root: presentation mode (large type, thick lines, strong contrast). */
    public static final String PRESENTATION = "presentation";
    /** The window-wide banner under the menu bar (settings reset, files saved or refused). */
    public static final String WINDOW_BANNER = "window-banner";

    private Styles() {
    }
}
