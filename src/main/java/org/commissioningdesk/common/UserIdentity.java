package org.commissioningdesk.common;

/** Who is making changes: the operating-system user name, written into every audit row. */
public record UserIdentity(String name) {

    public UserIdentity {
        if (name == null || name.isBlank()) {
            name = "unknown";
        }
    }

    public static UserIdentity fromOperatingSystem() {
        return new UserIdentity(System.getProperty("user.name"));
    }
}
