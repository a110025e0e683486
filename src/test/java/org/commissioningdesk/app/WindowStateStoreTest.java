package org.commissioningdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window comes back where it was left, at the size it was left. */
@ExtendWith(ApplicationExtension.class)
class WindowStateStoreTest {

    private final Preferences node = Preferences.userRoot().node("org/commissioningdesk/test-" + UUID.randomUUID());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void remembersSizeAndPosition(FxRobot robot) {
        WindowStateStore store = new WindowStateStore(node);
        robot.interact(() -> {
            Stage first = new Stage();
            first.setX(40);
            first.setY(30);
            first.setWidth(900);
            first.setHeight(620);
            first.show();
            store.save(first);
            first.close();
        });
        double[] restored = new double[4];
        robot.interact(() -> {
            Stage second = new Stage();
            store.restore(second);
            restored[0] = second.getX();
            restored[1] = second.getY();
            restored[2] = second.getWidth();
            restored[3] = second.getHeight();
        });
        assertThat(restored).containsExactly(40, 30, 900, 620);
    }

    @Test
    void aFirstStartGetsTheDefaultSize(FxRobot robot) {
        double[] size = new double[2];
        robot.interact(() -> {
            Stage stage = new Stage();
            new WindowStateStore(node).restore(stage);
            size[0] = stage.getWidth();
            size[1] = stage.getHeight();
        });
        assertThat(size).containsExactly(WindowStateStore.DEFAULT_WIDTH, WindowStateStore.DEFAULT_HEIGHT);
    }
}
