package org.softmaxlab.data;

import java.nio.file.Files;
import java.util.Optional;

/**
 * A folder holding four IDX files of any size, with an optional class-names file ({@link IdxFolder}); the published
 * files of one of the MNIST family are read as that data set ({@link MnistFamily#recognise}).
 */
final class IdxFolderSource implements DataSource {

    @Override
    public boolean accepts(DatasetRequest request) {
        return !request.isNamed() && IdxFolder.holdsIdxFiles(request.folder());
    }

    @Override
    public Dataset load(DatasetRequest request, LoadContext context) throws DatasetException {
        context.throwIfCancelled("reading " + request.folder());
        // A folder holding a known member's published files, with no class names of the user's own, is that member.
        if (!Files.exists(request.folder().resolve(IdxFolder.CLASS_NAMES_FILE))) {
            Optional<MnistFamily> member = MnistFamily.recognise(request.folder());
            if (member.isPresent()) {
                return member.get().load(request.folder());
            }
        }
        return IdxFolder.read(request.folder());
    }
}
