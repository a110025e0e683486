package org.commissioningdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Board paper dialog remembers for each meeting (the sponsor, purpose, risks, links to
 * objectives and the rest that is not taken from the record), kept in a small JSON file in the user
 * data folder so the next paper to the same meeting starts filled in. Read and written away from the
 * FX thread; a missing or unreadable file only means nothing is remembered.
 */
final class BoardPaperMemory {

    private static final Logger LOG = LoggerFactory.getLogger(BoardPaperMemory.class);

    /** Made on first read or write, in the background: the window is built without waiting for Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final Path file;
    private final Map<String, Map<String, String>> byMeeting = new ConcurrentHashMap<>();

    BoardPaperMemory(Path file) {
        this.file = file;
    }

    /** Reads the file (in the background). */
    void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            Map<String, Map<String, String>> read = Json.MAPPER.readValue(file.toFile(), new TypeReference<>() { });
            byMeeting.putAll(read);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read the remembered Board paper fields in {}; starting afresh", file, e);
        }
    }

    /** The fields last used for {@code meeting}, or empty. */
    Map<String, String> fieldsFor(String meeting) {
        return meeting == null ? Map.of() : byMeeting.getOrDefault(key(meeting), Map.of());
    }

    /** Remembers {@code fields} for {@code meeting} (on the FX thread), to be written by {@link #save}. */
    void remember(String meeting, Map<String, String> fields) {
        byMeeting.put(key(meeting), new LinkedHashMap<>(fields));
    }

    /** Writes the file whole (in the background), through a temporary file so it is never half-written. */
    void save() {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(part.toFile(), new java.util.TreeMap<>(byMeeting));
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remember the Board paper fields in {}", file, e);
        }
    }

    private static String key(String meeting) {
        return meeting.strip().toLowerCase(java.util.Locale.UK);
    }
}
