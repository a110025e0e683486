package org.commissioningdesk.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a shared PostgreSQL database is: host, port and database name, as written {@code postgresql://HOST[:PORT]/NAME}
 * (or as a JDBC URL, {@code jdbc:postgresql://HOST[:PORT]/NAME}). Nothing else is taken from what is written: no
 * user, password or connection settings, so a pasted address can neither carry a secret nor change how the
 * connection behaves.
 */
public record ServerAddress(String host, int port, String database) {

    public static final int DEFAULT_PORT = 5432;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]+|\\[[0-9A-Fa-f:.]+\\]");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_$-]{0,62}");

    public ServerAddress {
        if (host == null || !HOST.matcher(host).matches()) {
            throw bad("the server's name is missing or holds characters a server name cannot");
        }
        if (port < 1 || port > 65535) {
            throw bad("the port must be a number from 1 to 65535");
        }
        if (database == null || !NAME.matcher(database).matches()) {
            throw bad("give the database's name after the server, as in postgresql://server/commissioning");
        }
    }

    /** Whether {@code text} is written as a shared database's address rather than a file's path. */
    public static boolean looksLikeOne(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://") || t.startsWith("jdbc:postgresql:");
    }

    /**
     * Reads an address.
     *
     * @throws DatabaseOpenException saying what is wrong with it, in words
     */
    public static ServerAddress parse(String text) {
        if (!looksLikeOne(text)) {
            throw bad("write it as postgresql://server/database");
        }
        String t = text.strip();
        String rest = t.substring(t.indexOf("://") + 3);
        if (t.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") && !t.toLowerCase(Locale.ROOT)
                .startsWith("jdbc:postgresql://")) {
            throw bad("write it as jdbc:postgresql://server/database");
        }
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw bad("it is not an address this program can read");
        }
        if (uri.getRawUserInfo() != null) {
            throw bad("leave the user name and password out of it: they are asked for, or read from PGUSER and"
                    + " PGPASSWORD or your .pgpass file");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw bad("leave settings (after '?') out of it");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        String name = path.startsWith("/") ? path.substring(1) : path;
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), name);
    }

    /** The JDBC URL, with the settings this program always uses. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + "?ApplicationName=Commissioning%20Desk";
    }

    /** "postgresql://server:5432/commissioning": how the address is shown. */
    @Override
    public String toString() {
        return "postgresql://" + host + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }

    private static DatabaseOpenException bad(String why) {
        return new DatabaseOpenException(DatabaseProblem.BAD_PATH, "That is not a shared database's address: " + why
                + ".");
    }
}
