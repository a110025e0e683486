package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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

/** Reads and writes prospectuses with their priorities, outcome measures, consultation and workflow. */
public final class ProspectusRepository {

    static final String TABLE = "prospectus";

    private static final String HEADER = """
            SELECT p.id, p.series_id, p.owner_id, o.name AS owner_name, p.prospectus_level, p.title, p.first_year,
                   p.cycle_years, p.version, p.status, p.board_meeting_date, p.consultation_opened,
                   p.consultation_closes, p.summary, p.strategic_context,
                   p.health_needs, """ + Stamps.columns("p.") + """

            FROM prospectus p JOIN organisation o ON o.id = p.owner_id
            """;

    public List<ProspectusSummary> findSummaries(Tx tx) {
        return summaries(tx, "", "p.first_year DESC, o.name, p.title, p.version", Map.of());
    }

    /** Every version in a series, oldest first. */
    public List<ProspectusSummary> versions(Tx tx, long seriesId) {
        // By version alone: a later version may have been retitled (or re-cycled while a draft).
        return summaries(tx, "WHERE p.series_id = :series", "p.version", Map.of("series", seriesId));
    }

    private List<ProspectusSummary> summaries(Tx tx, String where, String orderBy, Map<String, Object> binds) {
        var query = tx.handle().createQuery("""
                SELECT p.id, p.series_id, p.owner_id, o.name AS owner_name, p.prospectus_level, p.title,
                       p.first_year, p.cycle_years, p.version, p.status, p.priority_count AS priorities,
                       p.net_investment AS net
                FROM prospectus p JOIN organisation o ON o.id = p.owner_id
                """ + where + " ORDER BY " + orderBy);
        binds.forEach(query::bind);
        return Rows.readable(tx, "Prospectus", query, (rs, ctx) -> new ProspectusSummary(rs.getLong("id"), rs.getLong("series_id"),
                        rs.getLong("owner_id"), rs.getString("owner_name"),
                        Rows.enumValue(rs, "prospectus_level", ProspectusLevel.class), rs.getString("title"),
                        Rows.financialYear(rs, "first_year"), rs.getInt("cycle_years"), rs.getInt("version"),
                        Rows.enumValue(rs, "status", ProspectusStatus.class), rs.getInt("priorities"),
                        rs.getBigDecimal("net").setScale(2)));
    }

    public Optional<Prospectus> findById(Tx tx, long id) {
        Handle h = tx.handle();
        return h.createQuery(HEADER + " WHERE p.id = :id").bind("id", id)
                .map((rs, ctx) -> header(rs))
                .findOne()
                .map(header -> withContent(h, header));
    }

    /**
     * The agreed (Board approved or Published) prospectuses for a cycle starting in {@code firstYear}
     * that a prospectus owned by someone with these ancestors inherits from: London-wide ones, and
     * those of its groups. Only the latest agreed version of each series counts.
     */
    public List<Prospectus> inheritable(Tx tx, FinancialYear firstYear, Collection<Long> ancestorIds, long excludingSeries) {
        Handle h = tx.handle();
        List<Long> ancestors = ancestorIds.isEmpty() ? List.of(-1L) : List.copyOf(ancestorIds);
        List<Prospectus> found = Rows.readable(tx, "Prospectus", h.createQuery(HEADER + """
                         WHERE p.first_year = :year AND p.status IN ('BOARD_APPROVED', 'PUBLISHED')
                           AND p.series_id <> :series
                           AND (p.prospectus_level = 'LONDON' OR p.owner_id IN (<ancestors>))
                         ORDER BY p.series_id, p.version DESC""")
                .bind("year", firstYear.toString())
                .bind("series", excludingSeries)
                .bindList("ancestors", ancestors), (rs, ctx) -> header(rs));
        Map<Long, Prospectus> latest = new java.util.LinkedHashMap<>();
        for (Prospectus p : found) {
            latest.putIfAbsent(p.seriesId(), p);
        }
        return latest.values().stream().map(p -> withContent(h, p)).toList();
    }

