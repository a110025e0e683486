package org.commissioningdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a second JVM on the test class path, as a second copy of the application would be. */
public final class OtherProcess implements AutoCloseable {

    private final Process process;

    private OtherProcess(Process process) {
        this.process = process;
    }

    /** Starts {@link HoldDatabase} on {@code database} and returns once it holds the file. */
    public static OtherProcess holding(Path database) throws IOException {
        Process process = builder(HoldDatabase.class.getName(), database.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("The second process did not open the database: " + line);
        }
        return new OtherProcess(process);
    }

    /** A result of running the application's launcher in another process. */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs the launcher with {@code args} in another JVM and waits for it. */
    public static Result runLauncher(String... args) throws IOException, InterruptedException {
        Path outFile = java.nio.file.Files.createTempFile("desk-out", ".txt");
        Path errFile = java.nio.file.Files.createTempFile("desk-err", ".txt");
        try {
            List<String> all = new ArrayList<>(List.of(args));
            all.add(0, "org.commissioningdesk.app.Launcher");
            Process process = builder(all.toArray(String[]::new))
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The launcher did not finish within 60 s");
            }
            return new Result(process.exitValue(), java.nio.file.Files.readString(outFile),
                    java.nio.file.Files.readString(errFile));
        } finally {
            java.nio.file.Files.deleteIfExists(outFile);
            java.nio.file.Files.deleteIfExists(errFile);
        }
    }

    private static ProcessBuilder builder(String... mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command);
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
