package org.commissioningdesk.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFilesTest {

    @TempDir
    Path folder;

    @Test
    void anExportThatFailsHalfWayLeavesNoFileAndTheOldOneAsItWas() throws IOException {
        Path file = folder.resolve("report.pdf");
        Files.writeString(file, "the earlier report");
        assertThatThrownBy(() -> ExportFiles.write(file, out -> {
            out.write("half a new report".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class).hasMessageContaining("could not be written")
                .hasMessageContaining("Nothing was changed");
        assertThat(Files.readString(file)).isEqualTo("the earlier report");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedRenderLeavesNoFileAtAll() {
        Path file = folder.resolve("new.docx");
        assertThatThrownBy(() -> ExportFiles.write(file, out -> {
            out.write(new byte[1000]);
            throw new IllegalStateException("renderer broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aFinishedExportCanBeReadLikeAnyOtherFileInTheFolder() throws IOException {
        Path file = folder.resolve("shared.csv");
        ExportFiles.write(file, out -> out.write('x'));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).startsWith("rw-r");
    }

    @Test
    void aFolderThatDoesNotExistIsNamed() {
        Path file = folder.resolve("missing").resolve("out.pdf");
        assertThatThrownBy(() -> ExportFiles.write(file, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("missing").hasMessageContaining("does not exist");
    }

    @Test
    void aFolderInPlaceOfTheFileIsRefused() throws IOException {
        Path file = Files.createDirectory(folder.resolve("out.pdf"));
        assertThatThrownBy(() -> ExportFiles.write(file, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("is a folder");
    }

    @Test
    void aFileOpenInLibreOfficeIsRefusedBeforeAnyWork() throws IOException {
        Path file = folder.resolve("orgs.xlsx");
        Files.writeString(file, "open elsewhere");
        Files.writeString(folder.resolve(".~lock.orgs.xlsx#"), "someone,host;");
        assertThatThrownBy(() -> ExportFiles.write(file, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("open in another program");
        assertThat(Files.readString(file)).isEqualTo("open elsewhere");
    }

    @Test
    void fileNamesSayWhatTheExportIsAndSuitEveryFileSystem() {
        assertThat(FileNames.of("Tower Hamlets PCT Commissioning Prospectus 2007/08 v1", "pdf"))
                .isEqualTo("Tower Hamlets PCT Commissioning Prospectus 2007-08 v1.pdf");
        assertThat(FileNames.of("A: b? <c>", "docx")).isEqualTo("A- b- -c-.docx");
        assertThat(FileNames.of("...", "csv")).isEqualTo("Export.csv");
    }
}