    public long insert(Tx tx, Long seriesId, ProspectusDraft d, ProspectusLevel level, int version,
                       ProspectusStatus status, Saving saving) {
        long id = Stamps.bindNew(tx.handle().createUpdate("""
                        INSERT INTO prospectus (series_id, series_uid, owner_id, prospectus_level, title, first_year,
                                                cycle_years, version, status, summary, strategic_context, health_needs"""
                        + Stamps.INSERT_COLUMNS + """
                        ) VALUES (:series, COALESCE((SELECT s.series_uid FROM prospectus s WHERE s.id = :series), :seriesUid),
                                  :owner, :level, :title, :first, :years, :version, :status, :summary, :context, :needs"""
                        + Stamps.INSERT_VALUES + ")"), saving)
                .bind("series", seriesId)
                .bind("seriesUid", java.util.UUID.randomUUID())
                .bind("owner", d.ownerId())
                .bind("level", level.name())
                .bind("title", d.title())
                .bind("first", d.firstYear().toString())
                .bind("years", d.cycleYears())
                .bind("version", version)
                .bind("status", status.name())
                .bind("summary", d.summary())
                .bind("context", d.strategicContext())
                .bind("needs", d.healthNeeds())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        if (seriesId == null) {
            tx.handle().createUpdate("UPDATE prospectus SET series_id = id WHERE id = :id").bind("id", id).execute();
        }
        writeContent(tx, id, d.priorities(), d.consultation());
        return id;
    }

    /**
     * Saves {@code d} over revision {@code revision} of a prospectus open to change (Draft or Out for
     * consultation): false, and nothing written, when it is at another revision now.
     *
     * @throws RuleViolationException when the prospectus is not open to change, whoever asks: nothing is changed
     */
    public boolean update(Tx tx, long id, int revision, ProspectusDraft d, ProspectusLevel level, Saving saving) {
        int changed = Stamps.bindSaving(tx.handle().createUpdate("""
                        UPDATE prospectus SET owner_id = :owner, prospectus_level = :level, title = :title,
                               first_year = :first, cycle_years = :years, summary = :summary,
                               strategic_context = :context, health_needs = :needs, """ + Stamps.NEXT_REVISION + """

                        WHERE id = :id AND status IN ('DRAFT', 'CONSULTATION') AND revision = :revision"""), saving)
                .bind("revision", revision)
                .bind("id", id)
                .bind("owner", d.ownerId())
                .bind("level", level.name())
                .bind("title", d.title())
                .bind("first", d.firstYear().toString())
                .bind("years", d.cycleYears())
                .bind("summary", d.summary())
                .bind("context", d.strategicContext())
                .bind("needs", d.healthNeeds())
                .execute();
        if (changed == 0) {
            if (tx.handle().createQuery("SELECT COUNT(*) FROM prospectus WHERE id = :id AND status IN ('DRAFT',"
                    + " 'CONSULTATION')").bind("id", id).mapTo(Integer.class).one() > 0) {
                return false;
            }
            throw new RuleViolationException("This prospectus is no longer a draft or out for consultation, so it"
                    + " cannot be changed; make a new version instead.");
        }
        writeContent(tx, id, d.priorities(), d.consultation());
        return true;
    }

