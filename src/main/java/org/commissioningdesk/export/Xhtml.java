package org.commissioningdesk.export;

/** XHTML text built with escaping, dropping characters XML does not allow. */
final class Xhtml {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    Xhtml raw(String s) {
        out.append(s);
        return this;
    }

    Xhtml text(String s) {
        if (s == null) {
            return this;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
