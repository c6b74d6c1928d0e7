package org.softmaxlab.data;

/**
 * One kind of place data sets come from: the MNIST family by name, a folder of IDX files, a folder of
 * images. Adding a kind of source is one class implementing this and one line in
 * {@link DataSources#ALL}; nothing above {@code data} changes.
 *
 * <p>Not to be confused with {@link DatasetSource}, which says where a Fashion-MNIST folder was
 * found (cache, bundled copy, system package).
 */
public interface DataSource {

    /** Whether this source reads {@code request} (its name, or what its folder holds). */
    boolean accepts(DatasetRequest request);

    /**
     * Reads (downloading or decoding as needed) the data set {@code request} names, on the calling
     * thread, reporting progress and stopping when {@code context} says so.
     *
     * @throws DatasetException with a message naming what is wrong and what to do
     */
    Dataset load(DatasetRequest request, LoadContext context) throws DatasetException;
}
