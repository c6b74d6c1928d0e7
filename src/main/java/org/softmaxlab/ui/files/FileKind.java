package org.softmaxlab.ui.files;

import org.softmaxlab.session.ModelFile;

/** The kinds of file the window reads and writes, with their extension and texts. */
public enum FileKind {
    /** A trained model ({@value ModelFile#EXTENSION}). */
    MODEL(ModelFile.EXTENSION, "files.filter.model"),
    /** A chart image. */
    PNG(".png", "files.filter.png");

    private final String extension;
    private final String filterKey;

    FileKind(String extension, String filterKey) {
        this.extension = extension;
        this.filterKey = filterKey;
    }

    /** The extension with its dot, e.g. ".png". */
    public String extension() {
        return extension;
    }

    /** The message key that describes these files in a file dialog's filter. */
    public String filterKey() {
        return filterKey;
    }
}
