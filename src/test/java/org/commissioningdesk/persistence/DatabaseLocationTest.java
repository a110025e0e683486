package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseLocationTest {

    @TempDir
    Path folder;

    @Test
    void acceptsThePathWithOrWithoutTheH2Suffix() {
        DatabaseLocation plain = DatabaseLocation.of("plans/desk");
        DatabaseLocation suffixed = DatabaseLocation.of("plans/desk.mv.db");
        assertThat(plain).isEqualTo(suffixed);
        assertThat(DatabaseLocation.of("plans/desk.MV.DB")).isEqualTo(plain);
        assertThat(plain.file().getFileName().toString()).isEqualTo("desk.mv.db");
        assertThat(plain.base().isAbsolute()).isTrue();
    }

    @Test
    void urlTurnsOffTheWriteDelayAndH2sOwnTraceFile() {
        DatabaseLocation location = DatabaseLocation.of(Path.of("/data/desk"));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:h2:file:desk:/data/desk;WRITE_DELAY=0;TRACE_LEVEL_FILE=0");
        assertThat(location.jdbcUrl("IFEXISTS=TRUE")).endsWith(";TRACE_LEVEL_FILE=0;IFEXISTS=TRUE");
    }

    @Test
    void refusesAnEmptyName() {
        assertThatThrownBy(() -> DatabaseLocation.of(" ")).isInstanceOf(DatabaseOpenException.class)
                .extracting(e -> ((DatabaseOpenException) e).problem()).isEqualTo(DatabaseProblem.BAD_PATH);
        assertThatThrownBy(() -> DatabaseLocation.of(".mv.db")).isInstanceOf(DatabaseOpenException.class);
        assertThatThrownBy(() -> DatabaseLocation.of("plans/")).isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("does not name a database file");
    }

    @Test
    void aSemicolonAnywhereInThePathIsRefusedBecauseH2WouldReadSettingsAfterIt() {
        assertThatThrownBy(() -> DatabaseLocation.of("plans/inj;INIT=CREATE TABLE PWNED(X INT)"))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("contains ';'").hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> DatabaseLocation.of("plans;TRACE_LEVEL_FILE=3/desk"))
                .isInstanceOf(DatabaseOpenException.class).hasMessageContaining("contains ';'");
        assertThatThrownBy(() -> DatabaseLocation.of("plans/line\nbreak")).isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("control character");
    }

    @Test
    void aNameTooLongForTheSafetyCopiesBesideItIsRefusedPlainly() {
        String name = "x".repeat(300);
        assertThatThrownBy(() -> DatabaseLocation.of(folder.resolve(name)))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("too long (306 bytes; Commissioning Desk accepts up to 200)")
                .extracting(e -> ((DatabaseOpenException) e).problem()).isEqualTo(DatabaseProblem.NAME_TOO_LONG);
        assertThat(DatabaseLocation.of(folder.resolve("y".repeat(194))).file().getFileName().toString()).hasSize(200);
    }

    @Test
    void theSameFileReachedThroughALinkedFolderIsOneLocation() throws Exception {
        Path real = Files.createDirectory(folder.resolve("real"));
        Path link = Files.createSymbolicLink(folder.resolve("link"), real);
        assertThat(DatabaseLocation.of(link.resolve("desk"))).isEqualTo(DatabaseLocation.of(real.resolve("desk")));
        assertThat(DatabaseLocation.of(link.resolve("new/folder/desk")).base())
                .isEqualTo(real.toRealPath().resolve("new/folder/desk"));
    }
}
