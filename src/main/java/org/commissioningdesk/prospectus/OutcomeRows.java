package org.commissioningdesk.prospectus;

import java.util.List;
import java.util.function.IntSupplier;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.editor.BindingGroup;
import org.commissioningdesk.common.editor.FormFields;

/**
 * The outcome measures of the priority shown, one row of fields each ("from 120 to 100 per
 * 100,000 by 2009/10"), built afresh when measures are added or removed.
 */
final class OutcomeRows {

    private static final String ROW = "outcome";

    private final ProspectusEditorViewModel vm;
    private final VBox box;
    private final FormFields fields;
    private final IntSupplier priorityIndex;
    private final BindingGroup bound = new BindingGroup();
    private final ListChangeListener<OutcomeForm> changed = c -> {
        while (c.next()) {
            if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                Platform.runLater(this::build);
                return;
            }
        }
    };
    private PriorityForm shown;

    OutcomeRows(ProspectusEditorViewModel vm, VBox box, FormFields fields, IntSupplier priorityIndex) {
        this.vm = vm;
        this.box = box;
        this.fields = fields;
        this.priorityIndex = priorityIndex;
    }

    /** Shows the measures of {@code priority} (none when null). */
    void show(PriorityForm priority) {
        if (shown != null) {
            shown.outcomes().removeListener(changed);
        }
        shown = priority;
        if (priority != null) {
            priority.outcomes().addListener(changed);
        }
        build();
    }

    /** Adds a measure to the priority shown and puts the focus in its indicator. */
    void add() {
        if (shown != null) {
            vm.addOutcome(shown);
            int last = shown.outcomes().size() - 1;
            Platform.runLater(() -> box.lookupAll("#outcomeIndicator" + last).forEach(Node::requestFocus));
        }
    }

    private void build() {
        bound.dispose();
        box.getChildren().clear();
        fields.forget(label -> ROW.equals(label.getUserData()));
        PriorityForm f = shown;
        if (f == null) {
            return;
        }
        if (f.outcomes().isEmpty()) {
            Label none = new Label("None yet. Each priority needs at least one measurable outcome before consultation.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            box.getChildren().add(none);
        }
        for (int j = 0; j < f.outcomes().size(); j++) {
            box.getChildren().add(row(f, f.outcomes().get(j), j));
        }
        fields.refresh();
    }

    private VBox row(PriorityForm f, OutcomeForm o, int index) {
        TextField indicator = field("outcomeIndicator" + index, "Indicator, e.g. premature CVD mortality", 22);
        TextField unit = field("outcomeUnit" + index, "Unit, e.g. per 100,000", 9);
        TextField baseline = field("outcomeBaseline" + index, "Baseline", 6);
        TextField target = field("outcomeTarget" + index, "Target", 6);
        ComboBox<FinancialYear> year = new ComboBox<>();
        year.setId("outcomeYear" + index);
        year.setPromptText("by year");
        year.getItems().setAll(vm.cycle());
        year.setAccessibleText("Target year");
        year.setPrefWidth(108);
        year.setMinWidth(Region.USE_PREF_SIZE);
        bound.listen(vm.cycle(), x -> ComboBoxes.replaceItems(year, List.copyOf(vm.cycle())));
        bound.bind(indicator.textProperty(), o.indicatorProperty());
        bound.bind(unit.textProperty(), o.unitProperty());
        bound.bind(baseline.textProperty(), o.baselineProperty());
        bound.bind(target.textProperty(), o.targetProperty());
        bound.bind(year.valueProperty(), o.targetYearProperty());
        Button remove = new Button("✕");
        remove.setAccessibleText("Remove this outcome measure");
        remove.setTooltip(new Tooltip("Remove this outcome measure"));
        remove.setOnAction(e -> f.outcomes().remove(o));
        fields.locked(year, remove);
        HBox line1 = new HBox(6, indicator, remove);
        HBox.setHgrow(indicator, Priority.ALWAYS);
        HBox line2 = new HBox(6, word("from"), baseline, word("to"), target, unit, word("by"), year);
        line2.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("outcomeError" + index);
        error.getStyleClass().add("field-error");
        error.setUserData(ROW);
        VBox row = new VBox(4, line1, line2, error);
        row.getStyleClass().add("outcome-row");
        fields.mark(error, () -> keys(index, "indicator", "baseline", "target", "unit", "targetYear"));
        markEach(index, "indicator", indicator);
        markEach(index, "unit", unit);
        markEach(index, "baseline", baseline);
        markEach(index, "target", target);
        markEach(index, "targetYear", year);
        return row;
    }

    private List<String> keys(int outcome, String... names) {
        int p = priorityIndex.getAsInt();
        return p < 0 ? List.of() : java.util.Arrays.stream(names).map(n -> ProspectusRules.outcomeField(p, outcome, n)).toList();
    }

    private void markEach(int outcome, String name, Control control) {
        Label none = new Label();
        none.setUserData(ROW);
        fields.mark(none, () -> keys(outcome, name), control);
    }

    private TextField field(String id, String prompt, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setAccessibleText(prompt);
        t.setPrefColumnCount(columns);
        fields.editable(t);
        return t;
    }

    private static Label word(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
