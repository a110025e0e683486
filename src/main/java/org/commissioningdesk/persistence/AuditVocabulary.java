package org.commissioningdesk.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.UkDates;

/**
 * The words for one kind of record in the audit trail, supplied by the feature that records it: what the
 * record is called ("prospectus"), where its name is, and which of the fields of its JSON text people
 * know by which words ("summary", "lead officer"), with how each value is said. {@link AuditWords} reads
 * an entry with it. A field it does not name is never shown: no JSON key, table name or enum code reaches
 * a screen. Paths are dotted field names inside the record ({@code "content.title"}).
 */
public final class AuditVocabulary {

    /** How a value is said in words; null where it cannot be (then only the field is named). */
    @FunctionalInterface
    public interface Shown {
        String say(JsonNode value);
    }

    /** One field people know by name. */
    sealed interface Field permits Text, Value, Items, Sections {
    }

    /** Text: quoted (abbreviated) when {@code long} is false, only named when true ("Changed the summary"). */
    record Text(JsonPointer path, String label, boolean longText) implements Field {
    }

    /** A value said by {@code shown}, or only named where {@code shown} is null. */
    record Value(JsonPointer path, String label, Shown shown) implements Field {
    }

    /** A list of child records, each added, removed or changed. */
    record Items(JsonPointer path, ItemWords words) implements Field {
    }

    /** Texts kept by heading (a specification's sections): {@code heading} names a key, or gives null. */
    record Sections(JsonPointer path, String one, String many, Function<String, String> heading) implements Field {
    }

    /**
     * The words for the items of a list: "priority"/"priorities", the field that identifies an item across
     * saves (null: items are matched by content and position), the field that names one (null: numbered,
     * "care pathway step 3"), and the labels of the fields whose change is worth naming.
     */
    public record ItemWords(String one, String many, JsonPointer key, JsonPointer title, Map<String, String> labels) {

        public ItemWords {
            labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }

        /** Items matched across saves by the field at {@code path} (a key that never changes). */
        public ItemWords keyedBy(String path) {
            return new ItemWords(one, many, pointer(path), title, labels);
        }

        /** Items named by the text at {@code path}; one with none there is named by its number. */
        public ItemWords titledBy(String path) {
            return new ItemWords(one, many, key, pointer(path), labels);
        }

        /** A field of an item whose change is named ("Changed the lead officer of priority “X”"). */
        public ItemWords label(String path, String label) {
            Map<String, String> more = new LinkedHashMap<>(labels);
            more.put(path, label);
            return new ItemWords(one, many, key, title, more);
        }
    }

    final String entity;
    final String noun;
    final JsonPointer title;
    final List<Field> fields;
    final Map<String, String> statuses;
    final Map<String, String> actions;

    private AuditVocabulary(Builder b) {
        this.entity = b.entity;
        this.noun = b.noun;
        this.title = b.title;
        this.fields = List.copyOf(b.fields);
        this.statuses = Map.copyOf(b.statuses);
        this.actions = Map.copyOf(b.actions);
    }

    /** The entity name written in the audit trail. */
    public String entity() {
        return entity;
    }

    /**
     * Starts the words for the records written to the audit trail as {@code entity}, which people call
     * {@code noun} ("prospectus", "service specification").
     */
    public static Builder of(String entity, String noun) {
        return new Builder(entity, noun);
    }

    /** The words for a list's items: "priority" and "priorities". */
    public static ItemWords items(String one, String many) {
        return new ItemWords(one, many, null, null, Map.of());
    }

    /** Builds an {@link AuditVocabulary}; fields are described in the order their changes should be told. */
    public static final class Builder {

        private final String entity;
        private final String noun;
        private JsonPointer title;
        private final List<Field> fields = new ArrayList<>();
        private final Map<String, String> statuses = new LinkedHashMap<>();
        private final Map<String, String> actions = new LinkedHashMap<>();

        private Builder(String entity, String noun) {
            this.entity = entity;
            this.noun = noun;
        }

        /** Where the record's name is, for "Prospectus “Camden 2007/08”". */
        public Builder titledBy(String path) {
            title = pointer(path);
            return this;
        }

        /** Short text, told with its old and new value: "Changed the title from “A” to “B”". */
        public Builder text(String path, String label) {
            fields.add(new Text(pointer(path), label, false));
            return this;
        }

        /** Long text, only named: "Changed the summary". */
        public Builder longText(String path, String label) {
            fields.add(new Text(pointer(path), label, true));
            return this;
        }

        /** A value said as {@code shown} says: "Changed the first year from 2007/08 to 2008/09". */
        public Builder value(String path, String label, Shown shown) {
            fields.add(new Value(pointer(path), label, shown));
            return this;
        }

        /** A value never shown, only named ("Changed the group it belongs to"): an id, a list of amounts. */
        public Builder quiet(String path, String label) {
            fields.add(new Value(pointer(path), label, null));
            return this;
        }

        /** A list of child records. */
        public Builder list(String path, ItemWords words) {
            fields.add(new Items(pointer(path), words));
            return this;
        }

        /** Long texts kept by heading: "Changed the Outcomes section", "Changed 3 sections". */
        public Builder sections(String path, String one, String many, Function<String, String> heading) {
            fields.add(new Sections(pointer(path), one, many, heading));
            return this;
        }

        /**
         * What a move to the status whose code is {@code code} is called: "Agreed {version}". In a sentence,
         * {version} stands for "version 2", {noun} for the record's noun, {title} for its quoted name.
         */
        public Builder status(String code, String sentence) {
            statuses.put(code, sentence);
            return this;
        }

        /**
         * What the action {@code action} is called ("Retired the organisation"), in place of the changes to
         * its fields; {text} stands for the text an entry holds that is not a record.
         */
        public Builder action(String action, String sentence) {
            actions.put(action, sentence);
            return this;
        }

        public AuditVocabulary build() {
            return new AuditVocabulary(this);
        }
    }

    // ---- ways of saying values

    /** Text or a number as it is. */
    public static Shown plain() {
        return v -> v.isTextual() ? v.asText() : v.isNumber() ? v.decimalValue().toPlainString() : null;
    }

    /** A date as dd/mm/yyyy. */
    public static Shown date() {
        return v -> {
            try {
                return UkDates.format(LocalDate.parse(v.asText()));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        };
    }

    /** Pounds and pence: £1,250,000.00. */
    public static Shown money() {
        return v -> {
            try {
                return v.isNumber() ? Money.format(v.decimalValue()) : null;
            } catch (ArithmeticException e) {
                return null;
            }
        };
    }

    /** A financial year: 2007/08. */
    public static Shown financialYear() {
        return v -> v.path("startYear").isInt() ? new FinancialYear(v.path("startYear").asInt()).toString() : null;
    }

    /** A count: "3 years". */
    public static Shown count(String one, String many) {
        return v -> v.isIntegralNumber() ? Plural.count(v.asLong(), one, many) : null;
    }

    /** An enum's words for its code ("REDESIGN" is "Redesign"); an unknown code cannot be said. */
    public static <E extends Enum<E>> Shown labels(Class<E> type, Function<E, String> label) {
        return v -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(v.asText())) {
                    return label.apply(constant);
                }
            }
            return null;
        };
    }

    /** The field at a dotted path; "" is the value itself (a list of plain texts names its items by themselves). */
    static JsonPointer pointer(String dotted) {
        if (dotted == null) {
            return null;
        }
        return dotted.isEmpty() ? JsonPointer.empty() : JsonPointer.compile("/" + dotted.replace('.', '/'));
    }
}