    /**
     * Writes the priorities (in order) and the consultation log over what was there, in place: a priority is matched
     * to its stored row by its key, an outcome measure or a response by its uid, a linked specification by its id;
     * matched rows keep their uids, new ones get fresh uids, and stored rows nothing matched are deleted.
     */
    private void writeContent(Tx tx, long id, List<Priority> priorities, List<ConsultationResponse> consultation) {
        Handle h = tx.handle();
        ChildRows<String> stored = ChildRows.of(tx, "prospectus_priority", "prospectus_id", id, "priority_key",
                String.class);
        List<UUID> matched = priorities.stream().map(p -> stored.match(p.key())).toList();
        stored.settle();
        for (int i = 0; i < priorities.size(); i++) {
            Priority p = priorities.get(i);
            UUID uid = stored.save(matched.get(i), Values.of()
                    .text("priority_key", p.key())
                    .number("position", i)
                    .text("title", p.title())
                    .text("service_area", p.serviceArea())
                    .text("change_type", p.changeType().name())
                    .text("rationale", p.rationale())
                    .text("inequality_focus", p.inequalityFocus())
                    .text("lead_officer", p.leadOfficer()));
            long priorityId = stored.idOf(uid);
            // The money is a value of the priority (one per year, nothing points at it), so it is written afresh.
            h.createUpdate("DELETE FROM priority_amount WHERE priority_id = :p").bind("p", priorityId).execute();
            for (int y = 0; y < p.amounts().size(); y++) {
                if (p.amounts().get(y) != null) {
                    h.createUpdate("INSERT INTO priority_amount (priority_id, year_index, amount) VALUES (:p, :y, :a)")
                            .bind("p", priorityId).bind("y", y).bind("a", p.amounts().get(y)).execute();
                }
            }
            ChildRows<Long> links = ChildRows.of(tx, "priority_specification", "priority_id", priorityId,
                    "specification_id", Long.class);
            List<UUID> linked = p.specificationIds().stream().map(links::match).toList();
            links.settle();
            for (int j = 0; j < p.specificationIds().size(); j++) {
                links.save(linked.get(j), Values.of().number("specification_id", p.specificationIds().get(j))
                        .number("position", j));
            }
            ChildRows<UUID> outcomes = ChildRows.byUid(tx, "outcome_measure", "priority_id", priorityId);
            List<UUID> kept = p.outcomes().stream().map(o -> outcomes.match(o.uid())).toList();
            outcomes.settle();
            for (int j = 0; j < p.outcomes().size(); j++) {
                OutcomeMeasure o = p.outcomes().get(j);
                outcomes.save(kept.get(j), Values.of()
                        .number("position", j)
                        .text("indicator", o.indicator())
                        .text("unit", o.unit())
                        .decimal("baseline", o.baseline())
                        .decimal("target", o.target())
                        .text("target_year", o.targetYear().toString()));
            }
        }
        ChildRows<UUID> responses = ChildRows.byUid(tx, "consultation_response", "prospectus_id", id);
        List<UUID> kept = consultation.stream().map(r -> responses.match(r.uid())).toList();
        responses.settle();
        for (int k = 0; k < consultation.size(); k++) {
            ConsultationResponse r = consultation.get(k);
            responses.save(kept.get(k), Values.of()
                    .number("position", k)
                    .text("source_type", r.source().name())
                    .text("respondent", r.respondent())
                    .date("received_on", r.receivedOn())
                    .text("priority_key", r.priorityKey())
                    .text("summary", r.summary())
                    .text("pct_response", r.response())
                    .flag("answered", r.answered()));
        }
        // The list's figures, kept with the prospectus so that reading the list never adds up its priorities.
        h.createUpdate("""
                        UPDATE prospectus p SET
                            priority_count = (SELECT COUNT(*) FROM prospectus_priority pp WHERE pp.prospectus_id = p.id),
                            net_investment = (SELECT COALESCE(SUM(a.amount), 0) FROM priority_amount a
                                                JOIN prospectus_priority pp ON pp.id = a.priority_id
                                               WHERE pp.prospectus_id = p.id AND a.year_index < p.cycle_years)
                        WHERE p.id = :id""")
                .bind("id", id).execute();
    }

    /** Records when the consultation opened and closes (both null: not out for consultation). */
    public void setConsultationPeriod(Tx tx, long id, ConsultationPeriod period) {
        tx.handle().createUpdate("UPDATE prospectus SET consultation_opened = :opened, consultation_closes = :closes"
                        + " WHERE id = :id")
                .bind("id", id).bind("opened", period == null ? null : period.opened())
                .bind("closes", period == null ? null : period.closes()).execute();
    }

