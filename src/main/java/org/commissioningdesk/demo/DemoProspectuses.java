package org.commissioningdesk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.prospectus.ChangeType;
import org.commissioningdesk.prospectus.ConsultationResponse;
import org.commissioningdesk.prospectus.OutcomeMeasure;
import org.commissioningdesk.prospectus.Priority;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusDraft;
import org.commissioningdesk.prospectus.SourceType;

/**
 * The content of the demo prospectuses, written as 2006/07 NHS papers would have it and drawn from
 * "London: Commissioning for Health" (London PCTs, June 2006, seed 003): the London-wide
 * prospectus, the North East London sector's, and Tower Hamlets PCT's with its consultation log.
 * Figures that the seed gives (premature CVD mortality 103 against 97 per 100,000; Tower Hamlets
 * 161, Bromley 66) are the seed's; the money and the other baselines are illustrative.
 */
final class DemoProspectuses {

    static final FinancialYear FIRST_YEAR = new FinancialYear(2007);
    private static final FinancialYear Y1 = FIRST_YEAR;
    private static final FinancialYear Y2 = FIRST_YEAR.next();
    private static final FinancialYear Y3 = Y2.next();

    static final String LONDON_TITLE = "London-wide Commissioning Prospectus 2007/08";
    static final String NORTH_EAST_TITLE = "North East London Sector Commissioning Prospectus 2007/08";
    static final String TOWER_HAMLETS_TITLE = "Tower Hamlets PCT Commissioning Prospectus 2007/08";

    static final String HEART_ATTACK = "Primary angioplasty for heart attack: a London heart attack pathway";
    private static final String STROKE = "Rapid access to specialist stroke care";
    private static final String CVD = "Reducing premature deaths from cardiovascular disease where they are highest";
    private static final String URGENT_CARE = "An integrated urgent care system for London";

    static final String NORTH_EAST_CARDIOLOGY = "Cardiology service review and a Network Heart Attack Centre";
    static final String NORTH_EAST_MENTAL_HEALTH = "Lead commissioning for mental health trusts";

    private static final String TH_CVD = "Preventing and managing diabetes and heart disease in primary care";
    private static final String TH_FOLLOW_UP = "Reducing unnecessary outpatient follow-up appointments";
    private static final String TH_URGENT = "A GP-led urgent care centre at the Royal London Hospital";
    private static final String TH_LIMITED_VALUE = "Procedures of limited clinical value";
    private static final String TH_CAMHS = "Early help for children's emotional and mental health";

    private DemoProspectuses() {
    }

    /** The draft with the named priorities linked to the specifications that deliver them (by series id). */
    static ProspectusDraft withLinks(ProspectusDraft d, Map<String, Long> specificationByPriority) {
        List<Priority> linked = d.priorities().stream().map(p -> specificationByPriority.containsKey(p.title())
                ? p.withSpecifications(List.of(specificationByPriority.get(p.title()))) : p).toList();
        return new ProspectusDraft(d.ownerId(), d.title(), d.firstYear(), d.cycleYears(), d.summary(),
                d.strategicContext(), d.healthNeeds(), linked, d.consultation());
    }

    // ---- London-wide (owner: London Commissioning Group), taken to Published

    static ProspectusDraft londonWide(long ownerId) {
        return new ProspectusDraft(ownerId, LONDON_TITLE, FIRST_YEAR, 3,
                "These are the priorities that London's 31 PCTs and the London SHA have agreed to commission once, "
                        + "across the capital, for the three years from April 2007. They are incorporated into every "
                        + "PCT and Local Commissioning Group prospectus and feed the London-wide commissioning "
                        + "intentions for 2007/08. Each priority names the outcome by which Londoners can judge whether "
                        + "it has been delivered.",
                "London: Commissioning for Health (June 2006) set out a London Commissioning Model: borough-based "
                        + "PCTs working together through five Local Commissioning Groups on the 'Turnberg' sectors and "
                        + "a London Commissioning Group, supported by a Commissioning Business Service. The NHS invests "
                        + "some £10 billion a year in London, and restoring financial balance will require hard choices "
                        + "about whether the current configuration of services can be sustained. The priorities below "
                        + "are those where London has specific challenges and where commissioning once gives PCTs the "
                        + "scale and leverage they need with providers, including Foundation Trusts.",
                "London's 7.4 million residents are young, mobile and diverse: GP lists turn over by 20-40% a year, "
                        + "almost 40% of Londoners are from an ethnic minority and 41% of children live in households "
                        + "below the poverty line. Premature deaths from circulatory disease are higher than in England "
                        + "(103 against 97 per 100,000), with a two-and-a-half-fold difference between boroughs "
                        + "(Bromley 66, Tower Hamlets 161), and mortality is falling more slowly where it is highest. "
                        + "TB incidence is over two and a half times the national average, and the rate of compulsory "
                        + "mental health admissions is twice that of any other region.",
                List.of(heartAttack(), stroke(false), cvd(), urgentCare()), List.of());
    }

