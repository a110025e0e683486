package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.commissioningdesk.common.TextDiff.Change;
import org.commissioningdesk.common.TextDiff.Segment;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static Segment same(String t) {
        return new Segment(Change.SAME, t);
    }

    private static Segment removed(String t) {
        return new Segment(Change.REMOVED, t);
    }

    private static Segment added(String t) {
        return new Segment(Change.ADDED, t);
    }

    @Test
    void identicalTextsAreOneUnchangedRun() {
        List<Segment> d = TextDiff.diff("Seen within two hours.", "Seen within two hours.");
        assertThat(d).containsExactly(same("Seen within two hours."));
        assertThat(TextDiff.changed(d)).isFalse();
    }

    @Test
    void aChangedWordIsRemovedAndAddedWithTheRestUnchanged() {
        List<Segment> d = TextDiff.diff("at least 75 % monthly", "at least 80 % monthly");
        assertThat(d).containsExactly(same("at least "), removed("75"), added("80"), same(" % monthly"));
        assertThat(TextDiff.changed(d)).isTrue();
    }

    @Test
    void wordsAddedOrRemovedAtEitherEndAreRunsOfTheirOwn() {
        assertThat(TextDiff.diff("Repatriation within 2 days", "Repatriation within 2 days, or home"))
                .containsExactly(same("Repatriation within 2 "), removed("days"), added("days, or home"));
        assertThat(TextDiff.diff("", "New text")).containsExactly(added("New text"));
        assertThat(TextDiff.diff("Old text", "")).containsExactly(removed("Old text"));
        assertThat(TextDiff.diff(null, null)).isEmpty();
        assertThat(TextDiff.diff(null, "x")).containsExactly(added("x"));
    }

    @Test
    void lineBreaksAndSpacingSurviveTheDiff() {
        String before = "1. Home: call.\n2. Cath lab:  angioplasty.\n3. Ward: repatriation.";
        String after = "1. Home: call.\n2. A&E: transfer.\n3. Cath lab:  angioplasty.\n4. Ward: repatriation.";
        List<Segment> d = TextDiff.diff(before, after);
        assertThat(TextDiff.side(d, false)).isEqualTo(before);
        assertThat(TextDiff.side(d, true)).isEqualTo(after);
        // Inserting a line removes none of the lines kept: only the renumbering is removed.
        assertThat(d).filteredOn(s -> s.change() == Change.REMOVED).extracting(Segment::text)
                .isNotEmpty().allMatch(t -> t.matches("[0-9. \n]+"));
        assertThat(String.join("", d.stream().filter(s -> s.change() == Change.ADDED).map(Segment::text).toList()))
                .contains("A&E: transfer.");
    }

    @Test
    void readingEitherSideOfTheRunsGivesEachTextBackExactlyForRandomTexts() {
        String[] words = {"the", "provider", "NICE", "£5,000.00", "75%", "2007/08", "call-to-balloon", "CPA", "é",
                "🫀", "\u00a0", ".", ","};
        String[] gaps = {" ", "  ", "\t", "\n", "\n\n", "\r\n", " \n "};
        Random random = new Random(20070314L);
        for (int run = 0; run < 400; run++) {
            String a = text(random, words, gaps, random.nextInt(40));
            // Half the time an edit of the first text, so that the two share runs; otherwise unrelated.
            String b = random.nextBoolean() ? edit(random, a, words, gaps) : text(random, words, gaps, random.nextInt(40));

            List<Segment> d = TextDiff.diff(a, b);

            assertThat(TextDiff.side(d, false)).as("run %d before", run).isEqualTo(a);
            assertThat(TextDiff.side(d, true)).as("run %d after", run).isEqualTo(b);
            assertThat(TextDiff.changed(d)).as("run %d changed", run).isEqualTo(!a.equals(b));
            assertThat(d).as("run %d", run).allMatch(s -> !s.text().isEmpty());
            for (int i = 1; i < d.size(); i++) {
                assertThat(d.get(i).change()).as("run %d: neighbouring runs differ", run)
                        .isNotEqualTo(d.get(i - 1).change());
            }
        }
    }

    private static String text(Random random, String[] words, String[] gaps, int tokens) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            sb.append(random.nextInt(5) == 0 ? gaps[random.nextInt(gaps.length)] : words[random.nextInt(words.length)]);
            if (random.nextInt(3) > 0) {
                sb.append(gaps[random.nextInt(gaps.length)]);
            }
        }
        return sb.toString();
    }

    private static String edit(Random random, String a, String[] words, String[] gaps) {
        StringBuilder sb = new StringBuilder(a);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = sb.length() == 0 ? 0 : random.nextInt(sb.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> sb.insert(at, text(random, words, gaps, 1 + random.nextInt(3)));
                case 1 -> sb.delete(at, Math.min(sb.length(), at + random.nextInt(8)));
                default -> sb.replace(at, Math.min(sb.length(), at + 3), words[random.nextInt(words.length)]);
            }
        }
        return sb.toString();
    }
}
