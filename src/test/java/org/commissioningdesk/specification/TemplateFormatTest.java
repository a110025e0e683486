package org.commissioningdesk.specification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.commissioningdesk.common.RichText;
import org.junit.jupiter.api.Test;

class TemplateFormatTest {

    /** The service areas of the V2 migration's starting list. */
    private static final Set<String> SERVICE_AREAS = Set.of("Acute", "Mental health", "Learning disabilities",
            "Physical disabilities", "Drugs and alcohol", "Older people", "Children and young people", "HIV/AIDS",
            "Primary care", "Urgent and emergency care", "Specialised services", "Public health / prevention", "TB",
            "Prison health");

    private static final List<SpecificationTemplate> BUILT_IN = TemplateFormat.builtIn();

    /** The content with every KPI key removed: keys are made afresh each time a template is read. */
    private static SpecificationDraft withoutKeys(SpecificationDraft d) {
        return new SpecificationDraft(d.title(), d.serviceArea(), d.commissionerId(), d.providerId(), d.sections(),
                d.pathway(), d.quality().stream().map(q -> new QualityRequirement(null, q.indicator(), q.threshold(),
                q.direction(), q.unit(), q.measurement(), q.frequency(), q.penaltyKind(), q.penalty(),
                q.remedialActionPlan(), q.incentive(), q.incentiveAmount())).toList());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TemplateFormat.class.getResourceAsStream("templates/" + name + ".json")) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyBuiltInTemplateLoadsInTheOrderListedWithItsOwnKeyAndName() {
        assertThat(BUILT_IN).extracting(SpecificationTemplate::key).containsExactly(
                "builtin:community-cardiology-primary-pci", "builtin:intermediate-care-older-people",
                "builtin:community-mental-health");
        assertThat(BUILT_IN).allMatch(t -> t.builtIn() && t.id() == null && t.description() != null);
        assertThat(BUILT_IN).extracting(t -> SpecificationRepository.titleKey(t.name())).doesNotHaveDuplicates();
        assertThat(BUILT_IN).extracting(t -> t.content().serviceArea())
                .containsExactly("Acute", "Older people", "Mental health");
        assertThat(BUILT_IN).allMatch(t -> t.content().commissionerId() == null && t.content().providerId() == null);
    }

    @Test
    void everyBuiltInTemplateIsValidAndCompleteEnoughToAgree() {
        for (SpecificationTemplate t : BUILT_IN) {
            SpecificationDraft c = t.content();
            assertThat(SpecificationRules.check(c)).as(t.name()).isEmpty();
            // All it lacks is the commissioner who will agree it, which a template never names.
            assertThat(SpecificationRules.agreementGaps(c)).as(t.name()).containsOnlyKeys("commissionerId");
            assertThat(SERVICE_AREAS).as(t.name()).contains(c.serviceArea());
            assertThat(c.title()).as(t.name()).isNotBlank();
        }
    }

