package org.ecopark.ledger.logic.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.ZipEntries;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.LedgerKey;
import org.ecopark.ledger.logic.signing.TrustedKeys;

/**
 * A plan file: a zip holding a plan catalog ({@code plan.json}, the shipped catalogs' format) and the signature of
 * its exact bytes ({@code signature.json}) by the key of the ledger that wrote it. Nothing else may be in it. A file
 * is read only whole and signed: a changed byte, a missing or foreign signature, an extra entry, or a catalog the
 * shipped catalogs' checks refuse, and nothing of it is used.
 */
public final class PlanFile {

    static final String CATALOG = "plan.json";
    /** Far larger than a plan of hundreds of targets; a bigger entry is not read. */
    private static final int MAX_CATALOG = 8 * 1024 * 1024;
    private static final long MAX_FILE = 16L * 1024 * 1024;

    private PlanFile() {
    }

    /** A plan file that passed every check: its catalog, and whose key signed it. */
    public record Signed(String name, CatalogFile catalog, DetachedSignature.Check signature) {
    }

    /** Writes {@code catalogJson} signed by {@code key} as the plan file {@code target}, all or nothing. */
    static void write(Path target, byte[] catalogJson, LedgerKey key) throws IOException {
        byte[] signature = DetachedSignature.sign(key, catalogJson).toJson();
        DurableFiles.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(CATALOG));
                zip.write(catalogJson);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DetachedSignature.FILE_NAME));
                zip.write(signature);
                zip.closeEntry();
            }
        });
    }

    /**
     * Reads and checks the plan file; throws {@link CatalogException} with one sentence per problem when it is
     * refused. An intact file signed by a key {@code trusted} does not register is returned, its signer unconfirmed.
     */
    public static Signed read(Path file, TrustedKeys trusted) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw refused(name, I18n.tr("plans.file.notAFile", file));
        }
        try {
            if (Files.size(file) > MAX_FILE) {
                throw refused(name, I18n.tr("plans.file.tooLarge"));
            }
            try (ZipFile zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
                List<String> problems = new ArrayList<>();
                ZipEntry catalogEntry = null;
                ZipEntry signatureEntry = null;
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (CATALOG.equals(entry.getName()) && catalogEntry == null) {
                        catalogEntry = entry;
                    } else if (DetachedSignature.FILE_NAME.equals(entry.getName()) && signatureEntry == null) {
                        signatureEntry = entry;
                    } else {
                        problems.add(I18n.tr("plans.file.foreignEntry", entry.getName()));
                    }
                }
                if (catalogEntry == null) {
                    problems.add(I18n.tr("plans.file.noCatalog"));
                }
                if (signatureEntry == null) {
                    problems.add(I18n.tr("plans.file.unsigned"));
                }
                if (!problems.isEmpty()) {
                    throw new CatalogException(name, problems);
                }
                byte[] catalog = ZipEntries.readAtMost(zip, catalogEntry, MAX_CATALOG);
                byte[] signature = ZipEntries.readAtMost(zip, signatureEntry, (int) DetachedSignature.MAX_BYTES);
                if (catalog == null || signature == null) {
                    throw refused(name, I18n.tr("plans.file.tooLarge"));
                }
                DetachedSignature.Check check = DetachedSignature.fromJson(signature)
                        .map(s -> s.check(catalog, trusted)).orElse(null);
                if (check == null || check.verdict() == DetachedSignature.Verdict.INVALID) {
                    throw refused(name, I18n.tr("plans.file.signatureInvalid"));
                }
                CatalogFile read = CatalogFile.read(new CatalogSource(name, () -> new ByteArrayInputStream(catalog)));
                return new Signed(name, read, check);
            }
        } catch (ZipException e) {
            throw refused(name, I18n.tr("plans.file.notZip"));
        } catch (IOException e) {
            throw refused(name, I18n.tr("plans.file.unreadable", String.valueOf(e.getMessage())));
        }
    }


    private static CatalogException refused(String name, String problem) {
        return new CatalogException(name, List.of(problem));
    }
}
