package org.commissioningdesk.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.DisplayPaths;

/**
 * Reads a Board paper's cover fields from a JSON file (for the command line): an object whose keys
 * are {@link #KEYS}, each a string; the date as yyyy-mm-dd; the purpose one of approval, decision,
 * discussion, assurance, noting, information; the part public or private. An unknown key is an error,
 * so a misspelt field is never silently dropped.
 */
public final class BoardPaperFile {

    /** Every key the file may hold, in the order of the cover sheet. */
    public static final List<String> KEYS = List.of("meeting", "date", "agendaItem", "paperNumber", "title", "sponsor",
            "author", "purpose", "summary", "recommendation", "objectives", "bafRisks", "financialImplications", "risks",
            "equalityImpact", "involvement", "previouslyConsidered", "attachments", "part");

    private BoardPaperFile() {
    }

    /**
     * Reads {@code file}; a title, author or summary it leaves out is taken from {@code defaults}.
     *
     * @throws ExportException with a plain message naming the file and the problem
     */
    public static BoardPaper read(Path file, BoardPaper defaults) {
        String name = DisplayPaths.friendly(file);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ExportException("The Board paper file " + name + " does not exist.", e);
        } catch (JsonProcessingException e) {
            throw new ExportException("The Board paper file " + name + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ").", e);
        } catch (IOException e) {
            throw new ExportException("The Board paper file " + name + " could not be read.", e);
        }
        if (root == null || !root.isObject()) {
            throw new ExportException("The Board paper file " + name + " must hold one JSON object, "
                    + "{\"meeting\": \"PCT Board\", ...}.");
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!KEYS.contains(field.getKey())) {
                unknown.add(field.getKey());
            } else if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                throw new ExportException("In " + name + ", \"" + field.getKey() + "\" must be text in quotes.");
            }
        }
        if (!unknown.isEmpty()) {
            throw new ExportException("The Board paper file " + name + " has " + Plural.agree(unknown.size(), "a key", "keys")
                    + " it does not know: " + String.join(", ", unknown) + ". The keys are: " + String.join(", ", KEYS) + ".");
        }
        LocalDate date = null;
        String dateText = text(root, "date");
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new ExportException("In " + name + ", the date \"" + dateText + "\" is not a date written "
                        + "yyyy-mm-dd (e.g. 2007-03-29).", e);
            }
        }
        BoardPaper.Purpose purpose = null;
        String purposeText = text(root, "purpose");
        if (purposeText != null) {
            try {
                purpose = BoardPaper.Purpose.parse(purposeText);
            } catch (IllegalArgumentException e) {
                throw new ExportException("In " + name + ", " + e.getMessage() + ".", e);
            }
        }
        Document.Part part = Document.Part.PUBLIC;
        String partText = text(root, "part");
        if (partText != null) {
            switch (partText.strip().toLowerCase(Locale.ROOT)) {
                case "public" -> part = Document.Part.PUBLIC;
                case "private" -> part = Document.Part.PRIVATE;
                default -> throw new ExportException("In " + name + ", the part \"" + partText
                        + "\" must be public or private.");
            }
        }
        BoardPaper paper = new BoardPaper(text(root, "meeting"), date, text(root, "agendaItem"),
                text(root, "paperNumber"), or(text(root, "title"), defaults.title()), text(root, "sponsor"),
                or(text(root, "author"), defaults.author()), purpose, or(text(root, "summary"), defaults.summary()),
                text(root, "recommendation"), text(root, "objectives"), text(root, "bafRisks"),
                text(root, "financialImplications"), text(root, "risks"), text(root, "equalityImpact"),
                text(root, "involvement"), text(root, "previouslyConsidered"), text(root, "attachments"), part);
        List<BoardPaper.Problem> problems = paper.problems();
        if (!problems.isEmpty()) {
            throw new ExportException("The Board paper file " + name + " is not complete: "
                    + problems.get(0).message() + " (key \"" + problems.get(0).field() + "\")");
        }
        return paper;
    }

    private static String text(JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        return node.asText().strip();
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
