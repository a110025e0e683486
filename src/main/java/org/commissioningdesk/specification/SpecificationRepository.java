package org.commissioningdesk.specification;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.Texts;
import org.commissioningdesk.persistence.ChildRows;
import org.commissioningdesk.persistence.ChildRows.Values;
import org.commissioningdesk.persistence.Rows;
import org.commissioningdesk.persistence.Saving;
import org.commissioningdesk.persistence.Stamps;
import org.commissioningdesk.persistence.Tx;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes specifications with their sections, care pathway, quality requirements and
 * workflow, and the templates people saved. It refuses to change a version that is not a draft,
 * whoever asks: an agreed specification cannot be edited by any path.
 */
public final class SpecificationRepository {

    static final String TABLE = "specification";

    private static final String SUMMARY = """
            SELECT s.id, s.series_id, s.version, s.status, s.title, s.service_area, s.commissioner_id,
                   c.name AS commissioner_name, s.provider_id, p.name AS provider_name, s.agreed_on,
                   (SELECT COUNT(*) FROM pathway_step x WHERE x.specification_id = s.id) AS steps,
                   (SELECT COUNT(*) FROM quality_requirement q WHERE q.specification_id = s.id) AS kpis
            FROM specification s
            LEFT JOIN organisation c ON c.id = s.commissioner_id
            LEFT JOIN organisation p ON p.id = s.provider_id
            """;

