package org.commissioningdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.commissioningdesk.export.Document.Block;
import org.commissioningdesk.export.Document.ListBlock;
import org.commissioningdesk.export.Document.Paragraph;
import org.commissioningdesk.export.Document.Span;

class MarkdownTest {

    @Test
    void paragraphsListsBoldAndItalicSurvive() {
        List<Block> blocks = Markdown.blocks("We will **invest** in *primary care*.\n\n- one\n- two");
        assertThat(blocks).hasSize(2);
        Paragraph p = (Paragraph) blocks.get(0);
        assertThat(p.text()).isEqualTo("We will invest in primary care.");
        assertThat(p.spans()).filteredOn(Span::bold).extracting(Span::text).containsExactly("invest");
        assertThat(p.spans()).filteredOn(Span::italic).extracting(Span::text).containsExactly("primary care");
        assertThat(((ListBlock) blocks.get(1)).items()).hasSize(2);
    }

    @Test
    void textThatCommonMarkReadsAsCodeOrHtmlIsKeptAsWritten() {
        List<Block> blocks = Markdown.blocks("Intro.\n\n    An indented note about the 18-week wait\n\n"
                + "```\nfenced text\n```\n\n<Not a tag> but words\n\nInline <b>html</b> kept.");
        assertThat(blocks).extracting(b -> ((Paragraph) b).text()).containsExactly("Intro.",
                "An indented note about the 18-week wait", "fenced text", "<Not a tag> but words",
                "Inline <b>html</b> kept.");
    }

    @Test
    void aNumberedListKeepsItsFirstNumber() {
        ListBlock list = (ListBlock) Markdown.blocks("3. third\n4. fourth").get(0);
        assertThat(list.numbered()).isTrue();
        assertThat(list.start()).isEqualTo(3);
    }
}
