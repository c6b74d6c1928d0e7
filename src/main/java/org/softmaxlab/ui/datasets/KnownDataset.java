package org.softmaxlab.ui.datasets;

/**
 * A data set the chooser offers by name.
 *
 * @param id          its name in settings and on the command line, e.g. "mnist"
 * @param displayName its name as people write it, e.g. "MNIST"
 */
public record KnownDataset(String id, String displayName) {
}
