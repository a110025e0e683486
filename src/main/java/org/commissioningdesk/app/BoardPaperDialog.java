package org.commissioningdesk.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.FieldMarks;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.export.BoardPaper;
import org.commissioningdesk.export.Document;

/**
 * Asks for a Board paper's cover sheet. The title, author and summary come from the record; the rest
 * is filled from what was last used for the same meeting, and the dialog will not close without a
 * meeting, a title, a purpose and a recommendation, saying so under the field.
 */
final class BoardPaperDialog {

    private final Dialog<BoardPaper> dialog = new Dialog<>();
    private final BoardPaperMemory memory;
    private final ComboBox<String> meeting = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final TextField agendaItem = field("agendaItemField");
    private final TextField paperNumber = field("paperNumberField");
    private final TextField title = field("paperTitleField");
    private final TextField sponsor = field("sponsorField");
    private final TextField author = field("authorField");
    private final ComboBox<BoardPaper.Purpose> purpose = new ComboBox<>();
    private final TextArea summary = area("summaryField", 4);
    private final TextArea recommendation = area("recommendationField", 2);
    private final TextArea objectives = area("objectivesField", 2);
    private final TextArea bafRisks = area("bafRisksField", 2);
    private final TextArea financial = area("financialField", 2);
    private final TextArea risks = area("risksField", 2);
    private final TextArea equality = area("equalityField", 2);
    private final TextArea involvement = area("involvementField", 2);
    private final TextArea previously = area("previouslyField", 2);
    private final TextArea attachments = area("attachmentsField", 2);
    private final RadioButton publicPart = new RadioButton("_Public part");
    private final RadioButton privatePart = new RadioButton("P_rivate part (confidential)");
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private String dateProblem;

