package org.commissioningdesk.prospectus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.FinancialYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProspectusRulesTest {

    private static final FinancialYear Y2007 = new FinancialYear(2007);

    private static BigDecimal gbp(String amount) {
        return new BigDecimal(amount);
    }

    private static List<BigDecimal> amounts(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    private static OutcomeMeasure cvd(int targetYear) {
        return new OutcomeMeasure("Premature CVD mortality", "per 100,000", gbp("103"), gbp("97"),
                new FinancialYear(targetYear));
    }

    private static Priority priority(String key, String title, ChangeType change, List<BigDecimal> money,
                                     OutcomeMeasure... outcomes) {
        return new Priority(key, title, "Acute", change, "Needs assessment 2006", money, List.of(outcomes),
                "Deprived wards", "Director of Commissioning", List.of());
    }

    private static ProspectusDraft draft(FinancialYear first, Integer years, List<Priority> priorities,
                                         List<ConsultationResponse> consultation) {
        return new ProspectusDraft(1L, "Camden PCT commissioning prospectus 2007/08", first, years, "Summary",
                "Context", "Needs", priorities, consultation);
    }

    private static ProspectusDraft valid() {
        return draft(Y2007, 3, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts("250000.00", "300000", null), cvd(2009)),
                priority("k2", "Fewer outpatient follow-ups", ChangeType.DISINVEST, amounts("-100000", "-150000.50")),
                priority("k3", "Redesign diabetes care", ChangeType.REDESIGN, amounts("50000", "-20000", "0"))),
                List.of(new ConsultationResponse(SourceType.PATIENT, "A patient", LocalDate.of(2007, 1, 10), "k1",
                        "More stroke nurses please", "Two more nurses funded", true),
                        new ConsultationResponse(SourceType.PEC, null, LocalDate.of(2007, 1, 12), null,
                                "Support the plan", null, false)));
    }

    private static Map<String, String> check(ProspectusDraft d) {
        return ProspectusRules.check(d);
    }

    @Test
    void aCompleteDraftHasNoErrors() {
        assertThat(check(valid())).isEmpty();
        assertThat(check(valid().normalised())).isEmpty();
    }

    @Test
    void fieldNamesFollowTheEditorsLayout() {
        assertThat(ProspectusRules.priorityField(2, "title")).isEqualTo("priority.2.title");
        assertThat(ProspectusRules.amountField(2, 1)).isEqualTo("priority.2.amount.1");
        assertThat(ProspectusRules.outcomeField(0, 1, "targetYear")).isEqualTo("priority.0.outcome.1.targetYear");
        assertThat(ProspectusRules.consultationField(3, "summary")).isEqualTo("consultation.3.summary");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void theTitleIsRequired(String title) {
        ProspectusDraft d = new ProspectusDraft(1L, title, Y2007, 1, null, null, null, null, null);
        assertThat(check(d)).containsExactly(Map.entry("title", "Give the prospectus a title"));
        assertThat(check(new ProspectusDraft(1L, null, Y2007, 1, null, null, null, null, null)))
                .containsOnlyKeys("title");
    }

    @Test
    void theTitleHasAtMost200Characters() {
        ProspectusDraft d = new ProspectusDraft(1L, "x".repeat(201), Y2007, 1, null, null, null, null, null);
        assertThat(check(d)).containsExactly(Map.entry("title", "At most 200 characters (this has 201)"));
        assertThat(check(new ProspectusDraft(1L, "x".repeat(200), Y2007, 1, null, null, null, null, null))).isEmpty();
    }

    @Test
    void theOwnerAndTheCycleAreRequired() {
        ProspectusDraft d = new ProspectusDraft(null, "Prospectus", null, null, null, null, null, null, null);
        assertThat(check(d)).containsOnlyKeys("ownerId", "firstYear", "cycleYears")
                .containsEntry("ownerId", "Choose the organisation whose prospectus this is")
                .containsEntry("firstYear", "Choose the first financial year of the cycle")
                .containsEntry("cycleYears", "Choose how many years the cycle covers (1 to 3)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1})
    void aCycleCoversOneToThreeYears(int years) {
        assertThat(check(draft(Y2007, years, List.of(), List.of())))
                .containsExactly(Map.entry("cycleYears", "A prospectus covers 1 to 3 years, not " + years));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void oneTwoOrThreeYearsAreAccepted(int years) {
        assertThat(check(draft(Y2007, years, List.of(), List.of()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1989, 2100, 1948, 2199})
    void theFirstYearIsBetween1990And2099(int start) {
        assertThat(check(draft(new FinancialYear(start), 1, List.of(), List.of())))
                .containsExactly(Map.entry("firstYear", "The cycle must start between 1990/91 and 2099/00"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1990, 2099})
    void theEdgesOfTheRangeAreAccepted(int start) {
        assertThat(check(draft(new FinancialYear(start), 1, List.of(), List.of()))).isEmpty();
    }

    @Test
    void anInvestmentIsPositive() {
        ProspectusDraft d = draft(Y2007, 3, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts("100", "-1", "0"))), List.of());
        assertThat(check(d)).containsExactly(Map.entry("priority.0.amount.1",
                "An investment is a positive amount; for a saving choose Disinvest"));
    }

    @Test
    void aDisinvestmentOrDecommissioningIsNegative() {
        ProspectusDraft d = draft(Y2007, 2, List.of(
                priority("k1", "Outpatients", ChangeType.DISINVEST, amounts("250000", "-1")),
                priority("k2", "Old ward", ChangeType.DECOMMISSION, amounts("-5", "0.01"))), List.of());
        assertThat(check(d)).containsExactly(
                Map.entry("priority.0.amount.0", "A disinvest saving is a negative amount, e.g. -250,000"),
                Map.entry("priority.1.amount.1", "A decommission saving is a negative amount, e.g. -250,000"));
    }

    @Test
    void redesignAndProcurementMayBeEitherSign() {
        ProspectusDraft d = draft(Y2007, 2, List.of(
                priority("k1", "Diabetes", ChangeType.REDESIGN, amounts("250000", "-1")),
                priority("k2", "Community beds", ChangeType.PROCURE, amounts("-5", "5"))), List.of());
        assertThat(check(d)).isEmpty();
    }

    @Test
    void anAmountHasAtMostTwoDecimalPlaces() {
        ProspectusDraft d = draft(Y2007, 2, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts("100.005", "100.500"))), List.of());
        assertThat(check(d)).containsExactly(Map.entry("priority.0.amount.0",
                "Amounts are in pounds and pence: at most two decimal places"));
    }

    @Test
    void anAmountFitsTheDatabase() {
        ProspectusDraft d = draft(Y2007, 1, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts("10000000000000.00"))), List.of());
        assertThat(check(d)).containsExactly(Map.entry("priority.0.amount.0", "The amount is too large"));
    }

    @Test
    void anOutcomeTargetYearLiesInsideTheCycle() {
        ProspectusDraft d = draft(Y2007, 2, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts("1"), cvd(2007), cvd(2008), cvd(2009),
                        cvd(2006))), List.of());
        assertThat(check(d)).containsExactly(
                Map.entry("priority.0.outcome.2.targetYear",
                        "The target year 2009/10 is outside the cycle (2007/08 to 2008/09)"),
                Map.entry("priority.0.outcome.3.targetYear",
                        "The target year 2006/07 is outside the cycle (2007/08 to 2008/09)"));
    }

    @Test
    void anOutcomeSaysWhatIsMeasuredItsTargetAndWhen() {
        ProspectusDraft d = draft(Y2007, 1, List.of(priority("k1", "Stroke care", ChangeType.INVEST, amounts(),
                new OutcomeMeasure(" ", null, null, null, null))), List.of());
        assertThat(check(d)).containsOnlyKeys("priority.0.outcome.0.indicator", "priority.0.outcome.0.target",
                "priority.0.outcome.0.targetYear");
    }

    @Test
    void outcomeBaselinesAndTargetsFitFourDecimalPlacesAndFifteenDigits() {
        OutcomeMeasure tooPrecise = new OutcomeMeasure("Rate", "%", new BigDecimal("12.34567"), new BigDecimal("0.00001"), Y2007);
        OutcomeMeasure tooLarge = new OutcomeMeasure("Rate", "%", new BigDecimal("1000000000000000"), new BigDecimal("-1E+15"), Y2007);
        OutcomeMeasure fits = new OutcomeMeasure("Rate", "%", new BigDecimal("999999999999999.9999"),
                new BigDecimal("0.12340000"), Y2007);
        ProspectusDraft d = draft(Y2007, 1, List.of(priority("k1", "Stroke care", ChangeType.INVEST, amounts(),
                tooPrecise, tooLarge, fits)), List.of());
        assertThat(check(d)).containsExactly(
                Map.entry("priority.0.outcome.0.baseline", "At most four decimal places"),
                Map.entry("priority.0.outcome.0.target", "At most four decimal places"),
                Map.entry("priority.0.outcome.1.baseline", "The number is too large"),
                Map.entry("priority.0.outcome.1.target", "The number is too large"));
    }

    @Test
    void priorityTitlesAreUniqueIgnoringCase() {
        ProspectusDraft d = draft(Y2007, 1, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts()),
                priority("k2", "Diabetes", ChangeType.REDESIGN, amounts()),
                priority("k3", "STROKE CARE", ChangeType.REDESIGN, amounts())), List.of());
        assertThat(check(d)).containsExactly(Map.entry("priority.2.title",
                "Another priority in this prospectus is already called 'STROKE CARE'"));
    }

    @Test
    void aPriorityNeedsATitleAServiceAreaAndAChange() {
        Priority empty = new Priority("k1", null, " ", null, null, null, null, null, null, List.of());
        assertThat(check(draft(Y2007, 1, List.of(empty), List.of()))).containsExactly(
                Map.entry("priority.0.title", "Give the priority a title"),
                Map.entry("priority.0.serviceArea", "Choose or type a service area"),
                Map.entry("priority.0.changeType", "Choose the intended change"));
    }

    @Test
    void moneyBeyondAShortenedCycleIsReportedOnTheCycleLength() {
        ProspectusDraft d = draft(Y2007, 2, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts("1", "2", "3"))), List.of());
        assertThat(check(d)).containsExactly(Map.entry("cycleYears",
                "Priority 'Stroke care' has money planned in year 3 of the cycle; clear it before shortening the cycle"));
        // An empty year beyond the cycle is no money at all.
        assertThat(check(draft(Y2007, 2, List.of(
                priority("k1", "Stroke care", ChangeType.INVEST, amounts("1", "2", null))), List.of()))).isEmpty();
    }

    @Test
    void anAnsweredResponseSaysWhatThePctDid() {
        ConsultationResponse answeredSilently = new ConsultationResponse(SourceType.LOCAL_AUTHORITY, "Camden Council",
                LocalDate.of(2007, 2, 1), null, "Joint working on older people", null, true);
        assertThat(check(draft(Y2007, 1, List.of(), List.of(answeredSilently)))).containsExactly(
                Map.entry("consultation.0.response", "Say what the PCT did before marking it answered"));
        ConsultationResponse blankAnswer = new ConsultationResponse(SourceType.LOCAL_AUTHORITY, "Camden Council",
                LocalDate.of(2007, 2, 1), null, "Joint working on older people", "   ", true);
        assertThat(check(draft(Y2007, 1, List.of(), List.of(blankAnswer)).normalised()))
                .containsOnlyKeys("consultation.0.response");
        // Unanswered without a response is fine: it is still open.
        ConsultationResponse open = new ConsultationResponse(SourceType.LOCAL_AUTHORITY, null,
                LocalDate.of(2007, 2, 1), null, "Joint working on older people", null, false);
        assertThat(check(draft(Y2007, 1, List.of(), List.of(open)))).isEmpty();
    }

    @Test
    void aResponseHasASourceADateAndASummary() {
        ConsultationResponse empty = new ConsultationResponse(null, null, null, null, null, null, false);
        assertThat(check(draft(Y2007, 1, List.of(), List.of(empty)))).containsExactly(
                Map.entry("consultation.0.source", "Choose who the response came from"),
                Map.entry("consultation.0.receivedOn", "Give the date the response was received"),
                Map.entry("consultation.0.summary", "Summarise what the response said"));
    }

    @Test
    void aResponseCannotConcernARemovedPriority() {
        ProspectusDraft d = valid();
        List<Priority> withoutStroke = d.priorities().subList(1, d.priorities().size());
        ProspectusDraft removed = draft(Y2007, 3, withoutStroke, d.consultation());
        assertThat(check(removed)).containsExactly(Map.entry("consultation.0.priorityKey",
                "The priority this response concerned has been removed; choose another or none"));
    }

    @Test
    void errorsComeInReadingOrder() {
        ProspectusDraft d = new ProspectusDraft(null, " ", Y2007, 5,
                null, null, null, List.of(priority("k1", "", ChangeType.INVEST, amounts("-1"))),
                List.of(new ConsultationResponse(null, null, LocalDate.of(2007, 1, 1), "gone", "x", null, false)));
        assertThat(check(d).keySet()).containsExactly("ownerId", "title", "cycleYears", "priority.0.title",
                "priority.0.amount.0", "consultation.0.source", "consultation.0.priorityKey");
    }
}
