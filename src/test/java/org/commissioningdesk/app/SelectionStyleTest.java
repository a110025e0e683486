package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The application's stylesheet keeps a table's selected row readable when the table has lost the
 * focus, even a row drawn in a colour of its own (a superseded version in pale grey italics).
 */
@ExtendWith(ApplicationExtension.class)
class SelectionStyleTest {

    private TableView<String> table;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        table = new TableView<>();
        TextField elsewhere = new TextField();
        TableColumn<String, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
        title.setPrefWidth(300);
        table.getColumns().add(title);
        table.getItems().setAll("Version 1", "Version 2");
        table.setRowFactory(t -> {
            TableRow<String> row = new TableRow<>();
            row.getStyleClass().add("superseded");
            return row;
        });
        elsewhere.setId("elsewhere");
        // As in the window: the application's stylesheet on the root, a feature's (which draws superseded
        // rows in pale grey italics) on its screen.
        VBox screen = new VBox(8, elsewhere, table);
        screen.getStylesheets().add(SelectionStyleTest.class.getResource("/org/commissioningdesk/prospectus/Prospectuses.css")
                .toExternalForm());
        VBox root = new VBox(screen);
        root.getStylesheets().add(SelectionStyleTest.class.getResource("app.css").toExternalForm());
        stage.setScene(new Scene(root, 400, 300));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
    }

    private static TableRow<?> selectedRow(FxRobot robot) {
        return robot.lookup(".table-row-cell").match((TableRow<?> r) -> r.isSelected()).query();
    }

    private static Color selectedText(FxRobot robot) {
        return (Color) ((Text) selectedRow(robot).lookup(".table-cell .text")).getFill();
    }

    /** The colour of the selected row's bar (its last fill: the first is the line between rows). */
    private static Color bar(FxRobot robot) {
        var fills = selectedRow(robot).getBackground().getFills();
        return (Color) fills.get(fills.size() - 1).getFill();
    }

    /** The contrast ratio of two colours, as WCAG measures it. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void theSelectedRowIsReadableWithAndWithoutTheFocus(FxRobot robot) {
        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<?> r) -> "Version 2".equals(r.getItem())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.isFocused()).isTrue();
        Color bar = bar(robot);
        assertThat(contrast(selectedText(robot), bar)).as("focused").isGreaterThan(4.5);

        robot.clickOn("#elsewhere");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.isFocused()).isFalse();
        Color pale = bar(robot);
        assertThat(pale).isEqualTo(Color.web("#d4e3f5"));
        assertThat(contrast(selectedText(robot), pale)).as("not focused").isGreaterThan(4.5);
    }
}
