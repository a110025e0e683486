package org.commissioningdesk.specification;

/**
 * Editing chores on a section's CommonMark text that the editor's buttons do: turning the lines a
 * person selected into a bullet list (or back into plain lines when they already are one).
 */
public final class SectionText {

    /** The text after an edit, and where the selection it covers now starts and ends. */
    public record Edit(String text, int start, int end) {
    }

    private SectionText() {
    }

    /**
     * Turns the lines touched by the selection {@code start}-{@code end} into "- " items; when every
     * one of them already is an item, turns them back into plain lines. A blank line is put after
     * the list when a paragraph follows it, so the paragraph is not swallowed into the last item.
     */
    public static Edit toggleBullets(String text, int start, int end) {
        String t = text == null ? "" : text;
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(t.length(), Math.max(start, end));
        int lineStart = t.lastIndexOf('\n', from - 1) + 1;
        // A selection ending just after a line break does not take in the next line.
        int lastChar = to > from && t.charAt(to - 1) == '\n' ? to - 1 : to;
        int lineEnd = t.indexOf('\n', lastChar);
        if (lineEnd < 0) {
            lineEnd = t.length();
        }
        String[] lines = t.substring(lineStart, lineEnd).split("\n", -1);
        boolean allBullets = true;
        boolean anyText = false;
        for (String line : lines) {
            if (!line.isBlank()) {
                anyText = true;
                allBullets &= isBullet(line);
            }
        }
        boolean makeList = !anyText || !allBullets;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i > 0) {
                out.append('\n');
            }
            if (line.isBlank()) {
                // Blank lines inside the selection would split the list in two: leave them out.
                if (!anyText) {
                    out.append("- ");
                }
                continue;
            }
            out.append(makeList ? "- " + line.strip() : unbulleted(line));
        }
        String middle = out.toString().replaceAll("\n{2,}", "\n");
        String before = t.substring(0, lineStart);
        String after = t.substring(lineEnd);
        if (makeList) {
            // A list after a paragraph reads better with a blank line before it, and needs one after it.
            if (!before.isEmpty() && !before.endsWith("\n\n") && !previousLineIsBullet(before)) {
                before = before.endsWith("\n") ? before + "\n" : before + "\n\n";
            }
            if (after.startsWith("\n") && !after.startsWith("\n\n") && after.length() > 1 && !isBullet(firstLine(after.substring(1)))) {
                after = "\n" + after;
            }
        }
        String result = before + middle + after;
        return new Edit(result, before.length(), before.length() + middle.length());
    }

    private static boolean isBullet(String line) {
        String s = line.stripLeading();
        return s.startsWith("- ") || s.startsWith("* ") || s.equals("-");
    }

    private static String unbulleted(String line) {
        String s = line.stripLeading();
        return s.length() <= 2 ? "" : s.substring(2).stripLeading();
    }

    private static boolean previousLineIsBullet(String before) {
        String trimmed = before.endsWith("\n") ? before.substring(0, before.length() - 1) : before;
        int i = trimmed.lastIndexOf('\n');
        return isBullet(trimmed.substring(i + 1));
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }
}
