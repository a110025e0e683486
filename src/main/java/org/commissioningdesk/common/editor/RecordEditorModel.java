package org.commissioningdesk.common.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableMap;

import org.commissioningdesk.common.TaskRunner;

/**
 * What every record editor's view model does the same way, so each feature writes only what is its
 * own: the record as last saved, the form checked on every edit against the feature's rules,
 * whether anything has changed since it was filled, opening, starting afresh, saving, running a
 * workflow step and deleting, all through one {@link EditorSession}.
 * <p>
 * {@code R} is the record as saved, {@code D} what is typed (a value compared with what was loaded
 * to tell whether anything changed), {@code X} what opening a record reads: the record with its
 * history, versions and whatever else the editor shows beside it. No JavaFX scene types are used.
 */
public abstract class RecordEditorModel<R, D, X> {

    protected final EditorSession session;
    private final TaskRunner runner;
    protected final MessageLine line;
    private final FormErrors form;
    private final ReadOnlyObjectWrapper<R> loaded = new ReadOnlyObjectWrapper<>();
    private final String noun;
    private final UnaryOperator<D> normalise;
    private D loadedDraft;
    private boolean filling;

    /**
     * {@code fields} are everything an edit can change, each named for the key of its messages (see
     * {@link FormErrors#keysOf}); {@code normalise} tidies a draft the way the service will before it
     * is compared with what was loaded; {@code noun} names the record in the status bar ("prospectus").
     */
    protected RecordEditorModel(String noun, TaskRunner runner, List<? extends Observable> fields,
                                UnaryOperator<D> normalise) {
        this.noun = noun;
        this.form = new FormErrors(FormErrors.keysOf(fields));
        this.session = new EditorSession(runner, form);
        this.runner = runner;
        this.line = session.line();
        this.normalise = normalise;
        loaded.addListener((obs, was, now) -> session.setSaved(now != null));
        // An edit clears the service's last refusal and a step's gaps, then the form is checked again.
        fields.forEach(o -> o.addListener(x -> {
            if (!filling) {
                form.edited(this::changed, line);
            }
        }));
    }

    // ---- what each feature says

    /** The form as a draft; what could not be read (money, numbers) is left out and named in {@code problems}. */
    protected abstract D read(Map<String, String> problems);

    /** The feature's rules: every problem with {@code draft}, keyed by field, in reading order. */
    protected abstract Map<String, String> check(D draft);

    /** A blank record's content, for a new record and for an editor that was left. */
    protected abstract D blank();

    /** Fills the form (and the lists beside it) from {@code content}; {@code read} is null for an unsaved record. */
    protected abstract void fillForm(D content, X read);

    /** The record in what opening read. */
    protected abstract R record(X read);

    /** The saved content of {@code record}, as a draft. */
    protected abstract D content(R record);

    protected abstract long id(R record);

    /** Whether {@code record}'s status lets it be changed. */
    protected abstract boolean editable(R record);

    /** Reads a record with everything the editor shows beside it (run away from the FX thread). */
    protected abstract X details(long id) throws Exception;

    /** Writes the draft: creates the record when {@code current} is null (run away from the FX thread). */
    protected abstract R write(R current, D draft) throws Exception;

    /** Deletes a record (run away from the FX thread). */
    protected abstract void remove(long id) throws Exception;

    /** How the person knows {@code r} in a message ("Saved ...", "Opened ..."): its title, say. */
    protected abstract String named(R r);

    /** Everything one change in the record's history did, in words (read from the database: not on the FX thread). */
    protected abstract String changeDetails(long auditId) throws Exception;

    /**
     * Reads everything the change {@code auditId} did, away from the FX thread, then gives it to {@code shown} (on
     * the FX thread): what the History tab shows when a change is chosen. A failure is shown in plain words.
     */
    public void showChangeDetails(long auditId, java.util.function.Consumer<String> shown) {
        runner.run("read a change", () -> changeDetails(auditId), shown,
                failure -> shown.accept(org.commissioningdesk.common.Failures.describe(failure)));
    }

    /** Called after each check of the form with the draft as typed (for totals and counts worked out from it). */
    protected void checked(D draft) {
    }

    /** Called before opening or starting a record (to read the choices offered, say). */
    protected void opening() {
    }

    // ---- opening, starting and leaving

    /** Opens a new, blank, unsaved record. */
    public void startNew() {
        startWith(blank(), blank(), "");
    }

    /**
     * Opens a new unsaved record holding {@code content}, changed in so far as it differs from
     * {@code baseline}, with {@code message} on the message line.
     */
    protected void startWith(D content, D baseline, String message) {
        session.moveOn();
        loaded.set(null);
        opening();
        fill(content, null);
        loadedDraft = baseline;
        changed();
        line.done(message);
        session.setOpen(true);
    }

    /** Loads a record into the editor, then runs {@code then} (may be null). */
    public void open(long id, Runnable then) {
        session.moveOn();
        opening();
        session.request("open " + noun, () -> details(id), read -> {
            show(read);
            line.clear();
            // The status bar keeps the last thing done; opening a record is one.
            session.announce("Opened " + named(record(read)) + ".");
            session.setOpen(true);
            if (then != null) {
                then.run();
            }
        });
    }

