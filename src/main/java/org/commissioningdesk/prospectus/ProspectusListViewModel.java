package org.commissioningdesk.prospectus;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.commissioningdesk.common.Choices;
import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.TaskRunner;

/**
 * State and actions of the prospectus list: every version of every prospectus, filtered by owner,
 * level, first year of the cycle and status.
 */
public final class ProspectusListViewModel {

    private final ProspectusService service;
    private final TaskRunner runner;

    private final ObservableList<ProspectusSummary> all = FXCollections.observableArrayList();
    private final FilteredList<ProspectusSummary> filtered = new FilteredList<>(all, p -> true);
    private final ObjectProperty<String> ownerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ProspectusLevel> levelFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<FinancialYear> yearFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<ProspectusStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<String> ownerChoices = FXCollections.observableArrayList();
    private final ObservableList<FinancialYear> yearChoices = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ProspectusListViewModel(ProspectusService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        ownerFilter.addListener((obs, was, now) -> refilter());
        levelFilter.addListener((obs, was, now) -> refilter());
        yearFilter.addListener((obs, was, now) -> refilter());
        statusFilter.addListener((obs, was, now) -> refilter());
    }

    public void load(Runnable then) {
        busy.set(true);
        runner.run("load prospectuses", service::list, list -> {
            busy.set(false);
            all.setAll(list);
            Choices.replaceKeeping(ownerChoices, list.stream().map(ProspectusSummary::ownerName).distinct().sorted().toList(), ownerFilter);
            Choices.replaceKeeping(yearChoices, list.stream().map(ProspectusSummary::firstYear).distinct()
                    .sorted(java.util.Comparator.reverseOrder()).toList(), yearFilter);
            if (then != null) {
                then.run();
            }
        }, this::failed);
    }

    private void refilter() {
        String o = ownerFilter.get();
        ProspectusLevel l = levelFilter.get();
        FinancialYear y = yearFilter.get();
        ProspectusStatus s = statusFilter.get();
        filtered.setPredicate(p -> (o == null || p.ownerName().equals(o)) && (l == null || p.level() == l)
                && (y == null || p.firstYear().equals(y)) && (s == null || p.status() == s));
    }

    public void clearFilters() {
        ownerFilter.set(null);
        levelFilter.set(null);
        yearFilter.set(null);
        statusFilter.set(null);
    }

    /** Deletes a draft; the screen has asked first. */
    public void delete(ProspectusSummary p, Runnable then) {
        busy.set(true);
        runner.run("delete prospectus", () -> {
            service.delete(p.id());
            return p;
        }, gone -> {
            message.set("Deleted " + gone.title() + " (version " + gone.version() + ").");
            runner.announce(message.get());
            load(then);
        }, this::failed);
    }

    public void newVersion(ProspectusSummary p, Consumer<Prospectus> then) {
        act("new version", () -> service.newVersion(p.id()), then, made -> "Started version " + made.version() + " of "
                + made.title() + " from version " + p.version() + ".");
    }

    public void copyForNextYear(ProspectusSummary p, Consumer<Prospectus> then) {
        act("copy for next year", () -> service.copyForNextYear(p.id()), then,
                made -> "Started next year's prospectus from " + p.title() + ".");
    }

    private void act(String name, java.util.concurrent.Callable<Prospectus> work, Consumer<Prospectus> then,
                     java.util.function.Function<Prospectus, String> done) {
        busy.set(true);
        runner.run(name, work, made -> {
            busy.set(false);
            message.set("");
            runner.announce(done.apply(made));
            then.accept(made);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Failures.describe(failure));
    }

    public ObservableList<ProspectusSummary> prospectuses() {
        return filtered;
    }

    public List<ProspectusSummary> allProspectuses() {
        return all;
    }

    public ObjectProperty<String> ownerFilterProperty() {
        return ownerFilter;
    }

    public ObjectProperty<ProspectusLevel> levelFilterProperty() {
        return levelFilter;
    }

    public ObjectProperty<FinancialYear> yearFilterProperty() {
        return yearFilter;
    }

    public ObjectProperty<ProspectusStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<String> ownerChoices() {
        return ownerChoices;
    }

    public ObservableList<FinancialYear> yearChoices() {
        return yearChoices;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Exporting the register as filtered on screen. */
    public org.commissioningdesk.export.ExportJob exportJob() {
        List<String> filters = new java.util.ArrayList<>();
        if (ownerFilter.get() != null) {
            filters.add("organisation " + ownerFilter.get());
        }
        if (levelFilter.get() != null) {
            filters.add("level " + levelFilter.get().label());
        }
        if (yearFilter.get() != null) {
            filters.add("starting " + yearFilter.get());
        }
        if (statusFilter.get() != null) {
            filters.add("status " + statusFilter.get().label());
        }
        return service.registerJob(List.copyOf(filtered), filters.isEmpty() ? null : String.join("; ", filters));
    }
}
