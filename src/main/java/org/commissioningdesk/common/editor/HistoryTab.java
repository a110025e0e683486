package org.commissioningdesk.common.editor;

import java.time.format.DateTimeFormatter;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * The History tab every record editor includes ({@code HistoryTab.fxml}): the record's versions
 * (double-click or Enter opens one), its workflow steps, and the changes in the audit trail. Each
 * editor says how its own rows read, through {@link Change} and {@link Version}.
 */
public final class HistoryTab {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** One workflow step as the history lists it. */
    public record Change(java.time.Instant at, String became, String by, String note) {
    }

    /** One version of the record; {@code current} for the version open in the editor. */
    public record Version(long id, int number, String status, String date, String title, boolean current) {
    }

    @FXML private TableView<Version> versionTable;
    @FXML private TableColumn<Version, String> versionNumberColumn;
    @FXML private TableColumn<Version, String> versionStatusColumn;
    @FXML private TableColumn<Version, String> versionDateColumn;
    @FXML private TableColumn<Version, String> versionTitleColumn;
    @FXML private TableView<Change> changeTable;
    @FXML private TableColumn<Change, String> changeWhenColumn;
    @FXML private TableColumn<Change, String> changeToColumn;
    @FXML private TableColumn<Change, String> changeByColumn;
    @FXML private TableColumn<Change, String> changeNoteColumn;
    @FXML private Label auditTitle;
    @FXML private javafx.scene.control.ListView<Object> auditList;
    @FXML private Label auditDetails;
    @FXML private VBox extras;

    private final ObservableList<Version> versions = FXCollections.observableArrayList();
    private final ObservableList<Change> changes = FXCollections.observableArrayList();

    @FXML
    private void initialize() {
        versionTable.setItems(versions);
        versionNumberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper("v" + c.getValue().number()
                + (c.getValue().current() ? " (this)" : "")));
        versionStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status()));
        versionDateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().date()));
        versionTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        org.commissioningdesk.common.Tables.titleTakesSpare(versionTable, versionTitleColumn);
        org.commissioningdesk.common.Tables.wholeTextOnHover(versionTable);
        changeTable.setItems(changes);
        org.commissioningdesk.common.Tables.titleTakesSpare(changeTable, changeNoteColumn);
        org.commissioningdesk.common.Tables.wholeTextOnHover(changeTable);
        changeWhenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().at().atZone(java.time.ZoneId.systemDefault()))));
        changeToColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().became()));
        changeByColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().by()));
        changeNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? ""
                : c.getValue().note()));
    }

    /** The record's workflow steps, each read as {@code row} says. */
    public <S> void showChanges(ObservableList<S> source, Function<S, Change> row) {
        mirror(source, changes, row);
    }

    /**
     * The record's versions, each read as {@code row} says; opening one (not the one shown) calls
     * {@code open} with its id (which asks about unsaved changes first).
     */
    public <V> void showVersions(ObservableList<V> source, Function<V, Version> row, String dateHeading,
                                 LongConsumer open) {
        versionDateColumn.setText(dateHeading);
        mirror(source, versions, row);
        Runnable openChosen = () -> {
            Version v = versionTable.getSelectionModel().getSelectedItem();
            if (v != null && !v.current()) {
                open.accept(v.id());
            }
        };
        versionTable.setRowFactory(t -> {
            TableRow<Version> r = new TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !r.isEmpty()) {
                    openChosen.run();
                }
            });
            return r;
        });
        versionTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openChosen.run();
                e.consume();
            }
        });
    }

    /**
     * The changes written to the audit trail, in the order they come, each read as {@code line} says (when, who,
     * and what was done in plain words). Choosing one shows everything it did, read only then by {@code details}
     * (which reads away from the FX thread and gives the words back on it).
     */
    public <A> void showAudit(ObservableList<A> audit, Function<A, String> line,
                              BiConsumer<A, Consumer<String>> details) {
        auditTitle.textProperty().bind(Bindings.createStringBinding(() -> "Changes (" + audit.size() + ")", audit));
        AuditList.show(auditList, auditDetails, audit, line, details);
    }

    /** The list of changes, for tests and for an editor that selects one. */
    public javafx.scene.control.ListView<Object> auditList() {
        return auditList;
    }

    /** The versions table, for an editor that works on versions chosen there (comparing two, say). */
    public TableView<Version> versionTable() {
        return versionTable;
    }

    /** Where an editor puts its own part of the history, under the versions. */
    public VBox extras() {
        return extras;
    }

    private static <S, R> void mirror(ObservableList<S> source, ObservableList<R> target, Function<S, R> row) {
        Runnable copy = () -> target.setAll(source.stream().map(row).collect(Collectors.toCollection(() ->
                new java.util.ArrayList<R>(source.size()))));
        source.addListener((ListChangeListener<S>) c -> copy.run());
        copy.run();
    }
}
