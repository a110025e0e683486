package org.commissioningdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdmodel.PDDocument;
import com.openhtmltopdf.util.XRLog;

import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Contents;
import org.commissioningdesk.export.Document.Heading;
import org.commissioningdesk.export.Document.Image;
import org.commissioningdesk.export.Document.KeyValues;
import org.commissioningdesk.export.Document.ListBlock;
import org.commissioningdesk.export.Document.PageBreak;
import org.commissioningdesk.export.Document.Paragraph;
import org.commissioningdesk.export.Document.Span;
import org.commissioningdesk.export.Document.Table;
import org.commissioningdesk.export.Document.Title;

/**
 * Writes a {@link Document} as an A4 PDF: HTML and CSS paged media laid out by openhtmltopdf over
 * PDFBox. The bundled fonts are embedded; every page has the running header (organisation - title)
 * and the footer (version, date, "Page n of m", Public or Private); table headers repeat on every page
 * a table spans; the bookmarks follow the headings; and the file is tagged (PDF/UA) with the
 * language en-GB and the title, author and subject set.
 */
public final class PdfRenderer {

    static {
        XRLog.setLoggerImpl(new OpenHtmlLog());
    }

    private PdfRenderer() {
    }

    /** Writes {@code document} to {@code out}; refuses text no bundled font can draw before writing anything. */
    public static void write(Document document, OutputStream out, Progress progress) throws IOException {
        refuseUndrawable(document);
        progress.step(0.05, "Preparing the pages");
        String html = html(document);
        try (PDDocument pdf = PdfTagging.document()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(pdf);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            if (hasRightToLeft(document)) {
                // Urdu (and any Arabic-script text) is ordered right to left and its letters joined by ICU;
                // a document without any is spared the cost.
                builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
                builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            }
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            for (Fonts.Face face : Fonts.needed(Texts.of(document))) {
                builder.useFont(new PDFontSupplier(face.load(pdf)), face.family(), face.weight(),
                        face.italic() ? BaseRendererBuilder.FontStyle.ITALIC : BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                progress.step(0.15, "Laying out the pages");
                renderer.layout();
                progress.step(0.6, "Writing the PDF");
                renderer.createPDFWithoutClosing();
            }
            progress.step(0.9, "Saving the PDF");
            PdfTagging.compact(pdf);
            pdf.save(out);
        }
        progress.step(1.0, "Written");
    }

    /** The document as XHTML for the layout engine (also useful to see what the PDF is made from). */
    static String html(Document document) {
        Document.Info info = document.info();
        Xhtml h = new Xhtml();
        h.raw("<!DOCTYPE html>\n<html lang=\"en-GB\" xml:lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>");
        h.raw("<meta charset=\"UTF-8\"/>");
        h.raw("<title>").text(info.title()).raw("</title>");
        meta(h, "author", info.author());
        meta(h, "subject", info.subject());
        meta(h, "description", info.subject());
        h.raw("<style>").raw(css(info)).raw("</style>");
        bookmarks(h, document.blocks());
        h.raw("</head><body>");
        int heading = 0;
        for (Block block : document.blocks()) {
            if (block instanceof Title t) {
                h.raw("<div class=\"title\">").text(t.text()).raw("</div>");
                if (t.subtitle() != null) {
                    h.raw("<div class=\"subtitle\">").text(t.subtitle()).raw("</div>");
                }
            } else if (block instanceof Heading x) {
                heading++;
                h.raw("<h" + x.level() + " id=\"h" + heading + "\">").text(x.text()).raw("</h" + x.level() + ">");
            } else if (block instanceof Contents) {
                contents(h, document.blocks(), heading);
            } else if (block instanceof Paragraph p) {
                h.raw("<p>");
                spans(h, p.spans());
                h.raw("</p>");
            } else if (block instanceof ListBlock l) {
                String tag = l.numbered() ? "ol" : "ul";
                h.raw(l.numbered() && l.start() != 1 ? "<ol start=\"" + l.start() + "\">" : "<" + tag + ">");
                for (List<Span> item : l.items()) {
                    h.raw("<li>");
                    spans(h, item);
                    h.raw("</li>");
                }
                h.raw("</" + tag + ">");
            } else if (block instanceof KeyValues kv) {
                h.raw("<table class=\"kv\">");
                for (KeyValues.Entry e : kv.entries()) {
                    h.raw("<tr><th scope=\"row\">").text(e.key()).raw("</th><td>");
                    lines(h, e.value());
                    h.raw("</td></tr>");
                }
                h.raw("</table>");
            } else if (block instanceof Table t) {
                table(h, t);
            } else if (block instanceof PageBreak) {
                h.raw("<div class=\"break\"></div>");
            } else if (block instanceof Image i) {
                h.raw("<div class=\"figure\"><img src=\"data:image/png;base64,")
                        .raw(Base64.getEncoder().encodeToString(i.png())).raw("\" alt=\"").text(i.altText())
                        .raw("\" style=\"width: " + String.format(Locale.ROOT, "%.1f", i.widthMm()) + "mm\"/></div>");
            }
        }
        h.raw("</body></html>");
        return h.toString();
    }

    private static void meta(Xhtml h, String name, String content) {
        if (content != null && !content.isBlank()) {
            h.raw("<meta name=\"" + name + "\" content=\"").text(content).raw("\"/>");
        }
    }

    private static String css(Document.Info info) {
        String header = info.organisation() == null ? info.title() : info.organisation() + " - " + info.title();
        List<String> footer = new ArrayList<>();
        if (info.version() != null) {
            footer.add(info.version());
        }
        if (info.date() != null) {
            footer.add(UkDates.format(info.date()));
        }
        return """
                @page { size: %5$s; margin: 24mm 18mm 22mm 18mm; font-family: %4$s;
                  @top-left { content: %1$s; font-family: %4$s; font-size: 8pt; color: #425563; vertical-align: bottom; padding-bottom: 3mm; }
                  @bottom-left { content: %2$s; font-family: %4$s; font-size: 8pt; color: #425563; }
                  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: %4$s; font-size: 8pt; color: #425563; }
                  @bottom-right { content: %3$s; font-family: %4$s; font-size: 8pt; color: #425563; font-weight: bold; }
                }
                * { font-family: %4$s; }
                body { font-size: 10.5pt; line-height: 1.35; color: #212b32; }
                .title { font-size: 24pt; font-weight: bold; color: #005eb8; margin: 0 0 4mm 0; }
                .subtitle { font-size: 13pt; color: #425563; margin: 0 0 8mm 0; }
                h1 { font-size: 16pt; color: #005eb8; margin: 7mm 0 2.5mm 0; page-break-after: avoid; }
                h2 { font-size: 13pt; color: #003087; margin: 5mm 0 2mm 0; page-break-after: avoid; }
                h3 { font-size: 11pt; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
                p, li, h1, h2, h3, .title, .subtitle, .toc a { word-wrap: break-word; }
                p { margin: 0 0 2.5mm 0; }
                ul, ol { margin: 0 0 2.5mm 0; padding-left: 6mm; }
                li { margin-bottom: 1mm; }
                table { width: 100%%; border-collapse: collapse; margin: 1mm 0 4mm 0; -fs-table-paginate: paginate;
                  -fs-border-spacing-vertical: 0; table-layout: fixed; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th, td { border-top: 0.5pt solid #aeb7bd; border-bottom: 0.5pt solid #aeb7bd; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left;
                  word-wrap: break-word; }
                thead th { background-color: #e8edee; font-weight: bold; word-wrap: normal; }
                td.num, th.num { text-align: right; }
                td.num { white-space: nowrap; }
                tr.totals td { font-weight: bold; border-top: 1.2pt solid #212b32; background-color: #f4f6f7; }
                thead th.caption { background-color: white; border: none; padding: 0 0 1.5mm 0; }
                table.dense { font-size: 8.5pt; }
                table.kv th { width: 36%%; background-color: #f4f6f7; font-weight: bold; }
                table.kv { page-break-inside: auto; }
                .break { page-break-after: always; }
                .figure { margin: 2mm 0 4mm 0; }
                .toc p { margin: 0 0 1.2mm 0; }
                .toc p.l2 { padding-left: 6mm; }
                .toc a { color: #212b32; text-decoration: none; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                .u { text-decoration: underline; color: #00703c; }
                .s { text-decoration: line-through; color: #d5281b; }
                """.formatted(cssString(header), cssString(String.join("   ", footer)), cssString(info.part().label()),
                Fonts.CSS_FAMILIES, info.landscape() ? "A4 landscape" : "A4");
    }

    /** A CSS string literal. */
    private static String cssString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The PDF outline: one bookmark per heading, each nested under the nearest heading of a higher level. */
    private static void bookmarks(Xhtml h, List<Block> blocks) {
        h.raw("<bookmarks>");
        java.util.Deque<Integer> open = new java.util.ArrayDeque<>();
        int heading = 0;
        for (Block block : blocks) {
            if (block instanceof Heading x) {
                heading++;
                while (!open.isEmpty() && open.peek() >= x.level()) {
                    h.raw("</bookmark>");
                    open.pop();
                }
                h.raw("<bookmark name=\"").text(x.text()).raw("\" href=\"#h" + heading + "\">");
                open.push(x.level());
            }
        }
        while (!open.isEmpty()) {
            h.raw("</bookmark>");
            open.pop();
        }
        h.raw("</bookmarks>");
    }

    /** The contents: the level-1 and level-2 headings after it (a cover sheet before it is not listed). */
    private static void contents(Xhtml h, List<Block> blocks, int headingsBefore) {
        h.raw("<div class=\"toc\">");
        int heading = 0;
        for (Block block : blocks) {
            if (block instanceof Heading x) {
                heading++;
                if (x.level() <= 2 && heading > headingsBefore) {
                    h.raw("<p class=\"l" + x.level() + "\"><a href=\"#h" + heading + "\">").text(x.text()).raw("</a></p>");
                }
            }
        }
        h.raw("</div>");
    }

    private static void table(Xhtml h, Table t) {
        double total = t.columns().stream().mapToDouble(Column::weight).sum();
        h.raw(t.columns().size() >= 6 ? "<table class=\"dense\">" : "<table>");
        h.raw("<colgroup>");
        for (Column c : t.columns()) {
            h.raw("<col style=\"width: " + String.format(Locale.ROOT, "%.2f", 100 * c.weight() / total) + "%\"/>");
        }
        h.raw("</colgroup><thead>");
        if (t.caption() != null) {
            // In the header, so it repeats with it and is never left alone at the foot of a page.
            h.raw("<tr><th class=\"caption\" colspan=\"" + t.columns().size() + "\">").text(t.caption()).raw("</th></tr>");
        }
        h.raw("<tr>");
        for (Column c : t.columns()) {
            h.raw("<th scope=\"col\"" + (c.kind().rightAligned() ? " class=\"num\"" : "") + ">").text(c.header())
                    .raw("</th>");
        }
        h.raw("</tr></thead><tbody>");
        for (List<Object> row : t.rows()) {
            row(h, t.columns(), row, null);
        }
        if (t.totals() != null) {
            row(h, t.columns(), t.totals(), "totals");
        }
        h.raw("</tbody></table>");
    }

    private static void row(Xhtml h, List<Column> columns, List<Object> row, String cssClass) {
        h.raw(cssClass == null ? "<tr>" : "<tr class=\"" + cssClass + "\">");
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            h.raw("<td" + (c.kind().rightAligned() ? " class=\"num\"" : "") + ">");
            lines(h, Cells.text(row.get(i), c.kind()));
            h.raw("</td>");
        }
        h.raw("</tr>");
    }

