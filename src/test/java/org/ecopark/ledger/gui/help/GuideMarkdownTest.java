package org.ecopark.ledger.gui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecopark.ledger.gui.help.GuideMarkdown.Block;
import org.ecopark.ledger.gui.help.GuideMarkdown.BulletList;
import org.ecopark.ledger.gui.help.GuideMarkdown.Heading;
import org.ecopark.ledger.gui.help.GuideMarkdown.Image;
import org.ecopark.ledger.gui.help.GuideMarkdown.Paragraph;
import org.ecopark.ledger.gui.help.GuideMarkdown.Span;
import org.ecopark.ledger.gui.help.GuideMarkdown.Style;
import org.junit.jupiter.api.Test;

class GuideMarkdownTest {

    private static Span plain(String text) {
        return new Span(text, Style.PLAIN);
    }

    private static Span bold(String text) {
        return new Span(text, Style.BOLD);
    }

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
                new Paragraph(List.of(plain("Choose the park from the list."))),
                new Paragraph(List.of(plain("选择本园区，然后点击“确定”。"))));
    }

    @Test
    void boldRunsAreMarkedAndAnUnclosedMarkStaysAsWritten() {
        assertThat(GuideMarkdown.spans("点击 **生成模板**，再点 **导入**。")).containsExactly(
                plain("点击 "), bold("生成模板"), plain("，再点 "),
                bold("导入"), plain("。"));
        assertThat(GuideMarkdown.spans("2 ** 3 is eight")).containsExactly(plain("2 ** 3 is eight"));
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
                        List.of(bold("Ctrl+N"), plain(" new record")),
                        List.of(plain("Ctrl+S save, even from the list")))),
                new BulletList(true, List.of(List.of(plain("first")), List.of(plain("second")))),
                new Paragraph(List.of(plain("After the list."))));
    }

    @Test
    void anImageOnALineOfItsOwnIsAPictureAndEndsTheParagraphBeforeIt() {
        List<Block> blocks = GuideMarkdown.read("总览显示每个目标。\n![总览](dashboard.png)\n");

        assertThat(blocks).containsExactly(new Paragraph(List.of(plain("总览显示每个目标。"))),
                new Image("总览", "dashboard.png"));
        assertThat(GuideMarkdown.images(blocks)).containsExactly("dashboard.png");
    }

    @Test
    void codeRunsKeepTheirTextAsWrittenEvenWithStarsInside() {
        assertThat(GuideMarkdown.spans("启动时加 `--db D:\\台账\\ledger`，或 `**` 本身。")).containsExactly(
                plain("启动时加 "), new Span("--db D:\\台账\\ledger", Style.CODE), plain("，或 "),
                new Span("**", Style.CODE), plain(" 本身。"));
        assertThat(GuideMarkdown.spans("a ` b")).containsExactly(plain("a ` b"));
    }

    @Test
    void windowsLineEndingsReadAlike() {
        assertThat(GuideMarkdown.read("# A\r\n\r\ntext\r\n")).isEqualTo(GuideMarkdown.read("# A\n\ntext\n"));
    }
}
