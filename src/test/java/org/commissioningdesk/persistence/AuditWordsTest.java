package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationAuditWords;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusAuditWords;
import org.commissioningdesk.prospectus.ProspectusLevel;
import org.commissioningdesk.prospectus.ProspectusStatus;
import org.commissioningdesk.specification.Direction;
import org.commissioningdesk.specification.PathwayStep;
import org.commissioningdesk.specification.PenaltyKind;
import org.commissioningdesk.specification.QualityRequirement;
import org.commissioningdesk.specification.ReportingFrequency;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.SpecStatus;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationAuditWords;
import org.commissioningdesk.specification.SpecificationDraft;
import org.junit.jupiter.api.Test;

/**
 * Audit entries told in plain words, from the JSON text the audit log really writes for prospectuses,
 * specifications and organisations, with the words each feature supplies.
 */
class AuditWordsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2007, 3, 14, 10, 15);
    private static final AuditWords WORDS = AuditWords.of(List.of(ProspectusAuditWords.VOCABULARY,
            SpecificationAuditWords.VOCABULARY, OrganisationAuditWords.VOCABULARY));
    private static final org.commissioningdesk.common.Stamp STAMP = new org.commissioningdesk.common.Stamp(
            java.util.UUID.randomUUID(), 1, java.time.Instant.EPOCH, "Jane Smith");
    private static final String LONG = "London's 7.4 million residents are young, mobile and diverse: GP lists turn"
            + " over by 20-40% a year, and almost 40% of Londoners are from an ethnic minority.";

    private static AuditChange entry(String entity, String action, Object before, Object after) {
        return new AuditChange(entity, action, AuditLog.asText(before), AuditLog.asText(after));
    }

    // ---- prospectuses

    private static Priority priority(String key, String title, String lead) {
        return new Priority(key, title, "Acute", ChangeType.INVEST, "Because.", List.of(new BigDecimal("250000.00")),
                List.of(), null, lead, List.of());
    }

    private static Prospectus prospectus(String title, String summary, ProspectusStatus status, List<Priority> priorities) {
        return new Prospectus(7, 7, 3, "Camden PCT", ProspectusLevel.PCT, title, FinancialYear.parse("2007/08"), 3, 1,
                status, null, null, summary, null, null, priorities, List.of(), STAMP);
    }

    @Test
    void aLineSaysWhenWhoAndWhatWasDone() {
        Prospectus created = prospectus("Camden 2007/08", null, ProspectusStatus.DRAFT, List.of());
        AuditChange e = entry("prospectus", "create", null, created);
        assertThat(new AuditEntry(1, AT.atZone(java.time.ZoneId.systemDefault()).toInstant(), "Jane Smith", "jsmith",
                "prospectus", java.util.UUID.randomUUID(), "create", WORDS.subject(e), WORDS.describe(e)).line())
                .isEqualTo("14/03/2007 10:15  Jane Smith  Created the prospectus.");
        assertThat(WORDS.subject(e)).isEqualTo("Prospectus “Camden 2007/08”");
    }

    @Test
    void aChangedTitleIsToldWithItsOldAndNewValue() {
        Prospectus before = prospectus("Camden 2007/08", null, ProspectusStatus.DRAFT, List.of());
        Prospectus after = prospectus("Camden Commissioning Prospectus 2007/08", null, ProspectusStatus.DRAFT, List.of());
        assertThat(WORDS.describe(entry("prospectus", "update", before, after)))
                .isEqualTo("Changed the title from “Camden 2007/08” to “Camden Commissioning Prospectus 2007/08”.");
    }

    @Test
    void longTextIsOnlyNamedAndALongValueIsCutShort() {
        Prospectus before = prospectus("Camden 2007/08", "A short summary.", ProspectusStatus.DRAFT, List.of());
        Prospectus after = prospectus(LONG, LONG, ProspectusStatus.DRAFT, List.of());
        String said = WORDS.describe(entry("prospectus", "update", before, after));
        assertThat(said).isEqualTo("Changed the title from “Camden 2007/08” to “London's 7.4 million residents are young,"
                + " mobile…”. Changed the summary.");
        assertThat(said).doesNotContain("diverse");
    }

    @Test
    void longValuesThatBeginAlikeAreShownFromWhereTheyPart() {
        Prospectus before = prospectus("Tower Hamlets PCT Commissioning Prospectus 2007/08", null, ProspectusStatus.DRAFT,
                List.of());
        Prospectus after = prospectus("Tower Hamlets PCT Commissioning Prospectus 2007/08 (revised)", null,
                ProspectusStatus.DRAFT, List.of());
        assertThat(WORDS.describe(entry("prospectus", "update", before, after)))
                .isEqualTo("Changed the title from “…2007/08” to “…2007/08 (revised)”.");
    }

    @Test
    void prioritiesAddedRemovedRenamedAndChangedAreToldByTitle() {
        Prospectus before = prospectus("Camden 2007/08", null, ProspectusStatus.DRAFT, List.of(
                priority("a", "Stroke units", "Dr Patel"), priority("b", "Primary angioplasty", null),
                priority("c", "Falls prevention", null)));
        Prospectus after = prospectus("Camden 2007/08", null, ProspectusStatus.DRAFT, List.of(
                priority("a", "Stroke units", "Dr Okafor"), priority("b", "Primary angioplasty for heart attack", null),
                priority("d", "Sexual health clinics", null)));
        assertThat(WORDS.sentences(entry("prospectus", "update", before, after))).containsExactly(
                "Added priority “Sexual health clinics”",
                "Removed priority “Falls prevention”",
                "Changed the lead officer of priority “Stroke units”",
                "Renamed priority “Primary angioplasty” to “Primary angioplasty for heart attack”");
    }

    @Test
    void manyPrioritiesAreCountedAndAReorderIsSaid() {
        List<Priority> some = List.of(priority("a", "One", null), priority("b", "Two", null));
        List<Priority> more = new ArrayList<>(List.of(priority("b", "Two", null), priority("a", "One", null)));
        for (int i = 0; i < 4; i++) {
            more.add(priority("n" + i, "New " + i, null));
        }
        assertThat(WORDS.sentences(entry("prospectus", "update",
                prospectus("P", null, ProspectusStatus.DRAFT, some), prospectus("P", null, ProspectusStatus.DRAFT, more))))
                .containsExactly("Added 4 priorities", "Reordered the priorities");
    }

    @Test
    void stepsThroughTheWorkflowAreToldAsWhatWasDone() {
        Prospectus draft = prospectus("P", null, ProspectusStatus.DRAFT, List.of());
        Prospectus out = prospectus("P", null, ProspectusStatus.CONSULTATION, List.of());
        assertThat(WORDS.describe(entry("prospectus", "status: Out for consultation", draft, out)))
                .isEqualTo("Put version 1 out for consultation.");
        assertThat(WORDS.describe(entry("prospectus", "copy for next year", null, draft)))
                .isEqualTo("Copied from the previous year's prospectus.");
    }

    // ---- specifications

    private static QualityRequirement kpi(String key, String indicator) {
        return new QualityRequirement(key, indicator, new BigDecimal("80"), Direction.AT_LEAST, "%", "MINAP",
                ReportingFrequency.MONTHLY, PenaltyKind.NONE, null, false, null, null);
    }

    private static Specification spec(int version, SpecStatus status, Map<SpecSection, String> sections,
                                      List<PathwayStep> steps, List<QualityRequirement> quality) {
        return new Specification(9, 9, version, status, "Camden PCT", null, null,
                new SpecificationDraft("Primary angioplasty", "Acute", 3L, null, sections, steps, quality), STAMP);
    }

    @Test
    void sectionsAreNamedByTheirTitlesOrCounted() {
        Map<SpecSection, String> before = new EnumMap<>(Map.of(SpecSection.OUTCOMES, "Fewer deaths.",
                SpecSection.AIMS, "To save lives.", SpecSection.LOCATION, "The London Chest Hospital."));
        Map<SpecSection, String> oneChanged = new EnumMap<>(before);
        oneChanged.put(SpecSection.OUTCOMES, "Fewer deaths within 30 days.");
        Map<SpecSection, String> threeChanged = new EnumMap<>(Map.of(SpecSection.OUTCOMES, "Fewer deaths within 30 days.",
                SpecSection.AIMS, "To save heart muscle.", SpecSection.POPULATION_NEEDS, "Heart disease."));
        assertThat(WORDS.describe(entry("specification", "update", spec(1, SpecStatus.DRAFT, before, List.of(), List.of()),
                spec(1, SpecStatus.DRAFT, oneChanged, List.of(), List.of())))).isEqualTo("Changed the Outcomes section.");
        assertThat(WORDS.describe(entry("specification", "update", spec(1, SpecStatus.DRAFT, before, List.of(), List.of()),
                spec(1, SpecStatus.DRAFT, threeChanged, List.of(), List.of())))).isEqualTo("Changed 4 sections.");
    }

    @Test
    void kpisAndPathwayStepsAddedAndRemoved() {
        List<PathwayStep> steps = List.of(new PathwayStep("Home", "Ambulance crew", "ECG", 0),
                new PathwayStep("Heart attack centre", "Cardiologist", "Angioplasty", 0));
        List<PathwayStep> withOneMore = List.of(steps.get(0), new PathwayStep("Ambulance", "Crew", "Call ahead", 0),
                steps.get(1));
        Specification before = spec(2, SpecStatus.DRAFT, Map.of(), steps,
                List.of(kpi("k1", "Call to balloon within 150 minutes"), kpi("k2", "Door to balloon within 90 minutes")));
        Specification after = spec(2, SpecStatus.DRAFT, Map.of(), withOneMore,
                List.of(kpi("k1", "Call to balloon within 150 minutes")));
        assertThat(WORDS.sentences(entry("specification", "update", before, after)))
                .containsExactly("Added care pathway step 2", "Removed quality requirement “Door to balloon within 90 minutes”");
    }

    @Test
    void agreeingAVersionAndStartingOne() {
        Specification draft = spec(2, SpecStatus.DRAFT, Map.of(), List.of(), List.of());
        Specification agreed = spec(2, SpecStatus.AGREED, Map.of(), List.of(), List.of());
        assertThat(WORDS.describe(entry("specification", "status: Agreed", draft, agreed))).isEqualTo("Agreed version 2.");
        assertThat(WORDS.describe(entry("specification", "new version", null, draft))).isEqualTo("Started version 2.");
    }

    // ---- organisations, and records no feature has words for

    private static Organisation camden(OrganisationType type, LocalDate retired, List<String> aliases) {
        return new Organisation(7, "Camden PCT", type, "5K7", "North Central London", 4L, null, retired, null, aliases, STAMP);
    }

    @Test
    void organisationsTellTheirTypeByItsLabelAndTheirOtherNames() {
        AuditChange changed = entry("organisation", "update", camden(OrganisationType.PCT, null, List.of()),
                camden(OrganisationType.CARE_TRUST, null, List.of("Camden Primary Care Trust")));
        assertThat(WORDS.sentences(changed)).containsExactly("Changed the type from PCT to Care Trust",
                "Added other name “Camden Primary Care Trust”");
        assertThat(WORDS.describe(entry("organisation", "retire", camden(OrganisationType.PCT, null, List.of()),
                camden(OrganisationType.PCT, LocalDate.of(2007, 3, 31), List.of())))).isEqualTo("Retired the organisation.");
    }

    @Test
    void noTableNameActionCodeOrJsonKeyEverShows() {
        AuditChange unknown = entry("lead_commissioning_note", "re-key", Map.of("priorityKey", "x"), Map.of("priorityKey", "y"));
        assertThat(WORDS.describe(unknown)).isEqualTo("Changed the record.");
        assertThat(WORDS.subject(unknown)).isEqualTo("The record");

        Prospectus before = prospectus("P", "One.", ProspectusStatus.DRAFT, List.of(priority("a", "A", null)));
        Prospectus after = new Prospectus(7, 7, 3, "Islington PCT", ProspectusLevel.LCG, "Q", FinancialYear.parse("2008/09"),
                2, 1, ProspectusStatus.DRAFT, null, null, "Two.", "Context.", "Needs.",
                List.of(new Priority("a", "A", "Mental health", ChangeType.REDESIGN, null, List.of(), List.of(), "Men",
                        null, List.of(5L))), List.of(), STAMP);
        List<String> said = WORDS.sentences(entry("prospectus", "update", before, after));
        assertThat(said).hasSize(AuditWords.MOST_SENTENCES).last().isEqualTo("Made 3 other changes");
        assertThat(String.join(" ", said)).doesNotContain("ownerName", "strategicContext", "REDESIGN", "LCG", "{", "startYear")
                .contains("Changed the first year from 2007/08 to 2008/09", "Changed the cycle from 3 years to 2 years");
    }

    @Test
    void whatTheDatabaseRecordsAboutItselfReadsAsWords() {
        AuditChange pack = new AuditChange("database", "starter-pack", null,
                "the 'London 2006/07' starter pack");
        assertThat(WORDS.describe(pack)).isEqualTo("Loaded the 'London 2006/07' starter pack.");
        assertThat(WORDS.subject(pack)).isEqualTo("The database");
    }

    @Test
    void aLongPriorityNameChangedOnlyAtItsEndIsShownFromWhereTheNamesPart() {
        String name = "Preventing and managing diabetes and heart disease in primary care";
        Prospectus before = prospectus("P", null, ProspectusStatus.DRAFT, List.of(priority("a", name, null)));
        Prospectus after = prospectus("P", null, ProspectusStatus.DRAFT, List.of(priority("a", name + " (revised)",
                null)));
        assertThat(WORDS.describe(entry("prospectus", "update", before, after)))
                .isEqualTo("Renamed priority “…primary care” to “…primary care (revised)”.");
    }
}
