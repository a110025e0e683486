package org.commissioningdesk.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.commissioningdesk.persistence.AuditEntry;

/** Turns an audit row into words for people: "organisation: Camden PCT". */
final class AuditDescriptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditDescriptions() {
    }

    static String subject(AuditEntry entry) {
        String text = entry.after() != null ? entry.after() : entry.before();
        if (text == null) {
            return entry.entity() + (entry.entityId() == null ? "" : " #" + entry.entityId());
        }
        if (text.startsWith("{")) {
            try {
                JsonNode json = JSON.readTree(text);
                JsonNode name = json.hasNonNull("name") ? json.get("name")
                        : json.hasNonNull("title") ? json.get("title")
                        : json.path("content").get("title");
                if (name != null && name.isTextual()) {
                    return entry.entity() + ": " + name.asText();
                }
            } catch (JsonProcessingException e) {
                // Not JSON after all: fall through and show the text itself.
            }
        }
        return entry.entity() + ": " + text;
    }
}
