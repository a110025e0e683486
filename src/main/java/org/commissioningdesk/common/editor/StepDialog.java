package org.commissioningdesk.common.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.UkDates;

/**
 * The dialog that asks for a workflow step (agree, record Board approval, send out for
 * consultation, return to draft): what it means, the dates and note it needs, and one button that
 * takes it. The dialog stays open while the step is taken: if the service refuses, the reason is
 * shown inside it, beside what the person typed, and nothing is lost; it closes once the step is done.
 */
public final class StepDialog {

    private static final double WIDTH = 480;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType actionType;
    private final VBox content = new VBox(6);
    private final Label problem = new Label();
    private final List<Map.Entry<DatePicker, String>> dates = new ArrayList<>();
    private Supplier<String> check = () -> null;
    private Consumer<StepAnswer> sender;
    private boolean taken;

    /** A dialog titled {@code title}, asking {@code question}, explained by {@code explanation} (may be null). */
    public StepDialog(Node owner, String title, String question, String actionText, String explanation) {
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        Dialogs.ownedBy(dialog, owner);
        actionType = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(actionType, ButtonType.CANCEL);
        if (explanation != null && !explanation.isBlank()) {
            content.getChildren().add(wrapped(new Label(explanation)));
        }
        problem.setId("stepProblem");
        problem.getStyleClass().add("field-error");
        wrapped(problem);
        // Room for two lines, so the dialog and its buttons stay put when a refusal appears.
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-min-height: 2.9em;");
        content.setPrefWidth(WIDTH);
        dialog.getDialogPane().setContent(content);
        Button action = (Button) dialog.getDialogPane().lookupButton(actionType);
        action.setId("stepAction");
        action.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            if (!taken) {
                take();
            }
        });
    }

    /** Adds a labelled field; {@code mnemonicLabel} may mark its access key with "_". */
    public StepDialog field(String mnemonicLabel, Node field) {
        Label label = new Label(mnemonicLabel);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        content.getChildren().addAll(label, field);
        return this;
    }

    /** Adds something else to show (a check box, a note in words). */
    public StepDialog add(Node node) {
        if (node instanceof Label l) {
            wrapped(l);
        }
        content.getChildren().add(node);
        return this;
    }

    /**
     * Adds a date field starting at {@code initial}; before the step is sent, a date that cannot be
     * read or is missing is reported ({@code missing} says what to give).
     */
    public DatePicker date(String mnemonicLabel, String id, LocalDate initial, String missing) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        DateFields.ukDates(picker, message -> { });
        field(mnemonicLabel, picker);
        dates.add(Map.entry(picker, missing));
        return picker;
    }

    /** What is wrong with what is typed, checked before anything is sent; null when all is well. */
    public StepDialog check(Supplier<String> problemOrNull) {
        this.check = problemOrNull;
        return this;
    }

    /** The dialog, for a test or a caller that needs its pane. */
    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /**
     * Shows the dialog until the step is done or the person cancels: the action button hands
     * {@code send} an answer, and a refusal comes back into the dialog. True when the step was done.
     */
    public boolean run(Consumer<StepAnswer> send) {
        this.sender = send;
        content.getChildren().add(problem);
        dialog.setResultConverter(b -> b);
        dialog.showAndWait();
        return taken;
    }

    private void take() {
        DateFields.commitTyped(content);
        String wrong = datesProblem();
        if (wrong == null) {
            wrong = check.get();
        }
        if (wrong != null) {
            problem.setText(wrong);
            return;
        }
        problem.setText("");
        setWaiting(true);
        sender.accept(new StepAnswer() {
            @Override
            public void done() {
                taken = true;
                setWaiting(false);
                dialog.setResult(actionType);
                dialog.close();
            }

            @Override
            public void refused(String why) {
                setWaiting(false);
                problem.setText(why);
            }
        });
    }

    private String datesProblem() {
        for (Map.Entry<DatePicker, String> d : dates) {
            String typed = d.getKey().getEditor().getText();
            if (typed != null && !typed.isBlank() && UkDates.tryParse(typed).isEmpty()) {
                d.getKey().requestFocus();
                return "'" + typed.strip() + "' is not a date: write it as dd/mm/yyyy";
            }
            if (d.getKey().getValue() == null || typed == null || typed.isBlank()) {
                d.getKey().requestFocus();
                return d.getValue();
            }
        }
        return null;
    }

    private void setWaiting(boolean waiting) {
        dialog.getDialogPane().lookupButton(actionType).setDisable(waiting);
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setDisable(waiting);
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setPrefWidth(WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
