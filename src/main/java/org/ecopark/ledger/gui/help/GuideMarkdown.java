package org.ecopark.ledger.gui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small part of Markdown the user guide is written in: headings ({@code #}, {@code ##}, {@code ###}, with
 * an optional {@code {#anchor}} at the end), paragraphs, lists ({@code - } and {@code 1. }), {@code **bold**},
 * {@code `code`} (file names, commands) and images on a line of their own ({@code ![alt](file.png)}). Anything else is plain text, so a guide never fails to
 * show. Lines of one paragraph or item are joined with a space between Latin words and none between Chinese ones.
 */
public final class GuideMarkdown {

    /** How a run of text is shown. */
    public enum Style { PLAIN, BOLD, CODE }

    /** A run of text in one style. */
    public record Span(String text, Style style) {
    }

    /** One block of the page, in order. */
    public sealed interface Block permits Heading, Paragraph, BulletList, Image {
    }

    /** A heading of level 1 (the chapter's title) to 3; {@code anchor} is empty when it has none. */
    public record Heading(int level, String text, String anchor) implements Block {
    }

    public record Paragraph(List<Span> spans) implements Block {
    }

    /** A list; {@code ordered} for {@code 1. } items, which show their number. */
    public record BulletList(boolean ordered, List<List<Span>> items) implements Block {
    }

    /** An image file under the guide's images folder, with the text that stands for it. */
    public record Image(String alt, String file) implements Block {
    }

    private static final Pattern HEADING = Pattern.compile("(#{1,3})\\s+(.*?)(?:\\s*\\{#([A-Za-z0-9_-]+)})?\\s*");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]+)\\)");
    private static final Pattern BULLET = Pattern.compile("[-*]\\s+(.*)");
    private static final Pattern NUMBERED = Pattern.compile("\\d+\\.\\s+(.*)");
    /** Below this code point a character counts as Latin for joining lines (CJK starts at U+2E80). */
    private static final int CJK_START = 0x2E80;

    private GuideMarkdown() {
    }

    public static List<Block> read(String markdown) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = null;
        List<String> items = null;
        boolean ordered = false;
        for (String raw : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher image = IMAGE.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            boolean item = bullet.matches() || numbered.matches();
            boolean continuation = !line.isEmpty() && !heading.matches() && !image.matches() && !item;
            if (continuation && paragraph != null) {
                join(paragraph, line);
                continue;
            }
            if (continuation && items != null && raw.startsWith(" ")) {
                int last = items.size() - 1;
                StringBuilder joined = new StringBuilder(items.get(last));
                join(joined, line);
                items.set(last, joined.toString());
                continue;
            }
            if (item && items != null && numbered.matches() == ordered) {
                items.add(ordered ? numbered.group(1) : bullet.group(1));
                continue;
            }
            paragraph = flushParagraph(blocks, paragraph);
            items = flushList(blocks, items, ordered);
            if (line.isEmpty()) {
                continue;
            }
            if (heading.matches()) {
                blocks.add(new Heading(heading.group(1).length(), heading.group(2),
                        heading.group(3) == null ? "" : heading.group(3)));
            } else if (image.matches()) {
                blocks.add(new Image(image.group(1), image.group(2)));
            } else if (item) {
                ordered = numbered.matches();
                items = new ArrayList<>();
                items.add(ordered ? numbered.group(1) : bullet.group(1));
            } else {
                paragraph = new StringBuilder(line);
            }
        }
        flushParagraph(blocks, paragraph);
        flushList(blocks, items, ordered);
        return List.copyOf(blocks);
    }

    /** The text with its {@code **bold**} and {@code `code`} runs; an unclosed mark stays as written. */
    public static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        int plain = 0;
        while (at < text.length()) {
            String mark = text.startsWith("**", at) ? "**" : text.charAt(at) == '`' ? "`" : null;
            int close = mark == null ? -1 : text.indexOf(mark, at + mark.length());
            if (close < 0) {
                at++;
                continue;
            }
            if (at > plain) {
                spans.add(new Span(text.substring(plain, at), Style.PLAIN));
            }
            if (close > at + mark.length()) {
                spans.add(new Span(text.substring(at + mark.length(), close), mark.equals("`") ? Style.CODE : Style.BOLD));
            }
            at = close + mark.length();
            plain = at;
        }
        if (plain < text.length()) {
            spans.add(new Span(text.substring(plain), Style.PLAIN));
        }
        return List.copyOf(spans);
    }

    /** Every image file the text refers to, in order. */
    public static List<String> images(List<Block> blocks) {
        return blocks.stream().filter(Image.class::isInstance).map(block -> ((Image) block).file()).toList();
    }

    private static void join(StringBuilder text, String next) {
        char last = text.charAt(text.length() - 1);
        if (last < CJK_START && next.charAt(0) < CJK_START) {
            text.append(' ');
        }
        text.append(next);
    }

    private static StringBuilder flushParagraph(List<Block> blocks, StringBuilder paragraph) {
        if (paragraph != null) {
            blocks.add(new Paragraph(spans(paragraph.toString())));
        }
        return null;
    }

    private static List<String> flushList(List<Block> blocks, List<String> items, boolean ordered) {
        if (items != null) {
            blocks.add(new BulletList(ordered, items.stream().map(GuideMarkdown::spans).toList()));
        }
        return null;
    }
}
