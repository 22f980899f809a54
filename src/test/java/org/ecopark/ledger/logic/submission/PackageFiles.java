package org.ecopark.ledger.logic.submission;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a package's files for tests, and writes altered copies of it (a byte changed, a file gone or added). */
public final class PackageFiles {

    private PackageFiles() {
    }

    /** Every entry of the zip by name, in zip order. */
    public static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes {@code entries} as a zip; for tampered copies. */
    public static Path write(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A copy of the package with the entries changed by {@code change}. */
    public static Path altered(Path original, Path copy, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        return write(copy, change.apply(new LinkedHashMap<>(entries(original))));
    }

    public static XSSFWorkbook workbook(Path zip) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(entries(zip).get(PackageExporter.WORKBOOK)));
    }

    public static PDDocument pdf(Path zip) throws IOException {
        return Loader.loadPDF(entries(zip).get(PackageExporter.REPORT));
    }

    public static JsonNode json(Path zip, String name) throws IOException {
        try (InputStream in = new ByteArrayInputStream(entries(zip).get(name))) {
            return new ObjectMapper().readTree(in);
        }
    }

    public static JsonNode tree(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A JSON file of the package as an object to change. */
    public static ObjectNode object(byte[] json) {
        return (ObjectNode) tree(json);
    }

    /** The JSON written back, indented as the package's files are. */
    public static byte[] bytes(JsonNode node) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(buffer, node);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The entries with {@code name} replaced and the manifest's hash and size of it fixed to match, as a forger would. */
    public static Map<String, byte[]> withFile(Map<String, byte[]> entries, String name, byte[] content) {
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put(name, content);
        ObjectNode manifest = object(changed.get("manifest.json"));
        for (JsonNode file : manifest.path("files")) {
            if (file.path("name").asText().equals(name)) {
                ((ObjectNode) file).put("sha256", sha256(content)).put("size", content.length);
            }
        }
        changed.put("manifest.json", bytes(manifest));
        return changed;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
