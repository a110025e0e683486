package org.commissioningdesk.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.commissioningdesk.app.Services;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.UserIdentity;
import org.commissioningdesk.demo.SetUpService;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationDraft;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.organisation.StarterPack;
import org.commissioningdesk.persistence.DatabaseLocation;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.ConsultationResponse;
import org.commissioningdesk.prospectus.OutcomeMeasure;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusDraft;
import org.commissioningdesk.prospectus.SourceType;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationDraft;
import org.commissioningdesk.specification.SpecificationTemplate;

/**
 * A large, realistic database for benchmarks (docs/benchmarks/registers.sh): the London 2006/07 starter
 * pack, about 3,000 more organisations (GP practices and independent providers, PBC clusters), ten years
 * of prospectuses for each of the 31 PCTs and 5 LCGs in up to three versions (about 1,000 prospectuses,
 * 10,000 priorities, each with an outcome measure and money), and about 2,000 specifications made from the
 * built-in templates, some agreed, some with a version 2. Every record goes through the application's
 * services, so each is validated, audited and moved through the real workflow, one transaction a call.
 * <p>
 * The clock is fixed at 30 June 2010, after every consultation and Board date of the ten cycles (the first
 * starting 2000/01, the last 2009/10). Fixed random seed: the same database every time.
 *
 * One transaction a call leaves H2's file much larger than its live data (about 1.4 GB for about 57 MB); with
 * {@code --compact} the file is then compacted with H2's {@code SHUTDOWN COMPACT} (the data stay as made).
 *
 * <pre>java -cp ... org.commissioningdesk.bench.LargeDatabase /tmp/large [--compact]   # makes /tmp/large.mv.db</pre>
 */
public final class LargeDatabase {