    private BoardPaperDialog(Node owner, BoardPaper defaults, BoardPaperMemory memory) {
        this.memory = memory;
        dialog.setTitle("Board paper");
        dialog.setHeaderText("Cover sheet for \"" + defaults.title() + "\"");
        Dialogs.ownedBy(dialog, owner);
        dialog.setResizable(true);
        ButtonType ok = new ButtonType("Continue", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        meeting.setId("meetingField");
        meeting.setEditable(true);
        meeting.getItems().setAll(BoardPaper.MEETINGS);
        meeting.setPromptText("Choose or type the meeting");
        meeting.setMaxWidth(Double.MAX_VALUE);
        date.setId("meetingDateField");
        DateFields.ukDates(date, message -> {
            dateProblem = message;
            show("date", message);
        });
        purpose.setId("purposeField");
        purpose.getItems().setAll(BoardPaper.Purpose.values());
        purpose.setConverter(ComboBoxes.shown(BoardPaper.Purpose::label));
        purpose.setPromptText("What is the meeting asked to do?");
        purpose.setMaxWidth(Double.MAX_VALUE);
        recommendation.setPromptText("THAT the Board …");
        ToggleGroup part = new ToggleGroup();
        publicPart.setToggleGroup(part);
        privatePart.setToggleGroup(part);
        publicPart.setId("publicPartField");
        privatePart.setId("privatePartField");
        publicPart.setSelected(true);

        title.setText(defaults.title());
        author.setText(defaults.author());
        summary.setText(defaults.summary());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 12, 4, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(200);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(380);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        row = add(grid, row, "_Meeting", "meeting", meeting);
        row = add(grid, row, "Meeting _date", "date", date);
        row = add(grid, row, "A_genda item", "agendaItem", agendaItem);
        row = add(grid, row, "Paper _number", "paperNumber", paperNumber);
        row = add(grid, row, "_Title", "title", title);
        row = add(grid, row, "_Sponsoring executive director", "sponsor", sponsor);
        row = add(grid, row, "_Author", "author", author);
        row = add(grid, row, "P_urpose", "purpose", purpose);
        row = add(grid, row, "Summar_y", "summary", summary);
        row = add(grid, row, "Re_commendation", "recommendation", recommendation);
        row = add(grid, row, "Links to _objectives", "objectives", objectives);
        row = add(grid, row, "Board Assurance _Framework risks", "bafRisks", bafRisks);
        row = add(grid, row, "F_inancial implications", "financialImplications", financial);
        row = add(grid, row, "Ris_ks", "risks", risks);
        row = add(grid, row, "_Equality and health inequalities", "equalityImpact", equality);
        row = add(grid, row, "Patient and public _involvement", "involvement", involvement);
        row = add(grid, row, "Previously considered _by", "previouslyConsidered", previously);
        row = add(grid, row, "Attac_hments", "attachments", attachments);
        add(grid, row, "Part of the meeting", "part", new HBox(16, publicPart, privatePart));

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(640);
        dialog.getDialogPane().setContent(scroll);
        if (dialog.getDialogPane().getScene() != null) {
            org.commissioningdesk.common.FocusScroll.install(dialog.getDialogPane().getScene());
        } else {
            dialog.getDialogPane().sceneProperty().addListener((obs, was, now) -> {
                if (now != null) {
                    org.commissioningdesk.common.FocusScroll.install(now);
                }
            });
        }

        meeting.valueProperty().addListener((obs, was, now) -> recall(now));
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            if (!check()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? paper() : null);
    }

    /** Asks for the cover; empty if the person cancelled. */
    static Optional<BoardPaper> ask(Node owner, BoardPaper defaults, BoardPaperMemory memory, String lastMeeting) {
        BoardPaperDialog d = new BoardPaperDialog(owner, defaults, memory);
        if (lastMeeting != null) {
            d.meeting.setValue(lastMeeting);
        }
        Optional<BoardPaper> paper = d.dialog.showAndWait();
        paper.ifPresent(p -> memory.remember(p.meeting(), d.remembered()));
        return paper;
    }

    private int add(GridPane grid, int row, String text, String key, Node field) {
        Label label = new Label(text + ":");
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setWrapText(true);
        Label problem = new Label();
        problem.setId(key + "Problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        FieldMarks.showOnlyWithText(problem);
        problems.put(key, problem);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    private void show(String key, String message) {
        Label label = problems.get(key);
        if (label != null) {
            label.setText(message == null ? "" : message);
        }
    }

    /** Shows each problem under its field; true when there is none. */
    private boolean check() {
        problems.values().forEach(l -> l.setText(""));
        String typed = date.getEditor().getText();
        boolean ok = true;
        if (typed != null && !typed.isBlank() && UkDates.tryParse(typed).isEmpty()) {
            show("date", dateProblem != null ? dateProblem : "'" + typed + "' is not a date: write it as dd/mm/yyyy");
            ok = false;
        } else {
            date.setValue(typed == null || typed.isBlank() ? null : UkDates.tryParse(typed).get());
        }
        for (BoardPaper.Problem p : paper().problems()) {
            show(p.field(), p.message());
            ok = false;
        }
        return ok;
    }

    private BoardPaper paper() {
        return new BoardPaper(text(meeting.getEditor().getText() != null && meeting.isEditable()
                ? meeting.getEditor().getText() : meeting.getValue()), date.getValue(), text(agendaItem),
                text(paperNumber), text(title), text(sponsor), text(author), purpose.getValue(), text(summary),
                text(recommendation), text(objectives), text(bafRisks), text(financial), text(risks), text(equality),
                text(involvement), text(previously), text(attachments),
                privatePart.isSelected() ? Document.Part.PRIVATE : Document.Part.PUBLIC);
    }

    /**
     * The fields the next paper to the same meeting starts with: all but those taken from the record
     * and those that belong to one paper alone (its date, agenda item and paper number).
     */
    private Map<String, String> remembered() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "sponsor", text(sponsor));
        put(m, "purpose", purpose.getValue() == null ? null : purpose.getValue().name());
        put(m, "recommendation", text(recommendation));
        put(m, "objectives", text(objectives));
        put(m, "bafRisks", text(bafRisks));
        put(m, "financialImplications", text(financial));
        put(m, "risks", text(risks));
        put(m, "equalityImpact", text(equality));
        put(m, "involvement", text(involvement));
        put(m, "previouslyConsidered", text(previously));
        put(m, "attachments", text(attachments));
        put(m, "part", privatePart.isSelected() ? "private" : "public");
        return m;
    }

    /** Fills the fields last used for {@code chosen}; fields it never had stay as they are. */
    private void recall(String chosen) {
        Map<String, String> m = memory.fieldsFor(chosen);
        if (m.isEmpty()) {
            return;
        }
        set(sponsor, m.get("sponsor"));
        if (m.get("purpose") != null) {
            // A value changed by hand in the file to one this version does not know is left out.
            java.util.Arrays.stream(BoardPaper.Purpose.values()).filter(x -> x.name().equals(m.get("purpose")))
                    .findFirst().ifPresent(purpose::setValue);
        }
        set(recommendation, m.get("recommendation"));
        set(objectives, m.get("objectives"));
        set(bafRisks, m.get("bafRisks"));
        set(financial, m.get("financialImplications"));
        set(risks, m.get("risks"));
        set(equality, m.get("equalityImpact"));
        set(involvement, m.get("involvement"));
        set(previously, m.get("previouslyConsidered"));
        set(attachments, m.get("attachments"));
        (("private".equals(m.get("part"))) ? privatePart : publicPart).setSelected(true);
    }

    private static void set(TextInputControl field, String value) {
        if (value != null) {
            field.setText(value);
        }
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String text(TextInputControl field) {
        return text(field.getText());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        return a;
    }
}
