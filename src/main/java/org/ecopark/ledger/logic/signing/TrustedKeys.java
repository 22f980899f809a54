package org.ecopark.ledger.logic.signing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;

/**
 * The keys a receiver has registered: whose packages it accepts as theirs. Read from one key file, or from a folder
 * of them (the files ending in {@code .json}); a file in the folder that is no key file is named in
 * {@link #skipped()} rather than stopping the others.
 */
public final class TrustedKeys {

    private final Map<Fingerprint, PublicKeyFile> keys;
    private final List<String> skipped;

    private TrustedKeys(Map<Fingerprint, PublicKeyFile> keys, List<String> skipped) {
        this.keys = keys;
        this.skipped = List.copyOf(skipped);
    }

    /** These keys registered (the ledger's own, for one). */
    public static TrustedKeys of(List<PublicKeyFile> files) {
        Map<Fingerprint, PublicKeyFile> keys = new LinkedHashMap<>();
        files.forEach(file -> keys.put(file.checkedFingerprint(), file));
        return new TrustedKeys(keys, List.of());
    }

    /** No key registered: every signature is from an unknown sender. */
    public static TrustedKeys none() {
        return new TrustedKeys(Map.of(), List.of());
    }

    /**
     * The key of a key file, or the keys of a folder's key files.
     *
     * @throws KeyFileException when a single file is no key file, or the folder cannot be read
     */
    public static TrustedKeys of(Path fileOrFolder) {
        Map<Fingerprint, PublicKeyFile> keys = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        if (!Files.isDirectory(fileOrFolder)) {
            PublicKeyFile file = PublicKeyFile.read(fileOrFolder);
            keys.put(file.checkedFingerprint(), file);
            return new TrustedKeys(keys, skipped);
        }
        try (Stream<Path> files = Files.list(fileOrFolder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    PublicKeyFile key = PublicKeyFile.read(file);
                    keys.put(key.checkedFingerprint(), key);
                } catch (KeyFileException e) {
                    skipped.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new KeyFileException(I18n.tr("signing.trust.unreadable", fileOrFolder), e);
        }
        return new TrustedKeys(keys, skipped);
    }

    /** The registered key with this fingerprint. */
    public Optional<PublicKeyFile> find(Fingerprint fingerprint) {
        return Optional.ofNullable(keys.get(fingerprint));
    }

    /** Why files of the folder were not taken as keys, one sentence each. */
    public List<String> skipped() {
        return skipped;
    }

    public int size() {
        return keys.size();
    }
}
