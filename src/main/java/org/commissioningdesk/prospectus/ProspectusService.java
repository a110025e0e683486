package org.commissioningdesk.prospectus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.export.BoardPaper;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.ExportJob;
import java.util.Optional;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.StaleSaveException;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.common.VersionedSeries;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.ServiceAreaRepository;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.persistence.Tx;
import org.commissioningdesk.specification.SpecificationRepository;
import org.commissioningdesk.specification.SpecificationSummary;

/**
 * The rules of commissioning prospectuses: who may own one, what a valid draft is, the workflow
 * Draft -> Out for consultation -> Board approved -> Published -> Superseded, versions, and the
 * priorities a member inherits from London-wide and LCG prospectuses. Every write is one
 * transaction with its audit row; every move through the workflow is also dated and attributed.
 */
public final class ProspectusService {

    /** Audit entity name for prospectuses. */
    public static final String ENTITY = "prospectus";
    /** The longest note a workflow step keeps (the size of its column). */
    static final int MAX_NOTE = 1000;

    private final Transactions transactions;
    private final ProspectusRepository repository;
    private final OrganisationRepository organisations;
    private final ServiceAreaRepository serviceAreas;
    private final SpecificationRepository specifications;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;
    private final ProspectusChecks checks;

    public ProspectusService(Transactions transactions, ProspectusRepository repository,
                             OrganisationRepository organisations, ServiceAreaRepository serviceAreas,
                             SpecificationRepository specifications, AuditLog audit, Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.organisations = organisations;
        this.serviceAreas = serviceAreas;
        this.specifications = specifications;
        this.audit = audit;
        this.user = audit.user();
        this.clock = clock;
        this.checks = new ProspectusChecks(repository, organisations, specifications);
    }

    // ---- reading

    public List<ProspectusSummary> list() {
        return transactions.read(repository::findSummaries);
    }

    public Prospectus get(long id) {
        return transactions.read(tx -> require(tx, id));
    }

    /** The prospectus with what it inherits, its workflow history, its audit trail and its other versions. */
    /** The prospectus as the document that goes out for consultation and to the Board. */
    public Document document(long id) {
        return ProspectusDocument.of(details(id), user.name(), LocalDate.now(clock));
    }

    /**
     * Exporting prospectus {@code id} (read when the export runs), titled and versioned as shown; a
     * Board paper cover starts with its title, the person exporting as author, and its summary.
     */
    public ExportJob exportJob(long id, String title, int version, String summary) {
        return ExportJob.document("the prospectus", title + " v" + version, new BoardPaper(null, null, null, null, title,
                null, user.name(), null, summary, null, null, null, null, null, null, null, null, null, null),
                () -> document(id));
    }

    /** Exporting the prospectus register as shown (the filter in words, or null). */
    public ExportJob registerJob(List<ProspectusSummary> shown, String filter) {
        List<ProspectusSummary> rows = List.copyOf(shown);
        return ExportJob.register("the prospectus register", "Prospectuses " + LocalDate.now(clock),
                () -> ProspectusRegister.of(rows, filter), new Document.Info("Prospectuses", null, user.name(),
                        "Prospectus register", null, LocalDate.now(clock), Document.Part.PUBLIC));
    }

    /** Everything one change in a prospectus's history did, in words (read when the person opens it). */
    public String changeDetails(long auditId) {
        return transactions.read(tx -> audit.details(tx, auditId).orElse(""));
    }

    public ProspectusDetails details(long id) {
        return transactions.read(tx -> {
            Prospectus p = require(tx, id);
            return new ProspectusDetails(p, checks.inherited(tx, p.ownerId(), p.firstYear(), p.seriesId()),
                    repository.statusChanges(tx, id), audit.forEntity(tx, ENTITY, p.uid()),
                    repository.versions(tx, p.seriesId()));
        });
    }

    /**
     * The priorities a prospectus owned by {@code ownerId} for a cycle starting in {@code firstYear}
     * inherits (¶53): those of agreed London-wide prospectuses and of its own groups' prospectuses.
     */
    public List<InheritedPriority> inheritedFor(long ownerId, FinancialYear firstYear, Long seriesId) {
        return transactions.read(tx -> checks.inherited(tx, ownerId, firstYear, seriesId == null ? -1 : seriesId));
    }

    public List<String> serviceAreas() {
        return transactions.read(serviceAreas::names);
    }

    /** The specifications a priority can be linked to (the latest version of each), by title. */
    public List<SpecificationSummary> specificationChoices() {
        return transactions.read(specifications::latestVersions);
    }

