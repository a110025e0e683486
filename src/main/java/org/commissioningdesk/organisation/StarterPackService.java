package org.commissioningdesk.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.Settings;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.persistence.Tx;

/**
 * Sets a new database up with a starter pack, once. The London pack is read from the reference
 * files shipped in the application's resources ({@code /starter/london-2006/}); nothing of it is
 * hard-coded logic.
 */
public final class StarterPackService {

    /** The audit trail's name for the lead-commissioner arrangements a pack loads. */
    static final String ARRANGEMENTS_ENTITY = "lead_commissioning";
    static final String SETTING = "starter_pack";
    private static final String RESOURCES = "/starter/london-2006/";
    private static final FinancialYear LONDON_YEAR = new FinancialYear(2006);

    private final Transactions transactions;
    private final OrganisationRepository organisations;
    private final Settings settings;
    private final AuditLog audit;

    public StarterPackService(Transactions transactions, OrganisationRepository organisations, Settings settings,
                              AuditLog audit) {
        this.transactions = transactions;
        this.organisations = organisations;
        this.settings = settings;
        this.audit = audit;
    }

    /** The pack this database was set up with, or empty if it has not been set up yet. */
    public Optional<StarterPack> chosen() {
        return transactions.read(tx -> settings.get(tx, SETTING).map(StarterPack::fromKey));
    }

    /**
     * True when a person should be offered a starter pack: the database has not been set up and its
     * register is still empty (once organisations have been added by hand there is nothing to offer).
     */
    public boolean needsChoice() {
        return transactions.read(tx -> settings.get(tx, SETTING).isEmpty() && organisations.count(tx) == 0);
    }

    /** Loads {@code pack} into a database that has not been set up; all of it or (on failure) none of it. */
    public void apply(StarterPack pack) {
        transactions.inTransaction(tx -> {
            apply(tx, pack);
            return null;
        });
    }

    /** Loads {@code pack} inside {@code tx}, which the caller commits (with the demo data, say). */
    public void apply(Tx tx, StarterPack pack) {
        Optional<String> already = settings.get(tx, SETTING);
        if (already.isPresent()) {
            throw new RuleViolationException("This database was already set up with the '"
                    + StarterPack.fromKey(already.get()).label() + "' starter pack.");
        }
        if (pack != StarterPack.EMPTY && organisations.count(tx) > 0) {
            throw new RuleViolationException("A starter pack can only be loaded into an empty register; this one"
                    + " already holds organisations.");
        }
        if (pack == StarterPack.LONDON_2006) {
            loadLondon(tx, readCsv("london-2006.csv"), readCsv("london-lead-commissioners-2006-07.csv"));
            loadPartners(tx, readCsv("london-mental-health-trusts-2006.csv"), readCsv("london-local-authorities.csv"));
        }
        settings.put(tx, SETTING, pack.key());
        audit.record(tx, "database", null, "starter-pack", null, "the '" + pack.label() + "' starter pack");
    }

