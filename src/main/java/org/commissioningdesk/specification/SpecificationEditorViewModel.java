package org.commissioningdesk.specification;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.common.editor.EditorSession;
import org.commissioningdesk.common.editor.FormErrors;
import org.commissioningdesk.common.editor.MessageLine;
import org.commissioningdesk.persistence.AuditEntry;

/**
 * State and actions of the specification editor: the header, the template's sections, the care
 * pathway and the quality requirements, the links, versions and history, and a comparison of two
 * versions. Everything typed is held here until Save, which writes it all in one transaction.
 */
public final class SpecificationEditorViewModel {

    private final SpecificationService service;
    private final ReadOnlyObjectWrapper<Specification> loaded = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper();
    private final SpecificationForm typed = new SpecificationForm();

    private final ObservableList<SpecificationSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<SpecStatusChange> statusChanges = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final ObservableList<DeliveredPriority> delivered = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper deleted = new ReadOnlyStringWrapper("");
    private final SpecificationChoices choices = new SpecificationChoices();

    private final FormErrors form = new FormErrors(SpecificationEditorViewModel::isFormField);
    private final EditorSession session;
    private final MessageLine line;
    private final ReadOnlyObjectWrapper<SpecificationComparison> comparison = new ReadOnlyObjectWrapper<>();

    private SpecificationDraft loadedDraft = blank();
    private boolean filling;

    public SpecificationEditorViewModel(SpecificationService service, TaskRunner runner) {
        this.service = service;
        this.session = new EditorSession(runner, form);
        this.line = session.line();
        loaded.addListener((obs, was, now) -> session.setSaved(now != null));
        // An edit clears the service's last refusal and a step's gaps, then the form is checked again.
        typed.observables().forEach(o -> o.addListener(x -> {
            if (!filling) {
                form.edited(this::changed, line);
            }
        }));
    }

    private static SpecificationDraft blank() {
        return new SpecificationDraft(null, null, null, null, Map.of(), List.of(), List.of());
    }

    // ---- opening and closing

    /** Opens a new, blank, unsaved specification. */
    public void startNew() {
        startFrom(blank(), null);
    }

    /** Opens a new unsaved specification with the content of a template. */
    public void startFromTemplate(SpecificationTemplate template) {
        startFrom(template.content(), "From the template '" + template.name() + "'");
    }

    /** Opens a new unsaved specification with the content of an existing one ("new from this specification"). */
    public void startCopyOf(SpecificationSummary source) {
        session.request("copy specification", () -> service.copyOf(source.id()),
                draft -> startFrom(draft, "Copied from '" + source.label() + "'"));
    }

    private void startFrom(SpecificationDraft content, String from) {
        session.moveOn();
        deleted.set("");
        loaded.set(null);
        comparison.set(null);
        origin.set(from);
        loadChoices();
        fill(content, List.of(), List.of(), List.of(), List.of());
        // Measured against a blank one, a specification started from a template is a change to save.
        loadedDraft = blank();
        changed();
        line.done(from == null ? "" : from + ". Nothing is saved until you choose Save.");
        session.setOpen(true);
    }

    /** Loads a version into the editor. */
    public void open(long id, Runnable then) {
        deleted.set("");
        session.moveOn();
        loadChoices();
        session.request("open specification", () -> service.details(id), details -> {
            show(details);
            line.clear();
            session.setOpen(true);
            if (then != null) {
                then.run();
            }
        });
    }

    /**
     * Reads again what other screens change while this one is open: the choices of organisations
     * and service areas, the other versions, the history and the prospectus priorities delivered.
     * What is being typed is left as it is.
     */
    public void refreshAround() {
        if (!session.openProperty().get()) {
            return;
        }
        loadChoices();
        Specification s = loaded.get();
        if (s == null) {
            return;
        }
        session.look("refresh specification", () -> service.details(s.id()), details -> {
            Specification now = loaded.get();
            if (now != null && now.id() == s.id()) {
                versions.setAll(details.versions());
                statusChanges.setAll(details.statusChanges());
                audit.setAll(details.audit());
                delivered.setAll(details.deliveredPriorities());
            }
        });
    }

    /** Leaves the editor (the screen asks about unsaved changes before calling this). */
    public void close() {
        session.moveOn();
        session.setOpen(false);
        loaded.set(null);
        comparison.set(null);
        origin.set(null);
        fill(blank(), List.of(), List.of(), List.of(), List.of());
    }

    private void loadChoices() {
        session.look("specification choices", () -> new SpecificationChoices.Read(service.commissioners(),
                service.providers(), service.serviceAreas()), read -> choices.replace(read, typed));
    }

