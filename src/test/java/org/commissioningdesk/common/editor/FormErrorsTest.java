package org.commissioningdesk.common.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import java.util.List;
import java.util.function.Predicate;

import javafx.beans.property.SimpleListProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;

import org.junit.jupiter.api.Test;

class FormErrorsTest {

    private final FormErrors form = new FormErrors(key -> !key.equals("boardDate"));

    private static Map<String, String> ordered(String... keysAndTexts) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndTexts.length; i += 2) {
            m.put(keysAndTexts[i], keysAndTexts[i + 1]);
        }
        return m;
    }

    @Test
    void aTypingProblemReplacesTheRuleOnItsFieldAndTheMessageNamesTheFirstInReadingOrder() {
        form.checked(ordered("title", "Give the title", "amount", "Give an amount"), ordered("amount", "Not a sum of money"));
        assertThat(form.get("amount")).isEqualTo("Not a sum of money");
        assertThat(form.blocking()).isEqualTo(2);
        assertThat(form.notSavedMessage()).isEqualTo("Not saved: 2 problems need fixing (marked in red). Give the title.");
        form.checked(ordered(), ordered());
        assertThat(form.shown()).isEmpty();
        assertThat(form.blocksSaving()).isFalse();
    }

    @Test
    void aRefusalIsKeptForTheFormsFieldsOnlyAndGoesOnTheNextEdit() {
        assertThat(form.refused(Map.of("boardDate", "The Board met after today"))).isFalse();
        assertThat(form.shown()).isEmpty();
        assertThat(form.refused(Map.of("title", "Another prospectus is already called that"))).isTrue();
        assertThat(form.blocksSaving()).isTrue();
        assertThat(form.notSavedMessage()).isEqualTo(
                "Not saved: 1 problem needs fixing (marked in red). Another prospectus is already called that.");
        form.edited();
        assertThat(form.get("title")).isNull();
        assertThat(form.blocksSaving()).isFalse();
    }

    @Test
    void gapsAreShownButNeverBlockAndARuleOnTheSameFieldSpeaksFirst() {
        form.gaps(ordered("commissionerId", "Choose the commissioner who agrees it", "quality", "Add a requirement"));
        assertThat(form.get("commissionerId")).isEqualTo("Choose the commissioner who agrees it");
        assertThat(form.blocksSaving()).isFalse();
        assertThat(form.first()).contains("Choose the commissioner who agrees it");

        form.checked(ordered("quality", "Give the threshold of requirement 1"), ordered());
        assertThat(form.get("quality")).isEqualTo("Give the threshold of requirement 1");
        assertThat(form.blocking()).isEqualTo(1);
        assertThat(form.first()).contains("Give the threshold of requirement 1");

        form.edited();
        assertThat(form.get("commissionerId")).isNull();
        form.reset();
        assertThat(form.shown()).isEmpty();
    }

    @Test
    void aFormsKeysComeFromItsFieldsNamesAndItsListsNameTheirRows() {
        Object bean = new Object();
        Predicate<String> keys = FormErrors.keysOf(List.of(new SimpleStringProperty(bean, "title", ""),
                new SimpleObjectProperty<Integer>(bean, "ownerId"),
                new SimpleListProperty<String>(bean, "priority", FXCollections.observableArrayList())));
        assertThat(keys).accepts("title", "ownerId", "priority.0.title", "priority.3.outcome.1.target");
        // A Board date is asked for in a dialog; "priorityNote" only starts like the list's name.
        assertThat(keys).rejects("boardMeetingDate", "priorityNote", "priority", "titles");
    }

    @Test
    void aFieldWithoutANameIsRefusedSinceItsMessagesWouldHaveNowhereToGo() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormErrors.keysOf(List.of(new SimpleStringProperty(""))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
