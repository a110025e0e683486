package org.commissioningdesk.specification;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.editor.BindingGroup;
import org.commissioningdesk.common.editor.ChildList;
import org.commissioningdesk.common.editor.FormFields;

/**
 * The specification editor's Quality requirements tab: the KPIs beside the form of the one chosen
 * (its target, how it is measured and reported, and what a breach costs the provider).
 */
public final class SpecificationQualityTab {

    private final SpecificationEditorViewModel vm;

    @FXML private TableView<QualityRequirementForm> kpiTable;
    @FXML private TableColumn<QualityRequirementForm, Integer> kpiNumberColumn;
    @FXML private TableColumn<QualityRequirementForm, String> kpiIndicatorColumn;
    @FXML private TableColumn<QualityRequirementForm, String> kpiTargetColumn;
    @FXML private TableColumn<QualityRequirementForm, String> kpiFrequencyColumn;
    @FXML private TableColumn<QualityRequirementForm, String> kpiConsequenceColumn;
    @FXML private Button addKpiButton;
    @FXML private Button removeKpiButton;
    @FXML private Button kpiUpButton;
    @FXML private Button kpiDownButton;
    @FXML private GridPane kpiForm;
    @FXML private Label kpiFormTitle;
    @FXML private TextField kpiIndicatorField;
    @FXML private Label kpiIndicatorError;
    @FXML private ComboBox<Direction> kpiDirectionField;
    @FXML private TextField kpiThresholdField;
    @FXML private TextField kpiUnitField;
    @FXML private Label kpiThresholdError;
    @FXML private TextArea kpiMeasurementField;
    @FXML private Label kpiMeasurementError;
    @FXML private ComboBox<ReportingFrequency> kpiFrequencyField;
    @FXML private Label kpiFrequencyError;
    @FXML private ComboBox<PenaltyKind> kpiPenaltyKindField;
    @FXML private TextField kpiPenaltyField;
    @FXML private Label kpiPenaltyError;
    @FXML private CheckBox kpiRemedialField;
    @FXML private TextArea kpiIncentiveField;
    @FXML private Label kpiIncentiveError;
    @FXML private TextField kpiIncentiveAmountField;
    @FXML private Label kpiIncentiveAmountError;

    private ChildList<QualityRequirementForm> list;

