package org.softmaxlab.inspect;

/**
 * A picture that cannot be turned into a model input; the message names the file and what to do
 * (in English, for logs and the command line). The window says the same in its own language from
 * {@link #reason()}, {@link #fileName()} and {@link #detail()}.
 */
public final class ImageImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the picture could not be used. */
    public enum Reason {
        /** There is no such file. */
        NO_SUCH_FILE,
        /** Reading it failed; {@link #detail()} says how. */
        UNREADABLE,
        /** It is not a picture the image readers know. */
        NOT_A_PICTURE,
        /** It has more pixels than can be read; {@link #detail()} gives its size. */
        TOO_LARGE
    }

    private final Reason reason;
    private final String fileName;
    private final String detail;

    /**
     * @param reason   why the picture could not be used
     * @param fileName the file's name (without its folder)
     * @param detail   the underlying error's message for {@link Reason#UNREADABLE}, the picture's size
     *                 ("30000 × 30000") for {@link Reason#TOO_LARGE}, otherwise empty
     * @param cause    the underlying error, or null
     */
    public ImageImportException(Reason reason, String fileName, String detail, Throwable cause) {
        super(englishMessage(reason, fileName, detail), cause);
        this.reason = reason;
        this.fileName = fileName;
        this.detail = detail == null ? "" : detail;
    }

    private static String englishMessage(Reason reason, String fileName, String detail) {
        return switch (reason) {
            case NO_SUCH_FILE -> fileName + " does not exist. Check its name, or choose another file.";
            case UNREADABLE -> fileName + " cannot be read as an image (" + detail + "). Use a PNG or JPEG file.";
            case NOT_A_PICTURE -> fileName + " is not a picture this program can read. Use a PNG or JPEG file.";
            case TOO_LARGE -> fileName + " is too large to read (" + detail + " pixels). Scale it down to at most "
                    + String.format(java.util.Locale.ROOT, "%,d", ImageImport.MAX_PIXELS / 1_000_000)
                    + " megapixels, or use a smaller copy.";
        };
    }

    /** Why the picture could not be used. */
    public Reason reason() {
        return reason;
    }

    /** The file's name, without its folder. */
    public String fileName() {
        return fileName;
    }

    /** The underlying error's message, or empty. */
    public String detail() {
        return detail;
    }
}
