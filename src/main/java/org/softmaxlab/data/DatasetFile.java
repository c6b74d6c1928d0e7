package org.softmaxlab.data;

import java.nio.file.Path;

/**
 * The four official Fashion-MNIST files, with the facts needed to verify them.
 *
 * <p>The official mirror's {@code .gz} bytes differ from Debian's repackaged ones (the gzip header
 * carries a file name or not), but the decompressed IDX payloads are identical, so a local copy is
 * verified by the SHA-256 of its payload; a download can additionally be checked against the
 * official {@code .gz} MD5.
 */
public enum DatasetFile {
    TRAIN_IMAGES("train-images-idx3-ubyte", "8d4fb7e6c68d591d4c3dfef9ec88bf0d", 26_421_880L,
            "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
    TRAIN_LABELS("train-labels-idx1-ubyte", "25c81989df183df01b3e8a0aad5dffbe", 29_515L,
            "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
    TEST_IMAGES("t10k-images-idx3-ubyte", "bef4ecab320f06d8554ea6380940ec79", 4_422_102L,
            "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
    TEST_LABELS("t10k-labels-idx1-ubyte", "bb300cfdad3c16e7a12a480ee83cd310", 5_148L,
            "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34");

    private final String baseName;
    private final String officialGzMd5;
    private final long officialGzBytes;
    private final String idxSha256;

    DatasetFile(String baseName, String officialGzMd5, long officialGzBytes, String idxSha256) {
        this.baseName = baseName;
        this.officialGzMd5 = officialGzMd5;
        this.officialGzBytes = officialGzBytes;
        this.idxSha256 = idxSha256;
    }

    /** The file name without compression suffix, e.g. {@code train-images-idx3-ubyte}. */
    public String baseName() {
        return baseName;
    }

    /** The name under which the official mirror serves it, e.g. {@code train-images-idx3-ubyte.gz}. */
    public String gzName() {
        return baseName + ".gz";
    }

    public String officialGzMd5() {
        return officialGzMd5;
    }

    public long officialGzBytes() {
        return officialGzBytes;
    }

    /**
     * The SHA-256 of the decompressed IDX file. {@code installer/fashion-mnist.sha256} lists the same
     * values for the installer's build script; DatasetFileTest keeps the two equal.
     */
    public String idxSha256() {
        return idxSha256;
    }

    /**
     * The file for this entry in {@code dir}: the gzipped name if it exists, else the plain IDX
     * name if that exists, else the gzipped name (which then names what is missing).
     */
    public Path resolveIn(Path dir) {
        Path gz = dir.resolve(gzName());
        if (gz.toFile().isFile()) {
            return gz;
        }
        Path plain = dir.resolve(baseName);
        return plain.toFile().isFile() ? plain : gz;
    }
}
