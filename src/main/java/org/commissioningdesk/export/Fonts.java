package org.commissioningdesk.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts every PDF embeds, bundled so output is the same on every machine: Liberation Sans
 * (metric-compatible with Arial) for Latin, Greek and Cyrillic text (English, Polish, Turkish,
 * Somali), with Noto Sans Bengali and Noto Naskh Arabic (Urdu) behind it for the scripts it lacks.
 * Text none of them can draw is refused before anything is written, never shown as empty boxes.
 */
public final class Fonts {

    /**
     * One bundled face: the family CSS names, its weight and style, its file, and whether PDFBox
     * should apply the font's glyph substitutions when drawing (needed to shape Bengali; off for
     * Latin, where they only make ligatures that a reader copying text gets back as gaps, and cost
     * most of an export's time).
     */
    public record Face(String family, int weight, boolean italic, String file, boolean substitutions) {
        public InputStream open() {
            InputStream in = Fonts.class.getResourceAsStream("fonts/" + file);
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return in;
        }

        /** The face for {@code pdf}, embedded as a subset of the glyphs used. */
        public PDFont load(PDDocument pdf) throws IOException {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
            font.setEnableGsub(substitutions);
            return PDType0Font.load(pdf, font, true);
        }

        /** The font file, read from the application once and kept (each export parses its own copy). */
        private byte[] bytes() throws IOException {
            byte[] cached = FILES.get(file);
            if (cached == null) {
                try (InputStream in = open()) {
                    cached = in.readAllBytes();
                }
                FILES.put(file, cached);
            }
            return cached;
        }
    }

    public static final String MAIN = "Liberation Sans";

    public static final List<Face> FACES = List.of(
            new Face(MAIN, 400, false, "LiberationSans-Regular.ttf", false),
            new Face(MAIN, 700, false, "LiberationSans-Bold.ttf", false),
            new Face(MAIN, 400, true, "LiberationSans-Italic.ttf", false),
            new Face(MAIN, 700, true, "LiberationSans-BoldItalic.ttf", false),
            new Face("Noto Sans Bengali", 400, false, "NotoSansBengali-Regular.ttf", true),
            new Face("Noto Sans Bengali", 700, false, "NotoSansBengali-Bold.ttf", true),
            // Urdu is shaped (joined letter forms) before it reaches PDFBox, by ICU in the layout.
            new Face("Noto Naskh Arabic", 400, false, "NotoNaskhArabic-Regular.ttf", false),
            new Face("Noto Naskh Arabic", 700, false, "NotoNaskhArabic-Bold.ttf", false));

    /** The CSS font-family list: the main face first, then the fallbacks in turn. */
    public static final String CSS_FAMILIES = "'Liberation Sans', 'Noto Sans Bengali', 'Noto Naskh Arabic'";

    private static volatile List<CmapLookup> lookups;
    private static final java.util.Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    private Fonts() {
    }

    /**
     * The faces a document needs: Liberation Sans always, a fallback family only where some text is
     * in its script (each face costs time to read and embed).
     */
    static List<Face> needed(List<String[]> texts) {
        boolean bengali = false;
        boolean arabic = false;
        for (String[] text : texts) {
            for (int i = 0; i < text[0].length(); i++) {
                Character.UnicodeScript script = Character.UnicodeScript.of(text[0].charAt(i));
                bengali |= script == Character.UnicodeScript.BENGALI;
                arabic |= script == Character.UnicodeScript.ARABIC;
            }
        }
        boolean wantBengali = bengali;
        boolean wantArabic = arabic;
        return FACES.stream().filter(f -> f.family().equals(MAIN)
                || (wantBengali && f.family().contains("Bengali")) || (wantArabic && f.family().contains("Arabic"))).toList();
    }

    /**
     * The first character of {@code text} that no bundled font can draw, or -1 where all can.
     * Spaces, line ends and invisible joiners are not drawn, so they never count.
     */
    public static int firstUndrawable(String text) {
        if (text == null) {
            return -1;
        }
        List<CmapLookup> fonts = lookups();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.CONTROL) {
                continue;
            }
            if (fonts.stream().noneMatch(f -> f.getGlyphId(cp) > 0)) {
                return cp;
            }
        }
        return -1;
    }

    private static List<CmapLookup> lookups() {
        List<CmapLookup> found = lookups;
        if (found == null) {
            synchronized (Fonts.class) {
                found = lookups;
                if (found == null) {
                    found = FACES.stream().filter(f -> f.weight() == 400 && !f.italic()).map(Fonts::cmap).toList();
                    lookups = found;
                }
            }
        }
        return found;
    }

    private static CmapLookup cmap(Face face) {
        try (InputStream in = face.open()) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + face.file(), e);
        }
    }
}
