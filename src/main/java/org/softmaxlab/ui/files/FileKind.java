package org.softmaxlab.ui.files;

import java.util.List;
import org.softmaxlab.session.ModelFormat;
import org.softmaxlab.session.ModelFormats;

/** The kinds of file the window reads and writes, with their extension and texts. */
public enum FileKind {
    /** A trained model, in any of {@link ModelFormats#ALL} (.smlab first). */
    MODEL(ModelFormats.ALL.stream().map(ModelFormat::extension).toList(), "files.filter.model"),
    /** A chart image. */
    PNG(List.of(".png"), "files.filter.png");

    private final List<String> extensions;
    private final String filterKey;

    FileKind(List<String> extensions, String filterKey) {
        this.extensions = extensions;
        this.filterKey = filterKey;
    }

    /** The default extension with its dot, e.g. ".png". */
    public String extension() {
        return extensions.get(0);
    }

    /** Every extension these files may have, the default first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The message key that describes these files in a file dialog's filter. */
    public String filterKey() {
        return filterKey;
    }
}
