package org.ecopark.ledger.gui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.ecopark.ledger.gui.help.GuideMarkdown.Block;
import org.ecopark.ledger.gui.help.GuideMarkdown.Heading;

/** Reads the guide's chapters from the program's resources, where they are versioned with the code. */
public final class GuideLibrary {

    private GuideLibrary() {
    }

    /** The chapter's blocks in a language; a chapter missing from the build is a fault of the build. */
    public static List<Block> read(GuideChapter chapter, Locale locale) {
        String resource = chapter.resource(locale);
        try (InputStream in = GuideLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The guide's chapter " + resource + " is not in the program");
            }
            return GuideMarkdown.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chapter's title: its first level-1 heading. */
    public static String title(List<Block> blocks) {
        return blocks.stream().filter(block -> block instanceof Heading heading && heading.level() == 1)
                .map(block -> ((Heading) block).text()).findFirst().orElse("");
    }

    /** The anchors of the chapter's headings, in order. */
    public static List<String> anchors(List<Block> blocks) {
        return blocks.stream().filter(block -> block instanceof Heading heading && !heading.anchor().isEmpty())
                .map(block -> ((Heading) block).anchor()).toList();
    }
}