    /** Organisations that may own a prospectus (commissioners and groups), active ones only. */
    public List<Organisation> possibleOwners() {
        return transactions.read(tx -> organisations.findAll(tx).stream()
                .filter(o -> !o.isRetired() && ProspectusLevel.forOwner(o.type()).isPresent())
                .toList());
    }

    // ---- writing

    /** Starts a new prospectus as version 1, in Draft. */
    public Prospectus create(ProspectusDraft input) {
        ProspectusDraft draft = input.normalised();
        return transactions.inTransaction(tx -> {
            ProspectusLevel level = checks.validate(tx, draft, null);
            long id = repository.insert(tx, null, draft, level, 1, ProspectusStatus.DRAFT, audit.saving());
            addServiceAreas(tx, draft);
            repository.addStatusChange(tx, id, change(null, ProspectusStatus.DRAFT, null, "Created"));
            Prospectus created = require(tx, id);
            audit.record(tx, ENTITY, created.uid(), "create", null, created);
            return created;
        });
    }

    /**
     * Saves the editor's content, edited from revision {@code revision}; refused unless the prospectus is Draft
     * or Out for consultation.
     *
     * @throws StaleSaveException when it was saved since that revision (nothing is written)
     */
    public Prospectus update(long id, int revision, ProspectusDraft input) {
        ProspectusDraft draft = input.normalised();
        return transactions.inTransaction(tx -> {
            Prospectus before = require(tx, id);
            ProspectusChecks.requireEditable(before);
            if (before.stamp().revision() != revision) {
                throw audit.staleSave(tx, ENTITY, "this prospectus", before.stamp(), revision);
            }
            ProspectusLevel level = checks.validate(tx, draft, before);
            if (draft.equals(before.toDraft().normalised())) {
                return before;
            }
            if (!repository.update(tx, id, revision, draft, level, audit.saving())) {
                throw audit.staleSave(tx, ENTITY, "this prospectus", require(tx, id).stamp(), revision);
            }
            addServiceAreas(tx, draft);
            Prospectus after = require(tx, id);
            audit.record(tx, ENTITY, after.uid(), "update", before, after);
            return after;
        });
    }

    /** Deletes a draft; anything that has been consulted on or agreed is kept. */
    public void delete(long id) {
        transactions.inTransaction(tx -> {
            Prospectus before = require(tx, id);
            if (!ProspectusWorkflow.DELETE.allowedFrom(before.status())) {
                throw new RuleViolationException("Only a draft can be deleted; '" + before.title() + "' is "
                        + before.status().label() + ".");
            }
            repository.delete(tx, id);
            audit.record(tx, ENTITY, before.uid(), "delete", before, null);
            return null;
        });
    }

    /** A new Draft version of the same prospectus with the same content (the consultation log starts empty). */
    public Prospectus newVersion(long id) {
        return transactions.inTransaction(tx -> {
            Prospectus source = require(tx, id);
            int version = new VersionedSeries<>(repository.versions(tx, source.seriesId()))
                    .nextVersionFrom(id, source.version(), ProspectusStatus::isEditable, ProspectusStatus::label);
            if (!ProspectusWorkflow.NEW_VERSION.allowedFrom(source.status())) {
                throw new RuleViolationException("A new version is made from the published prospectus; version "
                        + source.version() + " is " + source.status().label().toLowerCase(java.util.Locale.ROOT)
                        + (source.status() == ProspectusStatus.BOARD_APPROVED ? ": publish it, or return it to draft to change it." : "."));
            }
            ProspectusDraft draft = new ProspectusDraft(source.ownerId(), source.title(), source.firstYear(),
                    source.cycleYears(), source.summary(), source.strategicContext(), source.healthNeeds(),
                    source.priorities(), List.of());
            long newId = repository.insert(tx, source.seriesId(), draft, source.level(), version, ProspectusStatus.DRAFT,
                    audit.saving());
            repository.addStatusChange(tx, newId, change(null, ProspectusStatus.DRAFT, null,
                    VersionedSeries.madeFrom(source.version())));
            Prospectus created = require(tx, newId);
            audit.record(tx, ENTITY, created.uid(), "new version", null, created);
            return created;
        });
    }

