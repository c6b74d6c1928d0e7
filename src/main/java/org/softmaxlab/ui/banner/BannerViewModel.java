package org.softmaxlab.ui.banner;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import org.softmaxlab.ui.LocalizedText;

/**
 * The window's banner under the menu bar: one message at a time about the window as a whole (the
 * saved settings could not be used, a model was saved or refused, charts were exported), until the
 * user dismisses it or the next message replaces it. Run outcomes have their own banner on the
 * training tab.
 */
public final class BannerViewModel {

    /** How loud the banner is. */
    public enum Severity { INFO, ERROR }

    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyObjectWrapper<Severity> severity = new ReadOnlyObjectWrapper<>(this, "severity",
            Severity.INFO);
    private final LocalizedText title = new LocalizedText(this, "title");
    private final LocalizedText detail = new LocalizedText(this, "detail");

    /**
     * Shows a message. The suppliers are asked again on {@link #relocalize()}, so build the texts from
     * message keys inside them.
     */
    public void show(Severity level, Supplier<String> titleText, Supplier<String> detailText) {
        severity.set(Objects.requireNonNull(level, "level"));
        title.set(titleText);
        detail.set(detailText);
        showing.set(true);
    }

    /** Hides the message. */
    public void dismiss() {
        showing.set(false);
        title.clear();
        detail.clear();
    }

    /** Says the message again in the language {@code Messages} speaks now. */
    public void relocalize() {
        title.relocalize();
        detail.relocalize();
    }

    /** Whether a message is shown. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    /** INFO or ERROR. */
    public ReadOnlyObjectProperty<Severity> severityProperty() {
        return severity.getReadOnlyProperty();
    }

    /** The first line: what happened. */
    public ReadOnlyStringProperty titleProperty() {
        return title.property();
    }

    /** The explanation, possibly empty. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.property();
    }
}
