package org.commissioningdesk.specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commissioningdesk.common.NotFoundException;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.Texts;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.Transactions;

/**
 * The templates a new specification starts from, for {@link SpecificationService}: the built-in ones shipped with
 * the application, and those people saved from a specification (kept in the database, with an audit row).
 */
final class SpecificationTemplates {

    private final Transactions transactions;
    private final SpecificationRepository repository;
    private final AuditLog audit;
    private List<SpecificationTemplate> builtIn;

    SpecificationTemplates(Transactions transactions, SpecificationRepository repository, AuditLog audit) {
        this.transactions = transactions;
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * The built-in templates, read from the application the first time they are wanted (not at start-up).
     * Each call hands out fresh KPI keys, so two specifications made from one template never share a key.
     */
    private synchronized List<SpecificationTemplate> builtIn() {
        if (builtIn == null) {
            builtIn = TemplateFormat.builtIn();
        }
        return builtIn.stream().map(t -> new SpecificationTemplate(t.id(), t.key(), t.name(), t.description(),
                t.builtIn(), withNewKeys(t.content()))).toList();
    }

    private static SpecificationDraft withNewKeys(SpecificationDraft c) {
        return new SpecificationDraft(c.title(), c.serviceArea(), c.commissionerId(), c.providerId(), c.sections(),
                c.pathway(), c.quality().stream().map(q -> new QualityRequirement(QualityRequirement.newKey(),
                q.indicator(), q.threshold(), q.direction(), q.unit(), q.measurement(), q.frequency(), q.penaltyKind(),
                q.penalty(), q.remedialActionPlan(), q.incentive(), q.incentiveAmount())).toList());
    }

    /** The built-in templates, then those people saved (by name). */
    List<SpecificationTemplate> all() {
        List<SpecificationTemplate> all = new ArrayList<>(builtIn());
        all.addAll(transactions.read(tx -> repository.templates(tx).stream().map(SpecificationTemplates::saved).toList()));
        return all;
    }

    /** A template by its key ("builtin:community-mental-health", "saved:3"). */
    SpecificationTemplate byKey(String key) {
        return all().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no specification template '" + key + "'."));
    }

    /** Saves a specification's content (as last saved) as a template people can start from. */
    SpecificationTemplate save(long id, String name, String description) {
        String cleanName = Texts.clean(name);
        String cleanDescription = Texts.clean(description);
        return transactions.inTransaction(tx -> {
            Specification source = repository.findById(tx, id).orElseThrow(() -> new NotFoundException(
                    "There is no specification with id " + id + "."));
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            if (cleanName == null) {
                errors.put("name", "Give the template a name");
            } else if (cleanName.length() > SpecificationRules.TITLE) {
                errors.put("name", "At most " + SpecificationRules.TITLE + " characters (this has " + cleanName.length() + ")");
            } else if (repository.templateNameUsed(tx, cleanName) || builtIn().stream()
                    .anyMatch(t -> SpecificationRepository.titleKey(t.name()).equals(SpecificationRepository.titleKey(cleanName)))) {
                errors.put("name", "There is already a template called '" + cleanName + "'");
            }
            if (cleanDescription != null && cleanDescription.length() > SpecificationService.MAX_NOTE) {
                errors.put("description", "At most " + SpecificationService.MAX_NOTE + " characters (this has " + cleanDescription.length() + ")");
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            SpecificationDraft content = source.content().withOrganisations(null, null);
            long templateId = repository.insertTemplate(tx, cleanName, cleanDescription,
                    TemplateFormat.write(cleanName, cleanDescription, content), audit.saving());
            SpecificationRepository.StoredTemplate stored = repository.template(tx, templateId).orElseThrow();
            SpecificationTemplate saved = saved(stored);
            audit.record(tx, SpecificationService.TEMPLATE_ENTITY, stored.uid(), "create", null,
                    Map.of("name", cleanName, "from", source.label()));
            return saved;
        });
    }

    /** Deletes a saved template; the built-in ones cannot be deleted. */
    void delete(String key) {
        SpecificationTemplate t = byKey(key);
        if (t.builtIn()) {
            throw new RuleViolationException("'" + t.name() + "' is built in and cannot be deleted.");
        }
        transactions.inTransaction(tx -> {
            UUID uid = repository.template(tx, t.id()).map(SpecificationRepository.StoredTemplate::uid).orElse(null);
            repository.deleteTemplate(tx, t.id());
            audit.record(tx, SpecificationService.TEMPLATE_ENTITY, uid, "delete", Map.of("name", t.name()), null);
            return null;
        });
    }

    private static SpecificationTemplate saved(SpecificationRepository.StoredTemplate s) {
        return new SpecificationTemplate(s.id(), "saved:" + s.id(), s.name(), s.description(), false,
                TemplateFormat.read(s.content()).content());
    }
}
