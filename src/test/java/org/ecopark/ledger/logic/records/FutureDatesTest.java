package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectStatus;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.ecopark.ledger.model.TitleKind;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every date that records something that has happened, checked by its record service on 2026-12-06: today
 * passes, tomorrow is a warning at that date's field that needs an explanation, never an error.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class FutureDatesTest {

    private static final LocalDate TOMORROW = RecordFixtures.TODAY.plusDays(1);

    @Parameter
    private Backend backend;

    /** Checks a record whose date under test is {@code day}, in a ledger holding 鑫泉 (its id given). */
    @FunctionalInterface
    interface DatedCheck {
        RecordValidation check(RecordServices services, long parkId, long xinquan, LocalDate day);
    }

    private ServiceFixture ledger;
    private long xinquan;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "future-dates");
        xinquan = ledger.services.enterprises().save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    static Stream<Arguments> datesOfWhatHappened() {
        return Stream.of(
                Arguments.of("enterprise settled", EnterpriseService.SETTLED_ON, "入驻日期",
                        (DatedCheck) (s, park, x, day) -> s.enterprises().validate(enterprise(park, day, null, List.of()))),
                Arguments.of("enterprise left", EnterpriseService.LEFT_ON, "迁出日期",
                        (DatedCheck) (s, park, x, day) -> s.enterprises().validate(
                                enterprise(park, LocalDate.of(2019, 5, 20), day, List.of()))),
                Arguments.of("title awarded", EnterpriseService.TITLES, "称号“高新技术企业”的认定日期",
                        (DatedCheck) (s, park, x, day) -> s.enterprises().validate(enterprise(park, LocalDate.of(2019, 5, 20),
                                null, List.of(new EnterpriseTitle(0, TitleKind.HIGH_TECH, day, day.plusYears(3), null))))),
                Arguments.of("patent applied", PatentService.APPLIED_ON, "申请日",
                        (DatedCheck) (s, park, x, day) -> s.patents().validate(patent(x, day, null, null, PatentStatus.PENDING))),
                Arguments.of("patent granted", PatentService.GRANTED_ON, "授权公告日",
                        (DatedCheck) (s, park, x, day) -> s.patents().validate(
                                patent(x, LocalDate.of(2022, 4, 6), day, null, PatentStatus.GRANTED))),
                Arguments.of("patent lapsed", PatentService.LAPSED_ON, "失效日",
                        (DatedCheck) (s, park, x, day) -> s.patents().validate(
                                patent(x, LocalDate.of(2022, 4, 6), LocalDate.of(2023, 9, 12), day, PatentStatus.LAPSED))),
                Arguments.of("staff joined", RdStaffService.JOINED_ON, "入职日期",
                        (DatedCheck) (s, park, x, day) -> s.staff().validate(staff(x, day, null))),
                Arguments.of("staff left", RdStaffService.LEFT_ON, "离职日期",
                        (DatedCheck) (s, park, x, day) -> s.staff().validate(staff(x, LocalDate.of(2021, 3, 1), day))),
                Arguments.of("standard published", StandardService.PUBLISHED_ON, "发布日期",
                        (DatedCheck) (s, park, x, day) -> s.standards().validate(new Standard(0, "GB/T 22627-2024",
                                "水处理剂 聚氯化铝", StandardLevel.NATIONAL, StandardRole.LEAD, x, day))),
                Arguments.of("platform approved", PlatformService.APPROVED_ON, "认定日期",
                        (DatedCheck) (s, park, x, day) -> s.platforms().validate(platform(park, x, day, null))),
                Arguments.of("platform revoked", PlatformService.REVOKED_ON, "撤销日期",
                        (DatedCheck) (s, park, x, day) -> s.platforms().validate(
                                platform(park, x, LocalDate.of(2021, 6, 1), day))),
                Arguments.of("project completed", ProjectService.ACTUAL_COMPLETION, "实际完工日期",
                        (DatedCheck) (s, park, x, day) -> s.projects().validate(completed(park, x, day))),
                Arguments.of("progress reported", ProjectService.PROGRESS, "填报日期",
                        (DatedCheck) (s, park, x, day) -> s.projects().validate(ProjectFixtures.withProgress(
                                ProjectFixtures.plantExtension(park, x), List.of(ProjectFixtures.entry(day, "3200", "25", null))))),
                Arguments.of("event held", EventService.HELD_ON, "举办日期",
                        (DatedCheck) (s, park, x, day) -> s.events().validate(event(park, day))));
    }

    @ParameterizedTest(name = "{0}: today passes, tomorrow warns")
    @MethodSource("datesOfWhatHappened")
    void aDateAfterTodayIsAWarningAtItsFieldAndTodayIsFine(String what, String field, String label, DatedCheck check) {
        RecordValidation today = check.check(ledger.services, ledger.parkId, xinquan, RecordFixtures.TODAY);
        RecordValidation tomorrow = check.check(ledger.services, ledger.parkId, xinquan, TOMORROW);

        assertThat(today.problems()).as("%s on today", what).noneMatch(FutureDatesTest::aboutTheFuture);
        assertThat(tomorrow.hasErrors()).as("%s: %s", what, tomorrow).isFalse();
        assertThat(tomorrow.warnings()).filteredOn(FutureDatesTest::aboutTheFuture).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo(field);
            assertThat(warning.message()).isEqualTo(label + " 2026-12-07 晚于今天（2026-12-06）："
                    + "台账只登记已经发生的事，请核对年份；如确需提前登记，请说明原因。");
        });
    }

    @Test
    void anEntryDateNextYearIsSavedOnlyWithItsExplanation() {
        Enterprise entering = enterprise(ledger.parkId, LocalDate.of(2027, 5, 1), null, List.of());
        Problem warning = ledger.services.enterprises().validate(entering).warnings().get(0);

        assertThatThrownBy(() -> ledger.services.enterprises().save(entering, Map.of()))
                .isInstanceOf(RecordRejectedException.class)
                .hasMessage("请先填写说明：入驻日期 2027-05-01 晚于今天（2026-12-06）：台账只登记已经发生的事，请核对年份；如确需提前登记，请说明原因。");
        assertThat(ledger.services.enterprises().list(ledger.parkId)).hasSize(1);

        Saved<Enterprise> saved = ledger.services.enterprises().save(entering,
                Map.of(warning.key(), "已签入园协议，2027年5月1日正式入驻"));

        assertThat(warning.key()).isEqualTo(EnterpriseService.SETTLED_ON + ":" + DateRules.KEY_FUTURE);
        assertThat(ledger.services.enterprises().explanations(saved.record().id()))
                .containsEntry(warning.key(), "已签入园协议，2027年5月1日正式入驻");
    }

    @Test
    void theSameDateIsFineOnceItsDayHasCome() {
        RecordServices later = new RecordServices(ledger.unitOfWork, ServiceFixture.USER,
                new DateRules(RecordFixtures.clockAt(LocalDate.of(2027, 5, 1))));

        assertThat(later.enterprises().validate(enterprise(ledger.parkId, LocalDate.of(2027, 5, 1), null, List.of()))
                .isEmpty()).isTrue();
    }

    private static boolean aboutTheFuture(Problem problem) {
        return problem.messageKey().equals(DateRules.KEY_FUTURE);
    }

    private static Enterprise enterprise(long parkId, LocalDate settled, LocalDate left, List<EnterpriseTitle> titles) {
        Enterprise e = RecordFixtures.qingyuan(parkId);
        return new Enterprise(0, parkId, e.uscc(), e.name(), e.shortName(), e.segment(), true, settled, left,
                e.contactPerson(), e.contactPhone(), e.address(), null, titles);
    }

    private static Patent patent(long owner, LocalDate applied, LocalDate granted, LocalDate lapsed, PatentStatus status) {
        Patent p = RecordFixtures.invention(List.of(owner));
        return new Patent(0, p.number(), p.title(), p.type(), applied, granted, lapsed, status, p.ownerIds(), null);
    }

    private static RdStaff staff(long employer, LocalDate joined, LocalDate left) {
        return new RdStaff(0, employer, "王建国", "0417", null, "工程师", true, joined, left);
    }

    private static InnovationPlatform platform(long parkId, long enterprise, LocalDate approved, LocalDate revoked) {
        return new InnovationPlatform(0, parkId, enterprise, "山东省企业技术中心（鑫泉）", PlatformType.ENTERPRISE_TECH_CENTER,
                PlatformLevel.PROVINCIAL, approved, "山东省工业和信息化厅", revoked);
    }

    private static Project completed(long parkId, long enterprise, LocalDate completion) {
        Project p = ProjectFixtures.plantExtension(parkId, enterprise);
        return new Project(0, parkId, enterprise, null, p.name(), p.category(), p.plannedInvestment(), p.startDate(),
                p.plannedCompletion(), completion, ProjectStatus.COMPLETED, null, p.progress());
    }

    private static ParkEvent event(long parkId, LocalDate held) {
        ParkEvent e = ProjectFixtures.waterExpo(parkId);
        return new ParkEvent(0, parkId, held, e.title(), e.type(), e.international(), e.participants(), e.location(), null);
    }
}
