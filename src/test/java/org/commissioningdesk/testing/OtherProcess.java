package org.commissioningdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a second JVM on the test class path, as a second copy of the application would be. */
public final class OtherProcess implements AutoCloseable {

    private final Process process;

    private OtherProcess(Process process) {
        this.process = process;
    }

    /** Starts {@link HoldDatabase} on {@code database} and returns once it holds the file. */
    public static OtherProcess holding(Path database) throws IOException {
        Process process = new ProcessBuilder(javaCommand(List.of(), HoldDatabase.class.getName(),
                List.of(database.toString()))).redirectErrorStream(true).start();
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
        return run(launcherCommand(List.of(), args), Map.of());
    }

    /** The command line that runs the launcher in a new JVM with {@code jvmOptions} (system properties). */
    public static List<String> launcherCommand(List<String> jvmOptions, String... args) {
        return javaCommand(jvmOptions, "org.commissioningdesk.app.Launcher", List.of(args));
    }

    /**
     * Runs {@code command} and waits for it, with {@code environment} replacing the variables it names (a null
     * value removes one).
     */
    public static Result run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path outFile = Files.createTempFile("desk-out", ".txt");
        Path errFile = Files.createTempFile("desk-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            environment.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("The process did not finish within 120 s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(outFile), Files.readString(errFile));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    /** The command that runs {@code mainClass} in a new JVM on this test class path, logging where the tests log. */
    public static List<String> javaCommand(List<String> jvmOptions, String mainClass, List<String> args) {
        return javaCommand(jvmOptions, System.getProperty("java.class.path"), mainClass, args);
    }

    /** As {@link #javaCommand(List, String, List)}, on the given class path. */
    public static List<String> javaCommand(List<String> jvmOptions, String classPath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        for (String property : List.of("commissioningdesk.logFolder", "commissioningdesk.dataFolder",
                "h2.allowedClasses")) {
            String value = System.getProperty(property);
            if (value != null && jvmOptions.stream().noneMatch(o -> o.startsWith("-D" + property + "="))) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
