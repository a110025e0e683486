package org.commissioningdesk.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.persistence.Rows;
import org.commissioningdesk.persistence.Saving;
import org.commissioningdesk.persistence.Stamps;
import org.commissioningdesk.persistence.Tx;
import org.jdbi.v3.core.Handle;

/** Reads and writes organisations, their aliases and lead-commissioner arrangements. */
public final class OrganisationRepository {

    static final String TABLE = "organisation";
    private static final String COLUMNS = "id, name, org_type, code, sector, parent_id, active_from, active_to, notes, "
            + Stamps.COLUMNS;

    /** The key that makes names unique per type regardless of case and spacing. */
    static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    public List<Organisation> findAll(Tx tx) {
        Map<Long, List<String>> aliases = aliases(tx.handle());
        return Rows.readable(tx, "Organisation", tx.handle().createQuery("SELECT " + COLUMNS
                + " FROM organisation ORDER BY name, id"), (rs, ctx) -> map(rs, aliases));
    }

    public Optional<Organisation> findById(Tx tx, long id) {
        Map<Long, List<String>> aliases = aliases(tx.handle());
        return tx.handle().createQuery("SELECT " + COLUMNS + " FROM organisation WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs, aliases))
                .findOne();
    }

    public long count(Tx tx) {
        return tx.handle().createQuery("SELECT COUNT(*) FROM organisation").mapTo(Long.class).one();
    }

    public boolean nameTaken(Tx tx, OrganisationType type, String name, Long excludingId) {
        var query = tx.handle().createQuery("SELECT COUNT(*) FROM organisation WHERE org_type = :type AND name_key = :key"
                        + (excludingId == null ? "" : " AND id <> :excluding"))
                .bind("type", type.name())
                .bind("key", nameKey(name));
        if (excludingId != null) {
            query.bind("excluding", excludingId);
        }
        return query.mapTo(Integer.class).one() > 0;
    }

    public boolean codeTaken(Tx tx, String code, Long excludingId) {
        var query = tx.handle().createQuery("SELECT COUNT(*) FROM organisation WHERE UPPER(code) = :code"
                        + (excludingId == null ? "" : " AND id <> :excluding"))
                .bind("code", code.toUpperCase(Locale.ROOT));
        if (excludingId != null) {
            query.bind("excluding", excludingId);
        }
        return query.mapTo(Integer.class).one() > 0;
    }

    public long insert(Tx tx, OrganisationDraft draft, Saving saving) {
        return Stamps.bindNew(tx.handle().createUpdate("""
                        INSERT INTO organisation (name, name_key, org_type, code, sector, parent_id, active_from, notes"""
                        + Stamps.INSERT_COLUMNS + ") VALUES (:name, :key, :type, :code, :sector, :parent, :from, :notes"
                        + Stamps.INSERT_VALUES + ")"), saving)
                .bind("name", draft.name())
                .bind("key", nameKey(draft.name()))
                .bind("type", draft.type().name())
                .bind("code", draft.code())
                .bind("sector", draft.sector())
                .bind("parent", draft.parentId())
                .bind("from", draft.activeFrom())
                .bind("notes", draft.notes())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Saves {@code draft} over revision {@code revision}: false, and nothing written, when it is not at it now. */
    public boolean update(Tx tx, long id, int revision, OrganisationDraft draft, Saving saving) {
        if (!Stamps.advance(tx, TABLE, id, revision, saving)) {
            return false;
        }
        tx.handle().createUpdate("""
                        UPDATE organisation SET name = :name, name_key = :key, org_type = :type, code = :code,
                               sector = :sector, parent_id = :parent, active_from = :from, notes = :notes
                        WHERE id = :id""")
                .bind("id", id)
                .bind("name", draft.name())
                .bind("key", nameKey(draft.name()))
                .bind("type", draft.type().name())
                .bind("code", draft.code())
                .bind("sector", draft.sector())
                .bind("parent", draft.parentId())
                .bind("from", draft.activeFrom())
                .bind("notes", draft.notes())
                .execute();
        return true;
    }

    public void setActiveTo(Tx tx, long id, LocalDate activeTo, Saving saving) {
        Stamps.advance(tx, TABLE, id, saving);
        tx.handle().createUpdate("UPDATE organisation SET active_to = :to WHERE id = :id")
                .bind("id", id).bind("to", activeTo).execute();
    }

    public void delete(Tx tx, long id) {
        tx.handle().createUpdate("DELETE FROM organisation WHERE id = :id").bind("id", id).execute();
    }

    /**
     * What refers to an organisation, in words ("3 member organisations"); empty when nothing does.
     * Each feature that adds a reference to organisations adds its count here.
     */
    public List<String> referencesTo(Tx tx, long id) {
        Handle h = tx.handle();
        List<String> found = new ArrayList<>();
        addCount(found, h, "SELECT COUNT(*) FROM organisation WHERE parent_id = :id", id,
                "member organisation", "member organisations");
        addCount(found, h, "SELECT COUNT(*) FROM lead_commissioning WHERE lead_id = :id OR provider_id = :id", id,
                "lead-commissioner arrangement", "lead-commissioner arrangements");
        addCount(found, h, "SELECT COUNT(*) FROM prospectus WHERE owner_id = :id", id,
                "commissioning prospectus", "commissioning prospectuses");
        addCount(found, h, "SELECT COUNT(*) FROM specification WHERE commissioner_id = :id OR provider_id = :id", id,
                "service specification version", "service specification versions");
        return found;
    }

    private static void addCount(List<String> found, Handle h, String sql, long id, String one, String many) {
        int n = h.createQuery(sql).bind("id", id).mapTo(Integer.class).one();
        if (n > 0) {
            found.add(Plural.count(n, one, many));
        }
    }

    public void addAlias(Tx tx, long organisationId, String alias, Saving saving) {
        Stamps.advance(tx, TABLE, organisationId, saving);
        tx.handle().createUpdate("INSERT INTO organisation_alias (organisation_id, alias) VALUES (:id, :alias)")
                .bind("id", organisationId).bind("alias", alias).execute();
    }

    public long insertLeadCommissioning(Tx tx, FinancialYear year, long leadId, long providerId, String note) {
        return tx.handle().createUpdate("""
                        INSERT INTO lead_commissioning (financial_year, lead_id, provider_id, note)
                        VALUES (:year, :lead, :provider, :note)""")
                .bind("year", year.toString())
                .bind("lead", leadId)
                .bind("provider", providerId)
                .bind("note", note)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    /** Arrangements in which the organisation is the lead or the provider, latest year first. */
    public List<LeadCommissioning> leadCommissioningFor(Tx tx, long organisationId) {
        return leadCommissioning(tx, "WHERE lc.lead_id = :id OR lc.provider_id = :id", organisationId);
    }

    public List<LeadCommissioning> allLeadCommissioning(Tx tx) {
        return leadCommissioning(tx, "", null);
    }

    private List<LeadCommissioning> leadCommissioning(Tx tx, String where, Long id) {
        var query = tx.handle().createQuery("""
                SELECT lc.id, lc.financial_year, lc.lead_id, l.name AS lead_name, lc.provider_id,
                       p.name AS provider_name, lc.note
                FROM lead_commissioning lc
                JOIN organisation l ON l.id = lc.lead_id
                JOIN organisation p ON p.id = lc.provider_id
                """ + where + " ORDER BY lc.financial_year DESC, l.name, p.name");
        if (id != null) {
            query.bind("id", id);
        }
        return Rows.readable(tx, "Lead-commissioner arrangement", query, (rs, ctx) -> new LeadCommissioning(rs.getLong("id"),
                        Rows.financialYear(rs, "financial_year"), rs.getLong("lead_id"),
                        rs.getString("lead_name"), rs.getLong("provider_id"), rs.getString("provider_name"),
                        rs.getString("note")));
    }

    private static Map<Long, List<String>> aliases(Handle h) {
        Map<Long, List<String>> byOrganisation = new HashMap<>();
        h.createQuery("SELECT organisation_id, alias FROM organisation_alias ORDER BY alias")
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> byOrganisation.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byOrganisation;
    }

    private static Organisation map(ResultSet rs, Map<Long, List<String>> aliases) throws SQLException {
        long id = rs.getLong("id");
        return new Organisation(id, rs.getString("name"), Rows.enumValue(rs, "org_type", OrganisationType.class),
                rs.getString("code"), rs.getString("sector"), rs.getObject("parent_id", Long.class),
                rs.getObject("active_from", LocalDate.class), rs.getObject("active_to", LocalDate.class),
                rs.getString("notes"), aliases.getOrDefault(id, List.of()), Stamps.read(rs, ""));
    }
}
