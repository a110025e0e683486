package org.commissioningdesk.specification;

import java.math.BigDecimal;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.Numbers;

/**
 * One quality requirement (KPI) as the editor holds it while it is typed: the threshold, the
 * penalty and the incentive are kept as typed, so a wrong entry stays in its field and is pointed
 * out rather than lost. Its key is kept, so a requirement keeps its identity from version to version.
 */
public final class QualityRequirementForm {

    private final String key;
    private final StringProperty indicator = new SimpleStringProperty("");
    private final StringProperty threshold = new SimpleStringProperty("");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(Direction.AT_LEAST);
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty measurement = new SimpleStringProperty("");
    private final ObjectProperty<ReportingFrequency> frequency = new SimpleObjectProperty<>(ReportingFrequency.MONTHLY);
    private final ObjectProperty<PenaltyKind> penaltyKind = new SimpleObjectProperty<>(PenaltyKind.NONE);
    private final StringProperty penalty = new SimpleStringProperty("");
    private final BooleanProperty remedialActionPlan = new SimpleBooleanProperty(false);
    private final StringProperty incentive = new SimpleStringProperty("");
    private final StringProperty incentiveAmount = new SimpleStringProperty("");

    public QualityRequirementForm(String key) {
        this.key = key;
    }

    public static QualityRequirementForm of(QualityRequirement q) {
        QualityRequirementForm f = new QualityRequirementForm(q.key() == null ? QualityRequirement.newKey() : q.key());
        f.indicator.set(nz(q.indicator()));
        f.threshold.set(q.threshold() == null ? "" : q.threshold().toPlainString());
        f.direction.set(q.direction());
        f.unit.set(nz(q.unit()));
        f.measurement.set(nz(q.measurement()));
        f.frequency.set(q.frequency());
        PenaltyKind kind = q.penaltyKind() == null ? PenaltyKind.NONE : q.penaltyKind();
        f.penaltyKind.set(kind);
        f.penalty.set(q.penalty() == null ? "" : kind == PenaltyKind.FIXED ? Money.plain(q.penalty())
                : q.penalty().stripTrailingZeros().toPlainString());
        f.remedialActionPlan.set(q.remedialActionPlan());
        f.incentive.set(nz(q.incentive()));
        f.incentiveAmount.set(Money.plain(q.incentiveAmount()));
        return f;
    }

    /** The requirement as typed; numbers and money that cannot be read are left out and reported in {@code problems}. */
    public QualityRequirement toRequirement(int index, Map<String, String> problems) {
        PenaltyKind kind = penaltyKind.get() == null ? PenaltyKind.NONE : penaltyKind.get();
        BigDecimal penaltyValue = switch (kind) {
            case NONE -> null;
            case FIXED -> money(penalty.get(), SpecificationRules.kpiField(index, "penalty"), problems);
            case PERCENT_OF_MONTHLY_VALUE -> Numbers.parse(penalty.get(), SpecificationRules.kpiField(index, "penalty"), problems);
        };
        return new QualityRequirement(key, indicator.get(),
                Numbers.parse(threshold.get(), SpecificationRules.kpiField(index, "threshold"), problems), direction.get(),
                unit.get(), measurement.get(), frequency.get(), kind, penaltyValue, remedialActionPlan.get(),
                incentive.get(), money(incentiveAmount.get(), SpecificationRules.kpiField(index, "incentiveAmount"), problems))
                .normalised();
    }

    private static BigDecimal money(String text, String field, Map<String, String> problems) {
        try {
            return Money.parse(text);
        } catch (IllegalArgumentException e) {
            problems.put(field, e.getMessage());
            return null;
        }
    }

    Observable[] observables() {
        return new Observable[] {indicator, threshold, direction, unit, measurement, frequency, penaltyKind, penalty,
                remedialActionPlan, incentive, incentiveAmount};
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Stays the same across versions: monthly results refer to it. */
    public String key() {
        return key;
    }

    public StringProperty indicatorProperty() {
        return indicator;
    }

    /** The threshold, as typed. */
    public StringProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<Direction> directionProperty() {
        return direction;
    }

    public StringProperty unitProperty() {
        return unit;
    }

    public StringProperty measurementProperty() {
        return measurement;
    }

    public ObjectProperty<ReportingFrequency> frequencyProperty() {
        return frequency;
    }

    public ObjectProperty<PenaltyKind> penaltyKindProperty() {
        return penaltyKind;
    }

    /** Pounds for a fixed penalty, a percentage for a share of the monthly value; as typed. */
    public StringProperty penaltyProperty() {
        return penalty;
    }

    public BooleanProperty remedialActionPlanProperty() {
        return remedialActionPlan;
    }

    public StringProperty incentiveProperty() {
        return incentive;
    }

    /** The incentive in pounds, as typed (optional). */
    public StringProperty incentiveAmountProperty() {
        return incentiveAmount;
    }
}
