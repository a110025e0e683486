package org.commissioningdesk.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules an organisation draft must meet on its own, without looking at the register. The
 * service applies them before it checks uniqueness and membership against the database, and the
 * screen applies the same ones as the person types, so the two never disagree.
 */
final class OrganisationRules {

    static final int MAX_NAME = 200;
    static final int MAX_CODE = 20;
    static final int MAX_SECTOR = 100;
    static final int MAX_NOTES = 4000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");

    private OrganisationRules() {
    }

    /** Field name to message for every rule the (normalised) draft breaks. */
    static Map<String, String> check(OrganisationDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.name() == null) {
            errors.put("name", "Name is required");
        } else if (draft.name().length() > MAX_NAME) {
            errors.put("name", "Name is too long (at most " + MAX_NAME + " characters)");
        }
        if (draft.type() == null) {
            errors.put("type", "Choose the type of organisation");
        }
        if (draft.code() != null) {
            if (draft.code().length() > MAX_CODE) {
                errors.put("code", "Code is too long (at most " + MAX_CODE + " characters)");
            } else if (!CODE.matcher(draft.code()).matches()) {
                errors.put("code", "Code may hold only letters, digits and hyphens");
            }
        }
        if (draft.sector() != null) {
            if (draft.type() != null && !draft.type().hasSector()) {
                errors.put("sector", "A sector applies only to PCTs, Care Trusts, LCGs and PBC groups");
            } else if (draft.sector().length() > MAX_SECTOR) {
                errors.put("sector", "Sector is too long (at most " + MAX_SECTOR + " characters)");
            }
        }
        if (draft.notes() != null && draft.notes().length() > MAX_NOTES) {
            errors.put("notes", "Notes are too long (at most " + MAX_NOTES + " characters)");
        }
        if (draft.parentId() != null && draft.type() != null && draft.type().allowedParents().isEmpty()) {
            errors.put("parentId", "A " + draft.type().label() + " is not a member of another organisation");
        }
        return errors;
    }

    static String duplicateName(OrganisationDraft draft) {
        return "There is already a " + draft.type().label() + " called '" + draft.name() + "'";
    }

    static String duplicateCode(String code) {
        return "Code " + code + " is already used by another organisation";
    }
}
