package org.commissioningdesk.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by a service when input breaks a rule. Carries one message per field so the screen can
 * show each message on the field it belongs to; nothing has been written when it is thrown.
 */
public final class ValidationException extends RuntimeException implements ExplainedFailure {

    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super(String.join("; ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    /** Field name to message, in the order the rules were checked. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
