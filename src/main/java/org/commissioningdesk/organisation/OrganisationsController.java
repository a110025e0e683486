package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Leavable;
import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.FieldMarks;
import org.commissioningdesk.common.Pickers;
import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.TableMenu;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.editor.AuditList;
import org.commissioningdesk.persistence.AuditEntry;

/** The Organisations screen: the register on the left, the add/edit form on the right. */
public final class OrganisationsController implements Leavable, org.commissioningdesk.export.Exportable {

    private final OrganisationsViewModel vm;
    private final OrganisationForm form;

    @FXML private TextField filterField;
    @FXML private ComboBox<OrganisationType> typeFilter;
    @FXML private CheckBox showRetiredBox;
    @FXML private Button newButton;
    @FXML private Button retireButton;
    @FXML private Button reinstateButton;
    @FXML private Button deleteButton;
    @FXML private TableView<Organisation> table;
    @FXML private TableColumn<Organisation, String> nameColumn;
    @FXML private TableColumn<Organisation, String> typeColumn;
    @FXML private TableColumn<Organisation, String> codeColumn;
    @FXML private TableColumn<Organisation, String> sectorColumn;
    @FXML private TableColumn<Organisation, String> parentColumn;
    @FXML private TableColumn<Organisation, String> activeToColumn;
    @FXML private Label countLabel;
    @FXML private Label formTitle;
    @FXML private TextField nameField;
    @FXML private ComboBox<OrganisationType> typeField;
    @FXML private TextField codeField;
    @FXML private ComboBox<String> sectorField;
    @FXML private ComboBox<Organisation> parentField;
    @FXML private Button clearParentButton;
    @FXML private DatePicker activeFromField;
    @FXML private TextArea notesField;
    @FXML private Label nameError;
    @FXML private Label typeError;
    @FXML private Label codeError;
    @FXML private Label sectorError;
    @FXML private Label parentError;
    @FXML private Label activeFromError;
    @FXML private Label notesError;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private Label messageLabel;
    @FXML private Label retiredLabel;
    @FXML private Label aliasesLabel;
    @FXML private Label leadLabel;
    @FXML private ListView<Object> historyList;
    @FXML private Label historyPlaceholder;
    @FXML private Label historyDetails;
    @FXML private javafx.scene.layout.VBox membersBox;
    @FXML private Label membersLabel;
    @FXML private javafx.scene.control.ListView<Organisation> memberList;

    private FormChecks checks;
    private boolean changingSelection;
    private javafx.beans.binding.BooleanBinding dateTyped;

    private final org.commissioningdesk.export.ExportRequests exports;

    public OrganisationsController(OrganisationsViewModel vm, org.commissioningdesk.export.ExportRequests exports) {
        this.vm = vm;
        this.form = vm.form();
        this.exports = exports;
    }

    @Override
    public java.util.Optional<org.commissioningdesk.export.ExportJob> exportJob() {
        return java.util.Optional.of(vm.exportJob());
    }

    @FXML
    private void onExport() {
        exports.export(vm.exportJob());
    }

    @FXML
    private void initialize() {
        RegisterFilterBar.bind(filterField, typeFilter, showRetiredBox, vm.filter());
        setUpTable();
        setUpForm();
        MembersView.bind(membersBox, membersLabel, memberList, vm.members(), this::onOpenMember);
        setUpValidation();
        vm.startNew();
        vm.load(null);
    }

