package org.commissioningdesk.specification;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.Pictures;

/**
 * The care pathway drawn for a document: numbered boxes (where, who, what) three to a row, read
 * left to right and row by row, with the longest wait written on the arrow into each step.
 */
final class PathwayPicture {

    private static final double WIDTH = 482;
    private static final int PER_ROW = 3;
    private static final double BOX = 130;
    private static final double GAP = (WIDTH - PER_ROW * BOX) / (PER_ROW - 1);
    private static final double ROW_GAP = 34;
    private static final double PAD = 6;
    private static final Color NHS_BLUE = new Color(0x00, 0x5E, 0xB8);
    private static final Color TEXT = new Color(0x21, 0x2B, 0x32);
    private static final Color GREY = new Color(0x42, 0x55, 0x63);

    private PathwayPicture() {
    }

    /** Steps in one picture: five rows, so a picture always fits on an A4 page. */
    static final int PER_PICTURE = 15;

    /** The pathway as pictures of at most {@link #PER_PICTURE} steps each, numbered throughout. */
    static List<Document.Image> of(List<PathwayStep> steps, String title) {
        List<Document.Image> pictures = new ArrayList<>();
        for (int from = 0; from < steps.size(); from += PER_PICTURE) {
            pictures.add(picture(steps.subList(from, Math.min(steps.size(), from + PER_PICTURE)), from, title,
                    steps.size()));
        }
        return pictures;
    }

    private static Document.Image picture(List<PathwayStep> steps, int first, String title, int allSteps) {
        // Measure each row's height first, on a scratch drawing.
        List<double[]> heights = new ArrayList<>();
        Pictures.draw(1, 1, 1, "", g -> {
            for (PathwayStep s : steps) {
                heights.add(new double[] {boxHeight(g, s)});
            }
        });
        int rows = (steps.size() + PER_ROW - 1) / PER_ROW;
        double[] rowHeight = new double[rows];
        for (int i = 0; i < steps.size(); i++) {
            rowHeight[i / PER_ROW] = Math.max(rowHeight[i / PER_ROW], heights.get(i)[0]);
        }
        double total = 4;
        for (double h : rowHeight) {
            total += h + ROW_GAP;
        }
        String alt = "Care pathway of " + title + (allSteps > steps.size() ? ", steps " + (first + 1) + " to "
                + (first + steps.size()) : "") + ": " + SpecificationComparison.pathway(steps).replace('\n', ' ');
        double height = total - ROW_GAP + 6;
        return Pictures.draw(WIDTH, height, 170, alt, g -> {
            double y = 2;
            double[] rowTop = new double[rows];
            for (int r = 0; r < rows; r++) {
                rowTop[r] = y;
                y += rowHeight[r] + ROW_GAP;
            }
            for (int i = 0; i < steps.size(); i++) {
                int row = i / PER_ROW;
                int col = i % PER_ROW;
                double x = col * (BOX + GAP);
                drawBox(g, first + i + 1, steps.get(i), x, rowTop[row], rowHeight[row]);
                if (i > 0) {
                    String wait = waitText(steps.get(i).maxWaitDays());
                    if (col > 0) {
                        double ay = rowTop[row] + 18;
                        arrow(g, x - GAP + 2, ay, x - 2, ay, wait, true);
                    } else {
                        elbow(g, (PER_ROW - 1) * (BOX + GAP) + BOX / 2, rowTop[row - 1] + rowHeight[row - 1],
                                BOX / 2, rowTop[row], wait);
                    }
                }
            }
        });
    }

    private static String waitText(Integer days) {
        return days == null ? "" : "within " + Plural.count(days, "day");
    }

    private static double boxHeight(Graphics2D g, PathwayStep s) {
        double h = PAD + 12;
        g.setFont(Pictures.forText(Pictures.font(true, 8.5f), s.setting()));
        h += 11 * Pictures.wrap(g, s.setting(), BOX - 2 * PAD - 14, 2).size();
        g.setFont(Pictures.forText(Pictures.font(false, 7.5f), s.who()));
        h += 9.5 * Pictures.wrap(g, s.who(), BOX - 2 * PAD, 2).size();
        g.setFont(Pictures.forText(Pictures.font(false, 7.5f), s.what()));
        h += 9.5 * Pictures.wrap(g, s.what(), BOX - 2 * PAD, 6).size();
        return h + PAD;
    }