    private void loadLondon(Tx tx, List<CSVRecord> pctRows, List<CSVRecord> leadRows) {
        long sha = create(tx, new OrganisationDraft("London Strategic Health Authority", OrganisationType.SHA, null,
                null, null, null, "Arbitrates disputes between members of a commissioning group."));
        addAlias(tx, sha, "London SHA");
        long london = create(tx, new OrganisationDraft("London Commissioning Group",
                OrganisationType.LONDON_COMMISSIONING_GROUP, "LCG-LON", null, null, null,
                "One chief executive from each Local Commissioning Group and an SHA representative."));

        Set<String> sectors = new LinkedHashSet<>();
        pctRows.forEach(r -> sectors.add(r.get("sector")));
        Map<String, Long> lcgBySector = new LinkedHashMap<>();
        for (String sector : sectors) {
            String code = sectorCode(sector);
            lcgBySector.put(sector, create(tx, new OrganisationDraft(sector + " LCG", OrganisationType.LCG, code,
                    sector, london, null, "Local Commissioning Group for the " + sector + " sector; its member PCTs"
                    + " elect a Chair and meet monthly.")));
        }

        List<Organisation> commissioners = new ArrayList<>();
        for (CSVRecord row : pctRows) {
            OrganisationType type = OrganisationType.parse(row.get("type"));
            long id = create(tx, new OrganisationDraft(row.get("name"), type, null, row.get("sector"),
                    lcgBySector.get(row.get("sector")), null, null));
            commissioners.add(organisations.findById(tx, id).orElseThrow());
        }

        Map<String, Long> providers = new LinkedHashMap<>();
        Map<Long, Set<String>> aliases = new LinkedHashMap<>();
        for (CSVRecord row : leadRows) {
            String leadName = row.get("lead_commissioner");
            Organisation lead = NameMatcher.match(leadName, commissioners, Organisation::name);
            if (!lead.name().equals(leadName)) {
                aliases.computeIfAbsent(lead.id(), k -> new LinkedHashSet<>()).add(leadName);
            }
            String providerName = row.get("provider");
            Long providerId = providers.get(providerName);
            if (providerId == null) {
                boolean nhs = providerName.contains("NHS");
                providerId = create(tx, new OrganisationDraft(providerName,
                        nhs ? OrganisationType.NHS_TRUST : OrganisationType.INDEPENDENT_PROVIDER, null, null, null, null,
                        nhs ? null : "Helicopter Emergency Medical Service ('HEMS')."));
                providers.put(providerName, providerId);
                String asWritten = row.get("provider_as_written");
                if (asWritten != null && !asWritten.isBlank()) {
                    // The London list of 2006/07 drops apostrophes; its spelling still finds the trust.
                    aliases.computeIfAbsent(providerId, k -> new LinkedHashSet<>()).add(asWritten);
                }
            }
            String note = row.get("note");
            organisations.insertLeadCommissioning(tx, LONDON_YEAR, lead.id(), providerId,
                    note == null || note.isBlank() ? null : note);
        }
        aliases.forEach((id, names) -> names.forEach(name -> addAlias(tx, id, name)));
        audit.record(tx, ARRANGEMENTS_ENTITY, null, "starter-pack", null,
                leadRows.size() + " lead-commissioner arrangements for " + LONDON_YEAR);
    }

    /** London's mental health trusts (each with the sector it mainly serves) and its 33 local authorities. */
    private void loadPartners(Tx tx, List<CSVRecord> trusts, List<CSVRecord> authorities) {
        // A sector belongs to commissioners only, so a trust's is said in its notes.
        for (CSVRecord row : trusts) {
            String note = row.get("note");
            create(tx, new OrganisationDraft(row.get("name"), OrganisationType.parse(row.get("type")), null, null, null,
                    null, "Mainly serves the " + row.get("sector") + " sector." + (note == null || note.isBlank() ? ""
                    : " " + Character.toUpperCase(note.charAt(0)) + note.substring(1) + ".")));
        }
        List<Organisation> pcts = organisations.findAll(tx).stream()
                .filter(o -> o.type() == OrganisationType.PCT || o.type() == OrganisationType.CARE_TRUST).toList();
        for (CSVRecord row : authorities) {
            Organisation pct = NameMatcher.match(row.get("pct"), pcts, Organisation::name);
            create(tx, new OrganisationDraft(row.get("name"), OrganisationType.parse(row.get("type")), null, null,
                    null, null, "Shares its boundary with " + pct.name() + ", its partner in joint"
                    + " commissioning."));
        }
    }

    private void addAlias(Tx tx, long id, String alias) {
        Organisation before = organisations.findById(tx, id).orElseThrow();
        organisations.addAlias(tx, id, alias, audit.saving());
        audit.record(tx, OrganisationService.ENTITY, before.uid(), "alias", before,
                organisations.findById(tx, id).orElseThrow());
    }

    private long create(Tx tx, OrganisationDraft draft) {
        long id = organisations.insert(tx, draft, audit.saving());
        Organisation created = organisations.findById(tx, id).orElseThrow();
        audit.record(tx, OrganisationService.ENTITY, created.uid(), "create", null, created);
        return id;
    }

    /** "North West London" -> "NWL". */
    private static String sectorCode(String sector) {
        StringBuilder code = new StringBuilder();
        for (String word : sector.split("\\s+")) {
            code.append(Character.toUpperCase(word.charAt(0)));
        }
        return code.toString();
    }

    private static List<CSVRecord> readCsv(String name) {
        try (InputStream in = StarterPackService.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("The starter pack file " + name + " is missing from the application");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                        .parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the starter pack file " + name, e);
        }
    }
}
