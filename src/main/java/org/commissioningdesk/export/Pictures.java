package org.commissioningdesk.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Drawings for documents (a care pathway, say), made with Java 2D in the bundled Liberation Sans so
 * they look the same on every machine, and returned as PNG {@link Document.Image}s.
 */
public final class Pictures {

    /** Pixels per point: drawings are made at three times print size so they stay sharp. */
    public static final int SCALE = 3;

    private static volatile Font regular;
    private static volatile Font bold;
    private static volatile List<Font> fallbacks;

    private Pictures() {
    }

    /**
     * Draws a picture {@code widthPt} by {@code heightPt} points with {@code painter} (which works in
     * points, on a white background) and returns it as an image shown {@code widthMm} wide.
     */
    public static Document.Image draw(double widthPt, double heightPt, double widthMm, String altText,
                                      Consumer<Graphics2D> painter) {
        int w = (int) Math.ceil(widthPt * SCALE);
        int h = (int) Math.ceil(heightPt * SCALE);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(SCALE, SCALE);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Document.Image(png.toByteArray(), w, h, widthMm, altText);
    }

    /** Liberation Sans at {@code size} points. */
    public static Font font(boolean isBold, float size) {
        Font base = isBold ? bold : regular;
        if (base == null) {
            synchronized (Pictures.class) {
                regular = regular == null ? load("LiberationSans-Regular.ttf") : regular;
                bold = bold == null ? load("LiberationSans-Bold.ttf") : bold;
                base = isBold ? bold : regular;
            }
        }
        return base.deriveFont(size);
    }

    /**
     * {@code base} if it can draw all of {@code text}, else the bundled face (Noto Sans Bengali, Noto
     * Naskh Arabic) that can, at the same size: text in the boroughs' languages is never drawn as boxes.
     */
    public static Font forText(Font base, String text) {
        if (text == null || base.canDisplayUpTo(text) == -1) {
            return base;
        }
        List<Font> more = fallbacks;
        if (more == null) {
            synchronized (Pictures.class) {
                more = fallbacks == null ? List.of(load("NotoSansBengali-Regular.ttf"), load("NotoNaskhArabic-Regular.ttf"))
                        : fallbacks;
                fallbacks = more;
            }
        }
        for (Font f : more) {
            if (f.canDisplayUpTo(text) == -1) {
                return f.deriveFont(base.getStyle(), base.getSize2D());
            }
        }
        return base;
    }

    /** {@code text} broken into lines no wider than {@code width} points, at most {@code maxLines} (the last ending "…"). */
    public static List<String> wrap(Graphics2D g, String text, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        var metrics = g.getFontMetrics();
        StringBuilder line = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            // A word wider than the line (a long reference, say) is cut into pieces that fit.
            while (metrics.stringWidth(word) > width && word.length() > 1) {
                int fits = 1;
                while (fits < word.length() && metrics.stringWidth(word.substring(0, fits + 1)) <= width) {
                    fits++;
                }
                words.add(word.substring(0, fits));
                word = word.substring(fits);
            }
            words.add(word);
        }
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > maxLines) {
            List<String> cut = new ArrayList<>(lines.subList(0, maxLines));
            String last = cut.get(maxLines - 1);
            while (!last.isEmpty() && metrics.stringWidth(last + "…") > width) {
                last = last.substring(0, last.length() - 1);
            }
            cut.set(maxLines - 1, last.strip() + "…");
            return cut;
        }
        return lines;
    }

    private static Font load(String file) {
        try (InputStream in = Pictures.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("The font " + file + " could not be read", e);
        }
    }
}
