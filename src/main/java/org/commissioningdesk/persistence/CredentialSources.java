package org.commissioningdesk.persistence;

import java.util.function.UnaryOperator;

import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Where the user name and password for a shared database come from, in the order PostgreSQL's own tools use:
 * the user from PGUSER (else this computer's account name); the password from PGPASSWORD, else the person's
 * password file (~/.pgpass, or %APPDATA%\postgresql\pgpass.conf on Windows, or the file PGPASSFILE names, read by
 * the PostgreSQL driver's own reader), else asked for. This program never writes a password anywhere.
 */
public final class CredentialSources {

    /** Asks the person for the password of {@code user} on {@code server}; null when they cannot be asked or decline. */
    @FunctionalInterface
    public interface Prompt {
        char[] password(ServerAddress server, String user);
    }

    private CredentialSources() {
    }

    /** The user name to sign in as: PGUSER, else this computer's account name. */
    public static String user(UnaryOperator<String> environment) {
        String fromEnvironment = environment.apply("PGUSER");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        return System.getProperty("user.name", "");
    }

    /** The password for {@code user} on {@code server} from PGPASSWORD or the password file; null when neither has it. */
    public static char[] knownPassword(ServerAddress server, String user, UnaryOperator<String> environment) {
        String fromEnvironment = environment.apply("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        String fromFile = PgPassParser.getPassword(server.host(), String.valueOf(server.port()), server.database(),
                user);
        return fromFile == null ? null : fromFile.toCharArray();
    }

    /**
     * The credentials for {@code server}: known ones, else asked for.
     *
     * @throws DatabaseOpenException when no password is known and the person cannot be asked
     */
    public static Credentials find(ServerAddress server, UnaryOperator<String> environment, Prompt prompt) {
        String user = user(environment);
        char[] password = knownPassword(server, user, environment);
        if (password == null) {
            password = prompt.password(server, user);
        }
        if (password == null) {
            throw new DatabaseOpenException(DatabaseProblem.SIGN_IN_FAILED, "No password was given for '" + user
                    + "' on " + server + ". Set PGPASSWORD, or put it in your .pgpass file, or run this where it can"
                    + " be asked for.");
        }
        Credentials found = new Credentials(user, password);
        java.util.Arrays.fill(password, '\0');
        return found;
    }
}
