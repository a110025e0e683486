package org.commissioningdesk.prospectus;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.commissioningdesk.common.Plural;
import org.commissioningdesk.common.ComboBoxes;
import org.commissioningdesk.common.DateFields;
import org.commissioningdesk.common.Dialogs;
import org.commissioningdesk.common.FieldMarks;
import org.commissioningdesk.common.FinancialYear;
import org.commissioningdesk.common.Money;
import org.commissioningdesk.common.UkDates;
import org.commissioningdesk.organisation.Organisation;
import org.commissioningdesk.specification.SpecificationSummary;

/**
 * The prospectus editor: header, narrative, and tabs for priorities (with money per year and
 * outcome measures), consultation, finance and history, plus the workflow buttons. Every field
 * shows its own message as it is typed; nothing is written until Save.
 */
public final class ProspectusEditorController {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ProspectusEditorViewModel vm;

    @FXML private Button backButton;
    @FXML private Label formTitle;
    @FXML private Label statusBadge;
    @FXML private Button saveButton;
    @FXML private Button editorExportButton;
    @FXML private Button discardButton;
    @FXML private Button consultButton;
    @FXML private Button approveButton;
    @FXML private Button publishButton;
    @FXML private Button returnButton;
    @FXML private Button editorNewVersionButton;
    @FXML private Button editorDeleteButton;
    @FXML private Label readOnlyLabel;
    @FXML private Label messageLabel;
    @FXML private ComboBox<Organisation> ownerField;
    @FXML private Label ownerError;
    @FXML private TextField titleField;
    @FXML private Label titleError;
    @FXML private ComboBox<FinancialYear> firstYearField;
    @FXML private ComboBox<Integer> cycleYearsField;
    @FXML private Label cycleError;
    @FXML private Label levelLabel;
    @FXML private TabPane tabs;
    @FXML private Tab prioritiesTab;
    @FXML private Tab consultationTab;
    @FXML private TextArea summaryField;
    @FXML private Label summaryError;
    @FXML private TextArea contextField;
    @FXML private Label contextError;
    @FXML private TextArea needsField;
    @FXML private Label needsError;
    // Priorities
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
    @FXML private Label inheritedTitle;
    @FXML private Label inheritedPlaceholder;
    @FXML private TableView<InheritedPriority> inheritedTable;
    @FXML private TableColumn<InheritedPriority, String> inheritedFromColumn;
    @FXML private TableColumn<InheritedPriority, String> inheritedTitleColumn;
    @FXML private TableColumn<InheritedPriority, String> inheritedAreaColumn;
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
    // Consultation
    @FXML private Label consultationCounts;
    @FXML private TableView<ResponseForm> responseTable;
    @FXML private TableColumn<ResponseForm, String> responseDateColumn;
    @FXML private TableColumn<ResponseForm, String> responseSourceColumn;
    @FXML private TableColumn<ResponseForm, String> responseFromColumn;
    @FXML private TableColumn<ResponseForm, String> responsePriorityColumn;
    @FXML private TableColumn<ResponseForm, String> responseAnsweredColumn;
    @FXML private Button addResponseButton;
    @FXML private Button removeResponseButton;
    @FXML private GridPane responseForm;
    @FXML private ComboBox<SourceType> sourceField;
    @FXML private Label sourceError;
    @FXML private TextField respondentField;
    @FXML private Label respondentError;
    @FXML private DatePicker receivedField;
    @FXML private Label receivedError;
    @FXML private ComboBox<String> responsePriorityField;
    @FXML private Label responsePriorityError;
    @FXML private TextArea responseSummaryField;
    @FXML private Label responseSummaryError;
    @FXML private TextArea pctResponseField;
    @FXML private Label pctResponseError;
    @FXML private CheckBox answeredField;
    // Finance
    @FXML private TableView<ProspectusFinance.YearLine> yearTable;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> yearColumn;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> investColumn;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> disinvestColumn;
    @FXML private TableColumn<ProspectusFinance.YearLine, String> netYearColumn;
    @FXML private TableView<ProspectusFinance.AreaLine> areaTable;
    // History
    @FXML private TableView<StatusChange> changeTable;
    @FXML private TableColumn<StatusChange, String> changeWhenColumn;
    @FXML private TableColumn<StatusChange, String> changeToColumn;
    @FXML private TableColumn<StatusChange, String> changeByColumn;
    @FXML private TableColumn<StatusChange, String> changeNoteColumn;
    @FXML private TableView<ProspectusSummary> versionTable;
    @FXML private TableColumn<ProspectusSummary, String> versionNumberColumn;
    @FXML private TableColumn<ProspectusSummary, String> versionStatusColumn;
    @FXML private TableColumn<ProspectusSummary, String> versionTitleColumn;
    @FXML private Label auditLabel;

