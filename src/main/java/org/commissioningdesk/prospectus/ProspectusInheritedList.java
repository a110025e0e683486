package org.commissioningdesk.prospectus;

import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Money;

/**
 * The priorities a prospectus inherits from the London-wide and group prospectuses for its cycle,
 * under its own on the Priorities tab: read-only here, each shown whole on double-click or Enter.
 */
public final class ProspectusInheritedList {

    private final ProspectusEditorViewModel vm;

    @FXML private Label inheritedTitle;
    @FXML private Label inheritedPlaceholder;
    @FXML private TableView<InheritedPriority> inheritedTable;
    @FXML private TableColumn<InheritedPriority, String> inheritedFromColumn;
    @FXML private TableColumn<InheritedPriority, String> inheritedTitleColumn;
    @FXML private TableColumn<InheritedPriority, String> inheritedAreaColumn;

    public ProspectusInheritedList(ProspectusEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        SortedList<InheritedPriority> sorted = new SortedList<>(vm.inherited());
        sorted.comparatorProperty().bind(inheritedTable.comparatorProperty());
        inheritedTable.setItems(sorted);
        inheritedFromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ownerName()
                + " (" + c.getValue().level().label() + ")"));
        inheritedTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().priority().title()));
        inheritedAreaColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().priority().serviceArea()));
        org.commissioningdesk.common.Tables.titleTakesSpare(inheritedTable, inheritedTitleColumn);
        org.commissioningdesk.common.Tables.wholeTextOnHover(inheritedTable);
        inheritedTable.setRowFactory(t -> {
            TableRow<InheritedPriority> row = new TableRow<>();
            row.getStyleClass().add("inherited");
            row.itemProperty().addListener((obs, was, now) -> row.setTooltip(now == null ? null : new Tooltip(
                    "Inherited from " + now.prospectusTitle() + " (version " + now.version() + ", " + now.status().label()
                            + ").\nRead-only here: it is changed in its own prospectus."
                            + (now.priority().outcomes().isEmpty() ? "" : "\n" + now.priority().outcomes().stream()
                            .map(OutcomeMeasure::describe).collect(Collectors.joining("\n"))))));
            return row;
        });
        inheritedTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showChosen();
            }
        });
        inheritedTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showChosen();
                e.consume();
            }
        });
        inheritedPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> {
            ProspectusLevel level = vm.levelProperty().get();
            FinancialYear year = vm.form().firstYearProperty().get();
            if (level == ProspectusLevel.LONDON) {
                return "A London-wide prospectus inherits nothing: its priorities are inherited by every PCT's.";
            }
            return level == null || year == null ? "Choose the owner and cycle to see the priorities it inherits."
                    : "No agreed London-wide or group priorities for a cycle starting " + year + ".";
        }, vm.levelProperty(), vm.form().firstYearProperty()));
        inheritedTitle.textProperty().bind(Bindings.createStringBinding(() -> "Inherited priorities ("
                + vm.inherited().size() + ", read-only)", vm.inherited()));
    }

    /** The whole of the inherited priority chosen, read-only. */
    private void showChosen() {
        InheritedPriority i = inheritedTable.getSelectionModel().getSelectedItem();
        if (i == null) {
            return;
        }
        Priority p = i.priority();
        StringBuilder text = new StringBuilder();
        text.append("From ").append(i.prospectusTitle()).append(" (").append(i.ownerName()).append(", version ")
                .append(i.version()).append(", ").append(i.status().label()).append(")\n\n");
        text.append("Service area: ").append(p.serviceArea()).append("\nChange: ").append(p.changeType().label()).append('\n');
        FinancialYear first = vm.form().firstYearProperty().get();
        for (int y = 0; y < p.amounts().size(); y++) {
            if (p.amount(y) != null) {
                text.append(first == null ? "Year " + (y + 1) : new FinancialYear(first.startYear() + y).toString())
                        .append(": ").append(Money.format(p.amount(y))).append('\n');
            }
        }
        if (p.rationale() != null) {
            text.append("\nRationale: ").append(p.rationale()).append('\n');
        }
        if (!p.outcomes().isEmpty()) {
            text.append("\nOutcomes:\n");
            p.outcomes().forEach(o -> text.append("  • ").append(o.describe()).append('\n'));
        }
        if (p.inequalityFocus() != null) {
            text.append("\nInequality focus: ").append(p.inequalityFocus()).append('\n');
        }
        if (p.leadOfficer() != null) {
            text.append("\nLead officer: ").append(p.leadOfficer()).append('\n');
        }
        if (!p.specificationIds().isEmpty()) {
            text.append("\nDelivered by:\n");
            p.specificationIds().forEach(id -> text.append("  • ").append(vm.choices().specificationLabel(id)).append('\n'));
        }
        text.append("\nInherited priorities are read-only here; they are changed in their own prospectus.");
        Dialogs.info(inheritedTable, p.title(), text.toString());
    }
}
