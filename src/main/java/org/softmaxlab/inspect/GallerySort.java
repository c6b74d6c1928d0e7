package org.softmaxlab.inspect;

/** Orders of the misclassified gallery. */
public enum GallerySort {
    /**
     * The most confidently wrong first: mistakes by the probability of the predicted class, highest first
     * (what each tile shows); correct images least confident first.
     */
    MOST_CONFIDENTLY_WRONG,
    /** By position in the test set. */
    TEST_INDEX
}
