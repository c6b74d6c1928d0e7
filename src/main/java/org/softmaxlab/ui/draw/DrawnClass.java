package org.softmaxlab.ui.draw;

import java.util.ArrayList;
import java.util.List;

/**
 * A class of the data set being drawn: its name (the folder's name once saved) and its drawings.
 * Immutable.
 */
public record DrawnClass(String name, List<DrawnExample> examples) {

    public DrawnClass {
        examples = List.copyOf(examples);
    }

    /** A class with no drawings yet. */
    public static DrawnClass named(String name) {
        return new DrawnClass(name, List.of());
    }

    /** This class with one more drawing. */
    DrawnClass with(DrawnExample example) {
        List<DrawnExample> more = new ArrayList<>(examples);
        more.add(example);
        return new DrawnClass(name, more);
    }

    /** This class without drawing {@code index}. */
    DrawnClass without(int index) {
        List<DrawnExample> fewer = new ArrayList<>(examples);
        fewer.remove(index);
        return new DrawnClass(name, fewer);
    }
}
