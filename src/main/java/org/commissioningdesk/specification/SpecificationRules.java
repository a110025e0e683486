package org.commissioningdesk.specification;

import static org.commissioningdesk.common.FieldChecks.decimal;
import static org.commissioningdesk.common.FieldChecks.maxLength;
import static org.commissioningdesk.common.FieldChecks.required;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commissioningdesk.common.Money;

/**
 * The rules a specification draft must meet to be saved, shared by the editor (checked as the
 * person types) and the service (checked again on save). Messages are keyed by field:
 * {@code title}, {@code section.AIMS}, {@code step.2.maxWaitDays}, {@code kpi.0.threshold}.
 */
public final class SpecificationRules {

    /** The longest wait a pathway step may set: ten years, in days. */
    public static final int MAX_WAIT_DAYS = 3650;
    static final int TITLE = 200;
    static final int SECTION = 100_000;
    private static final int LONG_TEXT = 20_000;
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final java.util.regex.Pattern PERCENT_WORDS =
            java.util.regex.Pattern.compile("(?i)\\b(per ?cent|percentage)\\b");

    private SpecificationRules() {
    }

    public static String sectionField(SpecSection s) {
        return "section." + s.name();
    }

    /** The start of the keys of the care pathway's steps and of the quality requirements. */
    public static final String STEPS = "step";
    public static final String KPIS = "kpi";

    public static String stepField(int index, String field) {
        return STEPS + "." + index + "." + field;
    }

    public static String kpiField(int index, String field) {
        return KPIS + "." + index + "." + field;
    }

    /** Every problem with the draft, in reading order; empty when it may be saved. */
    public static Map<String, String> check(SpecificationDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        required(errors, "title", d.title(), "Give the specification a title", TITLE);
        required(errors, "serviceArea", d.serviceArea(), "Choose or type a service area", 100);
        for (SpecSection s : SpecSection.values()) {
            maxLength(errors, sectionField(s), d.sections().get(s), SECTION);
        }
        for (int i = 0; i < d.pathway().size(); i++) {
            PathwayStep step = d.pathway().get(i);
            required(errors, stepField(i, "setting"), step.setting(), "Say where this step happens", 200);
            maxLength(errors, stepField(i, "who"), step.who(), 200);
            required(errors, stepField(i, "what"), step.what(), "Say what happens at this step", LONG_TEXT);
            Integer wait = step.maxWaitDays();
            if (wait != null && wait < 0) {
                errors.put(stepField(i, "maxWaitDays"), "A wait cannot be negative");
            } else if (wait != null && wait > MAX_WAIT_DAYS) {
                errors.put(stepField(i, "maxWaitDays"), "At most " + MAX_WAIT_DAYS + " days (ten years)");
            }
        }
        Set<String> indicators = new HashSet<>();
        for (int i = 0; i < d.quality().size(); i++) {
            checkKpi(errors, i, d.quality().get(i), indicators);
        }
        return errors;
    }

