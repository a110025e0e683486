package org.commissioningdesk.specification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecificationRulesTest {

    private static QualityRequirement kpi(String indicator, String threshold, String unit, PenaltyKind kind,
                                          String penalty, String incentive, String incentiveAmount) {
        return new QualityRequirement("k-" + indicator, indicator, threshold == null ? null : new BigDecimal(threshold),
                Direction.AT_LEAST, unit, "Monthly return", ReportingFrequency.MONTHLY, kind,
                penalty == null ? null : new BigDecimal(penalty), true, incentive,
                incentiveAmount == null ? null : new BigDecimal(incentiveAmount));
    }

    private static QualityRequirement plain(String threshold, String unit) {
        return kpi("Seen within two hours", threshold, unit, PenaltyKind.NONE, null, null, null);
    }

    private static SpecificationDraft draft(List<PathwayStep> steps, List<QualityRequirement> quality) {
        Map<SpecSection, String> sections = new EnumMap<>(SpecSection.class);
        sections.put(SpecSection.SERVICE_DESCRIPTION, "Rapid response at home.\n\n- nurses\n- therapists");
        return new SpecificationDraft("Intermediate care", "Older people", 1L, 2L, sections, steps, quality);
    }

    private static SpecificationDraft withKpi(QualityRequirement q) {
        return draft(List.of(), List.of(q));
    }

    private static SpecificationDraft withWait(Integer days) {
        return draft(List.of(new PathwayStep("Home", "Rapid response nurse", "Assessment", days)), List.of());
    }

    /** The rules as the service applies them: to the draft as normalised. */
    private static Map<String, String> check(SpecificationDraft d) {
        return SpecificationRules.check(d.normalised());
    }

    @Test
    void aCompleteDraftHasNoErrorsAndCanBeAgreed() {
        SpecificationDraft d = draft(List.of(new PathwayStep("Home", null, "Assessment", 0)),
                List.of(kpi("Seen within two hours", "90", "%", PenaltyKind.PERCENT_OF_MONTHLY_VALUE, "1.5",
                        "Bonus at 95%", "20000.00"), kpi("Readmissions", "10", "%", PenaltyKind.FIXED, "2500", null, null)));
        assertThat(check(d)).isEmpty();
        assertThat(SpecificationRules.missingBeforeAgreement(d)).isEmpty();
    }

    @Test
    void fieldNamesNameThePlaceOfTheProblem() {
        assertThat(SpecificationRules.sectionField(SpecSection.AIMS)).isEqualTo("section.AIMS");
        assertThat(SpecificationRules.stepField(2, "maxWaitDays")).isEqualTo("step.2.maxWaitDays");
        assertThat(SpecificationRules.kpiField(0, "threshold")).isEqualTo("kpi.0.threshold");
    }

    @Test
    void titleServiceAreaAndSectionsAreCheckedForPresenceAndLength() {
        Map<SpecSection, String> sections = new EnumMap<>(SpecSection.class);
        sections.put(SpecSection.AIMS, "a".repeat(100_001));
        sections.put(SpecSection.OUTCOMES, "b".repeat(100_000));
        SpecificationDraft d = new SpecificationDraft("t".repeat(201), "s".repeat(101), null, null, sections,
                List.of(), List.of());
        assertThat(check(d)).containsExactly(
                entry("title", "At most 200 characters (this has 201)"),
                entry("serviceArea", "At most 100 characters (this has 101)"),
                entry("section.AIMS", "At most 100000 characters (this has 100001)"));
        assertThat(check(new SpecificationDraft(null, " ", null, null, Map.of(), List.of(), List.of())))
                .containsExactly(entry("title", "Give the specification a title"),
                        entry("serviceArea", "Choose or type a service area"));
    }

    @Test
    void theThresholdIsRequired() {
        assertThat(check(withKpi(plain(null, "%")))).containsOnly(entry("kpi.0.threshold", "Give the threshold as a number"));
    }

    @ParameterizedTest
    @CsvSource({"12.3456, minutes", "12.34560000, minutes", "999999999999999, referrals", "-3.5, change in days",
            "0, occasions"})
    void thresholdsThatFitTheDatabaseExactlyAreAccepted(String threshold, String unit) {
        assertThat(check(withKpi(plain(threshold, unit)))).isEmpty();
    }

    @Test
    void thresholdsTheDatabaseWouldRoundOrCouldNotHoldAreRefused() {
        assertThat(check(withKpi(plain("12.34567", "minutes"))))
                .containsOnly(entry("kpi.0.threshold", "At most four decimal places"));
        assertThat(check(withKpi(plain("1000000000000000", "referrals"))))
                .containsOnly(entry("kpi.0.threshold", "The number is too large"));
        // Checked on the draft as typed, too (the editor checks before normalising).
        assertThat(SpecificationRules.check(withKpi(plain("0.00001", "minutes"))))
                .containsOnly(entry("kpi.0.threshold", "At most four decimal places"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "99.5", "100.0000"})
    void aPercentageThresholdFromZeroToAHundredIsAccepted(String threshold) {
        assertThat(check(withKpi(plain(threshold, "%")))).isEmpty();
        assertThat(check(withKpi(plain(threshold, " percent ")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "100.01", "150"})
    void aPercentageThresholdOutsideZeroToAHundredIsRefused(String threshold) {
        assertThat(check(withKpi(plain(threshold, "%"))))
                .containsOnly(entry("kpi.0.threshold", "A percentage is between 0 and 100"));
        assertThat(check(withKpi(plain(threshold, "Percent"))))
                .containsOnly(entry("kpi.0.threshold", "A percentage is between 0 and 100"));
        // The same number in another unit is no percentage.
        assertThat(check(withKpi(plain(threshold.replace("-", ""), "bed days a month")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"% of patients", "per cent", "Per Cent of attendances", "percentage", "%age"})
    void everyWayOfWritingAPercentageUnitHoldsTheThresholdToZeroToAHundred(String unit) {
        assertThat(check(withKpi(plain("150", unit))))
                .containsOnly(entry("kpi.0.threshold", "A percentage is between 0 and 100"));
        assertThat(check(withKpi(plain("95", unit)))).isEmpty();
    }

    @Test
    void aPercentileIsNotAPercentage() {
        assertThat(check(withKpi(plain("150", "minutes at the 95th percentile")))).isEmpty();
    }

    @Test
    void directionAndFrequencyAreRequired() {
        QualityRequirement q = new QualityRequirement(null, "Seen", BigDecimal.ONE, null, null, null, null, null, null,
                false, null, null);
        assertThat(check(withKpi(q))).containsExactly(
                entry("kpi.0.direction", "Choose whether the threshold is a minimum (at least) or a maximum (at most)"),
                entry("kpi.0.frequency", "Choose how often it is reported"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.01", "1", "2.5", "99.99", "100"})
    void aPenaltyPercentageAboveZeroAndAtMostAHundredIsAccepted(String percent) {
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.PERCENT_OF_MONTHLY_VALUE, percent, null, null))))
                .isEmpty();
    }

    @Test
    void aPenaltyPercentageMustBeAboveZeroAtMostAHundredAndInHundredths() {
        for (String bad : List.of("0", "-1", "100.01", "250")) {
            assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.PERCENT_OF_MONTHLY_VALUE, bad, null, null))))
                    .as(bad).containsOnly(entry("kpi.0.penalty", "A percentage is more than 0 and at most 100"));
        }
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.PERCENT_OF_MONTHLY_VALUE, "1.125", null, null))))
                .containsOnly(entry("kpi.0.penalty", "At most two decimal places"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.PERCENT_OF_MONTHLY_VALUE, null, null, null))))
                .containsOnly(entry("kpi.0.penalty", "Give the penalty as a percentage of the monthly contract value"));
    }

    @Test
    void aFixedPenaltyIsAPositiveAmountInPoundsAndPence() {
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.FIXED, "5000.50", null, null)))).isEmpty();
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.FIXED, "0.01", null, null)))).isEmpty();
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.FIXED, "5000.005", null, null))))
                .containsOnly(entry("kpi.0.penalty", "Amounts are in pounds and pence: at most two decimal places"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.FIXED, "0", null, null))))
                .containsOnly(entry("kpi.0.penalty", "The amount must be more than £0"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.FIXED, "-250", null, null))))
                .containsOnly(entry("kpi.0.penalty", "The amount must be more than £0"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.FIXED,
                Money.LIMIT.add(new BigDecimal("0.01")).toPlainString(), null, null))))
                .containsOnly(entry("kpi.0.penalty", "The amount is too large"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.FIXED, null, null, null))))
                .containsOnly(entry("kpi.0.penalty", "Give the penalty in pounds"));
    }

    @Test
    void aFixedPenaltyIsKeptToThePennyOnceNormalised() {
        QualityRequirement q = kpi("Seen", "90", "%", PenaltyKind.FIXED, "5000", null, "250.5").normalised();
        assertThat(q.penalty()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(q.incentiveAmount()).isEqualTo(new BigDecimal("250.50"));
        // No penalty kind means no penalty, whatever was typed in the field.
        QualityRequirement none = kpi("Seen", "90", "%", PenaltyKind.NONE, "12.345", null, null);
        assertThat(check(withKpi(none))).isEmpty();
        assertThat(none.normalised().penalty()).isNull();
    }

    @Test
    void anIncentiveAmountIsAPositiveAmountInPoundsAndNeedsItsReason() {
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.NONE, null, "Bonus at 95%", "20000")))).isEmpty();
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.NONE, null, "Recognised in the annual review", null))))
                .isEmpty();
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.NONE, null, null, "20000"))))
                .containsOnly(entry("kpi.0.incentive", "Say what the incentive is paid for"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.NONE, null, "  ", "20000"))))
                .containsOnly(entry("kpi.0.incentive", "Say what the incentive is paid for"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.NONE, null, "Bonus", "0"))))
                .containsOnly(entry("kpi.0.incentiveAmount", "The amount must be more than £0"));
        assertThat(check(withKpi(kpi("Seen", "90", "%", PenaltyKind.NONE, null, "Bonus", "19.999"))))
                .containsOnly(entry("kpi.0.incentiveAmount", "Amounts are in pounds and pence: at most two decimal places"));
    }

    @Test
    void waitsAreFromZeroToTenYearsOrNotSet() {
        for (Integer ok : new Integer[] {null, 0, 1, 42, SpecificationRules.MAX_WAIT_DAYS}) {
            assertThat(check(withWait(ok))).as(String.valueOf(ok)).isEmpty();
        }
        assertThat(check(withWait(-1))).containsOnly(entry("step.0.maxWaitDays", "A wait cannot be negative"));
        assertThat(check(withWait(3651))).containsOnly(entry("step.0.maxWaitDays", "At most 3650 days (ten years)"));
    }

    @Test
    void everyStepSaysWhereAndWhat() {
        List<PathwayStep> steps = List.of(new PathwayStep("Home", null, "Visit", 0),
                new PathwayStep(" ", "Nurse", " ", 1), new PathwayStep("Clinic", "w".repeat(201), "Review", 2));
        assertThat(check(draft(steps, List.of()))).containsExactly(
                entry("step.1.setting", "Say where this step happens"),
                entry("step.1.what", "Say what happens at this step"),
                entry("step.2.who", "At most 200 characters (this has 201)"));
    }

    @Test
    void twoQualityRequirementsCannotMeasureTheSameThing() {
        List<QualityRequirement> kpis = new ArrayList<>();
        kpis.add(plain("90", "%"));
        kpis.add(kpi("Readmissions within 28 days", "10", "%", PenaltyKind.NONE, null, null, null));
        kpis.add(kpi("  SEEN within TWO hours ", "95", "%", PenaltyKind.NONE, null, null, null));
        assertThat(check(draft(List.of(), kpis))).containsOnly(
                entry("kpi.2.indicator", "Another quality requirement already measures 'SEEN within TWO hours'"));
        kpis.set(2, kpi("", "95", "%", PenaltyKind.NONE, null, null, null));
        assertThat(check(draft(List.of(), kpis))).containsOnly(entry("kpi.2.indicator", "Say what is measured"));
    }

    @Test
    void agreementNeedsTheCommissionerAServiceDescriptionAndAQualityRequirement() {
        SpecificationDraft none = new SpecificationDraft("Intermediate care", "Older people", null, null, Map.of(),
                List.of(), List.of());
        assertThat(SpecificationRules.missingBeforeAgreement(none)).containsExactly("the commissioner who agrees it",
                "a service description (section 3.2)", "at least one quality requirement (section 5)");
        assertThat(SpecificationRules.agreementGaps(none)).containsExactly(
                entry("commissionerId", "Choose the commissioner who agrees it"),
                entry("section.SERVICE_DESCRIPTION", "Write the service description: it is needed to agree"),
                entry("quality", "Add at least one quality requirement: it is needed to agree"));
        SpecificationDraft noKpi = draft(List.of(), List.of()).withOrganisations(7L, null);
        assertThat(SpecificationRules.missingBeforeAgreement(noKpi))
                .containsExactly("at least one quality requirement (section 5)");
        SpecificationDraft blankDescription = new SpecificationDraft("Intermediate care", "Older people", 7L, null,
                Map.of(SpecSection.SERVICE_DESCRIPTION, "   "), List.of(), List.of(plain("90", "%"))).normalised();
        assertThat(SpecificationRules.missingBeforeAgreement(blankDescription))
                .containsExactly("a service description (section 3.2)");
        // No provider is needed: the commissioners may agree one specification for several providers.
        assertThat(SpecificationRules.agreementGaps(blankDescription.withTitle("x").withOrganisations(7L, null)))
                .containsOnlyKeys("section.SERVICE_DESCRIPTION");
    }
}