    /** After consultation: the stroke priority gains a six-month review target, and the responses are answered. */
    static ProspectusDraft londonWideAfterConsultation(Prospectus consulted) {
        List<Priority> priorities = new ArrayList<>();
        for (Priority p : consulted.priorities()) {
            priorities.add(p.title().equals(STROKE)
                    ? withOutcomes(p, stroke(true).outcomes()) : p);
        }
        List<ConsultationResponse> responses = List.of(
                new ConsultationResponse(SourceType.PROVIDER, "London Ambulance Service NHS Trust",
                        LocalDate.of(2006, 11, 24), key(consulted, URGENT_CARE),
                        "Welcomes the urgent care priority. As the only pan-London NHS trust, asks that ambulance "
                                + "services be commissioned as part of urgent care as a whole rather than organisation "
                                + "by organisation, through a full-time commissioner dedicated to the LAS, and that the "
                                + "Commissioning Business Service consult the LAS on the effect of service changes "
                                + "(such as the closure of an A&E department) on its costs and performance.",
                        "Agreed in part. The London Commissioning Group will name one London-wide commissioning lead "
                                + "for the LAS from April 2007, and the CBS review of unscheduled care will look at the "
                                + "LAS, walk-in centres, minor injuries units and out-of-hours services together. "
                                + "Moving A&E-related funding to that lead will be considered for 2008/09.",
                        true),
                new ConsultationResponse(SourceType.VOLUNTARY_SECTOR, "Stroke support groups in London (joint response)",
                        LocalDate.of(2006, 12, 8), key(consulted, STROKE),
                        "Supports faster access to specialist stroke care but asks that the priority also cover life "
                                + "after stroke: a review six months after discharge and community rehabilitation close "
                                + "to home.",
                        "Accepted. A target for six-month reviews has been added to the stroke priority, and community "
                                + "rehabilitation will be part of the London stroke service specification.",
                        true));
        return withConsultation(consulted, priorities, responses);
    }

    private static Priority heartAttack() {
        return new Priority(Priority.newKey(), HEART_ATTACK, "Specialised services", ChangeType.REDESIGN,
                "London Ambulance Service crews already take patients with a heart attack past the nearest A&E "
                        + "department to one of nine units able to provide primary angioplasty. The pathway grew up "
                        + "provider-led and differs by sector and by time of day. Commissioning it once, with the "
                        + "cardiac networks, secures primary angioplasty around the clock for every Londoner and the "
                        + "Network Heart Attack Centres proposed by the sector cardiology reviews (seed ¶74).",
                money("4200000.00", "6800000.00", "7500000.00"),
                List.of(outcome("Heart attack patients receiving primary angioplasty within 150 minutes of the call "
                                + "for help", "%", "48", "75", Y2),
                        outcome("Heart attack centres providing primary angioplasty 24 hours a day, 7 days a week",
                                "centres", "4", "8", Y3)),
                "Residents of the boroughs with the highest premature CVD mortality (Tower Hamlets, Newham, Hackney) "
                        + "live furthest, in travel time, from a 24-hour centre; the pathway audit will report times "
                        + "and outcomes by borough of residence and ethnic group.",
                "Lead Chief Executive for cardiac services, London Commissioning Group", List.of());
    }

