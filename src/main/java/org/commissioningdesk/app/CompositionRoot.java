package org.commissioningdesk.app;

import java.util.List;

import org.commissioningdesk.common.TaskRunner;
import org.commissioningdesk.common.ViewLoader;
import org.commissioningdesk.export.ExportRequests;
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
 * from the services of the open database. Nothing else creates controllers. Each screen is wired on
 * its own, when it is first shown, so its view models are made only then.
 */
final class CompositionRoot {

    private CompositionRoot() {
    }

    /**
     * How to build each screen over one open database.
     *
     * @param loadStarterPack offers the London starter pack (the dashboard's button on an empty register)
     */
    static ScreenDeck.Builder screens(Services services, TaskRunner runner, ExportRequests exports,
                                      Runnable loadStarterPack) {
        return screen -> switch (screen) {
            case DASHBOARD -> new ViewLoader().register(DashboardController.class, () -> new DashboardController(
                    new DashboardViewModel(services.dashboard(), runner), loadStarterPack))
                    .load(DashboardController.class, "Dashboard.fxml");
            case ORGANISATIONS -> new ViewLoader().register(OrganisationsController.class, () ->
                    new OrganisationsController(new OrganisationsViewModel(services.organisations(), runner), exports))
                    .load(OrganisationsController.class, "Organisations.fxml");
            case PROSPECTUSES -> prospectuses(services, runner, exports).load(ProspectusesController.class, "Prospectuses.fxml");
            case SPECIFICATIONS -> specifications(services, runner, exports)
                    .load(SpecificationsController.class, "Specifications.fxml");
        };
    }

    /** What every record editor includes: its header and its History tab. */
    private static ViewLoader editorKit() {
        return new ViewLoader()
                .register(EditorHeader.class, EditorHeader::new)
                .register(HistoryTab.class, HistoryTab::new);
    }

    private static ViewLoader prospectuses(Services services, TaskRunner runner, ExportRequests exports) {
        // The list and the editor of the Prospectuses screen share the editor's state.
        ProspectusEditorViewModel editor = new ProspectusEditorViewModel(services.prospectuses(), runner, services.clock());
        return editorKit()
                .register(ProspectusesController.class, () -> new ProspectusesController(
                        new ProspectusListViewModel(services.prospectuses(), runner), editor, exports))
                .register(ProspectusEditorController.class, () -> new ProspectusEditorController(editor, exports))
                .register(ProspectusNarrativeTab.class, () -> new ProspectusNarrativeTab(editor))
                .register(ProspectusPrioritiesTab.class, () -> new ProspectusPrioritiesTab(editor))
                .register(ProspectusInheritedList.class, () -> new ProspectusInheritedList(editor))
                .register(ProspectusConsultationTab.class, () -> new ProspectusConsultationTab(editor))
                .register(ProspectusFinanceTab.class, () -> new ProspectusFinanceTab(editor));
    }

    private static ViewLoader specifications(Services services, TaskRunner runner, ExportRequests exports) {
        // So do the library and the editor of the Specifications screen.
        SpecificationEditorViewModel editor = new SpecificationEditorViewModel(services.specifications(), runner);
        return editorKit()
                .register(SpecificationsController.class, () -> new SpecificationsController(
                        new SpecificationListViewModel(services.specifications(), runner), editor, exports))
                .register(SpecificationEditorController.class, () -> new SpecificationEditorController(editor, exports))
                .register(SpecificationSectionsTab.class, () -> new SpecificationSectionsTab(editor))
                .register(SpecificationPathwayTab.class, () -> new SpecificationPathwayTab(editor))
                .register(SpecificationQualityTab.class, () -> new SpecificationQualityTab(editor))
                .register(SpecificationLinksTab.class, () -> new SpecificationLinksTab(editor))
                .register(SpecificationComparisonPane.class, () -> new SpecificationComparisonPane(editor, exports));
    }
}
