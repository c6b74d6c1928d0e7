package org.softmaxlab.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.softmaxlab.data.AppDirectories;
import org.softmaxlab.data.DatasetDownloadException;
import org.softmaxlab.data.DatasetDownloader;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetLocation;
import org.softmaxlab.data.DatasetLocator;
import org.softmaxlab.data.DataSources;
import org.softmaxlab.data.Dataset;
import org.softmaxlab.data.DatasetRequest;
import org.softmaxlab.data.ImageFolder;
import org.softmaxlab.data.ImageOptions;
import org.softmaxlab.data.LoadContext;
import org.softmaxlab.data.LoadProgress;
import org.softmaxlab.data.MirrorUrl;
import org.softmaxlab.data.MnistFamily;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * Where a command finds Fashion-MNIST ({@code --data}, {@code --no-download}, {@code --mirror}): the
 * folder given, else the first usual place that holds the files, else a verified download into the
 * cache. Shared by {@code train} and {@code evaluate} as a picocli mixin.
 */
final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = {"folder with the four Fashion-MNIST files (.gz or "
            + "plain); without it: SoftmaxLab's cache, a copy bundled with the app, then "
            + "/usr/share/datasets/fashion-mnist, else a verified download into the cache"})
    Path dataDir;

    @Option(names = "--no-download", description = "fail (exit 3) instead of downloading when no copy is found")
    boolean noDownload;

    @Option(names = "--mirror", paramLabel = "URL", description = "where to download Fashion-MNIST from, an http or "
            + "https folder URL (default: the official mirror); checked even when no download is needed",
            converter = MirrorConverter.class)
    URI mirror;

    @Option(names = "--dataset", paramLabel = "NAME|DIR", description = {"the data set: fashion-mnist (the default), "
            + "mnist, kmnist (downloaded and cached on first use), or a folder: four IDX files (with an optional "
            + "classes.txt) or an image folder (one sub-folder of images per class, optionally under train/ and test/)"})
    String dataset;

    @Option(names = "--image-size", paramLabel = "N", description = "image folders: the square size images are fitted "
            + "into, aspect kept, padded (default: ${DEFAULT-VALUE})")
    int imageSize = ImageOptions.DEFAULT.size();

    @Option(names = {"--colour", "--color"}, paramLabel = "MODE", description = "image folders: auto (colour if "
            + "any image is), gray or color (default: auto)")
    String colour = "auto";

    /** Where to search and where to download to: the current user's places, or a test's. */
    AppDirectories directories = AppDirectories.forCurrentUser();
    DatasetLocator searchLocator = DatasetLocator.forCurrentUser();

    /** Reads the data set, saying on {@code err} where from and how long it took. */
    Dataset load(PrintStream err, boolean terminal) throws DatasetException {
        if (dataset != null && !(MnistFamily.byName(dataset).orElse(null) == MnistFamily.FASHION_MNIST)) {
            return loadNamedOrFolder(err, terminal);
        }
        Path dir = folder(err, terminal);
        long start = System.nanoTime();
        Dataset data = MnistFamily.FASHION_MNIST.load(dir);
        err.printf(Locale.US, "Fashion-MNIST from %s: %,d training and %,d test images, read in %.2f s%n", dir,
                data.train().size(), data.test().size(), (System.nanoTime() - start) / 1e9);
        return data;
    }

    /** --dataset NAME|DIR through the data-set sources, with progress on {@code err}. */
    private Dataset loadNamedOrFolder(PrintStream err, boolean terminal) throws DatasetException {
        ImageOptions options;
        try {
            options = new ImageOptions(imageSize, ImageOptions.ColourMode.parse(colour));
        } catch (IllegalArgumentException e) {
            throw new DatasetException(e.getMessage() + " (--image-size, --colour)");
        }
        DatasetRequest request = DatasetRequest.parse(dataset, options);
        DownloadProgress downloads = new DownloadProgress(err, terminal);
        DecodeProgress decoding = new DecodeProgress(err, terminal);
        LoadProgress progress = (stage, done, total) -> {
            if (stage.equals(ImageFolder.DECODING)) {
                decoding.onProgress(done, total);
            } else {
                downloads.onProgress(stage, done, total);
            }
        };
        LoadContext context = new LoadContext(directories, searchLocator, !noDownload, mirror, progress, () -> false);
        long start = System.nanoTime();
        Dataset data = DataSources.load(request, context);
        err.printf(Locale.US, "%s from %s: %d classes, %s, %,d training and %,d test images, read in %.2f s%n",
                data.name(), data.provenance().location(), data.classCount(), data.shape().describe(),
                data.train().size(), data.test().size(), (System.nanoTime() - start) / 1e9);
        if (!data.provenance().note().isEmpty()) {
            err.println("  " + data.provenance().note());
        }
        return data;
    }

    /** --data as given, else the first place that holds the files, else a download into the cache. */
    private Path folder(PrintStream err, boolean terminal) throws DatasetException {
        DatasetLocator locator = dataDir != null ? DatasetLocator.explicit(dataDir) : searchLocator;
        Optional<DatasetLocation> found = locator.find();
        if (found.isPresent()) {
            return found.get().folder();
        }
        if (noDownload) {
            return locator.locate().folder(); // throws, listing where it looked
        }
        Path cache = directories.datasetCacheDir();
        err.println("Fashion-MNIST was not found; downloading it into " + cache);
        DatasetDownloader.Builder downloader = DatasetDownloader.into(cache);
        if (mirror != null) {
            downloader.baseUri(mirror);
        }
        try {
            return downloader.build().download(new DownloadProgress(err, terminal));
        } catch (DatasetDownloadException e) {
            throw locator.notFoundAfter(e); // what failed, where it looked, every way forward
        }
    }

    /** --mirror: a malformed address is a usage error (exit 2) while the command line is read, needed or not. */
    static final class MirrorConverter implements ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                return MirrorUrl.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
