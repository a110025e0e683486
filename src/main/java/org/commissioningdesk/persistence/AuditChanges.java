package org.commissioningdesk.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.commissioningdesk.common.Plural;

/**
 * What changed between the JSON text of a record before and after, told in sentences with the words of
 * its {@link AuditVocabulary}: "Changed the title from “A” to “B”", "Added priority “X”", "Changed 3
 * sections". Only the fields the vocabulary names are told.
 */
final class AuditChanges {

    /** Items of one kind named one by one up to this many; more are counted ("Added 5 priorities"). */
    static final int MOST_NAMED = 3;
    /** Quoted text is cut to about this many characters. */
    static final int QUOTE_LENGTH = 50;

    /** Numbers are equal by value (25000 and 25000.0), everything else by content. */
    private static final Comparator<JsonNode> SAME = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private AuditChanges() {
    }

    static List<String> between(AuditVocabulary words, JsonNode before, JsonNode after) {
        List<String> told = new ArrayList<>();
        for (AuditVocabulary.Field field : words.fields) {
            if (field instanceof AuditVocabulary.Text t) {
                text(told, t, before.at(t.path()), after.at(t.path()));
            } else if (field instanceof AuditVocabulary.Value v) {
                value(told, v, before.at(v.path()), after.at(v.path()));
            } else if (field instanceof AuditVocabulary.Items i) {
                items(told, i.words(), before.at(i.path()), after.at(i.path()));
            } else if (field instanceof AuditVocabulary.Sections s) {
                sections(told, s, before.at(s.path()), after.at(s.path()));
            }
        }
        return told;
    }

    private static void text(List<String> told, AuditVocabulary.Text field, JsonNode was, JsonNode is) {
        String before = textOf(was);
        String after = textOf(is);
        if (java.util.Objects.equals(before, after)) {
            return;
        }
        boolean named = field.longText() || multiLine(before) || multiLine(after);
        if (before == null) {
            told.add(named ? "Wrote the " + field.label() : "Set the " + field.label() + " to " + quote(after));
        } else if (after == null) {
            told.add("Cleared the " + field.label());
        } else if (named) {
            told.add("Changed the " + field.label());
        } else {
            String[] shown = differing(before, after);
            told.add("Changed the " + field.label() + " from " + quote(shown[0]) + " to " + quote(shown[1]));
        }
    }

    private static void value(List<String> told, AuditVocabulary.Value field, JsonNode was, JsonNode is) {
        boolean wasEmpty = empty(was);
        boolean isEmpty = empty(is);
        if (wasEmpty && isEmpty || !wasEmpty && !isEmpty && was.equals(SAME, is)) {
            return;
        }
        String before = wasEmpty || field.shown() == null ? null : field.shown().say(was);
        String after = isEmpty || field.shown() == null ? null : field.shown().say(is);
        if (wasEmpty) {
            told.add("Set the " + field.label() + (after == null ? "" : " to " + after));
        } else if (isEmpty) {
            told.add("Cleared the " + field.label());
        } else if (before == null || after == null) {
            told.add("Changed the " + field.label());
        } else {
            told.add("Changed the " + field.label() + " from " + before + " to " + after);
        }
    }

    private static void items(List<String> told, AuditVocabulary.ItemWords words, JsonNode was, JsonNode is) {
        List<JsonNode> before = elements(was);
        List<JsonNode> after = elements(is);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        boolean reordered;
        if (words.key() != null) {
            Map<String, Integer> beforeAt = keys(before, words);
            Map<String, Integer> afterAt = keys(after, words);
            afterAt.forEach((key, i) -> {
                Integer j = beforeAt.get(key);
                if (j == null) {
                    added.add(name(words, after.get(i), i));
                } else if (!before.get(j).equals(SAME, after.get(i))) {
                    changed.add(changedItem(words, before.get(j), after.get(i), i));
                }
            });
            beforeAt.forEach((key, j) -> {
                if (!afterAt.containsKey(key)) {
                    removed.add(name(words, before.get(j), j));
                }
            });
            List<String> keptBefore = beforeAt.keySet().stream().filter(afterAt::containsKey).toList();
            List<String> keptAfter = afterAt.keySet().stream().filter(beforeAt::containsKey).toList();
            reordered = !keptBefore.equals(keptAfter);
        } else if (before.size() == after.size()) {
            // Edited in place: the items that differ, position by position (unless only their order changed).
            reordered = !sameInOrder(before, after) && sameItems(before, after);
            for (int i = 0; i < after.size() && !reordered; i++) {
                if (!before.get(i).equals(SAME, after.get(i))) {
                    changed.add(changedItem(words, before.get(i), after.get(i), i));
                }
            }
        } else {
            // Items put in or taken out: those left over on each side once equal items are paired.
            reordered = false;
            boolean[] paired = new boolean[before.size()];
            for (int i = 0; i < after.size(); i++) {
                if (!pair(before, paired, after.get(i))) {
                    added.add(name(words, after.get(i), i));
                }
            }
            for (int j = 0; j < before.size(); j++) {
                if (!paired[j]) {
                    removed.add(name(words, before.get(j), j));
                }
            }
        }
        say(told, "Added ", added, words);
        say(told, "Removed ", removed, words);
        if (changed.size() > MOST_NAMED) {
            told.add("Changed " + Plural.count(changed.size(), words.one(), words.many()));
        } else {
            told.addAll(changed);
        }
        if (reordered) {
            told.add("Reordered the " + words.many());
        }
    }

