package org.commissioningdesk.common.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;

import org.commissioningdesk.common.SameThreadTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fields of a read-only record, styled by the application's stylesheet: every kind of field looks
 * the same and none is faded; text can still be selected; a button that cannot be pressed looks disabled.
 */
@ExtendWith(ApplicationExtension.class)
class FormFieldsTest {

    private final EditorSession session = new EditorSession(new SameThreadTaskRunner(), new FormErrors(key -> true));
    private TextField title;
    private TextArea summary;
    private ComboBox<String> area;
    private DatePicker received;
    private CheckBox answered;
    private Button add;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        title = new TextField("Primary angioplasty for heart attack");
        summary = new TextArea("Heart attacks treated within 150 minutes of the call.");
        area = new ComboBox<>();
        received = new DatePicker(LocalDate.of(2007, 1, 18));
        answered = new CheckBox("Answered");
        add = new Button("Add outcome");
        area.getItems().setAll("Acute", "Mental health");
        area.setValue("Acute");
        answered.setSelected(true);
        FormFields fields = new FormFields(session, key -> null);
        fields.editable(title, summary);
        fields.locked(area, received, answered, add);
        VBox root = new VBox(8, title, summary, area, received, answered, add);
        root.getStylesheets().add(FormFieldsTest.class.getResource("/org/commissioningdesk/app/app.css").toExternalForm());
        stage.setScene(new Scene(root, 500, 400));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
    }

    private static List<Paint> fill(Region r) {
        return r.getBackground() == null ? List.of() : r.getBackground().getFills().stream().map(f -> f.getFill()).toList();
    }

    @Test
    void everyFieldOfAReadOnlyRecordLooksTheSameAndNoneIsFaded(FxRobot robot) {
        robot.interact(() -> session.setEditable(false));
        WaitForAsyncUtils.waitForFxEvents();

        for (Control c : List.of(title, summary, area, received, answered)) {
            assertThat(c.getStyleClass()).as(c.toString()).contains(FormFields.READ_ONLY);
            assertThat(c.getOpacity()).as(c.toString()).isEqualTo(1.0);
        }
        assertThat(fill(area)).isEqualTo(fill(received)).isEqualTo(fill(summary))
                .isEqualTo(fill((Region) answered.lookup(".box")));
        // The title has the focus (its ring aside, the same box).
        assertThat(fill(title).get(1)).isEqualTo(fill(area).get(1));
        // The editor inside the date picker shows through, rather than drawing a box of its own.
        assertThat(received.getEditor().getOpacity()).isEqualTo(1.0);
        // Text fields are read-only, not disabled: their text can be selected (and so copied).
        assertThat(title.isEditable()).isFalse();
        assertThat(title.isDisabled()).isFalse();
        robot.clickOn(title);
        robot.interact(title::selectAll);
        assertThat(title.getSelectedText()).isEqualTo("Primary angioplasty for heart attack");
        // Choosers cannot be changed.
        assertThat(area.isDisabled()).isTrue();
        assertThat(answered.isDisabled()).isTrue();
        // A button that cannot be pressed looks like one.
        assertThat(add.isDisabled()).isTrue();
        assertThat(add.getStyleClass()).doesNotContain(FormFields.READ_ONLY);
        assertThat(add.getOpacity()).isLessThan(1.0);
    }

    @Test
    void theReadOnlyLookGoesWhenTheRecordCanBeEditedAgain(FxRobot robot) {
        robot.interact(() -> session.setEditable(false));
        robot.interact(() -> session.setEditable(true));
        WaitForAsyncUtils.waitForFxEvents();

        for (Node n : List.of(title, summary, area, received, answered)) {
            assertThat(n.getStyleClass()).as(n.toString()).doesNotContain(FormFields.READ_ONLY);
        }
        assertThat(title.isEditable()).isTrue();
        assertThat(area.isDisabled()).isFalse();
        assertThat(fill(area)).isNotEqualTo(fill(title));
    }
}
