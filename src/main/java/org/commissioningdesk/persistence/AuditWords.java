package org.commissioningdesk.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells audit entries in plain words, the one way every screen does: "14/03/2007 10:15  Jane Smith
 * Changed the title from “A” to “B”. Added priority “Stroke units”." Each feature supplies the
 * {@link AuditVocabulary} of the records it writes; an entry about a record no vocabulary knows is
 * still told, in general words, and never with its table name, action code or JSON.
 */
public final class AuditWords {

    /** An entry is told in at most this many sentences; the rest are counted. */
    static final int MOST_SENTENCES = 6;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String STATUS = "status: ";
    private static final String STAMP = "stamp";
    private static final String ROW_ID = "uid";

    /** What this database records about itself and the lists every feature shares. */
    private static final List<AuditVocabulary> SHARED = List.of(
            AuditVocabulary.of("database", "database")
                    .action("starter-pack", "Loaded {text}")
                    .action("demo data", "Loaded {text}")
                    .build(),
            AuditVocabulary.of(ServiceAreaRepository.ENTITY, "service area").titledBy("name")
                    .action("create", "Added the service area {title}")
                    .build());

    private final Map<String, AuditVocabulary> vocabularies = new LinkedHashMap<>();

    private AuditWords(List<AuditVocabulary> given) {
        SHARED.forEach(v -> vocabularies.put(v.entity, v));
        given.forEach(v -> vocabularies.put(v.entity, v));
    }

    /** Tells the entries about the records of {@code vocabularies} (and the database's own). */
    public static AuditWords of(AuditVocabulary... vocabularies) {
        return new AuditWords(List.of(vocabularies));
    }

    /** Tells the entries about the records of {@code vocabularies} (and the database's own). */
    public static AuditWords of(List<AuditVocabulary> vocabularies) {
        return new AuditWords(vocabularies);
    }

    /** What was done, in sentences: "Changed the title from “A” to “B”. Added priority “X”." */
    String describe(AuditChange entry) {
        return sentenced(sentences(entry));
    }

    private static String sentenced(List<String> sentences) {
        return String.join(" ", sentences.stream().map(s -> s + ".").toList());
    }

    /** Every sentence of what was done, none counted away: what a history shows when one change is opened. */
    String details(AuditChange entry) {
        return sentenced(told(entry, Integer.MAX_VALUE));
    }

    /** What the entry is about, for a list of changes to many records: "Prospectus “Camden 2007/08”". */
    String subject(AuditChange entry) {
        AuditVocabulary words = wordsFor(entry);
        JsonNode record = record(entry.after()) != null ? record(entry.after()) : record(entry.before());
        String title = record == null || words.title == null ? null : AuditChanges.textOf(record.at(words.title));
        return title == null ? "The " + words.noun : capitalised(words.noun) + " " + AuditChanges.quote(title);
    }

    /** What was done, one sentence each (no full stops), at most {@value #MOST_SENTENCES}. */
    List<String> sentences(AuditChange entry) {
        return told(entry, MOST_SENTENCES);
    }

    private List<String> told(AuditChange entry, int most) {
        AuditVocabulary words = wordsFor(entry);
        JsonNode before = record(entry.before());
        JsonNode after = record(entry.after());
        String action = entry.action() == null ? "" : entry.action();
        String phrase = words.actions.get(action);
        if (phrase == null && action.startsWith(STATUS)) {
            JsonNode status = after == null ? null : after.get("status");
            phrase = status == null ? null : words.statuses.get(status.asText());
            if (phrase == null) {
                phrase = "Changed the status to " + action.substring(STATUS.length()).strip();
            }
        }
        if (phrase == null) {
            phrase = switch (action) {
                case "create" -> "Created the {noun}";
                case "delete" -> "Deleted the {noun}";
                case "new version" -> "Started {version}";
                default -> null;
            };
        }
        if (phrase != null) {
            return List.of(fill(phrase, words, entry, before, after));
        }
        List<String> told = before != null && after != null ? AuditChanges.between(words, before, after) : List.of();
        if (told.isEmpty()) {
            return List.of("Changed the " + words.noun);
        }
        if (told.size() > most) {
            List<String> some = new ArrayList<>(told.subList(0, most - 1));
            int more = told.size() - some.size();
            some.add("Made " + more + " other " + (more == 1 ? "change" : "changes"));
            return some;
        }
        return told;
    }

