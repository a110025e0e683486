package org.commissioningdesk.common.editor;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The line under an editor's header that says what just happened. A report ("Saved ...", "Agreed.")
 * or a problem goes when the person edits again, since it is then about an earlier state of the form;
 * "Not saved: N problems need fixing" is kept true as the problems are fixed, and goes with the last
 * of them. No JavaFX scene types are used, so view models may hold one.
 */
public final class MessageLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    /** The line is the form's own count of problems, and follows the form. */
    private boolean followsForm;
    /** Who else is told each time something is done (the window's status bar). */
    private Consumer<String> reports = message -> { };

    /** Something was done ("Saved Camden PCT's prospectus."): said on the line, and reported. */
    public void done(String message) {
        set(message, false, false);
        reports.accept(message);
    }

    /** Tells {@code reports} each thing the line says was done, as it is said (problems are the editor's own). */
    public void reportDoneTo(Consumer<String> reports) {
        this.reports = java.util.Objects.requireNonNull(reports);
    }

    /** Something could not be done, for a reason the message gives. */
    public void problem(String message) {
        set(message, true, false);
    }

    /** A save was stopped by the form's own problems: the line counts them and names the first, and keeps doing so. */
    public void notSaved(FormErrors form) {
        set(form.notSavedMessage(), true, true);
    }

    public void clear() {
        set("", false, false);
    }

    /** The person changed the form (after it was checked again): an earlier message goes, a live count is updated. */
    public void edited(FormErrors form) {
        if (followsForm && form.blocksSaving()) {
            text.set(form.notSavedMessage());
        } else if (!text.get().isEmpty()) {
            clear();
        }
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while the line reports a problem rather than something done. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private void set(String message, boolean isProblem, boolean follows) {
        followsForm = follows;
        problem.set(isProblem);
        text.set(message);
    }
}
