package org.commissioningdesk.common;

/**
 * Counts written as English: "1 response", "3 responses", "1 priority", "2 priorities"; and the
 * words that follow a count ("is"/"are", "has"/"have", "it"/"them"). One place, so every screen,
 * message and export reads the same way.
 */
public final class Plural {

    private Plural() {
    }

    /** "1 response", "0 responses", "2 responses": the noun with an s added unless there is one. */
    public static String count(long n, String noun) {
        return n + " " + noun(n, noun);
    }

    /** "1 priority", "2 priorities": for a noun whose plural is not the noun with an s. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The noun alone, singular for one and plural (with an s, or "y" to "ies" after a consonant) otherwise. */
    public static String noun(long n, String noun) {
        if (n == 1) {
            return noun;
        }
        int last = noun.length() - 1;
        if (last > 0 && noun.charAt(last) == 'y' && "aeiou".indexOf(noun.charAt(last - 1)) < 0) {
            return noun.substring(0, last) + "ies";
        }
        return noun + "s";
    }

    /** {@code one} when n is 1, otherwise {@code many}: for a verb or pronoun agreeing with a count. */
    public static String agree(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
