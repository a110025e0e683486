package org.commissioningdesk.prospectus;

import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.FieldMarks;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Pickers;
import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.editor.EditorHeader;
import org.commissioningdesk.common.editor.FormFields;
import org.commissioningdesk.common.editor.HistoryTab;
import org.commissioningdesk.common.editor.Leaving;
import org.commissioningdesk.export.ExportRequests;
import org.commissioningdesk.organisation.Organisation;

/**
 * The prospectus editor's shell: the shared header (with the prospectus workflow's steps), the
 * owner, title and cycle, and the tabs, each with its own controller (narrative, priorities,
 * consultation, finance) and the shared History tab. Nothing is written until Save.
 */
public final class ProspectusEditorController {

    private final ProspectusEditorViewModel vm;
    private final ExportRequests exports;
    private final FieldMarks marks = new FieldMarks();

    @FXML private EditorHeader headerController;
    @FXML private HistoryTab historyController;
    @FXML private ComboBox<Organisation> ownerField;
    @FXML private Label ownerError;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<FinancialYear> firstYearField;
    @FXML private ComboBox<Integer> cycleYearsField;
    @FXML private Label cycleError;
    @FXML private Label levelLabel;
    @FXML private TabPane tabs;
    @FXML private Tab consultationTab;

    public ProspectusEditorController(ProspectusEditorViewModel vm, ExportRequests exports) {
        this.vm = vm;
        this.exports = exports;
    }

