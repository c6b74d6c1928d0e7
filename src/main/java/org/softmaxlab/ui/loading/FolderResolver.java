package org.softmaxlab.ui.loading;

import java.nio.file.Path;
import org.softmaxlab.data.DatasetException;
import org.softmaxlab.data.DatasetLocator;

/** Decides which folder to read: a chosen one as it is, or the first of the usual places. */
@FunctionalInterface
public interface FolderResolver {

    /**
     * The folder to read for {@code chosen}, which is null when the user chose none.
     *
     * @throws DatasetException (a {@code DatasetNotFoundException} when no place holds the files)
     */
    Path resolve(Path chosen) throws DatasetException;

    /** The app's rule: a chosen folder must hold the files; otherwise cache, bundled copy, Debian's. */
    FolderResolver LOCATOR = chosen -> (chosen != null ? DatasetLocator.explicit(chosen)
            : DatasetLocator.forCurrentUser()).locate().folder();

    /** Takes the chosen folder as it is (tests with a reader that needs no real folder). */
    FolderResolver AS_GIVEN = chosen -> chosen;
}
