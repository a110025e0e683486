package org.commissioningdesk.prospectus;

import java.util.List;

import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;

import org.commissioningdesk.common.editor.FormFields;

/** The prospectus editor's Narrative tab: the summary or foreword, the strategic context and the health needs. */
public final class ProspectusNarrativeTab {

    private final ProspectusEditorViewModel vm;

    @FXML private TextArea summaryField;
    @FXML private Label summaryError;
    @FXML private TextArea contextField;
    @FXML private Label contextError;
    @FXML private TextArea needsField;
    @FXML private Label needsError;

    public ProspectusNarrativeTab(ProspectusEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        FormFields fields = new FormFields(vm.session(), vm::error);
        text(fields, summaryField, summaryError, vm.form().summaryProperty(), "summary");
        text(fields, contextField, contextError, vm.form().strategicContextProperty(), "strategicContext");
        text(fields, needsField, needsError, vm.form().healthNeedsProperty(), "healthNeeds");
    }

    private void text(FormFields fields, TextArea area, Label error, StringProperty property, String key) {
        area.textProperty().bindBidirectional(property);
        fields.editable(area);
        FormFields.growing(area);
        fields.mark(error, () -> List.of(key), area);
    }
}
