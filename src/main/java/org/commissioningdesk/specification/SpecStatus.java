package org.commissioningdesk.specification;

import java.util.Locale;

/** Where a version of a specification is: Draft -> Agreed -> Superseded. Only a draft can change. */
public enum SpecStatus {
    DRAFT("Draft"),
    AGREED("Agreed"),
    SUPERSEDED("Superseded");

    private final String label;

    SpecStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Accepts the name or the label, any case: "agreed", "Agreed", "AGREED". */
    public static SpecStatus parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (SpecStatus s : values()) {
            if (s.name().equalsIgnoreCase(wanted) || s.label.equalsIgnoreCase(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status '" + text + "'. Known: draft, agreed, superseded");
    }

    @Override
    public String toString() {
        return label;
    }

    String lower() {
        return label.toLowerCase(Locale.ROOT);
    }
}
