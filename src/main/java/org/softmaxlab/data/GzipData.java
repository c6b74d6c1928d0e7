package org.softmaxlab.data;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.UnaryOperator;
import java.util.zip.ZipException;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Gzip data read strictly, by commons-compress: members one after another read as one stream (as
 * {@code cat a.gz b.gz} makes), each member's CRC-32 and size checked, and anything after the last
 * member refused. {@link java.util.zip.GZIPInputStream} quietly drops bytes after a member that do not
 * form another one, so a file with junk appended (a resumed download, a padded copy) passed as intact.
 *
 * <p>commons-compress reports bad data as plain {@link IOException}s; here they become
 * {@link ZipException}s (corrupt) and {@link EOFException}s (cut short), while a failure to read the
 * file itself stays what it was, so that callers can tell a corrupt file from a failing disk.
 */
final class GzipData {

    private GzipData() {
    }

    /** Decompresses {@code raw}, reading the first member's header now. */
    static InputStream open(InputStream raw) throws IOException {
        try {
            InputStream source = new Rethrowing(raw, SourceFailure::new);
            return new Rethrowing(new GzipCompressorInputStream(source, true), GzipData::translated);
        } catch (IOException e) {
            throw translated(e);
        }
    }

    private static IOException translated(IOException e) {
        if (e instanceof SourceFailure) {
            return (IOException) e.getCause();
        }
        if (e instanceof EOFException) {
            return new EOFException(e.getMessage() != null ? e.getMessage() : "the gzip data ends early");
        }
        ZipException corrupt = new ZipException(e.getMessage() != null ? e.getMessage() : "invalid gzip data");
        corrupt.initCause(e);
        return corrupt;
    }

    /** The file's own read failures, marked so that they are not taken for corrupt data. */
    private static final class SourceFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SourceFailure(IOException cause) {
            super(cause);
        }
    }

    /**
     * A stream whose read failures are replaced by {@code replace}: the compressed input's become
     * {@link SourceFailure}s, the decompressed output's are {@link #translated}. Mark and reset pass
     * through, which commons-compress needs between members.
     */
    private static final class Rethrowing extends FilterInputStream {
        private final UnaryOperator<IOException> replace;

        Rethrowing(InputStream in, UnaryOperator<IOException> replace) {
            super(in);
            this.replace = replace;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw replace.apply(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw replace.apply(e);
            }
        }
    }
}
