package org.commissioningdesk.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.commissioningdesk.common.Failures;
import org.commissioningdesk.common.TaskRunner;

/** The dashboard's state: the latest summary, loaded in the background, and whether the register is empty. */
public final class DashboardViewModel {

    private final DashboardService service;
    private final TaskRunner runner;
    private final ObjectProperty<DashboardSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper registerEmpty = new ReadOnlyBooleanWrapper(false);

    public DashboardViewModel(DashboardService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    public void refresh() {
        runner.run("dashboard", service::summary, s -> {
            summary.set(s);
            registerEmpty.set(s.active() + s.retired() == 0);
            message.set("");
        }, failure -> message.set("Could not load the dashboard. " + Failures.describe(failure)));
    }

    public ObjectProperty<DashboardSummary> summaryProperty() {
        return summary;
    }

    /** True while the register holds no organisation at all, active or retired: the database is still to be filled. */
    public ReadOnlyBooleanProperty registerEmptyProperty() {
        return registerEmpty.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }
}
