package org.softmaxlab.ui.charts;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the charts draw besides the live curves: other runs chosen for comparison, marks on the
 * epoch axis, and the live run's own label once there is something to tell it apart from.
 * Each list changes rarely (a run starts, ends or is selected), never on every drain.
 */
public interface RunOverlays {

    /** The runs drawn over the live curves, in colour-slot order. */
    ObservableList<OverlayRun> overlays();

    /** The marks of the live run and the overlays. */
    ObservableList<ChartMarker> markers();

    /** The live run's label ("lr 1"), or empty while no overlay is drawn (the series keep plain names). */
    ReadOnlyStringProperty liveLabelProperty();

    /** The live run's legend entry ("Run 3", or the user's name for it) while runs are compared, else empty. */
    ReadOnlyStringProperty liveNameProperty();

    /** The live run in full ("Run 3: lr 0.1") while runs are compared, else empty. */
    ReadOnlyStringProperty liveDescriptionProperty();

    /** The live run's colour slot: the one it keeps for good (the first run's is 0; see the run list). */
    default javafx.beans.property.ReadOnlyIntegerProperty liveSlotProperty() {
        return new javafx.beans.property.ReadOnlyIntegerWrapper(0).getReadOnlyProperty();
    }

    /** No overlays, no marks: the charts of a single run. */
    static RunOverlays none() {
        ObservableList<OverlayRun> overlays = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList());
        ObservableList<ChartMarker> markers = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList());
        ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");

        return new RunOverlays() {
            @Override
            public ObservableList<OverlayRun> overlays() {
                return overlays;
            }

            @Override
            public ObservableList<ChartMarker> markers() {
                return markers;
            }

            @Override
            public ReadOnlyStringProperty liveLabelProperty() {
                return label.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty liveNameProperty() {
                return label.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty liveDescriptionProperty() {
                return label.getReadOnlyProperty();
            }
        };
    }
}
