package org.commissioningdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.prospectus.ProspectusSummary;
import org.commissioningdesk.specification.SpecificationSummary;

/**
 * What the registers cost on a large database against the demo database, in the same run
 * (docs/benchmarks/registers.sh): in one JVM, after warm-up, the median of the timed rounds of each
 * register's service call and of reading one record the way its editor does; and, as separate processes,
 * the wall time of {@code java -jar JAR --db DB prospectus list} (median of its rounds).
 *
 * <pre>RegisterBenchmark ROUNDS CLI_ROUNDS LARGE_DB DEMO_DB JAR</pre>
 * (databases named without .mv.db)
 */
public final class RegisterBenchmark {

    private static final int WARM_UP = 10;

    private RegisterBenchmark() {
    }

    /** One measured line: milliseconds on each database, and the rows it dealt with. */
    private record Line(String what, double large, double demo, String rowsLarge, String rowsDemo, String target) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        int cliRounds = Integer.parseInt(args[1]);
        Path large = Path.of(args[2]);
        Path demo = Path.of(args[3]);
        Path jar = Path.of(args[4]);
        double[][] inProcess = new double[2][];
        String[][] rows = new String[2][];
        for (int d = 0; d < 2; d++) {
            Path db = d == 0 ? large : demo;
            try (Services s = Services.opener(new UserIdentity("bench"), Clock.systemDefaultZone())
                    .open(DatabaseLocation.of(db.toAbsolutePath()))) {
                List<ProspectusSummary> prospectuses = s.prospectuses().list();
                List<SpecificationSummary> specs = s.specifications().list();
                // The record an editor is most often opened on: the latest cycle's biggest member prospectus
                // (which also inherits its groups' priorities), and a specification with more than one version.
                ProspectusSummary p = prospectuses.stream().max(Comparator.comparing(ProspectusSummary::firstYear)
                        .thenComparingInt(ProspectusSummary::priorityCount)
                        .thenComparing(x -> x.level().ordinal(), Comparator.reverseOrder())
                        .thenComparingInt(ProspectusSummary::version)).orElseThrow();
                SpecificationSummary sp = specs.stream().max(Comparator.comparingInt(SpecificationSummary::version))
                        .orElseThrow();
                inProcess[d] = new double[] {
                        median(rounds, () -> s.organisations().list().size()),
                        median(rounds, () -> s.prospectuses().list().size()),
                        median(rounds, () -> s.specifications().list().size()),
                        median(rounds, () -> s.prospectuses().details(p.id()).prospectus().priorities().size()),
                        median(rounds, () -> s.specifications().details(sp.id()).specification().version())};
                var pd = s.prospectuses().details(p.id());
                rows[d] = new String[] {
                        String.valueOf(s.organisations().list().size()),
                        String.valueOf(prospectuses.size()),
                        String.valueOf(specs.size()),
                        pd.prospectus().priorities().size() + "+" + pd.inherited().size() + " inh.",
                        "v" + sp.version() + " of " + specs.stream().filter(x -> x.seriesId() == sp.seriesId()).count(),
                        String.valueOf(prospectuses.size())};
            }
        }
        double cliLarge = cli(jar, large, cliRounds);
        double cliDemo = cli(jar, demo, cliRounds);
        List<Line> lines = List.of(
                new Line("organisations().list()", inProcess[0][0], inProcess[1][0], rows[0][0], rows[1][0], "< 150 ms"),
                new Line("prospectuses().list()", inProcess[0][1], inProcess[1][1], rows[0][1], rows[1][1], "< 150 ms"),
                new Line("specifications().list()", inProcess[0][2], inProcess[1][2], rows[0][2], rows[1][2], "< 150 ms"),
                new Line("prospectuses().details(id)", inProcess[0][3], inProcess[1][3], rows[0][3], rows[1][3], "< 100 ms"),
                new Line("specifications().details(id)", inProcess[0][4], inProcess[1][4], rows[0][4], rows[1][4], "< 100 ms"),
                new Line("CLI prospectus list (process)", cliLarge, cliDemo, rows[0][5], rows[1][5], "<= 1.1x demo"));
        System.out.printf("in-process: median of %d rounds after %d to warm up; command line: median of %d runs%n",
                rounds, WARM_UP, cliRounds);
        System.out.printf("%-31s %10s %10s %7s  %-16s %-16s %-13s %s%n", "measure", "large ms", "demo ms", "ratio",
                "rows large", "rows demo", "target", "met");
        for (Line l : lines) {
            boolean met = l.target().startsWith("<=") ? l.large() <= 1.1 * l.demo()
                    : l.large() < Double.parseDouble(l.target().replaceAll("[^0-9]", ""));
            System.out.printf("%-31s %10.1f %10.1f %7.2f  %-16s %-16s %-13s %s%n", l.what(), l.large(), l.demo(),
                    l.large() / l.demo(), l.rowsLarge(), l.rowsDemo(), l.target(), met ? "yes" : "NO");
        }
    }

    /** Milliseconds, the median of {@code rounds} calls after {@link #WARM_UP} unmeasured ones. */
    private static double median(int rounds, Supplier<Object> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.get();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return times.get(times.size() / 2) / 1e6;
    }

    /** Wall milliseconds of {@code java -jar JAR --db DB prospectus list}, the median of {@code rounds} runs after one. */
    private static double cli(Path jar, Path db, int rounds) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String logs = System.getProperty("commissioningdesk.logFolder");
        if (logs != null) {
            command.add("-Dcommissioningdesk.logFolder=" + logs);
        }
        command.addAll(List.of("-jar", jar.toString(), "--db", db.toString(), "prospectus", "list"));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i <= rounds; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("prospectus list failed on " + db + ": exit " + p.exitValue());
            }
            if (i > 0) {
                times.add(System.nanoTime() - start);
            }
        }
        Collections.sort(times);
        return times.get(times.size() / 2) / 1e6;
    }

}
