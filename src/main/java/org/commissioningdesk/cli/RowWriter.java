package org.commissioningdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.commissioningdesk.common.Plural;

/**
 * Writes rows of named columns as an aligned text table, CSV (header row first) or JSON
 * (an array of objects). Every list command uses it, so all lists look and parse alike.
 */
final class RowWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RowWriter() {
    }

    static void write(OutputFormat format, List<String> columns, List<? extends List<?>> rows, PrintWriter out) {
        switch (format) {
            case TABLE -> table(columns, rows, out);
            case CSV -> csv(columns, rows, out);
            case JSON -> json(columns, rows, out);
        }
        out.flush();
    }

    private static void table(List<String> columns, List<? extends List<?>> rows, PrintWriter out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<?> row : rows) {
                widths[i] = Math.max(widths[i], text(row.get(i)).length());
            }
        }
        line(columns, widths, out);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(rule, widths, out);
        rows.forEach(row -> line(row, widths, out));
        out.println(Plural.count(rows.size(), "row"));
    }

    private static void line(List<?> cells, int[] widths, PrintWriter out) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = text(cells.get(i));
            sb.append(cell);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        out.println(sb.toString().stripTrailing());
    }

    private static void csv(List<String> columns, List<? extends List<?>> rows, PrintWriter out) {
        try {
            CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(RowWriter::text).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(List<String> columns, List<? extends List<?>> rows, PrintWriter out) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (List<?> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                object.put(columns.get(i), row.get(i));
            }
            objects.add(object);
        }
        try {
            out.println(JSON.writeValueAsString(objects));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
