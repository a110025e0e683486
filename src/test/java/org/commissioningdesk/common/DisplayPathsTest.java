package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class DisplayPathsTest {

    @Test
    void showsTheHomeFolderAsTilde() {
        Path home = Path.of("/home/director");
        assertThat(DisplayPaths.friendly(Path.of("/home/director/Documents/desk.mv.db"), home))
                .isEqualTo("~" + File.separator + Path.of("Documents/desk.mv.db"));
        assertThat(DisplayPaths.friendly(Path.of("/srv/shared/desk.mv.db"), home)).isEqualTo("/srv/shared/desk.mv.db");
        assertThat(DisplayPaths.friendly(Path.of("/home/directorate/desk.mv.db"), home))
                .isEqualTo("/home/directorate/desk.mv.db");
    }
}
