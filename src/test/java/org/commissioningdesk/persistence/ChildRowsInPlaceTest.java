package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.ConsultationResponse;
import org.commissioningdesk.prospectus.OutcomeMeasure;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusDraft;
import org.commissioningdesk.prospectus.SourceType;
import org.commissioningdesk.specification.Direction;
import org.commissioningdesk.specification.PathwayStep;
import org.commissioningdesk.specification.PenaltyKind;
import org.commissioningdesk.specification.QualityRequirement;
import org.commissioningdesk.specification.ReportingFrequency;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationDraft;
import org.commissioningdesk.testing.Engines;
import org.commissioningdesk.testing.LondonOnEachEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A save changes the rows inside a record (priorities, outcome measures, responses, links, sections, pathway
 * steps, quality requirements) where they are: a row kept keeps its lasting id and its local one, a row added gets
 * a fresh lasting id, a row taken out is gone; and a copy of a record is made of new rows.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engines.class)
class ChildRowsInPlaceTest extends LondonOnEachEngine {

    private static OutcomeMeasure outcome(String indicator, String target) {
        return new OutcomeMeasure(indicator, "%", null, new BigDecimal(target), new FinancialYear(2009));
    }

    private static Priority priority(String title, List<OutcomeMeasure> outcomes, List<Long> specifications) {
        return new Priority(null, title, "Acute", ChangeType.INVEST, null, List.of(new BigDecimal("1000.00")),
                outcomes, null, null, specifications);
    }

    private static ConsultationResponse response(String summary) {
        return new ConsultationResponse(SourceType.PATIENT, "A patient", LocalDate.of(2007, 2, 1), null, summary,
                null, false);
    }

