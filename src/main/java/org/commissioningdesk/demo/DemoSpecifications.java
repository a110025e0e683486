package org.commissioningdesk.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.specification.PathwayStep;
import org.commissioningdesk.specification.QualityRequirement;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationDraft;
import org.commissioningdesk.specification.SpecificationTemplate;

/**
 * The demo service specifications, each made from a built-in template and written for its
 * commissioner: North East London LCG's primary angioplasty pathway (the sector cardiology review
 * of seed 003, ¶74), Tower Hamlets PCT's intermediate care for older people, and City and Hackney's
 * community mental health services. Thresholds, penalties and incentives are illustrative.
 */
public final class DemoSpecifications {

    /** North East London LCG with Barts and The London: version 1 Agreed, version 2 a Draft. */
    public static final String HEART_ATTACK = "Primary angioplasty for heart attack (Network Heart Attack Centre)";
    /** Tower Hamlets PCT with Barts and The London: Agreed. */
    public static final String INTERMEDIATE_CARE = "Intermediate care for older people in Tower Hamlets";
    /** City and Hackney Teaching PCT, not yet placed with a provider: Draft. */
    public static final String MENTAL_HEALTH = "Community mental health services for adults in City and Hackney";
    /** Every demo specification title, in the order they are loaded. */
    public static final List<String> TITLES = List.of(HEART_ATTACK, INTERMEDIATE_CARE, MENTAL_HEALTH);

    static final String HEART_ATTACK_TEMPLATE = "builtin:community-cardiology-primary-pci";
    static final String INTERMEDIATE_CARE_TEMPLATE = "builtin:intermediate-care-older-people";
    static final String MENTAL_HEALTH_TEMPLATE = "builtin:community-mental-health";

    /** The quality requirement whose threshold version 2 raises. */
    static final String CALL_TO_BALLOON = "Patients with STEMI receiving primary angioplasty within 150 minutes of the "
            + "call for help";
    static final String HEART_ATTACK_AGREEMENT = "Agreed by the North East London LCG after the sector cardiology "
            + "review, with the CHD network and practice-based commissioners; signed off by the member PCT Boards.";
    static final String INTERMEDIATE_CARE_AGREEMENT = "Agreed with Barts and The London NHS Trust and the London "
            + "Borough of Tower Hamlets (section 31 partnership board).";

    private DemoSpecifications() {
    }

    // ---- North East London LCG: primary angioplasty

    static SpecificationDraft heartAttack(SpecificationTemplate template, long commissionerId, long providerId) {
        SpecificationDraft t = template.content();
        Map<SpecSection, String> sections = new EnumMap<>(t.sections());
        sections.put(SpecSection.POPULATION_COVERED, """
                Adults aged 18 and over registered with a GP practice of the seven PCTs of north east London \
                (Barking and Dagenham, City and Hackney, Havering, Newham, Redbridge, Tower Hamlets and Waltham \
                Forest), or living in their area and not registered elsewhere, who have a suspected or confirmed \
                ST-elevation heart attack.

                The service is also provided to anyone who has a heart attack while in the sector, including \
                visitors and commuters to the City; their treatment is charged to the responsible commissioner \
                under the usual rules for emergency care.""");
        sections.put(SpecSection.LOCATION, """
                The Network Heart Attack Centre is the London Chest Hospital, Bethnal Green, part of Barts and \
                The London NHS Trust, with its catheter laboratories and coronary care unit on one site.

                Repatriation is to the cardiology wards of the sector's acute trusts: Barking, Havering and \
                Redbridge Hospitals, Homerton University Hospital, Newham University Hospital, Whipps Cross \
                University Hospital and the Royal London Hospital. Cardiac rehabilitation takes place in each \
                borough, in leisure centres and health centres, or at home.""");
        return new SpecificationDraft(HEART_ATTACK, "Acute", commissionerId, providerId, sections, t.pathway(),
                t.quality());
    }