    @Test
    void everySectionIsWrittenWithParagraphsAndBulletLists() {
        for (SpecificationTemplate t : BUILT_IN) {
            SpecificationDraft c = t.content();
            assertThat(c.sections().keySet()).as(t.name()).containsExactly(SpecSection.values());
            int paragraphs = 0;
            int lists = 0;
            for (SpecSection s : SpecSection.values()) {
                List<RichText.Block> blocks = RichText.blocks(c.section(s));
                assertThat(blocks).as(t.name() + " " + s).isNotEmpty();
                assertThat(RichText.wordCount(c.section(s))).as(t.name() + " " + s).isGreaterThanOrEqualTo(30);
                paragraphs += (int) blocks.stream().filter(b -> b instanceof RichText.Para).count();
                lists += (int) blocks.stream().filter(b -> b instanceof RichText.Items i && !i.numbered()
                        && i.items().size() >= 3).count();
            }
            assertThat(paragraphs).as(t.name()).isGreaterThanOrEqualTo(2 * SpecSection.values().length);
            assertThat(lists).as(t.name()).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void everyPathwayHasFiveToEightStepsEachWithAWait() {
        for (SpecificationTemplate t : BUILT_IN) {
            List<PathwayStep> steps = t.content().pathway();
            assertThat(steps).as(t.name()).hasSizeBetween(5, 8);
            assertThat(steps).as(t.name()).allMatch(s -> s.setting() != null && s.who() != null && s.what() != null
                    && s.maxWaitDays() != null && s.maxWaitDays() >= 0
                    && s.maxWaitDays() <= SpecificationRules.MAX_WAIT_DAYS);
            // Emergency steps are same-day; later steps wait longer: not every wait is the same.
            assertThat(steps.stream().map(PathwayStep::maxWaitDays).distinct().count()).as(t.name())
                    .isGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void everyTemplateHasFourToSixVariedQualityRequirementsWithPenaltiesPlansAndAnIncentive() {
        for (SpecificationTemplate t : BUILT_IN) {
            List<QualityRequirement> kpis = t.content().quality();
            assertThat(kpis).as(t.name()).hasSizeBetween(4, 6);
            assertThat(kpis).extracting(QualityRequirement::direction).as(t.name())
                    .contains(Direction.AT_LEAST, Direction.AT_MOST);
            assertThat(kpis.stream().map(QualityRequirement::frequency).collect(Collectors.toSet())).as(t.name())
                    .hasSizeGreaterThanOrEqualTo(3);
            assertThat(kpis.stream().map(QualityRequirement::unit).collect(Collectors.toSet())).as(t.name())
                    .contains("%").hasSizeGreaterThanOrEqualTo(2);
            assertThat(kpis).extracting(QualityRequirement::penaltyKind).as(t.name())
                    .contains(PenaltyKind.FIXED, PenaltyKind.PERCENT_OF_MONTHLY_VALUE);
            assertThat(kpis).as(t.name()).anyMatch(QualityRequirement::remedialActionPlan)
                    .anyMatch(q -> q.incentive() != null && q.incentiveAmount() != null
                            && q.incentiveAmount().signum() > 0)
                    .allMatch(q -> q.measurement() != null);
            // Money is exact pounds and pence.
            assertThat(kpis).filteredOn(q -> q.penaltyKind() == PenaltyKind.FIXED)
                    .allMatch(q -> q.penalty().scale() == 2 && q.penalty().signum() > 0);
            assertThat(kpis).filteredOn(q -> q.incentiveAmount() != null).allMatch(q -> q.incentiveAmount().scale() == 2);
        }
    }

    @Test
    void readingATemplateGivesEveryQualityRequirementAFreshKey() throws IOException {
        TemplateFormat.TemplateFile file = TemplateFormat.read(resource("community-mental-health"));
        SpecificationDraft first = file.content();
        SpecificationDraft second = file.content();
        assertThat(first.quality()).allMatch(q -> q.key() != null);
        assertThat(first.quality()).extracting(QualityRequirement::key).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(second.quality().stream().map(QualityRequirement::key).toList());
        assertThat(withoutKeys(first)).isEqualTo(withoutKeys(second));
        assertThat(resource("community-mental-health")).doesNotContain("\"key\"");
    }

    @Test
    void everyBuiltInTemplateRoundTripsThroughWriteAndRead() {
        for (SpecificationTemplate t : BUILT_IN) {
            String json = TemplateFormat.write(t.name(), t.description(), t.content());
            assertThat(json).doesNotContain("\"key\"").doesNotContain("commissionerId");
            TemplateFormat.TemplateFile back = TemplateFormat.read(json);
            assertThat(back.name()).isEqualTo(t.name());
            assertThat(back.description()).isEqualTo(t.description());
            assertThat(withoutKeys(back.content())).isEqualTo(withoutKeys(t.content()));
            // Writing what was read gives the same text again.
            assertThat(TemplateFormat.write(back.name(), back.description(), back.content())).isEqualTo(json);
        }
    }

    @Test
    void aTemplateWithoutQualityRequirementsOrDescriptionRoundTrips() {
        SpecificationDraft bare = new SpecificationDraft("Falls service", "Older people", 4L, 9L,
                java.util.Map.of(SpecSection.AIMS, "Fewer falls.\n\n- one\n- two"),
                List.of(new PathwayStep("Home", null, "Visit", null)), List.of());
        TemplateFormat.TemplateFile back = TemplateFormat.read(TemplateFormat.write("Falls", null, bare));
        assertThat(back.description()).isNull();
        assertThat(back.content()).isEqualTo(bare.withOrganisations(null, null).normalised());
    }

    @Test
    void textThatIsNotATemplateIsRefusedWithAMessage() {
        assertThatThrownBy(() -> TemplateFormat.read("{\"name\": \"x\", \"colour\": \"red\"}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in the template format");
        assertThatThrownBy(() -> TemplateFormat.read("not json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in the template format");
    }
}
