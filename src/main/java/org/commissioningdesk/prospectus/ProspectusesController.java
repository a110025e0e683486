package org.commissioningdesk.prospectus;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.Pickers;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Leavable;
import org.commissioningdesk.common.Refreshable;
import org.commissioningdesk.common.Money;

/**
 * The Prospectuses screen: the list of every prospectus and version, and (in its place while one
 * is open) the editor. The two share the editor's view model, so neither reaches into the other.
 */
public final class ProspectusesController implements Leavable, Refreshable, org.commissioningdesk.export.Exportable {

    private final ProspectusListViewModel vm;
    private final ProspectusEditorViewModel editorVm;

    @FXML private BorderPane listPane;
    @FXML private Node editor;
    @FXML private ComboBox<String> ownerFilter;
    @FXML private ComboBox<ProspectusLevel> levelFilter;
    @FXML private ComboBox<FinancialYear> yearFilter;
    @FXML private ComboBox<ProspectusStatus> statusFilter;
    @FXML private Button openButton;
    @FXML private Button newVersionButton;
    @FXML private Button copyButton;
    @FXML private Button deleteButton;
    @FXML private TableView<ProspectusSummary> table;
    @FXML private TableColumn<ProspectusSummary, String> titleColumn;
    @FXML private TableColumn<ProspectusSummary, String> ownerColumn;
    @FXML private TableColumn<ProspectusSummary, String> levelColumn;
    @FXML private TableColumn<ProspectusSummary, String> cycleColumn;
    @FXML private TableColumn<ProspectusSummary, Integer> versionColumn;
    @FXML private TableColumn<ProspectusSummary, String> statusColumn;
    @FXML private TableColumn<ProspectusSummary, Integer> prioritiesColumn;
    @FXML private TableColumn<ProspectusSummary, java.math.BigDecimal> netColumn;
    @FXML private Label countLabel;
    @FXML private Label listMessageLabel;

    private final org.commissioningdesk.export.ExportRequests exports;

    public ProspectusesController(ProspectusListViewModel vm, ProspectusEditorViewModel editorVm,
                                  org.commissioningdesk.export.ExportRequests exports) {
        this.vm = vm;
        this.editorVm = editorVm;
        this.exports = exports;
    }

    /** The prospectus open in the editor (as saved), or else the register as filtered. */
    @Override
    public java.util.Optional<org.commissioningdesk.export.ExportJob> exportJob() {
        return org.commissioningdesk.export.ExportRequests.shown(editorVm.openProperty().get(),
                () -> org.commissioningdesk.common.Dialogs.exportSavedVersion(editor, editorVm.dirtyProperty().get()),
                editorVm::exportJob, vm::exportJob);
    }

    @FXML
    private void onExport() {
        exports.export(vm.exportJob());
    }

    @FXML
    private void initialize() {
        listPane.visibleProperty().bind(editorVm.openProperty().not());
        editor.visibleProperty().bind(editorVm.openProperty());
        editorVm.openProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.load(null);
                table.requestFocus();
            }
        });
        editorVm.savesProperty().addListener((obs, was, now) -> vm.load(null));
        setUpFilters();
        setUpTable();
        listMessageLabel.textProperty().bind(vm.messageProperty());
        listMessageLabel.managedProperty().bind(listMessageLabel.textProperty().isNotEmpty());
    }

    private void setUpFilters() {
        ownerFilter.setItems(vm.ownerChoices());
        ownerFilter.valueProperty().bindBidirectional(vm.ownerFilterProperty());
        ownerFilter.setPromptText("All owners");
        Pickers.searchable(ownerFilter, owner -> owner);
        levelFilter.setPromptText("All levels");
        yearFilter.setPromptText("Any year");
        statusFilter.setPromptText("Any status");
        levelFilter.getItems().setAll(ProspectusLevel.values());
        levelFilter.valueProperty().bindBidirectional(vm.levelFilterProperty());
        levelFilter.setConverter(ComboBoxes.shown(ProspectusLevel::label));
        yearFilter.setItems(vm.yearChoices());
        yearFilter.valueProperty().bindBidirectional(vm.yearFilterProperty());

        statusFilter.getItems().setAll(ProspectusStatus.values());
        statusFilter.valueProperty().bindBidirectional(vm.statusFilterProperty());
        statusFilter.setConverter(ComboBoxes.shown(ProspectusStatus::label));
    }

    private void setUpTable() {
        SortedList<ProspectusSummary> sorted = new SortedList<>(vm.prospectuses());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        ownerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ownerName()));
        levelColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().level().label()));
        cycleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cycleLabel()));
        cycleColumn.setComparator(java.util.Comparator.naturalOrder());
        versionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().version()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status().label()));
        prioritiesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().priorityCount()));
        netColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().netInvestment()));
        netColumn.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.math.BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Money.format(item));
            }
        });
        org.commissioningdesk.common.Tables.titleTakesSpare(table, titleColumn);
        org.commissioningdesk.common.Tables.wholeTextOnHover(table);
        table.setRowFactory(t -> {
            TableRow<ProspectusSummary> row = new TableRow<>() {
                @Override
                protected void updateItem(ProspectusSummary item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("superseded");
                    if (!empty && item != null && item.status() == ProspectusStatus.SUPERSEDED) {
                        getStyleClass().add("superseded");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onOpen();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onDelete();
                e.consume();
            }
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        var none = selected.isNull().or(vm.busyProperty());
        openButton.disableProperty().bind(none);
        newVersionButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() != ProspectusStatus.PUBLISHED, selected)));
        copyButton.disableProperty().bind(none);
        deleteButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() != ProspectusStatus.DRAFT, selected)));
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.prospectuses().size() + " of "
                + vm.allProspectuses().size() + " prospectus versions shown", vm.prospectuses()));
    }

    /**
     * Each time the screen is shown the list is read again (organisations may have been renamed), or,
     * with a prospectus open, the choices other screens add to (owners, specifications to link).
     */
    @Override
    public void refresh() {
        if (editorVm.openProperty().get()) {
            editorVm.refreshChoices();
        } else {
            vm.load(null);
        }
    }

    /** Leaving with unsaved changes asks first; discarding them closes the editor, so they are gone. */
    @Override
    public boolean vetoLeaving(Runnable thenLeave) {
        return editorVm.openProperty().get() && org.commissioningdesk.common.editor.Leaving.stay(table, "prospectus",
                editorVm.dirtyProperty().get(), editorVm::save, editorVm::close, thenLeave);
    }

    @FXML
    private void onClearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void onNew() {
        editorVm.startNew();
    }

    @FXML
    private void onOpen() {
        ProspectusSummary p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            editorVm.open(p.id(), null);
        }
    }

    @FXML
    private void onNewVersion() {
        ProspectusSummary p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.newVersion(p, made -> editorVm.open(made.id(), null));
        }
    }

    @FXML
    private void onCopy() {
        ProspectusSummary p = table.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.copyForNextYear(p, made -> editorVm.open(made.id(), null));
        }
    }

    @FXML
    private void onDelete() {
        ProspectusSummary p = table.getSelectionModel().getSelectedItem();
        if (p == null || p.status() != ProspectusStatus.DRAFT) {
            return;
        }
        if (Dialogs.confirm(table, "Delete " + p.title() + "?", "Version " + p.version() + " of '" + p.title()
                + "' is a draft with " + Plural.count(p.priorityCount(), "priority")
                + ". Deleting it cannot be undone here; the audit trail keeps a copy.", "Delete draft")) {
            vm.delete(p, null);
        }
    }
}
