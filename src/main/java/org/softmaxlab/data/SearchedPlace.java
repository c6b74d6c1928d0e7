package org.softmaxlab.data;

import java.util.Objects;

/**
 * A place searched for the data set, and why it did not hold it.
 *
 * @param location the place
 * @param problem  what is wrong with its folder
 */
public record SearchedPlace(DatasetLocation location, FolderProblem problem) {

    public SearchedPlace {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(problem, "problem");
    }
}
