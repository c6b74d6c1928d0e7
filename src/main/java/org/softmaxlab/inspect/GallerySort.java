package org.softmaxlab.inspect;

/** Orders of the misclassified gallery. */
public enum GallerySort {
    /** Highest loss −log p(true class) first, like fastai's top losses: the most confidently wrong. */
    MOST_CONFIDENTLY_WRONG,
    /** By position in the test set. */
    TEST_INDEX
}
