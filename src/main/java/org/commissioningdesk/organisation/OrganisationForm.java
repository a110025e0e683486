package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The add/edit form of the Organisations screen: its fields, the groups and sectors it offers, whether
 * it differs from what was loaded, and each field's problem as the person types (and the service's, after
 * a save was refused).
 */
public final class OrganisationForm {

    private final List<Organisation> register;
    private final ReadOnlyObjectProperty<Organisation> editing;

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty sector = new SimpleStringProperty("");
    private final ObjectProperty<Organisation> parent = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> activeFrom = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Organisation> parentChoices = FXCollections.observableArrayList();
    private final ObservableList<String> sectorChoices = FXCollections.observableArrayList();
    private final ObservableMap<String, String> serverErrors = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private OrganisationDraft loadedDraft = blankDraft();

    /**
     * @param register the register as loaded (for the groups offered and the duplicate checks)
     * @param editing  the organisation being edited, or null for a new one
     */
    OrganisationForm(List<Organisation> register, ReadOnlyObjectProperty<Organisation> editing) {
        this.register = register;
        this.editing = editing;
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

    static OrganisationDraft blankDraft() {
        return new OrganisationDraft(null, null, null, null, null, null, null);
    }

    /** Shows {@code draft} in the fields, unchanged and with no problems. */
    void fill(OrganisationDraft draft) {
        loadedDraft = draft;
        name.set(Objects.toString(draft.name(), ""));
        type.set(draft.type());
        code.set(Objects.toString(draft.code(), ""));
        sector.set(Objects.toString(draft.sector(), ""));
        parent.set(draft.parentId() == null ? null
                : register.stream().filter(o -> o.id() == draft.parentId()).findFirst().orElse(null));
        refreshParentChoices();
        activeFrom.set(draft.activeFrom());
        notes.set(Objects.toString(draft.notes(), ""));
        serverErrors.clear();
        dirty.set(false);
    }

    /** The form as a draft (not yet validated). */
    public OrganisationDraft draft() {
        return new OrganisationDraft(name.get(), type.get(), code.get(), sector.get(),
                parent.get() == null ? null : parent.get().id(), activeFrom.get(), notes.get()).normalised();
    }

    /** The service refused the save: each field's reason goes on that field. */
    void refused(Map<String, String> fieldErrors) {
        serverErrors.clear();
        serverErrors.putAll(fieldErrors);
    }

    private void formChanged() {
        dirty.set(!draft().equals(loadedDraft.normalised()));
    }

    /** Offers the groups and sectors of the register just loaded. */
    void registerLoaded() {
        refreshSectorChoices();
        refreshParentChoices();
    }

    /** Offers the sectors in use; the form's own sector survives the list being replaced under it. */
    private void refreshSectorChoices() {
        List<String> fresh = register.stream().map(Organisation::sector).filter(Objects::nonNull).distinct().sorted().toList();
        if (!fresh.equals(sectorChoices)) {
            String typed = sector.get();
            sectorChoices.setAll(fresh);
            if (!Objects.equals(sector.get(), typed)) {
                sector.set(typed);
            }
        }
    }

    private void refreshParentChoices() {
        OrganisationType t = type.get();
        Organisation self = editing.get();
        Long saved = loadedDraft.parentId();
        Organisation chosen = parent.get();
        // Retired groups take no new members, but an existing link to one is kept and shown.
        List<Organisation> choices = t == null ? List.of() : register.stream()
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
            boolean duplicate = register.stream().anyMatch(o -> o.type() == d.type() && !Objects.equals(o.id(), selfId)
                    && OrganisationRepository.nameKey(o.name()).equals(key));
            return duplicate ? OrganisationRules.duplicateName(d) : null;
        }
        if (field.equals("code") && d.code() != null) {
            boolean taken = register.stream().anyMatch(o -> o.code() != null && !Objects.equals(o.id(), selfId)
                    && o.code().equalsIgnoreCase(d.code()));
            return taken ? OrganisationRules.duplicateCode(d.code()) : null;
        }
        return null;
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

    /** The service's reasons for refusing the last save, by field (plus a typed date that is not a date). */
    public ObservableMap<String, String> serverErrors() {
        return serverErrors;
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
}
