package org.commissioningdesk.prospectus;

import java.math.BigDecimal;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Texts;

/**
 * A measurable outcome of a priority: "premature CVD mortality per 100,000 from 103 to 97 by 2009/10"
 * is indicator "premature CVD mortality", unit "per 100,000", baseline 103, target 97, target year 2009/10.
 */
public record OutcomeMeasure(String indicator, String unit, BigDecimal baseline, BigDecimal target,
                             FinancialYear targetYear) {

    public OutcomeMeasure normalised() {
        return new OutcomeMeasure(Texts.clean(indicator), Texts.clean(unit), Texts.number(baseline),
                Texts.number(target), targetYear);
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
