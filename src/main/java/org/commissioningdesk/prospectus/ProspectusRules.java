package org.commissioningdesk.prospectus;

import static org.commissioningdesk.common.FieldChecks.decimal;
import static org.commissioningdesk.common.FieldChecks.maxLength;
import static org.commissioningdesk.common.FieldChecks.required;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Money;

/**
 * The rules a prospectus draft must meet to be saved, shared by the editor (checked as the person
 * types) and the service (checked again on save). Messages are keyed by field:
 * {@code title}, {@code priority.2.amount.1}, {@code priority.0.outcome.1.targetYear},
 * {@code consultation.3.summary}.
 */
public final class ProspectusRules {

    /** The earliest and latest first years of a cycle the application accepts. */
    public static final int EARLIEST_YEAR = 1990;
    public static final int LATEST_YEAR = 2099;
    public static final int MAX_CYCLE_YEARS = 3;
    private static final int LONG_TEXT = 20_000;

    private ProspectusRules() {
    }

    /** The start of the keys of the priorities' fields and of the consultation responses' fields. */
    public static final String PRIORITIES = "priority";
    public static final String RESPONSES = "consultation";

    public static String priorityField(int index, String field) {
        return PRIORITIES + "." + index + "." + field;
    }

    public static String amountField(int index, int year) {
        return priorityField(index, "amount." + year);
    }

    public static String outcomeField(int index, int outcome, String field) {
        return priorityField(index, "outcome." + outcome + "." + field);
    }

    public static String consultationField(int index, String field) {
        return RESPONSES + "." + index + "." + field;
    }

    /** Every problem with the draft, in reading order; empty when it may be saved. */
    public static Map<String, String> check(ProspectusDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (d.ownerId() == null) {
            errors.put("ownerId", "Choose the organisation whose prospectus this is");
        }
        required(errors, "title", d.title(), "Give the prospectus a title", 200);
        FinancialYear first = d.firstYear();
        if (first == null) {
            errors.put("firstYear", "Choose the first financial year of the cycle");
        } else if (first.startYear() < EARLIEST_YEAR || first.startYear() > LATEST_YEAR) {
            errors.put("firstYear", "The cycle must start between " + new FinancialYear(EARLIEST_YEAR) + " and "
                    + new FinancialYear(LATEST_YEAR));
        }
        Integer length = d.cycleYears();
        if (length == null) {
            errors.put("cycleYears", "Choose how many years the cycle covers (1 to 3)");
        } else if (length < 1 || length > MAX_CYCLE_YEARS) {
            errors.put("cycleYears", "A prospectus covers 1 to 3 years, not " + length);
        }
        longText(errors, "summary", d.summary());
        longText(errors, "strategicContext", d.strategicContext());
        longText(errors, "healthNeeds", d.healthNeeds());

        List<FinancialYear> cycle = d.years();
        boolean cycleKnown = errors.get("firstYear") == null && errors.get("cycleYears") == null;
        Set<String> titles = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < d.priorities().size(); i++) {
            Priority p = d.priorities().get(i);
            keys.add(p.key());
            if (required(errors, priorityField(i, "title"), p.title(), "Give the priority a title", 200)
                    && !titles.add(p.title().toLowerCase(Locale.ROOT))) {
                errors.put(priorityField(i, "title"), "Another priority in this prospectus is already called '"
                        + p.title() + "'");
            }
            required(errors, priorityField(i, "serviceArea"), p.serviceArea(), "Choose or type a service area", 100);
            if (p.changeType() == null) {
                errors.put(priorityField(i, "changeType"), "Choose the intended change");
            }
            longText(errors, priorityField(i, "rationale"), p.rationale());
            longText(errors, priorityField(i, "inequalityFocus"), p.inequalityFocus());
            maxLength(errors, priorityField(i, "leadOfficer"), p.leadOfficer(), 200);
            checkAmounts(errors, i, p, length, cycleKnown);
            for (int j = 0; j < p.outcomes().size(); j++) {
                OutcomeMeasure o = p.outcomes().get(j);
                required(errors, outcomeField(i, j, "indicator"), o.indicator(), "Say what is measured", 300);
                maxLength(errors, outcomeField(i, j, "unit"), o.unit(), 60);
                decimal(errors, outcomeField(i, j, "baseline"), o.baseline());
                if (o.target() == null) {
                    errors.put(outcomeField(i, j, "target"), "Give the target value");
                } else {
                    decimal(errors, outcomeField(i, j, "target"), o.target());
                }
                if (o.targetYear() == null) {
                    errors.put(outcomeField(i, j, "targetYear"), "Choose the year the target is to be met");
                } else if (cycleKnown && !cycle.contains(o.targetYear())) {
                    errors.put(outcomeField(i, j, "targetYear"), "The target year " + o.targetYear()
                            + " is outside the cycle (" + Prospectus.cycleLabel(first, length) + ")");
                }
            }
        }
        for (int k = 0; k < d.consultation().size(); k++) {
            ConsultationResponse r = d.consultation().get(k);
            if (r.source() == null) {
                errors.put(consultationField(k, "source"), "Choose who the response came from");
            }
            maxLength(errors, consultationField(k, "respondent"), r.respondent(), 200);
            if (r.receivedOn() == null) {
                errors.put(consultationField(k, "receivedOn"), "Give the date the response was received");
            }
            required(errors, consultationField(k, "summary"), r.summary(), "Summarise what the response said", LONG_TEXT);
            if (r.priorityKey() != null && !keys.contains(r.priorityKey())) {
                errors.put(consultationField(k, "priorityKey"), "The priority this response concerned has been removed; "
                        + "choose another or none");
            }
            if (r.answered() && r.response() == null) {
                errors.put(consultationField(k, "response"), "Say what the PCT did before marking it answered");
            } else {
                longText(errors, consultationField(k, "response"), r.response());
            }
        }
        return errors;
    }

    private static void checkAmounts(Map<String, String> errors, int i, Priority p, Integer length, boolean cycleKnown) {
        for (int y = 0; y < p.amounts().size(); y++) {
            BigDecimal amount = p.amounts().get(y);
            if (amount == null) {
                continue;
            }
            String field = amountField(i, y);
            if (cycleKnown && y >= length) {
                errors.put("cycleYears", "Priority '" + p.title() + "' has money planned in year " + (y + 1)
                        + " of the cycle; clear it before shortening the cycle");
                continue;
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                errors.put(field, "Amounts are in pounds and pence: at most two decimal places");
            } else if (amount.abs().compareTo(Money.LIMIT) > 0) {
                errors.put(field, "The amount is too large");
            } else if (p.changeType() != null && p.changeType().requiredSign() > 0 && amount.signum() < 0) {
                errors.put(field, "An investment is a positive amount; for a saving choose Disinvest");
            } else if (p.changeType() != null && p.changeType().requiredSign() < 0 && amount.signum() > 0) {
                errors.put(field, "A " + p.changeType().label().toLowerCase(Locale.ROOT)
                        + " saving is a negative amount, e.g. -250,000");
            }
        }
    }

    private static void longText(Map<String, String> errors, String field, String value) {
        maxLength(errors, field, value, LONG_TEXT);
    }
}
