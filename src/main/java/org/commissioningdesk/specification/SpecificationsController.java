package org.commissioningdesk.specification;

import java.util.HashSet;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.Pickers;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Leavable;
import org.commissioningdesk.common.Refreshable;
import org.commissioningdesk.common.UkDates;

/**
 * The Specifications screen: the library of every specification with its versions, and (in its
 * place while one is open) the editor. The two share the editor's view model, so neither reaches
 * into the other.
 */
public final class SpecificationsController implements Leavable, Refreshable, org.commissioningdesk.export.Exportable {

    /** A row of the library: a specification (showing its latest version) or one of its versions. */
    public record Row(SpecificationSummary summary, boolean series, int versionCount, String status) {
    }

    private final SpecificationListViewModel vm;
    private final SpecificationEditorViewModel editorVm;

    @FXML private BorderPane listPane;
    @FXML private Node editor;
    @FXML private TextField textFilter;
    @FXML private ComboBox<String> serviceAreaFilter;
    @FXML private ComboBox<String> providerFilter;
    @FXML private ComboBox<SpecStatus> statusFilter;
    @FXML private Button openButton;
    @FXML private Button copyButton;
    @FXML private Button newVersionButton;
    @FXML private Button deleteButton;
    @FXML private Button newFromTemplateButton;
    @FXML private TreeTableView<Row> tree;
    @FXML private TreeTableColumn<Row, String> titleColumn;
    @FXML private TreeTableColumn<Row, String> areaColumn;
    @FXML private TreeTableColumn<Row, String> providerColumn;
    @FXML private TreeTableColumn<Row, String> commissionerColumn;
    @FXML private TreeTableColumn<Row, String> statusColumn;
    @FXML private TreeTableColumn<Row, Integer> versionsColumn;
    @FXML private TreeTableColumn<Row, String> agreedColumn;
    @FXML private TreeTableColumn<Row, Integer> kpisColumn;
    @FXML private TreeTableColumn<Row, Integer> stepsColumn;
    @FXML private Label countLabel;
    @FXML private Label placeholderLabel;
    @FXML private Label listMessageLabel;

    /** The specifications opened out in the tree, kept across reloads. */
    private final Set<Long> expanded = new HashSet<>();

    private final org.commissioningdesk.export.ExportRequests exports;

    public SpecificationsController(SpecificationListViewModel vm, SpecificationEditorViewModel editorVm,
                                    org.commissioningdesk.export.ExportRequests exports) {
        this.vm = vm;
        this.editorVm = editorVm;
        this.exports = exports;
    }

