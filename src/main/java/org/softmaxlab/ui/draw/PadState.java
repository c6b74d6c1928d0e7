package org.softmaxlab.ui.draw;

import java.util.ArrayList;
import java.util.List;
import org.softmaxlab.inspect.Drawing;

/**
 * Everything on the drawing pad at one moment: the classes with their drawings, which class is
 * being drawn, and what is on the pad now. Immutable, so undo is going back to an earlier state.
 *
 * @param classes  the classes, in the order they were named (their labels once saved)
 * @param selected the class the next drawing goes to, or -1 when there is none
 * @param pad      what is drawn on the pad, not yet added
 */
public record PadState(List<DrawnClass> classes, int selected, Drawing pad) {

    public PadState {
        classes = List.copyOf(classes);
        if (selected < -1 || selected >= classes.size()) {
            throw new IllegalArgumentException("class " + selected + " of " + classes.size());
        }
    }

    /** The class being drawn, or null. */
    public DrawnClass selectedClass() {
        return selected < 0 ? null : classes.get(selected);
    }

    /** The classes' names, in order. */
    public List<String> names() {
        return classes.stream().map(DrawnClass::name).toList();
    }

    /** How many drawings in all classes. */
    public int drawingCount() {
        return classes.stream().mapToInt(c -> c.examples().size()).sum();
    }

    PadState withPad(Drawing drawing) {
        return new PadState(classes, selected, drawing);
    }

    PadState withSelected(int index) {
        return new PadState(classes, index, pad);
    }

    PadState withClass(int index, DrawnClass changed) {
        List<DrawnClass> all = new ArrayList<>(classes);
        all.set(index, changed);
        return new PadState(all, selected, pad);
    }

    PadState withClassAdded(DrawnClass added) {
        List<DrawnClass> all = new ArrayList<>(classes);
        all.add(added);
        return new PadState(all, all.size() - 1, pad);
    }

    PadState withClassRemoved(int index) {
        List<DrawnClass> all = new ArrayList<>(classes);
        all.remove(index);
        int next = all.isEmpty() ? -1 : Math.min(selected, all.size() - 1);
        return new PadState(all, next, pad);
    }
}
