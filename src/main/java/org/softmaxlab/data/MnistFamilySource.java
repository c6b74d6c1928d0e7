package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The MNIST family by name. Fashion-MNIST is found where {@link DatasetLocator} looks (cache, bundled
 * copy, Debian's package); MNIST and Kuzushiji-MNIST in SoftmaxLab's cache ({@code <cache>/mnist},
 * {@code <cache>/kmnist}). A member found nowhere is downloaded into its cache folder from its official
 * mirror (or the one the context names), each file checked against its published MD5, resuming: files
 * already verified are not fetched again.
 */
final class MnistFamilySource implements DataSource {

    @Override
    public boolean accepts(DatasetRequest request) {
        return request.isNamed() && MnistFamily.byName(request.name()).isPresent();
    }

    @Override
    public Dataset load(DatasetRequest request, LoadContext context) throws DatasetException {
        MnistFamily member = MnistFamily.byName(request.name()).orElseThrow();
        Path folder = member == MnistFamily.FASHION_MNIST ? fashionFolder(context) : folder(member, context);
        context.throwIfCancelled("reading " + member.displayName());
        return member.load(folder);
    }

    private static Path fashionFolder(LoadContext context) throws DatasetException {
        DatasetLocator locator = context.locator();
        Optional<DatasetLocation> found = locator.find();
        if (found.isPresent()) {
            return found.get().folder();
        }
        if (!context.download()) {
            return locator.locate().folder(); // throws, listing where it looked
        }
        try {
            return download(MnistFamily.FASHION_MNIST, context.directories().datasetCacheDir(), context);
        } catch (DatasetDownloadException e) {
            throw locator.notFoundAfter(e);
        }
    }

    private static Path folder(MnistFamily member, LoadContext context) throws DatasetException {
        Path cache = member.cacheFolder(context.directories());
        if (IdxFolder.holdsIdxFiles(cache)) {
            return cache;
        }
        if (!context.download()) {
            throw new DatasetNotFoundException(java.util.List.of(), member.displayName() + " is not in SoftmaxLab's "
                    + "cache (" + cache + ") and downloading was turned off; allow the download, or give a folder "
                    + "holding its four IDX files");
        }
        try {
            return download(member, cache, context);
        } catch (DatasetDownloadException e) {
            throw new DatasetException(member.displayName() + " could not be downloaded into " + cache + ": "
                    + e.getMessage() + "; check the connection and run again (files already verified stay), or "
                    + "download from another mirror", e);
        }
    }

    private static Path download(MnistFamily member, Path folder, LoadContext context) throws DatasetException {
        DatasetDownloader.Builder builder = DatasetDownloader.into(folder).manifest(member.manifest())
                .baseUri(context.mirror() != null ? context.mirror() : member.mirror());
        DatasetDownloader downloader = builder.build();
        return downloader.download((file, done, total) -> {
            if (context.cancelled().getAsBoolean()) {
                downloader.cancel();
            }
            context.progress().onProgress(member.displayName() + ": " + file, done, total);
        });
    }
}
