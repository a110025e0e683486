package org.commissioningdesk.prospectus;

import java.util.Map;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Numbers;

/** One outcome measure as typed in the editor. */
public final class OutcomeForm {

    private final StringProperty indicator = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty baseline = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<FinancialYear> targetYear = new SimpleObjectProperty<>();
    /** The stored measure this row edits (null for a new one), so its save changes that row. */
    private UUID uid;

    public static OutcomeForm of(OutcomeMeasure o) {
        OutcomeForm f = new OutcomeForm();
        f.indicator.set(o.indicator() == null ? "" : o.indicator());
        f.unit.set(o.unit() == null ? "" : o.unit());
        f.baseline.set(o.baseline() == null ? "" : o.baseline().toPlainString());
        f.target.set(o.target() == null ? "" : o.target().toPlainString());
        f.targetYear.set(o.targetYear());
        f.uid = o.uid();
        return f;
    }

    OutcomeMeasure toMeasure(int priority, int index, Map<String, String> problems) {
        return new OutcomeMeasure(indicator.get(), unit.get(),
                Numbers.parse(baseline.get(), ProspectusRules.outcomeField(priority, index, "baseline"), problems),
                Numbers.parse(target.get(), ProspectusRules.outcomeField(priority, index, "target"), problems),
                targetYear.get(), uid);
    }

    Observable[] observables() {
        return new Observable[] {indicator, unit, baseline, target, targetYear};
    }

    public StringProperty indicatorProperty() {
        return indicator;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObjectProperty<FinancialYear> targetYearProperty() {
        return targetYear;
    }
}
