package org.commissioningdesk.common;

/**
 * Who is making changes, by the name written into every audit row and workflow step: the person's
 * display name (see {@link CurrentUser}), or an account name where none is known.
 */
public record UserIdentity(String name) {

    public UserIdentity {
        if (name == null || name.isBlank()) {
            name = "unknown";
        }
    }
}