    public void setStatus(Tx tx, long id, ProspectusStatus status, Saving saving, LocalDate boardMeetingDate) {
        Stamps.advance(tx, TABLE, id, saving);
        tx.handle().createUpdate("UPDATE prospectus SET status = :status, board_meeting_date = :board WHERE id = :id")
                .bind("id", id).bind("status", status.name()).bind("board", boardMeetingDate).execute();
    }

    public void delete(Tx tx, long id) {
        if (tx.handle().createUpdate("DELETE FROM prospectus WHERE id = :id AND status = 'DRAFT'").bind("id", id)
                .execute() == 0) {
            throw new RuleViolationException("Only a draft prospectus can be deleted.");
        }
    }

    public int latestVersion(Tx tx, long seriesId) {
        return tx.handle().createQuery("SELECT MAX(version) FROM prospectus WHERE series_id = :s")
                .bind("s", seriesId).mapTo(Integer.class).one();
    }

    public void addStatusChange(Tx tx, long id, StatusChange change) {
        tx.handle().createUpdate("""
                        INSERT INTO prospectus_status_change (prospectus_id, from_status, to_status, changed_at, changed_by,
                                                              board_meeting_date, note)
                        VALUES (:id, :from, :to, :at, :by, :board, :note)""")
                .bind("id", id)
                .bind("from", change.from() == null ? null : change.from().name())
                .bind("to", change.to().name())
                .bind("at", java.time.OffsetDateTime.ofInstant(change.at(), java.time.ZoneOffset.UTC))
                .bind("by", change.by())
                .bind("board", change.boardMeetingDate())
                .bind("note", change.note())
                .execute();
    }

    public List<StatusChange> statusChanges(Tx tx, long id) {
        return tx.handle().createQuery("""
                        SELECT from_status, to_status, changed_at, changed_by, board_meeting_date, note
                        FROM prospectus_status_change WHERE prospectus_id = :id ORDER BY id""")
                .bind("id", id)
                .map((rs, ctx) -> new StatusChange(
                        Rows.enumValue(rs, "from_status", ProspectusStatus.class),
                        Rows.enumValue(rs, "to_status", ProspectusStatus.class),
                        rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant(), rs.getString("changed_by"),
                        rs.getObject("board_meeting_date", LocalDate.class), rs.getString("note")))
                .list();
    }

