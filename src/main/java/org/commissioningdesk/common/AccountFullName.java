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
 * {@code id -F}, on Windows the display name the directory keeps for the signed-in account (a domain or
 * Microsoft account's, through PowerShell) or else the local account's Full Name ({@code net user}).
 * Wherever it cannot be found or does not make a sensible name, the account name itself. It asks the
 * system, which can take a moment (a laptop away from its domain answers slowly or not at all, and is
 * given a few seconds): never call it on the FX thread.
 */
public final class AccountFullName {

    /** Runs a command and gives what it printed, or empty when it could not be run or failed. */
    @FunctionalInterface
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    private static final long WAIT_SECONDS = 3;

    /** Asks Windows for the signed-in account's display name; prints nothing when there is none. */
    static final List<String> WINDOWS_DISPLAY_NAME = List.of("powershell", "-NoProfile", "-NonInteractive", "-Command",
            "Add-Type -AssemblyName System.DirectoryServices.AccountManagement;"
                    + " [System.DirectoryServices.AccountManagement.UserPrincipal]::Current.DisplayName");

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
        if (account.equals("unknown")) {
            return Optional.empty();
        }
        if (osName.startsWith("windows")) {
            return commands.output(WINDOWS_DISPLAY_NAME).flatMap(AccountFullName::firstLine)
                    .or(() -> commands.output(List.of("net", "user", account)).flatMap(AccountFullName::fromNetUser));
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

    /** The first line of what a command printed, when it is not blank. */
    private static Optional<String> firstLine(String output) {
        return output.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
    }

    /** The value of the "Full Name" line in what {@code net user <account>} prints, when it has one. */
    static Optional<String> fromNetUser(String output) {
        return output.lines().filter(l -> l.startsWith("Full Name")).findFirst()
                .map(l -> l.substring("Full Name".length()).strip()).filter(name -> !name.isEmpty());
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
