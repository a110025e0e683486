package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A searchable picker over a long list of organisations, bound as the editors bind theirs: typing
 * narrows, Enter chooses, the list opens at the current value, and the value survives a refresh.
 */
@ExtendWith(ApplicationExtension.class)
class PickersTest {

    record Org(long id, String name) {
    }

    private final ObservableList<Org> choices = FXCollections.observableArrayList();
    /** The view model's property the combo box is bound to, and every value it was given. */
    private final ObjectProperty<Org> chosen = new SimpleObjectProperty<>();
    private final List<Org> given = new ArrayList<>();
    private ComboBox<Org> combo;
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        choices.setAll(organisations());
        combo = new ComboBox<>();
        combo.setId("picker");
        combo.setPromptText("Choose the PCT, LCG or group");
        combo.setItems(choices);
        combo.valueProperty().bindBidirectional(chosen);
        Pickers.searchable(combo, Org::name);
        chosen.set(find("Kingston PCT"));
        chosen.addListener((obs, was, now) -> given.add(now));
        // A field above the picker (the list opens below it) to click on elsewhere.
        TextField elsewhere = new TextField();
        elsewhere.setId("elsewhere");
        stage.setScene(new Scene(new VBox(8, elsewhere, combo), 420, 200));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::close).get(10, TimeUnit.SECONDS);
    }

    /** Sixty numbered PCTs, then the London ones, as long and as unsorted as a real register. */
    private static List<Org> organisations() {
        List<Org> all = new ArrayList<>(IntStream.range(0, 60).mapToObj(i -> new Org(i, "Area " + i + " PCT")).toList());
        all.add(new Org(100, "Camden PCT"));
        all.add(new Org(101, "Islington PCT"));
        all.add(new Org(102, "Kingston PCT"));
        all.add(new Org(103, "North Central London LCG"));
        all.add(new Org(104, "North East London LCG"));
        all.add(new Org(105, "East London and the City Mental Health NHS Trust"));
        return all;
    }

    private Org find(String name) {
        return choices.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> shown(FxRobot robot) {
        return robot.lookup(".type-ahead-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isVisible()).sorted(java.util.Comparator.comparingInt(ListCell::getIndex))
                .map(c -> c.getText()).toList();
    }

    private static String selected(FxRobot robot) {
        return robot.lookup(".type-ahead-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isSelected()).map(c -> c.getText()).findFirst().orElse(null);
    }

    @Test
    void typingNarrowsTheListAndEnterChoosesWithoutTouchingTheValueBefore(FxRobot robot) {
        robot.clickOn("#picker");
        assertThat(combo.isShowing()).isTrue();
        robot.write("north lon");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).containsExactly("North Central London LCG", "North East London LCG");
        robot.write(" ea");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).containsExactly("North East London LCG");
        // Nothing reaches the bound value while searching: no null, no half-way choice.
        assertThat(given).isEmpty();
        assertThat(chosen.get().name()).isEqualTo("Kingston PCT");

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isShowing()).isFalse();
        assertThat(given).containsExactly(find("North East London LCG"));
        assertThat(combo.isFocused()).isTrue();
    }

    @Test
    void namesStartingWithWhatIsTypedComeFirstAndArrowsMoveTheChoice(FxRobot robot) {
        robot.clickOn("#picker").write("east");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).containsExactly("East London and the City Mental Health NHS Trust", "North East London LCG");
        assertThat(selected(robot)).isEqualTo("East London and the City Mental Health NHS Trust");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen.get().name()).isEqualTo("North East London LCG");
    }

    @Test
    void aLetterTypedOnTheClosedPickerStartsTheSearch(FxRobot robot) {
        robot.interact(combo::requestFocus);
        robot.write("cam");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isShowing()).isTrue();
        assertThat(shown(robot)).containsExactly("Camden PCT");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chosen.get().name()).isEqualTo("Camden PCT");
    }

    @Test
    void theListOpensAtTheCurrentValue(FxRobot robot) {
        robot.clickOn("#picker");
        WaitForAsyncUtils.waitForFxEvents();
        // Kingston is the 63rd of 66: far below the first screenful, yet shown and selected on opening.
        assertThat(selected(robot)).isEqualTo("Kingston PCT");
        assertThat(shown(robot)).contains("Kingston PCT").doesNotContain("Area 0 PCT");
    }

    @Test
    void escapeAndAClickElsewhereLeaveTheValueAsItWas(FxRobot robot) {
        robot.clickOn("#picker").write("isl");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isShowing()).isFalse();
        robot.clickOn("#picker").write("cam");
        robot.clickOn("#elsewhere");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isShowing()).isFalse();
        assertThat(given).isEmpty();
        assertThat(chosen.get().name()).isEqualTo("Kingston PCT");
        // The search starts afresh next time.
        robot.clickOn("#picker");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).hasSizeGreaterThan(2);
    }

    @Test
    void aClickOnAChoiceChoosesIt(FxRobot robot) {
        robot.clickOn("#picker").write("isl");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((ListCell<?> c) -> "Islington PCT".equals(c.getText()))
                .<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(combo.isShowing()).isFalse();
        assertThat(given).containsExactly(find("Islington PCT"));
    }

    @Test
    void theChosenValueSurvivesTheListBeingRefreshed(FxRobot robot) {
        robot.clickOn("#picker").write("camden");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // The register is read again: fresh records, a shorter list, the chosen one now retired (left out).
        List<Org> fresh = organisations().stream().filter(o -> o.id() != 100 && o.id() < 50 || o.id() > 100).toList();
        robot.interact(() -> Choices.replaceKeepingChosen(choices, fresh, chosen, Org::id));
        assertThat(chosen.get()).isEqualTo(new Org(100, "Camden PCT"));
        assertThat(combo.getValue()).isEqualTo(new Org(100, "Camden PCT"));
        assertThat(combo.getItems()).hasSize(fresh.size() + 1);
        // And the list, searched again, is the fresh one.
        robot.clickOn("#picker").write("area 5");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(robot)).containsExactly("Area 5 PCT", "Area 15 PCT", "Area 25 PCT", "Area 35 PCT", "Area 45 PCT");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void thePromptComesBackWhenTheValueIsCleared(FxRobot robot) {
        robot.interact(() -> chosen.set(null));
        assertThat(combo.getButtonCell().getText()).isEqualTo("Choose the PCT, LCG or group");
    }
}
