package org.commissioningdesk.prospectus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.common.editor.BindingGroup;
import org.commissioningdesk.common.editor.ChildList;
import org.commissioningdesk.common.editor.FormFields;

/**
 * The prospectus editor's Consultation tab: the log of responses received (who, when, about which
 * priority, what they said and what the PCT did about it), with counts by source and answered.
 */
public final class ProspectusConsultationTab {

    private static final String WHOLE = "The prospectus as a whole";

    private final ProspectusEditorViewModel vm;

    @FXML private Label consultationCounts;
    @FXML private TableView<ResponseForm> responseTable;
    @FXML private TableColumn<ResponseForm, String> responseDateColumn;
    @FXML private TableColumn<ResponseForm, String> responseSourceColumn;
    @FXML private TableColumn<ResponseForm, String> responseFromColumn;
    @FXML private TableColumn<ResponseForm, String> responsePriorityColumn;
    @FXML private TableColumn<ResponseForm, String> responseAnsweredColumn;
    @FXML private Button addResponseButton;
    @FXML private Button removeResponseButton;
    @FXML private GridPane responseForm;
    @FXML private ComboBox<SourceType> sourceField;
    @FXML private Label sourceError;
    @FXML private TextField respondentField;
    @FXML private Label respondentError;
    @FXML private DatePicker receivedField;
    @FXML private Label receivedError;
    @FXML private ComboBox<String> responsePriorityField;
    @FXML private Label responsePriorityError;
    @FXML private TextArea responseSummaryField;
    @FXML private Label responseSummaryError;
    @FXML private TextArea pctResponseField;
    @FXML private Label pctResponseError;
    @FXML private CheckBox answeredField;

    private ChildList<ResponseForm> list;
    /** True while a response is put in the form, or a date put back (not the person's change). */
    private boolean showing;

