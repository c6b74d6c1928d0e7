package org.softmaxlab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * A view's listeners on view-model state, living exactly as long as the view's nodes. The window
 * rebuilds its views when the language changes while the view-models stay; a plain listener would
 * keep every old view alive and updating. These listeners are registered weakly and held by the
 * view's root node, so an old view goes with its nodes.
 */
public final class ViewListeners {

    private static final Object KEY = ViewListeners.class;

    private final List<Object> held = new ArrayList<>();

    private ViewListeners() {
    }

    /** The listeners of the view whose root is {@code root} (created on first use). */
    public static ViewListeners of(Node root) {
        return (ViewListeners) root.getProperties().computeIfAbsent(KEY, key -> new ViewListeners());
    }

    /** Calls {@code listener} on each change of {@code value} while the view exists. */
    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        held.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }

    /** Calls {@code listener} on each change of {@code list} while the view exists. */
    public <E> void onListChange(ObservableList<E> list, ListChangeListener<? super E> listener) {
        held.add(listener);
        list.addListener(new WeakListChangeListener<>(listener));
    }

    /**
     * A list of the view's own, equal to {@code source} now and after each of its changes while the
     * view exists. For controls that listen to their items strongly (a {@code ChoiceBox} does): given
     * a view-model's list itself, they would be kept alive by it.
     */
    public <E> ObservableList<E> copyOf(ObservableList<E> source) {
        ObservableList<E> copy = FXCollections.observableArrayList(source);
        onListChange(source, change -> copy.setAll(source));
        return copy;
    }
}
