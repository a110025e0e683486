package org.commissioningdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void nullOrBlankTextHasNoBlocksWordsOrPlainText() {
        assertThat(RichText.blocks(null)).isEmpty();
        assertThat(RichText.blocks(" \n\n \t")).isEmpty();
        assertThat(RichText.wordCount(null)).isZero();
        assertThat(RichText.plainText("")).isEmpty();
    }

    @Test
    void paragraphsAreSeparatedByABlankLineAndLineBreaksInsideOneBecomeSpaces() {
        String text = "Coronary heart disease is the largest\ncause of premature death.\n\nThe NSF set standards.";
        assertThat(RichText.blocks(text)).containsExactly(
                new RichText.Para("Coronary heart disease is the largest cause of premature death."),
                new RichText.Para("The NSF set standards."));
    }

    @Test
    void linesStartingWithADashAreABulletListAndNumberedLinesANumberedOne() {
        String text = "Its objectives are to:\n\n- diagnose STEMI before arrival;\n- treat within 150 minutes;\n\n"
                + "Then:\n\n1. refer\n2. review\n\nClosing words.";
        assertThat(RichText.blocks(text)).containsExactly(
                new RichText.Para("Its objectives are to:"),
                new RichText.Items(false, List.of("diagnose STEMI before arrival;", "treat within 150 minutes;")),
                new RichText.Para("Then:"),
                new RichText.Items(true, List.of("refer", "review")),
                new RichText.Para("Closing words."));
    }

    @Test
    void aListMayFollowItsIntroductionWithoutABlankLine() {
        assertThat(RichText.blocks("Excluded:\n- children\n- planned angioplasty")).containsExactly(
                new RichText.Para("Excluded:"), new RichText.Items(false, List.of("children", "planned angioplasty")));
    }

    @Test
    void emphasisCodeAndHeadingsKeepTheirWordsWithoutTheirMarks() {
        assertThat(RichText.blocks("# Scope\n\nThe **provider** runs `PPCI` *around the clock*.")).containsExactly(
                new RichText.Para("Scope"), new RichText.Para("The provider runs PPCI around the clock."));
        assertThat(RichText.blocks("- a *long*\n  item over two lines")).containsExactly(
                new RichText.Items(false, List.of("a long item over two lines")));
    }

    @Test
    void plainTextPutsEachItemOnItsOwnLineAndABlankLineBetweenBlocks() {
        String text = "Aims:\n\n- faster treatment\n- fewer deaths\n\nSteps:\n\n1. call\n2. treat";
        assertThat(RichText.plainText(text)).isEqualTo("Aims:\n\n• faster treatment\n• fewer deaths\n\nSteps:\n\n1. call\n2. treat");
    }

    @Test
    void wordsAreCountedAsAReaderSeesThemWithoutListMarkers() {
        assertThat(RichText.wordCount("Seen within two hours.")).isEqualTo(4);
        assertThat(RichText.wordCount("- one\n- two three\n\n1. four")).isEqualTo(4);
        // Amounts, percentages, abbreviations and apostrophes are single words; dashes are not words.
        assertThat(RichText.wordCount("A £5,000.00 penalty – 1.5% of the month's value, e.g. in 2007/08"))
                .isEqualTo(11);
    }
}
