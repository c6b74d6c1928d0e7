package org.softmaxlab.data;

/** Hears how far a data set's load has come (bytes downloaded, images decoded). */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (stage, done, total) -> {
    };

    /**
     * @param stage what is happening, in English, e.g. "train-images-idx3-ubyte.gz" or "decoding images"
     * @param done  units done so far
     * @param total units in all (≥ done), or -1 when not known
     */
    void onProgress(String stage, long done, long total);
}