    /** "Added priority “X”" for each of a few; "Added 5 priorities" for more. */
    private static void say(List<String> told, String verb, List<String> items, AuditVocabulary.ItemWords words) {
        if (items.size() > MOST_NAMED) {
            told.add(verb + Plural.count(items.size(), words.one(), words.many()));
        } else {
            items.forEach(item -> told.add(verb + item));
        }
    }

    /** "Renamed priority “A” to “B”", "Changed the lead officer of priority “B”", or "Changed priority “B”". */
    private static String changedItem(AuditVocabulary.ItemWords words, JsonNode before, JsonNode after, int at) {
        Set<String> labels = new LinkedHashSet<>();
        words.labels().forEach((path, label) -> {
            JsonNode was = before.at(AuditVocabulary.pointer(path));
            JsonNode is = after.at(AuditVocabulary.pointer(path));
            boolean title = AuditVocabulary.pointer(path).equals(words.title());
            if (!title && !(empty(was) && empty(is)) && (empty(was) != empty(is) || !was.equals(SAME, is))) {
                labels.add(label);
            }
        });
        String oldTitle = words.title() == null ? null : textOf(before.at(words.title()));
        String newTitle = words.title() == null ? null : textOf(after.at(words.title()));
        if (oldTitle != null && newTitle != null && !oldTitle.equals(newTitle)) {
            // Two long names that differ only past where they are cut are shown from where they part.
            String[] shown = quote(oldTitle).equals(quote(newTitle)) ? differing(oldTitle, newTitle, 1)
                    : new String[] {oldTitle, newTitle};
            return "Renamed " + words.one() + " " + quote(shown[0]) + " to " + quote(shown[1])
                    + (labels.isEmpty() ? "" : " and changed its " + joined(List.copyOf(labels)));
        }
        String name = name(words, after, at);
        return "Changed " + (labels.isEmpty() ? name : "the " + joined(List.copyOf(labels)) + " of " + name);
    }

    private static void sections(List<String> told, AuditVocabulary.Sections field, JsonNode was, JsonNode is) {
        Set<String> headings = new LinkedHashSet<>();
        was.fieldNames().forEachRemaining(headings::add);
        is.fieldNames().forEachRemaining(headings::add);
        List<String> changed = headings.stream().filter(h -> !java.util.Objects.equals(textOf(was.get(h)),
                textOf(is.get(h)))).toList();
        if (changed.size() > 1) {
            told.add("Changed " + Plural.count(changed.size(), field.one(), field.many()));
        } else if (changed.size() == 1) {
            String heading = changed.get(0);
            String shown = field.heading().apply(heading);
            String which = shown == null ? "a " + field.one() : "the " + shown + " " + field.one();
            told.add((textOf(was.get(heading)) == null ? "Wrote " : textOf(is.get(heading)) == null ? "Cleared "
                    : "Changed ") + which);
        }
    }

    // ---- small pieces

    /** "priority “Stroke units”", or "care pathway step 3" for an item with no name (numbered from 1). */
    private static String name(AuditVocabulary.ItemWords words, JsonNode item, int at) {
        String title = words.title() == null ? null : textOf(item.at(words.title()));
        return words.one() + " " + (title == null ? String.valueOf(at + 1) : quote(title));
    }