    private static void checkKpi(Map<String, String> errors, int i, QualityRequirement q, Set<String> indicators) {
        if (required(errors, kpiField(i, "indicator"), q.indicator(), "Say what is measured", 300)
                && !indicators.add(q.indicator().toLowerCase(Locale.ROOT))) {
            errors.put(kpiField(i, "indicator"), "Another quality requirement already measures '" + q.indicator() + "'");
        }
        maxLength(errors, kpiField(i, "unit"), q.unit(), 60);
        if (q.threshold() == null) {
            errors.put(kpiField(i, "threshold"), "Give the threshold as a number");
        } else if (decimal(errors, kpiField(i, "threshold"), q.threshold()) && isPercent(q.unit())
                && (q.threshold().signum() < 0 || q.threshold().compareTo(HUNDRED) > 0)) {
            errors.put(kpiField(i, "threshold"), "A percentage is between 0 and 100");
        }
        if (q.direction() == null) {
            errors.put(kpiField(i, "direction"), "Choose whether the threshold is a minimum (at least) or a maximum (at most)");
        }
        maxLength(errors, kpiField(i, "measurement"), q.measurement(), LONG_TEXT);
        if (q.frequency() == null) {
            errors.put(kpiField(i, "frequency"), "Choose how often it is reported");
        }
        PenaltyKind kind = q.penaltyKind() == null ? PenaltyKind.NONE : q.penaltyKind();
        BigDecimal penalty = q.penalty();
        switch (kind) {
            case FIXED -> {
                if (penalty == null) {
                    errors.put(kpiField(i, "penalty"), "Give the penalty in pounds");
                } else {
                    pounds(errors, kpiField(i, "penalty"), penalty);
                }
            }
            case PERCENT_OF_MONTHLY_VALUE -> {
                if (penalty == null) {
                    errors.put(kpiField(i, "penalty"), "Give the penalty as a percentage of the monthly contract value");
                } else if (penalty.signum() <= 0 || penalty.compareTo(HUNDRED) > 0) {
                    errors.put(kpiField(i, "penalty"), "A percentage is more than 0 and at most 100");
                } else if (penalty.stripTrailingZeros().scale() > 2) {
                    errors.put(kpiField(i, "penalty"), "At most two decimal places");
                }
            }
            case NONE -> {
                // Nothing to check: a requirement may be reported without a penalty.
            }
        }
        maxLength(errors, kpiField(i, "incentive"), q.incentive(), LONG_TEXT);
        if (q.incentiveAmount() != null) {
            pounds(errors, kpiField(i, "incentiveAmount"), q.incentiveAmount());
            if (q.incentive() == null) {
                errors.putIfAbsent(kpiField(i, "incentive"), "Say what the incentive is paid for");
            }
        }
    }

    /**
     * What a valid draft still lacks before it can be agreed, keyed by the field to mark ("quality"
     * for the list of requirements): the commissioner who agrees it, a service description and at
     * least one quality requirement. Empty when it can be agreed. A provider is not needed: a
     * specification may be agreed by the commissioners for several providers (¶74).
     */
    public static Map<String, String> agreementGaps(SpecificationDraft d) {
        Map<String, String> gaps = new LinkedHashMap<>();
        if (d.commissionerId() == null) {
            gaps.put("commissionerId", "Choose the commissioner who agrees it");
        }
        if (d.sections().get(SpecSection.SERVICE_DESCRIPTION) == null) {
            gaps.put(sectionField(SpecSection.SERVICE_DESCRIPTION), "Write the service description: it is needed to agree");
        }
        if (d.quality().isEmpty()) {
            gaps.put("quality", "Add at least one quality requirement: it is needed to agree");
        }
        return gaps;
    }

    /** {@link #agreementGaps} in words for a sentence: "a service description (section 3.2)". */
    public static List<String> missingBeforeAgreement(SpecificationDraft d) {
        Map<String, String> gaps = agreementGaps(d);
        List<String> missing = new ArrayList<>();
        if (gaps.containsKey("commissionerId")) {
            missing.add("the commissioner who agrees it");
        }
        if (gaps.containsKey(sectionField(SpecSection.SERVICE_DESCRIPTION))) {
            missing.add("a service description (section 3.2)");
        }
        if (gaps.containsKey("quality")) {
            missing.add("at least one quality requirement (section 5)");
        }
        return missing;
    }

    /** "%", "% of patients", "per cent", "percent", "percentage": a unit in which 0 to 100 is the range. */
    static boolean isPercent(String unit) {
        return unit != null && (unit.strip().startsWith("%") || PERCENT_WORDS.matcher(unit).find());
    }

    private static void pounds(Map<String, String> errors, String field, BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            errors.put(field, "Amounts are in pounds and pence: at most two decimal places");
        } else if (amount.signum() <= 0) {
            errors.put(field, "The amount must be more than £0");
        } else if (amount.compareTo(Money.LIMIT) > 0) {
            errors.put(field, "The amount is too large");
        }
    }
}
