package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Submission;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class SubmissionServiceTest {

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    private SubmissionFixture fixture;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        fixture = SubmissionFixture.on(backend, "service");
    }

    @AfterEach
    void close() {
        if (fixture != null) { // none made when the PostgreSQL case is skipped
            fixture.close();
        }
    }

    private SubmissionService.Exported export(ReportPeriod period, String file) {
        return fixture.service.export(fixture.request(period, folder.resolve(file)), ExportProgress.NONE, () -> false);
    }

    @Test
    void anExportIsRecordedWithPeriodFileHashRecipientAndNote() throws Exception {
        SubmissionService.Exported exported = export(ReportPeriod.quarter(2025, 3), "q3.zip");

        Submission recorded = exported.submission();
        assertThat(recorded.id()).isPositive();
        assertThat(recorded.periodCode()).isEqualTo("2025Q3");
        assertThat(recorded.periodStart()).hasToString("2025-07-01");
        assertThat(recorded.periodEnd()).hasToString("2025-09-30");
        assertThat(recorded.fileName()).isEqualTo("q3.zip");
        assertThat(recorded.sha256()).isEqualTo(PackageExporter.sha256(folder.resolve("q3.zip")));
        assertThat(recorded.recipient()).isEqualTo("枣庄市生态环境局");
        assertThat(recorded.note()).isEqualTo("年度报送");
        assertThat(recorded.createdBy()).as("the 填表人 typed, not the login").isEqualTo("张填表");
        assertThat(recorded.resubmission()).isFalse();
        assertThat(recorded.supersedesId()).isNull();
        assertThat(fixture.service.history("ZZSZ")).containsExactly(recorded);
        assertThat(fixture.unitOfWork.read().audit().count(SubmissionService.AUDIT_TABLE)).isEqualTo(1);
    }

    @Test
    void aSecondExportOfThePeriodIsAResubmissionThatSupersedesTheLatestOne() {
        Submission first = export(ReportPeriod.year(2025), "a.zip").submission();
        Submission other = export(ReportPeriod.quarter(2025, 4), "q4.zip").submission();
        Submission second = export(ReportPeriod.year(2025), "b.zip").submission();
        Submission third = export(ReportPeriod.year(2025), "c.zip").submission();

        assertThat(other.resubmission()).isFalse();
        assertThat(second.resubmission()).isTrue();
        assertThat(second.supersedesId()).isEqualTo(first.id());
        assertThat(third.supersedesId()).isEqualTo(second.id());
        assertThat(fixture.service.history("ZZSZ")).extracting(Submission::fileName)
                .containsExactly("c.zip", "b.zip", "q4.zip", "a.zip");
        assertThat(fixture.service.submitted("ZZSZ", ReportPeriod.year(2025))).isTrue();
        assertThat(fixture.service.submitted("ZZSZ", ReportPeriod.years(2023, 2025))).isFalse();
    }

    @Test
    void thePlanPeriodIsExportedAndRecordedUnderItsRangeCode() {
        Submission plan = export(ReportPeriod.parse("2023-2025"), "plan.zip").submission();

        assertThat(plan.periodCode()).isEqualTo("2023-2025");
        assertThat(plan.periodStart()).hasToString("2023-01-01");
        assertThat(plan.periodEnd()).hasToString("2025-12-31");
    }

    @Test
    void theSignatureBlockIsRememberedPerPark() {
        assertThat(fixture.service.signature("ZZSZ")).isEqualTo(SignatureBlock.EMPTY);

        export(ReportPeriod.year(2025), "a.zip");

        assertThat(fixture.service.signature("ZZSZ").unitHead()).isEqualTo("王主任");
        SignatureBlock changed = new SignatureBlock("新主任", "李统计", "张填表", "0632-7654321", null);
        fixture.service.saveSignature("ZZSZ", changed);
        assertThat(fixture.service.signature("ZZSZ")).isEqualTo(changed);
    }

    @Test
    void aBlockRememberedWhileTheReportDateWasFreeTextStillReads() {
        remember("{\"unitHead\":\"王主任\",\"preparer\":\"张填表\",\"reportDate\":\"2026年1月10日\"}");
        assertThat(fixture.service.signature("ZZSZ").reportDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 10));

        remember("{\"unitHead\":\"王主任\",\"preparer\":\"张填表\",\"reportDate\":\"月底前\"}");
        SignatureBlock read = fixture.service.signature("ZZSZ");
        assertThat(read.reportDate()).as("not a date: shown empty").isNull();
        assertThat(read.unitHead()).isEqualTo("王主任");
        assertThat(read.preparer()).isEqualTo("张填表");
    }

    private void remember(String json) {
        fixture.unitOfWork.inTransaction(repositories -> {
            repositories.settings().put("submission-signature.ZZSZ", json);
            return null;
        });
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoRecord() {
        Path out = folder.resolve("cancelled.zip");
        List<Double> seen = new ArrayList<>();
        ExportProgress progress = (fraction, step) -> seen.add(fraction);

        assertThatThrownBy(() -> fixture.service.export(fixture.request(ReportPeriod.year(2025), out), progress,
                () -> seen.size() > 3)).isInstanceOf(ExportCancelledException.class);

        assertThat(out).doesNotExist();
        assertThat(fixture.service.history("ZZSZ")).isEmpty();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void aCancelAtAnyStepTheReportsIncludedLeavesTheEarlierFileAndNothingElse() throws Exception {
        Path out = Files.writeString(folder.resolve("earlier.zip"), "earlier");
        // the report's thread and this one both ask; the n-th question of either answers "cancelled"
        boolean completed = false;
        for (int n = 1; !completed; n *= 2) {
            AtomicInteger asked = new AtomicInteger();
            int cancelAt = n;
            try {
                fixture.service.export(fixture.request(ReportPeriod.year(2025), out), ExportProgress.NONE,
                        () -> asked.incrementAndGet() >= cancelAt);
                completed = true;
            } catch (ExportCancelledException e) {
                assertThat(out).as("cancelled at question %d", n).hasContent("earlier");
            }
            assertThat(folder.toFile().list()).as("question %d", n).containsExactly("earlier.zip");
            assertThat(n).as("the export ends once nothing cancels it").isLessThan(1 << 20);
        }
        assertThat(PackageVerifier.verify(out).ok()).isTrue();
    }

    @Test
    void progressRisesFromZeroToOne() {
        List<Double> seen = new ArrayList<>();

        fixture.service.export(fixture.request(ReportPeriod.year(2025), folder.resolve("p.zip")),
                (fraction, step) -> seen.add(fraction), () -> false);

        assertThat(seen).isSorted().first().isEqualTo(0.0);
        assertThat(seen).last().isEqualTo(1.0);
    }

    @Test
    void anUnknownParkIsRefusedBeforeAnythingIsWritten() {
        ExportRequest request = new ExportRequest("NOPE", ReportPeriod.year(2025), java.time.LocalDate.of(2025, 12, 31),
                null, false, null, null, folder.resolve("x.zip"));

        assertThatThrownBy(() -> fixture.service.export(request, ExportProgress.NONE, () -> false))
                .isInstanceOf(PackageException.class).hasMessage("数据库中没有代码为 NOPE 的园区。");
        assertThat(folder.resolve("x.zip")).doesNotExist();
    }

    @Test
    void theDefaultFileNameNamesParkPeriodAndTime() {
        assertThat(SubmissionService.defaultFileName("ZZSZ", ReportPeriod.quarter(2025, 3),
                LocalDateTime.of(2025, 10, 5, 9, 30))).isEqualTo("ZZSZ_2025Q3_20251005-0930.zip");
    }

    @Test
    void anExistingFileIsReplacedOnlyByACompletePackage() throws Exception {
        Path out = Files.writeString(folder.resolve("old.zip"), "old");

        export(ReportPeriod.year(2025), "old.zip");

        assertThat(PackageVerifier.verify(out).ok()).isTrue();
        assertThat(folder.toFile().list()).containsExactly("old.zip");
    }
}