    /**
     * Next year's prospectus started from this one: the cycle moves on a year, each priority's money
     * moves with its year (the last year is left to fill in), and years in the title move on too.
     */
    public Prospectus copyForNextYear(long id) {
        return transactions.inTransaction(tx -> {
            Prospectus source = require(tx, id);
            Organisation owner = organisations.findById(tx, source.ownerId()).orElseThrow();
            if (owner.isRetired()) {
                throw new RuleViolationException(owner.name() + " has been retired, so it has no next prospectus.");
            }
            FinancialYear first = source.firstYear().next();
            List<FinancialYear> cycle = Prospectus.years(first, source.cycleYears());
            int[] dropped = {0};
            List<Priority> priorities = source.priorities().stream().map(p -> {
                List<java.math.BigDecimal> moved = p.amounts().size() > 1
                        ? new ArrayList<>(p.amounts().subList(1, p.amounts().size())) : List.of();
                List<OutcomeMeasure> outcomes = p.outcomes().stream().filter(o -> cycle.contains(o.targetYear())).toList();
                dropped[0] += p.outcomes().size() - outcomes.size();
                return new Priority(p.key(), p.title(), p.serviceArea(), p.changeType(), p.rationale(), moved,
                        outcomes, p.inequalityFocus(), p.leadOfficer(), p.specificationIds());
            }).toList();
            ProspectusDraft draft = new ProspectusDraft(source.ownerId(), nextYearTitle(source.title()), first,
                    source.cycleYears(), source.summary(), source.strategicContext(), source.healthNeeds(),
                    priorities, List.of()).normalised();
            ProspectusLevel level = checks.validate(tx, draft, null);
            long newId = repository.insert(tx, null, draft, level, 1, ProspectusStatus.DRAFT, audit.saving());
            String note = "Copied from " + source.title() + " (" + source.cycleLabel() + ", version " + source.version() + ")"
                    + (dropped[0] == 0 ? "" : "; " + Plural.count(dropped[0], "outcome target")
                    + " for " + source.firstYear() + " not carried over");
            repository.addStatusChange(tx, newId, change(null, ProspectusStatus.DRAFT, null, note));
            Prospectus created = require(tx, newId);
            audit.record(tx, ENTITY, created.uid(), "copy for next year", null, created);
            return created;
        });
    }

    /** The title with each financial year in it moved on a year, or marked a copy when it names none. */
    static String nextYearTitle(String title) {
        return FinancialYear.movedOnAYear(title).orElse(title + " (copy)");
    }

    // ---- the workflow

    /** Draft -> Out for consultation today, for the usual twelve weeks. */
    public Prospectus sendToConsultation(long id) {
        LocalDate today = LocalDate.now(clock);
        return sendToConsultation(id, today, today.plusWeeks(ConsultationPeriod.USUAL_WEEKS));
    }

    /**
     * Draft -> Out for consultation, opened on {@code opened} (today or past: it is recorded once it has
     * gone out) and closing on {@code closes}. Needs at least one priority, each with an outcome measure.
     */
    public Prospectus sendToConsultation(long id, LocalDate opened, LocalDate closes) {
        ProspectusChecks.consultationPeriod(opened, closes, LocalDate.now(clock));
        return transactions.inTransaction(tx -> {
            Prospectus before = require(tx, id);
            ProspectusChecks.expect(before, ProspectusWorkflow.CONSULT, "go out for consultation");
            repository.setConsultationPeriod(tx, id, new ConsultationPeriod(opened, closes));
            return move(tx, before, ProspectusStatus.CONSULTATION, null, null);
        });
    }

    /**
     * Out for consultation -> Board approved, at the Board meeting on {@code boardDate}. With
     * responses still unanswered it is refused unless {@code acceptUnanswered} (the person confirmed).
     */
    public Prospectus approve(long id, LocalDate boardDate, boolean acceptUnanswered) {
        if (boardDate == null) {
            throw ValidationException.of("boardMeetingDate", "Give the date of the Board meeting that approved it");
        }
        if (boardDate.isAfter(LocalDate.now(clock))) {
            throw ValidationException.of("boardMeetingDate", "The Board meeting date " + UkDates.format(boardDate)
                    + " is in the future; record the approval after the meeting");
        }
        return transactions.inTransaction(tx -> {
            Prospectus before = require(tx, id);
            ProspectusChecks.expect(before, ProspectusWorkflow.APPROVE, "be approved by the Board");
            ConsultationPeriod consulted = before.consultationPeriod();
            if (consulted != null && boardDate.isBefore(consulted.opened())) {
                throw ValidationException.of("boardMeetingDate", "The Board meeting cannot be before the consultation"
                        + " opened (" + UkDates.format(consulted.opened()) + ")");
            }
            long unanswered = unanswered(before);
            if (unanswered > 0 && !acceptUnanswered) {
                throw new RuleViolationException(Plural.count(unanswered, "consultation response")
                        + Plural.agree(unanswered, " is", " are") + " not answered yet. Answer "
                        + Plural.agree(unanswered, "it", "them") + ", or confirm approval anyway.");
            }
            String note = unanswered > 0 ? "Approved with " + Plural.count(unanswered, "consultation response")
                    + " unanswered" : null;
            return move(tx, before, ProspectusStatus.BOARD_APPROVED, boardDate, note);
        });
    }

