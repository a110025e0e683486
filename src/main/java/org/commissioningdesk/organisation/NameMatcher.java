package org.commissioningdesk.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches the short names used in papers ("City &amp; Hackney PCT") to full register names
 * ("City and Hackney Teaching PCT"): case, '&amp;'/'and', punctuation and the words PCT, Teaching,
 * Care Trust are ignored; a name with a prefix ("Specialist Commissioning Haringey PCT") matches the
 * one organisation whose name it ends with.
 */
final class NameMatcher {

    private static final Set<String> IGNORED = Set.of("pct", "teaching", "primary", "care", "trust");

    private NameMatcher() {
    }

    static String key(String name) {
        String words = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9 ]", " ");
        StringBuilder key = new StringBuilder();
        for (String word : words.trim().split("\\s+")) {
            if (!word.isEmpty() && !IGNORED.contains(word)) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    /** The single candidate that {@code shortName} names; fails clearly when none or several do. */
    static <T> T match(String shortName, List<T> candidates, Function<T, String> nameOf) {
        String wanted = key(shortName);
        List<T> exact = candidates.stream().filter(c -> key(nameOf.apply(c)).equals(wanted)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<T> suffix = candidates.stream()
                .filter(c -> wanted.endsWith(" " + key(nameOf.apply(c))))
                .toList();
        if (exact.isEmpty() && suffix.size() == 1) {
            return suffix.get(0);
        }
        throw new IllegalArgumentException("'" + shortName + "' matches " + (exact.size() + suffix.size() == 0
                ? "no organisation" : "more than one organisation"));
    }
}
