package org.commissioningdesk.specification;

/**
 * The written sections of the NHS standard service specification (Schedule 2A), in order, with
 * the heading each belongs to. Section 5's quality requirements are also kept as a table of
 * {@link QualityRequirement}s; its text here introduces them and any incentive scheme.
 */
public enum SpecSection {
    POPULATION_NEEDS("1", "Population needs", "Population needs",
            "National and local context, and the evidence base for the service."),
    OUTCOMES("2", "Outcomes", "Outcomes",
            "The outcome framework domains the service contributes to, and locally defined outcomes."),
    AIMS("3.1", "Scope", "Aims and objectives", "What the service is for and what it is to achieve."),
    SERVICE_DESCRIPTION("3.2", "Scope", "Service description",
            "What is provided, by whom and how: the care pathway in words (the steps are listed under Care pathway)."),
    POPULATION_COVERED("3.3", "Scope", "Population covered", "Who the service is for: registered or resident population, ages."),
    ACCEPTANCE_EXCLUSION("3.4", "Scope", "Acceptance and exclusion criteria",
            "Who may be referred and by whom, thresholds, and who is excluded."),
    INTERDEPENDENCIES("3.5", "Scope", "Interdependencies with other services",
            "The other services and providers this one depends on or hands over to."),
    NETWORKS("3.6", "Scope", "Relevant networks", "Clinical networks and screening programmes the provider takes part in."),
    SERVICE_STANDARDS("4", "Applicable service standards", "Applicable service standards",
            "National standards (NICE, National Service Frameworks) and those of professional bodies."),
    QUALITY("5", "Quality requirements and incentives", "Quality requirements and incentives",
            "How quality is assured; the KPIs themselves are listed under Quality requirements."),
    LOCATION("6", "Location of provider premises", "Location of provider premises",
            "Where the service is delivered from.");

    private final String number;
    private final String heading;
    private final String title;
    private final String guidance;

    SpecSection(String number, String heading, String title, String guidance) {
        this.number = number;
        this.heading = heading;
        this.title = title;
        this.guidance = guidance;
    }

    /** "1", "3.2". */
    public String number() {
        return number;
    }

    /** The numbered heading of the template this section sits under ("Scope" for 3.1 to 3.6). */
    public String heading() {
        return heading;
    }

    public String title() {
        return title;
    }

    /** What the template asks for in this section, shown as a hint. */
    public String guidance() {
        return guidance;
    }

    /** "3.2 Service description". */
    public String label() {
        return number + " " + title;
    }

    @Override
    public String toString() {
        return label();
    }
}