    /** How many prospectus versions are in each status. */
    public Map<ProspectusStatus, Long> countByStatus(Tx tx) {
        Map<ProspectusStatus, Long> counts = new java.util.EnumMap<>(ProspectusStatus.class);
        Rows.readable(tx, "Prospectus", tx.handle().createQuery("SELECT status, COUNT(*) FROM prospectus GROUP BY status"),
                        (rs, ctx) -> Map.entry(Rows.enumValue(rs, 1, ProspectusStatus.class), rs.getLong(2)))
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Consultation responses not yet answered, in prospectuses still open to change. */
    public long unansweredResponses(Tx tx) {
        return tx.handle().createQuery("""
                        SELECT COUNT(*) FROM consultation_response r JOIN prospectus p ON p.id = r.prospectus_id
                        WHERE r.answered = FALSE AND p.status IN ('DRAFT', 'CONSULTATION')""")
                .mapTo(Long.class).one();
    }

    private static Prospectus header(ResultSet rs) throws SQLException {
        return new Prospectus(rs.getLong("id"), rs.getLong("series_id"), rs.getLong("owner_id"),
                rs.getString("owner_name"), Rows.enumValue(rs, "prospectus_level", ProspectusLevel.class),
                rs.getString("title"), Rows.financialYear(rs, "first_year"), rs.getInt("cycle_years"),
                rs.getInt("version"), Rows.enumValue(rs, "status", ProspectusStatus.class),
                rs.getObject("board_meeting_date", LocalDate.class),
                ConsultationPeriod.of(rs.getObject("consultation_opened", LocalDate.class),
                        rs.getObject("consultation_closes", LocalDate.class)), rs.getString("summary"),
                rs.getString("strategic_context"), rs.getString("health_needs"), List.of(), List.of(),
                Stamps.read(rs, ""));
    }

    private static Prospectus withContent(Handle h, Prospectus p) {
        Map<Long, List<BigDecimal>> amounts = new HashMap<>();
        h.createQuery("""
                        SELECT a.priority_id, a.year_index, a.amount FROM priority_amount a
                        JOIN prospectus_priority pp ON pp.id = a.priority_id WHERE pp.prospectus_id = :id""")
                .bind("id", p.id())
                .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3)})
                .forEach(row -> {
                    List<BigDecimal> list = amounts.computeIfAbsent((Long) row[0], k -> new ArrayList<>());
                    int y = (Integer) row[1];
                    while (list.size() <= y) {
                        list.add(null);
                    }
                    list.set(y, ((BigDecimal) row[2]).setScale(2));
                });
        Map<Long, List<OutcomeMeasure>> outcomes = new HashMap<>();
        h.createQuery("""
                        SELECT o.priority_id, o.indicator, o.unit, o.baseline, o.target, o.target_year, o.uid FROM outcome_measure o
                        JOIN prospectus_priority pp ON pp.id = o.priority_id WHERE pp.prospectus_id = :id
                        ORDER BY o.priority_id, o.position""")
                .bind("id", p.id())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), new OutcomeMeasure(rs.getString(2), rs.getString(3),
                        Texts.number(rs.getBigDecimal(4)), Texts.number(rs.getBigDecimal(5)),
                        Rows.financialYear(rs, 6), rs.getObject(7, UUID.class))))
                .forEach(e -> outcomes.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<Long>> links = new HashMap<>();
        h.createQuery("""
                        SELECT ps.priority_id, ps.specification_id FROM priority_specification ps
                        JOIN prospectus_priority pp ON pp.id = ps.priority_id WHERE pp.prospectus_id = :id
                        ORDER BY ps.priority_id, ps.position""")
                .bind("id", p.id())
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Priority> priorities = h.createQuery("""
                        SELECT id, priority_key, title, service_area, change_type, rationale, inequality_focus, lead_officer
                        FROM prospectus_priority WHERE prospectus_id = :id ORDER BY position""")
                .bind("id", p.id())
                .map((rs, ctx) -> new Priority(rs.getString("priority_key"), rs.getString("title"),
                        rs.getString("service_area"), Rows.enumValue(rs, "change_type", ChangeType.class),
                        rs.getString("rationale"), amounts.getOrDefault(rs.getLong("id"), List.of()),
                        outcomes.getOrDefault(rs.getLong("id"), List.of()), rs.getString("inequality_focus"),
                        rs.getString("lead_officer"), links.getOrDefault(rs.getLong("id"), List.of())))
                .list();
        List<ConsultationResponse> consultation = h.createQuery("""
                        SELECT source_type, respondent, received_on, priority_key, summary, pct_response, answered, uid
                        FROM consultation_response WHERE prospectus_id = :id ORDER BY position""")
                .bind("id", p.id())
                .map((rs, ctx) -> new ConsultationResponse(Rows.enumValue(rs, "source_type", SourceType.class),
                        rs.getString("respondent"), rs.getObject("received_on", LocalDate.class),
                        rs.getString("priority_key"), rs.getString("summary"), rs.getString("pct_response"),
                        rs.getBoolean("answered"), rs.getObject("uid", UUID.class)))
                .list();
        return new Prospectus(p.id(), p.seriesId(), p.ownerId(), p.ownerName(), p.level(), p.title(), p.firstYear(),
                p.cycleYears(), p.version(), p.status(), p.boardMeetingDate(), p.consultationPeriod(), p.summary(),
                p.strategicContext(),
                p.healthNeeds(), priorities, consultation, p.stamp());
    }
}
