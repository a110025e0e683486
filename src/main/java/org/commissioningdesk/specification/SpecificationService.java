package org.commissioningdesk.specification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.export.BoardPaper;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.ExportJob;
import java.util.function.Predicate;

import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.StaleSaveException;
import org.commissioningdesk.common.Texts;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.CurrentUser;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.common.VersionedSeries;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.ServiceAreaRepository;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.persistence.Tx;

/**
 * The rules of service specifications: what a valid draft is, the workflow Draft -> Agreed ->
 * Superseded (an agreed version is read-only; a change is a new version), the templates a new
 * specification starts from, and comparing versions. Every write is one transaction with its
 * audit row; every move through the workflow is also dated and attributed.
 */
public final class SpecificationService {

    /** Audit entity names. */
    public static final String ENTITY = "specification";
    public static final String TEMPLATE_ENTITY = "specification template";
    /** The longest note a workflow step keeps (the size of its column). */
    static final int MAX_NOTE = 1000;

    private final Transactions transactions;
    private final SpecificationRepository repository;
    private final OrganisationRepository organisations;
    private final ServiceAreaRepository serviceAreas;
    private final AuditLog audit;
    private final CurrentUser user;
    private final Clock clock;
    private final SpecificationTemplates templateStore;
    private final SpecificationChecks checks;

    public SpecificationService(Transactions transactions, SpecificationRepository repository,
                                OrganisationRepository organisations, ServiceAreaRepository serviceAreas, AuditLog audit,
                                Clock clock) {
        this.transactions = transactions;
        this.repository = repository;
        this.organisations = organisations;
        this.serviceAreas = serviceAreas;
        this.audit = audit;
        this.user = audit.user();
        this.clock = clock;
        this.templateStore = new SpecificationTemplates(transactions, repository, audit);
        this.checks = new SpecificationChecks(repository, organisations);
    }

    // ---- reading

    /** Every version of every specification, grouped by specification (by its latest title), oldest version first. */
    public List<SpecificationSummary> list() {
        return transactions.read(repository::findSummaries);
    }

    /**
     * The ids of the versions whose text a reader sees (title, sections, care pathway, quality
     * requirements) contains {@code text}, in any case; every version for a blank text. The one text
     * search: the library's Find box and {@code spec list --text} both ask it.
     */
    public Set<Long> versionsMentioning(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return transactions.read(tx -> {
            Set<Long> ids = new LinkedHashSet<>();
            for (SpecificationSummary s : repository.findSummaries(tx)) {
                if (wanted.isEmpty() || require(tx, s.id()).content().mentions(wanted)) {
                    ids.add(s.id());
                }
            }
            return Set.copyOf(ids);
        });
    }

    public Specification get(long id) {
        return transactions.read(tx -> require(tx, id));
    }

    /** The version with the other versions, its workflow history, its audit trail and the priorities it delivers. */
    /** The specification version as the document that goes to a provider. */
    public Document document(long id) {
        return SpecificationDocument.of(get(id), user.name(), LocalDate.now(clock));
    }

    /** The changes from version {@code earlierId} to {@code laterId}, as a document. */
    public Document comparisonDocument(long earlierId, long laterId) {
        return ComparisonDocument.of(compare(earlierId, laterId), user.name(), LocalDate.now(clock));
    }

    /** Exporting version {@code id} (read when the export runs), titled and versioned as shown. */
    public ExportJob exportJob(long id, String title, int version) {
        return ExportJob.document("the specification", title + " v" + version, new BoardPaper(null, null, null, null,
                title, null, user.name(), null, null, null, null, null, null, null, null, null, null, null, null),
                () -> document(id));
    }

    /** Exporting the changes between two versions, as a document to send a provider. */
    public ExportJob comparisonJob(long earlierId, long laterId, String title, int from, int to) {
        return ExportJob.document("the changes", title + " changes v" + from + " to v" + to, null,
                () -> comparisonDocument(earlierId, laterId));
    }

    /** Exporting the specification library as shown (the filter in words, or null). */
    public ExportJob registerJob(List<SpecificationSummary> shown, String filter) {
        List<SpecificationSummary> rows = List.copyOf(shown);
        return ExportJob.register("the specification library", "Service specifications " + LocalDate.now(clock),
                () -> SpecificationRegister.of(rows, filter), new Document.Info("Service specifications", null,
                        user.name(), "Service specification library", null, LocalDate.now(clock),
                        Document.Part.PUBLIC));
    }

    /** Everything one change in a specification's history did, in words (read when the person opens it). */
    public String changeDetails(long auditId) {
        return transactions.read(tx -> audit.details(tx, auditId).orElse(""));
    }

    public SpecificationDetails details(long id) {
        return transactions.read(tx -> {
            Specification s = require(tx, id);
            return new SpecificationDetails(s, repository.versions(tx, s.seriesId()), repository.statusChanges(tx, id),
                    audit.forEntity(tx, ENTITY, s.uid()), repository.deliveredPriorities(tx, s.seriesId()));
        });
    }

