package org.commissioningdesk.common;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The full name the operating system keeps for the account in use ("Jane Smith" for {@code jsmith}): on
 * Linux and other Unixes the first part of the account's GECOS field ({@code getent passwd}), on macOS
 * {@code id -F}. On Windows, or wherever it cannot be found or does not make a sensible name, the account
 * name itself. It asks the system, which can take a moment: never call it on the FX thread.
 */
public final class AccountFullName {

    /** Runs a command and gives what it printed, or empty when it could not be run or failed. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private static final long WAIT_SECONDS = 3;

    private final String osName;
    private final String account;
    private final Commands commands;

    /** For {@code account} on a system called {@code osName} (as {@code os.name} says), asking through {@code commands}. */
    public AccountFullName(String osName, String account, Commands commands) {
        this.osName = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        this.account = account == null || account.isBlank() ? "unknown" : account.strip();
        this.commands = commands;
    }

    /** The account this application runs as, on this computer. */
    public static AccountFullName ofThisComputer() {
        return new AccountFullName(System.getProperty("os.name"), System.getProperty("user.name"),
                AccountFullName::run);
    }

    /** The account's full name, or the account name where there is none to be had. */
    public String find() {
        return lookUp().filter(name -> CurrentUser.problemWith(name).isEmpty()).orElse(account);
    }

    private Optional<String> lookUp() {
        if (account.equals("unknown") || osName.contains("win")) {
            return Optional.empty();
        }
        if (osName.contains("mac")) {
            return commands.output(List.of("id", "-F", account)).map(String::strip).filter(s -> !s.isEmpty());
        }
        return commands.output(List.of("getent", "passwd", account)).flatMap(this::fromPasswd);
    }

    /**
     * The name in a passwd line {@code jsmith:x:1000:1000:Jane Smith,Room 4,,:/home/jsmith:/bin/bash}: the
     * GECOS field's first comma-separated part, where an {@code &} stands for the account name capitalised.
     */
    Optional<String> fromPasswd(String line) {
        String first = line.lines().findFirst().orElse("");
        String[] fields = first.split(":", -1);
        if (fields.length < 5 || !fields[0].equals(account)) {
            return Optional.empty();
        }
        String name = fields[4].split(",", -1)[0].strip();
        if (name.contains("&")) {
            name = name.replace("&", account.substring(0, 1).toUpperCase(Locale.ROOT) + account.substring(1));
        }
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    private static Optional<String> run(List<String> command) {
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectError(Redirect.DISCARD).start();
            // The answer is one short line, well within a pipe's buffer: wait for the end, then read it.
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            try (InputStream out = process.getInputStream()) {
                return Optional.of(new String(out.readNBytes(4096), StandardCharsets.UTF_8));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