    public SpecificationQualityTab(SpecificationEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        FormFields fields = new FormFields(vm.session(), vm::error);
        list = new ChildList<>(kpiTable, vm.form().quality(), vm.session())
                .keyedBy(f -> vm.form().quality().indexOf(f))
                .numbered(kpiNumberColumn)
                .errorsUnder("kpi")
                .adds(addKpiButton, vm.form()::addRequirement, kpiIndicatorField)
                .removes(removeKpiButton, this::confirmRemove, f -> vm.form().quality().remove(f))
                .moves(kpiUpButton, kpiDownButton)
                .detail(kpiForm, this::show);
        kpiIndicatorColumn.setCellValueFactory(c -> c.getValue().indicatorProperty());
        org.commissioningdesk.common.Tables.titleTakesSpare(kpiTable, kpiIndicatorColumn);
        kpiTargetColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> target(c.getValue()),
                c.getValue().directionProperty(), c.getValue().thresholdProperty(), c.getValue().unitProperty()));
        kpiFrequencyColumn.setCellValueFactory(c -> Bindings.createStringBinding(() ->
                c.getValue().frequencyProperty().get() == null ? "" : c.getValue().frequencyProperty().get().label(),
                c.getValue().frequencyProperty()));
        kpiConsequenceColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> consequence(c.getValue()),
                c.getValue().penaltyKindProperty(), c.getValue().penaltyProperty(), c.getValue().remedialActionPlanProperty()));
        var selection = kpiTable.getSelectionModel();
        kpiFormTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = selection.getSelectedIndex();
            return i < 0 ? (vm.form().quality().isEmpty() ? "Add a quality requirement to start." : "Choose a requirement to edit it.")
                    : "Quality requirement " + (i + 1);
        }, selection.selectedIndexProperty(), vm.form().quality()));
        kpiDirectionField.getItems().setAll(Direction.values());
        kpiDirectionField.setConverter(ComboBoxes.shown(Direction::label));
        kpiFrequencyField.getItems().setAll(ReportingFrequency.values());
        kpiFrequencyField.setConverter(ComboBoxes.shown(ReportingFrequency::label));
        kpiPenaltyKindField.getItems().setAll(PenaltyKind.values());
        kpiPenaltyKindField.setConverter(ComboBoxes.shown(PenaltyKind::label));
        fields.locked(kpiDirectionField, kpiFrequencyField, kpiPenaltyKindField, kpiRemedialField);
        fields.editable(kpiIndicatorField, kpiThresholdField, kpiUnitField, kpiMeasurementField,
                kpiPenaltyField, kpiIncentiveField, kpiIncentiveAmountField);
        FormFields.growing(kpiMeasurementField);
        FormFields.growing(kpiIncentiveField);
        // The amount field follows the kind of penalty: pounds, a percentage, or nothing to fill in.
        kpiPenaltyField.disableProperty().bind(kpiPenaltyKindField.valueProperty().isEqualTo(PenaltyKind.NONE)
                .or(kpiPenaltyKindField.valueProperty().isNull()));
        kpiPenaltyField.promptTextProperty().bind(Bindings.createStringBinding(() ->
                kpiPenaltyKindField.getValue() == PenaltyKind.FIXED ? "£ per breach"
                        : kpiPenaltyKindField.getValue() == PenaltyKind.PERCENT_OF_MONTHLY_VALUE ? "% (0 to 100)" : "",
                kpiPenaltyKindField.valueProperty()));
        fields.mark(kpiIndicatorError, () -> keys("indicator"), kpiIndicatorField);
        fields.mark(kpiThresholdError, () -> keys("direction", "threshold", "unit"));
        fields.mark(null, () -> keys("threshold"), kpiThresholdField);
        fields.mark(null, () -> keys("direction"), kpiDirectionField);
        fields.mark(null, () -> keys("unit"), kpiUnitField);
        fields.mark(kpiMeasurementError, () -> keys("measurement"), kpiMeasurementField);
        fields.mark(kpiFrequencyError, () -> keys("frequency"), kpiFrequencyField);
        fields.mark(kpiPenaltyError, () -> keys("penalty"), kpiPenaltyField);
        fields.mark(kpiIncentiveError, () -> keys("incentive"), kpiIncentiveField);
        fields.mark(kpiIncentiveAmountError, () -> keys("incentiveAmount"), kpiIncentiveAmountField);
    }

    private void show(QualityRequirementForm f, BindingGroup group) {
        if (f == null) {
            for (TextInputControl t : List.of(kpiIndicatorField, kpiThresholdField, kpiUnitField, kpiMeasurementField,
                    kpiPenaltyField, kpiIncentiveField, kpiIncentiveAmountField)) {
                t.setText("");
            }
            kpiDirectionField.setValue(null);
            kpiFrequencyField.setValue(null);
            kpiPenaltyKindField.setValue(null);
            kpiRemedialField.setSelected(false);
            return;
        }
        group.bind(kpiIndicatorField.textProperty(), f.indicatorProperty());
        group.bind(kpiDirectionField.valueProperty(), f.directionProperty());
        group.bind(kpiThresholdField.textProperty(), f.thresholdProperty());
        group.bind(kpiUnitField.textProperty(), f.unitProperty());
        group.bind(kpiMeasurementField.textProperty(), f.measurementProperty());
        group.bind(kpiFrequencyField.valueProperty(), f.frequencyProperty());
        group.bind(kpiPenaltyKindField.valueProperty(), f.penaltyKindProperty());
        group.bind(kpiPenaltyField.textProperty(), f.penaltyProperty());
        group.bind(kpiRemedialField.selectedProperty(), f.remedialActionPlanProperty());
        group.bind(kpiIncentiveField.textProperty(), f.incentiveProperty());
        group.bind(kpiIncentiveAmountField.textProperty(), f.incentiveAmountProperty());
    }

    private boolean confirmRemove(QualityRequirementForm f) {
        String name = f.indicatorProperty().get() == null || f.indicatorProperty().get().isBlank() ? "this requirement"
                : "'" + f.indicatorProperty().get() + "'";
        return Dialogs.confirm(kpiTable, "Remove " + name + "?", "The requirement is removed when you save.", "Remove");
    }

    /** "at least 90 %" as typed. */
    private static String target(QualityRequirementForm f) {
        String threshold = f.thresholdProperty().get() == null ? "" : f.thresholdProperty().get().strip();
        String unit = f.unitProperty().get() == null ? "" : f.unitProperty().get().strip();
        return ((f.directionProperty().get() == null ? "" : f.directionProperty().get().label() + " ")
                + threshold + (unit.isEmpty() ? "" : " " + unit)).strip();
    }

    private String consequence(QualityRequirementForm f) {
        int i = vm.form().quality().indexOf(f);
        return f.toRequirement(Math.max(i, 0), new LinkedHashMap<>()).consequenceText();
    }

    private List<String> keys(String... names) {
        int i = list == null ? -1 : list.selectedIndex();
        return i < 0 ? List.of() : Arrays.stream(names).map(n -> SpecificationRules.kpiField(i, n)).toList();
    }
}
