package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.persistence.AuditEntry;

/**
 * State and actions of the Organisations screen: the register with its filter, and the form for
 * adding or editing one organisation with its members. All service calls go through the {@link TaskRunner}.
 * The organisation in the form is never hidden by the filter after a save: what hid it is cleared, and
 * the message says so.
 */
public final class OrganisationsViewModel {

    private final OrganisationService service;
    private final TaskRunner runner;

    private final ObservableList<Organisation> all = FXCollections.observableArrayList();
    private final RegisterFilter filter = new RegisterFilter(this::parentName);
    private final FilteredList<Organisation> filtered = new FilteredList<>(all, filter::shows);
    private final MemberList members = new MemberList();

    private final ReadOnlyObjectWrapper<Organisation> editing = new ReadOnlyObjectWrapper<>();
    private final OrganisationForm form = new OrganisationForm(all, editing.getReadOnlyProperty());
    private final ObservableList<LeadCommissioning> leadArrangements = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public OrganisationsViewModel(OrganisationService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        // A new predicate object each time, so the list is filtered again.
        filter.onChange(() -> filtered.setPredicate(o -> filter.shows(o)));
        editing.addListener((obs, was, now) -> members.show(now, all));
    }

    // ---- loading and filtering

    /** Reloads the register from the database; {@code then} runs after (for example to select a row). */
    public void load(Runnable then) {
        busy.set(true);
        runner.run("load organisations", service::list, list -> {
            busy.set(false);
            all.setAll(list);
            members.show(editing.get(), all);
            form.registerLoaded();
            Organisation current = editing.get();
            if (current != null) {
                list.stream().filter(o -> o.id() == current.id()).findFirst().ifPresent(editing::set);
            }
            if (then != null) {
                then.run();
            }
        }, this::failed);
    }

    /** The name of the organisation {@code o} is a member of, or empty. */
    public String parentName(Organisation o) {
        if (o.parentId() == null) {
            return "";
        }
        return all.stream().filter(p -> p.id() == o.parentId()).map(Organisation::name).findFirst().orElse("");
    }

    // ---- the form

    /** Clears the form for a new organisation. */
    public void startNew() {
        editing.set(null);
        fill(OrganisationForm.blankDraft());
        leadArrangements.clear();
        history.clear();
    }

    /** Opens one of the members listed in the form, clearing the filter if it hides that member. */
    public void openMember(Organisation member) {
        boolean cleared = filter.reveal(member);
        edit(member);
        if (cleared) {
            message.set("Filter cleared to show " + member.name() + ".");
        }
    }

    /** Loads an organisation into the form. */
    public void edit(Organisation organisation) {
        editing.set(organisation);
        fill(organisation.toDraft());
        leadArrangements.clear();
        history.clear();
        loadDetails(organisation.id());
    }

    private void loadDetails(long id) {
        runner.run("organisation details", () -> service.details(id), details -> {
            if (editing.get() != null && editing.get().id() == id) {
                leadArrangements.setAll(details.leadArrangements());
                history.setAll(details.history());
            }
        }, this::failed);
    }

    private void fill(OrganisationDraft draft) {
        form.fill(draft);
        message.set("");
    }

    /** Saves the form; on success reloads the register and calls {@code onSaved} with the saved record. */
    public void save(Consumer<Organisation> onSaved) {
        OrganisationDraft d = form.draft();
        Organisation current = editing.get();
        busy.set(true);
        message.set("");
        runner.run("save organisation", () -> current == null ? service.create(d) : service.update(current.id(), current.stamp().revision(), d),
                saved -> {
                    busy.set(false);
                    editing.set(saved);
                    fill(saved.toDraft());
                    done("Saved " + saved.name() + ".");
                    loadDetails(saved.id());
                    load(() -> {
                        if (filter.reveal(saved)) {
                            message.set("Saved " + saved.name() + ". Filter cleared to show it.");
                        }
                        onSaved.accept(saved);
                    });
                }, this::failed);
    }

    /** Retires the organisation being edited from {@code date}. */
    public void retire(LocalDate date, Runnable onDone) {
        Organisation current = editing.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        runner.run("retire organisation", () -> service.retire(current.id(), date), saved -> {
            busy.set(false);
            editing.set(saved);
            done(saved.name() + " retired from " + UkDates.format(saved.activeTo()) + "."
                    + (filter.shows(saved) ? "" : " It is hidden from the list while Show retired is off."));
            loadDetails(saved.id());
            load(onDone);
        }, this::failed);
    }

    public void reinstate(Runnable onDone) {
        Organisation current = editing.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        runner.run("reinstate organisation", () -> service.reinstate(current.id()), saved -> {
            busy.set(false);
            editing.set(saved);
            done(saved.name() + " is active again.");
            loadDetails(saved.id());
            load(onDone);
        }, this::failed);
    }

    /** Finds what refers to the organisation being edited (deleting needs this to be empty). */
    public void references(Consumer<List<String>> then) {
        Organisation current = editing.get();
        if (current == null) {
            return;
        }
        runner.run("check references", () -> service.referencesTo(current.id()), then, this::failed);
    }

    public void delete(Runnable onDone) {
        Organisation current = editing.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        runner.run("delete organisation", () -> {
            service.delete(current.id());
            return current;
        }, deleted -> {
            busy.set(false);
            startNew();
            done("Deleted " + deleted.name() + ".");
            load(onDone);
        }, this::failed);
    }

    /** Says on the form, and in the window's status bar, what was just done. */
    private void done(String report) {
        message.set(report);
        runner.announce(report);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof ValidationException v) {
            form.refused(v.fieldErrors());
            message.set("Not saved: " + v.getMessage());
        } else {
            message.set(Failures.describe(failure));
        }
    }

    // ---- properties

    public ObservableList<Organisation> organisations() {
        return filtered;
    }

    public List<Organisation> allOrganisations() {
        return all;
    }

    public RegisterFilter filter() {
        return filter;
    }

    /** The members of the organisation in the form. */
    public MemberList members() {
        return members;
    }

    public ReadOnlyObjectProperty<Organisation> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The add/edit form. */
    public OrganisationForm form() {
        return form;
    }

    /** The audit trail of the organisation being edited, oldest first. */
    /** Reads everything one change did, away from the FX thread, and gives the words to {@code shown} on it. */
    public void showChangeDetails(long auditId, java.util.function.Consumer<String> shown) {
        runner.run("read a change", () -> service.changeDetails(auditId), shown,
                failure -> shown.accept(org.commissioningdesk.common.Failures.describe(failure)));
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    public ObservableList<LeadCommissioning> leadArrangements() {
        return leadArrangements;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // ---- exporting

    /** Exporting the register as filtered on screen. */
    public org.commissioningdesk.export.ExportJob exportJob() {
        return service.registerJob(List.copyOf(filtered), List.copyOf(all), filter.description());
    }
}
