package org.commissioningdesk.common.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;

import org.commissioningdesk.common.SameThreadTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The list of a record's parts: moving, refusing to move while read-only, and keeping the place after a reload. */
@ExtendWith(ApplicationExtension.class)
class ChildListTest {

    private final EditorSession session = new EditorSession(new SameThreadTaskRunner(), new FormErrors(key -> true));
    private final ObservableList<String> items = FXCollections.observableArrayList("first", "second", "third");

    @Test
    void movesTheChosenPartAndRefusesWhileTheRecordIsReadOnly(FxRobot robot) {
        robot.interact(() -> {
            TableView<String> table = new TableView<>();
            Button up = new Button();
            Button down = new Button();
            ChildList<String> list = new ChildList<>(table, items, session).moves(up, down);
            table.getSelectionModel().select("second");

            assertThat(list.move(-1)).isTrue();
            assertThat(items).containsExactly("second", "first", "third");
            assertThat(list.chosen()).isEqualTo("second");
            assertThat(up.isDisabled()).isTrue();
            assertThat(list.move(-1)).isFalse();

            session.setEditable(false);
            assertThat(down.isDisabled()).isTrue();
            assertThat(list.move(1)).isFalse();
            assertThat(items).containsExactly("second", "first", "third");
        });
    }

    @Test
    void afterTheListIsFilledAgainTheRowWithTheSameKeyIsChosenAgain(FxRobot robot) {
        robot.interact(() -> {
            TableView<String> table = new TableView<>();
            ChildList<String> list = new ChildList<>(table, items, session).keyedBy(s -> s.toUpperCase());
            table.getSelectionModel().select("third");

            // A save comes back with new row objects (equal keys), in a new order.
            items.setAll(List.of(new String("third"), new String("first"), new String("second")));
            session.filled();
            assertThat(list.chosen()).isEqualTo("third");
            assertThat(list.selectedIndex()).isZero();

            items.setAll(List.of("other"));
            session.filled();
            assertThat(list.chosen()).isEqualTo("other");
        });
    }
}