    private static Priority stroke(boolean withSixMonthReview) {
        List<OutcomeMeasure> outcomes = new ArrayList<>(List.of(
                outcome("Stroke patients spending at least 90% of their hospital stay on a stroke unit", "%", "42", "70",
                        Y3),
                outcome("Patients with a high-risk transient ischaemic attack assessed and treated within 24 hours", "%",
                        "20", "60", Y2)));
        if (withSixMonthReview) {
            outcomes.add(outcome("Stroke patients reviewed six months after leaving hospital", "%", null, "80", Y3));
        }
        return new Priority(Priority.newKey(), STROKE, "Acute", ChangeType.INVEST,
                "Too few London stroke patients are treated on a dedicated stroke unit, or seen quickly after a "
                        + "transient ischaemic attack, when the evidence shows both save lives and disability. The "
                        + "London Ambulance Service has said it will take suspected stroke patients directly to "
                        + "specialist units as it now does for heart attack, which needs those units to be "
                        + "commissioned first.",
                money("2500000.00", "3750000.00", "3750000.00"), outcomes,
                "Stroke strikes earlier in Black African, Black Caribbean and South Asian Londoners; access to stroke "
                        + "units and TIA clinics will be monitored by ethnic group.",
                "Director of Commissioning, lead for the London stroke network", List.of());
    }

    private static Priority cvd() {
        return new Priority(Priority.newKey(), CVD, "Public health / prevention", ChangeType.INVEST,
                "Premature deaths from circulatory disease are higher in London than in England (103 against 97 per "
                        + "100,000), with a two-and-a-half-fold difference between Bromley (66) and Tower Hamlets "
                        + "(161). Mortality is falling more slowly where rates are highest, so inequalities may widen "
                        + "unless prevention, early detection and the management of hypertension, diabetes and raised "
                        + "cholesterol are strengthened in primary care in those boroughs.",
                money("3000000.00", "3000000.00", "3000000.00"),
                List.of(outcome("Premature CVD mortality (under 75), London", "per 100,000", "103", "97", Y3),
                        outcome("Gap in premature CVD mortality between the London boroughs with the highest and "
                                + "lowest rates", "per 100,000", "95", "80", Y3)),
                "Funding is weighted to the spearhead boroughs and to practices with the highest unmet need; "
                        + "smoking cessation and health checks to reach South Asian and Black Caribbean communities "
                        + "and men in routine and manual occupations.",
                "Director of Public Health, London Commissioning Group lead", List.of());
    }

    private static Priority urgentCare() {
        return new Priority(Priority.newKey(), URGENT_CARE, "Urgent and emergency care", ChangeType.REDESIGN,
                "Urgent care in London is bought organisation by organisation: A&E departments, walk-in centres, "
                        + "minor injuries units, out-of-hours GP services and the London Ambulance Service. The LAS "
                        + "plans to refer around 200,000 fewer patients a year to A&E through treat-and-discharge and "
                        + "alternative care pathways, but those savings fall elsewhere in the system. Commissioning "
                        + "urgent care as one system lets the money follow the patient; it costs more in 2007/08 and "
                        + "releases savings from 2008/09.",
                money("1500000.00", "-2000000.00", "-4500000.00"),
                List.of(outcome("Emergency ambulance patients treated at scene or taken to an alternative to A&E", "%",
                                "22", "30", Y3),
                        outcome("Patients spending four hours or less in A&E", "%", "97.6", "98", Y1)),
                "Homeless people and recent arrivals not registered with a GP rely most on A&E; the redesign will "
                        + "include registration and signposting at every urgent care centre.",
                "Director of Commissioning, lead commissioner for the London Ambulance Service", List.of());
    }

    // ---- North East London LCG, Board approved

