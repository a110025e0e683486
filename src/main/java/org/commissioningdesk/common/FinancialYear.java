package org.commissioningdesk.common;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An NHS financial year, 1 April to 31 March, written the NHS way: {@code 2007/08}.
 *
 * @param startYear the calendar year in which the financial year starts (2007 for 2007/08)
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{2})");

    public FinancialYear {
        if (startYear < 1948 || startYear > 2199) {
            throw new IllegalArgumentException("Financial year out of range: " + startYear);
        }
    }

    /** Parses {@code 2007/08}; the second part must be the year after the first. */
    public static FinancialYear parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Write a financial year as 2007/08, not '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        if ((start + 1) % 100 != end) {
            throw new IllegalArgumentException("'" + text + "' is not a financial year: " + start + "/"
                    + String.format("%02d", (start + 1) % 100) + " follows " + start);
        }
        return new FinancialYear(start);
    }

    /** The financial year a date falls in. */
    public static FinancialYear containing(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    /**
     * {@code text} with every financial year written in it ("Prospectus 2007/08", "2007/08 to 2009/10") moved on a
     * year, or empty when it names none ("1999/00" moves to "2000/01"; "2007/99" is not a year and is left).
     */
    public static java.util.Optional<String> movedOnAYear(String text) {
        Matcher m = TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean moved = false;
        while (m.find()) {
            try {
                m.appendReplacement(out, parse(m.group()).next().toString());
                moved = true;
            } catch (IllegalArgumentException notAYear) {
                m.appendReplacement(out, m.group());
            }
        }
        m.appendTail(out);
        return moved ? java.util.Optional.of(out.toString()) : java.util.Optional.empty();
    }
}
