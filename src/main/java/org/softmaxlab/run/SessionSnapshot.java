package org.softmaxlab.run;

import java.util.List;
import org.softmaxlab.train.BatchProgress;
import org.softmaxlab.train.BatchSnapshot;
import org.softmaxlab.train.Evaluation;
import org.softmaxlab.train.RunOutcome;
import org.softmaxlab.train.TrainConfig;

/**
 * What one drain of the session found, all of it read in the documented order (the step state, the
 * event queue, the progress, then the copies) so that it is consistent: everything the events say
 * happened has its progress and copies here or in an earlier snapshot. Immutable; the arrays are the
 * trainer's copies, never written again.
 *
 * @param phase        the phase after this drain
 * @param config       the settings of the run drained (null when no run was active)
 * @param origin       where that run began on the epoch axis; event positions are relative to it
 * @param epochsBefore the whole epochs its model had when it began
 * @param earlierEpochs the epochs it trained before the stop it went on from (0 unless continued)
 * @param beside       whether the run trained a model of its own beside the current one (the overflow demo)
 * @param events       the run's events since the last drain, in order
 * @param latest       the newest batch's progress, or null
 * @param evaluation   the newest epoch end's test evaluation, or null
 * @param weights      the newest weight copy, or null
 * @param batch        the newest batch copy (a step opened up), or null
 * @param finished     how the run ended, when it ended in this drain; else null
 */
public record SessionSnapshot(RunPhase phase, TrainConfig config, double origin, int epochsBefore,
                              int earlierEpochs, boolean beside,
                              List<TrainingEvent> events, BatchProgress latest, Evaluation evaluation,
                              float[] weights, BatchSnapshot batch, RunOutcome finished) {

    public SessionSnapshot {
        events = List.copyOf(events);
    }

    /** A drain with no run active: nothing happened. */
    static SessionSnapshot quiet(RunPhase phase) {
        return new SessionSnapshot(phase, null, 0, 0, 0, false, List.of(), null, null, null, null, null);
    }

    /** Whether anything came from a run. */
    public boolean isEmpty() {
        return events.isEmpty() && latest == null && evaluation == null && weights == null && batch == null;
    }
}
