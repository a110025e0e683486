package org.commissioningdesk.export;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.export.Document.Kind;

/** How a table cell is written where it must be text (PDF and Word): money as £1,250.00, dates as 25/07/2006. */
public final class Cells {

    private Cells() {
    }

    public static String text(Object value, Kind kind) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return UkDates.format(date);
        }
        if (kind == Kind.MONEY && value instanceof BigDecimal money) {
            return Money.format(money);
        }
        if (value instanceof BigDecimal number) {
            String plain = number.toPlainString();
            return kind == Kind.PERCENT ? plain + "%" : plain;
        }
        if (kind == Kind.PERCENT && value instanceof Number n) {
            return n + "%";
        }
        return value.toString();
    }
}