    private static void lines(Xhtml h, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                h.raw("<br/>");
            }
            h.text(lines[i]);
        }
    }

    private static void spans(Xhtml h, List<Span> spans) {
        for (Span s : spans) {
            List<String> classes = new ArrayList<>();
            if (s.underline()) {
                classes.add("u");
            }
            if (s.strike()) {
                classes.add("s");
            }
            String open = "";
            String close = "";
            if (s.bold()) {
                open += "<b>";
                close = "</b>" + close;
            }
            if (s.italic()) {
                open += "<i>";
                close = "</i>" + close;
            }
            if (!classes.isEmpty()) {
                open += "<span class=\"" + String.join(" ", classes) + "\">";
                close = "</span>" + close;
            }
            h.raw(open);
            lines(h, s.text());
            h.raw(close);
        }
    }

    /** Whether any text in {@code document} is written right to left (Arabic script, Hebrew). */
    static boolean hasRightToLeft(Document document) {
        for (String[] text : Texts.of(document)) {
            String s = text[0];
            for (int i = 0; i < s.length(); i++) {
                byte d = Character.getDirectionality(s.charAt(i));
                if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Refuses, before anything is written, a document holding characters no bundled font can draw. */
    static void refuseUndrawable(Document document) {
        for (String[] text : Texts.of(document)) {
            check(text[0], text[1]);
        }
    }

    private static void check(String text, String place) {
        int cp = Fonts.firstUndrawable(text);
        if (cp >= 0) {
            String name = Character.getName(cp);
            throw new ExportException("The PDF cannot show the character \"" + new String(Character.toChars(cp))
                    + "\" (" + (name == null ? String.format("U+%04X", cp) : name.toLowerCase(Locale.ROOT))
                    + String.format(", U+%04X", cp) + ") under \"" + place + "\": no font it carries has it. "
                    + "Export to Word instead, or change that text.");
        }
    }
}
