package org.commissioningdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Reads exported files back with the libraries other programs use, for tests to assert on what they hold. */
public final class Readers {

    private Readers() {
    }

    public static PDDocument pdf(Path file) {
        try {
            return Loader.loadPDF(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of every page, in order. */
    public static List<String> pdfPages(Path file) {
        try (PDDocument pdf = pdf(file)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pdfText(Path file) {
        return String.join("\n", pdfPages(file));
    }

    public static XWPFDocument docx(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Heading1: Summary" for each paragraph with a heading or title style, in order. */
    public static List<String> docxHeadings(Path file) {
        try (XWPFDocument d = docx(file)) {
            List<String> out = new ArrayList<>();
            for (XWPFParagraph p : d.getParagraphs()) {
                String style = p.getStyle();
                if (style != null && (style.startsWith("Heading") || style.equals("Title"))) {
                    out.add(style + ": " + p.getText());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
