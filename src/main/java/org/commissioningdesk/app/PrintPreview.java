package org.commissioningdesk.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.TaskRunner;

/**
 * The print preview: the export's PDF pages drawn inside the app (PDFBox renders them, in the
 * background), paged through with Previous and Next (or Page Up and Page Down), and printed with the
 * system's print dialog. The pages printed are the ones shown, so the paper matches the PDF.
 */
final class PrintPreview {

    private static final Logger LOG = LoggerFactory.getLogger(PrintPreview.class);
    /** Dots per inch for the screen; printing renders again at {@link #PRINT_DPI}. */
    private static final float SCREEN_DPI = 96;
    private static final float PRINT_DPI = 200;

    private final Stage stage = new Stage();
    private final TaskRunner runner;
    private final PDDocument pdf;
    private final PDFRenderer renderer;
    private final ImageView page = new ImageView();
    private final Label where = new Label();
    private final Button previous = new Button("◀ _Previous");
    private final Button next = new Button("_Next ▶");
    private final Button print = new Button("_Print…");
    private final AtomicBoolean closed = new AtomicBoolean();
    private int shown = -1;
    private int wanted;

    private PrintPreview(Window owner, String title, PDDocument pdf, TaskRunner runner) {
        this.runner = runner;
        this.pdf = pdf;
        this.renderer = new PDFRenderer(pdf);
        stage.initOwner(owner);
        stage.setTitle("Print preview - " + title);
        previous.setId("previewPrevious");
        next.setId("previewNext");
        print.setId("previewPrint");
        where.setId("previewPage");
        previous.setMnemonicParsing(true);
        next.setMnemonicParsing(true);
        print.setMnemonicParsing(true);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        previous.setOnAction(e -> go(wanted - 1));
        next.setOnAction(e -> go(wanted + 1));
        print.setOnAction(e -> print());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, next, where, gap, print, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        page.setPreserveRatio(true);
        page.setSmooth(true);
        StackPane paper = new StackPane(page);
        paper.setPadding(new Insets(16));
        paper.setStyle("-fx-background-color: #d9dde0;");
        page.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 0, 2);");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        Scene scene = new Scene(root, 900, Math.min(1000, owner == null ? 900 : owner.getHeight()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), () -> go(wanted + 1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), () -> go(wanted - 1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        var css = PrintPreview.class.getResource("app.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
    }

    /** Reads a PDF for the preview (in the background). */
    static PDDocument read(byte[] pdfBytes) throws IOException {
        return Loader.loadPDF(pdfBytes);
    }

    /** Opens the preview of {@code pdf} (read in the background), which it closes when it goes. */
    static PrintPreview show(Window owner, String title, PDDocument pdf, TaskRunner runner) {
        PrintPreview preview = new PrintPreview(owner, title, pdf, runner);
        preview.stage.show();
        preview.go(0);
        return preview;
    }

    private void go(int index) {
        int count = pdf.getNumberOfPages();
        if (index < 0 || index >= count || closed.get()) {
            return;
        }
        wanted = index;
        previous.setDisable(index == 0);
        next.setDisable(index == count - 1);
        where.setText("Page " + (index + 1) + " of " + count);
        // The preview's own window shows where it has got; the main window's status bar does not.
        runner.task("render page " + (index + 1), task -> render(index, SCREEN_DPI)).quiet().onSuccess(image -> {
            if (wanted == index && !closed.get()) {
                page.setImage(image);
                shown = index;
            }
        }).onFailure(failure -> {
            if (!closed.get()) {
                Dialogs.error(page, "The page could not be shown", Failures.describe(failure));
            }
        }).start();
    }

    /** Page {@code index} as an image; PDFBox's renderer is used by one thread at a time. */
    private WritableImage render(int index, float dpi) throws IOException {
        BufferedImage image;
        synchronized (renderer) {
            if (closed.get()) {
                throw new IOException("The preview was closed");
            }
            image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        }
        return toFx(image);
    }

    static WritableImage toFx(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        WritableImage fx = new WritableImage(w, h);
        fx.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return fx;
    }

    /**
     * Asks for a printer, then prints every page at print resolution, each scaled to the printable
     * area: one page is drawn (in the background) and printed at a time, so a long document never
     * needs all its pages in memory at once.
     */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Dialogs.info(page, "No printer", "No printer is set up on this computer. Export the PDF and print it "
                    + "from another computer, or set up a printer and try again.");
            return;
        }
        if (!job.showPrintDialog(stage)) {
            job.cancelJob();
            return;
        }
        print.setDisable(true);
        printPage(job, 0);
    }

    private void printPage(PrinterJob job, int index) {
        int count = pdf.getNumberOfPages();
        if (closed.get()) {
            job.cancelJob();
            return;
        }
        if (index == count) {
            job.endJob();
            print.setDisable(false);
            go(wanted);
            return;
        }
        where.setText("Printing page " + (index + 1) + " of " + count + "…");
        runner.task("render page " + (index + 1) + " for printing", task -> render(index, PRINT_DPI)).quiet()
                .onSuccess(image -> {
            PageLayout layout = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (job.printPage(layout, view)) {
                printPage(job, index + 1);
            } else {
                job.cancelJob();
                print.setDisable(false);
                go(wanted);
                Dialogs.error(page, "Not printed", "The printer did not take the pages. Check the printer and try again.");
            }
        }).onFailure(failure -> {
            job.cancelJob();
            print.setDisable(false);
            Dialogs.error(page, "Not printed", Failures.describe(failure));
        }).start();
    }

    private void close() {
        if (closed.compareAndSet(false, true)) {
            runner.task("close the preview", task -> {
                synchronized (renderer) {
                    pdf.close();
                }
                return Boolean.TRUE;
            }).quiet().onFailure(failure -> LOG.warn("Could not close the preview's PDF", failure)).start();
        }
    }

    /** The page shown, for tests: -1 before the first is drawn. */
    int shownPage() {
        return shown;
    }
}
