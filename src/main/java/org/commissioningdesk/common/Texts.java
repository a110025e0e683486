package org.commissioningdesk.common;

import java.math.BigDecimal;

/** Normalising what was typed: stripped text or null, numbers without trailing zeros. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() ? null : t;
    }

    /** 97.0 and 97 are the same target; keeps equality of drafts honest. */
    public static BigDecimal number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
