package org.commissioningdesk.specification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.commissioningdesk.common.RichText;
import org.junit.jupiter.api.Test;

/** Turning selected lines into a bullet list and back, keeping the text valid CommonMark. */
class SectionTextTest {

    @Test
    void selectedLinesBecomeAListSetApartFromTheParagraphsAroundIt() {
        String text = "The service covers:\nAdults\nOlder people\nThey are seen within two weeks.";
        int start = text.indexOf("Adults");
        int end = text.indexOf("Older people") + 3;
        SectionText.Edit edit = SectionText.toggleBullets(text, start, end);
        assertThat(edit.text()).isEqualTo("The service covers:\n\n- Adults\n- Older people\n\nThey are seen within two weeks.");
        assertThat(edit.text().substring(edit.start(), edit.end())).isEqualTo("- Adults\n- Older people");
        assertThat(RichText.blocks(edit.text())).containsExactly(new RichText.Para("The service covers:"),
                new RichText.Items(false, List.of("Adults", "Older people")),
                new RichText.Para("They are seen within two weeks."));
    }

    @Test
    void aListSelectedAgainBecomesPlainLines() {
        String text = "- Adults\n- Older people";
        SectionText.Edit edit = SectionText.toggleBullets(text, 0, text.length());
        assertThat(edit.text()).isEqualTo("Adults\nOlder people");
    }

    @Test
    void theCaretAloneTurnsItsLineIntoAnItemAndAnEmptySectionStartsAList() {
        assertThat(SectionText.toggleBullets("One line", 3, 3).text()).isEqualTo("- One line");
        assertThat(SectionText.toggleBullets("", 0, 0).text()).isEqualTo("- ");
        assertThat(SectionText.toggleBullets(null, 0, 0).text()).isEqualTo("- ");
    }

    @Test
    void blankLinesInsideTheSelectionDoNotSplitTheList() {
        String text = "Adults\n\nChildren";
        assertThat(SectionText.toggleBullets(text, 0, text.length()).text()).isEqualTo("- Adults\n- Children");
    }
}
