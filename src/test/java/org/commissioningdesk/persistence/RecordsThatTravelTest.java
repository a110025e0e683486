package org.commissioningdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.StaleSaveException;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationDraft;
import org.commissioningdesk.prospectus.Prospectus;
import org.commissioningdesk.prospectus.ProspectusDraft;
import org.commissioningdesk.specification.SpecSection;
import org.commissioningdesk.specification.Specification;
import org.commissioningdesk.specification.SpecificationDraft;
import org.commissioningdesk.specification.SpecificationTemplate;
import org.commissioningdesk.testing.Engines;
import org.commissioningdesk.testing.LondonOnEachEngine;
import org.commissioningdesk.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What lets a record travel and a team share one database: a lasting id made once, a revision that each save
 * moves on and that a save must start from, times kept as instants, and a lean audit trail that holds any text
 * a record may hold.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engines.class)
class RecordsThatTravelTest extends LondonOnEachEngine {

    private static final Instant NOW = TestDatabases.CLOCK.instant();

    private Organisation camden() {
        return services.organisations().list().stream().filter(o -> o.name().equals("Camden PCT")).findFirst()
                .orElseThrow();
    }

    @Test
    void everyRecordHasItsOwnLastingIdThatASaveNeverChanges() {
        List<Organisation> all = services.organisations().list();
        assertThat(all).extracting(Organisation::uid).doesNotContainNull().doesNotHaveDuplicates();
        Organisation camden = camden();
        assertThat(camden.stamp().revision()).isEqualTo(1);
        assertThat(camden.stamp().savedAt()).isEqualTo(NOW);
        assertThat(camden.stamp().savedBy()).isEqualTo(TestDatabases.USER.name());

        OrganisationDraft d = camden.toDraft();
        Organisation saved = services.organisations().update(camden.id(), 1, new OrganisationDraft(d.name(), d.type(),
                d.code(), d.sector(), d.parentId(), d.activeFrom(), "Hosts the joint commissioning unit."));
        assertThat(saved.uid()).isEqualTo(camden.uid());
        assertThat(saved.stamp().revision()).isEqualTo(2);
        // Its history is found by the lasting id, and tells who saved it under which account.
        assertThat(services.organisations().history(camden.id())).last().satisfies(e -> {
            assertThat(e.entityUid()).isEqualTo(camden.uid());
            assertThat(e.account()).isEqualTo(System.getProperty("user.name"));
            assertThat(e.summary()).isEqualTo("Wrote the notes.");
        });
    }

    @Test
    void aSaveStartedFromAnOlderRevisionIsRefusedWithWhoAndWhenAndWritesNothing() {
        Organisation mine = camden();
        Organisation theirs = camden();
        OrganisationDraft d = theirs.toDraft();
        services.organisations().update(theirs.id(), theirs.stamp().revision(), new OrganisationDraft(d.name(),
                d.type(), d.code(), d.sector(), d.parentId(), d.activeFrom(), "Their notes."));
        int changes = services.organisations().history(mine.id()).size();

        assertThatThrownBy(() -> services.organisations().update(mine.id(), mine.stamp().revision(),
                new OrganisationDraft(d.name(), d.type(), d.code(), d.sector(), d.parentId(), d.activeFrom(),
                        "My notes.")))
                .isInstanceOfSatisfying(StaleSaveException.class, e -> assertThat(e.current().revision()).isEqualTo(2))
                .hasMessage("test.director saved this organisation on 14/03/2007 at 10:15, after you opened it, so"
                        + " your changes were not saved. What they changed: Wrote the notes. Yours are still on"
                        + " screen: copy what you need, then Discard changes to see theirs.");
        assertThat(camden().notes()).isEqualTo("Their notes.");
        assertThat(camden().stamp().revision()).isEqualTo(2);
        assertThat(services.organisations().history(mine.id())).hasSize(changes);
    }

