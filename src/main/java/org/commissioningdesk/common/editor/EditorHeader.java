package org.commissioningdesk.common.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The header every record editor includes ({@code EditorHeader.fxml}): back, title, status badge,
 * Save, Discard and Export, the buttons of the record's workflow, and the note line. It binds itself
 * to the editor's {@link EditorSession}, so each editor says only what is its own: the words, what
 * each button does, and when each workflow step is allowed.
 * <p>
 * The note line keeps one line's height whether or not it has anything to say, so fields never move
 * when a message comes or goes; a message too long for it is cut with an ellipsis and shown whole in
 * its tooltip. It shows the last message, or else why the record is read-only.
 */
public final class EditorHeader {

    @FXML private Button backButton;
    @FXML private Label formTitle;
    @FXML private Label statusBadge;
    @FXML private Button saveButton;
    @FXML private Button discardButton;
    @FXML private Button editorExportButton;
    @FXML private FlowPane actions;
    @FXML private Label readOnlyLabel;
    @FXML private Label messageLabel;

    private EditorSession session;
    private Runnable back = () -> { };
    private Runnable save = () -> { };
    private Runnable discard = () -> { };
    private Runnable export = () -> { };

    @FXML
    private void initialize() {
        for (Label line : new Label[] {readOnlyLabel, messageLabel}) {
            // A message wraps (a refusal such as a stale save's must be read whole, advice and all); the
            // read-only note keeps to its one line.
            line.setWrapText(line == messageLabel);
            line.setTextOverrun(OverrunStyle.ELLIPSIS);
            Tooltip full = new Tooltip();
            full.textProperty().bind(line.textProperty());
            line.tooltipProperty().bind(Bindings.when(line.textProperty().isEmpty()).then((Tooltip) null).otherwise(full));
        }
        // The read-only note gives way to a message, and comes back when the message goes.
        readOnlyLabel.visibleProperty().bind(messageLabel.textProperty().isEmpty()
                .and(readOnlyLabel.textProperty().isNotEmpty()));
        messageLabel.visibleProperty().bind(messageLabel.textProperty().isNotEmpty());
        Tooltip title = new Tooltip();
        title.textProperty().bind(formTitle.textProperty());
        formTitle.setTooltip(title);
    }

    /**
     * Binds the header to an editor.
     *
     * @param backText    the back button's words, with a mnemonic ("← _All prospectuses")
     * @param title       the record's title, or what a new one is called
     * @param badge       the status badge ("Version 2 · Draft")
     * @param badgeStyle  a style class for the badge's colour ("status-draft"), or empty
     * @param readOnlyNote why the record cannot be changed, or empty
     */
    public void attach(EditorSession session, String backText, ObservableStringValue title, ObservableStringValue badge,
                       ObservableStringValue badgeStyle, ObservableStringValue readOnlyNote) {
        this.session = session;
        backButton.setText(backText);
        formTitle.textProperty().bind(title);
        statusBadge.textProperty().bind(badge);
        Runnable restyle = () -> {
            statusBadge.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-badge"));
            String style = badgeStyle.get();
            if (style != null && !style.isEmpty()) {
                statusBadge.getStyleClass().add(style);
            }
        };
        badgeStyle.addListener((obs, was, now) -> restyle.run());
        restyle.run();
        readOnlyLabel.textProperty().bind(readOnlyNote);
        messageLabel.textProperty().bind(session.messageProperty());
        session.problemProperty().addListener((obs, was, now) -> {
            messageLabel.getStyleClass().remove("problem");
            if (now) {
                messageLabel.getStyleClass().add("problem");
            }
        });
        saveButton.disableProperty().bind(session.busyProperty().or(session.dirtyProperty().not())
                .or(session.editableProperty().not()));
        discardButton.disableProperty().bind(session.busyProperty().or(session.dirtyProperty().not()));
        // Only what has been saved can be exported.
        editorExportButton.disableProperty().bind(session.savedProperty().not());
    }

    public void onBack(Runnable action) {
        back = action;
    }

    public void onSave(Runnable action) {
        save = action;
    }

    public void onDiscard(Runnable action) {
        discard = action;
    }

    public void onExport(Runnable action) {
        export = action;
    }

    /**
     * Adds a workflow step's button. It is enabled while {@code allowed} holds and the editor is not
     * busy; a step that moves the saved record ({@code movesSavedRecord}) also waits for changes to be
     * saved first, and says so in its tooltip.
     */
    public Button step(String id, String text, ObservableBooleanValue allowed, boolean movesSavedRecord, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        var blocked = session.busyProperty().or(Bindings.not(allowed));
        if (movesSavedRecord) {
            blocked = blocked.or(session.dirtyProperty());
            button.setTooltip(new Tooltip("Save your changes first: this step moves the saved record."));
        }
        button.disableProperty().bind(blocked);
        button.setOnAction(e -> {
            // The button may be disabled by the step: keep the focus somewhere harmless, not in a field.
            backButton.requestFocus();
            action.run();
        });
        actions.getChildren().add(button);
        return button;
    }

    /**
     * Presses the Save button shown and enabled under {@code root} (the screen shown), as File > Save
     * (Ctrl+S) does; nothing happens where there is none (nothing changed, read-only or busy). Every
     * screen that saves marks its Save button with the style class {@code save-action}.
     */
    public static void pressSaveIn(javafx.scene.Parent root) {
        root.lookupAll(".save-action").stream()
                .filter(n -> n instanceof javafx.scene.control.ButtonBase b && !b.isDisabled() && showing(b))
                .findFirst().ifPresent(n -> ((javafx.scene.control.ButtonBase) n).fire());
    }

    private static boolean showing(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** A node to own dialogs the editor shows. */
    public javafx.scene.Node owner() {
        return saveButton;
    }

    @FXML
    private void onBack() {
        back.run();
    }

    @FXML
    private void onSave() {
        save.run();
    }

    @FXML
    private void onDiscard() {
        discard.run();
    }

    @FXML
    private void onExport() {
        export.run();
    }
}
