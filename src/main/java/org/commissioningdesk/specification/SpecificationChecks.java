package org.commissioningdesk.specification;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.persistence.Tx;

/**
 * What {@link SpecificationService} checks against the database before it writes: a draft, its title against
 * other specifications, its commissioner and provider, and that a version is still a draft.
 */
final class SpecificationChecks {

    private final SpecificationRepository repository;
    private final OrganisationRepository organisations;

    SpecificationChecks(SpecificationRepository repository, OrganisationRepository organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    static void requireDraft(Specification s) {
        if (s.status() != SpecStatus.DRAFT) {
            throw new RuleViolationException("'" + s.label() + "' is " + s.status().lower()
                    + " and cannot be changed; make a new version instead.");
        }
    }

    /** Checks the draft, its title against other specifications, and its organisations. */
    void validate(Tx tx, SpecificationDraft draft, Specification existing) {
        Map<String, String> errors = SpecificationRules.check(draft);
        if (!errors.containsKey("title")) {
            repository.titleInOtherSeries(tx, draft.title(), existing == null ? null : existing.seriesId())
                    .ifPresent(t -> errors.put("title", "Another specification is already called '" + t + "'"));
        }
        checkOrganisation(tx, errors, "commissionerId", draft.commissionerId(),
                existing == null ? null : existing.content().commissionerId(), OrganisationType::isCommissioner,
                "does not commission services");
        checkOrganisation(tx, errors, "providerId", draft.providerId(),
                existing == null ? null : existing.content().providerId(), OrganisationType::isProvider,
                "is not a provider");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void checkOrganisation(Tx tx, Map<String, String> errors, String field, Long id, Long before,
                                   Predicate<OrganisationType> kind, String wrongKind) {
        if (id == null) {
            return;
        }
        Optional<Organisation> o = organisations.findById(tx, id);
        if (o.isEmpty()) {
            errors.put(field, "The chosen organisation no longer exists");
        } else if (!kind.test(o.get().type())) {
            errors.put(field, "A " + o.get().type().label() + " " + wrongKind);
        } else if (o.get().isRetired() && !Objects.equals(id, before)) {
            errors.put(field, o.get().name() + " was retired on " + UkDates.format(o.get().activeTo()));
        }
    }
}
