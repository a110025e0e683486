package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.Money;

/**
 * One priority as the editor holds it while it is typed: text as typed (money too, so a wrong
 * entry is kept and pointed out rather than lost), turned into a {@link Priority} on demand.
 */
public final class PriorityForm {

    private final String key;
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty serviceArea = new SimpleStringProperty("");
    private final ObjectProperty<ChangeType> changeType = new SimpleObjectProperty<>();
    private final StringProperty rationale = new SimpleStringProperty("");
    private final StringProperty inequalityFocus = new SimpleStringProperty("");
    private final StringProperty leadOfficer = new SimpleStringProperty("");
    private final List<StringProperty> amounts = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));
    private final ObservableList<OutcomeForm> outcomes =
            FXCollections.observableArrayList(OutcomeForm::observables);
    private final ObservableList<Long> specificationIds = FXCollections.observableArrayList();

    public PriorityForm(String key) {
        this.key = key;
    }

    public static PriorityForm of(Priority p) {
        PriorityForm f = new PriorityForm(p.key());
        f.title.set(nz(p.title()));
        f.serviceArea.set(nz(p.serviceArea()));
        f.changeType.set(p.changeType());
        f.rationale.set(nz(p.rationale()));
        f.inequalityFocus.set(nz(p.inequalityFocus()));
        f.leadOfficer.set(nz(p.leadOfficer()));
        for (int i = 0; i < f.amounts.size(); i++) {
            f.amounts.get(i).set(Money.plain(p.amount(i)));
        }
        p.outcomes().forEach(o -> f.outcomes.add(OutcomeForm.of(o)));
        f.specificationIds.setAll(p.specificationIds());
        return f;
    }

    /** The priority as typed; money that cannot be read is left out and reported in {@code problems}. */
    public Priority toPriority(int index, Map<String, String> problems) {
        List<BigDecimal> money = new ArrayList<>();
        for (int y = 0; y < amounts.size(); y++) {
            try {
                money.add(Money.parse(amounts.get(y).get()));
            } catch (IllegalArgumentException e) {
                problems.put(ProspectusRules.amountField(index, y), e.getMessage());
                money.add(null);
            }
        }
        List<OutcomeMeasure> measures = new ArrayList<>();
        for (int j = 0; j < outcomes.size(); j++) {
            measures.add(outcomes.get(j).toMeasure(index, j, problems));
        }
        return new Priority(key, title.get(), serviceArea.get(), changeType.get(), rationale.get(), money, measures,
                inequalityFocus.get(), leadOfficer.get(), specificationIds).normalised();
    }

    Observable[] observables() {
        List<Observable> all = new ArrayList<>(List.of(title, serviceArea, changeType, rationale, inequalityFocus,
                leadOfficer, outcomes, specificationIds));
        all.addAll(amounts);
        return all.toArray(Observable[]::new);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public String key() {
        return key;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty serviceAreaProperty() {
        return serviceArea;
    }

    public ObjectProperty<ChangeType> changeTypeProperty() {
        return changeType;
    }

    public StringProperty rationaleProperty() {
        return rationale;
    }

    public StringProperty inequalityFocusProperty() {
        return inequalityFocus;
    }

    public StringProperty leadOfficerProperty() {
        return leadOfficer;
    }

    /** The amount typed for year {@code index} of the cycle (0 to 2). */
    public StringProperty amountProperty(int index) {
        return amounts.get(index);
    }

    public ObservableList<OutcomeForm> outcomes() {
        return outcomes;
    }

    /** The specifications (by series id) that deliver this priority, in the order they were linked. */
    public ObservableList<Long> specificationIds() {
        return specificationIds;
    }
}
