package org.commissioningdesk.common.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.SameThreadTaskRunner;
import org.commissioningdesk.common.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The editor session's requests. The work runs on the calling thread, and "the person moved on
 * while it ran" is the work itself calling {@link EditorSession#moveOn()} before it answers.
 */
class EditorSessionTest {

    private final EditorSession session = new EditorSession(new SameThreadTaskRunner(),
            new FormErrors(key -> key.startsWith("form.")));
    private final List<String> shown = new ArrayList<>();

    @Test
    void anAnswerForARecordThePersonHasLeftIsDropped() {
        session.request("open A", () -> {
            session.moveOn();
            return "A";
        }, shown::add);
        assertThat(shown).isEmpty();
        assertThat(session.busyProperty().get()).isFalse();

        session.request("open B", () -> "B", shown::add);
        assertThat(shown).containsExactly("B");
    }

    @Test
    void aFailureForARecordThePersonHasLeftIsNotReported() {
        session.request("open A", () -> {
            session.moveOn();
            throw new RuleViolationException("A is gone");
        }, shown::add);
        assertThat(session.messageProperty().get()).isEmpty();
        assertThat(session.problemProperty().get()).isFalse();

        session.request("open B", () -> {
            throw new RuleViolationException("B is gone");
        }, shown::add);
        assertThat(session.messageProperty().get()).isEqualTo("B is gone");
        assertThat(session.problemProperty().get()).isTrue();
    }

    @Test
    void aSaveAnsweredAfterThePersonMovedOnIsCountedForTheListsButNotShown() {
        session.change("save A", () -> {
            session.moveOn();
            return "A saved";
        }, shown::add, "Saved A.");
        assertThat(shown).isEmpty();
        assertThat(session.savesProperty().get()).isEqualTo(1);
        assertThat(session.messageProperty().get()).isEmpty();

        session.change("save B", () -> "B saved", shown::add, "Saved B.");
        assertThat(shown).containsExactly("B saved");
        assertThat(session.savesProperty().get()).isEqualTo(2);
        assertThat(session.messageProperty().get()).isEqualTo("Saved B.");
        assertThat(session.busyProperty().get()).isFalse();
    }

    @Test
    void aRefusalNamingAFieldOfTheFormIsShownOnItAndGoesOnTheNextEdit() {
        session.change("save", () -> {
            throw ValidationException.of("form.title", "That title is taken");
        }, shown::add, "Saved.");
        assertThat(session.form().get("form.title")).isEqualTo("That title is taken");
        assertThat(session.form().blocksSaving()).isTrue();
        assertThat(session.messageProperty().get()).startsWith("Not saved");

        session.form().edited(() -> session.form().checked(java.util.Map.of(), java.util.Map.of()), session.line());
        assertThat(session.form().get("form.title")).isNull();
        assertThat(session.form().blocksSaving()).isFalse();
        assertThat(session.messageProperty().get()).isEmpty();
    }

    @Test
    void aRefusalAboutNoFieldOfTheFormGoesOnTheMessageLineOnly() {
        session.change("save", () -> {
            throw ValidationException.of("boardMeetingDate", "Give the date of the Board meeting");
        }, shown::add, "Saved.");
        assertThat(session.form().blocksSaving()).isFalse();
        assertThat(session.messageProperty().get()).isEqualTo("Give the date of the Board meeting");
    }
}