    public List<String> serviceAreas() {
        return transactions.read(serviceAreas::names);
    }

    /** Active organisations that commission (PCTs, groups), for the commissioner field. */
    public List<Organisation> commissioners() {
        return active(t -> t.isCommissioner());
    }

    /** Active providers (NHS and foundation trusts, independent and voluntary providers), for the provider field. */
    public List<Organisation> providers() {
        return active(OrganisationType::isProvider);
    }

    private List<Organisation> active(Predicate<OrganisationType> kind) {
        return transactions.read(tx -> organisations.findAll(tx).stream()
                .filter(o -> !o.isRetired() && kind.test(o.type())).toList());
    }

    /** The built-in templates, then those people saved (by name). */
    public List<SpecificationTemplate> templates() {
        return templateStore.all();
    }

    /** A template by its key ("builtin:community-mental-health", "saved:3"). */
    public SpecificationTemplate template(String key) {
        return templateStore.byKey(key);
    }

    /**
     * The content of a specification to start a new one from ("new from an existing specification"):
     * titled as a copy, with quality requirements that are its own.
     */
    public SpecificationDraft copyOf(long id) {
        Specification source = get(id);
        SpecificationDraft c = source.content();
        return new SpecificationDraft("Copy of " + c.title(), c.serviceArea(), c.commissionerId(), c.providerId(),
                c.sections(), c.pathway(), c.quality().stream().map(q -> new QualityRequirement(null, q.indicator(),
                q.threshold(), q.direction(), q.unit(), q.measurement(), q.frequency(), q.penaltyKind(), q.penalty(),
                q.remedialActionPlan(), q.incentive(), q.incentiveAmount())).toList()).normalised();
    }

    /** Two versions compared part by part, the lower version on the left. */
    public SpecificationComparison compare(long firstId, long secondId) {
        return transactions.read(tx -> {
            Specification a = require(tx, firstId);
            Specification b = require(tx, secondId);
            return a.seriesId() == b.seriesId() && a.version() > b.version()
                    ? SpecificationComparison.of(b, a) : SpecificationComparison.of(a, b);
        });
    }

    // ---- writing

    /** Starts a new specification as version 1, in Draft. */
    public Specification create(SpecificationDraft input) {
        return create(input, null);
    }

    /**
     * Starts a new specification as version 1, in Draft.
     *
     * @param origin where it came from, for its history ("From the template 'Community mental health'"), or null
     */
    public Specification create(SpecificationDraft input, String origin) {
        SpecificationDraft draft = input.normalised();
        return transactions.inTransaction(tx -> {
            checks.validate(tx, draft, null);
            long id = repository.insert(tx, null, draft, 1, SpecStatus.DRAFT, audit.saving());
            serviceAreas.addAll(tx, audit, List.of(draft.serviceArea()));
            repository.addStatusChange(tx, id, change(null, SpecStatus.DRAFT,
                    origin == null || origin.isBlank() ? "Created" : clip(origin)));
            Specification created = require(tx, id);
            audit.record(tx, ENTITY, created.uid(), "create", null, created);
            return created;
        });
    }

    /**
     * Saves a draft's content, edited from revision {@code revision}; an agreed or superseded version is refused.
     *
     * @throws StaleSaveException when it was saved since that revision (nothing is written)
     */
    public Specification update(long id, int revision, SpecificationDraft input) {
        SpecificationDraft draft = input.normalised();
        return transactions.inTransaction(tx -> {
            Specification before = require(tx, id);
            SpecificationChecks.requireDraft(before);
            if (before.stamp().revision() != revision) {
                throw audit.staleSave(tx, ENTITY, "this specification version", before.stamp(), revision);
            }
            checks.validate(tx, draft, before);
            if (draft.equals(before.content().normalised())) {
                return before;
            }
            if (!repository.update(tx, id, revision, draft, audit.saving())) {
                throw audit.staleSave(tx, ENTITY, "this specification version", require(tx, id).stamp(), revision);
            }
            serviceAreas.addAll(tx, audit, List.of(draft.serviceArea()));
            Specification after = require(tx, id);
            audit.record(tx, ENTITY, after.uid(), "update", before, after);
            return after;
        });
    }

    /** Deletes a draft version; an agreed one is kept, and so is one that prospectus priorities link to. */
    public void delete(long id) {
        transactions.inTransaction(tx -> {
            Specification before = require(tx, id);
            if (!SpecificationWorkflow.DELETE.allowedFrom(before.status())) {
                throw new RuleViolationException("Only a draft can be deleted; '" + before.label() + "' is "
                        + before.status().lower() + ".");
            }
            int links = before.id() == before.seriesId() ? repository.linkCount(tx, before.seriesId()) : 0;
            if (links > 0) {
                throw new RuleViolationException("'" + before.title() + "' delivers " + Plural.count(links, "prospectus priority")
                        + "; unlink " + Plural.agree(links, "it", "them")
                        + " in the prospectus before deleting the specification.");
            }
            repository.delete(tx, id);
            audit.record(tx, ENTITY, before.uid(), "delete", before, null);
            return null;
        });
    }

