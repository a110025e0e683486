package org.commissioningdesk.prospectus;

import java.util.List;

import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.commissioningdesk.common.Choices;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.specification.SpecificationSummary;

/**
 * What the prospectus editor offers to choose from: the owners, the service areas already in use,
 * the specifications a priority can be linked to (the latest version of each), and the financial
 * years a cycle can start in. No JavaFX scene types are used.
 */
public final class ProspectusChoices {

    /** What the service gave, read together. */
    record Read(List<Organisation> owners, List<String> serviceAreas, List<SpecificationSummary> specifications) {
    }

    private final ObservableList<Organisation> owners = FXCollections.observableArrayList();
    private final ObservableList<String> serviceAreas = FXCollections.observableArrayList();
    private final ObservableList<SpecificationSummary> specifications = FXCollections.observableArrayList();
    private final ObservableList<FinancialYear> years = FXCollections.observableArrayList();

    /** The years from 2000 (or three before {@code thisYear}) to five after it. */
    ProspectusChoices(FinancialYear thisYear) {
        for (int y = Math.min(2000, thisYear.startYear() - 3); y <= thisYear.startYear() + 5; y++) {
            years.add(new FinancialYear(y));
        }
    }

    /** Replaces the choices with those read, keeping the owner chosen (even one no longer offered). */
    void replace(Read read, Property<Organisation> owner) {
        Choices.replaceKeepingChosen(owners, read.owners(), owner, Organisation::id);
        serviceAreas.setAll(read.serviceAreas());
        specifications.setAll(read.specifications());
    }

    /**
     * The owner with {@code id} from the choices; until they arrive, an opened prospectus {@code p}
     * shows its owner by name. Null for no owner.
     */
    Organisation owner(Long id, Prospectus p) {
        if (id == null) {
            return null;
        }
        return owners.stream().filter(x -> x.id() == id).findFirst().orElse(p == null ? null : placeholderOwner(p));
    }

    /** Until the owners list arrives, an opened prospectus shows its owner by name. */
    private static Organisation placeholderOwner(Prospectus p) {
        return new Organisation(p.ownerId(), p.ownerName(), levelType(p.level()), null, null, null, null, null, null, List.of(), null);
    }

    private static org.commissioningdesk.organisation.OrganisationType levelType(ProspectusLevel level) {
        return switch (level) {
            case PRACTICE -> org.commissioningdesk.organisation.OrganisationType.PBC_GROUP;
            case PCT -> org.commissioningdesk.organisation.OrganisationType.PCT;
            case LCG -> org.commissioningdesk.organisation.OrganisationType.LCG;
            case LONDON -> org.commissioningdesk.organisation.OrganisationType.LONDON_COMMISSIONING_GROUP;
        };
    }

    /** How a linked specification is shown: "Primary PCI for heart attack (v2, Agreed)". */
    public String specificationLabel(long seriesId) {
        return specifications.stream().filter(s -> s.seriesId() == seriesId).findFirst()
                .map(s -> s.title() + " (v" + s.version() + ", " + s.status().label() + ")")
                .orElse("Specification " + seriesId);
    }

    public ObservableList<Organisation> owners() {
        return owners;
    }

    public ObservableList<String> serviceAreas() {
        return serviceAreas;
    }

    /** The specifications a priority can be linked to: the latest version of each. */
    public ObservableList<SpecificationSummary> specifications() {
        return specifications;
    }

    public ObservableList<FinancialYear> years() {
        return years;
    }
}
