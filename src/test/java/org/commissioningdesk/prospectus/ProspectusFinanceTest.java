package org.commissioningdesk.prospectus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.prospectus.ProspectusFinance.AreaLine;
import org.commissioningdesk.prospectus.ProspectusFinance.YearLine;
import org.junit.jupiter.api.Test;

class ProspectusFinanceTest {

    private static final List<FinancialYear> CYCLE = Prospectus.years(new FinancialYear(2007), 3);

    private static BigDecimal gbp(String amount) {
        return new BigDecimal(amount);
    }

    private static Priority priority(String title, String area, ChangeType change, String... money) {
        return new Priority(Priority.newKey(), title, area, change, null,
                Arrays.stream(money).map(m -> m == null ? null : new BigDecimal(m)).toList(), List.of(), null, null, List.of());
    }

    private static List<Priority> camden() {
        return List.of(
                priority("Stroke care", "Acute", ChangeType.INVEST, "250000.00", "300000.00", "300000.00"),
                priority("Outpatient follow-ups", "Acute", ChangeType.DISINVEST, "-100000.00", "-150000.50"),
                priority("Crisis resolution", "Mental health", ChangeType.REDESIGN, "50000.00", "-20000.00", null),
                priority("Smoking cessation", "Public health / prevention", ChangeType.INVEST, null, null, "75000.25"));
    }

    @Test
    void splitsInvestmentAndDisinvestmentPerYear() {
        ProspectusFinance f = ProspectusFinance.of(CYCLE, camden());
        assertThat(f.years()).containsExactly(
                new YearLine(new FinancialYear(2007), gbp("300000.00"), gbp("-100000.00"), gbp("200000.00")),
                new YearLine(new FinancialYear(2008), gbp("300000.00"), gbp("-170000.50"), gbp("129999.50")),
                new YearLine(new FinancialYear(2009), gbp("375000.25"), gbp("0.00"), gbp("375000.25")));
    }

    @Test
    void totalsTheWholeCycle() {
        ProspectusFinance f = ProspectusFinance.of(CYCLE, camden());
        assertThat(f.total()).isEqualTo(new YearLine(null, gbp("975000.25"), gbp("-270000.50"), gbp("704999.75")));
    }

    @Test
    void givesNetMoneyPerServiceAreaInNameOrderIgnoringCase() {
        List<Priority> priorities = new ArrayList<>(camden());
        priorities.add(priority("Day surgery", "ACUTE", ChangeType.PROCURE, "10.00"));
        priorities.add(priority("Untitled area", null, ChangeType.PROCURE, "1.00"));
        ProspectusFinance f = ProspectusFinance.of(CYCLE, priorities);
        assertThat(f.areas()).containsExactly(
                new AreaLine("(no service area)", List.of(gbp("1.00"), gbp("0.00"), gbp("0.00")), gbp("1.00")),
                new AreaLine("Acute", List.of(gbp("150010.00"), gbp("149999.50"), gbp("300000.00")), gbp("600009.50")),
                new AreaLine("Mental health", List.of(gbp("50000.00"), gbp("-20000.00"), gbp("0.00")), gbp("30000.00")),
                new AreaLine("Public health / prevention", List.of(gbp("0.00"), gbp("0.00"), gbp("75000.25")),
                        gbp("75000.25")));
    }

    @Test
    void anEmptyProspectusIsAllZeroesAtScaleTwo() {
        ProspectusFinance f = ProspectusFinance.of(CYCLE, List.of());
        assertThat(f.years()).extracting(YearLine::net).containsExactly(gbp("0.00"), gbp("0.00"), gbp("0.00"));
        assertThat(f.total().investment()).isEqualTo(gbp("0.00"));
        assertThat(f.total().disinvestment()).isEqualTo(gbp("0.00"));
        assertThat(f.total().net()).isEqualTo(gbp("0.00"));
        assertThat(f.areas()).isEmpty();
    }

