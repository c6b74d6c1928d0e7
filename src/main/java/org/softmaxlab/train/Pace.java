package org.softmaxlab.train;

import java.util.List;

/**
 * How fast a run may go: at full speed (the default, and the only pace of the command line), or
 * slowed to a number of seconds per epoch (a classroom pace, whatever the batch size) or to a
 * number of batches per second (to watch single steps). The trainer waits between batches so that
 * each batch takes at least {@link #batchNanos(int)}; the waits are not training time.
 *
 * @param secondsPerEpoch  seconds one epoch should take, or 0
 * @param batchesPerSecond batches a second, or 0; at most one of the two is non-zero
 */
public record Pace(double secondsPerEpoch, double batchesPerSecond) {

    public static final Pace FULL_SPEED = new Pace(0, 0);

    /** The choices the window offers, fastest first. */
    public static final List<Pace> PRESETS = List.of(FULL_SPEED, perEpoch(10), perEpoch(30), perEpoch(60),
            perSecond(4), perSecond(1));

    public Pace {
        if (!(secondsPerEpoch >= 0) || !(batchesPerSecond >= 0) || Double.isInfinite(secondsPerEpoch)
                || Double.isInfinite(batchesPerSecond) || (secondsPerEpoch > 0 && batchesPerSecond > 0)) {
            throw new IllegalArgumentException("a pace is seconds per epoch or batches per second, a finite number "
                    + "> 0, or full speed (was " + secondsPerEpoch + " s/epoch, " + batchesPerSecond + " batches/s)");
        }
    }

    /** One epoch in {@code seconds} (&gt; 0). */
    public static Pace perEpoch(double seconds) {
        return new Pace(seconds, 0);
    }

    /** {@code batches} (&gt; 0) batches a second. */
    public static Pace perSecond(double batches) {
        return new Pace(0, batches);
    }

    public boolean isFullSpeed() {
        return secondsPerEpoch == 0 && batchesPerSecond == 0;
    }

    /** The least wall time one batch may take, in nanoseconds; 0 at full speed. */
    public long batchNanos(int batchesPerEpoch) {
        if (secondsPerEpoch > 0) {
            return Math.round(secondsPerEpoch * 1e9 / Math.max(1, batchesPerEpoch));
        }
        return batchesPerSecond > 0 ? Math.round(1e9 / batchesPerSecond) : 0;
    }

    /** Seconds an epoch of {@code batchesPerEpoch} batches takes at least at this pace; 0 at full speed. */
    public double epochSeconds(int batchesPerEpoch) {
        return batchNanos(batchesPerEpoch) * (double) batchesPerEpoch / 1e9;
    }
}
