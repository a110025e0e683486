package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void createsAMigratedDatabaseFileAndLeavesNoTemporaryFileBehind() throws Exception {
        DatabaseLocation location = DatabaseLocation.of(folder.resolve("new"));
        try (Database db = Database.create(location, built -> { })) {
            assertThat(db.notices()).isEmpty();
            List<String> tables = db.read(tx -> tx.handle().createQuery(
                            "SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                    .mapTo(String.class).list());
            assertThat(tables).contains("organisation", "organisation_alias", "lead_commissioning", "audit_event",
                    "app_setting", "flyway_schema_history");
            int applied = db.read(tx -> tx.handle().createQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE").mapTo(Integer.class).one());
            assertThat(applied).isGreaterThanOrEqualTo(1);
        }
        assertThat(Files.exists(folder.resolve("new.mv.db"))).isTrue();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("new.mv.db");
        }
    }

    @Test
    void reopeningAnExistingDatabaseKeepsItsDataAndDoesNotMigrateAgain() {
        DatabaseLocation location = DatabaseLocation.of(folder.resolve("again"));
        try (Database db = Database.create(location, built -> { })) {
            db.inTransaction(tx -> {
                new Settings().put(tx, "k", "v");
                return null;
            });
        }
        try (Database db = Database.open(location)) {
            assertThat(db.notices()).isEmpty();
            assertThat(db.<java.util.Optional<String>>read(tx -> new Settings().get(tx, "k"))).contains("v");
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.create(DatabaseLocation.of(folder.resolve("tx")), built -> { })) {
            assertThatThrownBy(() -> db.inTransaction(tx -> {
                new Settings().put(tx, "half", "written");
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(db.<java.util.Optional<String>>read(tx -> new Settings().get(tx, "half"))).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotADatabaseGivesAClearMessage() throws Exception {
        Files.writeString(folder.resolve("junk.mv.db"), "this is not an H2 file ".repeat(300));
        assertThatThrownBy(() -> Database.open(DatabaseLocation.of(folder.resolve("junk.mv.db"))))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("junk.mv.db")
                .hasMessageContaining("is not a Commissioning Desk database")
                .hasMessageNotContaining("Exception");
        assertThat(Files.readString(folder.resolve("junk.mv.db"))).startsWith("this is not an H2 file");
    }
}
