package org.commissioningdesk.common.editor;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import javafx.scene.Node;

import org.commissioningdesk.common.Dialogs;

/**
 * Leaving a record with unsaved changes, the same way everywhere: the person is asked Save, Don't
 * save or Cancel. Save saves and then leaves, once the save has gone through (a form with problems
 * stays, showing them); Don't save leaves at once; Cancel stays.
 */
public final class Leaving {

    private Leaving() {
    }

    /**
     * Leaves by running {@code leave}, now or after saving, as the person chooses.
     *
     * @param unsaved whether there is anything unsaved to ask about
     * @param save    starts saving and runs its argument once saved; false when the form's problems stop it
     * @return true when {@code leave} ran now
     */
    public static boolean leave(Node owner, String what, BooleanSupplier unsaved, Predicate<Runnable> save, Runnable leave) {
        if (stay(owner, what, unsaved.getAsBoolean(), save, () -> { }, leave)) {
            return false;
        }
        leave.run();
        return true;
    }

    /**
     * For a screen the person is moving away from: whether to stay on it for now. Don't save runs
     * {@code discard} and lets them go; Save starts saving, stays, and runs {@code thenLeave} once the
     * save has gone through; Cancel stays.
     */
    public static boolean stay(Node owner, String what, boolean unsaved, Predicate<Runnable> save, Runnable discard,
                               Runnable thenLeave) {
        if (!unsaved) {
            return false;
        }
        switch (Dialogs.askToSave(owner, what)) {
            case DISCARD -> {
                discard.run();
                return false;
            }
            case SAVE -> save.test(thenLeave);
            case STAY -> {
            }
        }
        return true;
    }
}
