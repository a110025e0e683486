package org.commissioningdesk.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

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
 * Writes a {@link Document} as a Word file someone can go on editing: real styles (Title,
 * Heading 1-3, List Bullet, List Number, a grid table style) so Word's navigation pane and a table of
 * contents work; real tables whose header row repeats on every page; the running header and a footer
 * with the page number as fields; A4 and Arial throughout.
 */
public final class DocxRenderer {

    static final String FONT = "Arial";
    private static final String TABLE_STYLE = DocxStyles.TABLE_STYLE;
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.6929;

    /** The width between the margins, in twips: A4 upright or sideways, less 20 mm each side. */
    private static int textWidth(boolean landscape) {
        return (int) Math.round(((landscape ? 297 : 210) - 2 * 20) * TWIPS_PER_MM);
    }

    private DocxRenderer() {
    }

    public static void write(Document document, OutputStream out, Progress progress) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            progress.step(0.05, "Setting up the styles");
            boolean landscape = document.info().landscape();
            DocxStyles styles = DocxStyles.add(docx, textWidth(landscape));
            page(docx, landscape);
            headerAndFooter(docx, document.info());
            properties(docx, document.info());
            List<Block> blocks = document.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (i % 50 == 0) {
                    progress.step(0.05 + 0.85 * i / Math.max(1, blocks.size()), "Writing the document");
                }
                block(docx, styles, blocks.get(i), textWidth(landscape));
            }
            progress.step(0.95, "Saving the document");
            docx.write(out);
        }
        progress.step(1.0, "Written");
    }

    private static void block(XWPFDocument docx, DocxStyles styles, Block block, int width) {
        if (block instanceof Title t) {
            XWPFParagraph p = docx.createParagraph();
            p.setStyle("Title");
            p.createRun().setText(clean(t.text()));
            if (t.subtitle() != null) {
                XWPFParagraph s = docx.createParagraph();
                s.setStyle("Subtitle");
                s.createRun().setText(clean(t.subtitle()));
            }
        } else if (block instanceof Heading h) {
            XWPFParagraph p = docx.createParagraph();
            p.setStyle("Heading" + h.level());
            p.createRun().setText(clean(h.text()));
        } else if (block instanceof Contents) {
            contents(docx);
        } else if (block instanceof Paragraph para) {
            runs(docx.createParagraph(), para.spans());
        } else if (block instanceof ListBlock l) {
            BigInteger num = l.numbered() ? styles.newNumbered(docx, l.start()) : styles.bullets;
            for (List<Span> item : l.items()) {
                XWPFParagraph p = docx.createParagraph();
                p.setStyle(l.numbered() ? "ListNumber" : "ListBullet");
                p.setNumID(num);
                runs(p, item);
            }
        } else if (block instanceof KeyValues kv) {
            keyValues(docx, kv, width);
        } else if (block instanceof Table t) {
            table(docx, t, width);
        } else if (block instanceof PageBreak) {
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);
        } else if (block instanceof Image image) {
            picture(docx, image);
        }
    }

    private static void runs(XWPFParagraph p, List<Span> spans) {
        for (Span s : spans) {
            XWPFRun r = p.createRun();
            lines(r, s.text());
            r.setBold(s.bold());
            r.setItalic(s.italic());
            if (s.underline()) {
                r.setUnderline(UnderlinePatterns.SINGLE);
                r.setColor("00703C");
            }
            if (s.strike()) {
                r.setStrikeThrough(true);
                r.setColor("D5281B");
            }
        }
    }

    /** Text with its line breaks kept as breaks within the paragraph. */
    private static void lines(XWPFRun r, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(clean(lines[i]), i);
        }
    }

    /** Drops characters an XML file cannot hold (control characters other than tab). */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A table of contents field, filled by Word (it is asked to update fields on opening). */
    private static void contents(XWPFDocument docx) {
        XWPFParagraph heading = docx.createParagraph();
        heading.setStyle("TOCHeading");
        heading.createRun().setText("Contents");
        XWPFParagraph p = docx.createParagraph();
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun placeholder = p.createRun();
        placeholder.setText("The contents are filled in when the document is opened in Word (or press F9 on this line).");
        placeholder.setItalic(true);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        docx.enforceUpdateFields();
    }

    private static void keyValues(XWPFDocument docx, KeyValues kv, int width) {
        XWPFTable table = docx.createTable(kv.entries().size(), 2);
        table.setStyleID(TABLE_STYLE);
        widths(table, List.of(0.32, 0.68), width);
        for (int i = 0; i < kv.entries().size(); i++) {
            KeyValues.Entry e = kv.entries().get(i);
            XWPFTableRow row = table.getRow(i);
            XWPFTableCell key = row.getCell(0);
            shade(key, "F4F6F7");
            XWPFRun k = key.getParagraphs().get(0).createRun();
            k.setText(clean(e.key()));
            k.setBold(true);
            lines(row.getCell(1).getParagraphs().get(0).createRun(), e.value());
        }
        docx.createParagraph();
    }

    private static void table(XWPFDocument docx, Table t, int width) {
        if (t.caption() != null) {
            XWPFParagraph caption = docx.createParagraph();
            caption.setStyle("Caption");
            caption.setKeepNext(true);
            caption.createRun().setText(clean(t.caption()));
        }
        int rows = 1 + t.rows().size() + (t.totals() == null ? 0 : 1);
        XWPFTable table = docx.createTable(rows, t.columns().size());
        table.setStyleID(TABLE_STYLE);
        double total = t.columns().stream().mapToDouble(Column::weight).sum();
        widths(table, t.columns().stream().map(c -> c.weight() / total).toList(), width);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < t.columns().size(); c++) {
            Column column = t.columns().get(c);
            XWPFTableCell cell = header.getCell(c);
            shade(cell, "E8EDEE");
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (column.kind().rightAligned()) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun r = p.createRun();
            r.setText(clean(column.header()));
            r.setBold(true);
        }
        for (int i = 0; i < t.rows().size(); i++) {
            cells(table.getRow(i + 1), t.columns(), t.rows().get(i), false);
        }
        if (t.totals() != null) {
            cells(table.getRow(rows - 1), t.columns(), t.totals(), true);
        }
        docx.createParagraph();
    }

    private static void cells(XWPFTableRow row, List<Column> columns, List<Object> values, boolean bold) {
        // Only the totals row is kept whole: Word cuts off a row taller than a page that may not split.
        row.setCantSplitRow(bold);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            XWPFTableCell cell = row.getCell(c);
            if (bold) {
                shade(cell, "F4F6F7");
            }
            XWPFParagraph p = cell.getParagraphs().get(0);
            if (column.kind().rightAligned()) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun r = p.createRun();
            lines(r, Cells.text(values.get(c), column.kind()));
            r.setBold(bold);
        }
    }

    private static void widths(XWPFTable table, List<Double> shares, int textWidth) {
        table.setTableAlignment(TableRowAlign.LEFT);
        // Rules between rows and none between columns, as in the PDF (and the NHS's own table style). They
        // are set on each table: the table style names the look for Word's gallery, but the compact OOXML
        // schema POI ships cannot write a style's own borders.
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "AEB7BD");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "AEB7BD");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "AEB7BD");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setCellMargins(0, 85, 0, 85);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        pr.addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        var grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double share : shares) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(textWidth * share)));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < shares.size(); c++) {
                CTTcPr tcPr = row.getCell(c).getCTTc().isSetTcPr() ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(Math.round(textWidth * shares.get(c))));
            }
        }
    }

    private static void shade(XWPFTableCell cell, String rgb) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTShd shd = pr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(rgb);
    }

    private static void picture(XWPFDocument docx, Image image) {
        XWPFParagraph p = docx.createParagraph();
        XWPFRun r = p.createRun();
        double widthPt = image.widthMm() * 72 / 25.4;
        double heightPt = widthPt * image.pixelHeight() / Math.max(1, image.pixelWidth());
        try {
            r.addPicture(new ByteArrayInputStream(image.png()), PictureType.PNG, "figure.png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new ExportException("A picture in the document could not be added to the Word file.", e);
        }
        // Word reads the picture's description as its alternative text.
        var inlines = r.getCTR().getDrawingArray(0).getInlineArray();
        if (inlines.length > 0) {
            inlines[0].getDocPr().setDescr(clean(image.altText()));
        }
    }

    /** A4, upright or sideways, margins of 20 mm. */
    private static void page(XWPFDocument docx, boolean landscape) {
        CTSectPr sect = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        long shortSide = Math.round(210 * TWIPS_PER_MM);
        long longSide = Math.round(297 * TWIPS_PER_MM);
        size.setW(BigInteger.valueOf(landscape ? longSide : shortSide));
        size.setH(BigInteger.valueOf(landscape ? shortSide : longSide));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        BigInteger twenty = BigInteger.valueOf(Math.round(20 * TWIPS_PER_MM));
        margins.setLeft(twenty);
        margins.setRight(twenty);
        margins.setTop(BigInteger.valueOf(Math.round(24 * TWIPS_PER_MM)));
        margins.setBottom(BigInteger.valueOf(Math.round(22 * TWIPS_PER_MM)));
        margins.setHeader(BigInteger.valueOf(Math.round(10 * TWIPS_PER_MM)));
        margins.setFooter(BigInteger.valueOf(Math.round(10 * TWIPS_PER_MM)));
    }

    private static void headerAndFooter(XWPFDocument docx, Document.Info info) {
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph h = header.getParagraphArray(0) == null ? header.createParagraph() : header.getParagraphArray(0);
        h.setStyle("Header");
        h.createRun().setText(clean(info.organisation() == null ? info.title()
                : info.organisation() + " - " + info.title()));
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph f = footer.getParagraphArray(0) == null ? footer.createParagraph() : footer.getParagraphArray(0);
        f.setStyle("Footer");
        List<String> left = new ArrayList<>();
        Optional.ofNullable(info.version()).ifPresent(left::add);
        Optional.ofNullable(info.date()).map(UkDates::format).ifPresent(left::add);
        left.add(info.part().label());
        f.createRun().setText(clean(String.join("   ", left)) + "\tPage ");
        field(f, "PAGE", "1");
        f.createRun().setText(" of ");
        field(f, "NUMPAGES", "1");
    }

    private static void field(XWPFParagraph p, String instruction, String shown) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(instruction + " \\* MERGEFORMAT");
        field.addNewR().addNewT().setStringValue(shown);
    }

    private static void properties(XWPFDocument docx, Document.Info info) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        core.setTitle(info.title());
        core.setCreator(info.author() == null ? "Commissioning Desk" : info.author());
        if (info.subject() != null) {
            core.setSubjectProperty(info.subject());
        }
        core.setCreated(Optional.of(new Date()));
        docx.getProperties().getExtendedProperties().setApplication("Commissioning Desk");
        // Word takes the proofing language from the styles; en-GB is set there.
    }
}
