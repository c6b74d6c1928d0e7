package org.softmaxlab.data;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A download of the data set that failed, with what failed as a {@link Kind} a person understands (no
 * such host, refused, timed out, an HTTP status, a checksum), so that the command line says it in
 * English and the window in its own language. Files completed before it stay in the cache; nothing of
 * the failed file is left.
 */
public final class DatasetDownloadException extends DatasetException {

    private static final long serialVersionUID = 1L;

    /**
     * What failed, with its English sentence: {0} the file, {1} where (a host, or a URL for
     * {@link #HTTP_STATUS} and {@link #CHECKSUM}), {2} the detail (a status code, byte counts, the
     * system's own words).
     */
    public enum Kind {
        /** The mirror's name does not resolve: offline, no DNS, or a mistyped {@code --mirror}. */
        NO_SUCH_HOST("{0}: download failed: the server {1} was not found (its name does not resolve: no internet "
                + "connection, no DNS, or a mistyped mirror)"),
        /** Something answered, but nothing listens there (or a firewall said no). */
        REFUSED("{0}: download failed: {1} refused the connection (nothing listens there, or a firewall "
                + "blocks it)"),
        /** No connection within the connect timeout. */
        CONNECT_TIMED_OUT("{0}: download timed out: could not connect to {1} within {2}; check the internet "
                + "connection (or proxy) and try again"),
        /** The connection went quiet. */
        STALLED("{0}: download timed out: no data for {2} from {1}; check the connection and try again"),
        /** Another network failure. */
        CONNECTION_FAILED("{0}: download from {1} failed: {2}"),
        /** The server answered, with something else than the file. */
        HTTP_STATUS("{0}: download failed: HTTP {2} from {1}"),
        /** The connection closed before the announced length arrived. */
        TRUNCATED("{0}: download truncated: {2} (the connection closed early); try again"),
        /** The bytes arrived but are not the published file. */
        CHECKSUM("{0}: {2}; downloaded from {1}; try again, or use another mirror"),
        /** The download could not be stored on this machine. */
        STORAGE("{0}: cannot store the download in {1}: {2}");

        private final String pattern;

        Kind(String pattern) {
            this.pattern = pattern;
        }

        /** The English pattern; {0} the file, {1} where, {2} the detail. */
        public String pattern() {
            return pattern;
        }
    }

    private final Kind kind;
    private final String fileName;
    private final String where;
    private final String detail;

    public DatasetDownloadException(Kind kind, String fileName, String where, String detail, Throwable cause) {
        super(new MessageFormat(kind.pattern(), Locale.ROOT).format(new Object[] {fileName, where, detail}), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.where = Objects.requireNonNull(where, "where");
        this.detail = detail == null ? "" : detail;
    }

    public DatasetDownloadException(Kind kind, String fileName, String where, String detail) {
        this(kind, fileName, where, detail, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The file being fetched, e.g. {@code train-images-idx3-ubyte.gz}. */
    public String fileName() {
        return fileName;
    }

    /** The host, folder or URL the failure concerns. */
    public String where() {
        return where;
    }

    /** The specifics, in the reader's or the system's words (HTTP status, byte counts, checksums). */
    public String detail() {
        return detail;
    }
}
