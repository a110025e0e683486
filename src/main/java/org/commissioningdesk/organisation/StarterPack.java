package org.commissioningdesk.organisation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The data a new database can start with. */
public enum StarterPack {
    EMPTY("empty", "Empty", "An empty register: you add your own organisations."),
    LONDON_2006("london-2006", "London 2006/07",
            "The 31 London PCTs, the 5 Local Commissioning Groups, the London Commissioning Group, London SHA, "
                    + "the 2006/07 lead-commissioner arrangements with their trusts, the mental health trusts and the "
                    + "33 local authorities.");

    private final String key;
    private final String label;
    private final String description;

    StarterPack(String key, String label, String description) {
        this.key = key;
        this.label = label;
        this.description = description;
    }

    /** The name used on the command line and stored in the database: {@code empty}, {@code london-2006}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static StarterPack fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equalsIgnoreCase(key == null ? "" : key.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown starter pack '" + key + "'. Choose one of: "
                        + Arrays.stream(values()).map(StarterPack::key).collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return label;
    }
}
