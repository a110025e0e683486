package org.commissioningdesk.export;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Makes a tagged PDF cheaper to draw and to write, saying the same thing.
 *
 * <p>The tagging marks every border and shading drawn as a background artifact with a property list
 * of its own, each with its bounding box (tens of thousands in a long document), named in its page's
 * resources; and it gives structure elements attribute dictionaries. Written as separate objects they
 * made saving the slowest part of an export. The borders and shadings are marked instead as layout
 * artifacts (the PDF's term for rules and screens, which needs no bounding box), and the property
 * lists and attributes are written inside the objects that use them.
 *
 * <p>PDFBox also looks for an existing name for each property list by reading the page's whole list
 * first, so a page of a few hundred artifacts cost tens of thousands of comparisons. The pages of
 * {@link #document()} keep that list indexed. Readers and screen readers see the same document.
 */
final class PdfTagging {

    private PdfTagging() {
    }

    /**
     * A new document whose pages find their property lists in constant time and write them compactly:
     * every page added gets resources whose /Properties dictionary is a {@link PropertyLists}.
     */
    static PDDocument document() {
        return new PDDocument() {
            @Override
            public void addPage(PDPage page) {
                if (page.getResources() == null) {
                    PDResources resources = new PDResources();
                    resources.getCOSObject().setItem(COSName.PROPERTIES, new PropertyLists());
                    page.setResources(resources);
                }
                super.addPage(page);
            }
        };
    }

    /**
     * A dictionary that also keeps, for each value, the first key it is held under, so that
     * {@link #containsValue} and {@link #getKeyForValue} (asked by PDFBox each time a page names a
     * {@link PDPropertyList}) need not read every entry. Values held as references are indexed by what
     * they refer to. Every change to the entries goes through the methods overridden here. Each list is
     * kept as it is to be written (see {@link #asWritten}), so a background artifact put in is not
     * found again; PDFBox puts each in once.
     */
    static final class PropertyLists extends COSDictionary {

        /** The one property list this page's borders and shadings share: a layout artifact, written inline. */
        private final COSDictionary layout = new COSDictionary();

        PropertyLists() {
            layout.setItem(COSName.TYPE, COSName.getPDFName("Layout"));
            layout.setDirect(true);
        }

        private final Map<COSBase, COSName> keyOf = new HashMap<>();
        /** How many keys hold each value, so that a value is looked for again only when another key holds it. */
        private final Map<COSBase, Integer> holders = new HashMap<>();

        @Override
        public void setItem(COSName key, COSBase value) {
            forget(key);
            value = asWritten(value);
            super.setItem(key, value);
            if (value != null) {
                keyOf.putIfAbsent(target(value), key);
                holders.merge(target(value), 1, Integer::sum);
            }
        }

        @Override
        public void removeItem(COSName key) {
            forget(key);
            super.removeItem(key);
        }

        @Override
        public void clear() {
            super.clear();
            keyOf.clear();
            holders.clear();
        }

        @Override
        public void addAll(COSDictionary dict) {
            dict.forEach(this::setItem);
        }

        @Override
        public boolean containsValue(Object value) {
            return getKeyForValue(value) != null;
        }

        @Override
        public COSName getKeyForValue(Object value) {
            COSName key = keyOf.get(value);
            if (key == null && value instanceof COSObject ref) {
                key = keyOf.get(ref.getObject());
            }
            return key;
        }

        /** Forgets that {@code key} holds its value, finding another key for the value if one still holds it. */
        private void forget(COSName key) {
            COSBase old = items.get(key);
            if (old == null) {
                return;
            }
            COSBase value = target(old);
            int left = holders.merge(value, -1, Integer::sum);
            if (left <= 0) {
                holders.remove(value);
                keyOf.remove(value);
            } else if (key.equals(keyOf.get(value))) {
                keyOf.remove(value);
                items.forEach((k, v) -> {
                    if (!k.equals(key) && target(v).equals(value)) {
                        keyOf.putIfAbsent(value, k);
                    }
                });
            }
        }

        /**
         * A property list as it is written: a background artifact becomes the page's shared layout
         * artifact, and any other list is written inline rather than as an object of its own.
         */
        private COSBase asWritten(COSBase value) {
            if (value instanceof COSDictionary list && !(value instanceof PropertyLists)) {
                if (COSName.BACKGROUND.equals(list.getCOSName(COSName.TYPE))) {
                    return layout;
                }
                list.setDirect(true);
            }
            return value;
        }

        private static COSBase target(COSBase value) {
            return value instanceof COSObject ref && ref.getObject() != null ? ref.getObject() : value;
        }
    }

    /**
     * Writes each structure element's attributes (a table cell's scope, a list's numbering) inside the
     * element, once the pages are drawn and before the file is saved. The tree is walked as plain
     * dictionaries, which is much cheaper than through PDFBox's wrappers.
     */
    static void compact(PDDocument pdf) {
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
