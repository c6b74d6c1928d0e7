package org.softmaxlab.train;

/** Thrown inside the trainer when the loss or the weights stop being finite numbers. */
final class DivergenceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Divergence divergence;

    DivergenceException(Divergence divergence) {
        super(divergence.describe());
        this.divergence = divergence;
    }

    Divergence divergence() {
        return divergence;
    }
}
