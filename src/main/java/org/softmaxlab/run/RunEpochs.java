package org.softmaxlab.run;

/**
 * How many epochs a run has, counted over the whole life of the model it trains, as the chart's
 * epoch axis counts them: a run of 10 epochs that trains a model with 10 already ends at epoch 20.
 * The run list's label, the CSV export, the banner and the status bar all count this way.
 */
public final class RunEpochs {

    private RunEpochs() {
    }

    /** The whole epochs a model had when a run began at {@code origin} on the epoch axis. */
    public static int before(double origin) {
        return (int) Math.round(origin);
    }

    /** The epoch a run of {@code epochs} that began at {@code origin} ends at, if it runs to its end. */
    public static int total(double origin, int epochs) {
        return before(origin) + epochs;
    }
}
