package org.commissioningdesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.export.Document;
import org.commissioningdesk.export.DocxRenderer;
import org.commissioningdesk.export.ExportFormat;
import org.commissioningdesk.export.Exports;
import org.commissioningdesk.export.PdfRenderer;
import org.commissioningdesk.export.Progress;
import org.commissioningdesk.export.Sheet;
import org.commissioningdesk.export.Document.Column;
import org.commissioningdesk.export.Document.Kind;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.ConsultationResponse;
import org.commissioningdesk.prospectus.OutcomeMeasure;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.ConsultationPeriod;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusDetails;
import org.commissioningdesk.prospectus.ProspectusDocument;
import org.commissioningdesk.prospectus.ProspectusLevel;
import org.commissioningdesk.prospectus.ProspectusStatus;
import org.commissioningdesk.prospectus.SourceType;

/**
 * The export benchmark (docs/benchmarks/export.sh): a prospectus of 100 priorities exported to PDF and
 * Word in-process after warm-up, against LibreOffice converting that Word file to PDF in the same run
 * (what a person without the app would do); and a register of 10,000 rows to Excel, with the heap's
 * peak while it is written. Medians of the timed rounds.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        String part = args.length > 1 ? args[1] : "documents";
        Path work = Files.createTempDirectory("export-bench");
        if (part.equals("register")) {
            register(work, rounds);
        } else {
            documents(work, rounds);
        }
        deleteAll(work);
    }

    private static void documents(Path work, int rounds) throws Exception {
        Document prospectus = ProspectusDocument.of(prospectus(100), "Benchmark", LocalDate.of(2007, 3, 14));

        // Until the JIT has compiled the layout and PDF writing (the times settle after about 30 rounds).
        for (int i = 0; i < 30; i++) {
            pdf(prospectus);
            docx(prospectus);
        }
        Path docx = work.resolve("prospectus.docx");
        Files.write(docx, docx(prospectus));
        libreOffice(work, docx, -1); // LibreOffice makes its profile on its first run

        // The rounds interleave the app's exports with LibreOffice's conversion, so that whatever else the
        // machine is doing at the time weighs on both sides of the ratio alike.
        long[] pdfMs = new long[rounds];
        long[] docxMs = new long[rounds];
        long[] loMs = new long[rounds];
        int pages = 0;
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            byte[] bytes = pdf(prospectus);
            pdfMs[i] = ms(t);
            if (i == 0) {
                try (var d = org.apache.pdfbox.Loader.loadPDF(bytes)) {
                    pages = d.getNumberOfPages();
                }
            }
            t = System.nanoTime();
            docx(prospectus);
            docxMs[i] = ms(t);
            loMs[i] = libreOffice(work, docx, i);
        }

        double pdf = median(pdfMs);
        double lo = median(loMs);
        System.out.printf(Locale.ROOT, "Prospectus of 100 priorities: %d PDF pages%n", pages);
        System.out.printf(Locale.ROOT, "%-52s %9s %7s%n", "", "median", "ratio");
        System.out.printf(Locale.ROOT, "%-52s %7.0f ms %7s%n", "LibreOffice: the Word file to PDF (baseline)", lo, "1.00");
        System.out.printf(Locale.ROOT, "%-52s %7.0f ms %7.3f%n", "Commissioning Desk: the prospectus to PDF", pdf, pdf / lo);
        System.out.printf(Locale.ROOT, "%-52s %7.0f ms %7.2f%n", "Commissioning Desk: the prospectus to Word",
                median(docxMs), median(docxMs) / lo);
        System.out.printf(Locale.ROOT, "PDF target: at most 0.20 of LibreOffice's time: %s%n", pdf <= 0.2 * lo ? "met" : "NOT met");
    }

    /** Milliseconds LibreOffice takes to convert {@code docx} to PDF, headless, as a Word user would. */
    private static long libreOffice(Path work, Path docx, int round) throws Exception {
        Path out = Files.createDirectories(work.resolve("lo" + round));
        long t = System.nanoTime();
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + work.resolve("profile"),
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("lo.log").toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0 || !Files.exists(out.resolve("prospectus.pdf"))) {
            throw new IllegalStateException("LibreOffice did not convert the file: " + Files.readString(work.resolve("lo.log")));
        }
        return ms(t);
    }

    private static void register(Path work, int rounds) throws Exception {
        Sheet register = register(10_000);
        for (int i = 0; i < 2; i++) {
            Exports.sheet(register, null, ExportFormat.XLSX, false, work.resolve("warm.xlsx"), Progress.NONE);
        }
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        long[] xlsxMs = new long[rounds];
        long peak = 0;
        for (int i = 0; i < rounds; i++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long t = System.nanoTime();
            Exports.sheet(register, null, ExportFormat.XLSX, false, work.resolve("register.xlsx"), Progress.NONE);
            xlsxMs[i] = ms(t);
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
        }
        long maxHeap = Runtime.getRuntime().maxMemory();

        System.out.printf(Locale.ROOT, "%-52s %7.0f ms  (target under 2,000 ms)%n", "Register of 10,000 rows to Excel",
                median(xlsxMs));
        System.out.printf(Locale.ROOT, "Heap: peak %d MB while writing the register, of at most %d MB (-Xmx)%n",
                peak / (1024 * 1024), maxHeap / (1024 * 1024));
    }

    private static byte[] pdf(Document d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer.write(d, out, Progress.NONE);
        return out.toByteArray();
    }

    private static byte[] docx(Document d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxRenderer.write(d, out, Progress.NONE);
        return out.toByteArray();
    }

    /** A prospectus of {@code count} priorities and 60 consultation responses, for the benchmark and the tests of long documents. */
    public static ProspectusDetails prospectus(int count) {
        String rationale = "Premature mortality from circulatory disease is well above the London average in the east "
                + "of the borough. **Practices** will offer checks to adults aged 40 to 74, with *interpreters* and "
                + "health advocates, and a local enhanced service will reward the practices that reach the most.\n\n"
                + "- Bangladeshi and Somali communities first\n- Evening and weekend sessions\n- Results sent to the GP";
        String[] areas = {"Primary care", "Acute", "Mental health", "Children and young people", "Older people",
                "Urgent and emergency care"};
        List<Priority> priorities = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            BigDecimal amount = new BigDecimal((i % 7 - 3) * 125_000).setScale(2);
            priorities.add(new Priority("p" + i, "Priority " + i + ": better care closer to home in locality " + (i % 9 + 1),
                    areas[i % areas.length], amount.signum() < 0 ? ChangeType.DISINVEST : ChangeType.INVEST, rationale,
                    Arrays.asList(amount, amount.add(new BigDecimal("10000.00")), amount.add(new BigDecimal("20000.00"))),
                    List.of(new OutcomeMeasure("Premature CVD mortality", "per 100,000", new BigDecimal("161"),
                            new BigDecimal("140"), new FinancialYear(2009)),
                            new OutcomeMeasure("Patients seen within 18 weeks", "%", new BigDecimal("72"),
                                    new BigDecimal("90"), new FinancialYear(2008))),
                    "Bangladeshi and Somali communities", "Director of Public Health", List.of()));
        }
        List<ConsultationResponse> responses = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            responses.add(new ConsultationResponse(SourceType.values()[i % SourceType.values().length], "Respondent " + i,
                    LocalDate.of(2007, 2, 1 + i % 27), "p" + (i % count + 1),
                    "Asked how the change will reach people who do not speak English, and when it starts.",
                    i % 3 == 0 ? null : "Leaflets in Bengali and Somali; health advocates at every session.", i % 3 != 0));
        }
        Prospectus p = new Prospectus(1, 1, 1, "Tower Hamlets PCT", ProspectusLevel.PCT,
                "Tower Hamlets PCT Commissioning Prospectus 2007/08", new FinancialYear(2007), 3, 1,
                ProspectusStatus.CONSULTATION, null, new ConsultationPeriod(LocalDate.of(2007, 1, 8),
                LocalDate.of(2007, 4, 2)), "The summary. " + rationale, rationale, rationale, priorities,
                responses, new org.commissioningdesk.common.Stamp(java.util.UUID.randomUUID(), 1,
                java.time.Instant.EPOCH, "Benchmark"));
        return new ProspectusDetails(p, List.of(), List.of(), List.of(), List.of());
    }

    static Sheet register(int rows) {
        List<List<Object>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            data.add(Arrays.asList("Organisation " + i, "Primary Care Trust", "5C" + i, "North East",
                    new BigDecimal(i * 1000L + 0.5).setScale(2, java.math.RoundingMode.HALF_UP),
                    LocalDate.of(2006, 10, 1).plusDays(i % 365), i % 50));
        }
        return new Sheet("Register", null, List.of(Column.text("Name"), Column.text("Type"), Column.text("Code"),
                Column.text("Sector"), Column.of("Budget", Kind.MONEY), Column.of("Since", Kind.DATE),
                Column.of("Practices", Kind.NUMBER)), data);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
