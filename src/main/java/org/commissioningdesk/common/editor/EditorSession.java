package org.commissioningdesk.common.editor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of one editor, shared by every record editor: whether it is open, busy, changed and
 * editable, what its message line says, and the requests it sends to its service.
 * <p>
 * Each request remembers which record it was asked for. When the person has moved on before the
 * answer arrives (opened another record, started a new one, gone back to the list), the answer is
 * stale and is dropped: it never overwrites the form now shown, and never makes the editor busy or
 * reports a problem about a record no longer open. A change that reached the database is still
 * counted in {@link #savesProperty()}, so the lists showing it read it again.
 * <p>
 * What the message line reports done is also {@link TaskRunner#announce announced} on the runner, so the
 * window's status bar shows the last thing done in any editor.
 * <p>
 * No JavaFX scene types are used, so view models hold one.
 */
public final class EditorSession {

    private static final Logger LOG = LoggerFactory.getLogger(EditorSession.class);

    private final TaskRunner runner;
    private final FormErrors form;
    private final MessageLine line = new MessageLine();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper showErrors = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper saves = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper fills = new ReadOnlyIntegerWrapper(0);
    /** Which record the editor shows: moved on by {@link #moveOn()}; answers to an earlier one are stale. */
    private long generation;

    public EditorSession(TaskRunner runner, FormErrors form) {
        this.runner = runner;
        this.form = form;
        // Whatever an editor reports done (a save, a workflow step) is the window's last action too, however
        // quick it was: every editor says so through here, none on its own.
        line.reportDoneTo(runner::announce);
    }

    // ---- requests

    /** Tells the status bar {@code text}, as the last thing done. */
    public void announce(String text) {
        runner.announce(text);
    }

    /**
     * The editor now shows another record (or none): answers to requests made before are dropped,
     * and the editor is no longer busy with them.
     */
    public void moveOn() {
        generation++;
        busy.set(false);
    }

    /**
     * Asks the service for something the editor waits on (opening a record, comparing versions): busy
     * until the answer, however it ends; it may be cancelled from the status bar if it is slow.
     */
    public <T> void request(String name, Callable<T> work, Consumer<? super T> then) {
        request(name, work, then, this::failed);
    }

    /** As {@link #request(String, Callable, Consumer)}, with the editor's own handling of a failure. */
    public <T> void request(String name, Callable<T> work, Consumer<? super T> then, Consumer<Throwable> onFailure) {
        long asked = generation;
        runner.task(name, progress -> work.call())
                .busy(busy)
                .onSuccess(result -> {
                    if (!stale(asked, name)) {
                        then.accept(result);
                    }
                })
                .onFailure(failure -> {
                    if (!stale(asked, name)) {
                        onFailure.accept(failure);
                    }
                }).start();
    }

    /** Reads something beside the record (choices, related lists) without making the editor busy. */
    public <T> void look(String name, Callable<T> work, Consumer<? super T> then) {
        long asked = generation;
        runner.task(name, progress -> work.call())
                .quiet()
                .onSuccess(result -> {
                    if (!stale(asked, name)) {
                        then.accept(result);
                    }
                })
                .onFailure(failure -> {
                    if (!stale(asked, name)) {
                        failed(failure);
                    }
                }).start();
    }

    /**
     * Changes the record (a save, a workflow step) and shows what comes back, reporting {@code done}.
     * A change is never offered for cancelling: once sent it is written whole or not at all, and the
     * editor must learn which. Lists are told of the change even when the person has moved on meanwhile.
     */
    public <T> void change(String name, Callable<T> work, Consumer<? super T> show, String done) {
        change(name, work, show, done, this::failed);
    }

    /**
     * As {@link #change(String, Callable, Consumer, String)}, with a failure handed to {@code onFailure}
     * (a dialog still open, say, that shows the refusal where the person is looking).
     */
    public <T> void change(String name, Callable<T> work, Consumer<? super T> show, String done,
                           Consumer<Throwable> onFailure) {
        long asked = generation;
        runner.task(name, progress -> work.call())
                .busy(busy)
                .notCancellable()
                .onSuccess(result -> {
                    saves.set(saves.get() + 1);
                    if (stale(asked, name)) {
                        return;
                    }
                    show.accept(result);
                    if (done != null) {
                        line.done(done);
                    }
                })
                .onFailure(failure -> {
                    if (!stale(asked, name)) {
                        onFailure.accept(failure);
                    }
                }).start();
    }

    /** What to tell a person of {@code failure}: the service's own words for a refusal, else plain words. */
    public static String refusal(Throwable failure) {
        return failure instanceof ValidationException v ? v.getMessage() : Failures.describe(failure);
    }

    private boolean stale(long asked, String name) {
        if (asked != generation) {
            LOG.debug("Answer to '{}' dropped: the editor has moved on", name);
            return true;
        }
        return false;
    }

    /** The service said no: a refusal naming fields of the form is shown on them, anything else on the line. */
    public void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof ValidationException v && form.refused(v.fieldErrors())) {
            showErrors.set(true);
            line.problem("Not saved: " + v.getMessage());
        } else {
            // A rule or a storage problem speaks plainly; anything else is logged and never shown raw.
            line.problem(Failures.describe(failure));
        }
    }

    // ---- state set by the view model

    /** The editor is shown (true) or left (false). */
    public void setOpen(boolean value) {
        open.set(value);
    }

    public void setDirty(boolean value) {
        dirty.set(value);
    }

    public void setEditable(boolean value) {
        editable.set(value);
    }

    /** Whether the record shown has been saved (so it can be exported, moved on, deleted). */
    public void setSaved(boolean value) {
        saved.set(value);
    }

    public void setShowErrors(boolean value) {
        showErrors.set(value);
    }

    /** The form was filled from a record (or a blank one). */
    public void filled() {
        fills.set(fills.get() + 1);
    }

    /** A change was made that lists should read again (a delete, say). */
    public void changedInDatabase() {
        saves.set(saves.get() + 1);
    }

    public MessageLine line() {
        return line;
    }

    public FormErrors form() {
        return form;
    }

    // ---- properties

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showErrorsProperty() {
        return showErrors.getReadOnlyProperty();
    }

    /** Counts changes written to the database, so lists know to read again. */
    public ReadOnlyIntegerProperty savesProperty() {
        return saves.getReadOnlyProperty();
    }

    /** Counts fillings of the form, so a screen can restore the person's place in it. */
    public ReadOnlyIntegerProperty fillsProperty() {
        return fills.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return line.textProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return line.problemProperty();
    }
}
