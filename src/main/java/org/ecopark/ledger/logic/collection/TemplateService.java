package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.FirstStepsService;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.StatLine;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the collection workbooks of a period: one per enterprise of the park (those settled in the
 * park during the period), or one for all of them, each with last year's values of the same period
 * beside the input cells. A file appears under its final name only once it is complete; a cancelled run
 * removes the files it wrote. A period that has not ended is refused: its actual figures cannot be known
 * yet, and the import would refuse the returned workbooks until it has.
 */
public final class TemplateService {

    private static final Logger LOGGER = LoggerFactory.getLogger(TemplateService.class);

    private final RecordServices records;

    public TemplateService(RecordServices records) {
        this.records = records;
    }

    /** The park's enterprises that belong in a workbook of the period: settled by its end, not left before its start. */
    public List<Enterprise> enterprises(Park park, StatPeriod period) {
        return records.enterprises().list(park.id()).stream()
                .filter(e -> e.settledOn() == null || !e.settledOn().isAfter(period.end()))
                .filter(e -> e.leftOn() == null || !e.leftOn().isBefore(period.start()))
                .toList();
    }

    /** What the workbook of one enterprise (or of all, when {@code enterprise} is null) shows. */
    public TemplateContent content(Park park, StatPeriod period, Enterprise enterprise, boolean optionalSheets) {
        List<Enterprise> covered = enterprise == null ? enterprises(park, period) : List.of(enterprise);
        StatisticsService statistics = records.statistics();
        List<TemplateContent.Line> lines = new ArrayList<>();
        for (Enterprise e : covered) {
            for (StatLine line : statistics.sheet(e.id(), period).lines()) {
                Metric metric = line.metric();
                lines.add(new TemplateContent.Line(e.uscc(), e.name(), metric, StatisticsService.label(metric), note(metric),
                        line.lastYear()));
            }
        }
        return new TemplateContent(park, period, enterprise, lines, optionalSheets);
    }

    /**
     * Writes the workbooks into {@code folder}.
     *
     * @param uscc      only this enterprise's workbook; empty for every enterprise's
     * @param oneForAll one workbook holding all enterprises instead of one each
     * @return the files written
     * @throws IllegalArgumentException with a message in the user's language when the enterprise is not in the
     *                                  park or the period has not ended
     * @throws ImportCancelledException when cancelled; the files written so far are removed
     */
    public List<Path> generate(Park park, StatPeriod period, Optional<String> uscc, boolean oneForAll,
                               boolean optionalSheets, Path folder, CollectionProgress progress,
                               BooleanSupplier cancelled) throws IOException {
        Optional<String> notEnded = records.dates().notEndedMessage(period);
        if (notEnded.isPresent()) {
            throw new IllegalArgumentException(I18n.tr("collection.generate.periodNotEnded", notEnded.get(),
                    period.end().plusDays(1)));
        }
        Files.createDirectories(folder);
        TemplateSeal seal = seal();
        List<Path> written = new ArrayList<>();
        try {
            if (oneForAll && uscc.isEmpty()) {
                progress.update(0, 1, I18n.tr("collection.progress.generating", I18n.tr("collection.template.allEnterprises")));
                written.add(write(content(park, period, null, optionalSheets), seal,
                        folder.resolve(fileName(park, period, null))));
                progress.update(1, 1, I18n.tr("collection.progress.generated", 1));
                noteGenerated(park, period);
                return written;
            }
            List<Enterprise> enterprises = uscc.isPresent() ? List.of(find(park, uscc.get())) : enterprises(park, period);
            for (int i = 0; i < enterprises.size(); i++) {
                ImportCancelledException.check(cancelled);
                Enterprise enterprise = enterprises.get(i);
                progress.update(i, enterprises.size(), I18n.tr("collection.progress.generating", enterprise.name()));
                written.add(write(content(park, period, enterprise, optionalSheets), seal,
                        folder.resolve(fileName(park, period, enterprise))));
            }
            progress.update(enterprises.size(), enterprises.size(), I18n.tr("collection.progress.generated", written.size()));
            if (!written.isEmpty()) {
                noteGenerated(park, period);
            }
            return written;
        } catch (IOException | RuntimeException e) {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
    }

    /**
     * Notes in the ledger the period of the park's last templates (what the first steps of a new park look for). The
     * workbooks stand without it: a ledger that cannot take the note (opened read-only) only logs it.
     */
    private void noteGenerated(Park park, StatPeriod period) {
        String key = FirstStepsService.TEMPLATES_PREFIX + park.code();
        if (records.writes().read().settings().get(key).filter(period.code()::equals).isPresent()) {
            return;
        }
        try {
            records.writes().inTransaction(tx -> {
                tx.repositories().settings().put(key, period.code());
                return null;
            });
        } catch (RuntimeException e) {
            LOGGER.warn("The templates of {} for {} were written, but the ledger did not take note of them",
                    park.code(), period.code(), e);
        }
    }

    /** Writes one workbook; the file carries its name only once it is complete and on the disk. */
    static Path write(TemplateContent content, TemplateSeal seal, Path target) throws IOException {
        DurableFiles.write(target, out -> TemplateWriter.write(content, seal, out));
        return target;
    }

    /**
     * The seal of this ledger's templates; the first call draws the ledger's secret and stores it in the
     * ledger (the only write that making templates does).
     */
    public TemplateSeal seal() {
        return TemplateSeal.ofOrCreate(records.writes());
    }

    /** e.g. {@code ZZSZ_2025Q1_91370402MA3C5QK7X1_鑫泉水处理.xlsx}: sorted by park and period, readable by a person. */
    static String fileName(Park park, StatPeriod period, Enterprise enterprise) {
        String who = enterprise == null ? I18n.tr("collection.file.all")
                : enterprise.uscc() + "_" + enterprise.displayName();
        return (park.code() + "_" + period.code() + "_" + who).replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".xlsx";
    }

    private Enterprise find(Park park, String uscc) {
        String normalised = UsccCheck.check(uscc).normalised();
        return records.enterprises().list(park.id()).stream().filter(e -> e.uscc().equals(normalised)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(I18n.tr("collection.generate.notInPark", uscc, park.name())));
    }

    /** The note beside a metric: its own when the bundle has one, else what its kind means for the figure. */
    static String note(Metric metric) {
        String key = "collection.metricNote." + metric.code();
        return I18n.has(key) ? I18n.tr(key) : I18n.tr("collection.metricNote." + metric.kind().name());
    }
}
