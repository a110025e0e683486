package org.commissioningdesk.common.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.commissioningdesk.common.HeldTaskRunner;
import org.commissioningdesk.common.RuleViolationException;
import org.commissioningdesk.common.ValidationException;
import org.junit.jupiter.api.Test;

/** The editor session's requests, with the answers held until the test lets each one arrive. */
class EditorSessionTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final EditorSession session = new EditorSession(runner, new FormErrors(key -> key.startsWith("form.")));
    private final List<String> shown = new ArrayList<>();

    @Test
    void anAnswerForARecordThePersonHasLeftIsDropped() {
        session.request("open A", () -> "A", shown::add);
        session.moveOn();
        session.request("open B", () -> "B", shown::add);
        runner.release(1);
        assertThat(shown).containsExactly("B");
        // A's answer arrives after B's: it must not replace B on the screen.
        runner.release(0);
        assertThat(shown).containsExactly("B");
        assertThat(session.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureForARecordThePersonHasLeftIsNotReported() {
        session.<String>request("open A", () -> {
            throw new RuleViolationException("A is gone");
        }, shown::add);
        session.moveOn();
        runner.release(0);
        assertThat(session.messageProperty().get()).isEmpty();
        assertThat(session.problemProperty().get()).isFalse();

        session.<String>request("open B", () -> {
            throw new RuleViolationException("B is gone");
        }, shown::add);
        runner.release(1);
        assertThat(session.messageProperty().get()).isEqualTo("B is gone");
        assertThat(session.problemProperty().get()).isTrue();
    }

    @Test
    void aSaveAnsweredAfterThePersonMovedOnIsCountedForTheListsButNotShown() {
        session.change("save A", () -> "A saved", shown::add, "Saved A.");
        assertThat(session.busyProperty().get()).isTrue();
        session.moveOn();
        runner.release(0);
        assertThat(shown).isEmpty();
        assertThat(session.savesProperty().get()).isEqualTo(1);
        assertThat(session.messageProperty().get()).isEmpty();

        session.change("save B", () -> "B saved", shown::add, "Saved B.");
        runner.release(1);
        assertThat(shown).containsExactly("B saved");
        assertThat(session.savesProperty().get()).isEqualTo(2);
        assertThat(session.messageProperty().get()).isEqualTo("Saved B.");
        assertThat(session.busyProperty().get()).isFalse();
    }

    @Test
    void whatTheEditorReportsDoneIsAnnouncedOnTheRunnerAndProblemsAreNot() {
        List<String> announced = new ArrayList<>();
        runner.listen(announced::add);
        // A save whose report the editor writes once the answer is in (it names the saved record)...
        session.change("save", () -> "Camden", saved -> session.line().done("Saved " + saved + "."), null);
        // ...and a workflow step whose report is known before.
        session.change("agree", () -> "Camden", shown::add, "Agreed.");
        runner.release(0);
        runner.release(1);
        assertThat(announced).containsExactly("Saved Camden.", "Agreed.");

        session.<String>change("save", () -> {
            throw new RuleViolationException("Camden is read-only");
        }, shown::add, "Saved.");
        runner.release(2);
        // A step with nothing to say, and a line cleared, say nothing either.
        session.change("delete", () -> "Camden", shown::add, null);
        runner.release(3);
        session.line().done("");
        assertThat(announced).containsExactly("Saved Camden.", "Agreed.");
    }

    @Test
    void aRefusalNamingAFieldOfTheFormIsShownOnItAndGoesOnTheNextEdit() {
        session.<String>change("save", () -> {
            throw ValidationException.of("form.title", "That title is taken");
        }, shown::add, "Saved.");
        runner.release(0);
        assertThat(session.form().get("form.title")).isEqualTo("That title is taken");
        assertThat(session.form().blocksSaving()).isTrue();
        assertThat(session.messageProperty().get()).startsWith("Not saved");

        session.form().edited(() -> session.form().checked(Map.of(), Map.of()), session.line());
        assertThat(session.form().get("form.title")).isNull();
        assertThat(session.form().blocksSaving()).isFalse();
        assertThat(session.messageProperty().get()).isEmpty();
    }

    @Test
    void aRefusalAboutNoFieldOfTheFormGoesOnTheMessageLineOnly() {
        session.<String>change("save", () -> {
            throw ValidationException.of("boardMeetingDate", "Give the date of the Board meeting");
        }, shown::add, "Saved.");
        runner.release(0);
        assertThat(session.form().blocksSaving()).isFalse();
        assertThat(session.messageProperty().get()).isEqualTo("Give the date of the Board meeting");
    }

    @Test
    void aFaultNobodyForesawIsToldPlainlyWithoutItsOwnText() {
        session.<String>request("open", () -> {
            throw new IllegalStateException("Column \"AFTER_TEXT\" value too long; SQL statement: INSERT INTO audit");
        }, shown::add);
        runner.release(0);
        assertThat(session.messageProperty().get()).contains("did not expect").doesNotContain("SQL").doesNotContain("AFTER_TEXT");
        assertThat(session.problemProperty().get()).isTrue();
    }
}
