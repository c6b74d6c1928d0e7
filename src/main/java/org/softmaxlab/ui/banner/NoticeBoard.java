package org.softmaxlab.ui.banner;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The training view's notice (how a run ended, or what the overflow demo showed), kept with how it
 * was made, so that a language switch says it again instead of leaving it in the old language.
 */
public final class NoticeBoard {

    private final ReadOnlyObjectWrapper<RunNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private Supplier<RunNotice> source;
    private RunNotice told;

    /** Shows the notice {@code made} makes now, and makes it again on {@link #relocalize()}. */
    public void tell(Supplier<RunNotice> made) {
        source = made;
        told = made.get();
        notice.set(told);
    }

    /** Hides the notice. */
    public void clear() {
        notice.set(null);
    }

    /** The notice shown, or null. */
    public RunNotice current() {
        return notice.get();
    }

    /** Makes the notice shown again, in the language {@link org.softmaxlab.ui.Messages} speaks now. */
    public void relocalize() {
        if (source != null && notice.get() != null && notice.get() == told) {
            told = source.get();
            notice.set(told);
        }
    }

    public ReadOnlyObjectProperty<RunNotice> property() {
        return notice.getReadOnlyProperty();
    }
}
