package org.commissioningdesk.specification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Pickers;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.editor.EditorHeader;
import org.commissioningdesk.common.editor.FormFields;
import org.commissioningdesk.common.editor.HistoryTab;
import org.commissioningdesk.common.editor.Leaving;
import org.commissioningdesk.export.ExportRequests;
import org.commissioningdesk.organisation.Organisation;

/**
 * The specification editor's shell: the shared header (with the specification workflow's steps),
 * the title, service area, commissioner and provider, and the tabs, each with its own controller
 * (sections, care pathway, quality requirements, links) and the shared history with a comparison
 * of versions, which takes the editor's place while it is open. Nothing is written until Save.
 */
public final class SpecificationEditorController {

    private final SpecificationEditorViewModel vm;
    private final ExportRequests exports;

    @FXML private EditorHeader headerController;
    @FXML private HistoryTab historyController;
    @FXML private Node editPane;
    @FXML private Node comparePane;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<String> serviceAreaField;
    @FXML private Label serviceAreaError;
    @FXML private ComboBox<Organisation> commissionerField;
    @FXML private Button clearCommissionerButton;
    @FXML private Label commissionerError;
    @FXML private ComboBox<Organisation> providerField;
    @FXML private Button clearProviderButton;
    @FXML private Label providerError;
    @FXML private TabPane tabs;
    @FXML private Tab sectionsTab;
    @FXML private Tab versionsTab;

    private final ComboBox<SpecificationSummary> compareWithField = new ComboBox<>();

