package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.testing.Fuzz;
import org.ecopark.ledger.testing.Fuzz.Damaged;
import org.ecopark.ledger.testing.Fuzz.Kind;
import org.ecopark.ledger.testing.LogCapture;
import org.ecopark.ledger.testing.TableDigest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed submission packages made from one exported package ({@link Fuzz}), damaged at the level of the
 * zip only (bytes, entries, names, sizes, bombs), whatever the manifest's format: each is refused by the
 * verification in plain words, at most as many as it lists, without touching the ledger, within the time
 * bound. Only a flipped byte the verification never reads (a timestamp, a checksum of a file it hashes
 * itself) may pass, and then it must find exactly the manifest of the undamaged package. The mutations and
 * their seeds are fixed; the package itself is exported anew on each run, so the bytes a flip lands on carry
 * that run's time of export.
 * On the embedded database only: the verification reads the zip, never the ledger; export and verification
 * are tested on both databases ({@link PackageVerifierTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzedPackagesTest {

    private static final String[] TABLES = {"submission", "audit_log", "app_setting"};
    /** What a zip bomb's entry inflates to: a thousand times its size in the package. */
    private static final int BOMB_BYTES = 64 << 20;

    @TempDir
    static Path folder;

    private SubmissionFixture fixture;
    private byte[] good;
    private List<Map.Entry<String, byte[]>> entries;
    private Manifest manifest;
    private ZipArchiveEntry bombEntry;
    private byte[] bombRaw;
    private LogCapture log;

    @BeforeAll
    void export() throws IOException {
        I18n.setLocale(I18n.CHINESE);
        fixture = SubmissionFixture.on(Backend.H2, "fuzz-packages");
        Path file = folder.resolve("good.zip");
        fixture.service.export(fixture.request(ReportPeriod.year(2025), file), ExportProgress.NONE, () -> false);
        good = Files.readAllBytes(file);
        entries = List.copyOf(PackageFiles.entries(file).entrySet());
        PackageVerifier.Result verified = PackageVerifier.verify(file);
        assertThat(verified.problems()).as("the undamaged package").isEmpty();
        manifest = verified.manifest();
        bomb();
        log = LogCapture.start();
    }

    @AfterAll
    void close() {
        if (log != null) {
            log.close();
        }
        fixture.close();
    }

    List<Kind<Damaged>> kinds() {
        return List.of(
                new Kind<>("flipped bits", 60, r -> Damaged.mayPass(Fuzz.flip(good, r))),
                new Kind<>("truncated", 30, r -> Damaged.refused(Fuzz.truncate(good, r))),
                new Kind<>("random bytes", 20, r -> Damaged.refused(Fuzz.garbage(r))),
                new Kind<>("entry removed", 15, this::removed),
                new Kind<>("entry added", 15, this::added),
                new Kind<>("entry replaced", 25, this::replaced),
                new Kind<>("entry renamed", 15, this::renamed),
                new Kind<>("entry twice", 10, this::twice),
                new Kind<>("zip bomb", 15, this::bombed),
                new Kind<>("thousands of entries", 5, this::many),
                new Kind<>("package inside itself", 5, r -> Damaged.refused(zip(with(List.copyOf(entries),
                        entries.get(r.nextInt(entries.size())).getKey(), good)))),
                new Kind<>("false checksum or sizes", 10, this::falseHeaders));
    }

    @Test
    void theCorpusHasAtLeastTwoHundredPackages() {
        assertThat(Fuzz.total(kinds())).isGreaterThanOrEqualTo(200);
    }

    @TestFactory
    Stream<DynamicTest> eachMalformedPackageIsRefusedInPlainWordsAndTouchesNothing() {
        return Fuzz.tests(kinds(), (kind, index, input) -> {
            Path file = Files.write(folder.resolve("package-" + index + ".zip"), input.bytes());
            String before = TableDigest.of(fixture.database.dsl(), TABLES);

            Fuzz.Judged<PackageVerifier.Result> judged = Fuzz.judge(log, () -> PackageVerifier.verify(file));

            PackageVerifier.Result result = judged.outcome();
            if (result.ok()) {
                assertThat(input.mayPass()).as("%s #%d passed", kind.name(), index).isTrue();
                assertThat(result.manifest()).isEqualTo(manifest);
            } else {
                assertThat(result.problems()).hasSizeLessThanOrEqualTo(PackageVerifier.SHOWN_PROBLEMS + 1);
                result.problems().forEach(Fuzz::assertPlainMessage);
                judged.assertLoggedAsInfo("Refused package " + file.getFileName());
            }
            assertThat(TableDigest.of(fixture.database.dsl(), TABLES)).isEqualTo(before);
            Files.delete(file);
        });
    }

    private Damaged removed(Random r) {
        List<Map.Entry<String, byte[]>> copy = new ArrayList<>(entries);
        copy.remove(r.nextInt(copy.size()));
        return Damaged.refused(zip(copy));
    }

    private Damaged added(Random r) {
        List<Map.Entry<String, byte[]>> copy = new ArrayList<>(entries);
        String name = Fuzz.pick(r, "readme.txt", "extra/data.json", "DATA.JSON", "manifest.json.bak", ".hidden", "报告.pdf");
        byte[] bytes = new byte[r.nextInt(10_000)];
        r.nextBytes(bytes);
        copy.add(r.nextInt(copy.size() + 1), Map.entry(name, bytes));
        return Damaged.refused(zip(copy));
    }

    /** An entry's content replaced: garbage, cut short, emptied, or with a bit flipped (stored anew, checksum and all). */
    private Damaged replaced(Random r) {
        Map.Entry<String, byte[]> entry = entries.get(r.nextInt(entries.size()));
        byte[] content = entry.getValue();
        boolean manifestFile = entry.getKey().equals(Manifest.FILE_NAME);
        // no hash covers the manifest of an unsigned package: a flipped bit in it may still be a manifest
        byte[] replacement = switch (r.nextInt(manifestFile ? 3 : 4)) {
            case 0 -> Fuzz.garbage(r);
            case 1 -> Fuzz.truncate(content, r);
            case 2 -> new byte[0];
            default -> Fuzz.flip(content, r);
        };
        return Damaged.refused(zip(with(entries, entry.getKey(), replacement)));
    }

    private Damaged renamed(Random r) {
        List<Map.Entry<String, byte[]>> copy = new ArrayList<>(entries);
        int at = r.nextInt(copy.size());
        String name = copy.get(at).getKey();
        String renamed = Fuzz.pick(r, "../" + name, "/" + name, "dir\\" + name, name.toUpperCase(java.util.Locale.ROOT) + "x",
                name + "\u0000.exe", "a/".repeat(2_000) + name, Fuzz.incompressible(r, 20_000), name + " ");
        copy.set(at, Map.entry(renamed, copy.get(at).getValue()));
        return Damaged.refused(zip(copy));
    }

    private Damaged twice(Random r) {
        List<Map.Entry<String, byte[]>> copy = new ArrayList<>(entries);
        Map.Entry<String, byte[]> entry = copy.get(r.nextInt(copy.size()));
        byte[] other = r.nextBoolean() ? entry.getValue() : Fuzz.garbage(r);
        copy.add(r.nextInt(copy.size() + 1), Map.entry(entry.getKey(), other));
        return Damaged.refused(zip(copy));
    }

    /** An entry that inflates a thousandfold, in place of a listed file, beside them or many times over. */
    private Damaged bombed(Random r) {
        List<String> bombs = new ArrayList<>();
        List<Map.Entry<String, byte[]>> kept = new ArrayList<>(entries);
        switch (r.nextInt(3)) {
            case 0 -> {
                String name = entries.get(r.nextInt(entries.size())).getKey();
                kept.removeIf(entry -> entry.getKey().equals(name));
                bombs.add(name);
            }
            case 1 -> bombs.add("bomb.bin");
            default -> {
                for (int i = 0; i < 2 + r.nextInt(30); i++) {
                    bombs.add("bomb-" + i + ".bin");
                }
            }
        }
        return Damaged.refused(write(out -> {
            for (Map.Entry<String, byte[]> entry : kept) {
                put(out, entry.getKey(), entry.getValue());
            }
            for (String name : bombs) {
                ZipArchiveEntry bomb = copyOf(bombEntry, name);
                out.addRawArchiveEntry(bomb, new ByteArrayInputStream(bombRaw));
            }
        }));
    }

    private Damaged many(Random r) {
        List<Map.Entry<String, byte[]>> copy = new ArrayList<>(entries);
        for (int i = 0; i < 5_000 + r.nextInt(15_000); i++) {
            copy.add(Map.entry("x/" + i, new byte[] {(byte) i}));
        }
        return Damaged.refused(zip(copy));
    }

    /** Entries whose headers lie about their checksum or sizes; what is read is still checked against the manifest. */
    private Damaged falseHeaders(Random r) {
        int target = r.nextInt(entries.size());
        int lie = r.nextInt(3);
        return Damaged.mayPass(write(out -> {
            for (int i = 0; i < entries.size(); i++) {
                Map.Entry<String, byte[]> entry = entries.get(i);
                if (i != target) {
                    put(out, entry.getKey(), entry.getValue());
                    continue;
                }
                byte[] content = entry.getValue();
                ZipArchiveEntry stored = new ZipArchiveEntry(entry.getKey());
                stored.setMethod(ZipArchiveEntry.STORED);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(content);
                stored.setCrc(lie == 0 ? crc.getValue() ^ 1 : crc.getValue());
                stored.setSize(lie == 1 ? content.length + 1 + r.nextInt(1 << 20) : content.length);
                stored.setCompressedSize(lie == 2 ? Math.max(0, content.length - 1 - r.nextInt(100)) : content.length);
                out.addRawArchiveEntry(stored, new ByteArrayInputStream(content));
            }
        }));
    }

    /** Zeros deflated once, to be put raw into many packages under any name. */
    private void bomb() throws IOException {
        byte[] zip = write(out -> {
            ZipArchiveEntry entry = new ZipArchiveEntry("bomb");
            out.setLevel(Deflater.BEST_COMPRESSION);
            out.putArchiveEntry(entry);
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < BOMB_BYTES / zeros.length; i++) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        });
        try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            bombEntry = file.getEntry("bomb");
            bombRaw = file.getRawInputStream(bombEntry).readAllBytes();
        }
        assertThat(bombEntry.getSize() / bombRaw.length).as("inflation ratio").isGreaterThan(500);
    }

    private static ZipArchiveEntry copyOf(ZipArchiveEntry model, String name) {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(model.getMethod());
        entry.setCrc(model.getCrc());
        entry.setSize(model.getSize());
        entry.setCompressedSize(model.getCompressedSize());
        return entry;
    }

    private static List<Map.Entry<String, byte[]>> with(List<Map.Entry<String, byte[]>> entries, String name, byte[] bytes) {
        return entries.stream().map(entry -> entry.getKey().equals(name) ? Map.entry(name, bytes) : entry).toList();
    }

    /** A zip of the entries as listed, names twice included (which java.util.zip would not write). */
    private static byte[] zip(List<Map.Entry<String, byte[]>> entries) {
        return write(out -> {
            for (Map.Entry<String, byte[]> entry : entries) {
                put(out, entry.getKey(), entry.getValue());
            }
        });
    }

    private static void put(ZipArchiveOutputStream out, String name, byte[] bytes) throws IOException {
        out.putArchiveEntry(new ZipArchiveEntry(name));
        out.write(bytes);
        out.closeArchiveEntry();
    }

    private interface Writing {
        void write(ZipArchiveOutputStream out) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            out.setEncoding(StandardCharsets.UTF_8.name());
            writing.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

}