    /** The version open in the editor (as saved), or else the library as filtered. */
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
                tree.requestFocus();
            }
        });
        editorVm.savesProperty().addListener((obs, was, now) -> vm.load(null));
        editorVm.deletedProperty().addListener((obs, was, now) -> vm.tell(now, false));
        setUpFilters();
        setUpTree();
        listMessageLabel.textProperty().bind(vm.messageProperty());
        listMessageLabel.managedProperty().bind(listMessageLabel.textProperty().isNotEmpty());
        vm.problemProperty().addListener((obs, was, now) -> {
            listMessageLabel.getStyleClass().remove("problem");
            if (now) {
                listMessageLabel.getStyleClass().add("problem");
            }
        });
    }

    private void setUpFilters() {
        textFilter.textProperty().bindBidirectional(vm.textFilterProperty());
        serviceAreaFilter.setItems(vm.serviceAreaChoices());
        serviceAreaFilter.valueProperty().bindBidirectional(vm.serviceAreaFilterProperty());
        serviceAreaFilter.setPromptText("All areas");
        providerFilter.setItems(vm.providerChoices());
        providerFilter.valueProperty().bindBidirectional(vm.providerFilterProperty());
        providerFilter.setPromptText("All providers");
        Pickers.searchable(providerFilter, provider -> provider);
        statusFilter.getItems().setAll(SpecStatus.values());
        statusFilter.valueProperty().bindBidirectional(vm.statusFilterProperty());
        statusFilter.setPromptText("Any status");
        statusFilter.setConverter(ComboBoxes.shown(SpecStatus::label));
    }

    private void setUpTree() {
        tree.setRoot(new TreeItem<>());
        vm.series().addListener((ListChangeListener<SpecificationListViewModel.Series>) c -> rebuild());
        titleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(row(c).series() ? row(c).summary().title()
                : "Version " + row(c).summary().version()
                + (row(c).summary().title().equals(parentTitle(c.getValue())) ? "" : ": " + row(c).summary().title())));
        areaColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(row(c).series() ? row(c).summary().serviceArea() : ""));
        providerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(row(c).series() ? nz(row(c).summary().providerName()) : ""));
        commissionerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(row(c).series()
                ? nz(row(c).summary().commissionerName()) : ""));
        statusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(row(c).status()));
        versionsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(row(c).series() ? row(c).versionCount() : null));
        agreedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(row(c).series() ? ""
                : UkDates.format(row(c).summary().agreedOn())));
        kpisColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(row(c).series() ? null : row(c).summary().kpis()));
        stepsColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(row(c).series() ? null : row(c).summary().steps()));
        tree.setRowFactory(t -> {
            TreeTableRow<Row> row = new TreeTableRow<>() {
                @Override
                protected void updateItem(Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("superseded", "series-row");
                    if (!empty && item != null) {
                        if (item.series()) {
                            getStyleClass().add("series-row");
                        } else if (item.summary().status() == SpecStatus.SUPERSEDED) {
                            getStyleClass().add("superseded");
                        }
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen();
                    e.consume();
                }
            });
            return row;
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                onOpen();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                onDelete();
                e.consume();
            }
        });
        var selected = tree.getSelectionModel().selectedItemProperty();
        BooleanBinding none = selected.isNull().or(vm.busyProperty());
        openButton.disableProperty().bind(none);
        copyButton.disableProperty().bind(none);
        newVersionButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> {
            SpecificationSummary s = selectedSummary();
            return s == null || s.status() != SpecStatus.AGREED || !vm.isLatest(s);
        }, selected, vm.series())));
        deleteButton.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> {
            SpecificationSummary s = selectedSummary();
            return s == null || s.status() != SpecStatus.DRAFT;
        }, selected)));
        newFromTemplateButton.disableProperty().bind(vm.busyProperty());
        placeholderLabel.textProperty().bind(vm.emptyTextProperty());
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.series().size();
            int m = vm.shownVersionsProperty().get();
            return Plural.count(n, "specification") + ", " + Plural.count(m, "version") + " shown";
        }, vm.series(), vm.shownVersionsProperty()));
    }

    private static Row row(TreeTableColumn.CellDataFeatures<Row, ?> c) {
        return c.getValue().getValue();
    }

    private static String parentTitle(TreeItem<Row> item) {
        TreeItem<Row> parent = item.getParent();
        return parent == null || parent.getValue() == null ? "" : parent.getValue().summary().title();
    }

    /** Builds the tree again from the filtered library, keeping what was opened out and what was selected. */
    private void rebuild() {
        TreeItem<Row> was = tree.getSelectionModel().getSelectedItem();
        Long selectedId = was == null || was.getValue() == null ? null : was.getValue().summary().id();
        boolean selectedSeries = was != null && was.getValue() != null && was.getValue().series();
        for (TreeItem<Row> item : tree.getRoot().getChildren()) {
            if (item.isExpanded()) {
                expanded.add(item.getValue().summary().seriesId());
            } else {
                expanded.remove(item.getValue().summary().seriesId());
            }
        }
        TreeItem<Row> reselect = null;
        tree.getRoot().getChildren().clear();
        for (SpecificationListViewModel.Series s : vm.series()) {
            TreeItem<Row> parent = new TreeItem<>(new Row(s.latest(), true, s.versionCount(), s.statusText()));
            for (SpecificationSummary v : s.shownVersions()) {
                TreeItem<Row> child = new TreeItem<>(new Row(v, false, s.versionCount(), v.status().label()));
                parent.getChildren().add(child);
                if (!selectedSeries && selectedId != null && v.id() == selectedId) {
                    reselect = child;
                }
            }
            // A status filter is about versions: open them out so the matching ones show.
            parent.setExpanded(expanded.contains(s.seriesId()) || vm.statusFilterProperty().get() != null);
            tree.getRoot().getChildren().add(parent);
            if (selectedSeries && selectedId != null && s.latest().id() == selectedId) {
                reselect = parent;
            }
        }
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        } else {
            tree.getSelectionModel().clearSelection();
        }
        // New rows follow the column the person sorted by, if any.
        tree.sort();
    }

    /** The version the selected row stands for: a specification row stands for its latest version. */
    private SpecificationSummary selectedSummary() {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        return item == null || item.getValue() == null ? null : item.getValue().summary();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /**
     * Each time the screen is shown the library is read again (organisations may have been renamed),
     * or, with a specification open, what other screens may have changed around it (its links).
     */
    @Override
    public void refresh() {
        if (editorVm.openProperty().get()) {
            editorVm.refreshAround();
        } else {
            vm.load(null);
        }
    }

    /** Leaving with unsaved changes asks first; discarding them closes the editor, so they are gone. */
    @Override
    public boolean vetoLeaving(Runnable thenLeave) {
        return editorVm.openProperty().get() && org.commissioningdesk.common.editor.Leaving.stay(tree, "specification",
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
    private void onNewFromTemplate() {
        vm.loadTemplates(() -> TemplateChooser.ask(tree, vm).ifPresent(editorVm::startFromTemplate));
    }

    @FXML
    private void onCopy() {
        SpecificationSummary s = selectedSummary();
        if (s != null) {
            editorVm.startCopyOf(s);
        }
    }

    @FXML
    private void onOpen() {
        SpecificationSummary s = selectedSummary();
        if (s != null) {
            editorVm.open(s.id(), null);
        }
    }

    @FXML
    private void onNewVersion() {
        SpecificationSummary s = selectedSummary();
        if (s != null && !newVersionButton.isDisabled()) {
            vm.newVersion(s, made -> editorVm.open(made.id(), null));
        }
    }

    @FXML
    private void onDelete() {
        SpecificationSummary s = selectedSummary();
        if (s == null || s.status() != SpecStatus.DRAFT) {
            return;
        }
        if (Dialogs.confirm(tree, "Delete " + s.label() + "?", "Version " + s.version() + " of '" + s.title()
                + "' is a draft with " + Plural.count(s.steps(), "pathway step") + " and "
                + Plural.count(s.kpis(), "quality requirement") + ". Deleting it cannot be undone here; the audit"
                + " trail keeps a copy.", "Delete draft")) {
            vm.delete(s, null);
        }
    }
}
