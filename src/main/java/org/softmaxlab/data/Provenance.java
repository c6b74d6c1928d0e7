package org.softmaxlab.data;

import java.util.List;
import java.util.Objects;

/**
 * Where a data set came from, for the title bar, run labels, CSVs and model files.
 *
 * @param kind     what kind of source read it
 * @param location the folder it was read from (or the cache folder of a download), as the user
 *                 would recognise it
 * @param note     anything else a reader should know, e.g. how an image folder was split into train
 *                 and test; empty when nothing
 * @param skipped  the files left out because they could not be read, each with its problem
 *                 ("cat/cut.png: truncated or damaged"), so that the window can list them; empty when none
 */
public record Provenance(Kind kind, String location, String note, List<String> skipped) {

    /** The kinds of data-set sources. */
    public enum Kind {
        /** One of the MNIST family's official IDX file sets, by name. */
        MNIST_FAMILY,
        /** A folder holding four IDX files, with an optional class-names file. */
        IDX_FOLDER,
        /** A folder of images in torchvision's ImageFolder convention. */
        IMAGE_FOLDER,
        /** Made up in memory (tests, drawings not yet saved). */
        IN_MEMORY
    }

    public Provenance {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(note, "note");
        skipped = List.copyOf(skipped);
    }

    /** Provenance with nothing skipped. */
    public Provenance(Kind kind, String location, String note) {
        this(kind, location, note, List.of());
    }

    /** Provenance of something built in memory, e.g. by a test. */
    public static Provenance inMemory(String what) {
        return new Provenance(Kind.IN_MEMORY, what, "");
    }

    @Override
    public String toString() {
        return location + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
