package org.commissioningdesk.specification;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.export.ExportRequests;

/**
 * Two versions of a specification side by side, part by part, with what was added and removed
 * marked; it takes the editor's place while it is open, and its changes can be exported.
 */
public final class SpecificationComparisonPane {

    private final SpecificationEditorViewModel vm;
    private final ExportRequests exports;
    private final ComparisonView comparisonView = new ComparisonView();

    @FXML private Button compareBackButton;
    @FXML private Label compareTitle;
    @FXML private Button exportChangesButton;
    @FXML private Label compareSummary;
    @FXML private CheckBox showUnchangedField;
    @FXML private ScrollPane compareScroll;

    public SpecificationComparisonPane(SpecificationEditorViewModel vm, ExportRequests exports) {
        this.vm = vm;
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        Node pane = compareScroll.getParent();
        compareScroll.setContent(comparisonView);
        Runnable show = () -> {
            SpecificationComparison c = vm.comparisonProperty().get();
            comparisonView.show(c, showUnchangedField.isSelected());
            if (c != null) {
                String pair = "v" + c.left().version() + " and v" + c.right().version();
                compareTitle.setText("Comparing " + pair + " of " + c.right().title());
                compareSummary.setText(c.changedParts() + " of " + c.parts().size() + " parts changed between " + pair);
            }
        };
        vm.comparisonProperty().addListener((obs, was, now) -> {
            show.run();
            // The pane shows only once its content is in place, so nobody (person or test) sees it half-filled.
            pane.setVisible(now != null);
            if (now != null) {
                compareScroll.setVvalue(0);
                Platform.runLater(compareBackButton::requestFocus);
            }
        });
        showUnchangedField.selectedProperty().addListener((obs, was, now) -> show.run());
        compareBackButton.setOnAction(e -> vm.closeComparison());
        exportChangesButton.setOnAction(e -> {
            if (Dialogs.exportSavedVersion(exportChangesButton, vm.dirtyProperty().get())) {
                vm.exportJob().ifPresent(exports::export);
            }
        });
    }
}