    @Test
    void aStaleSaveOfAProspectusOrASpecificationIsRefusedToo() {
        Prospectus p = services.prospectuses().create(new ProspectusDraft(camden().id(), "Camden 2007/08",
                new org.commissioningdesk.common.FinancialYear(2007), 1, "Summary.", null, null, List.of(), List.of()));
        ProspectusDraft pd = p.toDraft();
        services.prospectuses().update(p.id(), p.stamp().revision(), new ProspectusDraft(pd.ownerId(), "Camden plan",
                pd.firstYear(), pd.cycleYears(), pd.summary(), null, null, List.of(), List.of()));
        assertThatThrownBy(() -> services.prospectuses().update(p.id(), p.stamp().revision(), new ProspectusDraft(
                pd.ownerId(), "Camden prospectus", pd.firstYear(), pd.cycleYears(), pd.summary(), null, null, List.of(),
                List.of()))).isInstanceOfSatisfying(StaleSaveException.class, e -> assertThat(e.theirChanges())
                        .isEqualTo("Changed the title from “Camden 2007/08” to “Camden plan”."));
        assertThat(services.prospectuses().get(p.id()).title()).isEqualTo("Camden plan");

        SpecificationTemplate t = services.specifications().templates().get(0);
        Specification s = services.specifications().create(t.content(), null);
        SpecificationDraft c = s.content();
        services.specifications().update(s.id(), s.stamp().revision(), new SpecificationDraft("Their title",
                c.serviceArea(), c.commissionerId(), c.providerId(), c.sections(), c.pathway(), c.quality()));
        assertThatThrownBy(() -> services.specifications().update(s.id(), s.stamp().revision(), new SpecificationDraft(
                "My title", c.serviceArea(), c.commissionerId(), c.providerId(), c.sections(), c.pathway(),
                c.quality()))).isInstanceOfSatisfying(StaleSaveException.class, e -> assertThat(e.getMessage())
                        .contains("What they changed: Changed the title from “" + c.title() + "” to “Their title”."));
        assertThat(services.specifications().get(s.id()).title()).isEqualTo("Their title");
        assertThat(services.specifications().get(s.id()).stamp().revision()).isEqualTo(2);
    }

    @Test
    void aSectionAsLongAsASectionMayBeIsSavedAndItsChangeIsKeptAndTold() {
        SpecificationTemplate t = services.specifications().templates().get(0);
        Specification s = services.specifications().create(t.content(), null);
        Map<SpecSection, String> sections = new EnumMap<>(SpecSection.class);
        sections.putAll(s.content().sections());
        String before = "Words in a paragraph. ".repeat(4_499) + "Last words.";
        assertThat(before).hasSize(98_989);
        sections.put(SpecSection.SERVICE_DESCRIPTION, before);
        SpecificationDraft c = s.content();
        Specification saved = services.specifications().update(s.id(), s.stamp().revision(), new SpecificationDraft(
                c.title(), c.serviceArea(), c.commissionerId(), c.providerId(), sections, c.pathway(), c.quality()));
        sections.put(SpecSection.SERVICE_DESCRIPTION, before.replace("Last words.", "Other last words, longer still."));
        Specification again = services.specifications().update(saved.id(), saved.stamp().revision(),
                new SpecificationDraft(c.title(), c.serviceArea(), c.commissionerId(), c.providerId(), sections,
                        c.pathway(), c.quality()));

        assertThat(again.content().sections().get(SpecSection.SERVICE_DESCRIPTION)).hasSize(99_009);
        var trail = services.specifications().details(s.id()).audit();
        assertThat(trail).extracting(AuditEntry::summary).last().asString().isEqualTo("Changed the Service description"
                + " section.");
        assertThat(services.specifications().changeDetails(trail.get(trail.size() - 1).id()))
                .isEqualTo("Changed the Service description section.");
    }

    @Test
    void onlyTheChangedFieldsAreKeptWithAChange() throws Exception {
        Organisation camden = camden();
        OrganisationDraft d = camden.toDraft();
        services.organisations().update(camden.id(), 1, new OrganisationDraft(d.name(), d.type(), d.code(), d.sector(),
                d.parentId(), d.activeFrom(), "New notes."));
        long id = services.organisations().history(camden.id()).get(1).id();
        String details = database.read(tx -> tx.handle().createQuery("SELECT details FROM audit_event WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        var node = AuditLog.JSON.readTree(details);
        var after = AuditLog.JSON.readTree(node.get("after").asText());
        // The notes changed; the name is kept to tell which record it was; nothing else is.
        assertThat(after.get("notes").asText()).isEqualTo("New notes.");
        assertThat(after.has("name")).isTrue();
        assertThat(after.has("code")).isFalse();
        assertThat(after.has("sector")).isFalse();
        assertThat(after.has("stamp")).isFalse();
    }
}
