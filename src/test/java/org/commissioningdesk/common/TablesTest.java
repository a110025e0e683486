package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A table's title column takes the spare width, and a cell shows its whole text on hover. */
@ExtendWith(ApplicationExtension.class)
class TablesTest {

    // Made on the FX thread once the toolkit is up (in show), never as the test is constructed: built here, they
    // needed another test to have started JavaFX first.
    private TableView<String> table;
    private TableColumn<String, String> title;
    private TableColumn<String, String> area;

    private Stage stage;

    private void show(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            build(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @org.junit.jupiter.api.AfterEach
    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
    }

    private void build(Stage stage) {
        table = new TableView<>();
        title = new TableColumn<>("Title");
        area = new TableColumn<>("Area");
        title.setPrefWidth(80);
        area.setPrefWidth(90);
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        area.setCellValueFactory(c -> new ReadOnlyStringWrapper("Primary care"));
        table.getColumns().setAll(area, title);
        table.getItems().setAll("Preventing and managing diabetes and heart disease in primary care", "Short");
        Tables.titleTakesSpare(table, title);
        Tables.wholeTextOnHover(table);
        stage.setScene(new Scene(table, 700, 300));
        stage.show();
    }

    @Test
    void theTitleColumnTakesTheSpareWidthAndTheOthersKeepTheirs(FxRobot robot) {
        show(robot);
        assertThat(area.getWidth()).isEqualTo(90.0);
        assertThat(title.getWidth()).isGreaterThan(500.0);
    }

    @Test
    void aCellShowsItsWholeTextAsATooltip(FxRobot robot) {
        show(robot);
        TableCell<?, ?> cell = robot.from(table).lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() == title
                && c.getItem() != null && c.getItem().toString().startsWith("Preventing")).query();
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo("Preventing and managing diabetes and heart disease in primary care");
    }
}
