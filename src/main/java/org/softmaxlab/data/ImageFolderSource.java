package org.softmaxlab.data;

/** A folder of images in torchvision's ImageFolder convention ({@link ImageFolder}). */
final class ImageFolderSource implements DataSource {

    @Override
    public boolean accepts(DatasetRequest request) {
        return !request.isNamed() && ImageFolder.looksLikeOne(request.folder());
    }

    @Override
    public Dataset load(DatasetRequest request, LoadContext context) throws DatasetException {
        return ImageFolder.read(request.folder(), request.options(), context);
    }
}
