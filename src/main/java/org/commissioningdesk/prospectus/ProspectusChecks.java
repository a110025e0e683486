package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.persistence.Tx;
import org.commissioningdesk.specification.SpecificationRepository;

/**
 * What {@link ProspectusService} checks against the database before it writes: a draft and its owner, whether
 * a prospectus may take a workflow step or be changed, and the priorities its owner's groups pass down to it.
 */
final class ProspectusChecks {

    private final ProspectusRepository repository;
    private final OrganisationRepository organisations;
    private final SpecificationRepository specifications;

    ProspectusChecks(ProspectusRepository repository, OrganisationRepository organisations,
                     SpecificationRepository specifications) {
        this.repository = repository;
        this.organisations = organisations;
        this.specifications = specifications;
    }

    List<InheritedPriority> inherited(Tx tx, long ownerId, FinancialYear firstYear, long seriesId) {
        List<InheritedPriority> result = new ArrayList<>();
        for (Prospectus source : repository.inheritable(tx, firstYear, ancestors(tx, ownerId), seriesId)) {
            if (source.ownerId() == ownerId) {
                continue;
            }
            for (Priority p : source.priorities()) {
                result.add(new InheritedPriority(source.id(), source.title(), source.ownerName(), source.level(),
                        source.version(), source.status(), p));
            }
        }
        // London-wide first, then the LCG, as papers present them.
        result.sort(java.util.Comparator.comparing(InheritedPriority::level).reversed());
        return result;
    }

    private Set<Long> ancestors(Tx tx, long ownerId) {
        Set<Long> found = new LinkedHashSet<>();
        Optional<Organisation> current = organisations.findById(tx, ownerId);
        while (current.isPresent() && current.get().parentId() != null && found.add(current.get().parentId())) {
            current = organisations.findById(tx, current.get().parentId());
        }
        return found;
    }

    static void expect(Prospectus p, ProspectusWorkflow step, String action) {
        if (!step.allowedFrom(p.status())) {
            throw new RuleViolationException("'" + p.title() + "' is " + p.status().label().toLowerCase(java.util.Locale.ROOT)
                    + "; only a prospectus that is " + step.from().stream().map(s -> s.label().toLowerCase(java.util.Locale.ROOT))
                    .collect(java.util.stream.Collectors.joining(" or ")) + " can " + action + ".");
        }
        Map<String, String> gaps = step.gaps(p);
        if (!gaps.isEmpty()) {
            throw new RuleViolationException(String.join(" ", gaps.values()));
        }
    }

    static void requireEditable(Prospectus p) {
        if (!p.status().isEditable()) {
            throw new RuleViolationException("'" + p.title() + "' (version " + p.version() + ") is "
                    + p.status().label().toLowerCase(java.util.Locale.ROOT) + " and cannot be changed"
                    + (p.status() == ProspectusStatus.BOARD_APPROVED ? "; return it to draft first." : "; make a new version instead."));
        }
    }

    /** Checks the draft and its owner; returns the level that follows from the owner. */
    ProspectusLevel validate(Tx tx, ProspectusDraft draft, Prospectus existing) {
        Map<String, String> errors = ProspectusRules.check(draft);
        for (int i = 0; i < draft.priorities().size(); i++) {
            for (Long spec : draft.priorities().get(i).specificationIds()) {
                if (!specifications.isSeries(tx, spec)) {
                    errors.put(ProspectusRules.priorityField(i, "specifications"), "A linked specification no longer "
                            + "exists; remove the link");
                }
            }
        }
        ProspectusLevel level = existing == null ? null : existing.level();
        if (draft.ownerId() != null && !errors.containsKey("ownerId")) {
            Optional<Organisation> owner = organisations.findById(tx, draft.ownerId());
            boolean sameOwner = existing != null && existing.ownerId() == draft.ownerId();
            if (owner.isEmpty()) {
                errors.put("ownerId", "The chosen organisation no longer exists");
            } else if (ProspectusLevel.forOwner(owner.get().type()).isEmpty()) {
                errors.put("ownerId", "A " + owner.get().type().label() + " does not commission, so it has no prospectus");
            } else if (owner.get().isRetired() && !sameOwner) {
                errors.put("ownerId", owner.get().name() + " was retired on " + UkDates.format(owner.get().activeTo()));
            } else {
                level = ProspectusLevel.forOwner(owner.get().type()).get();
            }
        }
        if (existing != null && existing.status() != ProspectusStatus.DRAFT) {
            if (draft.ownerId() != null && draft.ownerId() != existing.ownerId()) {
                errors.put("ownerId", "The owner cannot change once the prospectus has gone out for consultation");
            }
            if (!java.util.Objects.equals(draft.firstYear(), existing.firstYear())
                    || !java.util.Objects.equals(draft.cycleYears(), existing.cycleYears())) {
                errors.put("firstYear", "The cycle cannot change once the prospectus has gone out for consultation");
            }
        }
        if (existing != null && existing.version() > 1 && draft.ownerId() != null && draft.ownerId() != existing.ownerId()) {
            errors.put("ownerId", "Every version of a prospectus has the same owner");
        }
        if (existing != null && existing.version() > 1 && (!java.util.Objects.equals(draft.firstYear(), existing.firstYear())
                || !java.util.Objects.equals(draft.cycleYears(), existing.cycleYears()))) {
            errors.put("firstYear", "Every version of a prospectus covers the same cycle (" + existing.cycleLabel()
                    + "); for another cycle use Copy for next year");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return level;
    }

    /** Checks the dates a consultation opened (today or before) and closes (after it opened). */
    static void consultationPeriod(LocalDate opened, LocalDate closes, LocalDate today) {
        if (opened == null) {
            throw ValidationException.of("consultationOpened", "Give the date the consultation opened");
        }
        if (opened.isAfter(today)) {
            throw ValidationException.of("consultationOpened", "The consultation opens on " + UkDates.format(opened)
                    + ", which is in the future; send it out on the day it opens");
        }
        if (closes == null) {
            throw ValidationException.of("consultationCloses", "Give the date the consultation closes");
        }
        if (!closes.isAfter(opened)) {
            throw ValidationException.of("consultationCloses", "The consultation must close after it opens ("
                    + UkDates.format(opened) + ")");
        }
    }
}
