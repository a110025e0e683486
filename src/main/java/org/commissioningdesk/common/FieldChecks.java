package org.commissioningdesk.common;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The checks every form's rules make of a typed value, each putting its message under the field's
 * key in {@code errors} and saying whether the value passed, so a rule can go on to check more.
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** Text that must be given, of at most {@code max} characters. */
    public static boolean required(Map<String, String> errors, String field, String value, String missing, int max) {
        if (value == null || value.isBlank()) {
            errors.put(field, missing);
            return false;
        }
        return maxLength(errors, field, value, max);
    }

    /** Text that may be left out but, when given, has at most {@code max} characters. */
    public static boolean maxLength(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "At most " + max + " characters (this has " + value.length() + ")");
            return false;
        }
        return true;
    }

    /** A measured value kept as DECIMAL(19, 4): refuses what would be rounded or not fit. Null passes. */
    public static boolean decimal(Map<String, String> errors, String field, BigDecimal value) {
        if (value == null) {
            return true;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 4) {
            errors.put(field, "At most four decimal places");
            return false;
        }
        if (v.precision() - v.scale() > 15) {
            errors.put(field, "The number is too large");
            return false;
        }
        return true;
    }
}
