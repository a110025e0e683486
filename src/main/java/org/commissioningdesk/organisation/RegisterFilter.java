package org.commissioningdesk.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The filter over the Organisations register: text (names, codes, sectors, types, groups and other
 * names), a type, and whether retired organisations are shown (they are not, at first). It can also
 * clear just what hides one organisation, so that the one a person is working on is never hidden.
 */
public final class RegisterFilter {

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationType> type = new SimpleObjectProperty<>();
    private final BooleanProperty showRetired = new SimpleBooleanProperty(false);
    private final Function<Organisation, String> groupName;

    /** @param groupName the name of the group an organisation is a member of, or "" */
    RegisterFilter(Function<Organisation, String> groupName) {
        this.groupName = groupName;
    }

    /** Calls {@code changed} whenever any part of the filter changes. */
    void onChange(Runnable changed) {
        text.addListener((obs, was, now) -> changed.run());
        type.addListener((obs, was, now) -> changed.run());
        showRetired.addListener((obs, was, now) -> changed.run());
    }

    /** Whether the filter lets {@code o} through. */
    public boolean shows(Organisation o) {
        return passesType(o) && passesRetired(o) && passesText(o);
    }

    /**
     * Clears each part of the filter that hides {@code o} (and only those), so that it is shown.
     *
     * @return true when anything was cleared
     */
    public boolean reveal(Organisation o) {
        boolean cleared = false;
        if (!passesText(o)) {
            text.set("");
            cleared = true;
        }
        if (!passesType(o)) {
            type.set(null);
            cleared = true;
        }
        if (!passesRetired(o)) {
            showRetired.set(true);
            cleared = true;
        }
        return cleared;
    }

    /** The filter in words, for an exported register ("type PCT; containing "barnet""), or null for none. */
    public String description() {
        List<String> parts = new ArrayList<>();
        if (type.get() != null) {
            parts.add("type " + type.get().label());
        }
        if (!typed().isEmpty()) {
            parts.add("containing \"" + typed() + "\"");
        }
        if (!showRetired.get()) {
            parts.add("retired organisations hidden");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private String typed() {
        return text.get() == null ? "" : text.get().strip();
    }

    private boolean passesType(Organisation o) {
        return type.get() == null || o.type() == type.get();
    }

    private boolean passesRetired(Organisation o) {
        return showRetired.get() || !o.isRetired();
    }

    private boolean passesText(Organisation o) {
        String wanted = typed().toLowerCase(Locale.ROOT);
        return wanted.isEmpty() || contains(o.name(), wanted) || contains(o.code(), wanted)
                || contains(o.sector(), wanted) || contains(o.type().label(), wanted)
                || contains(groupName.apply(o), wanted) || o.aliases().stream().anyMatch(a -> contains(a, wanted));
    }

    private static boolean contains(String value, String wanted) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<OrganisationType> typeProperty() {
        return type;
    }

    public BooleanProperty showRetiredProperty() {
        return showRetired;
    }
}
