package org.softmaxlab.data;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file to download and what it must turn out to be.
 *
 * <p>A download is accepted if its size and MD5 match the mirror's gzip file, or, failing that, if
 * its gzip-decompressed content has the expected SHA-256: other mirrors re-pack the same data
 * (e.g. without the file name in the gzip header), which changes the {@code .gz} bytes but not
 * the IDX payload.
 *
 * @param fileName  the name on the mirror and in the cache, e.g. {@code train-images-idx3-ubyte.gz}
 * @param gzBytes   the size of the mirror's gzip file
 * @param gzMd5     the MD5 of the mirror's gzip file, lower-case hex
 * @param idxSha256 the SHA-256 of the decompressed IDX payload, lower-case hex; empty when none is
 *                  published (then only the mirror's own {@code .gz} is accepted)
 */
public record DownloadEntry(String fileName, long gzBytes, String gzMd5, String idxSha256) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern MD5_HEX = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DownloadEntry {
        Objects.requireNonNull(fileName, "fileName");
        // The name becomes both a URL path segment and a file in the cache: no separators, no "..".
        if (!PLAIN_NAME.matcher(fileName).matches() || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + fileName);
        }
        if (gzBytes <= 0) {
            throw new IllegalArgumentException(fileName + ": size must be positive, was " + gzBytes);
        }
        gzMd5 = Objects.requireNonNull(gzMd5, "gzMd5").toLowerCase(Locale.ROOT);
        idxSha256 = Objects.requireNonNull(idxSha256, "idxSha256").toLowerCase(Locale.ROOT);
        if (!MD5_HEX.matcher(gzMd5).matches()) {
            throw new IllegalArgumentException(fileName + ": not an MD5 in hex: " + gzMd5);
        }
        if (!idxSha256.isEmpty() && !SHA256_HEX.matcher(idxSha256).matches()) {
            throw new IllegalArgumentException(fileName + ": not a SHA-256 in hex: " + idxSha256);
        }
    }

    /** The official mirror's facts for {@code file}. */
    public static DownloadEntry of(DatasetFile file) {
        return new DownloadEntry(file.gzName(), file.officialGzBytes(), file.officialGzMd5(), file.idxSha256());
    }
}
