package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppPathsTest {

    private final Path home = Path.of("/home/someone");

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(AppPaths.userDataFolder("Linux", Map.of("XDG_DATA_HOME", "/xdg"), home))
                .isEqualTo(Path.of("/xdg/commissioning-desk"));
        assertThat(AppPaths.userDataFolder("Linux", Map.of(), home))
                .isEqualTo(home.resolve(".local/share/commissioning-desk"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.userDataFolder("Windows 11", Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata").resolve("CommissioningDesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.userDataFolder("Mac OS X", Map.of(), home))
                .isEqualTo(home.resolve("Library/Application Support/CommissioningDesk"));
    }
}
