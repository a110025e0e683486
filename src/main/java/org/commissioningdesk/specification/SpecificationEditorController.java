package org.commissioningdesk.specification;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.FieldMarks;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.organisation.Organisation;

/**
 * The specification editor: header, the template's sections with word counts and a preview, the
 * care pathway with its diagram, the quality requirements, the prospectus priorities it delivers,
 * its versions and history, and (in place of all that while it is shown) a comparison of two
 * versions. Every field shows its own message as it is typed; nothing is written until Save.
 */
public final class SpecificationEditorController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final SpecificationEditorViewModel vm;

    @FXML private BorderPane editPane;
    @FXML private BorderPane comparePane;
    @FXML private Button backButton;
    @FXML private Label formTitle;
    @FXML private Label statusBadge;
    @FXML private Button saveButton;
    @FXML private Button editorExportButton;
    @FXML private Button discardButton;
    @FXML private Button agreeButton;
    @FXML private Button editorNewVersionButton;
    @FXML private Button saveTemplateButton;
    @FXML private Button editorDeleteButton;
    @FXML private Label readOnlyLabel;
    @FXML private Label messageLabel;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<String> serviceAreaField;
    @FXML private Label serviceAreaError;
    @FXML private ComboBox<Organisation> commissionerField;
    @FXML private Button clearCommissionerButton;
    @FXML private Label commissionerError;
    @FXML private ComboBox<Organisation> providerField;
    @FXML private Button clearProviderButton;
    @FXML private Label providerError;
    @FXML private TabPane tabs;
    @FXML private Tab sectionsTab;
    @FXML private Tab versionsTab;
    // Sections
    @FXML private ScrollPane sectionsScroll;
    @FXML private VBox sectionsBox;
    // Care pathway
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
    // Quality requirements
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
    // Links
    @FXML private TableView<DeliveredPriority> deliveredTable;
    @FXML private TableColumn<DeliveredPriority, String> deliveredProspectusColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredOwnerColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredCycleColumn;
    @FXML private TableColumn<DeliveredPriority, Integer> deliveredVersionColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredStatusColumn;
    @FXML private TableColumn<DeliveredPriority, String> deliveredPriorityColumn;
    // Versions and history
    @FXML private TableView<SpecificationSummary> versionTable;
    @FXML private TableColumn<SpecificationSummary, String> versionNumberColumn;
    @FXML private TableColumn<SpecificationSummary, String> versionStatusColumn;
    @FXML private TableColumn<SpecificationSummary, String> versionAgreedColumn;
    @FXML private TableColumn<SpecificationSummary, String> versionTitleColumn;
    @FXML private ComboBox<SpecificationSummary> compareWithField;
    @FXML private Button compareButton;
    @FXML private TableView<SpecStatusChange> changeTable;
    @FXML private TableColumn<SpecStatusChange, String> changeWhenColumn;
    @FXML private TableColumn<SpecStatusChange, String> changeToColumn;
    @FXML private TableColumn<SpecStatusChange, String> changeByColumn;
    @FXML private TableColumn<SpecStatusChange, String> changeNoteColumn;
    @FXML private Label auditTitle;
    @FXML private Label auditLabel;
    // Comparison
    @FXML private Button compareBackButton;
    @FXML private Label compareTitle;
    @FXML private Label compareSummary;
    @FXML private CheckBox showUnchangedField;
    @FXML private ScrollPane compareScroll;

    private final FieldMarks marks = new FieldMarks();
    private final List<Runnable> stepUnbind = new ArrayList<>();
    private final List<Runnable> kpiUnbind = new ArrayList<>();
    private final Map<SpecSection, TextArea> sectionFields = new EnumMap<>(SpecSection.class);
    private final PathwayDiagram diagram = new PathwayDiagram();
    private final ComparisonView comparisonView = new ComparisonView();
    private PathwayStepForm shownStep;
    private QualityRequirementForm shownKpi;
    private Long lastFilledId;
    private int lastStep;
    private int lastKpi;
    private BooleanBinding locked;

    private final org.commissioningdesk.export.ExportRequests exports;

    public SpecificationEditorController(SpecificationEditorViewModel vm,
                                         org.commissioningdesk.export.ExportRequests exports) {
        this.vm = vm;
        this.exports = exports;
    }

    @FXML
    private void onExport() {
        if (org.commissioningdesk.common.Dialogs.exportSavedVersion(saveButton, vm.dirtyProperty().get())) {
            vm.exportJob().ifPresent(exports::export);
        }
    }

    @FXML
    private void initialize() {
        locked = vm.editableProperty().not();
        setUpHeader();
        setUpSections();
        setUpPathway();
        setUpQuality();
        setUpLinks();
        setUpVersions();
        setUpComparison();
        setUpWorkflow();
        vm.errors().addListener((MapChangeListener<String, String>) c -> refreshErrors());
        vm.showErrorsProperty().addListener((obs, was, now) -> refreshErrors());
        vm.openProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    tabs.getSelectionModel().select(sectionsTab);
                    sectionsScroll.setVvalue(0);
                    (vm.loadedProperty().get() == null ? titleField : tabs).requestFocus();
                });
            }
        });
        vm.fillsProperty().addListener((obs, was, count) -> {
            // After a save the same version comes back: keep the person's place in it.
            Specification now = vm.loadedProperty().get();
            boolean same = now != null && Long.valueOf(now.id()).equals(lastFilledId);
            lastFilledId = now == null ? null : now.id();
            select(stepTable, vm.pathway(), same ? lastStep : 0);
            select(kpiTable, vm.quality(), same ? lastKpi : 0);
        });
        refreshErrors();
    }

    private static <T> void select(TableView<T> table, List<T> items, int index) {
        if (items.isEmpty()) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().select(items.get(Math.min(Math.max(index, 0), items.size() - 1)));
        }
    }

    // ---- header

    private void setUpHeader() {
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        titleField.editableProperty().bind(vm.editableProperty());
        serviceAreaField.getItems().setAll(vm.serviceAreas());
        vm.serviceAreas().addListener((ListChangeListener<String>) c ->
                ComboBoxes.replaceItems(serviceAreaField, List.copyOf(vm.serviceAreas())));
        serviceAreaField.valueProperty().bindBidirectional(vm.serviceAreaProperty());
        // An editable combo box commits typed text only on Enter or focus loss; take it as it is typed.
        serviceAreaField.getEditor().textProperty().addListener((obs, was, now) -> {
            if (serviceAreaField.isFocused() && !Objects.equals(now, vm.serviceAreaProperty().get())) {
                vm.serviceAreaProperty().set(now);
            }
        });
        serviceAreaField.disableProperty().bind(locked);
        organisationField(commissionerField, vm.commissioners(), vm.commissionerProperty(), clearCommissionerButton);
        organisationField(providerField, vm.providers(), vm.providerProperty(), clearProviderButton);

        formTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.loadedProperty().get() == null
                ? "New specification" : vm.loadedProperty().get().title(), vm.loadedProperty()));
        statusBadge.textProperty().bind(Bindings.createStringBinding(() -> {
            Specification s = vm.loadedProperty().get();
            return s == null ? "Not saved yet" : "Version " + s.version() + " · " + s.status().label();
        }, vm.loadedProperty()));
        vm.loadedProperty().addListener((obs, was, s) -> {
            statusBadge.getStyleClass().removeIf(c -> c.startsWith("status-") && !c.equals("status-badge"));
            if (s != null) {
                statusBadge.getStyleClass().add("status-" + s.status().name().toLowerCase(Locale.ROOT));
            }
        });
        readOnlyLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Specification s = vm.loadedProperty().get();
            if (s == null) {
                return "";
            }
            return switch (s.status()) {
                case AGREED -> "Agreed on " + UkDates.format(s.agreedOn()) + ". It is read-only: make a new version to change it.";
                case SUPERSEDED -> "Agreed on " + UkDates.format(s.agreedOn()) + " and since superseded by a later version."
                        + " It is read-only and kept for the record.";
                case DRAFT -> "";
            };
        }, vm.loadedProperty()));
        FieldMarks.showOnlyWithText(readOnlyLabel);
        messageLabel.textProperty().bind(vm.messageProperty());
        FieldMarks.showOnlyWithText(messageLabel);
        vm.problemProperty().addListener((obs, was, now) -> {
            messageLabel.getStyleClass().remove("problem");
            if (now) {
                messageLabel.getStyleClass().add("problem");
            }
        });
        marked(titleError, () -> List.of("title"), titleField);
        marked(serviceAreaError, () -> List.of("serviceArea"), serviceAreaField);
        marked(commissionerError, () -> List.of("commissionerId"), commissionerField);
        marked(providerError, () -> List.of("providerId"), providerField);
    }

    private void organisationField(ComboBox<Organisation> field, ObservableList<Organisation> choices,
                                   Property<Organisation> value, Button clear) {
        field.setItems(choices);
        field.valueProperty().bindBidirectional(value);
        // A combo box whose value went back to null shows nothing, not its prompt: say "none" here.
        ComboBoxes.showPromptWhenEmpty(field, Organisation::name);
        field.disableProperty().bind(locked);
        clear.disableProperty().bind(locked.or(field.valueProperty().isNull()));
    }

    @FXML
    private void onClearCommissioner() {
        vm.commissionerProperty().set(null);
    }

    @FXML
    private void onClearProvider() {
        vm.providerProperty().set(null);
    }

    // ---- sections

    /** One card per section under its numbered heading: the text, its word count, bullets and a preview. */
    private void setUpSections() {
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
            sectionsBox.getChildren().add(sectionCard(s, sub));
        }
    }

    private Node sectionCard(SpecSection s, boolean sub) {
        Label title = new Label(s.label());
        title.getStyleClass().add(sub ? "section-card-title" : "section-heading");
        Label words = new Label();
        words.setId("words-" + s.name());
        words.getStyleClass().add("word-count");
        words.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.wordCount(s).get();
            return Plural.count(n, "word");
        }, vm.wordCount(s)));
        TextArea text = new TextArea();
        text.setId("section-" + s.name());
        text.setPromptText(s.guidance());
        text.setTooltip(new Tooltip(s.guidance() + "\nA blank line starts a new paragraph; a line starting \"- \" is a bullet."));
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.setAccessibleText(s.label());
        text.textProperty().bindBidirectional(vm.sectionProperty(s));
        text.editableProperty().bind(vm.editableProperty());
        title.setLabelFor(text);
        sectionFields.put(s, text);

        Button bullets = new Button("• Bullet list");
        bullets.setId("bullets-" + s.name());
        bullets.getStyleClass().add("small-button");
        // Not focus-traversable, so clicking it leaves the text area focused with its selection.
        bullets.setFocusTraversable(false);
        bullets.setTooltip(new Tooltip("Turns the selected lines into a bullet list, or back (Ctrl+Shift+L in the text)"));
        bullets.setOnAction(e -> toggleBullets(s, text));
        text.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
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
        Runnable render = () -> view.show(vm.sectionProperty(s).get());
        vm.sectionProperty(s).addListener((obs, was, now) -> {
            if (view.isVisible()) {
                render.run();
            }
        });
        BooleanBinding reading = preview.selectedProperty().or(locked);
        view.visibleProperty().bind(reading);
        view.managedProperty().bind(reading);
        view.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                render.run();
            }
        });
        text.visibleProperty().bind(reading.not());
        text.managedProperty().bind(reading.not());
        bullets.visibleProperty().bind(locked.not());
        bullets.managedProperty().bind(locked.not());
        bullets.disableProperty().bind(preview.selectedProperty());
        preview.visibleProperty().bind(locked.not());
        preview.managedProperty().bind(locked.not());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox header = new HBox(8, title, space, words, bullets, preview);
        header.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.setId("sectionError-" + s.name());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        marked(error, () -> List.of(SpecificationRules.sectionField(s)), text);
        VBox card = new VBox(4, header, text, view, error);
        card.getStyleClass().add("section-card");
        return card;
    }

    private void toggleBullets(SpecSection s, TextArea text) {
        if (!vm.editableProperty().get()) {
            return;
        }
        SectionText.Edit edit = SectionText.toggleBullets(text.getText(), text.getSelection().getStart(),
                text.getSelection().getEnd());
        vm.sectionProperty(s).set(edit.text());
        text.requestFocus();
        text.selectRange(edit.start(), edit.end());
    }

    // ---- care pathway

    private void setUpPathway() {
        stepTable.setItems(vm.pathway());
        stepNumberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.pathway().indexOf(c.getValue()) + 1));
        stepSettingColumn.setCellValueFactory(c -> c.getValue().settingProperty());
        stepWhoColumn.setCellValueFactory(c -> c.getValue().whoProperty());
        stepWhatColumn.setCellValueFactory(c -> c.getValue().whatProperty());
        stepWaitColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> waitText(c.getValue()),
                c.getValue().maxWaitDaysProperty()));
        stepTable.setRowFactory(t -> errorRow(i -> "step." + vm.pathway().indexOf(i) + "."));
        vm.errors().addListener((MapChangeListener<String, String>) c -> stepTable.refresh());
        vm.pathway().addListener((ListChangeListener<PathwayStepForm>) c -> {
            stepTable.refresh();
            redrawDiagram();
        });
        stepTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showStep(now));
        stepTable.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveStep(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        var selection = stepTable.getSelectionModel();
        var none = selection.selectedItemProperty().isNull();
        addStepButton.disableProperty().bind(locked);
        removeStepButton.disableProperty().bind(locked.or(none));
        stepUpButton.disableProperty().bind(locked.or(none).or(selection.selectedIndexProperty().lessThan(1)));
        stepDownButton.disableProperty().bind(locked.or(none).or(Bindings.createBooleanBinding(() ->
                selection.getSelectedIndex() >= vm.pathway().size() - 1, selection.selectedIndexProperty(), vm.pathway())));
        stepForm.disableProperty().bind(none);
        stepFormTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = selection.getSelectedIndex();
            return i < 0 ? (vm.pathway().isEmpty() ? "Add a step to start the pathway." : "Choose a step to edit it.")
                    : "Step " + (i + 1);
        }, selection.selectedIndexProperty(), vm.pathway()));
        for (TextInputControl t : List.of(stepSettingField, stepWhoField, stepWhatField, stepWaitField)) {
            t.editableProperty().bind(vm.editableProperty());
        }
        marked(stepSettingError, () -> stepKeys("setting"), stepSettingField);
        marked(stepWhoError, () -> stepKeys("who"), stepWhoField);
        marked(stepWhatError, () -> stepKeys("what"), stepWhatField);
        marked(stepWaitError, () -> stepKeys("maxWaitDays"), stepWaitField);

        diagramScroll.setContent(diagram);
        redrawDiagram();
    }

    private static String waitText(PathwayStepForm f) {
        String typed = f.maxWaitDaysProperty().get() == null ? "" : f.maxWaitDaysProperty().get().strip();
        if (typed.isEmpty()) {
            return "";
        }
        return typed.equals("1") ? "1 day" : typed.matches("\\d+") ? typed + " days" : typed;
    }

    private void redrawDiagram() {
        List<PathwayDiagram.Box> boxes = vm.pathway().stream().map(f -> new PathwayDiagram.Box(
                f.settingProperty().get(), f.whoProperty().get(), f.whatProperty().get(), arrowText(f))).toList();
        diagram.show(boxes);
    }

    /** The wait written on the arrow into a step: "same day", "within 28 days", or "" when none is set. */
    private static String arrowText(PathwayStepForm f) {
        String typed = f.maxWaitDaysProperty().get() == null ? "" : f.maxWaitDaysProperty().get().strip();
        if (typed.isEmpty()) {
            return "";
        }
        if (!typed.matches("\\d+")) {
            return "? " + typed;
        }
        int days = Integer.parseInt(typed.length() > 6 ? "999999" : typed);
        return days == 0 ? "same day" : "within " + Plural.count(days, "day");
    }

    private List<String> stepKeys(String field) {
        int i = shownStep == null ? -1 : vm.pathway().indexOf(shownStep);
        return i < 0 ? List.of() : List.of(SpecificationRules.stepField(i, field));
    }

    private void showStep(PathwayStepForm f) {
        stepUnbind.forEach(Runnable::run);
        stepUnbind.clear();
        shownStep = f;
        if (f == null) {
            for (TextInputControl t : List.of(stepSettingField, stepWhoField, stepWhatField, stepWaitField)) {
                t.setText("");
            }
        } else {
            lastStep = vm.pathway().indexOf(f);
            bind(stepUnbind, stepSettingField.textProperty(), f.settingProperty());
            bind(stepUnbind, stepWhoField.textProperty(), f.whoProperty());
            bind(stepUnbind, stepWhatField.textProperty(), f.whatProperty());
            bind(stepUnbind, stepWaitField.textProperty(), f.maxWaitDaysProperty());
        }
        refreshErrors();
    }

    @FXML
    private void onAddStep() {
        PathwayStepForm f = vm.addStep();
        stepTable.getSelectionModel().select(f);
        stepTable.scrollTo(f);
        stepSettingField.requestFocus();
    }

    @FXML
    private void onRemoveStep() {
        PathwayStepForm f = stepTable.getSelectionModel().getSelectedItem();
        if (f != null && Dialogs.confirm(stepTable, "Remove step " + (vm.pathway().indexOf(f) + 1) + "?",
                "The step is removed from the pathway when you save.", "Remove")) {
            vm.pathway().remove(f);
        }
    }

    @FXML
    private void onStepUp() {
        moveStep(-1);
    }

    @FXML
    private void onStepDown() {
        moveStep(1);
    }

    private void moveStep(int by) {
        PathwayStepForm f = stepTable.getSelectionModel().getSelectedItem();
        if (f != null && vm.move(vm.pathway(), f, by)) {
            stepTable.getSelectionModel().select(f);
            stepTable.requestFocus();
        }
    }

    // ---- quality requirements

    private void setUpQuality() {
        kpiTable.setItems(vm.quality());
        kpiNumberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.quality().indexOf(c.getValue()) + 1));
        kpiIndicatorColumn.setCellValueFactory(c -> c.getValue().indicatorProperty());
        kpiTargetColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> target(c.getValue()),
                c.getValue().directionProperty(), c.getValue().thresholdProperty(), c.getValue().unitProperty()));
        kpiFrequencyColumn.setCellValueFactory(c -> Bindings.createStringBinding(() ->
                c.getValue().frequencyProperty().get() == null ? "" : c.getValue().frequencyProperty().get().label(),
                c.getValue().frequencyProperty()));
        kpiConsequenceColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> consequence(c.getValue()),
                c.getValue().penaltyKindProperty(), c.getValue().penaltyProperty(), c.getValue().remedialActionPlanProperty()));
        kpiTable.setRowFactory(t -> errorRow(i -> "kpi." + vm.quality().indexOf(i) + "."));
        vm.errors().addListener((MapChangeListener<String, String>) c -> kpiTable.refresh());
        vm.quality().addListener((ListChangeListener<QualityRequirementForm>) c -> kpiTable.refresh());
        kpiTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showKpi(now));
        kpiTable.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                moveKpi(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        var selection = kpiTable.getSelectionModel();
        var none = selection.selectedItemProperty().isNull();
        addKpiButton.disableProperty().bind(locked);
        removeKpiButton.disableProperty().bind(locked.or(none));
        kpiUpButton.disableProperty().bind(locked.or(none).or(selection.selectedIndexProperty().lessThan(1)));
        kpiDownButton.disableProperty().bind(locked.or(none).or(Bindings.createBooleanBinding(() ->
                selection.getSelectedIndex() >= vm.quality().size() - 1, selection.selectedIndexProperty(), vm.quality())));
        kpiForm.disableProperty().bind(none);
        kpiFormTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = selection.getSelectedIndex();
            return i < 0 ? (vm.quality().isEmpty() ? "Add a quality requirement to start." : "Choose a requirement to edit it.")
                    : "Quality requirement " + (i + 1);
        }, selection.selectedIndexProperty(), vm.quality()));
        kpiDirectionField.getItems().setAll(Direction.values());
        kpiDirectionField.setConverter(ComboBoxes.shown(Direction::label));
        kpiFrequencyField.getItems().setAll(ReportingFrequency.values());
        kpiFrequencyField.setConverter(ComboBoxes.shown(ReportingFrequency::label));
        kpiPenaltyKindField.getItems().setAll(PenaltyKind.values());
        kpiPenaltyKindField.setConverter(ComboBoxes.shown(PenaltyKind::label));
        for (Control c : List.of(kpiDirectionField, kpiFrequencyField, kpiPenaltyKindField, kpiRemedialField)) {
            c.disableProperty().bind(locked);
        }
        for (TextInputControl t : List.of(kpiIndicatorField, kpiThresholdField, kpiUnitField, kpiMeasurementField,
                kpiPenaltyField, kpiIncentiveField, kpiIncentiveAmountField)) {
            t.editableProperty().bind(vm.editableProperty());
        }
        // The amount field follows the kind of penalty: pounds, a percentage, or nothing to fill in.
        kpiPenaltyField.disableProperty().bind(kpiPenaltyKindField.valueProperty().isEqualTo(PenaltyKind.NONE)
                .or(kpiPenaltyKindField.valueProperty().isNull()));
        kpiPenaltyField.promptTextProperty().bind(Bindings.createStringBinding(() ->
                kpiPenaltyKindField.getValue() == PenaltyKind.FIXED ? "£ per breach"
                        : kpiPenaltyKindField.getValue() == PenaltyKind.PERCENT_OF_MONTHLY_VALUE ? "% (0 to 100)" : "",
                kpiPenaltyKindField.valueProperty()));
        marked(kpiIndicatorError, () -> kpiKeys("indicator"), kpiIndicatorField);
        marked(kpiThresholdError, () -> kpiKeys("direction", "threshold", "unit"));
        marked(null, () -> kpiKeys("threshold"), kpiThresholdField);
        marked(null, () -> kpiKeys("direction"), kpiDirectionField);
        marked(null, () -> kpiKeys("unit"), kpiUnitField);
        marked(kpiMeasurementError, () -> kpiKeys("measurement"), kpiMeasurementField);
        marked(kpiFrequencyError, () -> kpiKeys("frequency"), kpiFrequencyField);
        marked(kpiPenaltyError, () -> kpiKeys("penalty"), kpiPenaltyField);
        marked(kpiIncentiveError, () -> kpiKeys("incentive"), kpiIncentiveField);
        marked(kpiIncentiveAmountError, () -> kpiKeys("incentiveAmount"), kpiIncentiveAmountField);
    }

    /** "at least 90 %" as typed. */
    private static String target(QualityRequirementForm f) {
        String threshold = f.thresholdProperty().get() == null ? "" : f.thresholdProperty().get().strip();
        String unit = f.unitProperty().get() == null ? "" : f.unitProperty().get().strip();
        return ((f.directionProperty().get() == null ? "" : f.directionProperty().get().label() + " ")
                + threshold + (unit.isEmpty() ? "" : " " + unit)).strip();
    }

    private String consequence(QualityRequirementForm f) {
        int i = vm.quality().indexOf(f);
        return f.toRequirement(Math.max(i, 0), new LinkedHashMap<>()).consequenceText();
    }

    private List<String> kpiKeys(String... fields) {
        int i = shownKpi == null ? -1 : vm.quality().indexOf(shownKpi);
        if (i < 0) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (String f : fields) {
            keys.add(SpecificationRules.kpiField(i, f));
        }
        return keys;
    }

    private void showKpi(QualityRequirementForm f) {
        kpiUnbind.forEach(Runnable::run);
        kpiUnbind.clear();
        shownKpi = f;
        if (f == null) {
            for (TextInputControl t : List.of(kpiIndicatorField, kpiThresholdField, kpiUnitField, kpiMeasurementField,
                    kpiPenaltyField, kpiIncentiveField, kpiIncentiveAmountField)) {
                t.setText("");
            }
            kpiDirectionField.setValue(null);
            kpiFrequencyField.setValue(null);
            kpiPenaltyKindField.setValue(null);
            kpiRemedialField.setSelected(false);
        } else {
            lastKpi = vm.quality().indexOf(f);
            bind(kpiUnbind, kpiIndicatorField.textProperty(), f.indicatorProperty());
            bind(kpiUnbind, kpiDirectionField.valueProperty(), f.directionProperty());
            bind(kpiUnbind, kpiThresholdField.textProperty(), f.thresholdProperty());
            bind(kpiUnbind, kpiUnitField.textProperty(), f.unitProperty());
            bind(kpiUnbind, kpiMeasurementField.textProperty(), f.measurementProperty());
            bind(kpiUnbind, kpiFrequencyField.valueProperty(), f.frequencyProperty());
            bind(kpiUnbind, kpiPenaltyKindField.valueProperty(), f.penaltyKindProperty());
            bind(kpiUnbind, kpiPenaltyField.textProperty(), f.penaltyProperty());
            bind(kpiUnbind, kpiRemedialField.selectedProperty(), f.remedialActionPlanProperty());
            bind(kpiUnbind, kpiIncentiveField.textProperty(), f.incentiveProperty());
            bind(kpiUnbind, kpiIncentiveAmountField.textProperty(), f.incentiveAmountProperty());
        }
        refreshErrors();
    }

    @FXML
    private void onAddKpi() {
        QualityRequirementForm f = vm.addRequirement();
        kpiTable.getSelectionModel().select(f);
        kpiTable.scrollTo(f);
        kpiIndicatorField.requestFocus();
    }

    @FXML
    private void onRemoveKpi() {
        QualityRequirementForm f = kpiTable.getSelectionModel().getSelectedItem();
        if (f == null) {
            return;
        }
        String name = f.indicatorProperty().get() == null || f.indicatorProperty().get().isBlank() ? "this requirement"
                : "'" + f.indicatorProperty().get() + "'";
        if (Dialogs.confirm(kpiTable, "Remove " + name + "?", "The requirement is removed when you save.", "Remove")) {
            vm.quality().remove(f);
        }
    }

    @FXML
    private void onKpiUp() {
        moveKpi(-1);
    }

    @FXML
    private void onKpiDown() {
        moveKpi(1);
    }

    private void moveKpi(int by) {
        QualityRequirementForm f = kpiTable.getSelectionModel().getSelectedItem();
        if (f != null && vm.move(vm.quality(), f, by)) {
            kpiTable.getSelectionModel().select(f);
            kpiTable.requestFocus();
        }
    }

    /** A row shown in red while any field of its item has a message. */
    private <T> TableRow<T> errorRow(Function<T, String> prefix) {
        return new TableRow<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-error");
                if (!empty && item != null && hasErrors(prefix.apply(item))) {
                    getStyleClass().add("row-error");
                }
            }
        };
    }

    // ---- links

    private void setUpLinks() {
        deliveredTable.setItems(vm.delivered());
        deliveredProspectusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().prospectusTitle()));
        deliveredOwnerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ownerName()));
        deliveredCycleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().firstYear().toString()));
        deliveredVersionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().prospectusVersion()));
        deliveredStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(statusLabel(c.getValue().prospectusStatus())));
        deliveredPriorityColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().priorityTitle()));
    }

    /** A prospectus status as stored ("BOARD_APPROVED") in words ("Board approved"). */
    private static String statusLabel(String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        String words = stored.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1).replace("board", "Board");
    }

    // ---- versions and history

    private void setUpVersions() {
        versionTable.setItems(vm.versions());
        versionTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        versionNumberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper("v" + c.getValue().version()
                + (isLoaded(c.getValue()) ? " (this)" : "")));
        versionStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status().label()));
        versionAgreedColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(UkDates.format(c.getValue().agreedOn())));
        versionTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        versionTable.setRowFactory(t -> {
            TableRow<SpecificationSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && !isLoaded(row.getItem()) && mayDiscardChanges()) {
                    vm.open(row.getItem().id(), null);
                }
            });
            return row;
        });
        compareWithField.setConverter(ComboBoxes.shown(v -> "v" + v.version() + " · " + v.status().label()
                + (v.agreedOn() == null ? "" : " " + UkDates.format(v.agreedOn()))));
        Runnable others = () -> {
            List<SpecificationSummary> list = vm.versions().stream().filter(v -> !isLoaded(v)).toList();
            SpecificationSummary kept = compareWithField.getValue();
            compareWithField.getItems().setAll(list);
            SpecificationSummary same = kept == null ? null : list.stream().filter(v -> v.id() == kept.id()).findFirst()
                    .orElse(null);
            // By default, compare with the version just before this one.
            compareWithField.setValue(same != null ? same : list.stream()
                    .filter(v -> vm.loadedProperty().get() != null && v.version() < vm.loadedProperty().get().version())
                    .reduce((a, b) -> b).orElse(list.isEmpty() ? null : list.get(0)));
        };
        vm.versions().addListener((ListChangeListener<SpecificationSummary>) c -> others.run());
        vm.loadedProperty().addListener((obs, was, now) -> {
            others.run();
            versionTable.refresh();
        });
        var selected = versionTable.getSelectionModel().getSelectedItems();
        compareButton.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(() ->
                selected.size() != 2 && compareWithField.getValue() == null, selected, compareWithField.valueProperty())));

        changeTable.setItems(vm.statusChanges());
        changeWhenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().at())));
        changeToColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().to().label()));
        changeByColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().by()));
        changeNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? ""
                : c.getValue().note()));
        auditTitle.textProperty().bind(Bindings.createStringBinding(() -> "Changes (" + vm.audit().size() + ")", vm.audit()));
        auditLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.audit().isEmpty() ? "No changes recorded yet."
                : vm.audit().stream().map(e -> WHEN.format(e.at()) + "  " + e.who() + "  " + e.action())
                .collect(Collectors.joining("\n")), vm.audit()));
    }

    private boolean isLoaded(SpecificationSummary v) {
        Specification s = vm.loadedProperty().get();
        return s != null && v != null && s.id() == v.id();
    }

    @FXML
    private void onCompare() {
        List<SpecificationSummary> chosen = List.copyOf(versionTable.getSelectionModel().getSelectedItems());
        Specification s = vm.loadedProperty().get();
        if (chosen.size() == 2) {
            vm.compare(chosen.get(0).id(), chosen.get(1).id());
        } else if (s != null && compareWithField.getValue() != null) {
            vm.compare(compareWithField.getValue().id(), s.id());
        }
    }

    // ---- comparison

    private void setUpComparison() {
        compareScroll.setContent(comparisonView);
        Runnable show = () -> {
            SpecificationComparison c = vm.comparisonProperty().get();
            comparisonView.show(c, showUnchangedField.isSelected());
            if (c != null) {
                String pair = "v" + c.left().version() + " and v" + c.right().version();
                compareTitle.setText("Comparing " + pair + " of " + c.right().title());
                compareSummary.setText(c.changedParts() + " of " + c.parts().size() + " parts changed between " + pair);
            }
        };
        vm.comparisonProperty().addListener((obs, was, now) -> {
            show.run();
            // The pane shows only once its content is in place, so nobody (person or test) sees it half-filled.
            comparePane.setVisible(now != null);
            editPane.setVisible(now == null);
            if (now != null) {
                compareScroll.setVvalue(0);
                Platform.runLater(compareBackButton::requestFocus);
            }
        });
        showUnchangedField.selectedProperty().addListener((obs, was, now) -> show.run());
    }

    @FXML
    private void onCloseComparison() {
        vm.closeComparison();
        Platform.runLater(() -> tabs.getSelectionModel().select(versionsTab));
    }

    // ---- saving and the workflow

    private void setUpWorkflow() {
        var status = Bindings.createObjectBinding(() -> vm.loadedProperty().get() == null ? null
                : vm.loadedProperty().get().status(), vm.loadedProperty());
        var busyOrDirty = vm.busyProperty().or(vm.dirtyProperty());
        agreeButton.disableProperty().bind(busyOrDirty.or(status.isNotEqualTo(SpecStatus.DRAFT)));
        agreeButton.setTooltip(new Tooltip("Save your changes first; agreeing fixes the saved version."));
        editorNewVersionButton.disableProperty().bind(vm.busyProperty().or(Bindings.createBooleanBinding(() -> {
            Specification s = vm.loadedProperty().get();
            return s == null || s.status() != SpecStatus.AGREED
                    || vm.versions().stream().anyMatch(v -> v.version() > s.version());
        }, vm.loadedProperty(), vm.versions())));
        saveTemplateButton.disableProperty().bind(busyOrDirty.or(vm.loadedProperty().isNull()));
        saveTemplateButton.setTooltip(new Tooltip("Takes the specification as last saved: save your changes first."));
        editorDeleteButton.disableProperty().bind(vm.busyProperty().or(status.isNotEqualTo(SpecStatus.DRAFT)));
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()).or(locked));
        // Only what has been saved can be exported.
        editorExportButton.disableProperty().bind(vm.loadedProperty().isNull());
        discardButton.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()));
        saveButton.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (saveButton.getScene() != null && vm.openProperty().get() && !saveButton.isDisabled()) {
                        onSave();
                    }
                });
            }
        });
    }

    @FXML
    private void onSave() {
        vm.save(null);
    }

    @FXML
    private void onDiscard() {
        Specification s = vm.loadedProperty().get();
        if (!Dialogs.confirm(saveButton, "Discard changes?", "Everything typed since the last save will be lost.",
                "Discard changes")) {
            return;
        }
        if (s == null) {
            vm.startNew();
        } else {
            vm.open(s.id(), null);
        }
    }

    @FXML
    private void onBack() {
        if (mayDiscardChanges()) {
            vm.close();
        }
    }

    private boolean mayDiscardChanges() {
        return !vm.dirtyProperty().get() || Dialogs.confirmDiscard(saveButton, "specification");
    }

    @FXML
    private void onAgree() {
        Specification s = vm.loadedProperty().get();
        if (s == null || !vm.readyToAgree()) {
            return;
        }
        SpecificationDialogs.agree(saveButton, s).ifPresent(note -> {
            // The button is about to be disabled: keep the focus somewhere harmless, not in a field.
            tabs.requestFocus();
            vm.agree(note);
        });
    }

    @FXML
    private void onNewVersion() {
        tabs.requestFocus();
        vm.newVersion();
    }

    @FXML
    private void onSaveAsTemplate() {
        Specification s = vm.loadedProperty().get();
        if (s != null) {
            askTemplateName(s.title(), "", Map.of());
        }
    }

    /** Asks for the name again, with the problem shown, until it is saved or the person cancels. */
    private void askTemplateName(String name, String description, Map<String, String> problems) {
        SpecificationDialogs.templateName(saveButton, name, description, problems).ifPresent(typed ->
                vm.saveAsTemplate(typed.name(), typed.description(),
                        found -> Platform.runLater(() -> askTemplateName(typed.name(), typed.description(), found))));
    }

    @FXML
    private void onDelete() {
        Specification s = vm.loadedProperty().get();
        if (s != null && Dialogs.confirm(saveButton, "Delete " + s.label() + "?", "Version " + s.version()
                + " is a draft. Deleting it cannot be undone here; the audit trail keeps a copy.", "Delete draft")) {
            vm.delete(null);
        }
    }

    // ---- messages on fields

    private static <T> void bind(List<Runnable> unbind, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        unbind.add(() -> control.unbindBidirectional(model));
    }

    private void marked(Label label, Supplier<List<String>> keys, Control... controls) {
        marks.mark(label, keys, controls);
    }

    private boolean hasErrors(String prefix) {
        return vm.showErrorsProperty().get() && vm.errors().keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    private void refreshErrors() {
        marks.refresh(vm::error);
    }
}
