package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;

import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.ValidationException;
import org.commissioningdesk.persistence.AuditEntry;

/**
 * State and actions of the Organisations screen: the register with its filters, and the form for
 * adding or editing one organisation. All service calls go through the {@link TaskRunner}.
 */
public final class OrganisationsViewModel {

    private final OrganisationService service;
    private final TaskRunner runner;

    private final ObservableList<Organisation> all = FXCollections.observableArrayList();
    private final FilteredList<Organisation> filtered = new FilteredList<>(all, o -> true);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationType> typeFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showRetired = new SimpleBooleanProperty(true);

    // The form
    private final ReadOnlyObjectWrapper<Organisation> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("");
    private final ObjectProperty<Organisation> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> activeFrom = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Organisation> parentChoices = FXCollections.observableArrayList();
    private final ObservableList<String> sectorChoices = FXCollections.observableArrayList();
    private final ObservableList<LeadCommissioning> leadArrangements = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private final ObservableMap<String, String> serverErrors = FXCollections.observableHashMap();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<OrganisationDraft> loadedDraft = new ReadOnlyObjectWrapper<>(blankDraft());

    public OrganisationsViewModel(OrganisationService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        filterText.addListener((obs, was, now) -> refilter());
        typeFilter.addListener((obs, was, now) -> refilter());
        showRetired.addListener((obs, was, now) -> refilter());
        type.addListener((obs, was, now) -> {
            refreshParentChoices();
            // A type without a sector cannot keep one: clear it rather than leave a disabled field in error.
            if (now != null && !now.hasSector() && sector.get() != null && !sector.get().isBlank()) {
                sector.set("");
            }
        });
        for (var property : List.of(name, code, sector, notes)) {
            property.addListener((obs, was, now) -> formChanged());
        }
        type.addListener((obs, was, now) -> formChanged());
        parent.addListener((obs, was, now) -> formChanged());
        activeFrom.addListener((obs, was, now) -> formChanged());
        // Each field's message from the service goes when the field is edited.
        name.addListener((obs, was, now) -> serverErrors.remove("name"));
        type.addListener((obs, was, now) -> { serverErrors.remove("type"); serverErrors.remove("name"); });
        code.addListener((obs, was, now) -> serverErrors.remove("code"));
        sector.addListener((obs, was, now) -> serverErrors.remove("sector"));
        parent.addListener((obs, was, now) -> serverErrors.remove("parentId"));
        activeFrom.addListener((obs, was, now) -> serverErrors.remove("activeFrom"));
        notes.addListener((obs, was, now) -> serverErrors.remove("notes"));
    }

    // ---- loading and filtering

    /** Reloads the register from the database; {@code then} runs after (for example to select a row). */
    public void load(Runnable then) {
        busy.set(true);
        runner.run("load organisations", service::list, list -> {
            busy.set(false);
            all.setAll(list);
            refreshSectorChoices(list);
            refreshParentChoices();
            Organisation current = editing.get();
            if (current != null) {
                list.stream().filter(o -> o.id() == current.id()).findFirst().ifPresent(editing::set);
            }
            if (then != null) {
                then.run();
            }
        }, this::failed);
    }

