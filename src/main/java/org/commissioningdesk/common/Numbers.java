package org.commissioningdesk.common;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a number as people type one in a measure or target: 97, 97.5, -3, 1,250 or 1,250.5.
 * A comma is only a thousands separator (so "0,5" is refused rather than read as 5), and nothing
 * else is guessed at: no exponents, no units in the number.
 */
public final class Numbers {

    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

    private Numbers() {
    }

    /**
     * The number typed, or null for blank text.
     *
     * @throws IllegalArgumentException with a message for people when the text is not a number
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace('\u2212', '-');
        if (t.endsWith("%") && (PLAIN.matcher(t.substring(0, t.length() - 1).strip()).matches()
                || GROUPED.matcher(t.substring(0, t.length() - 1).strip()).matches())) {
            throw new IllegalArgumentException("Write the number without % ('" + t.substring(0, t.length() - 1).strip()
                    + "') and put % in its unit");
        }
        if (!PLAIN.matcher(t).matches() && !GROUPED.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a number: write it as 97, 97.5 or 1,250");
        }
        return new BigDecimal(t.replace(",", "").replace("+", ""));
    }

    /** As {@link #parse}, with a refusal put in {@code problems} under {@code field} (and null returned). */
    public static BigDecimal parse(String text, String field, Map<String, String> problems) {
        try {
            return parse(text);
        } catch (IllegalArgumentException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }
}
