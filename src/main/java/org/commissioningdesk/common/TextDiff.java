package org.commissioningdesk.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The differences between two texts word by word, as runs of text that are the same, removed (in
 * the first only) or added (in the second only). Reading the runs with removed ones skipped gives
 * the second text back exactly; skipping the added ones gives the first.
 */
public final class TextDiff {

    /** How a run of text differs. */
    public enum Change { SAME, REMOVED, ADDED }

    /** A run of text with one kind of change. */
    public record Segment(Change change, String text) {
    }

    /** Words, runs of spaces and line breaks, each a token, so whitespace survives the diff. */
    private static final Pattern TOKEN = Pattern.compile("\\n|[^\\S\\n]+|[^\\s]+");

    private TextDiff() {
    }

    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Change.SAME, a.subList(at, start));
            add(out, Change.REMOVED, delta.getSource().getLines());
            add(out, Change.ADDED, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(out, Change.SAME, a.subList(at, a.size()));
        return out;
    }

    /** Whether any run is added or removed. */
    public static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.change() != Change.SAME);
    }

    /** The text a list of runs gives with the runs of one side left out. */
    public static String side(List<Segment> segments, boolean after) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (s.change() == Change.SAME || (after ? s.change() == Change.ADDED : s.change() == Change.REMOVED)) {
                out.append(s.text());
            }
        }
        return out.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static void add(List<Segment> out, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(change, last.text() + text));
        } else {
            out.add(new Segment(change, text));
        }
    }
}
