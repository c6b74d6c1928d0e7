package org.softmaxlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Checks a downloaded {@code .gz} file against its {@link DownloadEntry}. */
final class DownloadVerifier {

    private DownloadVerifier() {
    }

    /**
     * Null if {@code file} is the expected file, else what is wrong with it, e.g.
     * {@code truncated: expected 29,515 bytes, got 1,000}.
     */
    static String problemWith(Path file, DownloadEntry expected) throws IOException {
        long size = Files.size(file);
        String md5 = digest(file, "MD5");
        if (md5.equals(expected.gzMd5())) {
            return null; // the published file itself (its size follows)
        }
        String payloadSha256;
        try {
            payloadSha256 = payloadSha256(file);
        } catch (IOException notGzip) {
            // A short file that is not even valid gzip is a cut-off download, whatever else it is.
            if (size < expected.gzBytes()) {
                return String.format(Locale.US, "truncated: expected %,d bytes, got %,d", expected.gzBytes(), size);
            }
            return String.format(Locale.US, "checksum mismatch: expected MD5 %s, got %s; and it is not valid gzip "
                    + "data (%s)", expected.gzMd5(), md5, notGzip.getMessage());
        }
        if (payloadSha256.equals(expected.idxSha256())) {
            return null;
        }
        if (expected.idxSha256().isEmpty()) {
            return String.format(Locale.US, "checksum mismatch: expected MD5 %s, got %s", expected.gzMd5(), md5);
        }
        return String.format(Locale.US, "checksum mismatch: expected MD5 %s, got %s; the unpacked data does not "
                + "match either (SHA-256 expected %s, got %s)", expected.gzMd5(), md5, expected.idxSha256(),
                payloadSha256);
    }

    /** The lower-case hex digest of a file's bytes. */
    static String digest(Path file, String algorithm) throws IOException {
        MessageDigest digest = newDigest(algorithm);
        try (InputStream in = Files.newInputStream(file);
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(sink);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-256 of a gzip file's decompressed content; IOException if it is not intact gzip,
     * including bytes after the gzip data, which {@link IdxReader} refuses as well: a file passed
     * here but refused there would be kept in the cache and never load.
     */
    static String payloadSha256(Path gzFile) throws IOException {
        MessageDigest digest = newDigest("SHA-256");
        // The raw stream is its own resource so it is closed even when the gzip header is bad.
        try (InputStream raw = Files.newInputStream(gzFile);
                InputStream in = GzipData.open(raw);
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(sink);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
