package org.softmaxlab.ui.main;

import java.util.ArrayList;
import java.util.List;

/** Something that happens once on the JavaFX thread; actions waiting for it run then, later ones at once. */
final class Milestone {

    private final List<Runnable> waiting = new ArrayList<>();
    private boolean reached;

    /** Runs {@code action} when the milestone is reached, or now if it was. */
    void then(Runnable action) {
        if (reached) {
            action.run();
        } else {
            waiting.add(action);
        }
    }

    /** Marks the milestone reached and runs what waited for it; only the first call does anything. */
    void reach() {
        if (reached) {
            return;
        }
        reached = true;
        List<Runnable> actions = List.copyOf(waiting);
        waiting.clear();
        actions.forEach(Runnable::run);
    }

    boolean reached() {
        return reached;
    }
}