    /** Offers the sectors in use; the form's own sector survives the list being replaced under it. */
    private void refreshSectorChoices(List<Organisation> list) {
        List<String> fresh = list.stream().map(Organisation::sector).filter(Objects::nonNull).distinct().sorted().toList();
        if (!fresh.equals(sectorChoices)) {
            String typed = sector.get();
            sectorChoices.setAll(fresh);
            if (!Objects.equals(sector.get(), typed)) {
                sector.set(typed);
            }
        }
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.ROOT);
        OrganisationType wanted = typeFilter.get();
        boolean retired = showRetired.get();
        filtered.setPredicate(o -> (wanted == null || o.type() == wanted)
                && (retired || !o.isRetired())
                && (text.isEmpty() || matches(o, text)));
    }

    private boolean matches(Organisation o, String text) {
        return contains(o.name(), text) || contains(o.code(), text) || contains(o.sector(), text)
                || contains(o.type().label(), text) || contains(parentName(o), text)
                || o.aliases().stream().anyMatch(a -> contains(a, text));
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
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
        fill(blankDraft());
        leadArrangements.clear();
        history.clear();
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
        loadedDraft.set(draft);
        name.set(Objects.toString(draft.name(), ""));
        type.set(draft.type());
        code.set(Objects.toString(draft.code(), ""));
        sector.set(Objects.toString(draft.sector(), ""));
        parent.set(draft.parentId() == null ? null
                : all.stream().filter(o -> o.id() == draft.parentId()).findFirst().orElse(null));
        refreshParentChoices();
        activeFrom.set(draft.activeFrom());
        notes.set(Objects.toString(draft.notes(), ""));
        serverErrors.clear();
        message.set("");
        dirty.set(false);
    }

    /** The form as a draft (not yet validated). */
    public OrganisationDraft draft() {
        return new OrganisationDraft(name.get(), type.get(), code.get(), sector.get(),
                parent.get() == null ? null : parent.get().id(), activeFrom.get(), notes.get()).normalised();
    }

    private void formChanged() {
        dirty.set(!draft().equals(loadedDraft.get().normalised()));
    }

    private void refreshParentChoices() {
        OrganisationType t = type.get();
        Organisation self = editing.get();
        Long saved = loadedDraft.get().parentId();
        Organisation chosen = parent.get();
        // Retired groups take no new members, but an existing link to one is kept and shown.
        List<Organisation> choices = t == null ? List.of() : all.stream()
                .filter(o -> t.allowedParents().contains(o.type()))
                .filter(o -> !o.isRetired() || Objects.equals(saved, o.id()) || (chosen != null && chosen.id() == o.id()))
                .filter(o -> self == null || o.id() != self.id())
                .toList();
        if (!choices.equals(parentChoices)) {
            // A combo box showing this list may clear its value when the list is replaced: put it back.
            parentChoices.setAll(choices);
        }
        Organisation keep = chosen == null ? null
                : choices.stream().filter(o -> o.id() == chosen.id()).findFirst().orElse(null);
        if (!Objects.equals(parent.get(), keep)) {
            parent.set(keep);
        }
    }

    /**
     * The message for a field as typed, or null when it is fine: checked here as the person types
     * (required, lengths, duplicates among the loaded register) and again by the service on save.
     */
    public String fieldError(String field) {
        String server = serverErrors.get(field);
        if (server != null) {
            return server;
        }
        OrganisationDraft d = draft();
        String rule = OrganisationRules.check(d).get(field);
        if (rule != null) {
            return rule;
        }
        Long selfId = editing.get() == null ? null : editing.get().id();
        if (field.equals("name") && d.name() != null && d.type() != null) {
            String key = OrganisationRepository.nameKey(d.name());
            boolean duplicate = all.stream().anyMatch(o -> o.type() == d.type() && !Objects.equals(o.id(), selfId)
                    && OrganisationRepository.nameKey(o.name()).equals(key));
            return duplicate ? OrganisationRules.duplicateName(d) : null;
        }
        if (field.equals("code") && d.code() != null) {
            boolean taken = all.stream().anyMatch(o -> o.code() != null && !Objects.equals(o.id(), selfId)
                    && o.code().equalsIgnoreCase(d.code()));
            return taken ? OrganisationRules.duplicateCode(d.code()) : null;
        }
        return null;
    }

    /** Saves the form; on success reloads the register and calls {@code onSaved} with the saved record. */
    public void save(Consumer<Organisation> onSaved) {
        OrganisationDraft d = draft();
        Organisation current = editing.get();
        busy.set(true);
        message.set("");
        runner.run("save organisation", () -> current == null ? service.create(d) : service.update(current.id(), d),
                saved -> {
                    busy.set(false);
                    editing.set(saved);
                    fill(saved.toDraft());
                    message.set("Saved " + saved.name() + ".");
                    loadDetails(saved.id());
                    load(() -> onSaved.accept(saved));
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
            message.set(saved.name() + " retired from " + UkDates.format(saved.activeTo()) + ".");
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
            message.set(saved.name() + " is active again.");
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
            message.set("Deleted " + deleted.name() + ".");
            load(onDone);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        if (failure instanceof ValidationException v) {
            serverErrors.clear();
            serverErrors.putAll(v.fieldErrors());
            message.set("Not saved: " + v.getMessage());
        } else {
            message.set(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        }
    }

    private static OrganisationDraft blankDraft() {
        return new OrganisationDraft(null, null, null, null, null, null, null);
    }

    // ---- properties

    public ObservableList<Organisation> organisations() {
        return filtered;
    }

    public List<Organisation> allOrganisations() {
        return all;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<OrganisationType> typeFilterProperty() {
        return typeFilter;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }

    public ReadOnlyObjectProperty<Organisation> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OrganisationType> typeProperty() {
        return type;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty sectorProperty() {
        return sector;
    }

    public ObjectProperty<Organisation> parentProperty() {
        return parent;
    }

    public ObjectProperty<LocalDate> activeFromProperty() {
        return activeFrom;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Organisation> parentChoices() {
        return parentChoices;
    }

    public ObservableList<String> sectorChoices() {
        return sectorChoices;
    }

    /** The audit trail of the organisation being edited, oldest first. */
    public ObservableList<AuditEntry> history() {
        return history;
    }

    public ObservableList<LeadCommissioning> leadArrangements() {
        return leadArrangements;
    }

    public ObservableMap<String, String> serverErrors() {
        return serverErrors;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True while the form's type allows a membership link. */
    public BooleanBinding membershipApplies() {
        return Bindings.createBooleanBinding(() -> type.get() != null && !type.get().allowedParents().isEmpty(), type);
    }

    /** True while the form's type has a sector. */
    public BooleanBinding sectorApplies() {
        return Bindings.createBooleanBinding(() -> type.get() == null || type.get().hasSector(), type);
    }

    // ---- exporting

    /** Exporting the register as filtered on screen. */
    public org.commissioningdesk.export.ExportJob exportJob() {
        List<String> filters = new java.util.ArrayList<>();
        if (typeFilter.get() != null) {
            filters.add("type " + typeFilter.get().label());
        }
        String text = filterText.get() == null ? "" : filterText.get().strip();
        if (!text.isEmpty()) {
            filters.add("containing \"" + text + "\"");
        }
        if (!showRetired.get()) {
            filters.add("retired organisations hidden");
        }
        return service.registerJob(List.copyOf(filtered), List.copyOf(all),
                filters.isEmpty() ? null : String.join("; ", filters));
    }
}
