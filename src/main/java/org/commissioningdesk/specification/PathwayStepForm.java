package org.commissioningdesk.specification;

import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One step of a care pathway as the editor holds it while it is typed: the maximum wait is kept
 * as typed, so "3.5" or "abc" stays in the field and is pointed out rather than lost.
 */
public final class PathwayStepForm {

    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

    private final StringProperty setting = new SimpleStringProperty("");
    private final StringProperty who = new SimpleStringProperty("");
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty maxWaitDays = new SimpleStringProperty("");
    /** The stored step this row edits (null for a new one), so its save changes that row. */
    private UUID uid;

    public static PathwayStepForm of(PathwayStep s) {
        PathwayStepForm f = new PathwayStepForm();
        f.setting.set(nz(s.setting()));
        f.who.set(nz(s.who()));
        f.what.set(nz(s.what()));
        f.maxWaitDays.set(s.maxWaitDays() == null ? "" : s.maxWaitDays().toString());
        f.uid = s.uid();
        return f;
    }

    /** The step as typed; a wait that is not a whole number of days is left out and reported in {@code problems}. */
    public PathwayStep toStep(int index, Map<String, String> problems) {
        return new PathwayStep(setting.get(), who.get(), what.get(), wait(index, problems), uid).normalised();
    }

    private Integer wait(int index, Map<String, String> problems) {
        String text = maxWaitDays.get() == null ? "" : maxWaitDays.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        String field = SpecificationRules.stepField(index, "maxWaitDays");
        if (!WHOLE.matcher(text).matches()) {
            problems.put(field, "'" + text + "' is not a whole number of days: write the wait as 0, 14 or 28");
            return null;
        }
        BigInteger days = new BigInteger(text.replace("+", ""));
        if (days.signum() < 0) {
            problems.put(field, "A wait cannot be negative");
            return null;
        }
        if (days.compareTo(BigInteger.valueOf(SpecificationRules.MAX_WAIT_DAYS)) > 0) {
            problems.put(field, "At most " + SpecificationRules.MAX_WAIT_DAYS + " days (ten years)");
            return null;
        }
        return days.intValue();
    }

    Observable[] observables() {
        return new Observable[] {setting, who, what, maxWaitDays};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty settingProperty() {
        return setting;
    }

    public StringProperty whoProperty() {
        return who;
    }

    public StringProperty whatProperty() {
        return what;
    }

    /** The maximum wait in days, as typed. */
    public StringProperty maxWaitDaysProperty() {
        return maxWaitDays;
    }
}