    /** Today by the service's clock, which tests fix: the date an agreement is recorded for unless told otherwise. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Draft -> Agreed, today (see {@link #agree(long, LocalDate, String)}). */
    public Specification agree(long id, String note) {
        return agree(id, LocalDate.now(clock), note);
    }

    /**
     * Draft -> Agreed on {@code agreedOn}, which may be in the past (agreements are often recorded
     * after the meeting) but not in the future, nor before the version it replaces was agreed. The
     * draft must be complete (the commissioner who agrees it, a service description and at least one
     * quality requirement); the version agreed before it becomes Superseded.
     */
    public Specification agree(long id, LocalDate agreedOn, String note) {
        String cleanNote = Texts.clean(note);
        if (cleanNote != null && cleanNote.length() > MAX_NOTE) {
            throw ValidationException.of("note", "At most " + MAX_NOTE + " characters (this has " + cleanNote.length() + ")");
        }
        if (agreedOn == null) {
            throw ValidationException.of("agreedOn", "Give the date it was agreed");
        }
        if (agreedOn.isAfter(LocalDate.now(clock))) {
            throw ValidationException.of("agreedOn", "The date " + UkDates.format(agreedOn)
                    + " is in the future; record the agreement once it is made");
        }
        return transactions.inTransaction(tx -> {
            Specification before = require(tx, id);
            if (!SpecificationWorkflow.AGREE.allowedFrom(before.status())) {
                throw new RuleViolationException("'" + before.label() + "' is already " + before.status().lower() + ".");
            }
            checks.validate(tx, before.content(), before);
            if (!SpecificationWorkflow.AGREE.gaps(before.content()).isEmpty()) {
                List<String> missing = SpecificationRules.missingBeforeAgreement(before.content());
                throw new RuleViolationException("Before '" + before.title() + "' can be agreed it needs "
                        + (missing.size() == 1 ? missing.get(0) : String.join(", ", missing.subList(0, missing.size() - 1))
                        + " and " + missing.get(missing.size() - 1)) + ".");
            }
            List<SpecificationSummary> versions = repository.versions(tx, before.seriesId());
            for (SpecificationSummary v : versions) {
                if (v.id() != id && v.status() != SpecStatus.DRAFT && v.agreedOn() != null && agreedOn.isBefore(v.agreedOn())) {
                    throw ValidationException.of("agreedOn", "Version " + v.version() + " was agreed on "
                            + UkDates.format(v.agreedOn()) + "; this version cannot be agreed before it");
                }
            }
            for (SpecificationSummary v : new VersionedSeries<>(versions).supersededBy(before.version(),
                    s -> s == SpecStatus.AGREED)) {
                move(tx, require(tx, v.id()), SpecStatus.SUPERSEDED, null, VersionedSeries.supersededBy(before.version()));
            }
            return move(tx, before, SpecStatus.AGREED, agreedOn, cleanNote);
        });
    }

    /** A new draft version with the same content as the latest agreed one. */
    public Specification newVersion(long id) {
        return transactions.inTransaction(tx -> {
            Specification source = require(tx, id);
            int next = new VersionedSeries<>(repository.versions(tx, source.seriesId()))
                    .nextVersionFrom(id, source.version(), SpecStatus::isEditable, SpecStatus::label);
            long newId = repository.insert(tx, source.seriesId(), source.content(), next, SpecStatus.DRAFT,
                    audit.saving());
            repository.addStatusChange(tx, newId, change(null, SpecStatus.DRAFT, VersionedSeries.madeFrom(source.version())));
            Specification created = require(tx, newId);
            audit.record(tx, ENTITY, created.uid(), "new version", null, created);
            return created;
        });
    }

    /** Saves a specification's content (as last saved) as a template people can start from. */
    public SpecificationTemplate saveAsTemplate(long id, String name, String description) {
        return templateStore.save(id, name, description);
    }

    /** Deletes a saved template; the built-in ones cannot be deleted. */
    public void deleteTemplate(String key) {
        templateStore.delete(key);
    }

    // ---- helpers

    private Specification move(Tx tx, Specification before, SpecStatus to, LocalDate agreedOn, String note) {
        repository.setStatus(tx, before.id(), to, to == SpecStatus.AGREED ? agreedOn : before.agreedOn(),
                audit.saving());
        repository.addStatusChange(tx, before.id(), change(before.status(), to, note));
        Specification after = require(tx, before.id());
        audit.record(tx, ENTITY, after.uid(), "status: " + to.label(), before, after);
        return after;
    }

    private SpecStatusChange change(SpecStatus from, SpecStatus to, String note) {
        return new SpecStatusChange(from, to, now(), user.name(), note);
    }

    private java.time.Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static String clip(String note) {
        String n = note.strip();
        return n.length() > MAX_NOTE ? n.substring(0, MAX_NOTE - 1) + "…" : n;
    }

    private Specification require(Tx tx, long id) {
        return repository.findById(tx, id)
                .orElseThrow(() -> new NotFoundException("There is no specification with id " + id + "."));
    }
}
