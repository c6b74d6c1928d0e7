package org.softmaxlab.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The MNIST family by name: found where {@link DatasetLocator} looks, else downloaded into the cache
 * and verified ({@link DatasetDownloader}).
 */
final class MnistFamilySource implements DataSource {

    @Override
    public boolean accepts(DatasetRequest request) {
        return request.isNamed() && MnistFamily.byName(request.name()).isPresent();
    }

    @Override
    public Dataset load(DatasetRequest request, LoadContext context) throws DatasetException {
        MnistFamily member = MnistFamily.byName(request.name()).orElseThrow();
        return member.load(folder(member, context));
    }

    private static Path folder(MnistFamily member, LoadContext context) throws DatasetException {
        DatasetLocator locator = context.locator();
        Optional<DatasetLocation> found = locator.find();
        if (found.isPresent()) {
            return found.get().folder();
        }
        if (!context.download()) {
            return locator.locate().folder(); // throws, listing where it looked
        }
        DatasetDownloader.Builder builder = DatasetDownloader.into(context.directories().datasetCacheDir());
        if (context.mirror() != null) {
            builder.baseUri(context.mirror());
        }
        DatasetDownloader downloader = builder.build();
        try {
            return downloader.download((file, done, total) -> {
                if (context.cancelled().getAsBoolean()) {
                    downloader.cancel();
                }
                context.progress().onProgress(file, done, total);
            });
        } catch (DatasetDownloadException e) {
            throw locator.notFoundAfter(e);
        }
    }
}
