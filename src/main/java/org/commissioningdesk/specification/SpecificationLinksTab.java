package org.commissioningdesk.specification;

import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The specification editor's Links tab: the prospectus priorities this specification delivers. */
public final class SpecificationLinksTab {

    private final SpecificationEditorViewModel vm;

    @FXML private TableView<DeliveredPriority> deliveredTable;
    @FXML private TableColumn<DeliveredPriority, String> deliveredProspectusColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredOwnerColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredCycleColumn;
    @FXML private TableColumn<DeliveredPriority, Integer> deliveredVersionColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredStatusColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredPriorityColumn;

    public SpecificationLinksTab(SpecificationEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        deliveredTable.setItems(vm.delivered());
        deliveredProspectusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().prospectusTitle()));
        deliveredOwnerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ownerName()));
        deliveredCycleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().firstYear().toString()));
        deliveredVersionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().prospectusVersion()));
        deliveredStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(statusLabel(c.getValue().prospectusStatus())));
        deliveredPriorityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().priorityTitle()));
        org.commissioningdesk.common.Tables.titleTakesSpare(deliveredTable, deliveredPriorityColumn);
        org.commissioningdesk.common.Tables.wholeTextOnHover(deliveredTable);
    }

    /** A prospectus status as stored ("BOARD_APPROVED") in words ("Board approved"). */
    private static String statusLabel(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        String words = stored.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1).replace("board", "Board");
    }
}
