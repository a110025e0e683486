package org.commissioningdesk.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads FXML views whose controllers are built by the composition root, so every controller takes
 * what it needs in its constructor. A controller that was never registered fails at once with a
 * message naming it.
 */
public final class ViewLoader {

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    private final Map<Class<?>, Supplier<?>> controllers = new HashMap<>();

    /** Registers how to build a controller type. */
    public <C> ViewLoader register(Class<C> type, Supplier<? extends C> factory) {
        controllers.put(type, factory);
        return this;
    }

    /** Loads {@code Name.fxml} from beside {@code controllerType} in the resources. */
    public <C> View<C> load(Class<C> controllerType, String fxmlName) {
        URL fxml = controllerType.getResource(fxmlName);
        if (fxml == null) {
            throw new IllegalStateException("FXML " + fxmlName + " not found beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(this::createController);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    private Object createController(Class<?> type) {
        Supplier<?> factory = controllers.get(type);
        if (factory == null) {
            throw new IllegalStateException("No controller registered for " + type.getName()
                    + ": register it in the composition root (app.CompositionRoot).");
        }
        return factory.get();
    }
}
