package org.commissioningdesk.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles a Word export uses, written into the file so Word's navigation pane, its table of
 * contents and its style gallery work: Normal, Title, Subtitle, Heading 1-3 (with outline levels),
 * TOC Heading, List Bullet, List Number, Caption, header, footer and the table style; Arial and
 * British English throughout; and the bullet and numbered list definitions.
 */
final class DocxStyles {

    static final String FONT = DocxRenderer.FONT;
    static final String TABLE_STYLE = "DeskTable";

    BigInteger bullets;
    private BigInteger numberedAbstract;

    static DocxStyles add(XWPFDocument docx, int textWidth) {
        XWPFStyles styles = docx.createStyles();
        defaults(styles);
        add(styles, paragraph("Normal", "Normal", null, 21, false, "212B32", 0, 120));
        add(styles, paragraph("Title", "Title", "Normal", 48, true, "005EB8", 0, 160));
        add(styles, paragraph("Subtitle", "Subtitle", "Normal", 26, false, "425563", 0, 320));
        add(styles, heading(1, 32, "005EB8", 360));
        add(styles, heading(2, 26, "003087", 240));
        add(styles, heading(3, 22, "212B32", 200));
        add(styles, paragraph("TOCHeading", "TOC Heading", "Heading1", 32, true, "005EB8", 360, 120));
        add(styles, paragraph("ListBullet", "List Bullet", "Normal", 21, false, "212B32", 0, 60));
        add(styles, paragraph("ListNumber", "List Number", "Normal", 21, false, "212B32", 0, 60));
        add(styles, paragraph("Caption", "Caption", "Normal", 20, true, "212B32", 120, 60));
        add(styles, paragraph("Header", "header", "Normal", 16, false, "425563", 0, 0));
        CTStyle footer = paragraph("Footer", "footer", "Normal", 16, false, "425563", 0, 0);
        var tab = footer.getPPr().addNewTabs().addNewTab();
        tab.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(textWidth));
        add(styles, footer);
        add(styles, tableStyle());
        DocxStyles s = new DocxStyles();
        XWPFNumbering numbering = docx.createNumbering();
        s.bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list(0, false))));
        s.numberedAbstract = numbering.addAbstractNum(new XWPFAbstractNum(list(1, true)));
        return s;
    }

    /** Each numbered list counts afresh, from {@code start}. */
    BigInteger newNumbered(XWPFDocument docx, int start) {
        XWPFNumbering numbering = docx.getNumbering();
        BigInteger num = numbering.addNum(numberedAbstract);
        var ctNum = numbering.getNum(num).getCTNum();
        var override = ctNum.addNewLvlOverride();
        override.setIlvl(BigInteger.ZERO);
        override.addNewStartOverride().setVal(BigInteger.valueOf(start));
        return num;
    }

    private static CTAbstractNum list(int id, boolean numbered) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(numbered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal(numbered ? "%1." : "\u2022");
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(360));
        ind.setHanging(BigInteger.valueOf(360));
        return abs;
    }

    private static void defaults(XWPFStyles styles) {
        styles.setSpellingLanguage("en-GB");
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
    }

    /** Adds a style once it is complete: POI copies it into the file as it stands. */
    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTStyle style(String id, String name, String basedOn, STStyleType.Enum type) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(type);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        return style;
    }

    private static CTStyle paragraph(String id, String name, String basedOn, int halfPoints,
                                     boolean bold, String colour, int before, int after) {
        CTStyle style = style(id, name, basedOn, STStyleType.PARAGRAPH);
        CTPPrGeneral ppr = style.addNewPPr();
        var spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        CTRPr rpr = style.addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewColor().setVal(colour);
        if (bold) {
            rpr.addNewB();
        }
        rpr.addNewLang().setVal("en-GB");
        return style;
    }

    private static CTStyle heading(int level, int halfPoints, String colour, int before) {
        CTStyle style = paragraph("Heading" + level, "heading " + level, "Normal", halfPoints, true, colour,
                before, 120);
        style.addNewNext().setVal("Normal");
        style.getPPr().addNewKeepNext();
        style.getPPr().addNewKeepLines();
        style.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        return style;
    }

    private static CTStyle tableStyle() {
        CTStyle style = style(TABLE_STYLE, "Desk Table Grid", null, STStyleType.TABLE);
        CTPPrGeneral ppr = style.addNewPPr();
        ppr.addNewSpacing().setAfter(BigInteger.valueOf(40));
        CTRPr rpr = style.addNewRPr();
        rpr.addNewSz().setVal(BigInteger.valueOf(19));
        return style;
    }
}
