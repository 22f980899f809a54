package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.CatalogException;
import org.ecopark.ledger.logic.catalog.PlanFile;
import org.ecopark.ledger.logic.catalog.PlanFileService;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.PlanDistribution;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The bureau sends a plan to its parks as one signed plan file, and sees per park the plan it sent last beside the plan
 * the park's latest package reports against. A plan file holds the whole plan and its signature covers exactly those
 * bytes, so every park gets the same file; the record says which parks it went to. A package names the plan of each
 * target, not the catalog version the park holds: the version is known only on the sending side.
 */
public final class PlanDistributions {

    static final String AUDIT_TABLE = "plan_distribution";

    private final UnitOfWork unitOfWork;
    private final PlanFileService planFiles;
    private final String user;
    private final Clock clock;

    public PlanDistributions(UnitOfWork unitOfWork, PlanFileService planFiles, String user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.planFiles = planFiles;
        this.user = user;
        this.clock = clock;
    }

    /** A plan file written for the parks, and its record. */
    public record Sent(PlanDistribution distribution, Path file) {
    }

    /** How the plan a park reports against stands to the plan sent to it. */
    public enum State {
        /** The latest package reports against the plan sent last. */
        SAME,
        /** The latest package reports against other plans than the one sent last. */
        DIFFERENT,
        /** No plan file was sent to the park. */
        NOT_SENT,
        /** No package came from the park. */
        NO_PACKAGE,
        /** The latest package was received before the ledger kept the plans a package names. */
        UNKNOWN;

        public String label() {
            return I18n.tr("bureau.plans.state." + name());
        }

        /** Whether the bureau should look: the park reports against another plan than the one it was sent. */
        public boolean flagged() {
            return this == DIFFERENT;
        }
    }

    /**
     * One park: the plan sent last, and its latest package with the plans it reports against.
     *
     * @param sent     null when no plan file went to the park
     * @param latest   null when the park sent nothing
     * @param reported the plan codes of the latest package's targets
     */
    public record Row(Park park, PlanDistribution sent, ReceivedPackage latest, List<String> reported, State state) {

        /** The plan sent last, its version and day; empty when none was sent. */
        public String sentText() {
            return sent == null ? "" : I18n.tr("bureau.plans.sentCell", sent.planCode(), sent.catalogVersion(),
                    LocalDate.ofInstant(sent.sentAt(), ZoneId.systemDefault()));
        }

        /** The plans of the latest package, its period and the day it came; empty when nothing came. */
        public String reportedText() {
            if (latest == null) {
                return "";
            }
            String plans = reported.isEmpty() ? I18n.tr("bureau.plans.notRecorded") : String.join("、", reported);
            return I18n.tr("bureau.plans.reportedCell", plans, latest.periodCode(),
                    LocalDate.ofInstant(latest.receivedAt(), ZoneId.systemDefault()));
        }
    }

    /** The name of the plan file of a plan at a catalog version: {@code SD-311-2023_v2.zip}. */
    public static String fileName(String planCode, int catalogVersion) {
        return planCode + "_v" + catalogVersion + ".zip";
    }

    /**
     * Writes the plan {@code planCode} as a plan file signed by the bureau's key into {@code folder} (made when
     * missing), at the plan's catalog version or at {@code version} when given, and records it as sent to every park
     * of the bureau.
     *
     * @throws BureauException when this is no bureau ledger, it has no parks, the plan is not in its catalog or cannot
     *                         be written; nothing is recorded then
     */
    public Sent send(String planCode, Integer version, Path folder) {
        String code = planCode == null ? "" : planCode.strip();
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        Plan plan = read.plans().findByCode(code)
                .orElseThrow(() -> new BureauException(I18n.tr("bureau.plans.unknownPlan", code)));
        List<Park> parks = read.parks().findBureauParks();
        if (parks.isEmpty()) {
            throw new BureauException(I18n.tr("bureau.plans.noParks"));
        }
        int catalogVersion = version == null ? Math.max(1, plan.catalogVersion()) : version;
        Path file = folder.resolve(fileName(plan.code(), catalogVersion));
        PlanFile.Signed written;
        byte[] bytes;
        try {
            Files.createDirectories(folder);
            written = planFiles.export(plan.code(), version, file);
            bytes = Files.readAllBytes(file);
        } catch (CatalogException e) {
            throw new BureauException(I18n.tr("bureau.plans.cannotSend", code, String.join(" ", e.problems())), e);
        } catch (IOException e) {
            throw new BureauException(I18n.tr("bureau.plans.cannotWrite", file, String.valueOf(e.getMessage())), e);
        }
        PlanDistribution fresh = new PlanDistribution(0, plan.code(), written.catalog().plan().catalogVersion(),
                file.getFileName().toString(), PackageIntake.sha256(bytes), clock.instant(), user,
                parks.stream().map(Park::code).toList());
        try {
            PlanDistribution recorded = unitOfWork.inTransaction(repositories -> {
                long id = repositories.planDistributions().insert(fresh, parks.stream().map(Park::id).toList());
                PlanDistribution stored = repositories.planDistributions().find(id).orElseThrow();
                repositories.audit().write(user, AUDIT_TABLE, String.valueOf(id), AuditAction.INSERT, null, stored);
                return stored;
            });
            return new Sent(recorded, file);
        } catch (RuntimeException e) {
            deleteQuietly(file, e); // a file not recorded as sent is not left to be sent
            throw e;
        }
    }

    private static void deleteQuietly(Path file, RuntimeException cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** Every plan file sent, the latest first. */
    public List<PlanDistribution> history() {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        return read.planDistributions().findAll();
    }

    /** The plans of the bureau's catalog, which it can send. */
    public List<Plan> plans() {
        return unitOfWork.read().plans().findAll();
    }

    /**
     * Every park of the bureau, in the bureau's order: the plan sent to it last and the plans its latest package (the
     * one its ledger made last, of any period) reports against.
     *
     * @throws BureauException when this is no bureau ledger
     */
    public List<Row> overview() {
        Repositories read = unitOfWork.read();
        BureauService.requireBureau(read);
        Map<String, PlanDistribution> sent = read.planDistributions().latestPerPark();
        Map<Long, ReceivedPackage> latest = read.receivedPackages().latestPerPark();
        return read.parks().findBureauParks().stream().map(park -> {
            PlanDistribution plan = sent.get(park.code());
            ReceivedPackage last = latest.get(park.id());
            List<String> reported = last == null ? List.of() : read.receivedPackages().planCodes(last.id());
            return new Row(park, plan, last, reported, state(plan, last, reported));
        }).toList();
    }

    private static State state(PlanDistribution sent, ReceivedPackage latest, List<String> reported) {
        if (sent == null) {
            return State.NOT_SENT;
        }
        if (latest == null) {
            return State.NO_PACKAGE;
        }
        if (reported.isEmpty()) {
            return State.UNKNOWN;
        }
        return reported.contains(sent.planCode()) ? State.SAME : State.DIFFERENT;
    }
}