    /**
     * The change with only what changed kept: each record cut to the fields whose value differs (an object is
     * cut field by field, a list or a value kept whole), plus the record's name and version, which every
     * sentence about it may use. Plain words are kept as they are.
     */
    AuditChange lean(AuditChange entry) {
        JsonNode before = record(entry.before());
        JsonNode after = record(entry.after());
        if (before == null || after == null) {
            return entry;
        }
        com.fasterxml.jackson.databind.node.ObjectNode was = JSON.createObjectNode();
        com.fasterxml.jackson.databind.node.ObjectNode is = JSON.createObjectNode();
        // A record's stamp (id, revision, who saved it) is the audit row's own columns, not a change to it.
        if (before instanceof com.fasterxml.jackson.databind.node.ObjectNode b) {
            b.remove(STAMP);
        }
        if (after instanceof com.fasterxml.jackson.databind.node.ObjectNode a) {
            a.remove(STAMP);
        }
        AuditChanges.keepDiffering(before, after, was, is);
        AuditVocabulary words = wordsFor(entry);
        for (com.fasterxml.jackson.core.JsonPointer kept : words.title == null
                ? List.of(com.fasterxml.jackson.core.JsonPointer.compile("/version"))
                : List.of(words.title, com.fasterxml.jackson.core.JsonPointer.compile("/version"))) {
            AuditChanges.copy(before, was, kept);
            AuditChanges.copy(after, is, kept);
        }
        return new AuditChange(entry.entity(), entry.action(), was.toString(), is.toString());
    }

    private AuditVocabulary wordsFor(AuditChange entry) {
        AuditVocabulary words = vocabularies.get(entry.entity());
        // A record no feature has words for: called a record, never by its table's name.
        return words != null ? words : AuditVocabulary.of(entry.entity(), "record").build();
    }

    private static String fill(String phrase, AuditVocabulary words, AuditChange entry, JsonNode before, JsonNode after) {
        JsonNode record = after != null ? after : before;
        String title = record == null || words.title == null ? null : AuditChanges.textOf(record.at(words.title));
        JsonNode version = record == null ? null : record.get("version");
        String text = plainText(entry.after() != null ? entry.after() : entry.before());
        return phrase.replace("{noun}", words.noun)
                .replace("{version}", version != null && version.canConvertToInt() ? "version " + version.asInt()
                        : "a new version")
                .replace("{title}", title == null ? "" : AuditChanges.quote(title))
                .replace("{text}", text == null ? "" : text)
                .replaceAll("\\s+", " ").strip();
    }

    /** The record an entry's text holds, or null where it holds none (or plain words). */
    private static JsonNode record(String text) {
        if (text == null || !text.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                return null;
            }
            withoutRowIds(node);
            return node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * Takes out the lasting ids of the rows inside a record (its steps, measures, responses): they say which
     * stored row a value is, not what anyone wrote, so a change is told by what the rows hold, as before they
     * had ids.
     */
    private static void withoutRowIds(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            object.remove(ROW_ID);
        }
        node.forEach(AuditWords::withoutRowIds);
    }

    /** Text written in words rather than as a record ("the 'London 2006/07' starter pack"). */
    private static String plainText(String text) {
        return text == null || record(text) != null || text.stripLeading().startsWith("[") ? null : text.strip();
    }

    private static String capitalised(String noun) {
        return noun.isEmpty() ? noun : noun.substring(0, 1).toUpperCase(Locale.UK) + noun.substring(1);
    }
}
