package org.commissioningdesk.dashboard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.commissioningdesk.common.TaskRunner;

/** The dashboard's state: the latest summary, loaded in the background. */
public final class DashboardViewModel {

    private final DashboardService service;
    private final TaskRunner runner;
    private final ObjectProperty<DashboardSummary> summary = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public DashboardViewModel(DashboardService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    public void refresh() {
        runner.run("dashboard", service::summary, s -> {
            summary.set(s);
            message.set("");
        }, failure -> message.set("Could not load the dashboard: " + failure.getMessage()));
    }

    public ObjectProperty<DashboardSummary> summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