    static ProspectusDraft northEastLondon(long ownerId) {
        return new ProspectusDraft(ownerId, NORTH_EAST_TITLE, FIRST_YEAR, 2,
                "The seven PCTs of north east London have agreed to commission these priorities together through the "
                        + "Local Commissioning Group for 2007/08 and 2008/09. They add to the London-wide priorities, "
                        + "which every member PCT also carries, and they will shape the lead-commissioner negotiations "
                        + "with the sector's acute and mental health trusts.",
                "The Local Commissioning Group was established in October 2006 to lead the 2007/08 commissioning round "
                        + "for the sector. Its member PCTs have a combined recurrent deficit and must make hard choices "
                        + "about the configuration of acute services; the cardiology review below is the first test of "
                        + "the Duty of Partnership, with sign-off by each PCT Board.",
                "North east London holds some of the most deprived communities in England: Tower Hamlets and Hackney "
                        + "are among the ten most deprived local authorities, and premature mortality from circulatory "
                        + "disease in Tower Hamlets (161 per 100,000) is the highest in London. Newham and Tower Hamlets "
                        + "have among the highest TB rates in the country.",
                List.of(
                        new Priority(Priority.newKey(), NORTH_EAST_CARDIOLOGY,
                                "Acute", ChangeType.REDESIGN,
                                "Clinicians asked the Local Commissioning Group to look at variation in capacity, "
                                        + "performance and cost across cardiology services in the sector's acute trusts. "
                                        + "The Commissioning Business Service will review them with the CHD network and "
                                        + "practice-based commissioners, leading to an agreed care pathway, rationalised "
                                        + "services and a Network Heart Attack Centre, for decision by PCT Boards (¶74).",
                                money("350000.00", "-1200000.00"),
                                List.of(outcome("Heart attack patients from the sector treated at the Network Heart "
                                                + "Attack Centre", "%", "35", "90", Y2),
                                        outcome("Sector acute trusts working to the agreed cardiology care pathway",
                                                "trusts", "0", "5", Y2)),
                                "The review will report access and outcomes for Bangladeshi and other South Asian "
                                        + "patients, in whom coronary heart disease occurs earlier.",
                                "Chair of the North East London LCG cardiology review", List.of()),
                        new Priority(Priority.newKey(), NORTH_EAST_MENTAL_HEALTH,
                                "Mental health", ChangeType.REDESIGN,
                                "Lead commissioner arrangements, so far used for acute trusts, are extended to the "
                                        + "sector's mental health trusts for 2007/08, reflecting section 31 partnership "
                                        + "arrangements with the boroughs.",
                                money("150000.00"),
                                List.of(outcome("Mental health service agreements in the sector negotiated by a single "
                                        + "lead commissioner", "%", "0", "100", Y1)),
                                "Compulsory admission rates are highest among young Black men; the lead commissioner "
                                        + "will monitor admissions under the Mental Health Act by ethnic group.",
                                "Director of Mental Health Commissioning, lead PCT", List.of()),
                        new Priority(Priority.newKey(), "A sector-wide TB service", "TB", ChangeType.INVEST,
                                "TB incidence in London is over two and a half times the national average and up to "
                                        + "seven times higher in some boroughs, several of them in this sector. One "
                                        + "sector service with outreach nurses will find cases earlier and keep patients "
                                        + "on treatment.",
                                money("900000.00", "900000.00"),
                                List.of(outcome("TB patients completing treatment within 12 months", "%", "76", "85",
                                        Y2)),
                                "Homeless people, recent migrants and people who misuse drugs or alcohol; outreach "
                                        + "and directly observed therapy for those at risk of stopping treatment.",
                                "Consultant in Communicable Disease Control, North East London", List.of())),
                List.of());
    }

    // ---- Tower Hamlets PCT, Out for consultation