    /** After every date the generated workflow uses. */
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2010, 6, 30, 9, 0)
            .atZone(ZoneId.of("Europe/London")).toInstant(), ZoneId.of("Europe/London"));
    public static final UserIdentity USER = new UserIdentity("bench");
    public static final int FIRST_YEAR = 2000;
    public static final int YEARS = 10;
    public static final int PRACTICES = 2_400;
    public static final int PBC_CLUSTERS = 600;
    public static final int PRIORITIES = 10;
    public static final int SPECIFICATIONS = 2_000;

    private static final String[] STREETS = {"Albion Road", "Amhurst Park", "Barking Road", "Bow Common", "Brick Lane",
            "Brixton Hill", "Broadway", "Camberwell Green", "Cable Street", "Chingford Mount", "Church Lane",
            "Clapton Square", "Commercial Road", "Cranbrook", "Dalston Lane", "Deptford High Street", "East Ham",
            "Edgware Road", "Elm Park", "Eltham Hill", "Fore Street", "Forest Gate", "Garratt Lane", "Globe Town",
            "Green Lanes", "Greenwich", "Hackney Downs", "Harrow Road", "Hermon Hill", "High Road", "Highbury Grove",
            "Holloway Road", "Hoxton", "Ilford Lane", "Jubilee Street", "Kentish Town", "Kings Avenue", "Lea Bridge Road",
            "Lee High Road", "Leytonstone", "Lordship Lane", "Manor Park", "Mile End", "Mill Hill", "Morning Lane",
            "Norwood Road", "Old Kent Road", "Peckham Rye", "Plaistow", "Poplar", "Queens Road", "Ridley Road",
            "Romford Road", "Seven Sisters", "Shadwell", "Stamford Hill", "Stepney Green", "Stoke Newington",
            "Streatham High Road", "Tooting Bec", "Upton Park", "Victoria Park", "Walworth Road", "Wanstead",
            "Wapping", "Well Street", "Whitechapel", "Wood Green", "Woodford", "Wightman Road"};
    private static final String[] PRACTICE_KINDS = {"Surgery", "Medical Centre", "Health Centre", "Medical Practice",
            "Group Practice", "Family Practice", "Primary Care Centre", "Partnership"};
    private static final String[] PROVIDER_KINDS = {"Physiotherapy Ltd", "Diagnostics Ltd", "Community Trust",
            "Carers' Centre", "Day Surgery Ltd", "Counselling Service", "Hospice", "Optometrists"};
    private static final String[] AREAS = {"Hackney", "Tower Hamlets", "Newham", "Haringey", "Islington", "Camden",
            "Lambeth", "Southwark", "Lewisham", "Greenwich", "Barnet", "Enfield", "Brent", "Ealing", "Croydon"};
    private static final String[] SERVICE_AREAS = {"Acute", "Cancer", "Cardiology", "Children and young people",
            "Diabetes", "Maternity", "Mental health", "Older people", "Primary care", "Public health",
            "Respiratory", "Stroke", "Urgent care", "Learning disabilities", "Sexual health"};
    private static final String[] THEMES = {"Community diabetes service", "Stroke rehabilitation in the community",
            "Smoking cessation in deprived wards", "Early intervention in psychosis", "Urgent care centre",
            "Shifting outpatient follow-up to primary care", "Heart failure nurse specialists",
            "Pulmonary rehabilitation for COPD", "Falls prevention for older people", "Childhood immunisation catch-up",
            "Chlamydia screening for under-25s", "Talking therapies in primary care", "End of life care at home",
            "Procedures of limited clinical value", "Maternity one-to-one midwifery", "Community dermatology",
            "Alcohol liaison in A&E", "Intermediate care beds", "Learning disability health checks",
            "Obesity services for children"};
    private static final String[] INDICATORS = {"Emergency admissions per 1,000 population",
            "Premature CVD mortality per 100,000", "Smoking quitters at 4 weeks", "Patients seen within 2 weeks",
            "Outpatient follow-up to new ratio", "Delayed transfers of care", "Children fully immunised by age 2",
            "People with diabetes with HbA1c of 7.5 or less", "Women seen by 12 weeks of pregnancy",
            "Deaths in usual place of residence"};
    private static final String NARRATIVE = "The PCT's Board set its strategic direction in the light of the "
            + "Commissioning a Patient-led NHS programme, the White Paper Our health, our care, our say and the "
            + "London-wide strategy. Health needs are set out in the Director of Public Health's annual report: life "
            + "expectancy remains below the England average, with a gap of up to eight years between the most and "
            + "least deprived wards, driven by cardiovascular disease, cancer and respiratory disease. ";

    private LargeDatabase() {
    }

    /** What was made. */
    public record Counts(int organisations, int prospectuses, int priorities, int specifications, long millis) {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2 || args.length == 2 && !args[1].equals("--compact")) {
            System.err.println("Usage: LargeDatabase DATABASE [--compact]   (the path without .mv.db; it must not exist)");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        Counts c = build(path);
        System.out.printf("organisations %d, prospectuses %d, priorities %d, specifications %d; %.1f s%n",
                c.organisations(), c.prospectuses(), c.priorities(), c.specifications(), c.millis() / 1000.0);
        DatabaseLocation location = DatabaseLocation.of(path.toAbsolutePath());
        try {
            long before = Files.size(location.file());
            if (args.length == 2) {
                compact(path);
            }
            System.out.printf("file %.1f MB%s%n", Files.size(location.file()) / 1e6,
                    args.length == 2 ? String.format(" (%.1f MB before compacting)", before / 1e6) : "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Compacts the (closed) database file at {@code path} (without .mv.db): H2's SHUTDOWN COMPACT. */
    public static void compact(Path path) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + path.toAbsolutePath()
                + ";IFEXISTS=TRUE", "desk", "")) {
            c.createStatement().execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not compact " + path, e);
        }
    }

    /** Creates the large database at {@code path} (without .mv.db), which must not exist yet. */
    public static Counts build(Path path) {
        long start = System.nanoTime();
        DatabaseLocation location = DatabaseLocation.of(path.toAbsolutePath());
        if (Files.exists(location.file())) {
            throw new IllegalStateException(location.file() + " exists already");
        }
        try (Services services = Services.opener(USER, CLOCK).create(location,
                Optional.of(new SetUpService.Choice(StarterPack.LONDON_2006, false)))) {
            new Generator(services, start).run();
            int orgs = services.organisations().list().size();
            var prospectuses = services.prospectuses().list();
            int priorities = prospectuses.stream().mapToInt(p -> p.priorityCount()).sum();
            int specs = services.specifications().list().size();
            return new Counts(orgs, prospectuses.size(), priorities, specs, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static final class Generator {
        private final Services services;
        private final long start;
        private final Random random = new Random(20100630L);
        private final List<Organisation> pcts = new ArrayList<>();
        private final List<Organisation> lcgs = new ArrayList<>();
        private final List<Organisation> providers = new ArrayList<>();
        /** Specification series by commissioner id, for priorities to link to. */
        private final Map<Long, List<Long>> specsByCommissioner = new java.util.HashMap<>();

        Generator(Services services, long start) {
            this.services = services;
            this.start = start;
        }

        void run() {
            for (Organisation o : services.organisations().list()) {
                switch (o.type()) {
                    case PCT, CARE_TRUST -> pcts.add(o); // 30 PCTs and Bexley Care Trust
                    case LCG -> lcgs.add(o);
                    case NHS_TRUST, FOUNDATION_TRUST -> providers.add(o);
                    default -> { }
                }
            }
            progress("starter pack: " + pcts.size() + " PCTs (and care trusts), " + lcgs.size() + " LCGs");
            organisations();
            specifications();
            prospectuses();
        }

        private void progress(String what) {
            System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - start) / 1e9, what);
        }

        // ---- organisations

        private void organisations() {
            int made = 0;
            outer:
            for (String area : AREAS) {
                for (String street : STREETS) {
                    for (String kind : PRACTICE_KINDS) {
                        if (made == PRACTICES) {
                            break outer;
                        }
                        if (random.nextInt(3) != 0) {
                            continue;
                        }
                        String code = String.format("Y%05d", made + 1);
                        services.organisations().create(new OrganisationDraft(street + " " + kind + ", " + area,
                                OrganisationType.INDEPENDENT_PROVIDER, code, null, null,
                                LocalDate.of(1990 + random.nextInt(15), 4, 1), made % 10 == 0 ? "GP practice providing "
                                + "enhanced services under a local contract" : null));
                        made++;
                        if (made % 500 == 0) {
                            progress("organisations: " + made);
                        }
                    }
                }
            }
            int more = 0;
            for (String kind : PROVIDER_KINDS) {
                for (String area : AREAS) {
                    Organisation o = services.organisations().create(new OrganisationDraft(area + " " + kind,
                            OrganisationType.INDEPENDENT_PROVIDER, String.format("NQ%04d", ++more), null, null,
                            LocalDate.of(2002, 4, 1), null));
                    providers.add(o);
                    made++;
                }
            }
            for (int i = 0; i < PBC_CLUSTERS; i++) {
                Organisation pct = pcts.get(i % pcts.size());
                String name = pct.name().replace(" PCT", "").replace(" Teaching", "") + " PBC cluster " + (i / pcts.size() + 1);
                services.organisations().create(new OrganisationDraft(name, OrganisationType.PBC_GROUP,
                        String.format("PBC%04d", i + 1), pct.sector(), pct.id(), LocalDate.of(2005, 4, 1), null));
                made++;
            }
            progress("organisations: " + made + " added");
        }

        // ---- specifications

        private void specifications() {
            List<SpecificationTemplate> templates = services.specifications().templates().stream()
                    .filter(SpecificationTemplate::builtIn).toList();
            List<Organisation> commissioners = new ArrayList<>(pcts);
            commissioners.addAll(lcgs);
            int versions = 0;
            for (int i = 0; i < SPECIFICATIONS; i++) {
                SpecificationTemplate t = templates.get(i % templates.size());
                Organisation commissioner = commissioners.get(i % commissioners.size());
                Organisation provider = i % 7 == 6 ? null : providers.get(random.nextInt(providers.size()));
                int year = FIRST_YEAR + i % YEARS;
                SpecificationDraft c = t.content();
                Map<SpecSection, String> sections = new EnumMap<>(SpecSection.class);
                sections.putAll(c.sections());
                sections.put(SpecSection.POPULATION_COVERED, "People registered with a GP practice of "
                        + commissioner.name() + ", or living in its area and not registered elsewhere, from April "
                        + year + ". " + NARRATIVE);
                String title = t.name() + " — " + commissioner.name() + " " + new FinancialYear(year) + " no. "
                        + (i / commissioners.size() + 1);
                SpecificationDraft draft = new SpecificationDraft(title, c.serviceArea() == null
                        ? SERVICE_AREAS[i % SERVICE_AREAS.length] : c.serviceArea(), commissioner.id(),
                        provider == null ? null : provider.id(), sections, c.pathway(), c.quality());
                Specification s = services.specifications().create(draft, "From the template '" + t.name() + "'");
                versions++;
                specsByCommissioner.computeIfAbsent(commissioner.id(), k -> new ArrayList<>()).add(s.seriesId());
                if (i % 5 < 3) {
                    LocalDate agreed = LocalDate.of(year, 2, 1).plusDays(random.nextInt(50));
                    s = services.specifications().agree(s.id(), agreed, "Agreed by the " + commissioner.name()
                            + " Board");
                    if (i % 5 == 0) {
                        Specification v2 = services.specifications().newVersion(s.id());
                        Map<SpecSection, String> changed = new EnumMap<>(SpecSection.class);
                        changed.putAll(v2.content().sections());
                        changed.put(SpecSection.LOCATION, "Revised after the first year of the service: clinics "
                                + "move to the " + AREAS[random.nextInt(AREAS.length)] + " health centre.");
                        SpecificationDraft d2 = v2.content();
                        v2 = services.specifications().update(v2.id(), v2.stamp().revision(), new SpecificationDraft(
                                d2.title(), d2.serviceArea(), d2.commissionerId(), d2.providerId(), changed,
                                d2.pathway(), d2.quality()));
                        versions++;
                        if (i % 10 == 0) {
                            services.specifications().agree(v2.id(), agreed.plusMonths(11), "Version 2 agreed");
                        }
                    }
                }
                if ((i + 1) % 250 == 0) {
                    progress("specifications: " + (i + 1) + " (" + versions + " versions)");
                }
            }
        }

        // ---- prospectuses

        private void prospectuses() {
            List<Organisation> owners = new ArrayList<>(lcgs);
            owners.addAll(pcts);
            int made = 0;
            for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
                for (int o = 0; o < owners.size(); o++) {
                    made += series(owners.get(o), new FinancialYear(year), o);
                }
                progress("prospectuses: " + made + " (cycles to " + new FinancialYear(year) + ")");
            }
        }

        /** One owner's prospectus for a cycle: version 1 published, then versions 2 and (mostly) 3. */
        private int series(Organisation owner, FinancialYear first, int ownerIndex) {
            int y = first.startYear();
            boolean last = y == FIRST_YEAR + YEARS - 1;
            int versions = ownerIndex % 4 == 3 ? 2 : 3;
            ProspectusDraft draft = draft(owner, first);
            Prospectus p = services.prospectuses().create(draft);
            p = services.prospectuses().sendToConsultation(p.id(), LocalDate.of(y - 1, 11, 1), LocalDate.of(y - 1, 11, 1)
                    .plusWeeks(12));
            p = services.prospectuses().update(p.id(), p.stamp().revision(), withResponses(p, y));
            services.prospectuses().approve(p.id(), LocalDate.of(y, 3, 8), false);
            p = services.prospectuses().publish(p.id());
            for (int v = 2; v <= versions; v++) {
                p = services.prospectuses().newVersion(p.id());
                p = services.prospectuses().update(p.id(), p.stamp().revision(), revised(p, v));
                if (v == versions && last) {
                    break; // the latest cycle's latest version is still being worked on
                }
                LocalDate opened = v == 2 ? LocalDate.of(y, 6, 1) : LocalDate.of(y, 11, 1);
                services.prospectuses().sendToConsultation(p.id(), opened, opened.plusWeeks(8));
                services.prospectuses().approve(p.id(), opened.plusWeeks(10), false);
                p = services.prospectuses().publish(p.id());
            }
            return versions;
        }

        private ProspectusDraft draft(Organisation owner, FinancialYear first) {
            List<FinancialYear> cycle = List.of(first, first.next(), first.next().next());
            List<Long> specs = specsByCommissioner.getOrDefault(owner.id(), List.of());
            List<Priority> priorities = new ArrayList<>();
            for (int i = 0; i < PRIORITIES; i++) {
                String theme = THEMES[(i * 2 + first.startYear()) % THEMES.length];
                ChangeType change = ChangeType.values()[(i + first.startYear()) % ChangeType.values().length];
                List<BigDecimal> amounts = new ArrayList<>();
                for (int k = 0; k < 3; k++) {
                    long pounds = 25_000L * (1 + random.nextInt(40));
                    int sign = change.requiredSign() != 0 ? change.requiredSign() : (random.nextInt(4) == 0 ? -1 : 1);
                    amounts.add(BigDecimal.valueOf(sign * pounds).setScale(2));
                }
                int baseline = 40 + random.nextInt(200);
                OutcomeMeasure outcome = new OutcomeMeasure(INDICATORS[(i + first.startYear()) % INDICATORS.length],
                        "number", BigDecimal.valueOf(baseline), BigDecimal.valueOf(baseline - 5 - random.nextInt(30)),
                        cycle.get(2));
                List<Long> links = i == 0 && !specs.isEmpty() ? List.of(specs.get(first.startYear() % specs.size()))
                        : List.of();
                priorities.add(new Priority(Priority.newKey(), theme + " (" + (i + 1) + ")",
                        SERVICE_AREAS[(i + first.startYear()) % SERVICE_AREAS.length], change,
                        "To close the gap in outcomes between the most and least deprived wards of "
                                + owner.name() + ", in line with the Local Delivery Plan.",
                        amounts, List.of(outcome), i % 3 == 0 ? "Wards in the most deprived fifth nationally" : null,
                        "Director of Commissioning", links));
            }
            String title = owner.name() + " commissioning prospectus " + first + " to " + cycle.get(2);
            return new ProspectusDraft(owner.id(), title, first, 3,
                    "What " + owner.name() + " will commission over the three years from " + first + ".",
                    NARRATIVE, NARRATIVE + NARRATIVE, priorities, List.of());
        }

        private ProspectusDraft withResponses(Prospectus p, int year) {
            List<ConsultationResponse> responses = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                responses.add(new ConsultationResponse(SourceType.values()[(r + year) % SourceType.values().length],
                        "Respondent " + (r + 1), LocalDate.of(year - 1, 12, 1 + r * 7),
                        p.priorities().get(r).key(), "Supports the priority but asks for more detail on how the money "
                        + "will be spent and how patients will be involved.", "The PCT will publish the detail "
                        + "with the final prospectus.", true));
            }
            return new ProspectusDraft(p.ownerId(), p.title(), p.firstYear(), p.cycleYears(), p.summary(),
                    p.strategicContext(), p.healthNeeds(), p.priorities(), responses);
        }

        /** Version {@code v}: the money of two priorities moved and one priority reworded. */
        private ProspectusDraft revised(Prospectus p, int v) {
            List<Priority> priorities = new ArrayList<>(p.priorities());
            for (int k = 0; k < 2; k++) {
                int i = random.nextInt(priorities.size());
                Priority old = priorities.get(i);
                List<BigDecimal> amounts = old.amounts().stream().map(a -> a == null ? null
                        : a.add(BigDecimal.valueOf(a.signum() * 10_000L))).toList();
                priorities.set(i, new Priority(old.key(), old.title(), old.serviceArea(), old.changeType(),
                        old.rationale() + " Revised in version " + v + ".", amounts, old.outcomes(),
                        old.inequalityFocus(), old.leadOfficer(), old.specificationIds()));
            }
            return new ProspectusDraft(p.ownerId(), p.title(), p.firstYear(), p.cycleYears(),
                    p.summary() + " Version " + v + ".", p.strategicContext(), p.healthNeeds(), priorities,
                    p.consultation());
        }
    }
}
