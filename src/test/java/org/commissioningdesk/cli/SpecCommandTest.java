package org.commissioningdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.commissioningdesk.demo.DemoSpecifications;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.specification.SpecificationSummary;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecCommandTest {

    private static final String HEART_ATTACK = DemoSpecifications.HEART_ATTACK;
    private static final String INTERMEDIATE_CARE = DemoSpecifications.INTERMEDIATE_CARE;
    private static final String MENTAL_HEALTH = DemoSpecifications.MENTAL_HEALTH;
    private static final String BARTS = "Barts and The London NHS Trust";

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

    /** The same database opened in-process, for a change the command line cannot make. */
    private Services open() {
        return Services.open(DatabaseLocation.of(db()), TestDatabases.USER, TestDatabases.CLOCK);
    }

    private List<CSVRecord> csv(String... args) throws Exception {
        Run r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.out())).getRecords();
    }

    private List<CSVRecord> listCsv(String... filters) throws Exception {
        String[] args = new String[5 + filters.length];
        System.arraycopy(new String[] {"--db", db(), "spec", "list", "--format=csv"}, 0, args, 0, 5);
        System.arraycopy(filters, 0, args, 5, filters.length);
        return csv(args);
    }

    @Test
    void initWithDemoReportsTheDemoSpecificationsToo() {
        Run init = run("--db", db(), "init", "--starter", "london-2006", "--demo");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Loaded 3 demo prospectuses")
                .contains("and 3 demo service specifications (4 versions):")
                .contains("  " + HEART_ATTACK + " v1 (North East London LCG, " + BARTS + "): Agreed")
                .contains("  " + HEART_ATTACK + " v2 (North East London LCG, " + BARTS + "): Draft")
                .contains("  " + INTERMEDIATE_CARE + " v1 (Tower Hamlets PCT, " + BARTS + "): Agreed")
                .contains("  " + MENTAL_HEALTH + " v1 (City and Hackney Teaching PCT, no provider yet): Draft");
        assertThat(init.err()).isEmpty();
    }

    @Test
    void listsEveryVersionAsATableWithUkDates() {
        initWithDemo();
        Run table = run("--db", db(), "spec", "list");
        assertThat(table.code()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0).split("\\s+")).containsExactlyElementsOf(SpecCommand.COLUMNS);
        assertThat(lines.get(1)).matches("[- ]+");
        assertThat(lines).filteredOn(l -> l.contains(HEART_ATTACK)).hasSize(2);
        String intermediate = lines.stream().filter(l -> l.contains(INTERMEDIATE_CARE)).findFirst().orElseThrow();
        assertThat(intermediate).contains("Agreed").contains("Older people").contains("Tower Hamlets PCT").contains(BARTS)
                .contains("15/02/2007");
        assertThat(table.out()).contains("18/01/2007").doesNotContain("2007-01-18").endsWith("4 rows" + System.lineSeparator());
    }

    @Test
    void listsAsCsvGroupedBySpecificationThenVersionWithIsoDates() throws Exception {
        initWithDemo();
        List<CSVRecord> rows = listCsv();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(SpecCommand.COLUMNS);
        assertThat(rows).extracting(r -> r.get("title"), r -> r.get("version")).containsExactly(
                tuple(MENTAL_HEALTH, "1"),
                tuple(INTERMEDIATE_CARE, "1"),
                tuple(HEART_ATTACK, "1"),
                tuple(HEART_ATTACK, "2"));

        CSVRecord v1 = rows.get(2);
        CSVRecord v2 = rows.get(3);
        assertThat(v2.get("series")).isEqualTo(v1.get("series")).isEqualTo(v1.get("id"));
        assertThat(v2.get("id")).isNotEqualTo(v1.get("id"));
        assertThat(v1.get("status")).isEqualTo("Agreed");
        assertThat(v1.get("agreed_on")).isEqualTo("2007-01-18");
        assertThat(v1.get("service_area")).isEqualTo("Acute");
        assertThat(v1.get("commissioner")).isEqualTo("North East London LCG");
        assertThat(v1.get("provider")).isEqualTo(BARTS);
        assertThat(v2.get("status")).isEqualTo("Draft");
        assertThat(v2.get("agreed_on")).isEmpty();
        // Version 2 adds a step to the pathway; both have the same number of quality requirements.
        assertThat(Integer.parseInt(v2.get("steps"))).isEqualTo(Integer.parseInt(v1.get("steps")) + 1);
        assertThat(v2.get("kpis")).isEqualTo(v1.get("kpis")).isEqualTo("6");

        CSVRecord mental = rows.get(0);
        assertThat(mental.get("provider")).isEmpty();
        assertThat(mental.get("commissioner")).isEqualTo("City and Hackney Teaching PCT");
        assertThat(mental.get("series")).isEqualTo(mental.get("id"));
    }

    @Test
    void listsAsJsonWithIsoDatesNumbersAndNulls() throws Exception {
        initWithDemo();
        Run out = run("--db", db(), "spec", "list", "--format", "json");
        assertThat(out.code()).as(out.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(out.out());
        assertThat(array.size()).isEqualTo(4);
        for (JsonNode node : array) {
            assertThat(node.get("id").isNumber()).isTrue();
            assertThat(node.get("series").isNumber()).isTrue();
            assertThat(node.get("version").isInt()).isTrue();
            assertThat(node.get("steps").isInt()).isTrue();
            assertThat(node.get("kpis").isInt()).isTrue();
            assertThat(node.has("agreed_on")).isTrue();
        }
        JsonNode intermediate = array.get(1);
        assertThat(intermediate.get("title").asText()).isEqualTo(INTERMEDIATE_CARE);
        assertThat(intermediate.get("agreed_on").asText()).isEqualTo("2007-02-15");
        JsonNode mental = array.get(0);
        assertThat(mental.get("provider").isNull()).isTrue();
        assertThat(mental.get("agreed_on").isNull()).isTrue();
        assertThat(mental.get("status").asText()).isEqualTo("Draft");
    }

    @Test
    void filtersByStatusProviderAreaAndText() throws Exception {
        initWithDemo();
        assertThat(listCsv("--status", "agreed")).extracting(r -> r.get("title"))
                .containsExactly(INTERMEDIATE_CARE, HEART_ATTACK);
        assertThat(listCsv("--status", "DRAFT")).extracting(r -> r.get("version")).containsExactly("1", "2");
        assertThat(listCsv("--status", "superseded")).isEmpty();
        assertThat(listCsv("--provider", "barts and the")).hasSize(3);
        assertThat(listCsv("--provider", "homerton")).isEmpty();
        assertThat(listCsv("--area", "OLDER")).extracting(r -> r.get("title")).containsExactly(INTERMEDIATE_CARE);
        // Text is searched in the sections, the pathway and the quality requirements, not only the title.
        assertThat(listCsv("--text", "london chest hospital")).extracting(r -> r.get("title"), r -> r.get("version"))
                .containsExactly(tuple(HEART_ATTACK, "1"),
                        tuple(HEART_ATTACK, "2"));
        assertThat(listCsv("--text", "A&E department of another acute trust")).extracting(r -> r.get("version"))
                .containsExactly("2");
        assertThat(listCsv("--text", "care programme approach")).extracting(r -> r.get("title"))
                .containsExactly(MENTAL_HEALTH);
        assertThat(listCsv("--text", "gatekept by the crisis")).extracting(r -> r.get("title"))
                .containsExactly(MENTAL_HEALTH);
        // The README's example finds the heart attack pathway in the demonstration data.
        assertThat(listCsv("--text", "call to balloon")).extracting(r -> r.get("title"), r -> r.get("version"))
                .containsExactly(tuple(HEART_ATTACK, "1"), tuple(HEART_ATTACK, "2"));
        assertThat(listCsv("--status", "draft", "--provider", "barts", "--text", "angioplasty"))
                .extracting(r -> r.get("title"), r -> r.get("version"))
                .containsExactly(tuple(HEART_ATTACK, "2"));
    }

    @Test
    void aSupersededVersionIsListedAfterTheNextIsAgreed() throws Exception {
        initWithDemo();
        try (Services services = open()) {
            SpecificationSummary v2 = services.specifications().list().stream()
                    .filter(s -> s.title().equals(HEART_ATTACK) && s.version() == 2).findFirst().orElseThrow();
            services.specifications().agree(v2.id(), null);
        }
        List<CSVRecord> rows = listCsv("--text", "London Chest Hospital");
        assertThat(rows).extracting(r -> r.get("version"), r -> r.get("status"), r -> r.get("agreed_on")).containsExactly(
                tuple("1", "Superseded", "2007-01-18"),
                tuple("2", "Agreed", "2007-03-14"));
        assertThat(listCsv("--status", "Superseded")).extracting(r -> r.get("version")).containsExactly("1");
    }

    @Test
    void usageErrorsExitWith2AndAMissingDatabaseWith1() {
        initWithDemo();
        Run badStatus = run("--db", db(), "spec", "list", "--status", "shelved");
        assertThat(badStatus.code()).isEqualTo(2);
        assertThat(badStatus.err()).contains("Unknown status 'shelved'").contains("draft, agreed, superseded");
        assertThat(badStatus.out()).isEmpty();
        Run badFormat = run("--db", db(), "spec", "list", "--format", "xml");
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format");
        Run noSubcommand = run("--db", db(), "spec");
        assertThat(noSubcommand.code()).isEqualTo(2);
        assertThat(noSubcommand.err()).contains("list or templates");
        Run badOption = run("--db", db(), "spec", "templates", "--status", "draft");
        assertThat(badOption.code()).isEqualTo(2);

        Run missing = run("--db", folder.resolve("typo").toString(), "spec", "list");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: There is no database at ").contains("typo.mv.db");
        assertThat(Files.exists(folder.resolve("typo.mv.db"))).isFalse();
        Run missingTemplates = run("--db", folder.resolve("typo").toString(), "spec", "templates");
        assertThat(missingTemplates.code()).isEqualTo(1);
        assertThat(Files.exists(folder.resolve("typo.mv.db"))).isFalse();
    }

    @Test
    void anEmptyDatabaseListsNoSpecificationsButTheBuiltInTemplates() throws Exception {
        assertThat(run("--db", db(), "init", "--starter", "empty").code()).isZero();
        Run list = run("--db", db(), "spec", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).endsWith("0 rows" + System.lineSeparator());
        assertThat(run("--db", db(), "spec", "list", "--format", "json").out().strip()).isEqualTo("[ ]");
        assertThat(csv("--db", db(), "spec", "templates", "--format", "csv")).hasSize(3);
    }

    @Test
    void listsTheBuiltInTemplatesThenSavedOnes() throws Exception {
        initWithDemo();
        Run table = run("--db", db(), "spec", "templates");
        assertThat(table.code()).as(table.err()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow().split("\\s+"))
                .containsExactlyElementsOf(SpecCommand.TEMPLATE_COLUMNS);
        assertThat(table.out()).contains("builtin:community-cardiology-primary-pci")
                .contains("Intermediate care for older people").endsWith("3 rows" + System.lineSeparator());
        assertThat(table.out().lines().filter(l -> l.startsWith("builtin:"))).hasSize(3)
                .allMatch(l -> l.contains("  yes  "));

        long templateId;
        try (Services services = open()) {
            SpecificationSummary intermediate = services.specifications().list().stream()
                    .filter(s -> s.title().equals(INTERMEDIATE_CARE)).findFirst().orElseThrow();
            templateId = services.specifications().saveAsTemplate(intermediate.id(), "Intermediate care, Tower Hamlets model",
                    "As agreed with Barts and The London, February 2007").id();
        }

        List<CSVRecord> rows = csv("--db", db(), "spec", "templates", "--format", "csv");
        assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(SpecCommand.TEMPLATE_COLUMNS);
        assertThat(rows).extracting(r -> r.get("key")).containsExactly("builtin:community-cardiology-primary-pci",
                "builtin:intermediate-care-older-people", "builtin:community-mental-health", "saved:" + templateId);
        assertThat(rows).extracting(r -> r.get("built_in")).containsExactly("true", "true", "true", "false");
        assertThat(rows.get(3).get("name")).isEqualTo("Intermediate care, Tower Hamlets model");
        assertThat(rows.get(3).get("description")).isEqualTo("As agreed with Barts and The London, February 2007");
        assertThat(rows.get(2).get("description")).contains("Care Programme Approach");

        JsonNode json = new ObjectMapper().readTree(run("--db", db(), "spec", "templates", "--format", "json").out());
        assertThat(json.size()).isEqualTo(4);
        assertThat(json.get(0).get("built_in").isBoolean()).isTrue();
        assertThat(json.get(0).get("built_in").booleanValue()).isTrue();
        assertThat(json.get(3).get("built_in").booleanValue()).isFalse();
    }

    @Test
    void helpNamesTheSpecCommands() {
        Run help = run("--help");
        assertThat(help.out()).contains("spec");
        Run spec = run("spec", "--help");
        assertThat(spec.code()).isZero();
        assertThat(spec.out()).contains("list").contains("templates");
    }
}
