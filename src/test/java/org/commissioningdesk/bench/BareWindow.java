package org.commissioningdesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of docs/benchmarks/startup.sh: the least a JavaFX window can be, started the same
 * way as the application (class path, a main class that does not extend Application).
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The bare window itself. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Bare JavaFX Window");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 800));
            stage.show();
        }
    }
}