    /** Leaves the editor (the screen asks about unsaved changes before calling this). */
    public void close() {
        session.moveOn();
        session.setOpen(false);
        loaded.set(null);
        fill(blank(), null);
    }

    /** Shows what opening read, as saved. */
    protected void show(X read) {
        R r = record(read);
        // Locked or unlocked before anything shows the new record, so no one sees its status with the old lock.
        session.setEditable(editable(r));
        loaded.set(r);
        fill(normalise.apply(content(r)), read);
    }

    private void fill(D content, X read) {
        filling = true;
        try {
            loadedDraft = content;
            fillForm(content, read);
            R r = loaded.get();
            session.setEditable(r == null || editable(r));
            form.reset();
            session.setShowErrors(r != null);
        } finally {
            filling = false;
        }
        changed();
        session.filled();
    }

    /** Whether the form is being filled (edits then are not the person's). */
    protected boolean filling() {
        return filling;
    }

    // ---- what was typed

    /** The form as a draft, with what could not be read left out (see {@link #errors()}). */
    public D draft() {
        return read(new LinkedHashMap<>());
    }

    /** Checks the form again and works out whether anything has changed. */
    protected void changed() {
        if (filling) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        D d = read(problems);
        form.checked(check(d), problems);
        boolean isDirty = !d.equals(normalise.apply(loadedDraft)) || !problems.isEmpty();
        session.setDirty(isDirty);
        if (isDirty) {
            session.setShowErrors(true);
        }
        checked(d);
    }

    /** The message for a field, or null; shown once anything is typed. */
    public String error(String field) {
        return session.showErrorsProperty().get() ? form.get(field) : null;
    }

    /** What a workflow step still needs, shown on its fields (it never stops a draft being saved). */
    protected void gaps(Map<String, String> gaps, String message) {
        form.gaps(gaps);
        session.setShowErrors(true);
        line.problem(message);
    }

    // ---- saving, the workflow and deleting

    /** Saves everything typed, then runs {@code onSaved} (may be null); false (and nothing sent) when something is invalid. */
    public boolean save(Runnable onSaved) {
        session.setShowErrors(true);
        changed();
        if (form.blocksSaving()) {
            line.notSaved(form);
            return false;
        }
        D d = draft();
        R current = loaded.get();
        session.change("save " + noun, () -> details(id(write(current, d))), read -> {
            show(read);
            line.done("Saved " + named(record(read)) + ".");
            if (onSaved != null) {
                onSaved.run();
            }
        }, null);
        return true;
    }

    /** Runs a workflow step on the saved record and shows it as it then is, saying {@code done}. */
    protected void step(String name, LongFunction<R> action, String done) {
        step(name, action, done, null);
    }

    /**
     * As {@link #step(String, LongFunction, String)}, answering {@code answer} (may be null): the dialog
     * that asked for the step closes when it is done, and shows a refusal itself, staying open.
     */
    protected void step(String name, LongFunction<R> action, String done, StepAnswer answer) {
        R current = loaded.get();
        if (current == null) {
            if (answer != null) {
                answer.refused("Save it first.");
            }
            return;
        }
        session.change(name, () -> details(id(action.apply(id(current)))), read -> {
            show(read);
            if (answer != null) {
                answer.done();
            }
        }, done, answer == null ? session::failed : failure -> answer.refused(EditorSession.refusal(failure)));
    }

    /** Deletes the saved record and leaves the editor, then runs {@code onDeleted} (may be null). */
    public void delete(Runnable onDeleted) {
        R current = loaded.get();
        if (current == null) {
            return;
        }
        Callable<R> work = () -> {
            remove(id(current));
            return current;
        };
        session.change("delete " + noun, work, gone -> {
            close();
            afterDelete(gone);
            if (onDeleted != null) {
                onDeleted.run();
            }
        }, null);
    }

    /** Called once {@code gone} is deleted and the editor left. */
    protected void afterDelete(R gone) {
    }

    // ---- properties

    /** The editor's life (open, busy, changed, its message line), which the editor's header binds to. */
    public EditorSession session() {
        return session;
    }

    /** The record as last saved, or null while a new one has not been saved. */
    public ReadOnlyObjectProperty<R> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Field key to the message shown on it. */
    public ObservableMap<String, String> errors() {
        return form.shown();
    }

    /** Puts a problem the screen found on the message line. */
    public void problem(String text) {
        line.problem(text);
    }

    public ReadOnlyBooleanProperty openProperty() {
        return session.openProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return session.dirtyProperty();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return session.editableProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return session.busyProperty();
    }

    public ReadOnlyBooleanProperty showErrorsProperty() {
        return session.showErrorsProperty();
    }

    /** True while the message reports a problem rather than something done. */
    public ReadOnlyBooleanProperty problemProperty() {
        return session.problemProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return session.messageProperty();
    }

    /** Counts saves, deletions and workflow moves: lists read again when it changes. */
    public ReadOnlyIntegerProperty savesProperty() {
        return session.savesProperty();
    }

    /** Counts the times the form was filled (opened, saved, moved on): the screen then restores its place. */
    public ReadOnlyIntegerProperty fillsProperty() {
        return session.fillsProperty();
    }
}
