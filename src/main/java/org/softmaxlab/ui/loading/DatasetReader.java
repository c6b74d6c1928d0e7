package org.softmaxlab.ui.loading;

import java.nio.file.Path;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.Dataset;

/** Reads Fashion-MNIST from a folder; {@code MnistFamily.FASHION_MNIST::load} in the app, a cached subset in tests. */
@FunctionalInterface
public interface DatasetReader {

    /** The data set in {@code dir}, or an exception whose message says what is wrong and where. */
    Dataset read(Path dir) throws DatasetException;
}