    @FXML
    private void initialize() {
        setUpHeader();
        setUpFields();
        setUpHistory();
        vm.openProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    tabs.getSelectionModel().selectFirst();
                    (vm.loadedProperty().get() == null ? ownerField : tabs).requestFocus();
                });
            }
        });
    }

    private void setUpHeader() {
        var loaded = vm.loadedProperty();
        headerController.attach(vm.session(), "← _All prospectuses",
                Bindings.createStringBinding(() -> loaded.get() == null ? "New prospectus" : loaded.get().title(), loaded),
                Bindings.createStringBinding(() -> loaded.get() == null ? "Not saved yet"
                        : "Version " + loaded.get().version() + " · " + loaded.get().status().label(), loaded),
                Bindings.createStringBinding(() -> loaded.get() == null ? ""
                        : "status-" + loaded.get().status().name().toLowerCase(Locale.ROOT), loaded),
                Bindings.createStringBinding(() -> readOnlyNote(loaded.get()), loaded));
        headerController.onBack(this::onBack);
        headerController.onSave(this::onSave);
        headerController.onDiscard(this::onDiscard);
        headerController.onExport(this::onExport);
        headerController.step("consultButton", "Send out for _consultation…", vm.allowed(ProspectusWorkflow.CONSULT), true,
                this::onConsult);
        headerController.step("approveButton", "Record _Board approval…", vm.allowed(ProspectusWorkflow.APPROVE), true,
                this::onApprove);
        headerController.step("publishButton", "_Publish", vm.allowed(ProspectusWorkflow.PUBLISH), true, this::onPublish);
        headerController.step("returnButton", "_Return to draft…", vm.allowed(ProspectusWorkflow.RETURN), true,
                this::onReturn);
        headerController.step("editorNewVersionButton", "New _version", vm.allowed(ProspectusWorkflow.NEW_VERSION), false,
                vm::newVersion);
        headerController.step("editorDeleteButton", "_Delete draft…", vm.allowed(ProspectusWorkflow.DELETE), false,
                this::onDelete);
    }

    private static String readOnlyNote(Prospectus p) {
        if (p == null) {
            return "";
        }
        return switch (p.status()) {
            case BOARD_APPROVED -> "Approved by the Board on " + UkDates.format(p.boardMeetingDate())
                    + ". It is read-only: publish it, or return it to draft to change it.";
            case PUBLISHED -> "Published" + (p.boardMeetingDate() == null ? "" : " (Board approval "
                    + UkDates.format(p.boardMeetingDate()) + ")") + ". It is read-only: make a new version to change it.";
            case SUPERSEDED -> "Superseded by a later version. It is read-only and kept for the record.";
            default -> "";
        };
    }

    private void setUpFields() {
        ownerField.setItems(vm.choices().owners());
        ownerField.valueProperty().bindBidirectional(vm.form().ownerProperty());
        Pickers.searchable(ownerField, Organisation::name);
        // The owner and cycle are fixed once a prospectus has moved on or has versions.
        BooleanBinding fixed = Bindings.createBooleanBinding(() -> {
            Prospectus p = vm.loadedProperty().get();
            return !vm.editableProperty().get() || (p != null && (p.status() != ProspectusStatus.DRAFT || p.version() > 1));
        }, vm.loadedProperty(), vm.editableProperty());
        FormFields.lockedWhile(fixed, ownerField, firstYearField, cycleYearsField);
        titleField.textProperty().bindBidirectional(vm.form().titleProperty());
        FormFields.editableWhile(vm.editableProperty(), titleField);
        firstYearField.setItems(vm.choices().years());
        firstYearField.valueProperty().bindBidirectional(vm.form().firstYearProperty());
        cycleYearsField.getItems().setAll(1, 2, 3);
        cycleYearsField.valueProperty().bindBidirectional(vm.form().cycleYearsProperty());
        cycleYearsField.setConverter(ComboBoxes.shown(n -> Plural.count(n, "year")));
        levelLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.levelProperty().get() == null
                ? "Follows from the owner" : vm.levelProperty().get().label(), vm.levelProperty()));
        marks.mark(ownerError, () -> List.of("ownerId"), ownerField);
        marks.mark(titleError, () -> List.of("title"), titleField);
        marks.mark(cycleError, () -> List.of("firstYear", "cycleYears"), firstYearField, cycleYearsField);
        vm.errors().addListener((javafx.collections.MapChangeListener<String, String>) c -> marks.refresh(vm::error));
        vm.showErrorsProperty().addListener((obs, was, now) -> marks.refresh(vm::error));
        marks.refresh(vm::error);
    }

    private void setUpHistory() {
        historyController.showVersions(vm.versions(), v -> new HistoryTab.Version(v.id(), v.version(), v.status().label(),
                        v.firstYear() == null ? "" : v.firstYear().toString(), v.title(),
                        vm.loadedProperty().get() != null && vm.loadedProperty().get().id() == v.id()),
                "Cycle from", id -> leaveThen(() -> vm.open(id, null)));
        historyController.showChanges(vm.statusChanges(), c -> new HistoryTab.Change(c.at(), c.to().label()
                + (c.boardMeetingDate() == null ? "" : " (Board " + UkDates.format(c.boardMeetingDate()) + ")"),
                c.by(), c.note()));
        historyController.showAudit(vm.audit(), org.commissioningdesk.persistence.AuditEntry::line,
                (change, shown) -> vm.showChangeDetails(change.id(), shown));
    }

    // ---- the header's buttons

    private void onExport() {
        if (Dialogs.exportSavedVersion(headerController.owner(), vm.dirtyProperty().get())) {
            vm.exportJob().ifPresent(exports::export);
        }
    }

    private void onSave() {
        // A date typed but not committed (no Enter or Tab) is taken as typed.
        DateFields.commitTyped(tabs);
        vm.save(null);
    }

    private void onDiscard() {
        Prospectus p = vm.loadedProperty().get();
        if (!Dialogs.confirm(headerController.owner(), "Discard changes?", "Everything typed since the last save will be lost.",
                "Discard changes")) {
            return;
        }
        if (p == null) {
            vm.startNew();
        } else {
            vm.open(p.id(), null);
        }
    }

    private void onBack() {
        leaveThen(vm::close);
    }

    /** Leaves the prospectus shown by {@code leave}, asking first to save, not save, or stay. */
    private void leaveThen(Runnable leave) {
        Leaving.leave(headerController.owner(), "prospectus", vm.dirtyProperty()::get, vm::save, leave);
    }

    private void onConsult() {
        Prospectus p = vm.loadedProperty().get();
        if (p != null) {
            steps().consult(p);
        }
    }

    private void onApprove() {
        Prospectus p = vm.loadedProperty().get();
        if (p != null) {
            steps().approve(p);
        }
    }

    private void onPublish() {
        Prospectus p = vm.loadedProperty().get();
        if (p != null) {
            steps().publish(p);
        }
    }

    private void onReturn() {
        Prospectus p = vm.loadedProperty().get();
        if (p != null) {
            steps().returnToDraft(p);
        }
    }

    private ProspectusSteps steps() {
        return new ProspectusSteps(headerController.owner(), vm);
    }

    private void onDelete() {
        Prospectus p = vm.loadedProperty().get();
        if (p != null && Dialogs.confirm(headerController.owner(), "Delete " + p.title() + "?", "Version " + p.version()
                + " is a draft. Deleting it cannot be undone here; the audit trail keeps a copy.", "Delete draft")) {
            vm.delete(null);
        }
    }
}
