package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.editor.EditorSession;
import org.commissioningdesk.common.editor.FormErrors;
import org.commissioningdesk.common.editor.MessageLine;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.persistence.AuditEntry;

/**
 * State and actions of the prospectus editor: the header and narrative, the priorities with their
 * money and outcomes, the consultation log, the finance derived from the priorities, and the
 * workflow. Everything typed is held here until Save, which writes it all in one transaction.
 */
public final class ProspectusEditorViewModel {

    private final ProspectusService service;
    private final java.time.Clock clock;

    private final ReadOnlyObjectWrapper<Prospectus> loaded = new ReadOnlyObjectWrapper<>();
    private final ProspectusForm typed = new ProspectusForm();
    private final ObjectProperty<Organisation> owner = typed.ownerProperty();
    private final ObjectProperty<FinancialYear> firstYear = typed.firstYearProperty();

    private final ObservableList<InheritedPriority> inherited = FXCollections.observableArrayList();
    private final ObservableList<StatusChange> statusChanges = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final ObservableList<ProspectusSummary> versions = FXCollections.observableArrayList();
    private final ProspectusChoices choices;
    private final ObservableList<FinancialYear> cycle = FXCollections.observableArrayList();

    private final FormErrors form = new FormErrors(ProspectusEditorViewModel::isFormField);
    private final EditorSession session;
    private final MessageLine line;
    private final ReadOnlyObjectWrapper<ProspectusFinance> finance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProspectusLevel> level = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper unanswered = new ReadOnlyIntegerWrapper(0);

    private ProspectusDraft loadedDraft;
    private boolean filling;

    public ProspectusEditorViewModel(ProspectusService service, TaskRunner runner, java.time.Clock clock) {
        this.service = service;
        this.clock = clock;
        this.session = new EditorSession(runner, form);
        this.line = session.line();
        loaded.addListener((obs, was, now) -> session.setSaved(now != null));
        this.choices = new ProspectusChoices(FinancialYear.containing(LocalDate.now(clock)));
        // An edit clears the service's last refusal and a step's gaps, then the form is checked again.
        typed.observables().forEach(o -> o.addListener(x -> {
            if (!filling) {
                form.edited(this::changed, line);
            }
        }));
        owner.addListener((obs, was, now) -> {
            level.set(now == null ? null : ProspectusLevel.forOwner(now.type()).orElse(null));
            refreshInherited();
        });
        firstYear.addListener((obs, was, now) -> refreshInherited());
        loadedDraft = blank();
    }

    /** Today by the application's clock (fixed in tests). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- opening and closing

    /** Opens a new, unsaved prospectus in the editor. */
    public void startNew() {
        session.moveOn();
        loaded.set(null);
        fill(blank(), List.of(), List.of(), List.of(), List.of());
        line.clear();
        session.setOpen(true);
        loadChoices();
    }

