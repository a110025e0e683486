package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.Texts;

/**
 * One priority of a prospectus.
 *
 * @param key       stable identity within the prospectus and its versions (consultation responses refer to it)
 * @param amounts   planned investment (+) or disinvestment (-) in GBP for each year of the cycle, first
 *                  year first; null where nothing is planned
 * @param specificationIds the service specifications that deliver it, each named by its series (the id
 *                  of its version 1), in the order they were linked
 */
public record Priority(String key, String title, String serviceArea, ChangeType changeType, String rationale,
                       List<BigDecimal> amounts, List<OutcomeMeasure> outcomes, String inequalityFocus,
                       String leadOfficer, List<Long> specificationIds) {

    public Priority {
        amounts = amounts == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(amounts));
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        specificationIds = specificationIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(specificationIds));
    }

    /** The same priority delivered by these specifications instead. */
    public Priority withSpecifications(List<Long> ids) {
        return new Priority(key, title, serviceArea, changeType, rationale, amounts, outcomes, inequalityFocus,
                leadOfficer, ids);
    }

    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The amount for year {@code index} of the cycle (0 is the first), or null. */
    public BigDecimal amount(int index) {
        return index < amounts.size() ? amounts.get(index) : null;
    }

    /** The sum of the amounts over the cycle. */
    public BigDecimal total() {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public Priority normalised() {
        List<BigDecimal> money = new ArrayList<>();
        for (BigDecimal a : amounts) {
            // A fraction of a penny is kept as typed so that ProspectusRules reports it on its field.
            money.add(a == null || a.stripTrailingZeros().scale() > 2 ? a : Money.exact(a));
        }
        while (!money.isEmpty() && money.get(money.size() - 1) == null) {
            money.remove(money.size() - 1);
        }
        return new Priority(key == null ? newKey() : key, Texts.clean(title), Texts.clean(serviceArea), changeType,
                Texts.clean(rationale), money, outcomes.stream().map(OutcomeMeasure::normalised).toList(),
                Texts.clean(inequalityFocus), Texts.clean(leadOfficer), specificationIds);
    }
}
