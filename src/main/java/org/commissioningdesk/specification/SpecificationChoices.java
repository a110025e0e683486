package org.commissioningdesk.specification;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.Choices;
import org.commissioningdesk.organisation.Organisation;

/**
 * What the specification editor offers to choose from: the commissioners, the providers and the
 * service areas already in use. A commissioner or provider no longer offered (retired) stays chosen
 * on the specification it is on. No JavaFX scene types are used.
 */
public final class SpecificationChoices {

    /** What the service gave, read together. */
    record Read(List<Organisation> commissioners, List<Organisation> providers, List<String> serviceAreas) {
    }

    private final ObservableList<Organisation> commissioners = FXCollections.observableArrayList();
    private final ObservableList<Organisation> providers = FXCollections.observableArrayList();
    private final ObservableList<String> serviceAreas = FXCollections.observableArrayList();

    /** Replaces the choices with those read, keeping the commissioner and provider chosen on {@code form}. */
    void replace(Read read, SpecificationForm form) {
        Choices.replaceKeepingChosen(commissioners, read.commissioners(), form.commissionerProperty(), Organisation::id);
        Choices.replaceKeepingChosen(providers, read.providers(), form.providerProperty(), Organisation::id);
        serviceAreas.setAll(read.serviceAreas());
    }

    /** The commissioner with {@code id}; until the choices arrive (or if it is retired), one with its name. */
    Organisation commissioner(Long id, String name) {
        return organisation(commissioners, id, name);
    }

    /** The provider with {@code id}; until the choices arrive (or if it is retired), one with its name. */
    Organisation provider(Long id, String name) {
        return organisation(providers, id, name);
    }

    private static Organisation organisation(List<Organisation> choices, Long id, String name) {
        if (id == null) {
            return null;
        }
        return choices.stream().filter(o -> o.id() == id).findFirst()
                .orElse(new Organisation(id, name == null ? "Organisation " + id : name, null, null, null, null, null,
                        null, null, List.of(), null));
    }

    public ObservableList<Organisation> commissioners() {
        return commissioners;
    }

    public ObservableList<Organisation> providers() {
        return providers;
    }

    public ObservableList<String> serviceAreas() {
        return serviceAreas;
    }
}
