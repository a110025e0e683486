package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.editor.RecordEditorModel;
import org.commissioningdesk.common.editor.StepAnswer;
import org.commissioningdesk.export.ExportJob;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.persistence.AuditEntry;

/**
 * State and actions of the prospectus editor: the header and narrative, the priorities with their
 * money and outcomes, the consultation log, the finance derived from the priorities, and the
 * workflow. Everything typed is held until Save, which writes it all in one transaction; what every
 * editor does alike (opening, checking, saving, steps) is the editor kit's {@link RecordEditorModel}.
 */
public final class ProspectusEditorViewModel extends RecordEditorModel<Prospectus, ProspectusDraft, ProspectusDetails> {

    private final ProspectusService service;
    private final java.time.Clock clock;
    private final ProspectusForm typed;
    private final ProspectusChoices choices;

    private final ObservableList<InheritedPriority> inherited = FXCollections.observableArrayList();
    private final ObservableList<StatusChange> statusChanges = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> audit = FXCollections.observableArrayList();
    private final ObservableList<ProspectusSummary> versions = FXCollections.observableArrayList();
    private final ObservableList<FinancialYear> cycle = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProspectusFinance> finance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ProspectusLevel> level = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper unanswered = new ReadOnlyIntegerWrapper(0);

    public ProspectusEditorViewModel(ProspectusService service, TaskRunner runner, java.time.Clock clock) {
        this(service, runner, clock, new ProspectusForm());
    }

    private ProspectusEditorViewModel(ProspectusService service, TaskRunner runner, java.time.Clock clock,
                                      ProspectusForm typed) {
        super("prospectus", runner, typed.observables(), ProspectusDraft::normalised);
        this.service = service;
        this.clock = clock;
        this.typed = typed;
        this.choices = new ProspectusChoices(FinancialYear.containing(LocalDate.now(clock)));
        typed.ownerProperty().addListener((obs, was, now) -> {
            level.set(now == null ? null : ProspectusLevel.forOwner(now.type()).orElse(null));
            refreshInherited();
        });
        typed.firstYearProperty().addListener((obs, was, now) -> refreshInherited());
    }

    /** Today by the application's clock (fixed in tests). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the record, as the editor kit asks for it

    @Override
    protected ProspectusDraft read(Map<String, String> problems) {
        return typed.draft(problems);
    }

    @Override
    protected Map<String, String> check(ProspectusDraft draft) {
        return ProspectusRules.check(draft);
    }

    @Override
    protected ProspectusDraft blank() {
        return new ProspectusDraft(null, null, FinancialYear.containing(LocalDate.now(clock)).next(), 3,
                null, null, null, List.of(), List.of());
    }

    @Override
    protected Prospectus record(ProspectusDetails read) {
        return read.prospectus();
    }

    @Override
    protected ProspectusDraft content(Prospectus p) {
        return p.toDraft();
    }

    @Override
    protected long id(Prospectus p) {
        return p.id();
    }

    @Override
    protected boolean editable(Prospectus p) {
        return p.status().isEditable();
    }

    @Override
    protected ProspectusDetails details(long id) {
        return service.details(id);
    }

    @Override
    protected Prospectus write(Prospectus current, ProspectusDraft d) {
        return current == null ? service.create(d) : service.update(current.id(), current.stamp().revision(), d);
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
    protected String named(Prospectus p) {
        return p.title();
    }

    @Override
    protected void opening() {
        session.look("prospectus choices", () -> new ProspectusChoices.Read(service.possibleOwners(),
                service.serviceAreas(), service.specificationChoices()), read -> choices.replace(read, typed.ownerProperty()));
    }

    @Override
    protected void fillForm(ProspectusDraft d, ProspectusDetails read) {
        Prospectus p = read == null ? null : read.prospectus();
        Organisation o = choices.owner(d.ownerId(), p);
        typed.fill(d, o);
        level.set(p != null ? p.level() : o == null ? null : ProspectusLevel.forOwner(o.type()).orElse(null));
        inherited.setAll(read == null ? List.of() : read.inherited());
        statusChanges.setAll(read == null ? List.of() : read.statusChanges());
        audit.setAll(read == null ? List.of() : read.audit());
        versions.setAll(read == null ? List.of() : read.otherVersions());
    }

    @Override
    protected void checked(ProspectusDraft d) {
        cycle.setAll(d.years());
        finance.set(ProspectusFinance.of(d.years(), d.priorities()));
        unanswered.set((int) d.consultation().stream().filter(r -> !r.answered()).count());
    }

    /** Reads the owners, service areas and specifications again (other screens add to them); what is typed stays. */
    public void refreshChoices() {
        if (session.openProperty().get()) {
            opening();
        }
    }

