package org.commissioningdesk.prospectus;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.editor.StepDialog;

/**
 * The dialogs that take a prospectus through its workflow: each asks for what its step needs (the
 * consultation's dates, the Board meeting's date, a reason) and stays open to show a refusal.
 */
final class ProspectusSteps {

    private final Node owner;
    private final ProspectusEditorViewModel vm;

    ProspectusSteps(Node owner, ProspectusEditorViewModel vm) {
        this.owner = owner;
        this.vm = vm;
    }

    /** Asks when the consultation opened and closes, then sends the prospectus out. */
    boolean consult(Prospectus p) {
        ConsultationPeriod usual = vm.usualPeriod();
        StepDialog dialog = new StepDialog(owner, "Send out for consultation", "Send '" + p.title()
                + "' out for consultation?", "Send out", "Record it once it has gone out: the opening date may be"
                + " in the past. Responses are then logged on the Consultation tab, and its owner and cycle are fixed.");
        DatePicker opened = dialog.date("Consultation _opened on", "consultationOpenedField", usual.opened(),
                "Give the date the consultation opened");
        DatePicker closes = dialog.date("Consultation _closes on", "consultationClosesField", usual.closes(),
                "Give the date the consultation closes");
        return dialog.run(answer -> vm.sendToConsultation(opened.getValue(), closes.getValue(), answer));
    }

    /** Asks for the date of the Board meeting, and for consent when responses are unanswered, then records approval. */
    boolean approve(Prospectus p) {
        StepDialog dialog = new StepDialog(owner, "Record Board approval", "Board approval of '" + p.title() + "'",
                "Record approval", "The prospectus becomes read-only until it is published or returned to draft.");
        DatePicker date = dialog.date("Date of the _Board meeting", "boardDateField", vm.today(),
                "Give the date of the Board meeting that approved it");
        long unanswered = ProspectusService.unanswered(p);
        CheckBox accept = new CheckBox("Approve with " + Plural.count(unanswered, "consultation response")
                + " unanswered (the history records that it was)");
        accept.setId("acceptUnansweredField");
        accept.setWrapText(true);
        if (unanswered > 0) {
            dialog.add(accept);
        }
        return dialog.run(answer -> vm.approve(date.getValue(), accept.isSelected(), answer));
    }

    /** Asks to confirm publication, then publishes. */
    boolean publish(Prospectus p) {
        return new StepDialog(owner, "Publish", "Publish '" + p.title() + "'?", "Publish", "Once published it is"
                + " read-only." + (vm.olderVersionStillPublished() ? " The earlier published version will be marked"
                + " Superseded." : "")).run(vm::publish);
    }

    /** Asks why the prospectus goes back to draft, then returns it. */
    boolean returnToDraft(Prospectus p) {
        TextArea reason = new TextArea();
        reason.setId("returnReasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText("e.g. the Board asked for the mental health priorities to be reworked");
        StepDialog dialog = new StepDialog(owner, "Return to draft", "Return '" + p.title() + "' to draft?",
                "Return to draft", "It can then be changed, and goes out for consultation again.");
        dialog.field("_Reason (kept in the history)", reason)
                .check(() -> reason.getLength() > ProspectusService.MAX_NOTE ? "At most " + ProspectusService.MAX_NOTE
                        + " characters (this has " + reason.getLength() + ")" : null);
        return dialog.run(answer -> vm.returnToDraft(reason.getText(), answer));
    }
}
