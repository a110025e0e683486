package org.commissioningdesk.specification;

import java.math.BigDecimal;

/** Whether a quality requirement is met by reaching its threshold (at least) or by staying under it (at most). */
public enum Direction {
    AT_LEAST("at least", "≥"),
    AT_MOST("at most", "≤");

    private final String label;
    private final String symbol;

    Direction(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    public String label() {
        return label;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code actual} meets a threshold in this direction (equal meets it either way). */
    public boolean isMet(BigDecimal actual, BigDecimal threshold) {
        int c = actual.compareTo(threshold);
        return this == AT_LEAST ? c >= 0 : c <= 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
