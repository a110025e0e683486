package org.commissioningdesk.common.editor;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import org.commissioningdesk.common.Plural;

/**
 * The messages an editor shows on its fields, kept apart by where they came from, so that each goes
 * at the right moment:
 * <ul>
 * <li>{@link Kind#TYPING}: what was typed cannot be read (a sum of money, a number); until it can;
 * <li>{@link Kind#RULE}: the form breaks a rule of the record; checked afresh on every change;
 * <li>{@link Kind#REFUSAL}: the service refused a save or a step for a reason it tied to a field;
 * it goes as soon as the person edits anything, since the edit may have removed the cause;
 * <li>{@link Kind#GAP}: what a workflow step (agreeing, approving) still needs; shown on the fields,
 * it never blocks saving a draft, and goes on the next edit.
 * </ul>
 * Where two kinds speak of one field the earlier kind's message is shown. The messages are kept in
 * the order a reader meets the fields, as the rule check gives them. No JavaFX scene types are used,
 * so view models may hold one.
 */
public final class FormErrors {

    /** Where a message came from, in the order they take precedence on one field. */
    public enum Kind {
        TYPING, RULE, REFUSAL, GAP;

        boolean blocksSaving() {
            return this != GAP;
        }
    }

    private final Predicate<String> onForm;
    private final Map<Kind, Map<String, String>> byKind = new EnumMap<>(Kind.class);
    private final ObservableMap<String, String> shown = FXCollections.observableHashMap();
    private Map<String, String> inReadingOrder = Map.of();

    /** {@code onForm} says whether a key is shown on one of the form's fields (others belong on the message line). */
    public FormErrors(Predicate<String> onForm) {
        this.onForm = onForm;
        for (Kind k : Kind.values()) {
            byKind.put(k, new LinkedHashMap<>());
        }
    }

    /**
     * The keys of a form, derived from its fields' own names: a property is named for the key its
     * messages carry ("title", "ownerId"), and a list of rows is named for the start of its rows'
     * keys ("priority" for "priority.2.title"). Anything else is not the form's, and goes on the
     * message line. A field without a name is a mistake that would hide its messages, so it is refused.
     */
    public static Predicate<String> keysOf(List<? extends Observable> fields) {
        Set<String> exact = new HashSet<>();
        List<String> rows = new ArrayList<>();
        for (Observable field : fields) {
            if (!(field instanceof ReadOnlyProperty<?> named) || named.getName() == null || named.getName().isEmpty()) {
                throw new IllegalArgumentException("Every field of a form is named for its key; this one is not: " + field);
            }
            if (field instanceof ObservableList<?>) {
                rows.add(named.getName() + ".");
            } else {
                exact.add(named.getName());
            }
        }
        return key -> exact.contains(key) || rows.stream().anyMatch(key::startsWith);
    }

    /** The form was checked again: the rules' messages and what could not be read, each in reading order. */
    public void checked(Map<String, String> rules, Map<String, String> typing) {
        replace(Kind.RULE, rules);
        replace(Kind.TYPING, typing);
        publish();
    }

    /**
     * The service refused, naming fields; keeps the messages for fields of this form and says
     * whether there were any (if not, the refusal belongs on the message line alone).
     */
    public boolean refused(Map<String, String> fieldMessages) {
        return put(Kind.REFUSAL, fieldMessages);
    }

    /** What a workflow step still needs, shown on the fields it names; says whether any were for this form. */
    public boolean gaps(Map<String, String> fieldMessages) {
        return put(Kind.GAP, fieldMessages);
    }

    /** The person changed something: refusals and gaps are no longer known to hold. */
    public void edited() {
        if (!byKind.get(Kind.REFUSAL).isEmpty() || !byKind.get(Kind.GAP).isEmpty()) {
            byKind.get(Kind.REFUSAL).clear();
            byKind.get(Kind.GAP).clear();
            publish();
        }
    }

    /**
     * The person changed something: refusals and gaps go, {@code recheck} checks the form again (calling
     * {@link #checked}), and {@code line} follows what is now true.
     */
    public void edited(Runnable recheck, MessageLine line) {
        edited();
        recheck.run();
        line.edited(this);
    }

    /** Another record (or a fresh copy of this one) was loaded: everything from before goes. */
    public void reset() {
        byKind.values().forEach(Map::clear);
        publish();
    }

    /** Whether {@code key} is one of this form's fields. */
    public boolean isOnForm(String key) {
        return onForm.test(key);
    }

    /** Field key to the message shown on it; observable, for the view. */
    public ObservableMap<String, String> shown() {
        return shown;
    }

    /** The message shown for {@code key}, or null. */
    public String get(String key) {
        return shown.get(key);
    }

    /** Whether anything stops a save (every kind but gaps does). */
    public boolean blocksSaving() {
        return blocking() > 0;
    }

    /** How many fields have a message that stops a save. */
    public int blocking() {
        return (int) inReadingOrder.keySet().stream().filter(this::blocks).count();
    }

    /** The first message a reader meets, blocking ones first; empty when there is none. */
    public Optional<String> first() {
        return inReadingOrder.entrySet().stream().filter(e -> blocks(e.getKey())).map(Map.Entry::getValue).findFirst()
                .or(() -> inReadingOrder.values().stream().findFirst());
    }

    /** "Not saved: 2 problems need fixing (marked in red). Give the title." for the message line. */
    public String notSavedMessage() {
        int n = blocking();
        return "Not saved: " + Plural.count(n, "problem") + Plural.agree(n, " needs", " need") + " fixing (marked in red). "
                + first().orElse("") + ".";
    }

    private boolean blocks(String key) {
        for (Kind k : Kind.values()) {
            if (byKind.get(k).containsKey(key)) {
                return k.blocksSaving();
            }
        }
        return false;
    }

    private boolean put(Kind kind, Map<String, String> messages) {
        Map<String, String> mine = new LinkedHashMap<>();
        messages.forEach((key, text) -> {
            if (onForm.test(key)) {
                mine.put(key, text);
            }
        });
        replace(kind, mine);
        publish();
        return !mine.isEmpty();
    }

    private void replace(Kind kind, Map<String, String> messages) {
        Map<String, String> held = byKind.get(kind);
        held.clear();
        held.putAll(messages);
    }

    private void publish() {
        Map<String, String> all = new LinkedHashMap<>();
        // Reading order comes from the rules; a typing problem replaces the rule's message on its field.
        byKind.get(Kind.RULE).forEach(all::put);
        byKind.get(Kind.TYPING).forEach(all::put);
        byKind.get(Kind.REFUSAL).forEach(all::putIfAbsent);
        byKind.get(Kind.GAP).forEach(all::putIfAbsent);
        inReadingOrder = all;
        if (!all.equals(shown)) {
            shown.clear();
            shown.putAll(all);
        }
    }
}
