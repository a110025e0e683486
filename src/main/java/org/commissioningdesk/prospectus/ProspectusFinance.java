package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commissioningdesk.common.FinancialYear;

/**
 * The financial summary of a prospectus, always derived from its priorities so it cannot
 * disagree with them: investment (positive amounts), disinvestment (negative amounts) and net, per
 * year of the cycle and in total, and net per service area.
 */
public record ProspectusFinance(List<YearLine> years, YearLine total, List<AreaLine> areas) {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Totals for one financial year (or, for {@link #total()}, the whole cycle with a null year). */
    public record YearLine(FinancialYear year, BigDecimal investment, BigDecimal disinvestment, BigDecimal net) {
    }

    /** Net money for one service area, per year of the cycle and in total. */
    public record AreaLine(String serviceArea, List<BigDecimal> perYear, BigDecimal total) {
    }

    public static ProspectusFinance of(List<FinancialYear> cycle, Collection<Priority> priorities) {
        int n = cycle.size();
        BigDecimal[] in = filled(n);
        BigDecimal[] out = filled(n);
        Map<String, BigDecimal[]> byArea = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Priority p : priorities) {
            String area = p.serviceArea() == null ? "(no service area)" : p.serviceArea();
            BigDecimal[] areaYears = byArea.computeIfAbsent(area, a -> filled(n));
            for (int i = 0; i < n; i++) {
                BigDecimal amount = p.amount(i);
                if (amount == null) {
                    continue;
                }
                if (amount.signum() >= 0) {
                    in[i] = in[i].add(amount);
                } else {
                    out[i] = out[i].add(amount);
                }
                areaYears[i] = areaYears[i].add(amount);
            }
        }
        List<YearLine> years = new ArrayList<>();
        BigDecimal totalIn = ZERO;
        BigDecimal totalOut = ZERO;
        for (int i = 0; i < n; i++) {
            years.add(new YearLine(cycle.get(i), in[i], out[i], in[i].add(out[i])));
            totalIn = totalIn.add(in[i]);
            totalOut = totalOut.add(out[i]);
        }
        List<AreaLine> areas = new ArrayList<>();
        byArea.forEach((area, values) -> areas.add(new AreaLine(area, List.of(values),
                List.of(values).stream().reduce(ZERO, BigDecimal::add))));
        return new ProspectusFinance(List.copyOf(years), new YearLine(null, totalIn, totalOut, totalIn.add(totalOut)),
                List.copyOf(areas));
    }

    private static BigDecimal[] filled(int n) {
        BigDecimal[] values = new BigDecimal[n];
        java.util.Arrays.fill(values, ZERO);
        return values;
    }
}
