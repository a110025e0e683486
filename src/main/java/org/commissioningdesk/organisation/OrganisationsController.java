package org.commissioningdesk.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Leavable;
import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.UkDates;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The Organisations screen: the register on the left, the add/edit form on the right. */
public final class OrganisationsController implements Leavable, org.commissioningdesk.export.Exportable {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final OrganisationsViewModel vm;

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
    @FXML private Label historyLabel;

    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, Control> fieldControls = new LinkedHashMap<>();
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();
    private boolean changingSelection;
    private javafx.beans.binding.BooleanBinding dateTyped;

    private final org.commissioningdesk.export.ExportRequests exports;

    public OrganisationsController(OrganisationsViewModel vm, org.commissioningdesk.export.ExportRequests exports) {
        this.vm = vm;
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
        setUpFilters();
        setUpTable();
        setUpForm();
        setUpValidation();
        vm.startNew();
        vm.load(null);
    }

    private void setUpFilters() {
        filterField.textProperty().bindBidirectional(vm.filterTextProperty());
        typeFilter.getItems().add(null);
        typeFilter.getItems().addAll(OrganisationType.values());
        typeFilter.setCellFactory(list -> new TypeCell());
        typeFilter.setButtonCell(new TypeCell());
        typeFilter.valueProperty().bindBidirectional(vm.typeFilterProperty());
        showRetiredBox.selectedProperty().bindBidirectional(vm.showRetiredProperty());
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
        table.setContextMenu(tableMenu());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                onDelete();
            }
        });
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.organisations().size() + " of "
                + vm.allOrganisations().size() + " organisations shown", vm.organisations()));
    }

    private void setUpForm() {
        nameField.textProperty().bindBidirectional(vm.nameProperty());
        typeField.getItems().setAll(OrganisationType.values());
        typeField.valueProperty().bindBidirectional(vm.typeProperty());
        codeField.textProperty().bindBidirectional(vm.codeProperty());
        sectorField.setItems(vm.sectorChoices());
        sectorField.valueProperty().bindBidirectional(vm.sectorProperty());
        // An editable ComboBox commits typed text only on Enter or focus loss; take it as it is typed.
        sectorField.getEditor().textProperty().addListener((obs, was, now) -> {
            if (!Objects.equals(now, vm.sectorProperty().get())) {
                vm.sectorProperty().set(now);
            }
        });
        sectorField.disableProperty().bind(vm.sectorApplies().not());
        parentField.setItems(vm.parentChoices());
        parentField.setConverter(new StringConverter<>() {
            @Override
            public String toString(Organisation o) {
                return o == null ? "" : o.name();
            }

            @Override
            public Organisation fromString(String s) {
                return null;
            }
        });
        parentField.valueProperty().bindBidirectional(vm.parentProperty());
        parentField.disableProperty().bind(vm.membershipApplies().not());
        parentField.promptTextProperty().bind(Bindings.when(vm.membershipApplies())
                .then("Choose a group").otherwise("Not a member of a group"));
        clearParentButton.disableProperty().bind(vm.parentProperty().isNull());
        DateFields.ukDates(activeFromField, this::dateProblem);
        activeFromField.valueProperty().bindBidirectional(vm.activeFromProperty());
        notesField.textProperty().bindBidirectional(vm.notesProperty());
        messageLabel.textProperty().bind(vm.messageProperty());
        historyLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.history().isEmpty()
                ? (vm.editingProperty().get() == null ? "Not saved yet." : "")
                : vm.history().stream().map(e -> WHEN.format(e.at()) + "  " + e.who() + "  " + e.action())
                        .collect(Collectors.joining("\n")), vm.history(), vm.editingProperty()));
        leadLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.leadArrangements().isEmpty()
                ? "None recorded." : vm.leadArrangements().stream().map(OrganisationsController::describe)
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
        fieldControls.put("name", nameField);
        fieldControls.put("type", typeField);
        fieldControls.put("code", codeField);
        fieldControls.put("sector", sectorField);
        fieldControls.put("parentId", parentField);
        fieldControls.put("activeFrom", activeFromField);
        fieldControls.put("notes", notesField);
        errorLabels.put("name", nameError);
        errorLabels.put("type", typeError);
        errorLabels.put("code", codeError);
        errorLabels.put("sector", sectorError);
        errorLabels.put("parentId", parentError);
        errorLabels.put("activeFrom", activeFromError);
        errorLabels.put("notes", notesError);
        for (Label note : List.of(messageLabel, retiredLabel, aliasesLabel)) {
            note.managedProperty().bind(note.textProperty().isNotEmpty());
            note.visibleProperty().bind(note.managedProperty());
        }
        errorLabels.values().forEach(l -> {
            l.managedProperty().bind(l.visibleProperty());
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
        });
        fieldControls.forEach((field, control) -> validation.registerValidator(control, false,
                (Control c, Object value) -> {
                    String error = showErrors() ? vm.fieldError(field) : null;
                    return ValidationResult.fromErrorIf(c, error, error != null);
                }));
        validation.validationResultProperty().addListener((obs, was, now) -> showMessages(now));
        Runnable revalidate = () -> Platform.runLater(validation::revalidate);
        vm.typeProperty().addListener((obs, was, now) -> revalidate.run());
        vm.dirtyProperty().addListener((obs, was, now) -> revalidate.run());
        vm.editingProperty().addListener((obs, was, now) -> revalidate.run());
        vm.serverErrors().addListener((MapChangeListener<String, String>) change -> revalidate.run());
        // A date typed but not yet committed (no Enter, no Tab) still counts as a change to save.
        dateTyped = Bindings.createBooleanBinding(() -> DateFields.typedButNotCommitted(activeFromField),
                activeFromField.getEditor().textProperty(), activeFromField.valueProperty());
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not().and(dateTyped.not()))
                .or(validation.invalidProperty()));
        cancelButton.disableProperty().bind(vm.dirtyProperty().not().and(dateTyped.not()));
    }

    /** A pristine blank form shows no complaints; anything typed, or any record opened, does. */
    private boolean showErrors() {
        return vm.dirtyProperty().get() || vm.editingProperty().get() != null || !vm.serverErrors().isEmpty();
    }

    private void showMessages(ValidationResult result) {
        Map<Control, String> byControl = result.getMessages().stream()
                .collect(Collectors.toMap(m -> (Control) m.getTarget(), m -> m.getText(), (a, b) -> a));
        fieldControls.forEach((field, control) -> errorLabels.get(field).setText(byControl.getOrDefault(control, "")));
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
    public boolean vetoLeaving() {
        return !mayDiscardChanges();
    }

    /** True when there is nothing unsaved, or the person agreed to discard it. */
    private boolean mayDiscardChanges() {
        boolean unsaved = vm.dirtyProperty().get() || dateTyped.get();
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
        validation.revalidate();
        if (validation.isInvalid() != null && validation.isInvalid()) {
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
            vm.serverErrors().remove("activeFrom");
        } else {
            vm.serverErrors().put("activeFrom", message);
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

    @FXML
    private void onClearParent() {
        vm.parentProperty().set(null);
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

    /**
     * The table's menu (right click, the Menu key or Shift+F10): sort by any column and show or hide
     * columns, so both are open to keyboard users too.
     */
    private ContextMenu tableMenu() {
        ContextMenu menu = new ContextMenu();
        Menu sortBy = new Menu("Sort by");
        Menu columns = new Menu("Columns");
        for (TableColumn<Organisation, ?> column : table.getColumns()) {
            MenuItem ascending = new MenuItem(column.getText());
            ascending.setOnAction(e -> {
                column.setSortType(TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(column));
            });
            sortBy.getItems().add(ascending);
            CheckMenuItem shown = new CheckMenuItem(column.getText());
            shown.selectedProperty().bindBidirectional(column.visibleProperty());
            columns.getItems().add(shown);
        }
        MenuItem reverse = new MenuItem("Reverse order");
        reverse.setOnAction(e -> table.getSortOrder().stream().findFirst().ifPresent(c -> {
            c.setSortType(c.getSortType() == TableColumn.SortType.ASCENDING
                    ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
            table.sort();
        }));
        sortBy.getItems().addAll(new SeparatorMenuItem(), reverse);
        menu.getItems().addAll(sortBy, columns);
        return menu;
    }

    private static String describe(LeadCommissioning lc) {
        return lc.year() + ": " + lc.leadName() + " leads the contract with " + lc.providerName()
                + (lc.note() == null ? "" : " (" + lc.note() + ")");
    }

    private static final class TypeCell extends ListCell<OrganisationType> {
        @Override
        protected void updateItem(OrganisationType item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? "All types" : item.label());
        }
    }
}