    /** Column {@code column} to uid for each row of {@code table} whose {@code parent} is {@code id}. */
    private <K> Map<K, UUID> uids(String table, String parent, long id, String column, Class<K> type) {
        Map<K, UUID> found = new HashMap<>();
        database.read(tx -> tx.handle().createQuery("SELECT " + column + ", uid FROM " + table + " WHERE " + parent
                        + " = :id").bind("id", id)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, type), rs.getObject(2, UUID.class))).list())
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    private Map<UUID, Long> localIds(String table) {
        Map<UUID, Long> found = new HashMap<>();
        database.read(tx -> tx.handle().createQuery("SELECT uid, id FROM " + table)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list())
                .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    private int count(String table, UUID uid) {
        return database.read(tx -> tx.handle().createQuery("SELECT COUNT(*) FROM " + table + " WHERE uid = :uid")
                .bind("uid", uid).mapTo(Integer.class).one());
    }

    private long specification(String title) {
        return services.specifications().create(new SpecificationDraft(title, "Acute",
                services.specifications().commissioners().get(0).id(), services.specifications().providers().get(0).id(),
                Map.of(SpecSection.AIMS, "Aims."), List.of(), List.of())).seriesId();
    }

    @Test
    void aProspectusSaveChangesItsPrioritiesOutcomesLinksAndResponsesWhereTheyAre() {
        long stroke = specification("Stroke care");
        long cardiac = specification("Cardiac care");
        long owner = services.prospectuses().possibleOwners().get(0).id();
        Prospectus made = services.prospectuses().create(new ProspectusDraft(owner, "Plan 2007/08",
                new FinancialYear(2007), 3, "Summary.", null, null,
                List.of(priority("Stroke", List.of(outcome("Thrombolysis", "12"), outcome("Scans within 24h", "80")),
                                List.of(stroke)),
                        priority("Diabetes", List.of(), List.of())),
                List.of(response("More nurses"), response("Opening hours"))));
        Map<String, UUID> priorities = uids("prospectus_priority", "prospectus_id", made.id(), "priority_key",
                String.class);
        Priority strokePriority = made.priorities().get(0);
        UUID strokeUid = priorities.get(strokePriority.key());
        UUID diabetesUid = priorities.get(made.priorities().get(1).key());
        Map<UUID, Long> ids = localIds("prospectus_priority");
        Map<Long, UUID> strokeLinks = uids("priority_specification", "priority_id", ids.get(strokeUid),
                "specification_id", Long.class);
        OutcomeMeasure thrombolysis = strokePriority.outcomes().get(0);
        OutcomeMeasure scans = strokePriority.outcomes().get(1);
        ConsultationResponse nurses = made.consultation().get(0);
        ConsultationResponse hours = made.consultation().get(1);
        assertThat(List.of(thrombolysis.uid(), scans.uid(), nurses.uid(), hours.uid())).doesNotContainNull();
        Map<UUID, Long> outcomeIds = localIds("outcome_measure");

        // Diabetes moves first; stroke is retitled, its first measure changed, its second taken out, one added,
        // and it is delivered by cardiac care before stroke care; one response is changed, one taken out, one added.
        OutcomeMeasure changed = new OutcomeMeasure(thrombolysis.indicator(), "%", null, new BigDecimal("15"),
                thrombolysis.targetYear(), thrombolysis.uid());
        Priority retitled = new Priority(strokePriority.key(), "Stroke and TIA", "Acute", ChangeType.INVEST, null,
                strokePriority.amounts(), List.of(changed, outcome("Rehabilitation at home", "50")), null, null,
                List.of(cardiac, stroke));
        ProspectusDraft d = made.toDraft();
        Prospectus saved = services.prospectuses().update(made.id(), made.stamp().revision(), new ProspectusDraft(
                d.ownerId(), d.title(), d.firstYear(), d.cycleYears(), d.summary(), null, null,
                List.of(made.priorities().get(1), retitled),
                List.of(new ConsultationResponse(SourceType.PATIENT, "A patient", nurses.receivedOn(), null,
                        "More nurses, and at night", "Agreed", true, nurses.uid()), response("Parking"))));

        assertThat(saved.priorities()).extracting(Priority::title).containsExactly("Diabetes", "Stroke and TIA");
        Map<String, UUID> after = uids("prospectus_priority", "prospectus_id", made.id(), "priority_key", String.class);
        assertThat(after).containsEntry(strokePriority.key(), strokeUid)
                .containsEntry(made.priorities().get(1).key(), diabetesUid);
        assertThat(localIds("prospectus_priority")).containsEntry(strokeUid, ids.get(strokeUid))
                .containsEntry(diabetesUid, ids.get(diabetesUid));

        List<OutcomeMeasure> outcomes = saved.priorities().get(1).outcomes();
        assertThat(outcomes.get(0).uid()).isEqualTo(thrombolysis.uid());
        assertThat(outcomes.get(0).target()).isEqualByComparingTo("15");
        assertThat(localIds("outcome_measure")).containsEntry(thrombolysis.uid(), outcomeIds.get(thrombolysis.uid()));
        assertThat(outcomes.get(1).uid()).isNotNull().isNotIn(thrombolysis.uid(), scans.uid());
        assertThat(count("outcome_measure", scans.uid())).isZero();

        assertThat(saved.priorities().get(1).specificationIds()).containsExactly(cardiac, stroke);
        assertThat(uids("priority_specification", "priority_id", ids.get(strokeUid), "specification_id", Long.class))
                .containsEntry(stroke, strokeLinks.get(stroke)).containsKey(cardiac);

        assertThat(saved.consultation()).extracting(ConsultationResponse::summary)
                .containsExactly("More nurses, and at night", "Parking");
        assertThat(saved.consultation().get(0).uid()).isEqualTo(nurses.uid());
        assertThat(saved.consultation().get(1).uid()).isNotNull().isNotIn(nurses.uid(), hours.uid());
        assertThat(count("consultation_response", hours.uid())).isZero();

        // A copy of the record, with the same rows in its draft, is made of new rows.
        Prospectus copy = services.prospectuses().create(new ProspectusDraft(owner, "Plan 2007/08 (copy)",
                new FinancialYear(2007), 3, "Summary.", null, null, saved.priorities(), saved.consultation()));
        assertThat(copy.consultation().get(0).uid()).isNotEqualTo(nurses.uid());
        assertThat(copy.priorities().get(1).outcomes().get(0).uid()).isNotEqualTo(thrombolysis.uid());
        assertThat(uids("prospectus_priority", "prospectus_id", copy.id(), "priority_key", String.class).values())
                .doesNotContain(strokeUid, diabetesUid);
    }

    @Test
    void aSpecificationSaveChangesItsSectionsStepsAndRequirementsWhereTheyAre() {
        QualityRequirement callToBalloon = new QualityRequirement(null, "Call to balloon within 150 minutes",
                new BigDecimal("75"), Direction.AT_LEAST, "%", "MINAP", ReportingFrequency.MONTHLY, PenaltyKind.NONE,
                null, false, null, null);
        QualityRequirement doorToBalloon = new QualityRequirement(null, "Door to balloon within 90 minutes",
                new BigDecimal("90"), Direction.AT_LEAST, "%", "MINAP", ReportingFrequency.MONTHLY, PenaltyKind.NONE,
                null, false, null, null);
        Map<SpecSection, String> sections = new EnumMap<>(SpecSection.class);
        sections.put(SpecSection.POPULATION_NEEDS, "Needs.");
        sections.put(SpecSection.AIMS, "Aims.");
        Specification made = services.specifications().create(new SpecificationDraft("Primary angioplasty", "Acute",
                services.specifications().commissioners().get(0).id(), services.specifications().providers().get(0).id(),
                sections, List.of(new PathwayStep("Home", null, "ECG", 0), new PathwayStep("Cath lab", null,
                        "Angioplasty", 0), new PathwayStep("Local hospital", null, "Repatriation", 2)),
                List.of(callToBalloon, doorToBalloon)));
        Map<String, UUID> sectionUids = uids("specification_section", "specification_id", made.id(), "section",
                String.class);
        Map<String, UUID> kpis = uids("quality_requirement", "specification_id", made.id(), "kpi_key", String.class);
        List<PathwayStep> steps = made.content().pathway();
        List<QualityRequirement> quality = made.content().quality();
        Map<UUID, Long> stepIds = localIds("pathway_step");

        Map<SpecSection, String> changedSections = new EnumMap<>(SpecSection.class);
        changedSections.put(SpecSection.POPULATION_NEEDS, "Needs, revised.");
        changedSections.put(SpecSection.LOCATION, "Barts.");
        PathwayStep repatriation = steps.get(2);
        QualityRequirement door = quality.get(1);
        SpecificationDraft d = made.content();
        Specification saved = services.specifications().update(made.id(), made.stamp().revision(),
                new SpecificationDraft(d.title(), d.serviceArea(), d.commissionerId(), d.providerId(), changedSections,
                        List.of(new PathwayStep("District hospital", null, "Repatriation", 1, repatriation.uid()),
                                steps.get(0), new PathwayStep("Home", "GP", "Follow-up", 28)),
                        List.of(new QualityRequirement(door.key(), door.indicator(), new BigDecimal("95"),
                                door.direction(), door.unit(), door.measurement(), door.frequency(), door.penaltyKind(),
                                null, false, null, null), callToBalloon)));

        Map<String, UUID> sectionsAfter = uids("specification_section", "specification_id", made.id(), "section",
                String.class);
        assertThat(sectionsAfter).containsEntry("POPULATION_NEEDS", sectionUids.get("POPULATION_NEEDS"))
                .doesNotContainKey("AIMS").containsKey("LOCATION");
        assertThat(sectionsAfter.get("LOCATION")).isNotIn(sectionUids.values());
        assertThat(saved.content().sections()).containsEntry(SpecSection.POPULATION_NEEDS, "Needs, revised.");

        List<PathwayStep> pathway = saved.content().pathway();
        assertThat(pathway).extracting(PathwayStep::setting).containsExactly("District hospital", "Home", "Home");
        assertThat(pathway.get(0).uid()).isEqualTo(repatriation.uid());
        assertThat(pathway.get(1).uid()).isEqualTo(steps.get(0).uid());
        assertThat(pathway.get(2).uid()).isNotIn(steps.stream().map(PathwayStep::uid).toList());
        assertThat(localIds("pathway_step")).containsEntry(repatriation.uid(), stepIds.get(repatriation.uid()));
        assertThat(count("pathway_step", steps.get(1).uid())).isZero();

        Map<String, UUID> kpisAfter = uids("quality_requirement", "specification_id", made.id(), "kpi_key",
                String.class);
        assertThat(saved.content().quality()).extracting(QualityRequirement::key)
                .containsExactly(door.key(), kpisAfter.keySet().stream().filter(k -> !k.equals(door.key()))
                        .findFirst().orElseThrow());
        assertThat(kpisAfter).containsEntry(door.key(), kpis.get(door.key())).hasSize(2);
        // The call-to-balloon requirement was taken out and put back as new (no key): a new row.
        assertThat(kpisAfter.values()).doesNotContain(kpis.get(quality.get(0).key()));
        assertThat(saved.content().quality().get(0).threshold()).isEqualByComparingTo("95");
    }
}
