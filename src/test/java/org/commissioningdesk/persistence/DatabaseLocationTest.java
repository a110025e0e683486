package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DatabaseLocationTest {

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
    void urlTurnsOffTheWriteDelaySoCommittedWorkSurvivesACrash() {
        DatabaseLocation location = DatabaseLocation.of(Path.of("/data/desk"));
        assertThat(location.jdbcUrl()).startsWith("jdbc:h2:file:").endsWith(";WRITE_DELAY=0").contains("/data/desk");
    }

    @Test
    void refusesAnEmptyName() {
        assertThatThrownBy(() -> DatabaseLocation.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DatabaseLocation.of(".mv.db")).isInstanceOf(IllegalArgumentException.class);
    }
}
