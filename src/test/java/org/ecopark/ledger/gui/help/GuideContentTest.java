package org.ecopark.ledger.gui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.help.GuideChapter.Topic;
import org.ecopark.ledger.gui.help.GuideMarkdown.Block;
import org.junit.jupiter.api.Test;

/** The guide as shipped: every section has its place in both languages, and every picture is there. */
class GuideContentTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final Path IMAGES = Path.of("src/main/resources/guide/images");
    /** Large pictures make a large program; the script scales them to 960 pixels with a palette. */
    private static final long MAX_IMAGE_BYTES = 150 * 1024;

    @Test
    void everySectionOpensAChapterAndHeadingThatExistInBothLanguages() {
        for (Section section : Section.values()) {
            Topic topic = GuideChapter.forSection(section);
            for (Locale language : LANGUAGES) {
                List<Block> blocks = GuideLibrary.read(topic.chapter(), language);
                assertThat(GuideLibrary.title(blocks)).as("title of %s in %s", topic.chapter(), language).isNotBlank();
                if (!topic.anchor().isEmpty()) {
                    assertThat(GuideLibrary.anchors(blocks)).as("anchors of %s in %s", topic.chapter(), language)
                            .contains(topic.anchor());
                }
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameHeadingsToJumpToAndTheSamePictures() {
        for (GuideChapter chapter : GuideChapter.values()) {
            List<Block> chinese = GuideLibrary.read(chapter, Locale.SIMPLIFIED_CHINESE);
            List<Block> english = GuideLibrary.read(chapter, Locale.ENGLISH);
            assertThat(GuideLibrary.anchors(english)).as("anchors of %s", chapter)
                    .containsExactlyElementsOf(GuideLibrary.anchors(chinese));
            assertThat(GuideMarkdown.images(english)).as("pictures of %s", chapter)
                    .containsExactlyElementsOf(GuideMarkdown.images(chinese));
            assertThat(GuideLibrary.title(english)).isNotEqualTo(GuideLibrary.title(chinese));
        }
    }

    @Test
    void everyPictureReferredToExistsAndEveryPictureIsReferredTo() throws IOException {
        Set<String> referred = new TreeSet<>();
        for (GuideChapter chapter : GuideChapter.values()) {
            for (Locale language : LANGUAGES) {
                for (String image : GuideMarkdown.images(GuideLibrary.read(chapter, language))) {
                    assertThat(GuideChapter.class.getResource(GuideChapter.IMAGES + image))
                            .as("%s in %s (%s)", image, chapter, language).isNotNull();
                    referred.add(image);
                }
            }
        }
        List<String> files = new ArrayList<>();
        try (Stream<Path> listed = Files.list(IMAGES)) {
            listed.forEach(file -> files.add(file.getFileName().toString()));
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(referred);
        for (String file : files) {
            assertThat(Files.size(IMAGES.resolve(file))).as("size of %s", file).isLessThanOrEqualTo(MAX_IMAGE_BYTES);
        }
    }

    @Test
    void theChaptersHeadingsToJumpToAreUnique() {
        for (GuideChapter chapter : GuideChapter.values()) {
            List<String> anchors = GuideLibrary.anchors(GuideLibrary.read(chapter, Locale.SIMPLIFIED_CHINESE));
            assertThat(anchors).as("anchors of %s", chapter).doesNotHaveDuplicates();
        }
    }
}
