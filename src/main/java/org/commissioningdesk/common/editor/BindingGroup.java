package org.commissioningdesk.common.editor;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;

/**
 * The bindings between a detail form's controls and the row it shows, made together and undone
 * together when another row is chosen, so no control is left bound to a row no longer shown.
 */
public final class BindingGroup {

    private final List<Runnable> undo = new ArrayList<>();

    /** Binds a control's property both ways to the row's. */
    public <T> void bind(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        undo.add(() -> control.unbindBidirectional(model));
    }

    /** Listens to something for as long as the row is shown. */
    public void listen(Observable observable, InvalidationListener listener) {
        observable.addListener(listener);
        undo.add(() -> observable.removeListener(listener));
    }

    /** Undoes every binding and listener of the group. */
    public void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
    }

    public boolean isEmpty() {
        return undo.isEmpty();
    }
}
