package org.commissioningdesk.specification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.common.editor.RecordEditorModel;
import org.commissioningdesk.common.editor.StepAnswer;
import org.commissioningdesk.export.ExportJob;
import org.commissioningdesk.persistence.AuditEntry;

/**
 * State and actions of the specification editor: the header, the template's sections, the care
 * pathway and the quality requirements, the links, versions and history, and a comparison of two
 * versions. Everything typed is held until Save, which writes it all in one transaction; what every
 * editor does alike is the editor kit's {@link RecordEditorModel}.
 */
public final class SpecificationEditorViewModel
        extends RecordEditorModel<Specification, SpecificationDraft, SpecificationDetails> {

    private final SpecificationService service;
    private final SpecificationForm typed;
    private final SpecificationChoices choices = new SpecificationChoices();
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper deleted = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SpecificationComparison> comparison = new ReadOnlyObjectWrapper<>();

    private final ObservableList<SpecificationSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<SpecStatusChange> statusChanges = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final ObservableList<DeliveredPriority> delivered = FXCollections.observableArrayList();

    public SpecificationEditorViewModel(SpecificationService service, TaskRunner runner) {
        this(service, runner, new SpecificationForm());
    }

    private SpecificationEditorViewModel(SpecificationService service, TaskRunner runner, SpecificationForm typed) {
        super("specification", runner, typed.observables(), SpecificationDraft::normalised);
        this.service = service;
        this.typed = typed;
    }

    // ---- the record, as the editor kit asks for it

    @Override
    protected SpecificationDraft read(Map<String, String> problems) {
        return typed.draft(problems);
    }

    @Override
    protected Map<String, String> check(SpecificationDraft draft) {
        return SpecificationRules.check(draft);
    }

    @Override
    protected SpecificationDraft blank() {
        return new SpecificationDraft(null, null, null, null, Map.of(), List.of(), List.of());
    }

    @Override
    protected Specification record(SpecificationDetails read) {
        return read.specification();
    }

    @Override
    protected SpecificationDraft content(Specification s) {
        return s.content();
    }

    @Override
    protected long id(Specification s) {
        return s.id();
    }

    @Override
    protected boolean editable(Specification s) {
        return s.status().isEditable();
    }

    @Override
    protected SpecificationDetails details(long id) {
        return service.details(id);
    }

    @Override
    protected Specification write(Specification current, SpecificationDraft d) {
        return current == null ? service.create(d, origin.get()) : service.update(current.id(), current.stamp().revision(), d);
    }

    @Override
    protected void remove(long id) {
        service.delete(id);
    }

    @Override
    protected String changeDetails(long auditId) {
        return service.changeDetails(auditId);
    }

    @Override
    protected String named(Specification s) {
        return s.label();
    }

    @Override
    protected void opening() {
        deleted.set("");
        comparison.set(null);
        loadChoices();
    }

    private void loadChoices() {
        session.look("specification choices", () -> new SpecificationChoices.Read(service.commissioners(),
                service.providers(), service.serviceAreas()), read -> choices.replace(read, typed));
    }

    @Override
    protected void fillForm(SpecificationDraft d, SpecificationDetails read) {
        Specification s = read == null ? null : read.specification();
        typed.fill(d, choices.commissioner(d.commissionerId(), s == null ? null : s.commissionerName()),
                choices.provider(d.providerId(), s == null ? null : s.providerName()));
        showAround(read);
    }

    @Override
    protected void show(SpecificationDetails read) {
        origin.set(null);
        comparison.set(null);
        super.show(read);
    }

    private void showAround(SpecificationDetails read) {
        versions.setAll(read == null ? List.of() : read.versions());
        statusChanges.setAll(read == null ? List.of() : read.statusChanges());
        audit.setAll(read == null ? List.of() : read.audit());
        delivered.setAll(read == null ? List.of() : read.deliveredPriorities());
    }

    // ---- starting, refreshing and leaving

    @Override
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
        origin.set(from);
        // Measured against a blank one, a specification started from a template is a change to save.
        startWith(content, blank(), from == null ? "" : from + ". Nothing is saved until you choose Save.");
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
        Specification s = loadedProperty().get();
        if (s != null) {
            session.look("refresh specification", () -> service.details(s.id()), read -> {
                Specification now = loadedProperty().get();
                if (now != null && now.id() == s.id()) {
                    showAround(read);
                }
            });
        }
    }

    @Override
    public void close() {
        super.close();
        comparison.set(null);
        origin.set(null);
    }

    // ---- the workflow

    /** Today by the service's clock (fixed in tests): what an agreement date starts at. */
    public LocalDate today() {
        return service.today();
    }

    /** Whether the workflow allows {@code step} for the saved version (the header enables its button from this). */
    public BooleanBinding allowed(SpecificationWorkflow step) {
        var loaded = loadedProperty();
        return Bindings.createBooleanBinding(() -> {
            Specification s = loaded.get();
            return s != null && step.allowedFrom(s.status())
                    && (step != SpecificationWorkflow.NEW_VERSION || versions.stream().noneMatch(v -> v.version() > s.version()));
        }, loaded, versions);
    }

    /**
     * Whether the open version may go on to agreement (asked before the Agree dialog opens, so no
     * note is typed in vain); if not, the fields it lacks are marked and the message says what to do.
     */
    public boolean readyToAgree() {
        Specification s = loadedProperty().get();
        if (s == null) {
            return false;
        }
        Map<String, String> gaps = SpecificationWorkflow.AGREE.gaps(s.content());
        if (gaps.isEmpty()) {
            return true;
        }
        // Shown on the fields, but a draft may still be saved without them.
        gaps(gaps, "Not ready to agree: " + String.join("; ", gaps.values()) + ".");
        return false;
    }

    /** Agrees the saved draft today. */
    public void agree(String note) {
        agree(today(), note, null);
    }

    /** Agrees the saved draft as of {@code agreedOn} (the date of the meeting, which may be past); answers {@code answer}. */
    public void agree(LocalDate agreedOn, String note, StepAnswer answer) {
        step("agree specification", id -> service.agree(id, agreedOn, note),
                "Agreed. This version is now read-only; make a new version to change it.", answer);
    }

    /** A new draft version from the open (agreed) one, opened in the editor. */
    public void newVersion() {
        Specification current = loadedProperty().get();
        step("new version", service::newVersion, current == null ? "" : "New version started from version "
                + current.version() + ". Make your changes and save.");
    }

    /** After a delete, the library says what was deleted. */
    @Override
    protected void afterDelete(Specification gone) {
        deleted.set("Deleted " + gone.label() + ".");
    }

    /**
     * Saves the open specification (as last saved) as a template; a name that is missing or taken
     * comes back to {@code onProblems} keyed "name" or "description".
     */
    public void saveAsTemplate(String name, String description, Consumer<Map<String, String>> onProblems) {
        Specification current = loadedProperty().get();
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

    /**
     * Exporting what is shown: the comparison of two versions while it is open (the changes, to send a
     * provider), else the version open as last saved; empty while nothing saved is open.
     */
    public Optional<ExportJob> exportJob() {
        SpecificationComparison c = comparison.get();
        if (c != null) {
            return Optional.of(service.comparisonJob(c.left().id(), c.right().id(), c.right().title(),
                    c.left().version(), c.right().version()));
        }
        Specification s = loadedProperty().get();
        return s == null ? Optional.empty() : Optional.of(service.exportJob(s.id(), s.title(), s.version()));
    }

    // ---- what the screen shows

    /** What is typed, held until Save. */
    public SpecificationForm form() {
        return typed;
    }

    /** What the editor offers to choose from. */
    public SpecificationChoices choices() {
        return choices;
    }

    /** Where an unsaved new specification came from ("From the template '...'"), kept in its history; or null. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** What the editor last deleted, in words ("Deleted Primary PCI v2."), for the library to say; "" otherwise. */
    public ReadOnlyStringProperty deletedProperty() {
        return deleted.getReadOnlyProperty();
    }

    /** Two versions compared, while the comparison is shown; null otherwise. */
    public ReadOnlyObjectProperty<SpecificationComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
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
    public ObservableList<DeliveredPriority> delivered() {
        return delivered;
    }
}
