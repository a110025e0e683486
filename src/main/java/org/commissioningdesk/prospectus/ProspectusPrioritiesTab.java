package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.editor.BindingGroup;
import org.commissioningdesk.common.editor.ChildList;
import org.commissioningdesk.common.editor.FormFields;
import org.commissioningdesk.specification.SpecificationSummary;

/**
 * The prospectus editor's Priorities tab: the list of priorities beside the form of the one chosen
 * (its money per year of the cycle, outcome measures and the specifications that deliver it), with
 * the priorities it inherits underneath.
 */
public final class ProspectusPrioritiesTab {

    private final ProspectusEditorViewModel vm;

    @FXML private TableView<PriorityForm> priorityTable;
    @FXML private TableColumn<PriorityForm, Integer> priorityNumberColumn;
    @FXML private TableColumn<PriorityForm, String> priorityTitleColumn;
    @FXML private TableColumn<PriorityForm, String> priorityAreaColumn;
    @FXML private TableColumn<PriorityForm, ChangeType> priorityChangeColumn;
    @FXML private TableColumn<PriorityForm, String> priorityTotalColumn;
    @FXML private Button addPriorityButton;
    @FXML private Button removePriorityButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private VBox priorityForm;
    @FXML private Label priorityFormTitle;
    @FXML private TextField priorityTitleField;
    @FXML private Label priorityTitleError;
    @FXML private ComboBox<String> serviceAreaField;
    @FXML private Label serviceAreaError;
    @FXML private ComboBox<ChangeType> changeTypeField;
    @FXML private Label changeTypeError;
    @FXML private Label yearLabel0;
    @FXML private Label yearLabel1;
    @FXML private Label yearLabel2;
    @FXML private TextField amount0;
    @FXML private TextField amount1;
    @FXML private TextField amount2;
    @FXML private Label amountError;
    @FXML private TextArea rationaleField;
    @FXML private Label rationaleError;
    @FXML private TextArea inequalityField;
    @FXML private Label inequalityError;
    @FXML private TextField leadOfficerField;
    @FXML private Label leadOfficerError;
    @FXML private VBox linkedSpecificationsBox;
    @FXML private ComboBox<SpecificationSummary> linkSpecificationField;
    @FXML private Button linkSpecificationButton;
    @FXML private Label specificationsError;
    @FXML private Button addOutcomeButton;
    @FXML private VBox outcomesBox;

    private ChildList<PriorityForm> list;
    private FormFields fields;
    private OutcomeRows outcomes;
    private PriorityLinks links;

