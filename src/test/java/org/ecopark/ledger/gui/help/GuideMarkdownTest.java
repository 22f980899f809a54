package org.ecopark.ledger.gui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopark.ledger.gui.help.GuideMarkdown.Block;
import org.ecopark.ledger.gui.help.GuideMarkdown.BulletList;
import org.ecopark.ledger.gui.help.GuideMarkdown.Heading;
import org.ecopark.ledger.gui.help.GuideMarkdown.Image;
import org.ecopark.ledger.gui.help.GuideMarkdown.Paragraph;
import org.ecopark.ledger.gui.help.GuideMarkdown.Span;
import org.junit.jupiter.api.Test;

class GuideMarkdownTest {

    @Test
    void headingsKeepTheirLevelAndAnchor() {
        List<Block> blocks = GuideMarkdown.read("# 录入记录\n\n## 企业 {#enterprises}\n### 称号\n");

        assertThat(blocks).containsExactly(new Heading(1, "录入记录", ""), new Heading(2, "企业", "enterprises"),
                new Heading(3, "称号", ""));
    }

    @Test
    void linesOfAParagraphJoinWithASpaceBetweenLatinWordsAndNoneBetweenChineseOnes() {
        List<Block> blocks = GuideMarkdown.read("Choose the park\nfrom the list.\n\n选择本园区，\n然后点击“确定”。\n");

        assertThat(blocks).containsExactly(
                new Paragraph(List.of(new Span("Choose the park from the list.", false))),
                new Paragraph(List.of(new Span("选择本园区，然后点击“确定”。", false))));
    }

    @Test
    void boldRunsAreMarkedAndAnUnclosedMarkStaysAsWritten() {
        assertThat(GuideMarkdown.spans("点击 **生成模板**，再点 **导入**。")).containsExactly(
                new Span("点击 ", false), new Span("生成模板", true), new Span("，再点 ", false),
                new Span("导入", true), new Span("。", false));
        assertThat(GuideMarkdown.spans("2 ** 3 is eight")).containsExactly(new Span("2 ** 3 is eight", false));
    }

    @Test
    void bulletAndNumberedListsAreSeparateListsWithIndentedContinuations() {
        List<Block> blocks = GuideMarkdown.read("""
                - **Ctrl+N** new record
                - Ctrl+S save,
                  even from the list
                1. first
                2. second
                After the list.
                """);

        assertThat(blocks).containsExactly(
                new BulletList(false, List.of(
                        List.of(new Span("Ctrl+N", true), new Span(" new record", false)),
                        List.of(new Span("Ctrl+S save, even from the list", false)))),
                new BulletList(true, List.of(List.of(new Span("first", false)), List.of(new Span("second", false)))),
                new Paragraph(List.of(new Span("After the list.", false))));
    }

    @Test
    void anImageOnALineOfItsOwnIsAPictureAndEndsTheParagraphBeforeIt() {
        List<Block> blocks = GuideMarkdown.read("总览显示每个目标。\n![总览](dashboard.png)\n");

        assertThat(blocks).containsExactly(new Paragraph(List.of(new Span("总览显示每个目标。", false))),
                new Image("总览", "dashboard.png"));
        assertThat(GuideMarkdown.images(blocks)).containsExactly("dashboard.png");
    }

    @Test
    void windowsLineEndingsReadAlike() {
        assertThat(GuideMarkdown.read("# A\r\n\r\ntext\r\n")).isEqualTo(GuideMarkdown.read("# A\n\ntext\n"));
    }
}
