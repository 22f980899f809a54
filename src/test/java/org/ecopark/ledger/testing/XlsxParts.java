package org.ecopark.ledger.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook edited below POI, in the XML of its parts, as a program other than Excel (or a person with a
 * zip tool) could: what POI would refuse to write (a number of a million digits, a row numbered 0, a
 * document type with entities) is written as it is.
 */
public final class XlsxParts {

    private static final Pattern SHEET = Pattern.compile("<sheet [^>]*name=\"([^\"]*)\"[^>]*r:id=\"([^\"]*)\"");
    private static final Pattern RELATION = Pattern.compile("<Relationship [^>]*>");
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final Pattern STRING_ITEM = Pattern.compile("<si>.*?</si>", Pattern.DOTALL);
    private static final Pattern SHARED_CELL = Pattern.compile("(<c [^>]*t=\"s\"[^>]*>)<v>(\\d+)</v>");

    private static final java.time.LocalDateTime WRITTEN = java.time.LocalDateTime.of(2026, 12, 6, 8, 0);

    private final Map<String, byte[]> parts;

    private XlsxParts(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    public static XlsxParts read(Path file) {
        return read(bytes(file));
    }

    public static XlsxParts read(byte[] xlsx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        // by the central directory: POI's streaming writer leaves sizes out of the local headers
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XlsxParts(parts);
    }

    public XlsxParts copy() {
        return new XlsxParts(new LinkedHashMap<>(parts));
    }

    public Map<String, byte[]> parts() {
        return parts;
    }

    /** The zip entry of a sheet by its name, e.g. {@code xl/worksheets/sheet1.xml}. */
    public String sheetPart(String sheetName) {
        Matcher sheet = SHEET.matcher(text("xl/workbook.xml"));
        while (sheet.find()) {
            if (sheet.group(1).equals(sheetName)) {
                Matcher relation = RELATION.matcher(text("xl/_rels/workbook.xml.rels"));
                while (relation.find()) {
                    String element = relation.group();
                    if (element.contains("Id=\"" + sheet.group(2) + "\"")) {
                        String target = element.replaceFirst(".*Target=\"([^\"]*)\".*", "$1");
                        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                    }
                }
            }
        }
        throw new IllegalArgumentException("No sheet " + sheetName);
    }

    public String text(String part) {
        byte[] content = parts.get(part);
        if (content == null) {
            throw new IllegalArgumentException("No part " + part);
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** Replaces a part's text; the edit must change something, so that a test never passes on a no-op. */
    public XlsxParts edit(String part, UnaryOperator<String> edit) {
        String before = text(part);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("The edit of " + part + " changed nothing");
        }
        parts.put(part, after.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * Puts {@code count} blanks into a part just before the last {@code marker}, working on the part's bytes: a
     * part tens of megabytes long is made without its text being copied as a string (a zip bomb's padding).
     */
    public XlsxParts padBefore(String part, String marker, int count) {
        byte[] before = parts.get(part);
        byte[] mark = marker.getBytes(StandardCharsets.UTF_8);
        int at = lastIndexOf(before, mark);
        if (at < 0 || count <= 0) {
            throw new IllegalStateException("No " + marker + " in " + part + " to pad before");
        }
        byte[] after = new byte[before.length + count];
        System.arraycopy(before, 0, after, 0, at);
        java.util.Arrays.fill(after, at, at + count, (byte) ' ');
        System.arraycopy(before, at, after, at + count, before.length - at);
        parts.put(part, after);
        return this;
    }

    private static int lastIndexOf(byte[] content, byte[] mark) {
        for (int i = content.length - mark.length; i >= 0; i--) {
            if (java.util.Arrays.equals(content, i, i + mark.length, mark, 0, mark.length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The shared strings without those no cell uses, in the order of their text, and the cells' references to
     * them renumbered: POI writes the same workbook with its strings in a different order from run to run.
     */
    public XlsxParts canonicalStrings() {
        String table = text(STRINGS);
        List<String> items = new ArrayList<>();
        Matcher item = STRING_ITEM.matcher(table);
        while (item.find()) {
            items.add(item.group());
        }
        java.util.SortedSet<Integer> used = new java.util.TreeSet<>();
        List<String> sheets = parts.keySet().stream().filter(name -> name.startsWith("xl/worksheets/")).toList();
        for (String sheet : sheets) {
            Matcher cell = SHARED_CELL.matcher(text(sheet));
            while (cell.find()) {
                used.add(Integer.parseInt(cell.group(2)));
            }
        }
        List<Integer> order = new ArrayList<>(used);
        order.sort(java.util.Comparator.comparing(items::get));
        Map<Integer, Integer> renumbered = new java.util.HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            renumbered.put(order.get(i), i);
        }
        for (String sheet : sheets) {
            parts.put(sheet, SHARED_CELL.matcher(text(sheet)).replaceAll(cell -> Matcher.quoteReplacement(
                    cell.group(1) + "<v>" + renumbered.get(Integer.parseInt(cell.group(2))) + "</v>"))
                    .getBytes(StandardCharsets.UTF_8));
        }
        String head = table.substring(0, table.indexOf("<si>")).replaceAll("(count|uniqueCount)=\"\\d+\"", "");
        StringBuilder canonical = new StringBuilder(head);
        order.forEach(index -> canonical.append(items.get(index)));
        parts.put(STRINGS, canonical.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public XlsxParts put(String part, byte[] content) {
        parts.put(part, content);
        return this;
    }

    /** The workbook's bytes; the same parts give the same bytes, whenever they are written. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buffer)) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(WRITTEN);
                out.putNextEntry(entry);
                out.write(part.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    public Path write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
