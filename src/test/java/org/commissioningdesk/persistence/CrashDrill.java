package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.testing.OtherProcess;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash drill: the application, in its own process, is killed with SIGKILL at moments spread over
 * creating a database (the London pack and the demo) and over upgrading the first release's database,
 * several of them for certain inside the migrations (the test hook pauses before and after each migration
 * and says so on stderr). After every kill the next open succeeds, with no manual step, and finds either
 * no database or all of it. The figures go to target/crash-drill-*.txt. Its two drills are two test classes,
 * so the two test JVMs run them side by side.
 */
abstract class CrashDrill {

    private static final long PAUSE_MILLIS = 120;
    private static final List<String> JVM = List.of("-D" + Migrations.PAUSE_PROPERTY + "=" + PAUSE_MILLIS);
    private static final List<String> SUMMARY = new CopyOnWriteArrayList<>();

    @TempDir
    Path folder;

    /** Writes the figures of the drills run in this JVM to {@code target/NAME}. */
    static void writeFigures(String name) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.write(out, SUMMARY, StandardCharsets.UTF_8);
    }

    /** One kill: when it came, whether it fell inside the migrations, and what the next open found. */
    record Trial(String when, boolean insideMigrations, String found) {
    }

    String[] initArgs(Path trialFolder) {
        return new String[] {"--db", trialFolder.resolve("desk").toString(), "init", "--starter", "london-2006", "--demo"};
    }

    String[] listArgs(Path trialFolder) {
        return new String[] {"--db", trialFolder.resolve("desk").toString(), "organisations", "list"};
    }

    Trial killAndCheckCreation(Path trialFolder, String marker, long afterMillis) throws Exception {
        Files.createDirectories(trialFolder);
        Killed killed = runAndKill(initArgs(trialFolder), marker, afterMillis);
        DatabaseLocation location = DatabaseLocation.of(trialFolder.resolve("desk"));
        String found;
        if (Files.exists(location.file())) {
            found = killed.finished() ? "everything (it had finished)" : "everything";
        } else {
            found = "nothing";
            // Nothing was left: creating it again works at once, with no step by hand.
            TestDatabases.OPENER.create(location,
                    Optional.of(new SetUpService.Choice(StarterPack.LONDON_2006, true))).close();
        }
        assertHoldsEverythingCreated(location);
        // Whatever the killed run left beside it (its half-built file) is gone after the next open.
        try (var files = Files.list(trialFolder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("desk.mv.db");
        }
        return new Trial(killed.when(), killed.insideMigrations(), found);
    }

    Trial killAndCheckUpgrade(Path trialFolder, String marker, long afterMillis) throws Exception {
        Files.createDirectories(trialFolder);
        DatabaseLocation location = V1Fixture.copyTo(trialFolder, "desk");
        Killed killed = runAndKill(listArgs(trialFolder), marker, afterMillis);
        try (Services services = TestDatabases.OPENER.open(location)) {
            assertThat(services.organisations().list()).hasSize(V1Fixture.ORGANISATIONS);
            assertThat(services.organisations().allLeadCommissioning()).hasSize(V1Fixture.LEAD_COMMISSIONING);
        }
        assertThat(UpgradeTest.appliedVersions(location)).containsExactlyElementsOf(TestDatabases.schemaVersions());
        assertThat(Upgrades.marker(location)).doesNotExist();
        return new Trial(killed.when(), killed.insideMigrations(), "every record, upgraded");
    }

    static void assertHoldsEverythingCreated(DatabaseLocation location) {
        try (Services services = TestDatabases.OPENER.open(location)) {
            SetUpService.State state = services.setUp().state();
            assertThat(state.pack()).contains(StarterPack.LONDON_2006);
            assertThat(state.demoLoaded()).isTrue();
            assertThat(services.organisations().list()).hasSize(TestDatabases.LONDON_ORGANISATIONS);
            assertThat(services.prospectuses().list()).hasSize(3);
            assertThat(services.specifications().list()).hasSize(4);
        }
    }

    interface Args {
        String[] of(Path folder);
    }

    long timeWholeRun(Path trialFolder, Args args) throws Exception {
        Files.createDirectories(trialFolder);
        long start = System.nanoTime();
        Killed run = runAndKill(args.of(trialFolder), null, Long.MAX_VALUE);
        assertThat(run.finished()).isTrue();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** How a run ended: when it was killed, and whether that was inside the migrations. */
    record Killed(String when, boolean insideMigrations, boolean finished) {
    }

    /**
     * Runs the launcher and kills it with SIGKILL when it says {@code marker} on stderr, or after
     * {@code afterMillis} (whichever is asked for); a run that ends first is let be.
     */
    static Killed runAndKill(String[] args, String marker, long afterMillis) throws Exception {
        Process process = new ProcessBuilder(OtherProcess.launcherCommand(JVM, args))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> said = new CopyOnWriteArrayList<>();
        CountDownLatch markerSeen = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    said.add(line);
                    if (marker != null && line.equals("migration-pause " + marker)) {
                        markerSeen.countDown();
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.start();
        boolean finished;
        if (marker != null) {
            boolean seen = markerSeen.await(60, TimeUnit.SECONDS);
            assertThat(seen).as("the run never reached " + marker + "; it said " + said).isTrue();
            finished = false;
        } else {
            finished = process.waitFor(Math.min(afterMillis, 120_000), TimeUnit.MILLISECONDS);
        }
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        String last = said.stream().filter(l -> l.startsWith("migration-pause ")).reduce((a, b) -> b)
                .map(l -> l.substring("migration-pause ".length())).orElse(null);
        boolean inside = !finished && last != null && !last.equals("after V" + TestDatabases.latestSchema());
        String when = finished ? "finished before the kill"
                : marker != null ? "at the pause " + marker
                : "after " + afterMillis + " ms" + (last == null ? " (no migration begun)" : " (last pause: " + last + ")");
        if (finished) {
            assertThat(process.exitValue()).as("the run said " + said).isZero();
        }
        return new Killed(when, inside || marker != null, finished);
    }

    /**
     * The test hook's pauses to kill at: before each of {@code versions}' migrations (the one before it committed),
     * and after the last one and after each migration written in Java (a migration done but not yet committed).
     * Killing after every migration as well doubled the drill's time for moments alike.
     */
    static List<String> pausesAround(List<String> versions) {
        List<String> inJava = TestDatabases.javaMigrations();
        return versions.stream().flatMap(v -> v.equals(versions.get(versions.size() - 1)) || inJava.contains(v)
                ? java.util.stream.Stream.of("before V" + v, "after V" + v)
                : java.util.stream.Stream.of("before V" + v)).toList();
    }

    static void report(String what, long wholeMillis, List<Trial> trials) {
        SUMMARY.add("Crash drill: " + what + "; a whole run took " + wholeMillis + " ms");
        for (Trial t : trials) {
            SUMMARY.add("  killed " + t.when() + (t.insideMigrations() ? " [inside the migrations]" : "")
                    + " -> next open found " + t.found());
        }
        long inside = trials.stream().filter(Trial::insideMigrations).count();
        SUMMARY.add("  " + trials.size() + " trials, " + inside + " kills inside the migrations, " + trials.size()
                + " databases reopened with no manual step");
        System.out.println(String.join(System.lineSeparator(), SUMMARY));
    }
}
