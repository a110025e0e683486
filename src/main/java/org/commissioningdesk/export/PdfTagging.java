package org.commissioningdesk.export;

import java.util.ArrayDeque;
import java.util.ArrayList;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Makes a tagged PDF cheaper to write, saying the same thing. The tagging marks every border and
 * shading drawn as a background artifact with a property list of its own, each with its bounding box (tens of thousands in a long document), and gives structure
 * elements attribute dictionaries. Written as separate objects they made saving the slowest part of
 * an export. The borders and shadings are marked instead as layout artifacts (the PDF's term for
 * rules and screens, which needs no bounding box) sharing one property list, and the attributes
 * are written inside the elements that use them. Readers and screen readers see the same document.
 */
final class PdfTagging {

    private PdfTagging() {
    }

    /** The one property list every border and shading artifact shares: a layout artifact (no bounding box needed). */
    private static final COSDictionary LAYOUT = layoutArtifact();

    private static COSDictionary layoutArtifact() {
        COSDictionary d = new COSDictionary();
        d.setItem(COSName.TYPE, COSName.getPDFName("Layout"));
        d.setDirect(true);
        return d;
    }

    /** Rewrites the tagging of {@code pdf}, once its pages are drawn and before it is saved. */
    static void compact(PDDocument pdf) {
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            COSDictionary properties = resources.getCOSObject()
                    .getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSName key : new ArrayList<>(properties.keySet())) {
                if (properties.getDictionaryObject(key) instanceof COSDictionary dict) {
                    if (COSName.BACKGROUND.equals(dict.getCOSName(COSName.TYPE))) {
                        properties.setItem(key, LAYOUT);
                    } else {
                        dict.setDirect(true);
                    }
                }
            }
        }
        // Likewise each structure element's attributes (a table cell's scope, a list's numbering); the tree
        // is walked as plain dictionaries, which is much cheaper than through PDFBox's wrappers.
        var root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) {
            ArrayDeque<COSBase> todo = new ArrayDeque<>();
            todo.push(root.getCOSObject().getDictionaryObject(COSName.K));
            while (!todo.isEmpty()) {
                COSBase item = todo.pop();
                if (item instanceof COSObject ref) {
                    item = ref.getObject();
                }
                if (item instanceof COSArray kids) {
                    kids.forEach(todo::push);
                } else if (item instanceof COSDictionary element
                        && COSName.STRUCT_ELEM.equals(element.getCOSName(COSName.TYPE))) {
                    if (element.getDictionaryObject(COSName.A)
                            instanceof COSDictionary attributes) {
                        attributes.setDirect(true);
                    }
                    COSBase kids = element.getDictionaryObject(COSName.K);
                    if (kids != null) {
                        todo.push(kids);
                    }
                }
            }
        }
    }
}
