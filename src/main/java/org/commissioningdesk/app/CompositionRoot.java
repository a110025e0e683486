package org.commissioningdesk.app;

import java.util.List;

import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ViewLoader;
import org.commissioningdesk.dashboard.DashboardController;
import org.commissioningdesk.dashboard.DashboardViewModel;
import org.commissioningdesk.organisation.OrganisationAuditWords;
import org.commissioningdesk.organisation.OrganisationsController;
import org.commissioningdesk.organisation.OrganisationsViewModel;
import org.commissioningdesk.common.editor.EditorHeader;
import org.commissioningdesk.common.editor.HistoryTab;
import org.commissioningdesk.persistence.AuditWords;
import org.commissioningdesk.prospectus.ProspectusAuditWords;
import org.commissioningdesk.prospectus.ProspectusConsultationTab;
import org.commissioningdesk.prospectus.ProspectusEditorController;
import org.commissioningdesk.prospectus.ProspectusFinanceTab;
import org.commissioningdesk.prospectus.ProspectusInheritedList;
import org.commissioningdesk.prospectus.ProspectusNarrativeTab;
import org.commissioningdesk.prospectus.ProspectusPrioritiesTab;
import org.commissioningdesk.prospectus.ProspectusEditorViewModel;
import org.commissioningdesk.prospectus.ProspectusListViewModel;
import org.commissioningdesk.prospectus.ProspectusesController;
import org.commissioningdesk.specification.SpecificationAuditWords;
import org.commissioningdesk.specification.SpecificationComparisonPane;
import org.commissioningdesk.specification.SpecificationEditorController;
import org.commissioningdesk.specification.SpecificationLinksTab;
import org.commissioningdesk.specification.SpecificationPathwayTab;
import org.commissioningdesk.specification.SpecificationQualityTab;
import org.commissioningdesk.specification.SpecificationSectionsTab;
import org.commissioningdesk.specification.SpecificationEditorViewModel;
import org.commissioningdesk.specification.SpecificationListViewModel;
import org.commissioningdesk.specification.SpecificationsController;

/**
 * Where the application is wired: every controller is registered here with what it needs, built
 * from the services of the open database. Nothing else creates controllers.
 */
final class CompositionRoot {

    /** How the audit trail reads where it lists changes to every kind of record: each feature's words. */
    private static final AuditWords AUDIT_WORDS = AuditWords.of(java.util.stream.Stream.of(
            OrganisationAuditWords.ALL, List.of(ProspectusAuditWords.VOCABULARY), SpecificationAuditWords.ALL)
            .flatMap(List::stream).toList());

    private CompositionRoot() {
    }

    /**
     * The loader for the screens over one open database.
     *
     * @param loadStarterPack offers the London starter pack (the dashboard's button on an empty register)
     */
    static ViewLoader screens(Services services, TaskRunner runner, org.commissioningdesk.export.ExportRequests exports,
                              Runnable loadStarterPack) {
        // The list and the editor of the Prospectuses screen share the editor's state.
        ProspectusEditorViewModel prospectusEditor =
                new ProspectusEditorViewModel(services.prospectuses(), runner, services.clock());
        // So do the library and the editor of the Specifications screen.
        SpecificationEditorViewModel specificationEditor =
                new SpecificationEditorViewModel(services.specifications(), runner);
        return new ViewLoader()
                .register(DashboardController.class, () -> new DashboardController(
                        new DashboardViewModel(services.dashboard(), runner), AUDIT_WORDS, loadStarterPack))
                .register(OrganisationsController.class,
                        () -> new OrganisationsController(new OrganisationsViewModel(services.organisations(), runner), exports))
                .register(ProspectusesController.class, () -> new ProspectusesController(
                        new ProspectusListViewModel(services.prospectuses(), runner), prospectusEditor, exports))
                .register(EditorHeader.class, EditorHeader::new)
                .register(HistoryTab.class, HistoryTab::new)
                .register(ProspectusEditorController.class, () -> new ProspectusEditorController(prospectusEditor, exports))
                .register(ProspectusNarrativeTab.class, () -> new ProspectusNarrativeTab(prospectusEditor))
                .register(ProspectusPrioritiesTab.class, () -> new ProspectusPrioritiesTab(prospectusEditor))
                .register(ProspectusInheritedList.class, () -> new ProspectusInheritedList(prospectusEditor))
                .register(ProspectusConsultationTab.class, () -> new ProspectusConsultationTab(prospectusEditor))
                .register(ProspectusFinanceTab.class, () -> new ProspectusFinanceTab(prospectusEditor))
                .register(SpecificationsController.class, () -> new SpecificationsController(
                        new SpecificationListViewModel(services.specifications(), runner), specificationEditor, exports))
                .register(SpecificationEditorController.class,
                        () -> new SpecificationEditorController(specificationEditor, exports))
                .register(SpecificationSectionsTab.class, () -> new SpecificationSectionsTab(specificationEditor))
                .register(SpecificationPathwayTab.class, () -> new SpecificationPathwayTab(specificationEditor))
                .register(SpecificationQualityTab.class, () -> new SpecificationQualityTab(specificationEditor))
                .register(SpecificationLinksTab.class, () -> new SpecificationLinksTab(specificationEditor))
                .register(SpecificationComparisonPane.class, () -> new SpecificationComparisonPane(specificationEditor, exports));
    }
}