    private static Map<String, Integer> keys(List<JsonNode> items, AuditVocabulary.ItemWords words) {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            at.putIfAbsent(items.get(i).at(words.key()).asText("#" + i), i);
        }
        return at;
    }

    private static boolean sameInOrder(List<JsonNode> a, List<JsonNode> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(SAME, b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameItems(List<JsonNode> a, List<JsonNode> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(n -> counts.merge(n.toString(), 1, Integer::sum));
        b.forEach(n -> counts.merge(n.toString(), -1, Integer::sum));
        return counts.values().stream().allMatch(c -> c == 0);
    }

    /** Pairs {@code item} with the first equal item of {@code items} not yet paired; false when there is none. */
    private static boolean pair(List<JsonNode> items, boolean[] paired, JsonNode item) {
        for (int j = 0; j < items.size(); j++) {
            if (!paired[j] && items.get(j).equals(SAME, item)) {
                paired[j] = true;
                return true;
            }
        }
        return false;
    }

    private static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(list::add);
        }
        return list;
    }

    static String textOf(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static boolean empty(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || node.isTextual() && node.asText().isBlank()
                || node.isContainerNode() && node.isEmpty();
    }

    private static boolean multiLine(String text) {
        return text != null && text.indexOf('\n') >= 0;
    }

    /**
     * Two long values that begin alike are shown from the word where they part ("…2007/08" to "…2007/08
     * (revised)"), so that cutting them short does not cut off the very change.
     */
    static String[] differing(String before, String after) {
        return differing(before, after, 0);
    }

    /** As {@link #differing(String, String)}, starting {@code wordsBefore} words before the one where they part. */
    static String[] differing(String before, String after, int wordsBefore) {
        String a = oneLine(before);
        String b = oneLine(after);
        if (a.length() <= QUOTE_LENGTH && b.length() <= QUOTE_LENGTH) {
            return new String[] {a, b};
        }
        int same = 0;
        while (same < a.length() && same < b.length() && a.charAt(same) == b.charAt(same)) {
            same++;
        }
        int from = a.lastIndexOf(' ', Math.max(0, Math.min(same, a.length() - 1))) + 1;
        for (int k = 0; k < wordsBefore && from > 1; k++) {
            from = a.lastIndexOf(' ', from - 2) + 1;
        }
        if (from < QUOTE_LENGTH / 2) {
            return new String[] {a, b};
        }
        return new String[] {"…" + a.substring(from), "…" + b.substring(from)};
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** “text”, on one line and cut short with an ellipsis where it is long. */
    static String quote(String text) {
        String oneLine = oneLine(text);
        if (oneLine.length() > QUOTE_LENGTH) {
            int cut = oneLine.lastIndexOf(' ', QUOTE_LENGTH - 1);
            oneLine = oneLine.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).strip() + "…";
        }
        return "“" + oneLine + "”";
    }

    /** "a", "a and b", "a, b and c". */
    static String joined(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    /**
     * Puts into {@code was} and {@code is} the fields of {@code before} and {@code after} that differ: objects
     * field by field, anything else (a list, a value) whole.
     */
    static void keepDiffering(JsonNode before, JsonNode after, com.fasterxml.jackson.databind.node.ObjectNode was,
                              com.fasterxml.jackson.databind.node.ObjectNode is) {
        Set<String> names = new LinkedHashSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (b != null && a != null && b.equals(SAME, a)) {
                continue;
            }
            if (b != null && a != null && b.isObject() && a.isObject()) {
                keepDiffering(b, a, was.putObject(name), is.putObject(name));
            } else {
                if (b != null) {
                    was.set(name, b);
                }
                if (a != null) {
                    is.set(name, a);
                }
            }
        }
    }

    /** Copies the value at {@code path} in {@code from} (if any) to the same path in {@code to}. */
    static void copy(JsonNode from, com.fasterxml.jackson.databind.node.ObjectNode to,
                     com.fasterxml.jackson.core.JsonPointer path) {
        JsonNode value = from.at(path);
        if (value.isMissingNode() || path.matches()) {
            return;
        }
        com.fasterxml.jackson.databind.node.ObjectNode parent = to;
        com.fasterxml.jackson.core.JsonPointer at = path;
        while (!at.tail().matches()) {
            JsonNode next = parent.get(at.getMatchingProperty());
            parent = next instanceof com.fasterxml.jackson.databind.node.ObjectNode o ? o
                    : parent.putObject(at.getMatchingProperty());
            at = at.tail();
        }
        parent.set(at.getMatchingProperty(), value);
    }
}
