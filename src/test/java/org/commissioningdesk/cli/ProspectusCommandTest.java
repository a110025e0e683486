package org.commissioningdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commissioningdesk.app.Services;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProspectusCommandTest {

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

    private void initWithDemo() {
        Run init = run("--db", db(), "init", "--starter", "london-2006", "--demo");
        assertThat(init.code()).as(init.err()).isZero();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void initWithDemoLoadsTheStarterPackAndTheDemoProspectuses() {
        Run init = run("--db", db(), "init", "--starter", "london-2006", "--demo");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains(TestDatabases.LONDON_ORGANISATIONS + " organisations").contains("Loaded 3 demo prospectuses")
                .contains("London-wide Commissioning Prospectus 2007/08 (London Commissioning Group, 2007/08 to 2009/10): Published")
                .contains("Tower Hamlets PCT").contains("Out for consultation");
        assertThat(init.err()).isEmpty();
    }

    @Test
    void listsProspectusesAsATable() {
        initWithDemo();
        Run table = run("--db", db(), "prospectus", "list");
        assertThat(table.code()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id").contains("title", "owner", "level", "cycle", "version", "status",
                "priorities", "net_investment");
        assertThat(table.out()).contains("London-wide Commissioning Prospectus 2007/08")
                .contains("North East London LCG").contains("Board approved")
                .contains("£32,500,000.00").contains("-£500,000.00").contains("3 rows");
    }

    @Test
    void listsProspectusesAsCsvWithExactPlainMoney() throws Exception {
        initWithDemo();
        Run out = run("--db", db(), "prospectus", "list", "--format", "csv");
        assertThat(out.code()).as(out.err()).isZero();
        List<CSVRecord> rows = csv(out.out());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(ProspectusCommand.COLUMNS);

        CSVRecord pct = rows.stream().filter(r -> r.get("owner").equals("Tower Hamlets PCT")).findFirst().orElseThrow();
        assertThat(Long.parseLong(pct.get("id"))).isPositive();
        assertThat(pct.get("title")).isEqualTo("Tower Hamlets PCT Commissioning Prospectus 2007/08");
        assertThat(pct.get("level")).isEqualTo("PCT");
        assertThat(pct.get("cycle")).isEqualTo("2007/08 to 2009/10");
        assertThat(pct.get("version")).isEqualTo("1");
        assertThat(pct.get("status")).isEqualTo("Out for consultation");
        assertThat(pct.get("priorities")).isEqualTo("5");
        assertThat(pct.get("net_investment")).isEqualTo("-500000.00");

        CSVRecord london = rows.stream().filter(r -> r.get("level").equals("London-wide")).findFirst().orElseThrow();
        assertThat(london.get("status")).isEqualTo("Published");
        assertThat(new BigDecimal(london.get("net_investment"))).isEqualTo(new BigDecimal("32500000.00"));
    }

    @Test
    void listsProspectusesAsJsonWithMoneyAsExactNumbers() throws Exception {
        initWithDemo();
        Run out = run("--db", db(), "prospectus", "list", "--format", "json");
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(out.out()).contains("\"net_investment\" : 32500000.00");
        JsonNode array = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(out.out());
        assertThat(array.size()).isEqualTo(3);
        JsonNode sector = null;
        for (JsonNode node : array) {
            assertThat(node.get("id").isNumber()).isTrue();
            assertThat(node.get("net_investment").isBigDecimal()).isTrue();
            if (node.get("level").asText().equals("LCG")) {
                sector = node;
            }
        }
        assertThat(sector).isNotNull();
        assertThat(sector.get("owner").asText()).isEqualTo("North East London LCG");
        assertThat(sector.get("cycle").asText()).isEqualTo("2007/08 to 2008/09");
        assertThat(sector.get("priorities").asInt()).isEqualTo(3);
        // Jackson's tree drops trailing zeros; the text itself keeps the pence (checked above).
        assertThat(sector.get("net_investment").decimalValue()).isEqualByComparingTo(new BigDecimal("1100000.00"));
    }

    @Test
    void filtersByStatusOwnerAndYear() throws Exception {
        initWithDemo();
        List<CSVRecord> published = csv(run("--db", db(), "prospectus", "list", "--format", "csv", "--status",
                "published").out());
        assertThat(published).extracting(r -> r.get("owner")).containsExactly("London Commissioning Group");
        List<CSVRecord> consulting = csv(run("--db", db(), "prospectus", "list", "--format", "csv", "--status",
                "Out for consultation").out());
        assertThat(consulting).extracting(r -> r.get("owner")).containsExactly("Tower Hamlets PCT");
        List<CSVRecord> owned = csv(run("--db", db(), "prospectus", "list", "--format", "csv", "--owner", "east london")
                .out());
        assertThat(owned).extracting(r -> r.get("owner")).containsExactly("North East London LCG");
        assertThat(csv(run("--db", db(), "prospectus", "list", "--format", "csv", "--year", "2007/08").out())).hasSize(3);
        assertThat(csv(run("--db", db(), "prospectus", "list", "--format", "csv", "--year", "2008/09").out())).isEmpty();

        Run badStatus = run("--db", db(), "prospectus", "list", "--status", "shelved");
        assertThat(badStatus.code()).isEqualTo(2);
        assertThat(badStatus.err()).contains("Unknown status 'shelved'");
        Run badYear = run("--db", db(), "prospectus", "list", "--year", "2007");
        assertThat(badYear.code()).isEqualTo(2);
        assertThat(badYear.err()).contains("2007/08");
    }

    @Test
    void demoWithoutTheLondonPackIsAUsageErrorAndCreatesNothing() {
        Run init = run("--db", db(), "init", "--starter", "empty", "--demo");
        assertThat(init.code()).isEqualTo(2);
        assertThat(init.err()).contains("--demo needs --starter london-2006");
        assertThat(Files.exists(folder.resolve("cli.mv.db"))).isFalse();
    }

    @Test
    void theDemoCommandLoadsOnceIntoALondonDatabase() throws Exception {
        assertThat(run("--db", db(), "init", "--starter", "london-2006").code()).isZero();
        Run demo = run("--db", db(), "demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Loaded 3 demo prospectuses");

        Run again = run("--db", db(), "demo");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: The demo prospectuses are already loaded in this database."
                + System.lineSeparator());
        assertThat(csv(run("--db", db(), "prospectus", "list", "--format", "csv").out()).size()).isEqualTo(3);
    }

    @Test
    void theDemoCommandNeedsTheLondonPack() throws Exception {
        assertThat(run("--db", db(), "init", "--starter", "empty").code()).isZero();
        Run demo = run("--db", db(), "demo");
        assertThat(demo.code()).isEqualTo(1);
        assertThat(demo.err()).startsWith("error: The demo needs the London 2006 starter pack")
                .doesNotContain("Exception");
        assertThat(csv(run("--db", db(), "prospectus", "list", "--format", "csv").out())).isEmpty();
    }

    @Test
    void readCommandsAndTheDemoNeverCreateADatabase() {
        Run list = run("--db", folder.resolve("typo").toString(), "prospectus", "list");
        assertThat(list.code()).isEqualTo(1);
        assertThat(list.err()).startsWith("error: There is no database at ").contains("typo.mv.db");
        Run demo = run("--db", folder.resolve("typo").toString(), "demo");
        assertThat(demo.code()).isEqualTo(1);
        assertThat(Files.exists(folder.resolve("typo.mv.db"))).isFalse();
    }

    @Test
    void helpNamesTheNewCommands() {
        Run help = run("--help");
        assertThat(help.out()).contains("prospectus").contains("demo");
        Run prospectus = run("prospectus");
        assertThat(prospectus.code()).isEqualTo(2);
        assertThat(prospectus.err()).contains("list");
    }
}
