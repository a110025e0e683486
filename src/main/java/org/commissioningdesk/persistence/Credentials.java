package org.commissioningdesk.persistence;

import java.util.Arrays;

/**
 * The user name and password for a shared database: held in memory while it is open, never written anywhere by
 * this program, and never shown (not even in {@link #toString}).
 */
public final class Credentials {

    private final String user;
    private final char[] password;

    public Credentials(String user, char[] password) {
        this.user = user == null ? "" : user.strip();
        this.password = password == null ? new char[0] : password.clone();
    }

    public String user() {
        return user;
    }

    /** A copy of the password (the caller may wipe it). */
    char[] password() {
        return password.clone();
    }

    /** Forgets the password. */
    public void wipe() {
        Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + "]";
    }
}
