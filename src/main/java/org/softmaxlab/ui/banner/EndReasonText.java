package org.softmaxlab.ui.banner;

import org.softmaxlab.train.Divergence;
import org.softmaxlab.train.EndReason;
import org.softmaxlab.ui.Messages;

/**
 * Why a run ended early, said in the language {@link Messages} speaks now: the same facts that
 * {@link EndReason#describe()} puts in English for the command line, under the keys
 * {@code outcome.*}. Said anew each time, so that a notice made again after a language switch
 * follows it.
 */
public final class EndReasonText {

    private EndReasonText() {
    }

    /** The sentence for {@code reason}, or empty for none (a completed run). */
    public static String of(EndReason reason) {
        if (reason == null) {
            return "";
        }
        if (reason instanceof Divergence divergence) {
            return of(divergence);
        }
        if (reason instanceof EndReason.Stopped stopped) {
            return Messages.format("outcome.stopped", stopped.epochsDone(), stopped.epochsPlanned());
        }
        if (reason instanceof EndReason.Interrupted interrupted) {
            return Messages.format("outcome.interrupted", interrupted.epochsDone());
        }
        return Messages.format("outcome.failed", ((EndReason.Failed) reason).error());
    }

    private static String of(Divergence d) {
        String where = Messages.format("outcome.diverged." + d.symptom().name(), d.epoch(), d.batch());
        String advice = Messages.get("outcome.advice." + d.advice().name());
        if (d.cause() == Divergence.Cause.UNKNOWN) {
            return Messages.format("outcome.diverged.unexplained", where, advice);
        }
        String why = Messages.format("outcome.cause." + d.cause().name(), d.largestLogit(), Divergence.FLOAT_EXP_LIMIT);
        return Messages.format("outcome.diverged.explained", where, why, advice);
    }
}