    private final FieldMarks marks = new FieldMarks();
    private final List<Runnable> priorityUnbind = new ArrayList<>();
    private final List<Runnable> outcomeUnbind = new ArrayList<>();
    private final List<Runnable> responseUnbind = new ArrayList<>();
    private final ListChangeListener<Long> linksChanged = change -> buildLinks();
    private final List<Label> outcomeErrors = new ArrayList<>();
    private final ListChangeListener<OutcomeForm> outcomesChanged = change -> {
        while (change.next()) {
            if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                Platform.runLater(this::buildOutcomes);
                return;
            }
        }
    };
    private PriorityForm shownPriority;
    private String lastPriorityKey;
    private Long lastFilledId;
    private int lastResponseIndex;
    private ResponseForm shownResponse;
    private BooleanBinding locked;

    private final org.commissioningdesk.export.ExportRequests exports;

    public ProspectusEditorController(ProspectusEditorViewModel vm, org.commissioningdesk.export.ExportRequests exports) {
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
        setUpNarrative();
        setUpPriorities();
        setUpConsultation();
        setUpFinance();
        setUpHistory();
        setUpWorkflow();
        vm.errors().addListener((MapChangeListener<String, String>) c -> refreshErrors());
        vm.showErrorsProperty().addListener((obs, was, now) -> refreshErrors());
        vm.openProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(() -> {
                    tabs.getSelectionModel().selectFirst();
                    (vm.loadedProperty().get() == null ? ownerField : tabs).requestFocus();
                });
            }
        });
        vm.fillsProperty().addListener((obs, was, count) -> {
            // After a save the same prospectus comes back: keep the person's place in it.
            Prospectus now = vm.loadedProperty().get();
            boolean same = now != null && Long.valueOf(now.id()).equals(lastFilledId);
            lastFilledId = now == null ? null : now.id();
            String key = same ? lastPriorityKey : null;
            int response = same ? lastResponseIndex : 0;
            vm.priorities().stream().filter(f -> f.key().equals(key)).findFirst().ifPresentOrElse(
                    f -> priorityTable.getSelectionModel().select(f), () -> priorityTable.getSelectionModel().selectFirst());
            if (!vm.consultation().isEmpty()) {
                responseTable.getSelectionModel().select(vm.consultation().get(Math.min(Math.max(response, 0), vm.consultation().size() - 1)));
            }
        });
        refreshErrors();
    }

    // ---- header and narrative

    private void setUpHeader() {
        ownerField.setItems(vm.owners());
        ownerField.valueProperty().bindBidirectional(vm.ownerProperty());
        ownerField.setConverter(new StringConverter<>() {
            @Override
            public String toString(Organisation o) {
                return o == null ? "" : o.name();
            }

            @Override
            public Organisation fromString(String s) {
                return null;
            }
        });
        ownerField.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Prospectus p = vm.loadedProperty().get();
            return !vm.editableProperty().get() || (p != null && (p.status() != ProspectusStatus.DRAFT || p.version() > 1));
        }, vm.loadedProperty(), vm.editableProperty()));
        titleField.textProperty().bindBidirectional(vm.titleProperty());
        titleField.editableProperty().bind(vm.editableProperty());
        firstYearField.setItems(vm.yearChoices());
        firstYearField.valueProperty().bindBidirectional(vm.firstYearProperty());
        cycleYearsField.getItems().setAll(1, 2, 3);
        cycleYearsField.valueProperty().bindBidirectional(vm.cycleYearsProperty());
        cycleYearsField.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : Plural.count(n, "year");
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        var cycleLocked = Bindings.createBooleanBinding(() -> {
            Prospectus p = vm.loadedProperty().get();
            return !vm.editableProperty().get() || (p != null && (p.status() != ProspectusStatus.DRAFT || p.version() > 1));
        }, vm.loadedProperty(), vm.editableProperty());
        firstYearField.disableProperty().bind(cycleLocked);
        cycleYearsField.disableProperty().bind(cycleLocked);
        levelLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.levelProperty().get() == null
                ? "Follows from the owner" : vm.levelProperty().get().label(), vm.levelProperty()));
        formTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.loadedProperty().get() == null
                ? "New prospectus" : vm.loadedProperty().get().title(), vm.loadedProperty()));
        statusBadge.textProperty().bind(Bindings.createStringBinding(() -> {
            Prospectus p = vm.loadedProperty().get();
            return p == null ? "Not saved yet" : "Version " + p.version() + " · " + p.status().label();
        }, vm.loadedProperty()));
        vm.loadedProperty().addListener((obs, was, p) -> {
            statusBadge.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-badge"));
            if (p != null) {
                statusBadge.getStyleClass().add("status-" + p.status().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
        readOnlyLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Prospectus p = vm.loadedProperty().get();
            if (p == null) {
                return "";
            }
            return switch (p.status()) {
                case BOARD_APPROVED -> "Approved by the Board on " + UkDates.format(p.boardMeetingDate())
                        + ". It is read-only: publish it, or return it to draft to change it.";
                case PUBLISHED -> "Published" + (p.boardMeetingDate() == null ? "" : " (Board approval "
                        + UkDates.format(p.boardMeetingDate()) + ")") + ". It is read-only: make a new version to change it.";
                case SUPERSEDED -> "Superseded by a later version. It is read-only and kept for the record.";
                default -> "";
            };
        }, vm.loadedProperty()));
        FieldMarks.showOnlyWithText(readOnlyLabel);
        messageLabel.textProperty().bind(vm.messageProperty());
        FieldMarks.showOnlyWithText(messageLabel);
        marked(ownerError, () -> List.of("ownerId"), ownerField);
        marked(titleError, () -> List.of("title"), titleField);
        marked(cycleError, () -> List.of("firstYear", "cycleYears"), firstYearField, cycleYearsField);
    }

    private void setUpNarrative() {
        bindText(summaryField, vm.summaryProperty());
        bindText(contextField, vm.strategicContextProperty());
        bindText(needsField, vm.healthNeedsProperty());
        marked(summaryError, () -> List.of("summary"), summaryField);
        marked(contextError, () -> List.of("strategicContext"), contextField);
        marked(needsError, () -> List.of("healthNeeds"), needsField);
    }

    private void bindText(TextInputControl field, javafx.beans.property.StringProperty property) {
        field.textProperty().bindBidirectional(property);
        field.editableProperty().bind(vm.editableProperty());
    }

    // ---- priorities

    private void setUpPriorities() {
        priorityTable.setItems(vm.priorities());
        priorityNumberColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.priorities().indexOf(c.getValue()) + 1));
        priorityTitleColumn.setCellValueFactory(c -> c.getValue().titleProperty());
        priorityAreaColumn.setCellValueFactory(c -> c.getValue().serviceAreaProperty());
        priorityChangeColumn.setCellValueFactory(c -> c.getValue().changeTypeProperty());
        priorityTotalColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> total(c.getValue()),
                c.getValue().amountProperty(0), c.getValue().amountProperty(1), c.getValue().amountProperty(2), vm.cycle()));
        priorityTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PriorityForm item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-error");
                if (!empty && item != null && hasErrors("priority." + vm.priorities().indexOf(item) + ".")) {
                    getStyleClass().add("row-error");
                }
            }
        });
        vm.errors().addListener((MapChangeListener<String, String>) c -> priorityTable.refresh());
        vm.priorities().addListener((ListChangeListener<PriorityForm>) c -> priorityTable.refresh());
        priorityTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showPriority(now));
        priorityTable.setOnKeyPressed(e -> {
            if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        var none = priorityTable.getSelectionModel().selectedItemProperty().isNull();
        addPriorityButton.disableProperty().bind(locked);
        removePriorityButton.disableProperty().bind(locked.or(none));
        upButton.disableProperty().bind(locked.or(none).or(priorityTable.getSelectionModel().selectedIndexProperty().lessThan(1)));
        downButton.disableProperty().bind(locked.or(none).or(Bindings.createBooleanBinding(() ->
                priorityTable.getSelectionModel().getSelectedIndex() >= vm.priorities().size() - 1,
                priorityTable.getSelectionModel().selectedIndexProperty(), vm.priorities())));
        priorityForm.disableProperty().bind(none);
        priorityFormTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            int i = priorityTable.getSelectionModel().getSelectedIndex();
            return i < 0 ? (vm.priorities().isEmpty() ? "Add a priority to start." : "Choose a priority to edit it.")
                    : "Priority " + (i + 1);
        }, priorityTable.getSelectionModel().selectedIndexProperty(), vm.priorities()));

        serviceAreaField.getItems().setAll(vm.serviceAreas());
        vm.serviceAreas().addListener((ListChangeListener<String>) c -> ComboBoxes.replaceItems(serviceAreaField, List.copyOf(vm.serviceAreas())));
        // An editable combo box commits typed text only on Enter or focus loss; take it as it is typed.
        serviceAreaField.getEditor().textProperty().addListener((obs, was, now) -> {
            if (shownPriority != null && !Objects.equals(now, shownPriority.serviceAreaProperty().get())
                    && serviceAreaField.isFocused()) {
                shownPriority.serviceAreaProperty().set(now);
            }
        });
        serviceAreaField.disableProperty().bind(locked);
        changeTypeField.getItems().setAll(ChangeType.values());
        changeTypeField.disableProperty().bind(locked);
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
        vm.cycle().addListener((ListChangeListener<FinancialYear>) c -> relabel.run());
        amounts.forEach(a -> a.textProperty().addListener((obs, was, now) -> relabel.run()));
        relabel.run();
        for (TextField a : amounts) {
            a.editableProperty().bind(vm.editableProperty());
        }
        rationaleField.editableProperty().bind(vm.editableProperty());
        inequalityField.editableProperty().bind(vm.editableProperty());
        leadOfficerField.editableProperty().bind(vm.editableProperty());
        priorityTitleField.editableProperty().bind(vm.editableProperty());
        addOutcomeButton.disableProperty().bind(locked);

        marked(priorityTitleError, () -> priorityKeys("title"), priorityTitleField);
        marked(serviceAreaError, () -> priorityKeys("serviceArea"), serviceAreaField);
        marked(changeTypeError, () -> priorityKeys("changeType"), changeTypeField);
        for (int y = 0; y < 3; y++) {
            int year = y;
            marked(null, () -> selectedIndex() < 0 ? List.of() : List.of(ProspectusRules.amountField(selectedIndex(), year)),
                    amounts.get(y));
        }
        marked(amountError, () -> selectedIndex() < 0 ? List.of() : List.of(ProspectusRules.amountField(selectedIndex(), 0),
                ProspectusRules.amountField(selectedIndex(), 1), ProspectusRules.amountField(selectedIndex(), 2)));
        marked(rationaleError, () -> priorityKeys("rationale"), rationaleField);
        marked(inequalityError, () -> priorityKeys("inequalityFocus"), inequalityField);
        marked(leadOfficerError, () -> priorityKeys("leadOfficer"), leadOfficerField);
        marked(specificationsError, () -> priorityKeys("specifications"), linkSpecificationField);
        setUpLinks();

        javafx.collections.transformation.SortedList<InheritedPriority> sortedInherited =
                new javafx.collections.transformation.SortedList<>(vm.inherited());
        sortedInherited.comparatorProperty().bind(inheritedTable.comparatorProperty());
        inheritedTable.setItems(sortedInherited);
        inheritedFromColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ownerName()
                + " (" + c.getValue().level().label() + ")"));
        inheritedTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().priority().title()));
        inheritedAreaColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().priority().serviceArea()));
        inheritedTable.setRowFactory(t -> {
            TableRow<InheritedPriority> row = new TableRow<>();
            row.getStyleClass().add("inherited");
            row.itemProperty().addListener((obs, was, now) -> row.setTooltip(now == null ? null : new Tooltip(
                    "Inherited from " + now.prospectusTitle() + " (version " + now.version() + ", " + now.status().label()
                            + ").\nRead-only here: it is changed in its own prospectus."
                            + (now.priority().outcomes().isEmpty() ? "" : "\n" + now.priority().outcomes().stream()
                            .map(OutcomeMeasure::describe).collect(Collectors.joining("\n"))))));
            return row;
        });
        inheritedTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                showInherited();
            }
        });
        inheritedTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showInherited();
                e.consume();
            }
        });
        inheritedPlaceholder.textProperty().bind(Bindings.createStringBinding(() -> {
            ProspectusLevel level = vm.levelProperty().get();
            FinancialYear year = vm.firstYearProperty().get();
            if (level == ProspectusLevel.LONDON) {
                return "A London-wide prospectus inherits nothing: its priorities are inherited by every PCT's.";
            }
            return level == null || year == null ? "Choose the owner and cycle to see the priorities it inherits."
                    : "No agreed London-wide or group priorities for a cycle starting " + year + ".";
        }, vm.levelProperty(), vm.firstYearProperty()));
        inheritedTitle.textProperty().bind(Bindings.createStringBinding(() -> "Inherited priorities ("
                + vm.inherited().size() + ", read-only)", vm.inherited()));
    }

    /** The specifications that deliver the chosen priority: listed with a remove button each, and a chooser to add one. */
    private void setUpLinks() {
        linkSpecificationField.setItems(vm.specificationChoices());
        ComboBoxes.showPromptWhenEmpty(linkSpecificationField, s -> s.title() + " (v" + s.version() + ", "
                + s.status().label() + ")");
        linkSpecificationField.disableProperty().bind(locked);
        linkSpecificationButton.disableProperty().bind(locked.or(linkSpecificationField.valueProperty().isNull()));
        vm.specificationChoices().addListener((ListChangeListener<SpecificationSummary>) c -> buildLinks());
    }

    private void buildLinks() {
        linkedSpecificationsBox.getChildren().clear();
        PriorityForm f = shownPriority;
        if (f == null) {
            return;
        }
        if (f.specificationIds().isEmpty()) {
            Label none = new Label(vm.specificationChoices().isEmpty()
                    ? "No service specifications yet: write them on the Specifications screen."
                    : "No specification linked yet.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            linkedSpecificationsBox.getChildren().add(none);
        }
        for (Long id : List.copyOf(f.specificationIds())) {
            Label name = new Label(vm.specificationLabel(id));
            name.setWrapText(true);
            name.getStyleClass().add("linked-specification");
            Button remove = new Button("✕");
            remove.setAccessibleText("Unlink " + name.getText());
            remove.setTooltip(new Tooltip("Unlink this specification"));
            remove.disableProperty().bind(locked);
            remove.setOnAction(e -> vm.unlinkSpecification(f, id));
            HBox row = new HBox(6, name, remove);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            linkedSpecificationsBox.getChildren().add(row);
        }
    }

    @FXML
    private void onLinkSpecification() {
        SpecificationSummary chosen = linkSpecificationField.getValue();
        if (shownPriority != null && chosen != null) {
            if (!vm.linkSpecification(shownPriority, chosen.seriesId())) {
                vm.problem("'" + chosen.title() + "' is already linked to this priority.");
            }
            linkSpecificationField.setValue(null);
        }
    }

    /** The whole of an inherited priority, read-only (double-click or Enter in the inherited list). */
    private void showInherited() {
        InheritedPriority i = inheritedTable.getSelectionModel().getSelectedItem();
        if (i == null) {
            return;
        }
        org.commissioningdesk.prospectus.Priority p = i.priority();
        StringBuilder text = new StringBuilder();
        text.append("From ").append(i.prospectusTitle()).append(" (").append(i.ownerName()).append(", version ")
                .append(i.version()).append(", ").append(i.status().label()).append(")\n\n");
        text.append("Service area: ").append(p.serviceArea()).append("\nChange: ").append(p.changeType().label()).append('\n');
        FinancialYear first = vm.firstYearProperty().get();
        for (int y = 0; y < p.amounts().size(); y++) {
            if (p.amount(y) != null) {
                text.append(first == null ? "Year " + (y + 1) : new FinancialYear(first.startYear() + y).toString())
                        .append(": ").append(Money.format(p.amount(y))).append('\n');
            }
        }
        if (p.rationale() != null) {
            text.append("\nRationale: ").append(p.rationale()).append('\n');
        }
        if (!p.outcomes().isEmpty()) {
            text.append("\nOutcomes:\n");
            p.outcomes().forEach(o -> text.append("  • ").append(o.describe()).append('\n'));
        }
        if (p.inequalityFocus() != null) {
            text.append("\nInequality focus: ").append(p.inequalityFocus()).append('\n');
        }
        if (p.leadOfficer() != null) {
            text.append("\nLead officer: ").append(p.leadOfficer()).append('\n');
        }
        if (!p.specificationIds().isEmpty()) {
            text.append("\nDelivered by:\n");
            p.specificationIds().forEach(id -> text.append("  • ").append(vm.specificationLabel(id)).append('\n'));
        }
        text.append("\nInherited priorities are read-only here; they are changed in their own prospectus.");
        Dialogs.info(inheritedTable, p.title(), text.toString());
    }

    private List<String> priorityKeys(String field) {
        return selectedIndex() < 0 ? List.of() : List.of(ProspectusRules.priorityField(selectedIndex(), field));
    }

    private int selectedIndex() {
        return shownPriority == null ? -1 : vm.priorities().indexOf(shownPriority);
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

    private void showPriority(PriorityForm f) {
        priorityUnbind.forEach(Runnable::run);
        priorityUnbind.clear();
        if (shownPriority != null) {
            shownPriority.outcomes().removeListener(outcomesChanged);
            shownPriority.specificationIds().removeListener(linksChanged);
        }
        shownPriority = f;
        if (f != null) {
            lastPriorityKey = f.key();
        }
        List<TextField> amounts = List.of(amount0, amount1, amount2);
        if (f == null) {
            for (TextInputControl t : List.of(priorityTitleField, rationaleField, inequalityField, leadOfficerField,
                    amount0, amount1, amount2)) {
                t.setText("");
            }
            serviceAreaField.setValue(null);
            changeTypeField.setValue(null);
        } else {
            bind(priorityUnbind, priorityTitleField.textProperty(), f.titleProperty());
            bind(priorityUnbind, serviceAreaField.valueProperty(), f.serviceAreaProperty());
            serviceAreaField.getEditor().setText(f.serviceAreaProperty().get());
            bind(priorityUnbind, changeTypeField.valueProperty(), f.changeTypeProperty());
            for (int i = 0; i < 3; i++) {
                bind(priorityUnbind, amounts.get(i).textProperty(), f.amountProperty(i));
            }
            bind(priorityUnbind, rationaleField.textProperty(), f.rationaleProperty());
            bind(priorityUnbind, inequalityField.textProperty(), f.inequalityFocusProperty());
            bind(priorityUnbind, leadOfficerField.textProperty(), f.leadOfficerProperty());
            f.outcomes().addListener(outcomesChanged);
            f.specificationIds().addListener(linksChanged);
        }
        buildOutcomes();
        buildLinks();
        refreshErrors();
    }

    private static <T> void bind(List<Runnable> unbind, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        unbind.add(() -> control.unbindBidirectional(model));
    }

    /** One row of fields per outcome measure of the priority shown. */
    private void buildOutcomes() {
        outcomeUnbind.forEach(Runnable::run);
        outcomeUnbind.clear();
        outcomeErrors.clear();
        outcomesBox.getChildren().clear();
        marks.forget(label -> "outcome".equals(label.getUserData()));
        PriorityForm f = shownPriority;
        if (f == null) {
            return;
        }
        if (f.outcomes().isEmpty()) {
            Label none = new Label("None yet. Each priority needs at least one measurable outcome before consultation.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            outcomesBox.getChildren().add(none);
        }
        for (int j = 0; j < f.outcomes().size(); j++) {
            OutcomeForm o = f.outcomes().get(j);
            int index = j;
            TextField indicator = field("outcomeIndicator" + j, "Indicator, e.g. premature CVD mortality", 22);
            TextField unit = field("outcomeUnit" + j, "Unit, e.g. per 100,000", 9);
            TextField baseline = field("outcomeBaseline" + j, "Baseline", 6);
            TextField target = field("outcomeTarget" + j, "Target", 6);
            ComboBox<FinancialYear> year = new ComboBox<>();
            year.setId("outcomeYear" + j);
            year.setPromptText("by year");
            year.getItems().setAll(vm.cycle());
            year.setAccessibleText("Target year");
            year.setPrefWidth(108);
            year.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ListChangeListener<FinancialYear> cycleChanged = c -> ComboBoxes.replaceItems(year, List.copyOf(vm.cycle()));
            vm.cycle().addListener(cycleChanged);
            outcomeUnbind.add(() -> vm.cycle().removeListener(cycleChanged));
            bind(outcomeUnbind, indicator.textProperty(), o.indicatorProperty());
            bind(outcomeUnbind, unit.textProperty(), o.unitProperty());
            bind(outcomeUnbind, baseline.textProperty(), o.baselineProperty());
            bind(outcomeUnbind, target.textProperty(), o.targetProperty());
            bind(outcomeUnbind, year.valueProperty(), o.targetYearProperty());
            year.disableProperty().bind(locked);
            Button remove = new Button("✕");
            remove.setAccessibleText("Remove this outcome measure");
            remove.setTooltip(new Tooltip("Remove this outcome measure"));
            remove.disableProperty().bind(locked);
            remove.setOnAction(e -> f.outcomes().remove(o));
            HBox line1 = new HBox(6, indicator, remove);
            HBox.setHgrow(indicator, Priority.ALWAYS);
            HBox line2 = new HBox(6, word("from"), baseline, word("to"), target, unit, word("by"), year);
            line2.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            Label error = new Label();
            error.setId("outcomeError" + j);
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setUserData("outcome");
            VBox row = new VBox(4, line1, line2, error);
            row.getStyleClass().add("outcome-row");
            outcomesBox.getChildren().add(row);
            marked(error, () -> {
                int p = selectedIndex();
                return p < 0 ? List.of() : List.of(ProspectusRules.outcomeField(p, index, "indicator"),
                        ProspectusRules.outcomeField(p, index, "baseline"), ProspectusRules.outcomeField(p, index, "target"),
                        ProspectusRules.outcomeField(p, index, "unit"), ProspectusRules.outcomeField(p, index, "targetYear"));
            });
            markEach(index, "indicator", indicator);
            markEach(index, "unit", unit);
            markEach(index, "baseline", baseline);
            markEach(index, "target", target);
            markEach(index, "targetYear", year);
        }
        refreshErrors();
    }

    private static Label word(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void markEach(int outcome, String field, Control control) {
        Label none = new Label();
        none.setUserData("outcome");
        marks.mark(none, () -> selectedIndex() < 0 ? List.of()
                : List.of(ProspectusRules.outcomeField(selectedIndex(), outcome, field)), control);
    }

    private TextField field(String id, String prompt, int columns) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setAccessibleText(prompt);
        t.setPrefColumnCount(columns);
        t.editableProperty().bind(vm.editableProperty());
        return t;
    }

    @FXML
    private void onAddPriority() {
        PriorityForm f = vm.addPriority();
        priorityTable.getSelectionModel().select(f);
        priorityTable.scrollTo(f);
        priorityTitleField.requestFocus();
    }

    @FXML
    private void onRemovePriority() {
        PriorityForm f = priorityTable.getSelectionModel().getSelectedItem();
        if (f == null) {
            return;
        }
        String name = f.titleProperty().get() == null || f.titleProperty().get().isBlank() ? "this priority"
                : "'" + f.titleProperty().get() + "'";
        if (Dialogs.confirm(priorityTable, "Remove " + name + "?", "Its money and outcome measures go with it when you save. "
                + "Consultation responses about it will then concern the prospectus as a whole.", "Remove")) {
            vm.removePriority(f);
        }
    }

    @FXML
    private void onMoveUp() {
        move(-1);
    }

    @FXML
    private void onMoveDown() {
        move(1);
    }

    private void move(int by) {
        PriorityForm f = priorityTable.getSelectionModel().getSelectedItem();
        if (f != null && vm.editableProperty().get() && vm.movePriority(f, by)) {
            priorityTable.getSelectionModel().select(f);
            priorityTable.requestFocus();
        }
    }

    @FXML
    private void onAddOutcome() {
        if (shownPriority != null) {
            vm.addOutcome(shownPriority);
            Platform.runLater(() -> outcomesBox.lookupAll("#outcomeIndicator" + (shownPriority.outcomes().size() - 1))
                    .forEach(Node::requestFocus));
        }
    }

    // ---- consultation

    private void setUpConsultation() {
        // Sorting the table must not reorder the log itself (that would be an edit to save).
        javafx.collections.transformation.SortedList<ResponseForm> sortedResponses =
                new javafx.collections.transformation.SortedList<>(vm.consultation());
        sortedResponses.comparatorProperty().bind(responseTable.comparatorProperty());
        responseTable.setItems(sortedResponses);
        responseDateColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> UkDates.format(c.getValue().receivedOnProperty().get()), c.getValue().receivedOnProperty()));
        responseSourceColumn.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().sourceProperty().get() == null
                ? "" : c.getValue().sourceProperty().get().label(), c.getValue().sourceProperty()));
        responseFromColumn.setCellValueFactory(c -> c.getValue().respondentProperty());
        responsePriorityColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().priorityKeyProperty().get() == null ? "(the whole prospectus)"
                        : vm.priorityTitle(c.getValue().priorityKeyProperty().get()), c.getValue().priorityKeyProperty(), vm.priorities()));
        responseAnsweredColumn.setCellValueFactory(c -> Bindings.createStringBinding(
                () -> c.getValue().answeredProperty().get() ? "Yes" : "Not yet", c.getValue().answeredProperty()));
        responseTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showResponse(now));
        var none = responseTable.getSelectionModel().selectedItemProperty().isNull();
        addResponseButton.disableProperty().bind(locked);
        removeResponseButton.disableProperty().bind(locked.or(none));
        responseForm.disableProperty().bind(none);
        sourceField.getItems().setAll(SourceType.values());
        sourceField.disableProperty().bind(locked);
        respondentField.editableProperty().bind(vm.editableProperty());
        DateFields.ukDates(receivedField, problem -> {
        });
        receivedField.disableProperty().bind(locked);
        responsePriorityField.disableProperty().bind(locked);
        responsePriorityField.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null ? "The prospectus as a whole" : vm.priorityTitle(key);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        responsePriorityField.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String key, boolean empty) {
                super.updateItem(key, empty);
                setText(empty ? null : key == null ? "The prospectus as a whole" : vm.priorityTitle(key));
            }
        });
        vm.priorities().addListener((ListChangeListener<PriorityForm>) c -> refreshPriorityChoices());
        refreshPriorityChoices();
        responseSummaryField.editableProperty().bind(vm.editableProperty());
        pctResponseField.editableProperty().bind(vm.editableProperty());
        answeredField.disableProperty().bind(locked);
        marked(sourceError, () -> responseKeys("source"), sourceField);
        marked(respondentError, () -> responseKeys("respondent"), respondentField);
        marked(receivedError, () -> responseKeys("receivedOn"), receivedField);
        marked(responsePriorityError, () -> responseKeys("priorityKey"), responsePriorityField);
        marked(responseSummaryError, () -> responseKeys("summary"), responseSummaryField);
        marked(pctResponseError, () -> responseKeys("response"), pctResponseField);
        consultationCounts.textProperty().bind(Bindings.createStringBinding(this::counts, vm.consultation()));
        responseTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ResponseForm item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("row-error");
                if (!empty && item != null && hasErrors("consultation." + vm.consultation().indexOf(item) + ".")) {
                    getStyleClass().add("row-error");
                }
            }
        });
        vm.errors().addListener((MapChangeListener<String, String>) c -> responseTable.refresh());
    }

    private void refreshPriorityChoices() {
        List<String> keys = new ArrayList<>();
        keys.add(null);
        vm.priorities().forEach(p -> keys.add(p.key()));
        ComboBoxes.replaceItems(responsePriorityField, keys);
    }

    private String counts() {
        int n = vm.consultation().size();
        if (n == 0) {
            return "No consultation responses logged yet.";
        }
        Map<SourceType, Long> bySource = new EnumMap<>(SourceType.class);
        vm.consultation().forEach(r -> {
            if (r.sourceProperty().get() != null) {
                bySource.merge(r.sourceProperty().get(), 1L, Long::sum);
            }
        });
        long unanswered = vm.consultation().stream().filter(r -> !r.answeredProperty().get()).count();
        return Plural.count(n, "response") + " received, " + (n - unanswered) + " answered, "
                + unanswered + " unanswered.  By source: " + bySource.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private List<String> responseKeys(String field) {
        int i = shownResponse == null ? -1 : vm.consultation().indexOf(shownResponse);
        return i < 0 ? List.of() : List.of(ProspectusRules.consultationField(i, field));
    }

    private void showResponse(ResponseForm r) {
        responseUnbind.forEach(Runnable::run);
        responseUnbind.clear();
        shownResponse = r;
        if (r != null) {
            lastResponseIndex = vm.consultation().indexOf(r);
        }
        if (r == null) {
            for (TextInputControl t : List.of(respondentField, responseSummaryField, pctResponseField)) {
                t.setText("");
            }
            sourceField.setValue(null);
            receivedField.setValue(null);
            responsePriorityField.setValue(null);
            answeredField.setSelected(false);
        } else {
            bind(responseUnbind, sourceField.valueProperty(), r.sourceProperty());
            bind(responseUnbind, respondentField.textProperty(), r.respondentProperty());
            bind(responseUnbind, receivedField.valueProperty(), r.receivedOnProperty());
            bind(responseUnbind, responsePriorityField.valueProperty(), r.priorityKeyProperty());
            bind(responseUnbind, responseSummaryField.textProperty(), r.summaryProperty());
            bind(responseUnbind, pctResponseField.textProperty(), r.responseProperty());
            bind(responseUnbind, answeredField.selectedProperty(), r.answeredProperty());
        }
        refreshErrors();
    }

    @FXML
    private void onAddResponse() {
        ResponseForm r = vm.addResponse();
        responseTable.getSelectionModel().select(r);
        responseTable.scrollTo(r);
        sourceField.requestFocus();
    }

    @FXML
    private void onRemoveResponse() {
        ResponseForm r = responseTable.getSelectionModel().getSelectedItem();
        if (r != null && Dialogs.confirm(responseTable, "Remove this response?",
                "The response is removed from the log when you save; the audit trail keeps a copy.", "Remove")) {
            vm.consultation().remove(r);
        }
    }

    // ---- finance

    private void setUpFinance() {
        yearColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().year() == null ? "Total"
                : c.getValue().year().toString()));
        investColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().investment())));
        disinvestColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().disinvestment())));
        netYearColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().net())));
        yearTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProspectusFinance.YearLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("total-row");
                if (!empty && item != null && item.year() == null) {
                    getStyleClass().add("total-row");
                }
            }
        });
        // The tables are as tall as their rows, so the page reads as one statement.
        for (TableView<?> table : List.of(yearTable, areaTable)) {
            table.setFixedCellSize(26);
            table.prefHeightProperty().bind(Bindings.size(table.getItems()).add(1.4).multiply(26).add(4));
            table.minHeightProperty().bind(table.prefHeightProperty());
        }
        vm.financeProperty().addListener((obs, was, now) -> showFinance(now));
        showFinance(vm.financeProperty().get());
    }

    private void showFinance(ProspectusFinance f) {
        if (f == null) {
            yearTable.getItems().clear();
            areaTable.getItems().clear();
            return;
        }
        List<ProspectusFinance.YearLine> lines = new ArrayList<>(f.years());
        lines.add(f.total());
        yearTable.getItems().setAll(lines);
        int years = f.years().size();
        if (areaTable.getColumns().size() != years + 2
                || !areaTable.getColumns().stream().skip(1).limit(years).map(TableColumn::getText).toList()
                .equals(f.years().stream().map(y -> y.year().toString()).toList())) {
            areaTable.getColumns().clear();
            TableColumn<ProspectusFinance.AreaLine, String> area = new TableColumn<>("Service area");
            area.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().serviceArea()));
            // Money columns keep their width; the service area takes what is left.
            area.prefWidthProperty().bind(areaTable.widthProperty().subtract(years * 140 + 150 + 20));
            areaTable.getColumns().add(area);
            for (int i = 0; i < years; i++) {
                int index = i;
                TableColumn<ProspectusFinance.AreaLine, String> year = new TableColumn<>(f.years().get(i).year().toString());
                year.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().perYear().get(index))));
                year.getStyleClass().add("number");
                year.setPrefWidth(140);
                areaTable.getColumns().add(year);
            }
            TableColumn<ProspectusFinance.AreaLine, String> total = new TableColumn<>("Total");
            total.setCellValueFactory(c -> new ReadOnlyStringWrapper(Money.format(c.getValue().total())));
            total.getStyleClass().add("number");
            total.setPrefWidth(150);
            areaTable.getColumns().add(total);
            areaTable.getColumns().forEach(c -> c.setSortable(false));
        }
        areaTable.getItems().setAll(f.areas());
    }

    // ---- history

    private void setUpHistory() {
        changeTable.setItems(vm.statusChanges());
        changeWhenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(WHEN.format(c.getValue().at())));
        changeToColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().to().label()
                + (c.getValue().boardMeetingDate() == null ? "" : " (Board " + UkDates.format(c.getValue().boardMeetingDate()) + ")")));
        changeByColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().by()));
        changeNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note() == null ? ""
                : c.getValue().note()));
        versionTable.setItems(vm.versions());
        versionNumberColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper("v" + c.getValue().version()
                + (vm.loadedProperty().get() != null && vm.loadedProperty().get().id() == c.getValue().id() ? " (this)" : "")));
        versionStatusColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().status().label()));
        versionTitleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().title()));
        versionTable.setRowFactory(t -> {
            TableRow<ProspectusSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()
                        && vm.loadedProperty().get() != null && row.getItem().id() != vm.loadedProperty().get().id()
                        && mayDiscardChanges()) {
                    vm.open(row.getItem().id(), null);
                }
            });
            return row;
        });
        auditLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.audit().isEmpty() ? "No changes recorded yet."
                : vm.audit().stream().map(e -> WHEN.format(e.at()) + "  " + e.who() + "  " + e.action())
                .collect(Collectors.joining("\n")), vm.audit()));
    }

    // ---- saving and the workflow

    private void setUpWorkflow() {
        var status = Bindings.createObjectBinding(() -> vm.loadedProperty().get() == null ? null
                : vm.loadedProperty().get().status(), vm.loadedProperty());
        var busyOrDirty = vm.busyProperty().or(vm.dirtyProperty());
        consultButton.disableProperty().bind(busyOrDirty.or(status.isNotEqualTo(ProspectusStatus.DRAFT)));
        approveButton.disableProperty().bind(busyOrDirty.or(status.isNotEqualTo(ProspectusStatus.CONSULTATION)));
        publishButton.disableProperty().bind(busyOrDirty.or(status.isNotEqualTo(ProspectusStatus.BOARD_APPROVED)));
        returnButton.disableProperty().bind(busyOrDirty.or(status.isNotEqualTo(ProspectusStatus.CONSULTATION)
                .and(status.isNotEqualTo(ProspectusStatus.BOARD_APPROVED))));
        editorNewVersionButton.disableProperty().bind(vm.busyProperty().or(status.isNotEqualTo(ProspectusStatus.PUBLISHED)));
        editorDeleteButton.disableProperty().bind(vm.busyProperty().or(status.isNotEqualTo(ProspectusStatus.DRAFT)));
        for (Button b : List.of(consultButton, approveButton, publishButton, returnButton)) {
            b.setTooltip(new Tooltip("Save your changes first; the workflow moves the saved prospectus."));
        }
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()).or(locked));
        // Only what has been saved can be exported.
        editorExportButton.disableProperty().bind(vm.loadedProperty().isNull());
        discardButton.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()));
        vm.problemProperty().addListener((obs, was, now) -> {
            messageLabel.getStyleClass().remove("problem");
            if (now) {
                messageLabel.getStyleClass().add("problem");
            }
        });
        saveButton.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> {
                    if (vm.openProperty().get() && !saveButton.isDisabled()) {
                        onSave();
                    }
                });
            }
        });
    }

    @FXML
    private void onSave() {
        commitTypedDate();
        vm.save(null);
    }

    /** A received date typed but not committed (no Enter or Tab) is taken as typed. */
    private void commitTypedDate() {
        if (shownResponse != null && DateFields.typedButNotCommitted(receivedField)) {
            UkDates.tryParse(receivedField.getEditor().getText()).ifPresent(receivedField::setValue);
        }
    }

    @FXML
    private void onDiscard() {
        Prospectus p = vm.loadedProperty().get();
        if (!Dialogs.confirm(saveButton, "Discard changes?", "Everything typed since the last save will be lost.",
                "Discard changes")) {
            return;
        }
        if (p == null) {
            vm.startNew();
        } else {
            vm.open(p.id(), null);
        }
    }

    @FXML
    private void onBack() {
        if (mayDiscardChanges()) {
            vm.close();
        }
    }

    private boolean mayDiscardChanges() {
        return !vm.dirtyProperty().get() || Dialogs.confirmDiscard(saveButton, "prospectus");
    }

    @FXML
    private void onConsult() {
        // The button is about to be disabled: keep the focus somewhere harmless, not in a field.
        tabs.requestFocus();
        vm.sendToConsultation();
    }

    @FXML
    private void onApprove() {
        Prospectus p = vm.loadedProperty().get();
        if (p == null) {
            return;
        }
        Optional<java.time.LocalDate> date = BoardApprovalDialog.ask(saveButton, p.title(), vm.today());
        if (date.isEmpty()) {
            return;
        }
        long unanswered = ProspectusService.unanswered(p);
        boolean accept = false;
        if (unanswered > 0) {
            accept = Dialogs.confirm(saveButton, "Approve with unanswered responses?", Plural.count(unanswered,
                    "consultation response") + Plural.agree(unanswered, " has", " have") + " not been answered. "
                    + "The approval will record that it was given with them unanswered.", "Approve anyway");
            if (!accept) {
                tabs.getSelectionModel().select(consultationTab);
                return;
            }
        }
        // The button is about to be disabled: keep the focus somewhere harmless, not in a field.
        tabs.requestFocus();
        vm.approve(date.get(), accept);
    }

    @FXML
    private void onPublish() {
        Prospectus p = vm.loadedProperty().get();
        if (p == null) {
            return;
        }
        boolean older = vm.versions().stream().anyMatch(v -> v.version() < p.version()
                && (v.status() == ProspectusStatus.PUBLISHED || v.status() == ProspectusStatus.BOARD_APPROVED));
        if (Dialogs.confirm(saveButton, "Publish " + p.title() + "?", "Once published it is read-only."
                + (older ? " The earlier published version will be marked Superseded." : ""), "Publish")) {
            // The button is about to be disabled: keep the focus somewhere harmless, not in a field.
            tabs.requestFocus();
            vm.publish();
        }
    }

    @FXML
    private void onReturn() {
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle("Return to draft");
        ask.setHeaderText("Return this prospectus to draft?");
        ask.setContentText("Reason (kept in the history):");
        if (saveButton.getScene() != null) {
            ask.initOwner(saveButton.getScene().getWindow());
        }
        // The button is about to be disabled: keep the focus somewhere harmless, not in a field.
        tabs.requestFocus();
        ask.showAndWait().ifPresent(vm::returnToDraft);
    }

    @FXML
    private void onNewVersion() {
        // The button is about to be disabled: keep the focus somewhere harmless, not in a field.
        tabs.requestFocus();
        vm.newVersion();
    }

    @FXML
    private void onDelete() {
        Prospectus p = vm.loadedProperty().get();
        if (p != null && Dialogs.confirm(saveButton, "Delete " + p.title() + "?", "Version " + p.version()
                + " is a draft. Deleting it cannot be undone here; the audit trail keeps a copy.", "Delete draft")) {
            vm.delete(null);
        }
    }

    // ---- messages on fields

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
