package org.commissioningdesk.prospectus;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.commissioningdesk.common.Money;

/**
 * The prospectus editor's Finance tab: investment and disinvestment per year and by service area,
 * worked out from the prospectus's own priorities as they are typed.
 */
public final class ProspectusFinanceTab {

    private static final int ROW = 26;
    private static final int MONEY_WIDTH = 140;
    private static final int TOTAL_WIDTH = 150;

    private final ProspectusEditorViewModel vm;

    @FXML private TableView<ProspectusFinance.YearLine> yearTable;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> yearColumn;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> investColumn;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> disinvestColumn;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> netYearColumn;
    @FXML private TableView<ProspectusFinance.AreaLine> areaTable;

    public ProspectusFinanceTab(ProspectusEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        yearColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().year() == null ? "Total"
                : c.getValue().year().toString()));
        investColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().investment())));
        disinvestColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().disinvestment())));
        netYearColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().net())));
        yearTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProspectusFinance.YearLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && item.year() == null) {
                    getStyleClass().add("total-row");
                }
            }
        });
        // The tables are as tall as their rows, so the page reads as one statement.
        for (TableView<?> table : List.of(yearTable, areaTable)) {
            table.setFixedCellSize(ROW);
            table.prefHeightProperty().bind(Bindings.size(table.getItems()).add(1.4).multiply(ROW).add(4));
            table.minHeightProperty().bind(table.prefHeightProperty());
        }
        vm.financeProperty().addListener((obs, was, now) -> show(now));
        show(vm.financeProperty().get());
    }

    private void show(ProspectusFinance f) {
        if (f == null) {
            yearTable.getItems().clear();
            areaTable.getItems().clear();
            return;
        }
        List<ProspectusFinance.YearLine> lines = new ArrayList<>(f.years());
        lines.add(f.total());
        yearTable.getItems().setAll(lines);
        List<String> years = f.years().stream().map(y -> y.year().toString()).toList();
        if (areaTable.getColumns().size() != years.size() + 2
                || !areaTable.getColumns().stream().skip(1).limit(years.size()).map(TableColumn::getText).toList().equals(years)) {
            rebuildAreaColumns(years);
        }
        areaTable.getItems().setAll(f.areas());
    }

    /** One money column per year of the cycle, then the total; the service area takes what is left. */
    private void rebuildAreaColumns(List<String> years) {
        areaTable.getColumns().clear();
        TableColumn<ProspectusFinance.AreaLine, String> area = new TableColumn<>("Service area");
        area.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().serviceArea()));
        area.prefWidthProperty().bind(areaTable.widthProperty().subtract(years.size() * MONEY_WIDTH + TOTAL_WIDTH + 20));
        areaTable.getColumns().add(area);
        for (int i = 0; i < years.size(); i++) {
            int index = i;
            areaTable.getColumns().add(money(years.get(i), MONEY_WIDTH, line -> line.perYear().get(index)));
        }
        areaTable.getColumns().add(money("Total", TOTAL_WIDTH, ProspectusFinance.AreaLine::total));
        areaTable.getColumns().forEach(c -> c.setSortable(false));
    }

    private static TableColumn<ProspectusFinance.AreaLine, String> money(String heading, int width,
            java.util.function.Function<ProspectusFinance.AreaLine, java.math.BigDecimal> amount) {
        TableColumn<ProspectusFinance.AreaLine, String> column = new TableColumn<>(heading);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(amount.apply(c.getValue()))));
        column.getStyleClass().add("number");
        column.setPrefWidth(width);
        return column;
    }
}