    private static void drawBox(Graphics2D g, int number, PathwayStep s, double x, double y, double h) {
        RoundRectangle2D box = new RoundRectangle2D.Double(x + 0.5, y + 0.5, BOX - 1, h - 1, 8, 8);
        g.setColor(new Color(0xE8, 0xF1, 0xFA));
        g.fill(box);
        g.setColor(NHS_BLUE);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(box);
        g.fill(new java.awt.geom.Ellipse2D.Double(x + PAD - 1, y + PAD - 1, 13, 13));
        g.setColor(Color.WHITE);
        g.setFont(Pictures.font(true, 7.5f));
        String n = Integer.toString(number);
        g.drawString(n, (float) (x + PAD + 5.5 - g.getFontMetrics().stringWidth(n) / 2.0), (float) (y + PAD + 8.5));
        double ty = y + PAD + 9;
        g.setColor(TEXT);
        g.setFont(Pictures.forText(Pictures.font(true, 8.5f), s.setting()));
        boolean firstLine = true;
        for (String line : Pictures.wrap(g, s.setting(), BOX - 2 * PAD - 14, 2)) {
            g.drawString(line, (float) (x + PAD + (firstLine ? 16 : 0)), (float) ty);
            ty += 11;
            firstLine = false;
        }
        ty += 2;
        g.setFont(Pictures.forText(Pictures.font(false, 7.5f), s.who()));
        g.setColor(GREY);
        for (String line : Pictures.wrap(g, s.who(), BOX - 2 * PAD, 2)) {
            g.drawString(line, (float) (x + PAD), (float) ty);
            ty += 9.5;
        }
        g.setColor(TEXT);
        g.setFont(Pictures.forText(Pictures.font(false, 7.5f), s.what()));
        for (String line : Pictures.wrap(g, s.what(), BOX - 2 * PAD, 6)) {
            g.drawString(line, (float) (x + PAD), (float) ty);
            ty += 9.5;
        }
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, String label, boolean labelAbove) {
        g.setColor(GREY);
        g.setStroke(new BasicStroke(1.1f));
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2 - 4, y2));
        head(g, x2, y2, Math.atan2(y2 - y1, x2 - x1));
        if (!label.isEmpty()) {
            g.setFont(Pictures.font(false, 6.5f));
            List<String> lines = Pictures.wrap(g, label, GAP - 4, 2);
            double ly = labelAbove ? y1 - 4 - 8 * (lines.size() - 1) : y1 + 10;
            for (String line : lines) {
                g.drawString(line, (float) ((x1 + x2) / 2 - g.getFontMetrics().stringWidth(line) / 2.0), (float) ly);
                ly += 8;
            }
        }
    }

    private static void elbow(Graphics2D g, double fromX, double fromY, double toX, double toY, String label) {
        double midY = fromY + (toY - fromY) / 2;
        g.setColor(GREY);
        g.setStroke(new BasicStroke(1.1f));
        Path2D path = new Path2D.Double();
        path.moveTo(fromX, fromY + 1);
        path.lineTo(fromX, midY);
        path.lineTo(toX, midY);
        path.lineTo(toX, toY - 4);
        g.draw(path);
        head(g, toX, toY - 1, Math.PI / 2);
        if (!label.isEmpty()) {
            g.setFont(Pictures.font(false, 6.5f));
            g.drawString(label, (float) (toX + 6), (float) (midY + 9));
        }
    }

    private static void head(Graphics2D g, double x, double y, double angle) {
        Path2D head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-6, -3.2);
        head.lineTo(-6, 3.2);
        head.closePath();
        var saved = g.getTransform();
        g.translate(x, y);
        g.rotate(angle);
        g.fill(head);
        g.setTransform(saved);
    }
}