    @Test
    void moneyBeyondTheCycleIsNotCounted() {
        ProspectusFinance f = ProspectusFinance.of(Prospectus.years(new FinancialYear(2007), 1),
                List.of(priority("Stroke care", "Acute", ChangeType.INVEST, "100.00", "200.00", "300.00")));
        assertThat(f.years()).hasSize(1);
        assertThat(f.total().net()).isEqualTo(gbp("100.00"));
        assertThat(f.areas()).containsExactly(new AreaLine("Acute", List.of(gbp("100.00")), gbp("100.00")));
    }

    @Test
    void reconcilesWithThePriorities() {
        ProspectusFinance f = ProspectusFinance.of(CYCLE, camden());
        BigDecimal sumOfPriorities = camden().stream().map(Priority::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(f.total().net()).isEqualTo(sumOfPriorities).isEqualTo(gbp("704999.75"));
    }

    /** Property: for any priorities, the summary reconciles with the priorities, year by year and in total. */
    @Test
    void totalsAlwaysReconcileWithThePriorityTotals() {
        Random random = new Random(20070314L);
        String[] areas = {"Acute", "acute", "Mental health", "TB", "Prison health", null};
        for (int run = 0; run < 500; run++) {
            int years = 1 + random.nextInt(3);
            List<FinancialYear> cycle = Prospectus.years(new FinancialYear(1990 + random.nextInt(100)), years);
            List<Priority> priorities = new ArrayList<>();
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                ChangeType change = ChangeType.values()[random.nextInt(ChangeType.values().length)];
                List<BigDecimal> money = new ArrayList<>();
                for (int y = 0; y < years; y++) {
                    if (random.nextInt(5) == 0) {
                        money.add(null);
                        continue;
                    }
                    BigDecimal amount = BigDecimal.valueOf(random.nextLong(100_000_000_000L), 2); // up to £1bn
                    int sign = change.requiredSign() != 0 ? change.requiredSign() : (random.nextBoolean() ? 1 : -1);
                    money.add(sign < 0 ? amount.negate() : amount);
                }
                priorities.add(new Priority(Priority.newKey(), "Priority " + i, areas[random.nextInt(areas.length)],
                        change, null, money, List.of(), null, null, List.of()));
            }
            ProspectusFinance f = ProspectusFinance.of(cycle, priorities);

            BigDecimal expectedIn = BigDecimal.ZERO;
            BigDecimal expectedOut = BigDecimal.ZERO;
            for (int y = 0; y < years; y++) {
                BigDecimal in = BigDecimal.ZERO;
                BigDecimal out = BigDecimal.ZERO;
                for (Priority p : priorities) {
                    BigDecimal a = p.amount(y);
                    if (a != null && a.signum() > 0) {
                        in = in.add(a);
                    } else if (a != null) {
                        out = out.add(a);
                    }
                }
                YearLine line = f.years().get(y);
                assertThat(line.year()).isEqualTo(cycle.get(y));
                assertThat(line.investment()).isEqualByComparingTo(in);
                assertThat(line.disinvestment()).isEqualByComparingTo(out);
                assertThat(line.net()).isEqualByComparingTo(line.investment().add(line.disinvestment()));
                assertThat(line.investment().signum()).isGreaterThanOrEqualTo(0);
                assertThat(line.disinvestment().signum()).isLessThanOrEqualTo(0);
                expectedIn = expectedIn.add(in);
                expectedOut = expectedOut.add(out);
            }
            BigDecimal priorityTotals = priorities.stream().map(Priority::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(f.total().investment()).isEqualByComparingTo(expectedIn);
            assertThat(f.total().disinvestment()).isEqualByComparingTo(expectedOut);
            assertThat(f.total().net()).isEqualByComparingTo(priorityTotals);
            assertThat(f.areas().stream().map(AreaLine::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(priorityTotals);
            for (AreaLine area : f.areas()) {
                assertThat(area.perYear()).hasSize(years);
                assertThat(area.perYear().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(area.total());
            }
            for (int y = 0; y < years; y++) {
                int year = y;
                assertThat(f.areas().stream().map(a -> a.perYear().get(year)).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(f.years().get(y).net());
            }
            // Everything stays in exact pence.
            assertThat(f.total().net().scale()).isEqualTo(2);
            assertThat(f.years()).allSatisfy(l -> assertThat(l.net().scale()).isEqualTo(2));
        }
    }
}
