package org.commissioningdesk.specification;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.editor.BindingGroup;
import org.commissioningdesk.common.editor.ChildList;
import org.commissioningdesk.common.editor.FormFields;

/**
 * The specification editor's Care pathway tab: the steps in order beside the form of the one chosen,
 * and the pathway drawn left to right underneath with the longest wait on each arrow.
 */
public final class SpecificationPathwayTab {

    private final SpecificationEditorViewModel vm;
    private final PathwayDiagram diagram = new PathwayDiagram();

    @FXML private TableView<PathwayStepForm> stepTable;
    @FXML private TableColumn<PathwayStepForm, Integer> stepNumberColumn;
    @FXML private TableColumn<PathwayStepForm, String> stepSettingColumn;
    @FXML private TableColumn<PathwayStepForm, String> stepWhoColumn;
    @FXML private TableColumn<PathwayStepForm, String> stepWhatColumn;
    @FXML private TableColumn<PathwayStepForm, String> stepWaitColumn;
    @FXML private Button addStepButton;
    @FXML private Button removeStepButton;
    @FXML private Button stepUpButton;
    @FXML private Button stepDownButton;
    @FXML private GridPane stepForm;
    @FXML private Label stepFormTitle;
    @FXML private TextField stepSettingField;
    @FXML private Label stepSettingError;
    @FXML private TextField stepWhoField;
    @FXML private Label stepWhoError;
    @FXML private TextArea stepWhatField;
    @FXML private Label stepWhatError;
    @FXML private TextField stepWaitField;
    @FXML private Label stepWaitError;
    @FXML private ScrollPane diagramScroll;

    private ChildList<PathwayStepForm> list;

    public SpecificationPathwayTab(SpecificationEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        FormFields fields = new FormFields(vm.session(), vm::error);
        list = new ChildList<>(stepTable, vm.form().pathway(), vm.session())
                .keyedBy(f -> vm.form().pathway().indexOf(f))
                .numbered(stepNumberColumn)
                .errorsUnder("step")
                .adds(addStepButton, vm.form()::addStep, stepSettingField)
                .removes(removeStepButton, f -> Dialogs.confirm(stepTable, "Remove step " + (vm.form().pathway().indexOf(f) + 1)
                        + "?", "The step is removed from the pathway when you save.", "Remove"), f -> vm.form().pathway().remove(f))
                .moves(stepUpButton, stepDownButton)
                .detail(stepForm, this::show);
        stepSettingColumn.setCellValueFactory(c -> c.getValue().settingProperty());
        org.commissioningdesk.common.Tables.titleTakesSpare(stepTable, stepWhatColumn);
        stepWhoColumn.setCellValueFactory(c -> c.getValue().whoProperty());
        stepWhatColumn.setCellValueFactory(c -> c.getValue().whatProperty());
        stepWaitColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> waitText(c.getValue()),
                c.getValue().maxWaitDaysProperty()));
        var selection = stepTable.getSelectionModel();
        stepFormTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = selection.getSelectedIndex();
            return i < 0 ? (vm.form().pathway().isEmpty() ? "Add a step to start the pathway." : "Choose a step to edit it.")
                    : "Step " + (i + 1);
        }, selection.selectedIndexProperty(), vm.form().pathway()));
        fields.editable(stepSettingField, stepWhoField, stepWhatField, stepWaitField);
        FormFields.growing(stepWhatField);
        fields.mark(stepSettingError, () -> keys("setting"), stepSettingField);
        fields.mark(stepWhoError, () -> keys("who"), stepWhoField);
        fields.mark(stepWhatError, () -> keys("what"), stepWhatField);
        fields.mark(stepWaitError, () -> keys("maxWaitDays"), stepWaitField);
        vm.form().pathway().addListener((ListChangeListener<PathwayStepForm>) c -> redraw());
        diagramScroll.setContent(diagram);
        redraw();
    }

    private void show(PathwayStepForm f, BindingGroup group) {
        if (f == null) {
            for (TextInputControl t : List.of(stepSettingField, stepWhoField, stepWhatField, stepWaitField)) {
                t.setText("");
            }
            return;
        }
        group.bind(stepSettingField.textProperty(), f.settingProperty());
        group.bind(stepWhoField.textProperty(), f.whoProperty());
        group.bind(stepWhatField.textProperty(), f.whatProperty());
        group.bind(stepWaitField.textProperty(), f.maxWaitDaysProperty());
    }

    private List<String> keys(String field) {
        int i = list == null ? -1 : list.selectedIndex();
        return i < 0 ? List.of() : List.of(SpecificationRules.stepField(i, field));
    }

    private static String waitText(PathwayStepForm f) {
        String typed = typedWait(f);
        if (typed.isEmpty()) {
            return "";
        }
        return typed.equals("1") ? "1 day" : typed.matches("\\d+") ? typed + " days" : typed;
    }

    private void redraw() {
        diagram.show(vm.form().pathway().stream().map(f -> new PathwayDiagram.Box(
                f.settingProperty().get(), f.whoProperty().get(), f.whatProperty().get(), arrowText(f))).toList());
    }

    /** The wait written on the arrow into a step: "same day", "within 28 days", or "" when none is set. */
    private static String arrowText(PathwayStepForm f) {
        String typed = typedWait(f);
        if (typed.isEmpty()) {
            return "";
        }
        if (!typed.matches("\\d+")) {
            return "? " + typed;
        }
        int days = Integer.parseInt(typed.length() > 6 ? "999999" : typed);
        return days == 0 ? "same day" : "within " + Plural.count(days, "day");
    }

    private static String typedWait(PathwayStepForm f) {
        return f.maxWaitDaysProperty().get() == null ? "" : f.maxWaitDaysProperty().get().strip();
    }
}
