package org.commissioningdesk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pounds and pence, exactly: amounts are {@link BigDecimal}s of scale 2, never doubles. Parses what
 * people type in NHS papers ("£1,250,000", "-250000.50", "(75,000)") and refuses anything that is
 * not a whole number of pence, with a message that says why.
 */
public final class Money {

    /** The largest amount accepted, below the 15 digits the database column holds. */
    public static final BigDecimal LIMIT = new BigDecimal("9999999999999.99");

    private static final Pattern TYPED = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private Money() {
    }

    /**
     * Parses a typed amount; blank gives null.
     *
     * @throws IllegalArgumentException with a message for people when the text is not an amount in pence
     */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip().replace(" ", "");
        boolean bracketed = t.startsWith("(") && t.endsWith(")");
        if (bracketed) {
            t = "-" + t.substring(1, t.length() - 1);
        }
        t = t.replace("£", "").replace('\u2212', '-');
        if (!TYPED.matcher(t).matches() && !GROUPED.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not an amount: write pounds as 250000 or 250,000.00");
        }
        BigDecimal value = new BigDecimal(t.replace(",", "").replace("+", ""));
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("'" + text.strip() + "' has more than two decimal places: amounts are in pounds and pence");
        }
        if (value.abs().compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("'" + text.strip() + "' is too large: the most is £9,999,999,999,999.99");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Scale 2, or null; refuses fractions of a penny instead of rounding them away. */
    public static BigDecimal exact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(value.toPlainString() + " has more than two decimal places");
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** £1,250,000.00 and -£250,000.00; empty for null. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String digits = grouped().format(value.abs().setScale(2, RoundingMode.UNNECESSARY));
        return (value.signum() < 0 ? "-£" : "£") + digits;
    }

    /** 1,250,000.00 with no pound sign, for editing in a field. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : grouped().format(value.setScale(2, RoundingMode.UNNECESSARY));
    }

    private static DecimalFormat grouped() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        format.setParseBigDecimal(true);
        return format;
    }
}
