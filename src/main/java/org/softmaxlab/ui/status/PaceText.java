package org.softmaxlab.ui.status;

import org.softmaxlab.train.Pace;
import org.softmaxlab.ui.Messages;

/** A pace as the window says it: "full speed", "30 s/epoch", "4 batches/s". */
public final class PaceText {

    private PaceText() {
    }

    public static String of(Pace pace) {
        if (pace.isFullSpeed()) {
            return Messages.get("pace.full");
        }
        return pace.secondsPerEpoch() > 0
                ? Messages.format("pace.perEpoch", pace.secondsPerEpoch())
                : Messages.format("pace.perSecond", pace.batchesPerSecond());
    }
}