    private void show(SpecificationDetails details) {
        Specification s = details.specification();
        // Locked or unlocked before anything shows the new version, so no one sees its status with the old lock.
        session.setEditable(s.status().isEditable());
        loaded.set(s);
        origin.set(null);
        comparison.set(null);
        fill(s.content().normalised(), details.versions(), details.statusChanges(), details.audit(),
                details.deliveredPriorities());
    }

    private void fill(SpecificationDraft d, List<SpecificationSummary> vs, List<SpecStatusChange> changes,
                      List<AuditEntry> entries, List<DeliveredPriority> links) {
        filling = true;
        try {
            loadedDraft = d;
            Specification s = loaded.get();
            typed.fill(d, choices.commissioner(d.commissionerId(), s == null ? null : s.commissionerName()),
                    choices.provider(d.providerId(), s == null ? null : s.providerName()));
            versions.setAll(vs);
            statusChanges.setAll(changes);
            audit.setAll(entries);
            delivered.setAll(links);
            session.setEditable(s == null || s.status().isEditable());
            form.reset();
            session.setShowErrors(s != null);
        } finally {
            filling = false;
        }
        changed();
        session.filled();
    }

    // ---- what was typed

    /** The form as a draft, with numbers and money that could not be read left out (see {@link #errors()}). */
    public SpecificationDraft draft() {
        return draft(new LinkedHashMap<>());
    }

    private SpecificationDraft draft(Map<String, String> problems) {
        return typed.draft(problems);
    }

    private void changed() {
        if (filling) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        SpecificationDraft d = draft(problems);
        // A number that could not be read says so, rather than "give a number".
        form.checked(SpecificationRules.check(d), problems);
        boolean isDirty = !d.equals(loadedDraft.normalised()) || !problems.isEmpty();
        session.setDirty(isDirty);
        if (isDirty) {
            session.setShowErrors(true);
        }
    }

    /** The message for a field (keys as in {@link SpecificationRules}), or null; shown once anything is typed. */
    public String error(String field) {
        return session.showErrorsProperty().get() ? form.get(field) : null;
    }

    // ---- the care pathway and the quality requirements

    /** Moves an item of the pathway or the requirements up (-1) or down (+1); false when it is already at that end. */
    public <T> boolean move(ObservableList<T> list, T item, int by) {
        int from = list.indexOf(item);
        int to = from + by;
        if (!session.editableProperty().get() || from < 0 || to < 0 || to >= list.size()) {
            return false;
        }
        list.remove(from);
        list.add(to, item);
        return true;
    }

    // ---- saving and the workflow

    /** Saves everything typed; false (and nothing sent) when something is invalid. */
    public boolean save(Runnable onSaved) {
        session.setShowErrors(true);
        changed();
        if (form.blocksSaving()) {
            line.notSaved(form);
            return false;
        }
        SpecificationDraft d = draft();
        Specification current = loaded.get();
        String from = origin.get();
        session.change("save specification", () -> {
            Specification saved = current == null ? service.create(d, from) : service.update(current.id(), d);
            return service.details(saved.id());
        }, details -> {
            show(details);
            line.done("Saved " + details.specification().label() + ".");
            if (onSaved != null) {
                onSaved.run();
            }
        }, null);
        return true;
    }

    /** Today by the service's clock (fixed in tests): what an agreement date starts at. */
    public LocalDate today() {
        return service.today();
    }

    /** The editor's life (open, busy, changed, its message line), which the editor's header binds to. */
    public EditorSession session() {
        return session;
    }

    /** Whether the workflow allows {@code step} for the saved version (the header enables its button from this). */
    public javafx.beans.binding.BooleanBinding allowed(SpecificationWorkflow step) {
        return Bindings.createBooleanBinding(() -> {
            Specification s = loaded.get();
            return s != null && step.allowedFrom(s.status())
                    && (step != SpecificationWorkflow.NEW_VERSION || versions.stream().noneMatch(v -> v.version() > s.version()));
        }, loaded, versions);
    }

    /** Agrees the saved draft (the service refuses an incomplete one, and says why). */
    /**
     * Whether the open version may go on to agreement (asked before the Agree dialog opens, so no
     * note is typed in vain); if not, the fields it lacks are marked and the message says what to do.
     */
    public boolean readyToAgree() {
        Specification s = loaded.get();
        if (s == null) {
            return false;
        }
        Map<String, String> gaps = SpecificationWorkflow.AGREE.gaps(s.content());
        if (gaps.isEmpty()) {
            return true;
        }
        // Shown on the fields, but a draft may still be saved without them.
        form.gaps(gaps);
        session.setShowErrors(true);
        line.problem("Not ready to agree: " + String.join("; ", gaps.values()) + ".");
        return false;
    }

    public void agree(String note) {
        agree(today(), note);
    }