    /** Folds a title to one case and spacing, so "Primary  PCI" and "primary pci" are the same title. */
    public static String titleKey(String title) {
        return title.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    // ---- reading

    /**
     * Every version of every specification, grouped by specification (ordered by the title of its
     * latest version), oldest version first: a retitled version stays beside the others of its series.
     */
    public List<SpecificationSummary> findSummaries(Tx tx) {
        return Rows.readable(tx, "Specification", tx.handle().createQuery(SUMMARY + """
                        ORDER BY (SELECT l.title_key FROM specification l WHERE l.series_id = s.series_id
                                  AND l.version = (SELECT MAX(m.version) FROM specification m
                                                   WHERE m.series_id = s.series_id)),
                                 s.series_id, s.version"""), (rs, ctx) -> summary(rs));
    }

    /** Every version in a series, oldest first. */
    public List<SpecificationSummary> versions(Tx tx, long seriesId) {
        return Rows.readable(tx, "Specification", tx.handle().createQuery(SUMMARY
                + " WHERE s.series_id = :series ORDER BY s.version").bind("series", seriesId), (rs, ctx) -> summary(rs));
    }

    public Optional<SpecificationSummary> findSummary(Tx tx, long id) {
        return tx.handle().createQuery(SUMMARY + " WHERE s.id = :id").bind("id", id).map((rs, ctx) -> summary(rs)).findOne();
    }

    public Optional<Specification> findById(Tx tx, long id) {
        Handle h = tx.handle();
        return findSummary(tx, id).map(s -> new Specification(s.id(), s.seriesId(), s.version(), s.status(),
                s.commissionerName(), s.providerName(), s.agreedOn(), content(h, s),
                Stamps.current(tx, TABLE, id).orElseThrow()));
    }

    public int latestVersion(Tx tx, long seriesId) {
        return tx.handle().createQuery("SELECT MAX(version) FROM specification WHERE series_id = :s")
                .bind("s", seriesId).mapTo(Integer.class).one();
    }

    /** The title of another specification (another series) with this title, if there is one. */
    public Optional<String> titleInOtherSeries(Tx tx, String title, Long seriesId) {
        return tx.handle().createQuery("""
                        SELECT title FROM specification WHERE title_key = :key AND series_id <> :series
                        FETCH FIRST 1 ROWS ONLY""")
                .bind("key", titleKey(title)).bind("series", seriesId == null ? -1L : seriesId)
                .mapTo(String.class).findOne();
    }

    /** The prospectus priorities linked to a specification (its series), newest cycle first. */
    public List<DeliveredPriority> deliveredPriorities(Tx tx, long seriesId) {
        return Rows.readable(tx, "Prospectus", tx.handle().createQuery("""
                        SELECT p.id, p.title, o.name, p.first_year, p.version, p.status, pp.title AS priority_title
                        FROM priority_specification ps
                        JOIN prospectus_priority pp ON pp.id = ps.priority_id
                        JOIN prospectus p ON p.id = pp.prospectus_id
                        JOIN organisation o ON o.id = p.owner_id
                        WHERE ps.specification_id = :series
                        ORDER BY p.first_year DESC, o.name, p.title, p.version, pp.position""")
                .bind("series", seriesId), (rs, ctx) -> new DeliveredPriority(rs.getLong(1), rs.getString(2),
                        rs.getString(3), Rows.financialYear(rs, 4), rs.getInt(5), rs.getString(6), rs.getString(7)));
    }

    /** How many prospectus priorities link to the specification (its series). */
    public int linkCount(Tx tx, long seriesId) {
        return tx.handle().createQuery("SELECT COUNT(*) FROM priority_specification WHERE specification_id = :s")
                .bind("s", seriesId).mapTo(Integer.class).one();
    }

    /** The latest version of each specification, by title: what a prospectus priority can be linked to. */
    public List<SpecificationSummary> latestVersions(Tx tx) {
        return Rows.readable(tx, "Specification", tx.handle().createQuery(SUMMARY + """
                         WHERE s.version = (SELECT MAX(v.version) FROM specification v WHERE v.series_id = s.series_id)
                         ORDER BY s.title_key"""), (rs, ctx) -> summary(rs));
    }

    /** Whether {@code id} names a specification (the id of its version 1, which every version shares as series). */
    public boolean isSeries(Tx tx, long id) {
        return tx.handle().createQuery("SELECT COUNT(*) FROM specification WHERE id = :id AND series_id = :id")
                .bind("id", id).mapTo(Integer.class).one() > 0;
    }

    /** How many specification versions are in each status. */
    public Map<SpecStatus, Long> countByStatus(Tx tx) {
        Map<SpecStatus, Long> counts = new EnumMap<>(SpecStatus.class);
        Rows.readable(tx, "Specification", tx.handle().createQuery("SELECT status, COUNT(*) FROM specification GROUP BY status"),
                        (rs, ctx) -> Map.entry(Rows.enumValue(rs, 1, SpecStatus.class), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    // ---- writing

    public long insert(Tx tx, Long seriesId, SpecificationDraft d, int version, SpecStatus status, Saving saving) {
        long id = Stamps.bindNew(tx.handle().createUpdate("""
                        INSERT INTO specification (series_id, series_uid, version, status, title, title_key, service_area,
                                                   commissioner_id, provider_id""" + Stamps.INSERT_COLUMNS + """
                        ) VALUES (:series, COALESCE((SELECT f.series_uid FROM specification f WHERE f.id = :series),
                                  :seriesUid), :version, :status, :title, :key, :area, :commissioner, :provider"""
                        + Stamps.INSERT_VALUES + ")"), saving)
                .bind("series", seriesId)
                .bind("seriesUid", UUID.randomUUID())
                .bind("version", version)
                .bind("status", status.name())
                .bind("title", d.title())
                .bind("key", titleKey(d.title()))
                .bind("area", d.serviceArea())
                .bind("commissioner", d.commissionerId())
                .bind("provider", d.providerId())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        if (seriesId == null) {
            tx.handle().createUpdate("UPDATE specification SET series_id = id WHERE id = :id").bind("id", id).execute();
        }
        writeContent(tx, id, d);
        return id;
    }

    /**
     * Replaces a draft's content, saved over revision {@code revision}: false, and nothing written, when it is at
     * another revision now.
     *
     * @throws RuleViolationException when the version is not a draft (or does not exist): nothing is changed
     */
    public boolean update(Tx tx, long id, int revision, SpecificationDraft d, Saving saving) {
        int changed = Stamps.bindSaving(tx.handle().createUpdate("""
                        UPDATE specification SET title = :title, title_key = :key, service_area = :area,
                               commissioner_id = :commissioner, provider_id = :provider, """ + Stamps.NEXT_REVISION + """

                        WHERE id = :id AND status = 'DRAFT' AND revision = :revision"""), saving)
                .bind("revision", revision)
                .bind("id", id)
                .bind("title", d.title())
                .bind("key", titleKey(d.title()))
                .bind("area", d.serviceArea())
                .bind("commissioner", d.commissionerId())
                .bind("provider", d.providerId())
                .execute();
        if (changed == 0) {
            if (tx.handle().createQuery("SELECT COUNT(*) FROM specification WHERE id = :id AND status = 'DRAFT'")
                    .bind("id", id).mapTo(Integer.class).one() > 0) {
                return false;
            }
            throw notADraft(tx, id, "changed");
        }
        writeContent(tx, id, d);
        return true;
    }

    /**
     * Deletes a draft version.
     *
     * @throws RuleViolationException when the version is not a draft: nothing is deleted
     */
    public void delete(Tx tx, long id) {
        if (tx.handle().createUpdate("DELETE FROM specification WHERE id = :id AND status = 'DRAFT'").bind("id", id).execute() == 0) {
            throw notADraft(tx, id, "deleted");
        }
    }

    public void setStatus(Tx tx, long id, SpecStatus status, LocalDate agreedOn, Saving saving) {
        Stamps.advance(tx, TABLE, id, saving);
        tx.handle().createUpdate("UPDATE specification SET status = :status, agreed_on = :agreed WHERE id = :id")
                .bind("id", id).bind("status", status.name()).bind("agreed", agreedOn).execute();
    }

    public void addStatusChange(Tx tx, long id, SpecStatusChange change) {
        tx.handle().createUpdate("""
                        INSERT INTO specification_status_change (specification_id, from_status, to_status, changed_at,
                                                                 changed_by, note)
                        VALUES (:id, :from, :to, :at, :by, :note)""")
                .bind("id", id)
                .bind("from", change.from() == null ? null : change.from().name())
                .bind("to", change.to().name())
                .bind("at", java.time.OffsetDateTime.ofInstant(change.at(), java.time.ZoneOffset.UTC))
                .bind("by", change.by())
                .bind("note", change.note())
                .execute();
    }

    public List<SpecStatusChange> statusChanges(Tx tx, long id) {
        return tx.handle().createQuery("""
                        SELECT from_status, to_status, changed_at, changed_by, note
                        FROM specification_status_change WHERE specification_id = :id ORDER BY id""")
                .bind("id", id)
                .map((rs, ctx) -> new SpecStatusChange(
                        Rows.enumValue(rs, "from_status", SpecStatus.class),
                        Rows.enumValue(rs, "to_status", SpecStatus.class), rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"), rs.getString("note")))
                .list();
    }

    private RuleViolationException notADraft(Tx tx, long id, String what) {
        return findSummary(tx, id)
                .map(s -> new RuleViolationException("'" + s.label() + "' is " + s.status().lower()
                        + " and cannot be " + what + "; make a new version instead."))
                .orElseGet(() -> new RuleViolationException("There is no specification with id " + id + "."));
    }

    // ---- saved templates

    /** A template as stored: its content is the template file format (JSON). */
    public record StoredTemplate(long id, UUID uid, String name, String description, String content) {
    }

    public List<StoredTemplate> templates(Tx tx) {
        return tx.handle().createQuery("SELECT id, uid, name, description, content FROM specification_template"
                        + " ORDER BY name_key")
                .map((rs, ctx) -> storedTemplate(rs))
                .list();
    }

    public Optional<StoredTemplate> template(Tx tx, long id) {
        return tx.handle().createQuery("SELECT id, uid, name, description, content FROM specification_template"
                        + " WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> storedTemplate(rs))
                .findOne();
    }

    private static StoredTemplate storedTemplate(ResultSet rs) throws SQLException {
        return new StoredTemplate(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5));
    }

    public boolean templateNameUsed(Tx tx, String name) {
        return tx.handle().createQuery("SELECT COUNT(*) FROM specification_template WHERE name_key = :key")
                .bind("key", titleKey(name)).mapTo(Integer.class).one() > 0;
    }

    public long insertTemplate(Tx tx, String name, String description, String content, Saving saving) {
        return Stamps.bindNew(tx.handle().createUpdate("""
                        INSERT INTO specification_template (name, name_key, description, content, created_at, created_by"""
                        + Stamps.INSERT_COLUMNS + ") VALUES (:name, :key, :description, :content, :savedAt, :savedBy"
                        + Stamps.INSERT_VALUES + ")"), saving)
                .bind("name", name).bind("key", titleKey(name)).bind("description", description)
                .bind("content", content)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public void deleteTemplate(Tx tx, long id) {
        tx.handle().createUpdate("DELETE FROM specification_template WHERE id = :id").bind("id", id).execute();
    }

    // ---- rows

    private static SpecificationSummary summary(ResultSet rs) throws SQLException {
        return new SpecificationSummary(rs.getLong("id"), rs.getLong("series_id"), rs.getInt("version"),
                Rows.enumValue(rs, "status", SpecStatus.class), rs.getString("title"), rs.getString("service_area"),
                rs.getObject("commissioner_id", Long.class), rs.getString("commissioner_name"),
                rs.getObject("provider_id", Long.class), rs.getString("provider_name"),
                rs.getObject("agreed_on", LocalDate.class), rs.getInt("steps"), rs.getInt("kpis"));
    }

    private static SpecificationDraft content(Handle h, SpecificationSummary s) {
        Map<SpecSection, String> sections = new EnumMap<>(SpecSection.class);
        h.createQuery("SELECT section, body FROM specification_section WHERE specification_id = :id")
                .bind("id", s.id())
                .map((rs, ctx) -> Map.entry(Rows.enumValue(rs, 1, SpecSection.class), rs.getString(2)))
                .forEach(e -> sections.put(e.getKey(), e.getValue()));
        List<PathwayStep> steps = h.createQuery("""
                        SELECT setting, who, what, max_wait_days, uid FROM pathway_step
                        WHERE specification_id = :id ORDER BY position""")
                .bind("id", s.id())
                .map((rs, ctx) -> new PathwayStep(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class), rs.getObject(5, UUID.class)))
                .list();
        List<QualityRequirement> quality = h.createQuery("""
                        SELECT kpi_key, indicator, threshold, direction, unit, measurement, frequency, penalty_kind,
                               penalty, remedial_plan, incentive, incentive_amount
                        FROM quality_requirement WHERE specification_id = :id ORDER BY position""")
                .bind("id", s.id())
                .map((rs, ctx) -> {
                    PenaltyKind kind = Rows.enumValue(rs, "penalty_kind", PenaltyKind.class);
                    BigDecimal penalty = rs.getBigDecimal("penalty");
                    return new QualityRequirement(rs.getString("kpi_key"), rs.getString("indicator"),
                            Texts.number(rs.getBigDecimal("threshold")), Rows.enumValue(rs, "direction", Direction.class),
                            rs.getString("unit"), rs.getString("measurement"),
                            Rows.enumValue(rs, "frequency", ReportingFrequency.class), kind,
                            penalty == null ? null : kind == PenaltyKind.FIXED ? penalty.setScale(2) : Texts.number(penalty),
                            rs.getBoolean("remedial_plan"), rs.getString("incentive"),
                            rs.getBigDecimal("incentive_amount") == null ? null : rs.getBigDecimal("incentive_amount").setScale(2));
                })
                .list();
        return new SpecificationDraft(s.title(), s.serviceArea(), s.commissionerId(), s.providerId(), sections, steps, quality);
    }

    /**
     * Writes a version's sections, pathway and quality requirements over what was there, in place: a section is
     * matched to its stored row by its name, a step by its uid, a requirement by its key; matched rows keep their
     * uids, new ones get fresh uids, and stored rows nothing matched are deleted.
     */
    private static void writeContent(Tx tx, long id, SpecificationDraft d) {
        ChildRows<String> sections = ChildRows.unordered(tx, "specification_section", "specification_id", id, "section",
                String.class);
        Map<SpecSection, UUID> written = new EnumMap<>(SpecSection.class);
        d.sections().keySet().forEach(section -> written.put(section, sections.match(section.name())));
        sections.settle();
        d.sections().forEach((section, body) -> sections.save(written.get(section),
                Values.of().text("section", section.name()).text("body", body)));
        ChildRows<UUID> steps = ChildRows.byUid(tx, "pathway_step", "specification_id", id);
        List<UUID> kept = d.pathway().stream().map(s -> steps.match(s.uid())).toList();
        steps.settle();
        for (int i = 0; i < d.pathway().size(); i++) {
            PathwayStep s = d.pathway().get(i);
            steps.save(kept.get(i), Values.of().number("position", i).text("setting", s.setting()).text("who", s.who())
                    .text("what", s.what()).number("max_wait_days", s.maxWaitDays()));
        }
        ChildRows<String> quality = ChildRows.of(tx, "quality_requirement", "specification_id", id, "kpi_key",
                String.class);
        List<UUID> known = d.quality().stream().map(q -> quality.match(q.key())).toList();
        quality.settle();
        for (int i = 0; i < d.quality().size(); i++) {
            QualityRequirement q = d.quality().get(i);
            quality.save(known.get(i), Values.of()
                    .number("position", i)
                    .text("kpi_key", q.key())
                    .text("indicator", q.indicator())
                    .decimal("threshold", q.threshold())
                    .text("direction", q.direction().name())
                    .text("unit", q.unit())
                    .text("measurement", q.measurement())
                    .text("frequency", q.frequency().name())
                    .text("penalty_kind", q.penaltyKind().name())
                    .decimal("penalty", q.penalty())
                    .flag("remedial_plan", q.remedialActionPlan())
                    .text("incentive", q.incentive())
                    .decimal("incentive_amount", q.incentiveAmount()));
        }
    }
}
