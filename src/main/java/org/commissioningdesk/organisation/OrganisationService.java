package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.util.List;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.ExportJob;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.StaleSaveException;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.persistence.AuditEntry;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.persistence.Tx;

/**
 * The rules of the organisations register: names unique per type, codes unique, membership only
 * along the allowed links, retirement instead of deletion for anything referred to. Every write
 * runs in one transaction together with its audit row.
 */
public final class OrganisationService {

    /** Audit entity name for organisations. */
    public static final String ENTITY = "organisation";

    private final Transactions transactions;
    private final OrganisationRepository repository;
    private final AuditLog audit;

    public OrganisationService(Transactions transactions, OrganisationRepository repository, AuditLog audit) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
    }

    public List<Organisation> list() {
        return transactions.read(repository::findAll);
    }

    /** Exporting the organisation register as shown (the filter in words, or null). */
    public ExportJob registerJob(List<Organisation> shown, List<Organisation> all, String filter) {
        List<Organisation> rows = List.copyOf(shown);
        List<Organisation> everyone = List.copyOf(all);
        LocalDate today = LocalDate.now(audit.clock());
        return ExportJob.register("the organisation register", "Organisations " + today,
                () -> OrganisationRegister.of(rows, everyone, filter), new Document.Info("Organisations", null,
                        audit.user().name(), "Organisation register", null, today, Document.Part.PUBLIC));
    }

    public Organisation get(long id) {
        return transactions.read(tx -> require(tx, id));
    }

    public List<LeadCommissioning> allLeadCommissioning() {
        return transactions.read(repository::allLeadCommissioning);
    }

    /** The lead-commissioner arrangements and the change history of one organisation, read together. */
    public OrganisationDetails details(long id) {
        return transactions.read(tx -> new OrganisationDetails(repository.leadCommissioningFor(tx, id),
                audit.forEntity(tx, ENTITY, require(tx, id).uid())));
    }

    public List<AuditEntry> history(long id) {
        return transactions.read(tx -> audit.forEntity(tx, ENTITY, require(tx, id).uid()));
    }

    /** The history of the organisation with lasting id {@code uid}, kept after it is deleted. */
    public List<AuditEntry> history(java.util.UUID uid) {
        return transactions.read(tx -> audit.forEntity(tx, ENTITY, uid));
    }

    /** Everything one change in an organisation's history did, in words (read when the person opens it). */
    public String changeDetails(long auditId) {
        return transactions.read(tx -> audit.details(tx, auditId).orElse(""));
    }

    public Organisation create(OrganisationDraft input) {
        OrganisationDraft draft = input.normalised();
        return transactions.inTransaction(tx -> {
            validate(tx, draft, null);
            long id = repository.insert(tx, draft, audit.saving());
            Organisation created = require(tx, id);
            audit.record(tx, ENTITY, created.uid(), "create", null, created);
            return created;
        });
    }

    /**
     * Saves the organisation as edited from revision {@code revision}.
     *
     * @throws StaleSaveException when it was saved since that revision (nothing is written)
     */
    public Organisation update(long id, int revision, OrganisationDraft input) {
        OrganisationDraft draft = input.normalised();
        return transactions.inTransaction(tx -> {
            Organisation before = require(tx, id);
            validate(tx, draft, before);
            if (before.stamp().revision() != revision) {
                throw audit.staleSave(tx, ENTITY, "this organisation", before.stamp(), revision);
            }
            if (draft.equals(before.toDraft())) {
                return before;
            }
            if (!repository.update(tx, id, revision, draft, audit.saving())) {
                throw audit.staleSave(tx, ENTITY, "this organisation", require(tx, id).stamp(), revision);
            }
            Organisation after = require(tx, id);
            audit.record(tx, ENTITY, after.uid(), "update", before, after);
            return after;
        });
    }

    /** Retires an organisation from {@code endDate}: it stays in the register and in history. */
    public Organisation retire(long id, LocalDate endDate) {
        if (endDate == null) {
            throw ValidationException.of("activeTo", "Give the date the organisation was retired");
        }
        return transactions.inTransaction(tx -> {
            Organisation before = require(tx, id);
            if (before.isRetired()) {
                throw new RuleViolationException(before.name() + " was already retired on " + UkDates.format(before.activeTo()) + ".");
            }
            if (before.activeFrom() != null && endDate.isBefore(before.activeFrom())) {
                throw ValidationException.of("activeTo", "The end date cannot be before the organisation started ("
                        + UkDates.format(before.activeFrom()) + ")");
            }
            repository.setActiveTo(tx, id, endDate, audit.saving());
            Organisation after = require(tx, id);
            audit.record(tx, ENTITY, after.uid(), "retire", before, after);
            return after;
        });
    }

    /** Makes a retired organisation active again. */
    public Organisation reinstate(long id) {
        return transactions.inTransaction(tx -> {
            Organisation before = require(tx, id);
            if (!before.isRetired()) {
                throw new RuleViolationException(before.name() + " is not retired.");
            }
            repository.setActiveTo(tx, id, null, audit.saving());
            Organisation after = require(tx, id);
            audit.record(tx, ENTITY, after.uid(), "reinstate", before, after);
            return after;
        });
    }

    /** What refers to the organisation; deleting is allowed only when this is empty. */
    public List<String> referencesTo(long id) {
        return transactions.read(tx -> repository.referencesTo(tx, id));
    }

    /** Deletes an organisation nothing refers to; otherwise refuses and says to retire it instead. */
    public void delete(long id) {
        transactions.inTransaction(tx -> {
            Organisation before = require(tx, id);
            List<String> references = repository.referencesTo(tx, id);
            if (!references.isEmpty()) {
                throw new RuleViolationException(before.name() + " cannot be deleted because "
                        + String.join(" and ", references) + " refer to it. Retire it instead.");
            }
            repository.delete(tx, id);
            audit.record(tx, ENTITY, before.uid(), "delete", before, null);
            return null;
        });
    }

    private Organisation require(Tx tx, long id) {
        return repository.findById(tx, id)
                .orElseThrow(() -> new NotFoundException("There is no organisation with id " + id + "."));
    }

    private void validate(Tx tx, OrganisationDraft draft, Organisation existing) {
        Map<String, String> errors = OrganisationRules.check(draft);
        Long selfId = existing == null ? null : existing.id();
        if (!errors.containsKey("name") && draft.type() != null
                && repository.nameTaken(tx, draft.type(), draft.name(), selfId)) {
            errors.put("name", OrganisationRules.duplicateName(draft));
        }
        if (draft.code() != null && !errors.containsKey("code") && repository.codeTaken(tx, draft.code(), selfId)) {
            errors.put("code", OrganisationRules.duplicateCode(draft.code()));
        }
        if (draft.parentId() != null && draft.type() != null && !errors.containsKey("parentId")) {
            validateParent(tx, draft, existing, errors);
        }
        if (existing != null && existing.activeTo() != null && draft.activeFrom() != null
                && draft.activeFrom().isAfter(existing.activeTo())) {
            errors.put("activeFrom", "Active from cannot be after the retirement date (" + UkDates.format(existing.activeTo()) + ")");
        }
        if (existing != null && draft.type() != null && draft.type() != existing.type()) {
            long members = repository.findAll(tx).stream()
                    .filter(o -> Objects.equals(o.parentId(), existing.id()))
                    .filter(o -> !o.type().allowedParents().contains(draft.type()))
                    .count();
            if (members > 0) {
                errors.put("type", "Cannot change the type: " + Plural.count(members, "member organisation")
                        + Plural.agree(members, " needs", " need") + " it to stay a " + existing.type().label());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void validateParent(Tx tx, OrganisationDraft draft, Organisation existing, Map<String, String> errors) {
        if (existing != null && draft.parentId().equals(existing.id())) {
            errors.put("parentId", "An organisation cannot be a member of itself");
            return;
        }
        var allowed = draft.type().allowedParents();
        var parent = repository.findById(tx, draft.parentId());
        if (parent.isEmpty()) {
            errors.put("parentId", "The chosen group no longer exists");
        } else if (!allowed.contains(parent.get().type())) {
            errors.put("parentId", "A " + draft.type().label() + " can be a member of a "
                    + allowed.stream().map(OrganisationType::label).collect(Collectors.joining(" or "))
                    + ", not a " + parent.get().type().label());
        } else if (parent.get().isRetired() && (existing == null || !draft.parentId().equals(existing.parentId()))) {
            // A link made before the group was retired stays valid; only new members are refused.
            errors.put("parentId", parent.get().name() + " was retired on " + UkDates.format(parent.get().activeTo())
                    + "; choose an active group");
        }
    }
}
