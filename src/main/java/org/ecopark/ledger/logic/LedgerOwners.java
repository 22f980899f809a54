package org.ecopark.ledger.logic;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small file beside an open ledger that names who holds it ({@code ledger.in-use}: process, computer, window or
 * command). It does not lock anything: the database's own lock on the ledger file decides who may open it, and is
 * released by the system even when a program is killed. The file only lets the one refused say who has the ledger,
 * and lets a window be asked to come forward. It is written after the ledger opened and removed when it closes; one
 * left by a killed program names a process that no longer holds the lock, and is replaced by the next open.
 */
public final class LedgerOwners {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerOwners.class);
    private static final String ENDING = ".in-use";

    private LedgerOwners() {
    }

    /** The owner file of the ledger file {@code ledger} ({@code ledger.mv.db} → {@code ledger.in-use}). */
    static Path ownerFile(Path ledger) {
        String name = ledger.getFileName().toString();
        String base = name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        return ledger.resolveSibling(base + ENDING);
    }

    /**
     * Writes the owner file of the open ledger {@code ledger}; returns what removes it again. A folder that may not be
     * written only costs the name of the holder.
     */
    static Runnable claim(Path ledger, LedgerHolder holder) {
        Path file = ownerFile(ledger);
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(holder.pid()));
        properties.setProperty("host", holder.host());
        properties.setProperty("window", Boolean.toString(holder.window()));
        if (holder.command() != null) {
            properties.setProperty("command", holder.command());
        }
        properties.setProperty("port", Integer.toString(holder.port()));
        properties.setProperty("token", holder.token());
        try {
            StringWriter text = new StringWriter();
            properties.store(text, "EcoPark Ledger: who has this ledger open (removed when it closes)");
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOGGER.info("Cannot note who holds {} in {}: {}", ledger, file, e.toString());
            deleteQuietly(file); // a note begun on a full disk is empty: nothing is left beside the ledger
            return () -> { };
        }
        return () -> release(ledger, holder);
    }

    /** Who holds {@code ledger} open, as its owner file says; empty when there is none or it is unreadable. */
    public static Optional<LedgerHolder> holderOf(Path ledger) {
        Path file = ownerFile(ledger);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return Optional.of(new LedgerHolder(Long.parseLong(properties.getProperty("pid", "")),
                    properties.getProperty("host", ""), properties.getProperty("command"),
                    Boolean.parseBoolean(properties.getProperty("window")),
                    Integer.parseInt(properties.getProperty("port", "0")), properties.getProperty("token", "")));
        } catch (IOException | IllegalArgumentException e) {
            LOGGER.info("Cannot read who holds {} from {}: {}", ledger, file, e.toString());
            return Optional.empty();
        }
    }

    /** Removes the owner file when it still names {@code holder} (a later open by another may have replaced it). */
    private static void release(Path ledger, LedgerHolder holder) {
        Optional<LedgerHolder> now = holderOf(ledger);
        if (now.isPresent() && !now.get().equals(holder)) {
            return;
        }
        deleteQuietly(ownerFile(ledger));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.info("Cannot remove {}: {}", file, e.toString());
        }
    }
}
