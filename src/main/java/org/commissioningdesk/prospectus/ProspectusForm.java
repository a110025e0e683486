package org.commissioningdesk.prospectus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javafx.beans.Observable;
import javafx.beans.property.ListProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.organisation.Organisation;

/**
 * What is typed in the prospectus editor, held until Save: the owner, title and cycle, the narrative,
 * the priorities with their money, outcomes and links, and the consultation log. It reads itself as
 * a draft and is filled from one. No JavaFX scene types are used.
 */
public final class ProspectusForm {

    // Each field is named for the key of its messages (as ProspectusRules gives them); see FormErrors.keysOf.
    private final ObjectProperty<Organisation> owner = new SimpleObjectProperty<>(this, "ownerId");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<FinancialYear> firstYear = new SimpleObjectProperty<>(this, "firstYear");
    private final ObjectProperty<Integer> cycleYears = new SimpleObjectProperty<>(this, "cycleYears", 3);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty strategicContext = new SimpleStringProperty(this, "strategicContext", "");
    private final StringProperty healthNeeds = new SimpleStringProperty(this, "healthNeeds", "");
    private final ListProperty<PriorityForm> priorities = new SimpleListProperty<>(this, ProspectusRules.PRIORITIES,
            FXCollections.observableArrayList(PriorityForm::observables));
    private final ListProperty<ResponseForm> consultation = new SimpleListProperty<>(this, ProspectusRules.RESPONSES,
            FXCollections.observableArrayList(ResponseForm::observables));

    /** Everything an edit can change, to watch; each named for the key of its messages. */
    List<Observable> observables() {
        return List.of(owner, title, firstYear, cycleYears, summary, strategicContext, healthNeeds, priorities, consultation);
    }

    /** The form as a draft; money and numbers that cannot be read are left out and named in {@code problems}. */
    ProspectusDraft draft(Map<String, String> problems) {
        List<Priority> ps = IntStream.range(0, priorities.size())
                .mapToObj(i -> priorities.get(i).toPriority(i, problems)).toList();
        return new ProspectusDraft(owner.get() == null ? null : owner.get().id(), title.get(), firstYear.get(),
                cycleYears.get(), summary.get(), strategicContext.get(), healthNeeds.get(), ps,
                consultation.stream().map(ResponseForm::toResponse).toList()).normalised();
    }

    /** Fills the form from {@code d}, with {@code chosenOwner} as its owner. */
    void fill(ProspectusDraft d, Organisation chosenOwner) {
        owner.set(chosenOwner);
        title.set(nz(d.title()));
        firstYear.set(d.firstYear());
        cycleYears.set(d.cycleYears());
        summary.set(nz(d.summary()));
        strategicContext.set(nz(d.strategicContext()));
        healthNeeds.set(nz(d.healthNeeds()));
        priorities.setAll(d.priorities().stream().map(PriorityForm::of).toList());
        consultation.setAll(d.consultation().stream().map(ResponseForm::of).toList());
    }

    // ---- editing priorities, outcomes, links and responses

    public PriorityForm addPriority() {
        PriorityForm f = new PriorityForm(Priority.newKey());
        priorities.add(f);
        return f;
    }

    public void removePriority(PriorityForm f) {
        // A response about a removed priority now concerns the prospectus as a whole.
        consultation.stream().filter(r -> f.key().equals(r.priorityKeyProperty().get()))
                .forEach(r -> r.priorityKeyProperty().set(null));
        priorities.remove(f);
    }

    /** Moves a priority up (-1) or down (+1); false when it is already at that end. */
    public boolean movePriority(PriorityForm f, int by) {
        int from = priorities.indexOf(f);
        int to = from + by;
        if (from < 0 || to < 0 || to >= priorities.size()) {
            return false;
        }
        priorities.remove(from);
        priorities.add(to, f);
        return true;
    }

    /** A new outcome measure on {@code f}, its target year the last of the cycle ({@code byYear}). */
    OutcomeForm addOutcome(PriorityForm f, FinancialYear byYear) {
        OutcomeForm o = new OutcomeForm();
        o.targetYearProperty().set(byYear);
        f.outcomes().add(o);
        return o;
    }

    /** A new consultation response, received on {@code receivedOn}. */
    ResponseForm addResponse(LocalDate receivedOn) {
        ResponseForm r = new ResponseForm();
        r.receivedOnProperty().set(receivedOn);
        consultation.add(r);
        return r;
    }

    /** Links a specification (by its series id) to a priority; false when it is linked already. */
    public boolean linkSpecification(PriorityForm f, long seriesId) {
        if (f.specificationIds().contains(seriesId)) {
            return false;
        }
        f.specificationIds().add(seriesId);
        return true;
    }

    public void unlinkSpecification(PriorityForm f, long seriesId) {
        f.specificationIds().remove(Long.valueOf(seriesId));
    }

    /** The title of the priority a response concerns, for lists ("" for the prospectus as a whole). */
    public String priorityTitle(String key) {
        if (key == null) {
            return "";
        }
        return priorities.stream().filter(p -> p.key().equals(key)).map(p -> p.titleProperty().get())
                .findFirst().orElse("(removed priority)");
    }

    // ---- properties

    public ObjectProperty<Organisation> ownerProperty() {
        return owner;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<FinancialYear> firstYearProperty() {
        return firstYear;
    }

    public ObjectProperty<Integer> cycleYearsProperty() {
        return cycleYears;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty strategicContextProperty() {
        return strategicContext;
    }

    public StringProperty healthNeedsProperty() {
        return healthNeeds;
    }

    public ObservableList<PriorityForm> priorities() {
        return priorities;
    }

    public ObservableList<ResponseForm> consultation() {
        return consultation;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