    private void setUpTable() {
        SortedList<Organisation> sorted = new SortedList<>(vm.organisations());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        typeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().type().label()));
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        sectorColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sector()));
        parentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.parentName(c.getValue())));
        activeToColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(UkDates.format(c.getValue().activeTo())));
        table.getSortOrder().add(nameColumn);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Organisation item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("retired");
                if (!empty && item != null && item.isRetired()) {
                    getStyleClass().add("retired");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> onSelectionChanged(was, now));
        table.setContextMenu(TableMenu.sortAndColumns(table));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                onDelete();
            }
        });
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.organisations().size() + " of "
                + Plural.count(vm.allOrganisations().size(), "organisation") + " shown", vm.organisations()));
    }

    private void setUpForm() {
        nameField.textProperty().bindBidirectional(form.nameProperty());
        typeField.getItems().setAll(OrganisationType.values());
        typeField.valueProperty().bindBidirectional(form.typeProperty());
        codeField.textProperty().bindBidirectional(form.codeProperty());
        sectorField.setItems(form.sectorChoices());
        sectorField.valueProperty().bindBidirectional(form.sectorProperty());
        // An editable ComboBox commits typed text only on Enter or focus loss; take it as it is typed.
        sectorField.getEditor().textProperty().addListener((obs, was, now) -> {
            if (!Objects.equals(now, form.sectorProperty().get())) {
                form.sectorProperty().set(now);
            }
        });
        sectorField.disableProperty().bind(form.sectorApplies().not());
        parentField.setItems(form.parentChoices());
        Pickers.searchable(parentField, Organisation::name);
        parentField.valueProperty().bindBidirectional(form.parentProperty());
        parentField.disableProperty().bind(form.membershipApplies().not());
        parentField.promptTextProperty().bind(Bindings.when(form.membershipApplies())
                .then("Choose a group").otherwise("Not a member of a group"));
        clearParentButton.disableProperty().bind(form.parentProperty().isNull());
        DateFields.ukDates(activeFromField, this::dateProblem);
        activeFromField.valueProperty().bindBidirectional(form.activeFromProperty());
        notesField.textProperty().bindBidirectional(form.notesProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        historyPlaceholder.textProperty().bind(Bindings.when(vm.editingProperty().isNull())
                .then("Not saved yet.").otherwise("No changes recorded yet."));
        AuditList.show(historyList, historyDetails, vm.history(), AuditEntry::line,
                (entry, shown) -> vm.showChangeDetails(entry.id(), shown));
        AuditList.fitTo(historyList, vm.history(), 6);
        leadLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.leadArrangements().isEmpty()
                ? "None recorded." : vm.leadArrangements().stream().map(LeadCommissioning::describe)
                        .collect(Collectors.joining("\n")), vm.leadArrangements()));

        formTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.editingProperty().get() == null
                ? "New organisation" : vm.editingProperty().get().name(), vm.editingProperty()));
        retiredLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Organisation o = vm.editingProperty().get();
            return o != null && o.isRetired() ? "Retired on " + UkDates.format(o.activeTo()) + ". It stays in the register and in history." : "";
        }, vm.editingProperty()));
        aliasesLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Organisation o = vm.editingProperty().get();
            return o == null || o.aliases().isEmpty() ? "" : "Also known as: " + String.join("; ", o.aliases());
        }, vm.editingProperty()));
        var noneSelected = vm.editingProperty().isNull();
        var retired = Bindings.createBooleanBinding(() -> vm.editingProperty().get() != null
                && vm.editingProperty().get().isRetired(), vm.editingProperty());
        retireButton.disableProperty().bind(noneSelected.or(retired).or(vm.busyProperty()));
        reinstateButton.disableProperty().bind(noneSelected.or(retired.not()).or(vm.busyProperty()));
        deleteButton.disableProperty().bind(noneSelected.or(vm.busyProperty()));
        // Ctrl+S (File > Save in the main window) presses this button while the screen is shown; Enter does not
        // save: it belongs to the field it is typed in.
        saveButton.getStyleClass().add("save-action");
    }

    private void setUpValidation() {
        checks = new FormChecks(form, () -> vm.editingProperty().get() != null);
        checks.field("name", nameField, nameError);
        checks.field("type", typeField, typeError);
        checks.field("code", codeField, codeError);
        checks.field("sector", sectorField, sectorError);
        checks.field("parentId", parentField, parentError);
        checks.field("activeFrom", activeFromField, activeFromError);
        checks.field("notes", notesField, notesError);
        checks.revalidateWhen(vm.editingProperty());
        for (Label note : List.of(messageLabel, retiredLabel, aliasesLabel)) {
            FieldMarks.showOnlyWithText(note);
        }
        // A date typed but not yet committed (no Enter, no Tab) still counts as a change to save.
        dateTyped = Bindings.createBooleanBinding(() -> DateFields.typedButNotCommitted(activeFromField),
                activeFromField.getEditor().textProperty(), activeFromField.valueProperty());
        saveButton.disableProperty().bind(vm.busyProperty().or(form.dirtyProperty().not().and(dateTyped.not()))
                .or(checks.invalidProperty()));
        cancelButton.disableProperty().bind(form.dirtyProperty().not().and(dateTyped.not()));
    }

    private void onSelectionChanged(Organisation was, Organisation now) {
        if (changingSelection || now == null) {
            return;
        }
        if (vm.editingProperty().get() != null && vm.editingProperty().get().id() == now.id()) {
            return;
        }
        if (!mayDiscardChanges()) {
            changingSelection = true;
            Platform.runLater(() -> {
                if (was != null) {
                    table.getSelectionModel().select(was);
                } else {
                    table.getSelectionModel().clearSelection();
                }
                changingSelection = false;
            });
            return;
        }
        vm.edit(now);
    }

    @Override
    public boolean vetoLeaving(Runnable thenLeave) {
        return org.commissioningdesk.common.editor.Leaving.stay(table, "organisation",
                form.dirtyProperty().get() || dateTyped.get(), then -> {
                    vm.save(saved -> then.run());
                    return true;
                }, () -> { }, thenLeave);
    }

    /** True when there is nothing unsaved, or the person agreed to discard it. */
    private boolean mayDiscardChanges() {
        boolean unsaved = form.dirtyProperty().get() || dateTyped.get();
        return !unsaved || Dialogs.confirmDiscard(table, "organisation");
    }

    @FXML
    private void onNew() {
        if (!mayDiscardChanges()) {
            return;
        }
        changingSelection = true;
        table.getSelectionModel().clearSelection();
        changingSelection = false;
        vm.startNew();
        nameField.requestFocus();
    }

    @FXML
    private void onSave() {
        if (!commitTypedDate()) {
            return;
        }
        if (checks.checkNow()) {
            return;
        }
        vm.save(this::select);
    }

    /** Takes the date as typed into the picker; false (with a message on the field) if it is not a date. */
    private boolean commitTypedDate() {
        String typed = activeFromField.getEditor().getText();
        try {
            activeFromField.setValue(typed == null || typed.isBlank() ? null : UkDates.parse(typed));
            dateProblem(null);
            return true;
        } catch (DateTimeParseException e) {
            dateProblem(e.getMessage());
            return false;
        }
    }

    /** Shows (or clears) the message for a typed date that is not a date, on its field. */
    private void dateProblem(String message) {
        if (message == null) {
            form.serverErrors().remove("activeFrom");
        } else {
            form.serverErrors().put("activeFrom", message);
        }
    }

    @FXML
    private void onCancel() {
        activeFromField.getEditor().setText(activeFromField.getConverter().toString(activeFromField.getValue()));
        Organisation current = vm.editingProperty().get();
        if (current == null) {
            vm.startNew();
        } else {
            vm.edit(current);
        }
    }

    /** Opens a member listed on the form, as choosing it in the table would (asking first about unsaved changes). */
    private void onOpenMember(Organisation member) {
        if (mayDiscardChanges()) {
            vm.openMember(member);
            select(member);
        }
    }

    @FXML
    private void onClearParent() {
        form.parentProperty().set(null);
    }

    @FXML
    private void onRetire() {
        Organisation current = vm.editingProperty().get();
        if (current == null) {
            return;
        }
        Optional<LocalDate> date = RetireDialog.ask(table, current);
        date.ifPresent(d -> vm.retire(d, () -> select(current)));
    }

    @FXML
    private void onReinstate() {
        Organisation current = vm.editingProperty().get();
        if (current != null) {
            vm.reinstate(() -> select(current));
        }
    }

    @FXML
    private void onDelete() {
        Organisation current = vm.editingProperty().get();
        if (current == null) {
            return;
        }
        vm.references(references -> {
            if (!references.isEmpty()) {
                Dialogs.info(table, "Cannot delete " + current.name(), current.name() + " cannot be deleted because "
                        + String.join(" and ", references) + " refer to it.\n\nRetire it instead: it then stays in "
                        + "the register and in history, marked as retired.");
                return;
            }
            if (Dialogs.confirm(table, "Delete " + current.name() + "?", "Nothing refers to " + current.name()
                    + ". Deleting removes it from the register; the audit trail keeps a record of it.", "Delete")) {
                vm.delete(null);
            }
        });
    }

    private void select(Organisation organisation) {
        changingSelection = true;
        table.getItems().stream().filter(o -> o.id() == organisation.id()).findFirst().ifPresent(o -> {
            table.getSelectionModel().select(o);
            table.scrollTo(o);
        });
        changingSelection = false;
    }
}