    /** Loads a prospectus into the editor. */
    public void open(long id, Runnable then) {
        session.moveOn();
        loadChoices();
        session.request("open prospectus", () -> service.details(id), details -> {
            show(details);
            line.clear();
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
        fill(blank(), List.of(), List.of(), List.of(), List.of());
    }

    /** Reads the owners, service areas and specifications again (other screens add to them); what is typed stays. */
    public void refreshChoices() {
        if (session.openProperty().get()) {
            loadChoices();
        }
    }

    private void loadChoices() {
        session.look("prospectus choices", () -> new ProspectusChoices.Read(service.possibleOwners(),
                service.serviceAreas(), service.specificationChoices()), read -> choices.replace(read, owner));
    }

    private void show(ProspectusDetails details) {
        Prospectus p = details.prospectus();
        // Locked or unlocked before anything shows the new record, so no one sees its status with the old lock.
        session.setEditable(p.status().isEditable());
        loaded.set(p);
        fill(p.toDraft().normalised(), details.inherited(), details.statusChanges(), details.audit(), details.otherVersions());
    }

    private void fill(ProspectusDraft d, List<InheritedPriority> inh, List<StatusChange> changes, List<AuditEntry> entries,
                      List<ProspectusSummary> vs) {
        filling = true;
        try {
            loadedDraft = d;
            Prospectus p = loaded.get();
            Organisation o = choices.owner(d.ownerId(), p);
            typed.fill(d, o);
            level.set(p != null ? p.level() : o == null ? null : ProspectusLevel.forOwner(o.type()).orElse(null));
            inherited.setAll(inh);
            statusChanges.setAll(changes);
            audit.setAll(entries);
            versions.setAll(vs);
            session.setEditable(p == null || p.status().isEditable());
            form.reset();
            session.setShowErrors(p != null);
        } finally {
            filling = false;
        }
        changed();
        session.filled();
    }

    private ProspectusDraft blank() {
        return new ProspectusDraft(null, null, FinancialYear.containing(LocalDate.now(clock)).next(), 3,
                null, null, null, List.of(), List.of());
    }

    private void refreshInherited() {
        if (filling) {
            return;
        }
        Organisation o = owner.get();
        FinancialYear y = firstYear.get();
        Prospectus p = loaded.get();
        if (o == null || y == null) {
            inherited.clear();
            return;
        }
        session.look("inherited priorities", () -> service.inheritedFor(o.id(), y, p == null ? null : p.seriesId()), list -> {
            if (owner.get() == o && Objects.equals(firstYear.get(), y)) {
                inherited.setAll(list);
            }
        });
    }

    // ---- what was typed

    /** The form as a draft, with money and numbers that could not be read left out (see {@link #errors()}). */
    public ProspectusDraft draft() {
        return draft(new LinkedHashMap<>());
    }

    private ProspectusDraft draft(Map<String, String> problems) {
        return typed.draft(problems);
    }

    private void changed() {
        if (filling) {
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        ProspectusDraft d = draft(problems);
        form.checked(ProspectusRules.check(d), problems);
        boolean isDirty = !d.equals(loadedDraft.normalised()) || !problems.isEmpty();
        session.setDirty(isDirty);
        if (isDirty) {
            session.setShowErrors(true);
        }
        cycle.setAll(d.years());
        finance.set(ProspectusFinance.of(d.years(), d.priorities()));
        unanswered.set((int) d.consultation().stream().filter(r -> !r.answered()).count());
    }

    /** The message for a field (keys as in {@link ProspectusRules}), or null; shown once anything is typed. */
    public String error(String field) {
        return session.showErrorsProperty().get() ? form.get(field) : null;
    }

    // ---- editing (the rest is on the form)

    /** A new outcome measure on {@code f}, aimed at the last year of the cycle. */
    public OutcomeForm addOutcome(PriorityForm f) {
        return typed.addOutcome(f, cycle.isEmpty() ? null : cycle.get(cycle.size() - 1));
    }

    /** A new consultation response, received today. */
    public ResponseForm addResponse() {
        return typed.addResponse(today());
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
        ProspectusDraft d = draft();
        Prospectus current = loaded.get();
        session.change("save prospectus", () -> {
            Prospectus saved = current == null ? service.create(d) : service.update(current.id(), d);
            return service.details(saved.id());
        }, details -> {
            show(details);
            line.done("Saved " + details.prospectus().title() + ".");
            if (onSaved != null) {
                onSaved.run();
            }
        }, null);
        return true;
    }

    public void sendToConsultation() {
        transition("send out for consultation", id -> service.sendToConsultation(id), "Sent out for consultation.");
    }

    public void approve(LocalDate boardDate, boolean acceptUnanswered) {
        transition("record Board approval", id -> service.approve(id, boardDate, acceptUnanswered),
                "Board approval recorded.");
    }

    public void publish() {
        transition("publish", id -> service.publish(id), "Published. It is now read-only.");
    }

    public void returnToDraft(String reason) {
        transition("return to draft", id -> service.returnToDraft(id, reason), "Returned to draft.");
    }

    /** A new draft version of the open prospectus, opened in the editor. */
    public void newVersion() {
        transition("new version", id -> service.newVersion(id), "New version started from the previous one.");
    }

    /** Whether the workflow allows {@code step} from the saved prospectus's status (the header enables its button from this). */
    public javafx.beans.binding.BooleanBinding allowed(ProspectusWorkflow step) {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> loaded.get() != null
                && step.allowedFrom(loaded.get().status()), loaded);
    }

    /** Whether publishing the open version will supersede an earlier one that is published or approved. */
    public boolean olderVersionStillPublished() {
        Prospectus p = loaded.get();
        return p != null && versions.stream().anyMatch(v -> v.version() < p.version()
                && (v.status() == ProspectusStatus.PUBLISHED || v.status() == ProspectusStatus.BOARD_APPROVED));
    }

    /** Next year's prospectus started from this one, opened in the editor. */
    public void copyForNextYear() {
        transition("copy for next year", id -> service.copyForNextYear(id), "Started next year's prospectus from this one.");
    }

    public void delete(Runnable onDeleted) {
        Prospectus current = loaded.get();
        if (current == null) {
            return;
        }
        session.change("delete prospectus", () -> {
            service.delete(current.id());
            return current;
        }, gone -> {
            close();
            if (onDeleted != null) {
                onDeleted.run();
            }
        }, null);
    }

    private void transition(String name, java.util.function.LongFunction<Prospectus> action, String done) {
        Prospectus current = loaded.get();
        if (current == null) {
            return;
        }
        session.change(name, () -> service.details(action.apply(current.id()).id()), this::show, done);
    }

    /** Keys the editor shows on a field (a Board date, say, is asked for in a dialog instead). */
    private static boolean isFormField(String key) {
        return key.startsWith("priority.") || key.startsWith("consultation.")
                || List.of("ownerId", "title", "firstYear", "cycleYears", "summary", "strategicContext", "healthNeeds")
                .contains(key);
    }


    // ---- properties

    /** True while the message reports a problem rather than something done. */
    public ReadOnlyBooleanProperty problemProperty() {
        return session.problemProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return session.openProperty();
    }

    /** The editor's life (open, busy, changed, its message line), which the editor's header binds to. */
    public EditorSession session() {
        return session;
    }

    /** The prospectus as last saved, or null while a new one has not been saved. */
    public ReadOnlyObjectProperty<Prospectus> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }


    public ReadOnlyObjectProperty<ProspectusLevel> levelProperty() {
        return level.getReadOnlyProperty();
    }









    /** What is typed, held until Save. */
    public ProspectusForm form() {
        return typed;
    }

    public ObservableList<InheritedPriority> inherited() {
        return inherited;
    }

    public ObservableList<StatusChange> statusChanges() {
        return statusChanges;
    }

    public ObservableList<AuditEntry> audit() {
        return audit;
    }

    public ObservableList<ProspectusSummary> versions() {
        return versions;
    }

    /** What the editor offers to choose from. */
    public ProspectusChoices choices() {
        return choices;
    }

    /** The financial years of the cycle as currently typed. */
    public ObservableList<FinancialYear> cycle() {
        return cycle;
    }

    public ObservableMap<String, String> errors() {
        return form.shown();
    }

    public ReadOnlyObjectProperty<ProspectusFinance> financeProperty() {
        return finance.getReadOnlyProperty();
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

    /** Counts saves, deletions and workflow moves: the list reloads when it changes. */
    public ReadOnlyIntegerProperty savesProperty() {
        return session.savesProperty();
    }

    /** Counts the times the form was filled (opened, saved, moved on): the screen then restores its place. */
    public ReadOnlyIntegerProperty fillsProperty() {
        return session.fillsProperty();
    }

    public ReadOnlyIntegerProperty unansweredProperty() {
        return unanswered.getReadOnlyProperty();
    }

    /** Puts a problem the screen found (a specification linked twice, say) on the message line. */
    public void problem(String text) {
        line.problem(text);
    }

    public ReadOnlyStringProperty messageProperty() {
        return session.messageProperty();
    }

    /** Exporting the prospectus open, as last saved; empty while nothing saved is open. */
    public java.util.Optional<org.commissioningdesk.export.ExportJob> exportJob() {
        Prospectus p = loaded.get();
        return p == null ? java.util.Optional.empty()
                : java.util.Optional.of(service.exportJob(p.id(), p.title(), p.version(), p.summary()));
    }
}
