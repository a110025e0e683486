package org.commissioningdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.testing.OtherProcess;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a person sees when the file system says no: one sentence saying what happened and what to do,
 * exit code 1, no stack trace; the detail is in the log. The permission cases run the application as the
 * unprivileged user 'nobody' (root would read and write regardless); where this machine cannot drop
 * privileges or mount a small disk, the case is skipped and says why.
 */
class PlainErrorsTest {

    private static final int NOBODY = 65534;
    /** A folder every user can read, holding a copy of the class path, so 'nobody' can run the application. */
    private static Path shared;
    private static String sharedClassPath;
    private static Path logs;
    private static String whyNotAsNobody;

    @BeforeAll
    static void shareTheApplicationWithAnUnprivilegedUser() throws Exception {
        shared = Files.createTempDirectory("desk-plain-errors-");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        logs = Files.createDirectories(shared.resolve("logs"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxrwxrwx"));
        whyNotAsNobody = !"root".equals(System.getProperty("user.name")) ? "the tests do not run as root, so they cannot"
                + " become another user" : !Files.isExecutable(Path.of("/usr/bin/setpriv")) ? "setpriv is not installed"
                : null;
        if (whyNotAsNobody != null) {
            return;
        }
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = shared.resolve("cp").resolve(n++ + "-" + from.getFileName());
            copyTree(from, to);
            entries.add(to.toString());
        }
        sharedClassPath = String.join(java.io.File.pathSeparator, entries);
        try (Stream<Path> all = Files.walk(shared.resolve("cp"))) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x"
                        : "rw-r--r--"));
            }
        }
        OtherProcess.Result probe = asNobody("--version");
        if (probe.exitCode() != 0) {
            whyNotAsNobody = "setpriv could not run the application as nobody: " + probe.err().strip();
        }
    }

    @AfterAll
    static void removeTheSharedFolder() throws IOException {
        try (Stream<Path> all = Files.walk(shared)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aReadOnlyDatabaseFileIsOneSentenceAndStaysAsItWas() throws Exception {
        assumeTrue(whyNotAsNobody == null, () -> "Skipped: " + whyNotAsNobody);
        Path folder = folderOwnedByNobody("read-only-file", "rwxr-xr-x");
        Path file = londonDatabaseIn(folder);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        for (String[] command : new String[][] {{"organisations", "list"}, {"demo"}}) {
            OtherProcess.Result result = asNobody(withDb(folder, command));
            assertOneSentence(result, "error: " + file + " is read-only, and Commissioning Desk needs to write to it."
                    + " Make it writable, or copy it to a folder of yours and open the copy.");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aFolderThePersonCannotWriteInIsOneSentence() throws Exception {
        assumeTrue(whyNotAsNobody == null, () -> "Skipped: " + whyNotAsNobody);
        Path folder = folderOwnedByNobody("read-only-folder", "rwxr-xr-x");
        Path file = londonDatabaseIn(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        OtherProcess.Result list = asNobody(withDb(folder, "organisations", "list"));
        assertOneSentence(list, "error: You cannot write in the folder " + folder + ", and Commissioning Desk keeps its"
                + " new files and safety copies beside the database. Move the database to a folder of yours, or ask"
                + " for write access to this one.");
        OtherProcess.Result init = asNobody("--db", folder.resolve("new").toString(), "init", "--starter",
                "empty");
        assertThat(init.exitCode()).isEqualTo(1);
        assertThat(init.err()).startsWith("error: You cannot write in the folder " + folder);
        assertThat(Files.exists(folder.resolve("new.mv.db"))).isFalse();
        assertThat(file).exists();
    }

    @Test
    void aFileThePersonMayNotReadIsOneSentence() throws Exception {
        assumeTrue(whyNotAsNobody == null, () -> "Skipped: " + whyNotAsNobody);
        Path folder = folderOwnedByNobody("no-permission", "rwxr-xr-x");
        Path file = londonDatabaseIn(folder);
        Files.setOwner(file, file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("root"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertOneSentence(asNobody(withDb(folder, "organisations", "list")),
                "error: You do not have permission to read " + file + ". Ask its owner for access, or open a copy of"
                        + " your own.");
    }

    @Test
    void aFolderThatCannotBeMadeIsOneSentence() throws Exception {
        assumeTrue(whyNotAsNobody == null, () -> "Skipped: " + whyNotAsNobody);
        Path locked = Files.createDirectories(shared.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path wanted = locked.resolve("plans").resolve("camden");
        OtherProcess.Result init = asNobody("--db", wanted.toString(), "init", "--starter", "empty");
        assertOneSentence(init, "error: You do not have permission to use " + wanted + ".mv.db (or its folder). Ask its"
                + " owner for access, or use a folder of your own.");
    }

    @Test
    void aNameTooLongIsOneSentenceWhetherTheApplicationOrTheDiskSaysSo() throws Exception {
        Path folder = Files.createTempDirectory("desk-long-");
        OtherProcess.Result ours = OtherProcess.runLauncher("--db", folder.resolve("n".repeat(300)).toString(), "init",
                "--starter", "empty");
        assertOneSentence(ours, "error: The file name '" + "n".repeat(30) + "…" + "n".repeat(3) + ".mv.db' is too long"
                + " (306 bytes; Commissioning Desk accepts up to 200). Choose a shorter name.");
        Path deep = folder.resolve("f".repeat(300)).resolve("desk");
        OtherProcess.Result disk = OtherProcess.runLauncher("--db", deep.toString(), "init", "--starter", "empty");
        assertOneSentence(disk, "error: The name of " + deep + ".mv.db is too long for this computer's disk. Choose a"
                + " shorter name or a folder nearer the top of the disk.");
    }

    @Test
    void aFullDiskIsOneSentenceAndLosesNothingThatWasSaved() throws Exception {
        Path folder = Files.createTempDirectory("desk-full-");
        Path db = folder.resolve("disk").resolve("camden");
        String java = String.join(" ", OtherProcess.launcherCommand(List.of()).stream().map(PlainErrorsTest::quoted)
                .toList());
        // A 32 MB disk of its own (creating a database needs room for its upgrade steps before it is compacted), mounted in a private mount namespace (nothing outside the test sees it).
        String script = String.join("\n",
                "set -u",
                "mount -t tmpfs -o size=32m tmpfs " + quoted(folder.resolve("disk").toString()) + " || exit 97",
                java + " --db " + quoted(db.toString()) + " init --starter london-2006 > /dev/null || exit 98",
                "size=$(stat -c %s " + quoted(db + ".mv.db") + ")",
                "free=$(df -B1 --output=avail " + quoted(folder.resolve("disk").toString()) + " | tail -1)",
                "dd if=/dev/zero of=" + quoted(folder.resolve("disk/fill").toString()) + " bs=1024"
                        + " count=$(( (free - size - 60000) / 1024 )) 2> /dev/null",
                java + " --db " + quoted(db.toString()) + " demo > /dev/null 2> " + quoted(folder.resolve("demo.err").toString()),
                "echo demo=$?",
                "rm " + quoted(folder.resolve("disk/fill").toString()),
                java + " --db " + quoted(db.toString()) + " demo | head -1",
                "echo again=$?");
        Files.createDirectories(folder.resolve("disk"));
        OtherProcess.Result run = OtherProcess.run(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                script), Map.of());
        assumeTrue(run.exitCode() != 97 && !run.err().contains("unshare failed"),
                () -> "Skipped: this machine cannot mount a small disk for the test (" + run.err().strip() + ")");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String demoErr = Files.readString(folder.resolve("demo.err"));
        assertThat(run.out()).as(demoErr).contains("demo=1");
        assertThat(demoErr.strip()).doesNotContain("\n").doesNotContain("\tat ").doesNotContain("Exception")
                .isEqualTo("error: The disk holding " + db + ".mv.db is full, so this was not saved; nothing you had"
                        + " saved before was lost. Free some space and try again.");
        // With space again, the database opens with everything saved before, and the demo goes in.
        assertThat(run.out()).contains("Loaded 3 demo prospectuses").contains("again=0");
    }

    @Test
    void theWindowWithNoDisplayIsOneSentence() throws Exception {
        Map<String, String> noDisplay = new HashMap<>();
        noDisplay.put("DISPLAY", null);
        noDisplay.put("WAYLAND_DISPLAY", null);
        OtherProcess.Result result = OtherProcess.run(OtherProcess.launcherCommand(List.of()), noDisplay);
        assertOneSentence(result, "error: No display: use a command, see --help");
    }

    private static void assertOneSentence(OtherProcess.Result result, String expected) {
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(expected);
        assertThat(result.out()).isEmpty();
    }

    private static String[] withDb(Path folder, String... command) {
        List<String> all = new ArrayList<>(List.of("--db", folder.resolve("desk").toString()));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }

    private static Path folderOwnedByNobody(String name, String permissions) throws IOException {
        Path folder = Files.createDirectories(shared.resolve(name));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(permissions));
        chownNobody(folder);
        return folder;
    }

    /** A database with the London pack, owned by nobody, in {@code folder}. */
    private static Path londonDatabaseIn(Path folder) throws IOException {
        Path scratch = Files.createTempDirectory("desk-made-");
        DatabaseLocation made = TestDatabases.createLondon(DatabaseLocation.of(scratch.resolve("desk")), false);
        Path file = folder.resolve("desk.mv.db");
        Files.copy(made.file(), file, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        chownNobody(file);
        return file;
    }

    private static void chownNobody(Path path) throws IOException {
        try {
            Process p = new ProcessBuilder("chown", NOBODY + ":" + NOBODY, path.toString()).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException("chown failed for " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static OtherProcess.Result asNobody(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups"));
        command.addAll(OtherProcess.javaCommand(List.of("-Dcommissioningdesk.logFolder=" + logs,
                "-Dcommissioningdesk.dataFolder=" + logs,
                "-Duser.home=" + logs), sharedClassPath, "org.commissioningdesk.app.Launcher", List.of(args)));
        Map<String, String> env = new HashMap<>();
        env.put("HOME", logs.toString());
        return OtherProcess.run(command, env);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            try (Stream<Path> all = Files.walk(from)) {
                for (Path p : (Iterable<Path>) all::iterator) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } else {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String quoted(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