    /** Agrees the saved draft as of {@code agreedOn} (the date of the meeting, which may be past). */
    public void agree(LocalDate agreedOn, String note) {
        transition("agree specification", id -> service.agree(id, agreedOn, note),
                "Agreed. This version is now read-only; make a new version to change it.");
    }

    /** A new draft version from the open (agreed) one, opened in the editor. */
    public void newVersion() {
        Specification current = loaded.get();
        transition("new version", service::newVersion, current == null ? "" : "New version started from version "
                + current.version() + ". Make your changes and save.");
    }

    public void delete(Runnable onDeleted) {
        Specification current = loaded.get();
        if (current == null) {
            return;
        }
        session.change("delete specification", () -> {
            service.delete(current.id());
            return current;
        }, gone -> {
            close();
            deleted.set("Deleted " + gone.label() + ".");
            if (onDeleted != null) {
                onDeleted.run();
            }
        }, null);
    }

    /**
     * Saves the open specification (as last saved) as a template; a name that is missing or taken
     * comes back to {@code onProblems} keyed "name" or "description".
     */
    public void saveAsTemplate(String name, String description, Consumer<Map<String, String>> onProblems) {
        Specification current = loaded.get();
        if (current == null) {
            return;
        }
        session.request("save as template", () -> service.saveAsTemplate(current.id(), name, description),
                saved -> line.done("Saved as the template '" + saved.name() + "'. It is offered under New from template."),
                failure -> {
                    if (failure instanceof ValidationException v) {
                        onProblems.accept(v.fieldErrors());
                    } else {
                        session.failed(failure);
                    }
                });
    }

    /** Compares two versions of this specification; the comparison replaces the editor until it is closed. */
    public void compare(long firstId, long secondId) {
        session.request("compare versions", () -> service.compare(firstId, secondId), comparison::set);
    }

    public void closeComparison() {
        comparison.set(null);
    }

    private void transition(String name, LongFunction<Specification> action, String done) {
        Specification current = loaded.get();
        if (current == null) {
            return;
        }
        session.change(name, () -> service.details(action.apply(current.id()).id()), this::show, done);
    }

    private static boolean isFormField(String key) {
        return key.startsWith("section.") || key.startsWith("step.") || key.startsWith("kpi.")
                || List.of("title", "serviceArea", "commissionerId", "providerId").contains(key);
    }


    // ---- properties

    public ReadOnlyBooleanProperty openProperty() {
        return session.openProperty();
    }

    /** The version as last saved, or null while a new one has not been saved. */
    public ReadOnlyObjectProperty<Specification> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Where an unsaved new specification came from ("From the template '...'"), kept in its history; or null. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }









    /** What is typed, held until Save. */
    public SpecificationForm form() {
        return typed;
    }

    /** Every version of this specification, oldest first. */
    public ObservableList<SpecificationSummary> versions() {
        return versions;
    }

    public ObservableList<SpecStatusChange> statusChanges() {
        return statusChanges;
    }

    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    /** The prospectus priorities this specification delivers. */
    /** What the editor last deleted, in words ("Deleted Primary PCI v2."), for the library to say; "" otherwise. */
    public ReadOnlyStringProperty deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    public ObservableList<DeliveredPriority> delivered() {
        return delivered;
    }

    /** What the editor offers to choose from. */
    public SpecificationChoices choices() {
        return choices;
    }

    public ObservableMap<String, String> errors() {
        return form.shown();
    }

    /** Two versions compared, while the comparison is shown; null otherwise. */
    public ReadOnlyObjectProperty<SpecificationComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
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

    /** Counts saves, deletions and workflow moves: the library reloads when it changes. */
    public ReadOnlyIntegerProperty savesProperty() {
        return session.savesProperty();
    }

    /** Counts the times the form was filled (opened, saved, moved on): the screen then restores its place. */
    public ReadOnlyIntegerProperty fillsProperty() {
        return session.fillsProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return session.messageProperty();
    }

    /** True while the message reports a problem rather than something done. */
    public ReadOnlyBooleanProperty problemProperty() {
        return session.problemProperty();
    }

    /**
     * Exporting what is shown: the comparison of two versions while it is open (the changes, to send a
     * provider), else the version open as last saved; empty while nothing saved is open.
     */
    public java.util.Optional<org.commissioningdesk.export.ExportJob> exportJob() {
        SpecificationComparison c = comparison.get();
        if (c != null) {
            return java.util.Optional.of(service.comparisonJob(c.left().id(), c.right().id(), c.right().title(),
                    c.left().version(), c.right().version()));
        }
        Specification s = loaded.get();
        return s == null ? java.util.Optional.empty()
                : java.util.Optional.of(service.exportJob(s.id(), s.title(), s.version()));
    }
}