    public ProspectusPrioritiesTab(ProspectusEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        fields = new FormFields(vm.session(), vm::error);
        outcomes = new OutcomeRows(vm, outcomesBox, fields, this::chosenIndex);
        // Built before the list, which shows its first choice at once.
        links = new PriorityLinks(vm, fields, linkedSpecificationsBox, linkSpecificationField, linkSpecificationButton,
                () -> list == null ? null : list.chosen());
        list = new ChildList<>(priorityTable, vm.form().priorities(), vm.session())
                .keyedBy(PriorityForm::key)
                .numbered(priorityNumberColumn)
                .errorsUnder("priority")
                .adds(addPriorityButton, vm.form()::addPriority, priorityTitleField)
                .removes(removePriorityButton, this::confirmRemove, vm.form()::removePriority)
                .moves(upButton, downButton)
                .detail(priorityForm, this::show);
        priorityTitleColumn.setCellValueFactory(c -> c.getValue().titleProperty());
        org.commissioningdesk.common.Tables.titleTakesSpare(priorityTable, priorityTitleColumn);
        priorityAreaColumn.setCellValueFactory(c -> c.getValue().serviceAreaProperty());
        priorityChangeColumn.setCellValueFactory(c -> c.getValue().changeTypeProperty());
        priorityTotalColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> total(c.getValue()),
                c.getValue().amountProperty(0), c.getValue().amountProperty(1), c.getValue().amountProperty(2), vm.cycle()));
        priorityFormTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = priorityTable.getSelectionModel().getSelectedIndex();
            return i < 0 ? (vm.form().priorities().isEmpty() ? "Add a priority to start." : "Choose a priority to edit it.")
                    : "Priority " + (i + 1);
        }, priorityTable.getSelectionModel().selectedIndexProperty(), vm.form().priorities()));

        serviceAreaField.getItems().setAll(vm.choices().serviceAreas());
        vm.choices().serviceAreas().addListener((ListChangeListener<String>) c -> ComboBoxes.replaceItems(serviceAreaField,
                List.copyOf(vm.choices().serviceAreas())));
        // An editable combo box commits typed text only on Enter or focus loss; take it as it is typed.
        serviceAreaField.getEditor().textProperty().addListener((obs, was, now) -> {
            PriorityForm f = list.chosen();
            if (f != null && !Objects.equals(now, f.serviceAreaProperty().get()) && serviceAreaField.isFocused()) {
                f.serviceAreaProperty().set(now);
            }
        });
        changeTypeField.getItems().setAll(ChangeType.values());
        setUpMoney();
        fields.editable(priorityTitleField, rationaleField, inequalityField, leadOfficerField, amount0, amount1, amount2);
        fields.locked(serviceAreaField, changeTypeField, addOutcomeButton, linkSpecificationField);
        FormFields.growing(rationaleField);
        FormFields.growing(inequalityField);
        fields.mark(priorityTitleError, () -> keys("title"), priorityTitleField);
        fields.mark(serviceAreaError, () -> keys("serviceArea"), serviceAreaField);
        fields.mark(changeTypeError, () -> keys("changeType"), changeTypeField);
        fields.mark(rationaleError, () -> keys("rationale"), rationaleField);
        fields.mark(inequalityError, () -> keys("inequalityFocus"), inequalityField);
        fields.mark(leadOfficerError, () -> keys("leadOfficer"), leadOfficerField);
        fields.mark(specificationsError, () -> keys("specifications"), linkSpecificationField);
        addOutcomeButton.setOnAction(e -> outcomes.add());
    }

    /** The money fields: one per year of the cycle, each named by its year. */
    private void setUpMoney() {
        List<Label> yearLabels = List.of(yearLabel0, yearLabel1, yearLabel2);
        List<TextField> amounts = List.of(amount0, amount1, amount2);
        Runnable relabel = () -> {
            for (int i = 0; i < 3; i++) {
                boolean inCycle = i < vm.cycle().size();
                yearLabels.get(i).setText(inCycle ? vm.cycle().get(i).toString() : "");
                TextField field = amounts.get(i);
                // A year outside the cycle stays visible while it still holds money, so it can be cleared.
                boolean show = inCycle || (field.getText() != null && !field.getText().isBlank());
                field.setVisible(show);
                field.setManaged(show);
                yearLabels.get(i).setVisible(show);
                yearLabels.get(i).setManaged(show);
                if (!inCycle && show) {
                    yearLabels.get(i).setText("Year " + (i + 1) + " (outside)");
                }
            }
        };
        for (TextField field : amounts) {
            // A year's box goes with its field, so a hidden year leaves no gap.
            field.getParent().visibleProperty().bind(field.visibleProperty());
            field.getParent().managedProperty().bind(field.managedProperty());
        }
        vm.cycle().addListener((ListChangeListener<FinancialYear>) c -> relabel.run());
        amounts.forEach(a -> a.textProperty().addListener((obs, was, now) -> relabel.run()));
        relabel.run();
        for (int y = 0; y < 3; y++) {
            int year = y;
            fields.mark(null, () -> chosenIndex() < 0 ? List.of() : List.of(ProspectusRules.amountField(chosenIndex(), year)),
                    amounts.get(y));
        }
        fields.mark(amountError, () -> chosenIndex() < 0 ? List.of() : List.of(ProspectusRules.amountField(chosenIndex(), 0),
                ProspectusRules.amountField(chosenIndex(), 1), ProspectusRules.amountField(chosenIndex(), 2)));
    }

    /** Binds the form to the priority chosen, or clears it. */
    private void show(PriorityForm f, BindingGroup group) {
        if (f == null) {
            for (TextInputControl t : List.of(priorityTitleField, rationaleField, inequalityField, leadOfficerField,
                    amount0, amount1, amount2)) {
                t.setText("");
            }
            serviceAreaField.setValue(null);
            changeTypeField.setValue(null);
        } else {
            group.bind(priorityTitleField.textProperty(), f.titleProperty());
            group.bind(serviceAreaField.valueProperty(), f.serviceAreaProperty());
            serviceAreaField.getEditor().setText(f.serviceAreaProperty().get());
            group.bind(changeTypeField.valueProperty(), f.changeTypeProperty());
            List<TextField> amounts = List.of(amount0, amount1, amount2);
            for (int i = 0; i < 3; i++) {
                group.bind(amounts.get(i).textProperty(), f.amountProperty(i));
            }
            group.bind(rationaleField.textProperty(), f.rationaleProperty());
            group.bind(inequalityField.textProperty(), f.inequalityFocusProperty());
            group.bind(leadOfficerField.textProperty(), f.leadOfficerProperty());
            group.listen(f.specificationIds(), x -> links.show(f));
        }
        outcomes.show(f);
        links.show(f);
        fields.refresh();
    }

    private boolean confirmRemove(PriorityForm f) {
        String name = f.titleProperty().get() == null || f.titleProperty().get().isBlank() ? "this priority"
                : "'" + f.titleProperty().get() + "'";
        return Dialogs.confirm(priorityTable, "Remove " + name + "?", "Its money and outcome measures go with it when you save. "
                + "Consultation responses about it will then concern the prospectus as a whole.", "Remove");
    }

    private List<String> keys(String field) {
        return chosenIndex() < 0 ? List.of() : List.of(ProspectusRules.priorityField(chosenIndex(), field));
    }

    private int chosenIndex() {
        return list == null ? -1 : list.selectedIndex();
    }

    private String total(PriorityForm f) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < vm.cycle().size(); i++) {
            try {
                BigDecimal a = Money.parse(f.amountProperty(i).get());
                if (a != null) {
                    sum = sum.add(a);
                }
            } catch (IllegalArgumentException e) {
                return "?";
            }
        }
        return Money.format(sum);
    }
}
