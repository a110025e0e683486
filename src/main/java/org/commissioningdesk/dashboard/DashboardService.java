package org.commissioningdesk.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.organisation.OrganisationRepository;
import org.commissioningdesk.organisation.OrganisationType;
import org.commissioningdesk.persistence.AuditLog;
import org.commissioningdesk.persistence.Transactions;
import org.commissioningdesk.prospectus.ProspectusRepository;
import org.commissioningdesk.specification.SpecificationRepository;

/** Gathers the dashboard's figures in one read. */
public final class DashboardService {

    static final int RECENT = 15;

    private final Transactions transactions;
    private final OrganisationRepository organisations;
    private final ProspectusRepository prospectuses;
    private final SpecificationRepository specifications;
    private final AuditLog audit;

    public DashboardService(Transactions transactions, OrganisationRepository organisations,
                            ProspectusRepository prospectuses, SpecificationRepository specifications, AuditLog audit) {
        this.transactions = transactions;
        this.organisations = organisations;
        this.prospectuses = prospectuses;
        this.specifications = specifications;
        this.audit = audit;
    }

    public DashboardSummary summary() {
        return transactions.read(tx -> {
            List<Organisation> all = organisations.findAll(tx);
            Map<OrganisationType, Long> byType = new EnumMap<>(OrganisationType.class);
            all.stream().filter(o -> !o.isRetired()).forEach(o -> byType.merge(o.type(), 1L, Long::sum));
            long retired = all.stream().filter(Organisation::isRetired).count();
            int leads = organisations.allLeadCommissioning(tx).size();
            return new DashboardSummary(byType, retired, leads, prospectuses.countByStatus(tx),
                    prospectuses.unansweredResponses(tx), specifications.countByStatus(tx), audit.recent(tx, RECENT));
        });
    }
}
