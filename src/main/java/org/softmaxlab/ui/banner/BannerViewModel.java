package org.softmaxlab.ui.banner;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A banner: one {@link Notice} at a time, until the user dismisses it or the next one replaces it.
 * The window has one under the menu bar (the saved settings could not be used, a model was saved or
 * refused, charts were exported); the training tab has one for how a run ended. Each notice is kept
 * with how it was made, so that a language switch says it again instead of leaving it in the old
 * language.
 */
public final class BannerViewModel {

    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>(this, "severity",
            Severity.INFO);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    /** How the notice shown was made; null while none is shown. */
    private Supplier<Notice> source;

    /**
     * Shows the notice {@code made} makes now, and makes it again on {@link #relocalize()}, so build
     * its texts from message keys inside it.
     */
    public void show(Supplier<Notice> made) {
        source = Objects.requireNonNull(made, "made");
        display(made.get());
    }

    /** Shows a notice with nothing to suggest; the texts are asked for again on {@link #relocalize()}. */
    public void show(Severity level, Supplier<String> titleText, Supplier<String> detailText) {
        Objects.requireNonNull(level, "level");
        show(() -> new Notice(level, titleText.get(), detailText.get()));
    }

    /** Hides the notice. */
    public void dismiss() {
        source = null;
        display(null);
    }

    /** Whether the notice shown is the one {@code made} makes (it was shown and nothing replaced it). */
    public boolean isShowing(Supplier<Notice> made) {
        return made != null && made == source;
    }

    /** Says the notice shown again in the language {@code Messages} speaks now. */
    public void relocalize() {
        if (source != null) {
            display(source.get());
        }
    }

    private void display(Notice now) {
        notice.set(now);
        severity.set(now == null ? Severity.INFO : now.severity());
        title.set(now == null ? "" : now.title());
        detail.set(now == null ? "" : now.detail());
        showing.set(now != null);
    }

    /** The notice shown, or null. */
    public Notice current() {
        return notice.get();
    }

    /** The notice shown, or null (none yet, dismissed, or replaced by nothing). */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether a notice is shown. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** INFO or ERROR. */
    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return severity.getReadOnlyProperty();
    }

    /** The first line: what happened. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The explanation, possibly empty. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }
}
