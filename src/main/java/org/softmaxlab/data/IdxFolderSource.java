package org.softmaxlab.data;

/** A folder holding four IDX files of any size, with an optional class-names file ({@link IdxFolder}). */
final class IdxFolderSource implements DataSource {

    @Override
    public boolean accepts(DatasetRequest request) {
        return !request.isNamed() && IdxFolder.holdsIdxFiles(request.folder());
    }

    @Override
    public Dataset load(DatasetRequest request, LoadContext context) throws DatasetException {
        context.throwIfCancelled("reading " + request.folder());
        return IdxFolder.read(request.folder());
    }
}
