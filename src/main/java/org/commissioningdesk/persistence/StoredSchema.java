package org.commissioningdesk.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.h2.engine.DbObject;
import org.h2.engine.MetaRecord;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.SingleFileStore;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;

/**
 * What a database file says it holds, read from its metadata with H2's storage layer alone, before H2's
 * engine is let near it. The engine, opening a file (even read-only, even with the wrong password), loads
 * its triggers and stored functions (compiling any Java source in them) and connects its linked tables,
 * so a hostile file would run code of its choosing before any check on it could refuse it. Commissioning
 * Desk's schema has none of these, and no expression that reads or writes files or reaches another
 * database; a file that has any is refused here, unopened.
 */
final class StoredSchema {

    /** Built-in functions that reach outside the database: files, CSV files, other databases. */
    private static final Pattern REACHES_OUT = Pattern.compile(
            "\\b(FILE_READ|FILE_WRITE|CSVREAD|CSVWRITE|LINK_SCHEMA|CANCEL_SESSION|ABORT_SESSION)\\b");
    private static final Pattern LINKED_OR_ENGINE = Pattern.compile("\\bLINKED\\s+TABLE\\b|\\bENGINE\\b|\\bEXTERNAL\\b");
    private static final Pattern CODE_SETTING = Pattern.compile("\\b(JAVA_OBJECT_SERIALIZER|DATABASE_EVENT_LISTENER)\\b");

    /** One object of the schema as stored: its kind ({@link DbObject} type) and the SQL that makes it. */
    record Entry(int type, String sql) {
    }

    /** The file's store version (0: the file holds no data at all) and its schema. */
    record Contents(long version, List<Entry> entries) {
    }

    private StoredSchema() {
    }

    /**
     * Reads the metadata of the database file at {@code file}, read-only.
     *
     * @throws MVStoreException (or another runtime exception) when the file cannot be read this way
     */
    static Contents read(Path file) {
        // The file store is ours to close: when MVStore cannot make sense of a damaged file it gives up
        // without closing what it opened, and the lock it took would refuse every later open in this process.
        SingleFileStore files = new SingleFileStore(new HashMap<>());
        try {
            files.open(file.toString(), true, null);
            MVStore store = new MVStore.Builder().fileStore(files).open();
            try {
                long version = store.getCurrentVersion();
                if (version == 0 || !store.hasMap("table.0")) {
                    return new Contents(version, List.of());
                }
                TransactionStore transactions = new TransactionStore(store, new ValueDataType());
                transactions.init();
                TransactionMap<Long, Row> meta = transactions.begin().openMap("table.0");
                List<Entry> entries = new ArrayList<>();
                for (Iterator<Long> ids = meta.keyIterator(null); ids.hasNext(); ) {
                    Row row = meta.get(ids.next());
                    if (row != null) {
                        MetaRecord record = new MetaRecord(row);
                        entries.add(new Entry(record.getObjectType(), record.getSQL()));
                    }
                }
                return new Contents(version, entries);
            } finally {
                store.closeImmediately();
            }
        } finally {
            try {
                files.close();
            } catch (MVStoreException ignored) {
                // it was closed, or never opened
            }
        }
    }

    /** Why {@code entries} must not be opened by H2's engine, or empty when nothing in them runs code. */
    static Optional<String> codeIn(List<Entry> entries) {
        for (Entry e : entries) {
            String sql = normalised(e.sql());
            if (e.type() == DbObject.TRIGGER) {
                return Optional.of("a trigger");
            }
            if (e.type() == DbObject.FUNCTION_ALIAS || e.type() == DbObject.AGGREGATE) {
                return Optional.of("a stored function");
            }
            if (e.type() == DbObject.TABLE_OR_VIEW && LINKED_OR_ENGINE.matcher(sql).find()) {
                return Optional.of("a table linked to another database or program");
            }
            if (e.type() == DbObject.SETTING && CODE_SETTING.matcher(sql).find()) {
                return Optional.of("a setting that loads program code");
            }
            if (reachesOut(e.sql())) {
                return Optional.of("an expression that reads or writes other files or databases");
            }
        }
        return Optional.empty();
    }

    /** True when {@code sql} calls a function that reaches outside the database (quoted or not). */
    static boolean reachesOut(String sql) {
        return REACHES_OUT.matcher(normalised(sql)).find();
    }

    private static String normalised(String sql) {
        return sql == null ? "" : sql.replace("\"", "").toUpperCase(Locale.ROOT);
    }
}
