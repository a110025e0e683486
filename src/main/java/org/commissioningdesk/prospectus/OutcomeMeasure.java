package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Texts;

/**
 * A measurable outcome of a priority: "premature CVD mortality per 100,000 from 103 to 97 by 2009/10"
 * is indicator "premature CVD mortality", unit "per 100,000", baseline 103, target 97, target year 2009/10.
 *
 * @param uid the lasting id of the stored row this measure was read from, so that a save changes that row
 *            in place; null for a measure not saved yet
 */
public record OutcomeMeasure(String indicator, String unit, BigDecimal baseline, BigDecimal target,
                             FinancialYear targetYear, UUID uid) {

    /** A measure not saved yet. */
    public OutcomeMeasure(String indicator, String unit, BigDecimal baseline, BigDecimal target,
                          FinancialYear targetYear) {
        this(indicator, unit, baseline, target, targetYear, null);
    }

    public OutcomeMeasure normalised() {
        return new OutcomeMeasure(Texts.clean(indicator), Texts.clean(unit), Texts.number(baseline),
                Texts.number(target), targetYear, uid);
    }

    /** Two measures are equal when they hold the same; which stored row each came from is not part of that. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeMeasure o && Objects.equals(indicator, o.indicator)
                && Objects.equals(unit, o.unit) && Objects.equals(baseline, o.baseline)
                && Objects.equals(target, o.target) && Objects.equals(targetYear, o.targetYear);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indicator, unit, baseline, target, targetYear);
    }

    /** "Premature CVD mortality (per 100,000): 103 to 97 by 2009/10". */
    public String describe() {
        StringBuilder s = new StringBuilder(indicator == null ? "(no indicator)" : indicator);
        if (unit != null) {
            s.append(" (").append(unit).append(')');
        }
        s.append(": ");
        if (baseline != null) {
            s.append(baseline.toPlainString()).append(" to ");
        }
        s.append(target == null ? "?" : target.toPlainString());
        if (targetYear != null) {
            s.append(" by ").append(targetYear);
        }
        return s.toString();
    }
}
