package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A park whose targets include milestones: their completion and evidence reach the sheet, the data and the PDF. */
@ParameterizedClass
@EnumSource(Backend.class)
class MilestonePackageTest {

    @Parameter
    private Backend backend;

    @TempDir
    Path folder;

    @Test
    void milestonesTravelWithTheirCompletionDateAndEvidence() throws Exception {
        I18n.setLocale(I18n.CHINESE);
        try (SubmissionFixture fixture = SubmissionFixture.on(backend, "milestones")) {
            Target phaseOne = fixture.unitOfWork.read().targets().find(TargetFilter.park("YTLS")).stream()
                    .filter(t -> t.code().equals("YTLS-T04")).findFirst().orElseThrow();
            new EvaluationService(fixture.unitOfWork, SubmissionFixture.USER).recordMilestoneEvidence(phaseOne.id(),
                    LocalDate.of(2024, 11, 30), "一期主体工程竣工验收", "验收报告.pdf", "application/pdf",
                    "%PDF-1.4 acceptance".getBytes(StandardCharsets.UTF_8));
            Path zip = folder.resolve("ytls.zip");

            fixture.service.export(new ExportRequest("YTLS", ReportPeriod.year(2025), LocalDate.of(2025, 12, 31), null,
                    false, null, null, zip), ExportProgress.NONE, () -> false);

            JsonNode milestones = PackageFiles.json(zip, "data.json").get("tables").get("milestones");
            assertThat(milestones).extracting(m -> m.get("targetCode").asText()).contains("YTLS-T04", "YTLS-T05");
            JsonNode done = milestones.get(0).get("targetCode").asText().equals("YTLS-T04") ? milestones.get(0)
                    : milestones.get(1);
            assertThat(done.get("completedOn").asText()).isEqualTo("2024-11-30");
            assertThat(done.get("evidence").asText()).contains("一期主体工程竣工验收", "验收报告.pdf", "sha256:");
            try (PDDocument pdf = PackageFiles.pdf(zip)) {
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains("暨南大学基地一期工程", "完成日期：2024-11-30", "一期主体工程竣工验收");
            }
            assertThat(PackageVerifier.verify(zip).ok()).isTrue();
        }
    }
}