    public ProspectusConsultationTab(ProspectusEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        FormFields fields = new FormFields(vm.session(), vm::error);
        list = new ChildList<>(responseTable, vm.form().consultation(), vm.session())
                .keyedBy(r -> vm.form().consultation().indexOf(r))
                .errorsUnder("consultation")
                .adds(addResponseButton, this::addResponse, sourceField)
                .removes(removeResponseButton, r -> Dialogs.confirm(responseTable, "Remove this response?",
                        "The response is removed from the log when you save; the audit trail keeps a copy.", "Remove"),
                        r -> vm.form().consultation().remove(r))
                .detail(responseForm, this::show);
        responseDateColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> UkDates.format(c.getValue().receivedOnProperty().get()), c.getValue().receivedOnProperty()));
        responseSourceColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().sourceProperty().get() == null
                ? "" : c.getValue().sourceProperty().get().label(), c.getValue().sourceProperty()));
        responseFromColumn.setCellValueFactory(c -> c.getValue().respondentProperty());
        responsePriorityColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().priorityKeyProperty().get() == null ? "(the whole prospectus)"
                        : vm.form().priorityTitle(c.getValue().priorityKeyProperty().get()), c.getValue().priorityKeyProperty(), vm.form().priorities()));
        responseAnsweredColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().answeredProperty().get() ? "Yes" : "Not yet", c.getValue().answeredProperty()));
        org.commissioningdesk.common.Tables.titleTakesSpare(responseTable, responsePriorityColumn);
        sourceField.getItems().setAll(SourceType.values());
        DateFields.ukDates(receivedField, problem -> {
        });
        receivedField.valueProperty().addListener((obs, was, now) -> {
            if (!showing && !lateAllowed(now)) {
                showing = true;
                try {
                    receivedField.setValue(was);
                } finally {
                    showing = false;
                }
            }
        });
        responsePriorityField.setConverter(ComboBoxes.shown(key -> key == null ? WHOLE : vm.form().priorityTitle(key)));
        responsePriorityField.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                setText(empty ? null : key == null ? WHOLE : vm.form().priorityTitle(key));
            }
        });
        vm.form().priorities().addListener((ListChangeListener<PriorityForm>) c -> refreshPriorityChoices());
        refreshPriorityChoices();
        fields.editable(respondentField, responseSummaryField, pctResponseField);
        fields.locked(sourceField, receivedField, responsePriorityField, answeredField);
        FormFields.growing(responseSummaryField);
        FormFields.growing(pctResponseField);
        fields.mark(sourceError, () -> keys("source"), sourceField);
        fields.mark(respondentError, () -> keys("respondent"), respondentField);
        fields.mark(receivedError, () -> keys("receivedOn"), receivedField);
        fields.mark(responsePriorityError, () -> keys("priorityKey"), responsePriorityField);
        fields.mark(responseSummaryError, () -> keys("summary"), responseSummaryField);
        fields.mark(pctResponseError, () -> keys("response"), pctResponseField);
        consultationCounts.textProperty().bind(Bindings.createStringBinding(this::counts, vm.form().consultation(),
                vm.loadedProperty()));
    }

    /** A new response, received today; after the consultation closed, only once the person has said so. */
    private ResponseForm addResponse() {
        return lateAllowed(vm.today()) ? vm.addResponse() : null;
    }

    /** Whether a response dated {@code date} may be logged: after the consultation closed, the person is asked. */
    private boolean lateAllowed(java.time.LocalDate date) {
        Prospectus p = vm.loadedProperty().get();
        ConsultationPeriod period = p == null ? null : p.consultationPeriod();
        return period == null || !period.closedBefore(date) || Dialogs.confirm(responseTable, "Log a late response?",
                "The consultation closed on " + UkDates.format(period.closes()) + "; this response is dated "
                        + UkDates.format(date) + ". Log it anyway? The Board will see it as received after the close.",
                "Log late response");
    }

    private void show(ResponseForm r, BindingGroup group) {
        showing = true;
        try {
            showResponse(r, group);
        } finally {
            showing = false;
        }
    }

    private void showResponse(ResponseForm r, BindingGroup group) {
        if (r == null) {
            for (TextInputControl t : List.of(respondentField, responseSummaryField, pctResponseField)) {
                t.setText("");
            }
            sourceField.setValue(null);
            receivedField.setValue(null);
            responsePriorityField.setValue(null);
            answeredField.setSelected(false);
            return;
        }
        group.bind(sourceField.valueProperty(), r.sourceProperty());
        group.bind(respondentField.textProperty(), r.respondentProperty());
        group.bind(receivedField.valueProperty(), r.receivedOnProperty());
        group.bind(responsePriorityField.valueProperty(), r.priorityKeyProperty());
        group.bind(responseSummaryField.textProperty(), r.summaryProperty());
        group.bind(pctResponseField.textProperty(), r.responseProperty());
        group.bind(answeredField.selectedProperty(), r.answeredProperty());
    }

    private void refreshPriorityChoices() {
        List<String> keys = new ArrayList<>();
        keys.add(null);
        vm.form().priorities().forEach(p -> keys.add(p.key()));
        ComboBoxes.replaceItems(responsePriorityField, keys);
    }

    private String counts() {
        Prospectus p = vm.loadedProperty().get();
        String period = p == null || p.consultationPeriod() == null ? "" : p.consultationPeriod().describe() + ".  ";
        int n = vm.form().consultation().size();
        if (n == 0) {
            return period + "No consultation responses logged yet.";
        }
        Map<SourceType, Long> bySource = new EnumMap<>(SourceType.class);
        vm.form().consultation().forEach(r -> {
            if (r.sourceProperty().get() != null) {
                bySource.merge(r.sourceProperty().get(), 1L, Long::sum);
            }
        });
        long unanswered = vm.form().consultation().stream().filter(r -> !r.answeredProperty().get()).count();
        return period + Plural.count(n, "response") + " received, " + (n - unanswered) + " answered, "
                + unanswered + " unanswered.  By source: " + bySource.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private List<String> keys(String field) {
        int i = list == null ? -1 : list.selectedIndex();
        return i < 0 ? List.of() : List.of(ProspectusRules.consultationField(i, field));
    }
}