    private void refreshInherited() {
        if (filling()) {
            return;
        }
        Organisation o = typed.ownerProperty().get();
        FinancialYear y = typed.firstYearProperty().get();
        Prospectus p = loadedProperty().get();
        if (o == null || y == null) {
            inherited.clear();
            return;
        }
        session.look("inherited priorities", () -> service.inheritedFor(o.id(), y, p == null ? null : p.seriesId()), list -> {
            if (typed.ownerProperty().get() == o && Objects.equals(typed.firstYearProperty().get(), y)) {
                inherited.setAll(list);
            }
        });
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

    // ---- the workflow

    /** Sends the saved draft out for consultation, open from {@code opened} to {@code closes}; answers {@code answer}. */
    public void sendToConsultation(LocalDate opened, LocalDate closes, StepAnswer answer) {
        step("send out for consultation", id -> service.sendToConsultation(id, opened, closes),
                "Sent out for consultation.", answer);
    }

    /** The dates a consultation sent out today would be open between, to start the dialog with. */
    public ConsultationPeriod usualPeriod() {
        return new ConsultationPeriod(today(), today().plusWeeks(ConsultationPeriod.USUAL_WEEKS));
    }

    /** Records the Board's approval at its meeting on {@code boardDate}; answers {@code answer}. */
    public void approve(LocalDate boardDate, boolean acceptUnanswered, StepAnswer answer) {
        step("record Board approval", id -> service.approve(id, boardDate, acceptUnanswered), "Board approval recorded.",
                answer);
    }

    public void publish(StepAnswer answer) {
        step("publish", service::publish, "Published. It is now read-only.", answer);
    }

    public void returnToDraft(String reason, StepAnswer answer) {
        step("return to draft", id -> service.returnToDraft(id, reason), "Returned to draft.", answer);
    }

    /** A new draft version of the open prospectus, opened in the editor. */
    public void newVersion() {
        step("new version", service::newVersion, "New version started from the previous one.");
    }

    /** Next year's prospectus started from this one, opened in the editor. */
    public void copyForNextYear() {
        step("copy for next year", service::copyForNextYear, "Started next year's prospectus from this one.");
    }

    /** Whether the workflow allows {@code step} from the saved prospectus's status (the header enables its button from this). */
    public BooleanBinding allowed(ProspectusWorkflow step) {
        var loaded = loadedProperty();
        return Bindings.createBooleanBinding(() -> loaded.get() != null && step.allowedFrom(loaded.get().status()), loaded);
    }

    /** Whether publishing the open version will supersede an earlier one that is published or approved. */
    public boolean olderVersionStillPublished() {
        Prospectus p = loadedProperty().get();
        return p != null && versions.stream().anyMatch(v -> v.version() < p.version()
                && (v.status() == ProspectusStatus.PUBLISHED || v.status() == ProspectusStatus.BOARD_APPROVED));
    }

    /** Exporting the prospectus open, as last saved; empty while nothing saved is open. */
    public Optional<ExportJob> exportJob() {
        Prospectus p = loadedProperty().get();
        return p == null ? Optional.empty() : Optional.of(service.exportJob(p.id(), p.title(), p.version(), p.summary()));
    }

    // ---- what the screen shows

    public ReadOnlyObjectProperty<ProspectusLevel> levelProperty() {
        return level.getReadOnlyProperty();
    }

    /** What is typed, held until Save. */
    public ProspectusForm form() {
        return typed;
    }

    /** What the editor offers to choose from. */
    public ProspectusChoices choices() {
        return choices;
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

    /** The financial years of the cycle as currently typed. */
    public ObservableList<FinancialYear> cycle() {
        return cycle;
    }

    public ReadOnlyObjectProperty<ProspectusFinance> financeProperty() {
        return finance.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty unansweredProperty() {
        return unanswered.getReadOnlyProperty();
    }
}