    static ProspectusDraft towerHamlets(long ownerId) {
        return new ProspectusDraft(ownerId, TOWER_HAMLETS_TITLE, FIRST_YEAR, 3,
                "Our commissioning prospectus sets out what Tower Hamlets PCT intends to buy, change and stop buying "
                        + "over the next three years to improve the health of local people and narrow the gap in life "
                        + "expectancy with the rest of London. It carries the priorities agreed London-wide and by the "
                        + "North East London Local Commissioning Group, and it is out for consultation until 30 March "
                        + "2007 with patients, carers, GPs and our partners in the London Borough of Tower Hamlets.",
                "Tower Hamlets is among the ten most deprived local authorities in England. In 2007/08 the PCT must "
                        + "stay in financial balance while delivering the 18-week wait from referral to treatment by "
                        + "2008, and move care out of hospital in line with Our Health, Our Care, Our Say. "
                        + "Practice-based commissioning clusters now cover all our practices, and this prospectus is "
                        + "the framework within which they will redesign pathways. We are lead commissioner, on behalf "
                        + "of London PCTs, for Barts and The London NHS Trust, our main acute provider.",
                "Premature mortality from circulatory disease is 161 per 100,000, the highest in London and two and a "
                        + "half times that of Bromley. Around half of our residents are from minority ethnic "
                        + "communities, including the largest Bangladeshi community in the country, in which diabetes "
                        + "and coronary heart disease are common and start young. TB rates are among the highest in "
                        + "England, around half of our children live in poverty, and a young, mobile population means "
                        + "high turnover on GP lists and low uptake of screening and immunisation.",
                List.of(
                        new Priority(Priority.newKey(), TH_CVD, "Primary care", ChangeType.INVEST,
                                "Diabetes and heart disease cause most of the gap in life expectancy between Tower "
                                        + "Hamlets and London. Practices will offer a vascular risk check to adults aged "
                                        + "40 to 74, and a local enhanced service will reward practices for bringing "
                                        + "blood pressure, blood sugar and cholesterol under control.",
                                money("850000.00", "1100000.00", "1100000.00"),
                                List.of(outcome("Premature CVD mortality (under 75), Tower Hamlets", "per 100,000", "161",
                                                "140", Y3),
                                        outcome("Patients with diabetes whose HbA1c is 7.5 or less", "%", "52", "65", Y2)),
                                "Bangladeshi and Somali communities first: checks offered in community venues with "
                                        + "bilingual health advocates, starting with the practices with the lowest "
                                        + "achievement.",
                                "Director of Public Health", List.of()),
                        new Priority(Priority.newKey(), TH_FOLLOW_UP, "Acute", ChangeType.DISINVEST,
                                "Our residents have almost three outpatient follow-up appointments for every first "
                                        + "appointment, well above the London upper quartile. Agreed discharge protocols "
                                        + "with Barts and The London will return stable patients to their practices.",
                                money("-600000.00", "-1100000.00", "-1250000.00"),
                                List.of(outcome("Outpatient follow-up to first attendance ratio", "ratio", "2.9", "2.2",
                                        Y3)),
                                null,
                                "Director of Commissioning", List.of()),
                        new Priority(Priority.newKey(), TH_URGENT, "Urgent and emergency care", ChangeType.REDESIGN,
                                "Many people who attend the Royal London's A&E department could be seen by a GP. A "
                                        + "GP-led urgent care centre at the front door, linked to the out-of-hours "
                                        + "service, will see them sooner and more cheaply; set-up costs in 2007/08 are "
                                        + "repaid by lower A&E tariff payments from 2008/09.",
                                money("400000.00", "-250000.00", "-500000.00"),
                                List.of(outcome("A&E attendances by Tower Hamlets residents", "per 1,000 residents", "320",
                                        "280", Y3)),
                                "People not registered with a GP, many of them recent arrivals, will be helped to "
                                        + "register at the centre.",
                                "Associate Director, Urgent Care", List.of()),
                        new Priority(Priority.newKey(), TH_LIMITED_VALUE, "Acute", ChangeType.DISINVEST,
                                "In line with the London-wide list, procedures of limited clinical value (such as "
                                        + "tonsillectomy, grommets and varicose vein surgery for cosmetic reasons) will "
                                        + "be funded only when patients meet agreed criteria, or with prior approval.",
                                money("-300000.00", "-450000.00", "-450000.00"),
                                List.of(outcome("Procedures of limited clinical value carried out without meeting the "
                                        + "agreed criteria", "procedures a year", "640", "250", Y2)),
                                null,
                                "Director of Commissioning", List.of()),
                        new Priority(Priority.newKey(), TH_CAMHS, "Children and young people", ChangeType.INVEST,
                                "Children wait too long for child and adolescent mental health services, and help "
                                        + "rarely reaches them before a crisis. Primary mental health workers in schools "
                                        + "and children's centres, commissioned jointly with the borough under Every "
                                        + "Child Matters, will offer early help.",
                                money("250000.00", "350000.00", "350000.00"),
                                List.of(outcome("Children referred to specialist CAMHS seen within 13 weeks", "%", "60", "95",
                                        Y2)),
                                "Looked-after children and young carers are offered help first.",
                                "Joint Commissioner for Children's Services (PCT and borough)", List.of())),
                List.of());
    }

