package org.commissioningdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commissioningdesk.app.Services;
import org.commissioningdesk.testing.OtherProcess;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskCommandTest {

    @TempDir
    Path folder;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DeskCommand.run(args, new PrintWriter(out), new PrintWriter(err),
                TestDatabases.OPENER);
        return new Run(code, out.toString(), err.toString());
    }

    private String db() {
        return folder.resolve("cli").toString();
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Commissioning Desk ");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("init", "organisations", "--db");
    }

    @Test
    void initLoadsTheLondonPackAndListsItAsCsvWithAnIdColumn() throws Exception {
        Run init = run("--db", db(), "init", "--starter", "london-2006");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("London 2006/07").contains(TestDatabases.LONDON_ORGANISATIONS + " organisations").contains("33 lead-commissioner");
        assertThat(Files.exists(folder.resolve("cli.mv.db"))).isTrue();

        Run csv = run("--db", db() + ".mv.db", "organisations", "list", "--format", "csv", "--type", "pct");
        assertThat(csv.code()).as(csv.err()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.out())).getRecords();
        assertThat(rows).hasSize(30); // Bexley is a Care Trust
        assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("id", "name", "type");
        CSVRecord camden = rows.stream().filter(r -> r.get("name").equals("Camden PCT")).findFirst().orElseThrow();
        assertThat(camden.get("member_of")).isEqualTo("North Central London LCG");
        assertThat(Long.parseLong(camden.get("id"))).isPositive();
    }

    @Test
    void listsAsJsonAndAsATable() throws Exception {
        run("--db", db(), "init", "--starter", "london-2006");
        Run json = run("--db", db(), "organisations", "list", "--format", "json", "--type", "lcg");
        assertThat(json.code()).isZero();
        JsonNode array = new ObjectMapper().readTree(json.out());
        assertThat(array.size()).isEqualTo(5);
        assertThat(array.get(0).get("id").isNumber()).isTrue();
        assertThat(array.get(0).get("member_of").asText()).isEqualTo("London Commissioning Group");

        Run table = run("--db", db(), "organisations", "list", "--type", "SHA");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("London Strategic Health Authority").contains("1 row");
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("id").contains("name").contains("type");
    }

    @Test
    void initTwiceIsAClearErrorWithExitCode1() {
        assertThat(run("--db", db(), "init", "--starter", "empty").code()).isZero();
        Run again = run("--db", db(), "init", "--starter", "london-2006");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: This database was already set up with the 'Empty' starter pack."
                + System.lineSeparator());
        assertThat(again.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitWith2() {
        Run unknownPack = run("--db", db(), "init", "--starter", "paris-2006");
        assertThat(unknownPack.code()).isEqualTo(2);
        assertThat(unknownPack.err()).contains("Unknown starter pack 'paris-2006'");
        Run badFormat = run("--db", db(), "organisations", "list", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format");
        Run badType = run("--db", db(), "organisations", "list", "--type", "hospital");
        assertThat(badType.code()).isEqualTo(2);
        assertThat(badType.err()).contains("Unknown organisation type 'hospital'");
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void aDatabaseOpenInAnotherProcessIsAClearMessageAndStaysIntact() throws Exception {
        assertThat(run("--db", db(), "init", "--starter", "london-2006").code()).isZero();
        try (OtherProcess other = OtherProcess.holding(folder.resolve("cli"))) {
            OtherProcess.Result result = OtherProcess.runLauncher("--db", db(), "organisations", "list");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("error: This database is open in another window or program")
                    .contains("cli.mv.db")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        // Once the other copy has closed it, the database opens and holds everything it held.
        Run list = run("--db", db(), "organisations", "list", "--format", "csv");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines().count()).isEqualTo(TestDatabases.LONDON_ORGANISATIONS + 1);
    }

    @Test
    void theLauncherRunsHeadlessCommandsInItsOwnProcess() throws Exception {
        OtherProcess.Result result = OtherProcess.runLauncher("--db", db(), "init", "--starter", "empty");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("'Empty' starter pack");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aReadCommandNeverCreatesADatabase() {
        Run list = run("--db", folder.resolve("typo").toString(), "organisations", "list");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).startsWith("error: There is no database at ").contains("typo.mv.db")
                .contains("init --starter");
        assertThat(Files.exists(folder.resolve("typo.mv.db"))).isFalse();
    }

    @Test
    void anEmptyDatabasePathIsAUsageError() {
        Run empty = run("--db", "", "organisations", "list");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("--db");
    }

    @Test
    void aGlobalOptionGivenTwiceIsAUsageError() {
        Run twice = run("--db", db(), "organisations", "list", "--db", folder.resolve("other").toString());
        assertThat(twice.code()).isEqualTo(2);
        assertThat(twice.err()).startsWith("--db was given more than once; give it once (it applies to every command).");
        Run equalsForm = run("--db=" + db(), "init", "--starter", "empty", "--db=" + db());
        assertThat(equalsForm.code()).isEqualTo(2);
        assertThat(Files.exists(folder.resolve("cli.mv.db"))).isFalse();
    }

    @Test
    void initOnADatabaseWithTheLondonPackButNotTheDemoSaysSoAndDemoFinishesIt() throws Exception {
        assertThat(run("--db", db(), "init", "--starter", "london-2006").code()).isZero();
        Run again = run("--db", db(), "init", "--starter", "london-2006");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("error: This database was already set up with the 'London 2006/07'"
                + " starter pack. Its demonstration data is not loaded; to add it, run: commissioning-desk --db "
                + folder.resolve("cli") + " demo");

        Run finish = run("--db", db(), "init", "--starter", "london-2006", "--demo");
        assertThat(finish.code()).as(finish.err()).isZero();
        assertThat(finish.out()).startsWith("This database was already set up with the 'London 2006/07' starter pack;"
                + " the demonstration data it did not have yet is now loaded.").contains("Loaded 3 demo prospectuses:");
        try (Services services = TestDatabases.OPENER.open(org.commissioningdesk.persistence.DatabaseLocation.of(db()))) {
            assertThat(services.setUp().state().demoLoaded()).isTrue();
            assertThat(services.prospectuses().list()).hasSize(3);
        }
        Run third = run("--db", db(), "init", "--starter", "london-2006", "--demo");
        assertThat(third.code()).isEqualTo(1);
        assertThat(third.err().strip()).isEqualTo("error: This database was already set up with the 'London 2006/07'"
                + " starter pack and its demonstration data.");
    }

    @Test
    void initOnADatabaseThatWasNeverSetUpSetsItUpWithTheDemoInOneGo() throws Exception {
        TestDatabases.OPENER.create(org.commissioningdesk.persistence.DatabaseLocation.of(db()),
                java.util.Optional.empty()).close();
        Run init = run("--db", db(), "init", "--starter", "london-2006", "--demo");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains(TestDatabases.LONDON_ORGANISATIONS + " organisations").contains("Loaded 3 demo prospectuses:")
                .contains("and 3 demo service specifications (4 versions):");
    }

    @Test
    void recoverCopiesWhatCanBeReadIntoANewFileAndNeverTouchesTheDamagedOne() throws Exception {
        assertThat(run("--db", db(), "init", "--starter", "london-2006", "--demo").code()).isZero();
        java.nio.file.Path damaged = folder.resolve("cli.mv.db");
        byte[] before = Files.readAllBytes(damaged);
        Run recovered = run("recover", damaged.toString(), "--out", folder.resolve("saved").toString());
        assertThat(recovered.code()).as(recovered.err()).isZero();
        assertThat(recovered.out()).contains("Recovered ").contains("into " + folder.resolve("saved.mv.db"))
                .contains("The damaged file was not changed.")
                .contains("It opens: " + TestDatabases.LONDON_ORGANISATIONS + " organisations, 3 prospectuses, 4 specification versions.");
        assertThat(Files.readAllBytes(damaged)).isEqualTo(before);

        Run exists = run("recover", damaged.toString(), "--out", folder.resolve("saved").toString());
        assertThat(exists.code()).isEqualTo(1);
        assertThat(exists.err()).contains("already exists");
        Run missing = run("recover", folder.resolve("nothing-here").toString(), "--out", folder.resolve("x").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("error: There is no file at " + folder.resolve("nothing-here.mv.db")
                + " to recover.");
    }
}
