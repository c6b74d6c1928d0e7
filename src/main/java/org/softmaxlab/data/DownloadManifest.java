package org.softmaxlab.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The files a {@link DatasetDownloader} fetches, in order. {@link #official()} is Fashion-MNIST as
 * the official mirror serves it; tests build their own with small files.
 *
 * @param entries the files, at least one, with distinct names
 */
public record DownloadManifest(List<DownloadEntry> entries) {

    public DownloadManifest {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a manifest needs at least one file");
        }
        if (entries.stream().map(DownloadEntry::fileName).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("file names repeat in " + entries);
        }
    }

    /** The four Fashion-MNIST files with the official sizes and checksums. */
    public static DownloadManifest official() {
        return new DownloadManifest(Arrays.stream(DatasetFile.values()).map(DownloadEntry::of).toList());
    }

    public static DownloadManifest of(DownloadEntry... entries) {
        return new DownloadManifest(List.of(Objects.requireNonNull(entries)));
    }

    /** The sum of the expected sizes: the total that progress is reported against. */
    public long totalBytes() {
        return entries.stream().mapToLong(DownloadEntry::gzBytes).sum();
    }
}