    public static long unanswered(Prospectus p) {
        return p.consultation().stream().filter(r -> !r.answered()).count();
    }

    /** Board approved -> Published; any earlier agreed version of the same prospectus becomes Superseded. */
    public Prospectus publish(long id) {
        return transactions.inTransaction(tx -> {
            Prospectus before = require(tx, id);
            ProspectusChecks.expect(before, ProspectusWorkflow.PUBLISH, "be published");
            VersionedSeries<ProspectusStatus, ProspectusSummary> series = new VersionedSeries<>(
                    repository.versions(tx, before.seriesId()));
            Optional<ProspectusSummary> newer = series.newerInForce(before.version(), s -> s == ProspectusStatus.PUBLISHED);
            if (newer.isPresent()) {
                throw new RuleViolationException("Version " + newer.get().version() + " is already published; "
                        + "an older version cannot replace it.");
            }
            for (ProspectusSummary v : series.supersededBy(before.version(), ProspectusStatus::inForce)) {
                move(tx, require(tx, v.id()), ProspectusStatus.SUPERSEDED, null, VersionedSeries.supersededBy(before.version()));
            }
            return move(tx, before, ProspectusStatus.PUBLISHED, before.boardMeetingDate(), null);
        });
    }

    /** Out for consultation or Board approved -> Draft, to rework it; the history keeps what happened. */
    public Prospectus returnToDraft(long id, String reason) {
        String note = reason == null || reason.isBlank() ? null : reason.strip();
        if (note != null && note.length() > MAX_NOTE) {
            // The workflow history keeps the reason in a column of this size.
            throw ValidationException.of("reason", "At most " + MAX_NOTE + " characters (this has " + note.length() + ")");
        }
        return transactions.inTransaction(tx -> {
            Prospectus before = require(tx, id);
            if (!ProspectusWorkflow.RETURN.allowedFrom(before.status())) {
                throw new RuleViolationException("A prospectus that is " + before.status().label().toLowerCase(java.util.Locale.ROOT)
                        + " cannot go back to draft" + (before.status() == ProspectusStatus.PUBLISHED
                        ? "; make a new version instead." : "."));
            }
            // Only the latest version may be reworked, so a series never has two editable versions.
            int latest = repository.latestVersion(tx, before.seriesId());
            if (latest > before.version()) {
                throw new RuleViolationException("Version " + before.version() + " cannot go back to draft because version "
                        + latest + " has been made since; work on that one instead.");
            }
            return move(tx, before, ProspectusStatus.DRAFT, null, note);
        });
    }

    private Prospectus move(Tx tx, Prospectus before, ProspectusStatus to, LocalDate boardDate, String note) {
        repository.setStatus(tx, before.id(), to, audit.saving(), to == ProspectusStatus.DRAFT ? null
                : boardDate != null ? boardDate : before.boardMeetingDate());
        if (to == ProspectusStatus.DRAFT) {
            // Reworked, it will be consulted on again, over a period of its own.
            repository.setConsultationPeriod(tx, before.id(), null);
        }
        repository.addStatusChange(tx, before.id(), change(before.status(), to, boardDate, note));
        Prospectus after = require(tx, before.id());
        audit.record(tx, ENTITY, after.uid(), "status: " + to.label(), before, after);
        return after;
    }

    private StatusChange change(ProspectusStatus from, ProspectusStatus to, LocalDate boardDate, String note) {
        return new StatusChange(from, to, clock.instant().truncatedTo(ChronoUnit.SECONDS), user.name(),
                boardDate, note);
    }

    /** Refuses a step the workflow does not allow from the prospectus's status, or that it is not ready for. */
    private Prospectus require(Tx tx, long id) {
        return repository.findById(tx, id)
                .orElseThrow(() -> new NotFoundException("There is no prospectus with id " + id + "."));
    }

    private void addServiceAreas(Tx tx, ProspectusDraft draft) {
        serviceAreas.addAll(tx, audit, draft.priorities().stream().map(Priority::serviceArea).toList());
    }


}
