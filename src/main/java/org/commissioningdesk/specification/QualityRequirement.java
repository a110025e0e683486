package org.commissioningdesk.specification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.Texts;

/**
 * A quality requirement (KPI) of a specification: what is measured and the threshold it must meet,
 * how and how often it is reported, and what follows a breach.
 *
 * @param key                stable identity across versions (monthly results will refer to it)
 * @param threshold          the target value, in {@code unit}
 * @param penalty            pounds for {@link PenaltyKind#FIXED}, a percentage (0-100) for
 *                           {@link PenaltyKind#PERCENT_OF_MONTHLY_VALUE}, null for {@link PenaltyKind#NONE}
 * @param remedialActionPlan whether a breach calls for a remedial action plan (with or without a penalty)
 * @param incentive          the bonus scheme, if any, in words
 * @param incentiveAmount    the bonus in GBP where the scheme pays a sum, or null
 */
public record QualityRequirement(String key, String indicator, BigDecimal threshold, Direction direction, String unit,
                                 String measurement, ReportingFrequency frequency, PenaltyKind penaltyKind,
                                 BigDecimal penalty, boolean remedialActionPlan, String incentive,
                                 BigDecimal incentiveAmount) {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The penalty for one breach in a month whose contract value is {@code monthlyValue}, to the penny. */
    public BigDecimal penaltyFor(BigDecimal monthlyValue) {
        if (penaltyKind == null || penalty == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return switch (penaltyKind) {
            case NONE -> BigDecimal.ZERO.setScale(2);
            case FIXED -> penalty.setScale(2, RoundingMode.UNNECESSARY);
            case PERCENT_OF_MONTHLY_VALUE -> monthlyValue.multiply(penalty).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        };
    }

    /** "at least 90 %". */
    public String targetText() {
        return (direction == null ? "" : direction.label() + " ") + (threshold == null ? "?" : threshold.toPlainString())
                + (unit == null ? "" : " " + unit);
    }

    /** What follows a breach, in words: "£5,000.00 per breach; remedial action plan". */
    public String consequenceText() {
        List<String> parts = new ArrayList<>();
        if (penaltyKind == PenaltyKind.FIXED && penalty != null) {
            parts.add(Money.format(penalty) + " per breach");
        } else if (penaltyKind == PenaltyKind.PERCENT_OF_MONTHLY_VALUE && penalty != null) {
            parts.add(penalty.stripTrailingZeros().toPlainString() + "% of the monthly contract value");
        }
        if (remedialActionPlan) {
            parts.add("remedial action plan");
        }
        return parts.isEmpty() ? "none (reported only)" : String.join("; ", parts);
    }

    public QualityRequirement normalised() {
        PenaltyKind kind = penaltyKind == null ? PenaltyKind.NONE : penaltyKind;
        return new QualityRequirement(key == null ? newKey() : key, Texts.clean(indicator), Texts.number(threshold),
                direction, Texts.clean(unit), Texts.clean(measurement), frequency, kind,
                kind == PenaltyKind.NONE ? null : exactOrAsTyped(penalty, kind == PenaltyKind.FIXED),
                remedialActionPlan, Texts.clean(incentive), exactOrAsTyped(incentiveAmount, true));
    }

    /** Pounds get two places; a fraction of a penny is kept as typed so the rules can report it on its field. */
    private static BigDecimal exactOrAsTyped(BigDecimal value, boolean pounds) {
        if (value == null) {
            return null;
        }
        if (!pounds) {
            return Texts.number(value);
        }
        return value.stripTrailingZeros().scale() > 2 ? value : Money.exact(value);
    }
}
