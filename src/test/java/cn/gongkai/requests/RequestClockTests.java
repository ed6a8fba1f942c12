package cn.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.support.MutableClock;

/**
 * The reply clock of Regulations art. 30–33 across Spring Festival and National Day, checked
 * against dates counted by hand on the State Council holiday notices.
 */
class RequestClockTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-20T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final RequestClock requestClock = new RequestClock(WorkingCalendar.fromShippedData(), clock);

    static DisclosureRequest receivedOn(LocalDate day) {
        Applicant a = new Applicant(ApplicantType.NATURAL_PERSON, null, "张三", "11010519491231002X", null,
                "13800138000", null, null);
        return new DisclosureRequest(new TrackingCode("0123456789ABCDEF"), 1L, Channel.IN_PERSON, a, "某文件",
                InformationForm.PAPER, Delivery.COLLECT, null, Instant.EPOCH, day, Instant.EPOCH);
    }

    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void twentyWorkingDaysAcrossSpringFestivalCountTheMakeUpDays() {
        // received Mon 2025-01-20: 21,22,23,24, 26 (Sun make-up), 27, [01-28..02-04 春节], 02-05,06,07,
        // 08 (Sat make-up), 10..14, 17..21 → the 20th working day is Fri 2025-02-21
        ReplyDue due = requestClock.replyDue(receivedOn(LocalDate.of(2025, 1, 20)), List.of());
        assertThat(due.date()).isEqualTo(LocalDate.of(2025, 2, 21));
        assertThat(due.explanation().makeupDays()).extracting(m -> m.date())
                .containsExactly(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8));
    }

    @Test
    void aCorrectionRestartsTheClockAndAThirdPartyPauseAndAnExtensionMoveIt() {
        DisclosureRequest r = receivedOn(LocalDate.of(2025, 1, 20));
        // art. 30: the notice within 7 working days of receipt: 21,22,23,24,26,27,02-05 → 2025-02-05
        assertThat(requestClock.workingDaysAfter(LocalDate.of(2025, 1, 20), RequestClock.CORRECTION_NOTICE_DAYS))
                .isEqualTo(LocalDate.of(2025, 2, 5));
        r.askCorrection(LocalDate.of(2025, 1, 22), "请写明文件名称", LocalDate.of(2025, 2, 12));
        assertThat(requestClock.replyDue(r, List.of()).status()).isEqualTo(ReplyDue.Status.AWAITING_CORRECTION);
        r.corrected(LocalDate.of(2025, 2, 5), "2024年度某文件");
        today("2025-02-07");
        // restart from Wed 02-05: 06, 07, 08 (Sat make-up), 10..14, 17..21, 24..28, 03-03, 04 → 2025-03-04
        assertThat(requestClock.replyDue(r, List.of()).date()).isEqualTo(LocalDate.of(2025, 3, 4));
        // art. 32: letter to the third party Mon 02-10, answer Fri 02-14: 02-11..14 (4 working days) not counted
        r.startConsulting();
        Consultation c = new Consultation(1L, Consultation.Kind.THIRD_PARTY, "某公司", LocalDate.of(2025, 2, 10),
                LocalDate.of(2025, 3, 3));
        c.answered(LocalDate.of(2025, 2, 14));
        r.endConsulting(false);
        today("2025-02-17");
        ReplyDue paused = requestClock.replyDue(r, List.of(c));
        // four paused working days: 03-05, 06, 07, 10 → 2025-03-10
        assertThat(paused.date()).isEqualTo(LocalDate.of(2025, 3, 10));
        // art. 33: extended by 10 working days: 03-11..14, 17..21, 24 → 2025-03-24
        r.extend(10, "需调取档案", "公开办负责人", LocalDate.of(2025, 3, 3));
        ReplyDue extended = requestClock.replyDue(r, List.of(c));
        assertThat(extended.date()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(extended.explanation().counted()).hasSize(30);
        assertThat(extended.pauses()).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(LocalDate.of(2025, 2, 11));
            assertThat(p.to()).isEqualTo(LocalDate.of(2025, 2, 14));
        });
    }

    @Test
    void aConsultationOverNationalDayNotCountedAndTheMaximumExtension() {
        // received Fri 2024-09-27; letter Mon 09-30, answer Thu 10-10: paused 10-01..10-10 (of which 10-08,09,10
        // are working days). Count: 09-29 (Sun make-up), 30, 10-11, 12 (Sat make-up), 14..18, 21..25, 28..31,
        // 11-01, 04 → 2024-11-04; plus 20 working days: 11-05..08, 11..15, 18..22, 25..29, 12-02 → 2024-12-02
        DisclosureRequest r = receivedOn(LocalDate.of(2024, 9, 27));
        assertThat(requestClock.replyDue(r, List.of()).date()).isEqualTo(LocalDate.of(2024, 10, 30));
        r.startConsulting();
        Consultation c = new Consultation(1L, Consultation.Kind.CO_AUTHOR, "国家税务总局某省税务局",
                LocalDate.of(2024, 9, 30), requestClock.workingDaysAfter(LocalDate.of(2024, 9, 30), 15));
        // art. 34: 15 working days for the answer: 10-08..11, 12 (make-up), 14..18, 21..25 → 2024-10-25
        assertThat(c.getAnswerDueOn()).isEqualTo(LocalDate.of(2024, 10, 25));
        c.answered(LocalDate.of(2024, 10, 10));
        r.endConsulting(false);
        today("2024-10-11");
        assertThat(requestClock.replyDue(r, List.of(c)).date()).isEqualTo(LocalDate.of(2024, 11, 4));
        r.extend(20, "涉及多个部门", "公开办负责人", LocalDate.of(2024, 10, 28));
        assertThat(requestClock.replyDue(r, List.of(c)).date()).isEqualTo(LocalDate.of(2024, 12, 2));
    }

    @Test
    void whileAConsultationIsOpenTheDateAssumesTheClockRunsAgainTomorrow() {
        DisclosureRequest r = receivedOn(LocalDate.of(2025, 3, 3));
        r.startConsulting();
        Consultation open = new Consultation(1L, Consultation.Kind.THIRD_PARTY, "某公司", LocalDate.of(2025, 3, 5),
                LocalDate.of(2025, 3, 26));
        today("2025-03-07");
        ReplyDue due = requestClock.replyDue(r, List.of(open));
        assertThat(due.status()).isEqualTo(ReplyDue.Status.PAUSED);
        // unpaused due: 2025-03-31; 03-06 and 03-07 paused → 2025-04-02
        assertThat(due.date()).isEqualTo(LocalDate.of(2025, 4, 2));
    }

    @Test
    void anOnlineApplicationOnARestDayIsReceivedOnTheNextWorkingDay() {
        assertThat(requestClock.onlineReceipt(LocalDate.of(2025, 1, 29))).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(requestClock.onlineReceipt(LocalDate.of(2025, 2, 8))).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(requestClock.onlineReceipt(LocalDate.of(2025, 10, 4))).isEqualTo(LocalDate.of(2025, 10, 9));
    }

    @Test
    void aYearWithoutHolidayDataGivesNoDateRatherThanAGuess() {
        ReplyDue due = requestClock.replyDue(receivedOn(LocalDate.of(2026, 12, 10)), List.of());
        assertThat(due.status()).isEqualTo(ReplyDue.Status.UNKNOWN_YEAR);
        assertThat(due.date()).isNull();
        assertThat(due.unknownYear()).isEqualTo(2027);
    }
}