    public SpecificationEditorController(SpecificationEditorViewModel vm, ExportRequests exports) {
        this.vm = vm;
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        setUpHeader();
        setUpFields();
        setUpHistory();
        editPane.visibleProperty().bind(comparePane.visibleProperty().not());
        vm.comparisonProperty().addListener((obs, was, now) -> {
            if (now == null && was != null) {
                Platform.runLater(() -> tabs.getSelectionModel().select(versionsTab));
            }
        });
        vm.openProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    tabs.getSelectionModel().select(sectionsTab);
                    (vm.loadedProperty().get() == null ? titleField : tabs).requestFocus();
                });
            }
        });
    }

    private void setUpHeader() {
        var loaded = vm.loadedProperty();
        headerController.attach(vm.session(), "← _All specifications",
                Bindings.createStringBinding(() -> loaded.get() == null ? "New specification" : loaded.get().title(), loaded),
                Bindings.createStringBinding(() -> loaded.get() == null ? "Not saved yet"
                        : "Version " + loaded.get().version() + " · " + loaded.get().status().label(), loaded),
                Bindings.createStringBinding(() -> loaded.get() == null ? ""
                        : "status-" + loaded.get().status().name().toLowerCase(Locale.ROOT), loaded),
                Bindings.createStringBinding(() -> readOnlyNote(loaded.get()), loaded));
        headerController.onBack(() -> leaveThen(vm::close));
        headerController.onSave(() -> vm.save(null));
        headerController.onDiscard(this::onDiscard);
        headerController.onExport(() -> {
            if (Dialogs.exportSavedVersion(headerController.owner(), vm.dirtyProperty().get())) {
                vm.exportJob().ifPresent(exports::export);
            }
        });
        headerController.step("agreeButton", "A_gree…", vm.allowed(SpecificationWorkflow.AGREE), true, this::onAgree);
        headerController.step("editorNewVersionButton", "New _version", vm.allowed(SpecificationWorkflow.NEW_VERSION), false,
                vm::newVersion);
        headerController.step("saveTemplateButton", "Save as _template…", vm.allowed(SpecificationWorkflow.SAVE_AS_TEMPLATE),
                true, this::onSaveAsTemplate);
        headerController.step("editorDeleteButton", "_Delete draft…", vm.allowed(SpecificationWorkflow.DELETE), false,
                this::onDelete);
    }

    private static String readOnlyNote(Specification s) {
        if (s == null) {
            return "";
        }
        return switch (s.status()) {
            case AGREED -> "Agreed on " + UkDates.format(s.agreedOn()) + ". It is read-only: make a new version to change it.";
            case SUPERSEDED -> "Agreed on " + UkDates.format(s.agreedOn()) + " and since superseded by a later version."
                    + " It is read-only and kept for the record.";
            case DRAFT -> "";
        };
    }

    private void setUpFields() {
        FormFields fields = new FormFields(vm.session(), vm::error);
        titleField.textProperty().bindBidirectional(vm.form().titleProperty());
        fields.editable(titleField);
        serviceAreaField.getItems().setAll(vm.choices().serviceAreas());
        vm.choices().serviceAreas().addListener((ListChangeListener<String>) c ->
                ComboBoxes.replaceItems(serviceAreaField, List.copyOf(vm.choices().serviceAreas())));
        serviceAreaField.valueProperty().bindBidirectional(vm.form().serviceAreaProperty());
        // An editable combo box commits typed text only on Enter or focus loss; take it as it is typed.
        serviceAreaField.getEditor().textProperty().addListener((obs, was, now) -> {
            if (serviceAreaField.isFocused() && !Objects.equals(now, vm.form().serviceAreaProperty().get())) {
                vm.form().serviceAreaProperty().set(now);
            }
        });
        fields.locked(serviceAreaField);
        organisationField(fields, commissionerField, vm.choices().commissioners(), vm.form().commissionerProperty(), clearCommissionerButton);
        organisationField(fields, providerField, vm.choices().providers(), vm.form().providerProperty(), clearProviderButton);
        fields.mark(titleError, () -> List.of("title"), titleField);
        fields.mark(serviceAreaError, () -> List.of("serviceArea"), serviceAreaField);
        fields.mark(commissionerError, () -> List.of("commissionerId"), commissionerField);
        fields.mark(providerError, () -> List.of("providerId"), providerField);
    }

    private void organisationField(FormFields fields, ComboBox<Organisation> field, ObservableList<Organisation> choices,
                                   Property<Organisation> value, Button clear) {
        field.setItems(choices);
        field.valueProperty().bindBidirectional(value);
        Pickers.searchable(field, Organisation::name);
        fields.locked(field);
        clear.disableProperty().bind(Bindings.not(vm.editableProperty()).or(field.valueProperty().isNull()));
        clear.setOnAction(e -> value.setValue(null));
    }

    // ---- versions, history and comparing two versions

    private void setUpHistory() {
        historyController.showVersions(vm.versions(), v -> new HistoryTab.Version(v.id(), v.version(), v.status().label(),
                UkDates.format(v.agreedOn()), v.title(), isLoaded(v)), "Agreed on", id -> leaveThen(() -> vm.open(id, null)));
        historyController.showChanges(vm.statusChanges(), c -> new HistoryTab.Change(c.at(), c.to().label(), c.by(), c.note()));
        historyController.showAudit(vm.audit(), org.commissioningdesk.persistence.AuditEntry::line,
                (change, shown) -> vm.showChangeDetails(change.id(), shown));

        var versionTable = historyController.versionTable();
        versionTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        compareWithField.setId("compareWithField");
        compareWithField.setPrefWidth(250);
        compareWithField.setConverter(ComboBoxes.shown(v -> "v" + v.version() + " · " + v.status().label()
                + (v.agreedOn() == null ? "" : " " + UkDates.format(v.agreedOn()))));
        Runnable others = () -> {
            List<SpecificationSummary> list = vm.versions().stream().filter(v -> !isLoaded(v)).toList();
            SpecificationSummary kept = compareWithField.getValue();
            compareWithField.getItems().setAll(list);
            SpecificationSummary same = kept == null ? null : list.stream().filter(v -> v.id() == kept.id()).findFirst()
                    .orElse(null);
            // By default, compare with the version just before this one.
            compareWithField.setValue(same != null ? same : list.stream()
                    .filter(v -> vm.loadedProperty().get() != null && v.version() < vm.loadedProperty().get().version())
                    .reduce((a, b) -> b).orElse(list.isEmpty() ? null : list.get(0)));
        };
        vm.versions().addListener((ListChangeListener<SpecificationSummary>) c -> others.run());
        vm.loadedProperty().addListener((obs, was, now) -> others.run());
        var selected = versionTable.getSelectionModel().getSelectedItems();
        Button compare = new Button("Co_mpare");
        compare.setId("compareButton");
        compare.setMnemonicParsing(true);
        compare.setMinWidth(Region.USE_PREF_SIZE);
        compare.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(() ->
                selected.size() != 2 && compareWithField.getValue() == null, selected, compareWithField.valueProperty())));
        compare.setOnAction(e -> {
            Specification s = vm.loadedProperty().get();
            if (selected.size() == 2) {
                vm.compare(selected.get(0).id(), selected.get(1).id());
            } else if (s != null && compareWithField.getValue() != null) {
                vm.compare(compareWithField.getValue().id(), s.id());
            }
        });
        Label with = new Label("Compare this version _with:");
        with.setMnemonicParsing(true);
        with.setLabelFor(compareWithField);
        with.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, with, compareWithField, compare);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Or select two versions in the list (Ctrl+click) and choose Compare.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        historyController.extras().getChildren().setAll(row, hint);
    }

    private boolean isLoaded(SpecificationSummary v) {
        Specification s = vm.loadedProperty().get();
        return s != null && v != null && s.id() == v.id();
    }

    // ---- the header's buttons

    private void onDiscard() {
        Specification s = vm.loadedProperty().get();
        if (!Dialogs.confirm(headerController.owner(), "Discard changes?", "Everything typed since the last save will be lost.",
                "Discard changes")) {
            return;
        }
        if (s == null) {
            vm.startNew();
        } else {
            vm.open(s.id(), null);
        }
    }

    /** Leaves the version shown by {@code leave}, asking first to save, not save, or stay. */
    private void leaveThen(Runnable leave) {
        Leaving.leave(headerController.owner(), "specification", vm.dirtyProperty()::get, vm::save, leave);
    }

    private void onAgree() {
        Specification s = vm.loadedProperty().get();
        if (s != null && vm.readyToAgree()) {
            SpecificationDialogs.agree(headerController.owner(), s, vm);
        }
    }

    private void onSaveAsTemplate() {
        Specification s = vm.loadedProperty().get();
        if (s != null) {
            askTemplateName(s.title(), "", Map.of());
        }
    }

    /** Asks for the name again, with the problem shown, until it is saved or the person cancels. */
    private void askTemplateName(String name, String description, Map<String, String> problems) {
        SpecificationDialogs.templateName(headerController.owner(), name, description, problems).ifPresent(typed ->
                vm.saveAsTemplate(typed.name(), typed.description(),
                        found -> Platform.runLater(() -> askTemplateName(typed.name(), typed.description(), found))));
    }

    private void onDelete() {
        Specification s = vm.loadedProperty().get();
        if (s != null && Dialogs.confirm(headerController.owner(), "Delete " + s.label() + "?", "Version " + s.version()
                + " is a draft. Deleting it cannot be undone here; the audit trail keeps a copy.", "Delete draft")) {
            vm.delete(null);
        }
    }
}
