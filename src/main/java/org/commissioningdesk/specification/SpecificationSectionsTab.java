package org.commissioningdesk.specification;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.editor.FormFields;

/**
 * The specification editor's Sections tab: one card per section of the NHS template under its
 * numbered heading, with its word count, a bullet-list button and a preview of how it reads.
 */
public final class SpecificationSectionsTab {

    private final SpecificationEditorViewModel vm;

    @FXML private ScrollPane sectionsScroll;
    @FXML private VBox sectionsBox;

    private FormFields fields;
    private BooleanBinding locked;

    public SpecificationSectionsTab(SpecificationEditorViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        fields = new FormFields(vm.session(), vm::error);
        locked = Bindings.not(vm.editableProperty());
        String heading = null;
        for (SpecSection s : SpecSection.values()) {
            String number = s.number().contains(".") ? s.number().substring(0, s.number().indexOf('.')) : s.number();
            boolean sub = s.number().contains(".");
            if (sub && !s.heading().equals(heading)) {
                Label h = new Label(number + " " + s.heading());
                h.getStyleClass().add("section-heading");
                sectionsBox.getChildren().add(h);
            }
            heading = s.heading();
            sectionsBox.getChildren().add(card(s, sub));
        }
        // A specification opened starts at its first section.
        vm.openProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> sectionsScroll.setVvalue(0));
            }
        });
    }

    private Node card(SpecSection s, boolean sub) {
        Label title = new Label(s.label());
        title.getStyleClass().add(sub ? "section-card-title" : "section-heading");
        Label words = new Label();
        words.setId("words-" + s.name());
        words.getStyleClass().add("word-count");
        words.textProperty().bind(Bindings.createStringBinding(() -> Plural.count(vm.form().wordCount(s).get(), "word"),
                vm.form().wordCount(s)));
        TextArea text = new TextArea();
        text.setId("section-" + s.name());
        text.setPromptText(s.guidance());
        text.setTooltip(new Tooltip(s.guidance() + "\nA blank line starts a new paragraph; a line starting \"- \" is a bullet."));
        text.setPrefRowCount(5);
        text.setAccessibleText(s.label());
        text.textProperty().bindBidirectional(vm.form().sectionProperty(s));
        fields.editable(text);
        FormFields.growing(text);
        title.setLabelFor(text);

        Button bullets = new Button("• Bullet list");
        bullets.setId("bullets-" + s.name());
        bullets.getStyleClass().add("small-button");
        // Not focus-traversable, so clicking it leaves the text area focused with its selection.
        bullets.setFocusTraversable(false);
        bullets.setTooltip(new Tooltip("Turns the selected lines into a bullet list, or back (Ctrl+Shift+L in the text)"));
        bullets.setOnAction(e -> toggleBullets(s, text));
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.L && e.isShortcutDown() && e.isShiftDown()) {
                toggleBullets(s, text);
                e.consume();
            }
        });
        ToggleButton preview = new ToggleButton("Preview");
        preview.setId("preview-" + s.name());
        preview.getStyleClass().add("small-button");
        preview.setTooltip(new Tooltip("Shows the section as it reads: paragraphs and bullet lists"));
        RichTextView view = new RichTextView();
        view.setId("rendered-" + s.name());
        Runnable render = () -> view.show(vm.form().sectionProperty(s).get());
        vm.form().sectionProperty(s).addListener((obs, was, now) -> {
            if (view.isVisible()) {
                render.run();
            }
        });
        BooleanBinding reading = preview.selectedProperty().or(locked);
        shownWhile(view, reading);
        view.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                render.run();
            }
        });
        shownWhile(text, reading.not());
        shownWhile(bullets, locked.not());
        shownWhile(preview, locked.not());
        bullets.disableProperty().bind(preview.selectedProperty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox header = new HBox(8, title, space, words, bullets, preview);
        header.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("sectionError-" + s.name());
        error.getStyleClass().add("field-error");
        fields.mark(error, () -> List.of(SpecificationRules.sectionField(s)), text);
        VBox card = new VBox(4, header, text, view, error);
        card.getStyleClass().add("section-card");
        return card;
    }

    private static void shownWhile(Node node, BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private void toggleBullets(SpecSection s, TextArea text) {
        if (!vm.editableProperty().get()) {
            return;
        }
        SectionText.Edit edit = SectionText.toggleBullets(text.getText(), text.getSelection().getStart(),
                text.getSelection().getEnd());
        vm.form().sectionProperty(s).set(edit.text());
        text.requestFocus();
        text.selectRange(edit.start(), edit.end());
    }
}