    /**
     * Version 2, after the first months of the service: self-presenting patients get their own step (a
     * transfer from any A&E in the sector), repatriation is within a day, and the call-to-balloon
     * threshold rises from 75% to 80% with a larger penalty.
     */
    static SpecificationDraft heartAttackVersion2(Specification v2) {
        SpecificationDraft c = v2.content();
        List<PathwayStep> steps = new ArrayList<>(c.pathway());
        steps.add(1, new PathwayStep("A&E department of another acute trust in the sector", "A&E team and London "
                + "Ambulance Service", "For patients who arrive at A&E themselves: ECG within 10 minutes of arrival; "
                + "where it shows STEMI, transfer by emergency ambulance straight to the catheter laboratory, leaving "
                + "within 30 minutes of the ECG.", 0));
        for (int i = 0; i < steps.size(); i++) {
            PathwayStep s = steps.get(i);
            if (s.setting().startsWith("Cardiology ward")) {
                steps.set(i, new PathwayStep(s.setting(), s.who(), s.what(), 1));
            }
        }
        List<QualityRequirement> quality = new ArrayList<>();
        for (QualityRequirement q : c.quality()) {
            quality.add(!q.indicator().equals(CALL_TO_BALLOON) ? q : new QualityRequirement(q.key(), q.indicator(),
                    new BigDecimal("80"), q.direction(), q.unit(), q.measurement(), q.frequency(), q.penaltyKind(),
                    new BigDecimal("2"), q.remedialActionPlan(), q.incentive(), q.incentiveAmount()));
        }
        return new SpecificationDraft(c.title(), c.serviceArea(), c.commissionerId(), c.providerId(), c.sections(),
                steps, quality);
    }

    // ---- Tower Hamlets PCT: intermediate care

    static SpecificationDraft intermediateCare(SpecificationTemplate template, long commissionerId, long providerId) {
        SpecificationDraft t = template.content();
        Map<SpecSection, String> sections = new EnumMap<>(t.sections());
        sections.put(SpecSection.POPULATION_COVERED, """
                People aged 65 and over registered with a Tower Hamlets GP practice or, if not registered, living \
                in the borough. Younger adults with similar needs may be accepted at the team's discretion.

                The service is for people living in their own homes, in sheltered or extra care housing, and in \
                residential care homes in the borough where the aim is to return to the home. Bilingual health \
                advocates (Bengali and Sylheti, Somali) are available at assessment and review.""");
        sections.put(SpecSection.LOCATION, """
                The team is based at a health centre in the borough, sharing an office with the London Borough of \
                Tower Hamlets' hospital social work team at the Royal London Hospital.

                Bed-based intermediate care is provided in a community unit in the borough named in the contract. \
                All other care is delivered in people's own homes.""");
        return new SpecificationDraft(INTERMEDIATE_CARE, "Older people", commissionerId, providerId, sections,
                t.pathway(), t.quality());
    }

    // ---- City and Hackney Teaching PCT: community mental health

    static SpecificationDraft mentalHealth(SpecificationTemplate template, long commissionerId) {
        SpecificationDraft t = template.content();
        Map<SpecSection, String> sections = new EnumMap<>(t.sections());
        sections.put(SpecSection.POPULATION_COVERED, """
                Adults aged 18 to 64 registered with a GP practice of City and Hackney Teaching PCT, or living in \
                Hackney or the City of London and not registered with a GP (including people who are homeless), \
                who have a severe or enduring mental illness or are in a mental health crisis.

                People aged 65 and over are served by older people's mental health services, except those already \
                known to the team, who may stay with it where that is in their interest.""");
        sections.put(SpecSection.LOCATION, """
                To be agreed with the provider. The draft assumes a community mental health team base in each of \
                Hackney's localities and a crisis resolution and home treatment team working from the acute \
                inpatient unit at Homerton, so that it can gatekeep admissions.""");
        return new SpecificationDraft(MENTAL_HEALTH, "Mental health", commissionerId, null, sections, t.pathway(),
                t.quality());
    }
}
