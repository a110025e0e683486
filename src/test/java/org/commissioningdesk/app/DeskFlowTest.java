package org.commissioningdesk.app;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every flow test of the main window starts from: a folder of its own for its databases, the
 * window's fixture (page objects and throwaway preferences), and the stage the window is shown on;
 * the window is stopped after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class DeskFlowTest {

    @TempDir
    Path folder;

    final DeskWindowFixture fixture = new DeskWindowFixture();
    Stage stage;

    /** The stage TestFX set up for this test (runs before the test class's own set-up). */
    @BeforeEach
    void takeTheStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.stop();
    }
}