    /** Responses received in January and February 2007, some answered by the PCT, some not yet. */
    static ProspectusDraft towerHamletsAfterConsultation(Prospectus consulted) {
        List<ConsultationResponse> responses = List.of(
                new ConsultationResponse(SourceType.PATIENT, "Tower Hamlets Patient and Public Involvement Forum",
                        LocalDate.of(2007, 1, 22), key(consulted, TH_CVD),
                        "Welcomes the diabetes and heart disease priority but asks that checks be offered in community "
                                + "venues and mosques, in the evenings and at weekends, with interpreters, and not only "
                                + "in GP surgeries.",
                        "Agreed. The specification for the checks will require sessions in at least two community "
                                + "venues in each locality, with bilingual health advocates; the Forum is invited to "
                                + "join the steering group.",
                        true),
                new ConsultationResponse(SourceType.GP_PRACTICE, "Bow and Poplar practice-based commissioning cluster",
                        LocalDate.of(2007, 1, 29), key(consulted, TH_FOLLOW_UP),
                        "Supports fewer hospital follow-ups but warns that discharging patients to practices moves "
                                + "work without moving money. Asks for a local enhanced service and discharge protocols "
                                + "agreed with GPs.",
                        "Agreed. Follow-up care returned to practices will be paid for through a local enhanced "
                                + "service funded from the savings, and discharge protocols will be agreed with Barts "
                                + "and The London through the PBC clinical leads.",
                        true),
                new ConsultationResponse(SourceType.PEC, "Professional Executive Committee, meeting of 6 February 2007",
                        LocalDate.of(2007, 2, 6), key(consulted, TH_URGENT),
                        "Supports the urgent care centre provided it is staffed by local GPs and linked to the "
                                + "out-of-hours service. Asks that the savings planned from 2008/09 be reviewed after "
                                + "six months of activity data.",
                        "Accepted. The specification will require integration with the out-of-hours provider, and the "
                                + "Board will review the savings plan in October 2007.",
                        true),
                new ConsultationResponse(SourceType.LOCAL_AUTHORITY, "London Borough of Tower Hamlets",
                        LocalDate.of(2007, 2, 9), key(consulted, TH_CAMHS),
                        "Asks that early help for children's mental health be commissioned jointly under the Children "
                                + "and Young People's Plan and the Local Area Agreement, with funding pooled under a "
                                + "section 31 agreement.",
                        null, false),
                new ConsultationResponse(SourceType.OVERVIEW_SCRUTINY, "Tower Hamlets Health Scrutiny Panel",
                        LocalDate.of(2007, 2, 14), key(consulted, TH_LIMITED_VALUE),
                        "Concerned that restricting procedures of limited clinical value could deny treatment to "
                                + "people who need it. Asks that the criteria be published in community languages, that "
                                + "there be a way to appeal, and that the Panel be consulted formally before the list is "
                                + "extended.",
                        null, false),
                new ConsultationResponse(SourceType.VOLUNTARY_SECTOR, "Tower Hamlets Council for Voluntary Service",
                        LocalDate.of(2007, 2, 20), null,
                        "Asks that a fair share of new investment be open to voluntary and community organisations, "
                                + "particularly for health advocacy and self-care support, and that procurement be "
                                + "proportionate for small organisations.",
                        "The PCT will publish a forward procurement plan with the final prospectus; health advocacy will "
                                + "be tendered in lots small enough for community organisations, after a market "
                                + "engagement event in April 2007.",
                        true),
                new ConsultationResponse(SourceType.PROVIDER, "Barts and The London NHS Trust",
                        LocalDate.of(2007, 2, 23), key(consulted, TH_FOLLOW_UP),
                        "Questions the follow-up baseline, which includes tertiary clinics serving patients from across "
                                + "London; asks that targets be set by specialty and that cancer follow-up be excluded.",
                        null, false),
                new ConsultationResponse(SourceType.PATIENT, "Resident of Bethnal Green (letter)",
                        LocalDate.of(2007, 2, 27), key(consulted, TH_URGENT),
                        "Worried that the urgent care centre will replace the A&E department at the Royal London, and "
                                + "asks that it stay open in the evenings and at weekends.",
                        null, false));
        return withConsultation(consulted, consulted.priorities(), responses);
    }

    // ---- helpers

    private static ProspectusDraft withConsultation(Prospectus p, List<Priority> priorities,
                                                    List<ConsultationResponse> responses) {
        return new ProspectusDraft(p.ownerId(), p.title(), p.firstYear(), p.cycleYears(), p.summary(),
                p.strategicContext(), p.healthNeeds(), priorities, responses);
    }

    private static Priority withOutcomes(Priority p, List<OutcomeMeasure> outcomes) {
        return new Priority(p.key(), p.title(), p.serviceArea(), p.changeType(), p.rationale(), p.amounts(), outcomes,
                p.inequalityFocus(), p.leadOfficer(), p.specificationIds());
    }

    private static String key(Prospectus p, String priorityTitle) {
        return p.priorities().stream().filter(pr -> pr.title().equals(priorityTitle)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The demo prospectus has no priority '" + priorityTitle + "'"))
                .key();
    }

    /** Exact pounds and pence per year of the cycle, first year first. */
    private static List<BigDecimal> money(String... perYear) {
        return Arrays.stream(perYear).map(BigDecimal::new).toList();
    }

    private static OutcomeMeasure outcome(String indicator, String unit, String baseline, String target,
                                          FinancialYear by) {
        return new OutcomeMeasure(indicator, unit, baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target), by);
    }
}
