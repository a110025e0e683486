package org.commissioningdesk.dashboard;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.prospectus.ProspectusStatus;
import org.commissioningdesk.specification.SpecStatus;
import org.commissioningdesk.persistence.AuditEntry;

/** The Dashboard: how the register stands, and the latest changes from the audit trail. */
public final class DashboardController implements org.commissioningdesk.common.Refreshable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final DashboardViewModel vm;
    private final Runnable loadStarterPack;

    @FXML private FlowPane tiles;
    @FXML private FlowPane prospectusTiles;
    @FXML private FlowPane specificationTiles;
    @FXML private Label messageLabel;
    @FXML private VBox emptyState;
    @FXML private TableView<AuditEntry> recentTable;
    @FXML private TableColumn<AuditEntry, String> whenColumn;
    @FXML private TableColumn<AuditEntry, String> whoColumn;
    @FXML private TableColumn<AuditEntry, String> whatColumn;
    @FXML private TableColumn<AuditEntry, String> actionColumn;

    /**
     * @param loadStarterPack offers the London starter pack, for a register that is still empty
     */
    public DashboardController(DashboardViewModel vm, Runnable loadStarterPack) {
        this.vm = vm;
        this.loadStarterPack = loadStarterPack;
    }

    @FXML
    private void initialize() {
        messageLabel.textProperty().bind(vm.messageProperty());
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().at().atZone(java.time.ZoneId.systemDefault()))));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().who()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().subject()));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().summary()));
        // A change told in several sentences is cut short in its cell: the whole of it shows on hover.
        org.commissioningdesk.common.Tables.wholeTextOnHover(recentTable);
        vm.summaryProperty().addListener((obs, was, now) -> show(now));
        emptyState.visibleProperty().bind(vm.registerEmptyProperty());
        emptyState.managedProperty().bind(emptyState.visibleProperty());
    }

    @FXML
    private void onLoadStarterPack() {
        loadStarterPack.run();
    }

    /** Reloads the figures (called whenever the screen is shown). */
    @Override
    public void refresh() {
        vm.refresh();
    }

    private void show(DashboardSummary summary) {
        tiles.getChildren().clear();
        prospectusTiles.getChildren().clear();
        specificationTiles.getChildren().clear();
        if (summary == null) {
            return;
        }
        Map<OrganisationType, Long> byType = summary.activeByType();
        long commissioners = byType.entrySet().stream().filter(e -> e.getKey() == OrganisationType.PCT
                || e.getKey() == OrganisationType.CARE_TRUST).mapToLong(Map.Entry::getValue).sum();
        long providers = byType.entrySet().stream().filter(e -> e.getKey().isProvider())
                .mapToLong(Map.Entry::getValue).sum();
        tiles.getChildren().addAll(
                tile("PCTs and Care Trusts", commissioners),
                tile("Commissioning groups", byType.getOrDefault(OrganisationType.LCG, 0L)
                        + byType.getOrDefault(OrganisationType.LONDON_COMMISSIONING_GROUP, 0L)),
                tile("Providers", providers),
                tile("Lead-commissioner arrangements", summary.leadArrangements()),
                tile("Organisations in all", summary.active()),
                tile("Retired", summary.retired()));
        prospectusTiles.getChildren().addAll(
                tile("In draft", summary.prospectuses(ProspectusStatus.DRAFT)),
                tile("Out for consultation", summary.prospectuses(ProspectusStatus.CONSULTATION)),
                tile("Responses not yet answered", summary.unansweredResponses()),
                tile("Board approved", summary.prospectuses(ProspectusStatus.BOARD_APPROVED)),
                tile("Published", summary.prospectuses(ProspectusStatus.PUBLISHED)));
        specificationTiles.getChildren().addAll(
                tile("In draft", summary.specifications(SpecStatus.DRAFT)),
                tile("Agreed", summary.specifications(SpecStatus.AGREED)),
                tile("Superseded versions", summary.specifications(SpecStatus.SUPERSEDED)));
        recentTable.getItems().setAll(summary.recentChanges());
    }

    private static VBox tile(String caption, long value) {
        Label number = new Label(String.valueOf(value));
        number.getStyleClass().add("tile-number");
        Label text = new Label(caption);
        text.getStyleClass().add("tile-caption");
        VBox box = new VBox(2, number, text);
        box.getStyleClass().add("tile");
        return box;
    }
}
