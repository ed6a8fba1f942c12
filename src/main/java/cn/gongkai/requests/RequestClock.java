package cn.gongkai.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.gongkai.calendar.CalendarYearUnknownException;
import cn.gongkai.calendar.Due;
import cn.gongkai.calendar.Pause;
import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;

/**
 * The legal clock of a request, asked of the calendar module (the only place that does deadline
 * arithmetic). Periods (Regulations): reply 20 working days from receipt (art. 33), restarted at
 * the corrected application (art. 30), plus at most 20 approved working days (art. 33); correction
 * notice within 7 working days (art. 30); a consulted party answers within 15 working days
 * (art. 32, 34); a fee is paid within 20 working days of the notice (国办函〔2020〕109号).
 * Consultation and the fee's wait are not counted: they are {@link Pause}s from the day after the
 * letter or notice to the day of the answer or payment, both included.
 */
@Component
class RequestClock {

    static final int REPLY_DAYS = 20;
    static final int MAX_EXTENSION_DAYS = 20;
    static final int CORRECTION_NOTICE_DAYS = 7;
    static final int CONSULTATION_DAYS = 15;
    static final int FEE_PAYMENT_DAYS = 20;

    private final WorkingCalendar calendar;
    private final Clock clock;

    /** Uses the application's calendar bean (with administrators' uploads) when there is one. */
    @Autowired
    RequestClock(ObjectProvider<WorkingCalendar> calendar, Clock clock) {
        this.calendar = calendar.getIfAvailable(WorkingCalendar::fromShippedData);
        this.clock = clock;
    }

    RequestClock(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /**
     * The receipt date of an online application or correction (art. 31(三): "以双方确认之日为收到申请之日").
     * Decision of this platform: the organ confirms online submissions automatically, on the day of
     * submission when it is a working day, else on the next working day. Shown to the applicant.
     */
    LocalDate onlineReceipt(LocalDate submitted) {
        return calendar.isWorkingDay(submitted) ? submitted
                : calendar.due(new Period.WorkingDays(1), submitted).date();
    }

    /** The last day of {@code days} working days after {@code start}. */
    LocalDate workingDaysAfter(LocalDate start, int days) {
        return calendar.due(new Period.WorkingDays(days), start).date();
    }

    /**
     * Working days from {@code today} to {@code due}: 0 on the due day, negative when overdue;
     * null when a year on the way has no holiday data.
     */
    Integer workingDaysLeft(LocalDate today, LocalDate due) {
        try {
            return due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
        }
        catch (CalendarYearUnknownException e) {
            return null;
        }
    }

    /** The reply's due date now, with its explanation, or why there is none. */
    ReplyDue replyDue(DisclosureRequest r, List<Consultation> consultations) {
        if (r.getState() == RequestState.AWAITING_CORRECTION) {
            return ReplyDue.awaitingCorrection(r.getCorrectionDueOn());
        }
        LocalDate today = today();
        LocalDate end = r.getState().isOpen() ? today
                : r.getRepliedOn() != null ? r.getRepliedOn() : r.getClosedOn();
        List<Pause> pauses = new ArrayList<>();
        boolean pausedNow = false;
        for (Consultation c : consultations) {
            if (c.getSentOn().isBefore(r.getClockStart())) {
                continue;
            }
            pausedNow |= c.isOpen() && r.getState().isOpen();
            pause(pauses, c.getSentOn(), c.isOpen() ? end : c.getAnsweredOn());
        }
        Fee fee = r.getFee();
        if (fee.isNoticed() && !fee.getNoticedOn().isBefore(r.getClockStart())) {
            pausedNow |= fee.getPaidOn() == null && r.getState().isOpen();
            pause(pauses, fee.getNoticedOn(), fee.getPaidOn() == null ? end : fee.getPaidOn());
        }
        int days = REPLY_DAYS + (r.getExtensionDays() == null ? 0 : r.getExtensionDays());
        try {
            Due due = calendar.due(new Period.WorkingDays(days), r.getClockStart(), pauses);
            if (r.getDeferredUntil() != null && r.getDeferredUntil().isAfter(due.date())) {
                return ReplyDue.deferred(due, r, pauses);
            }
            return ReplyDue.of(due, r, pauses, pausedNow);
        }
        catch (CalendarYearUnknownException e) {
            return ReplyDue.unknownYear(e.year(), r.getClockStart(), days);
        }
    }

    private static void pause(List<Pause> pauses, LocalDate letterOn, LocalDate lastDay) {
        LocalDate first = letterOn.plusDays(1);
        if (lastDay != null && !lastDay.isBefore(first)) {
            pauses.add(new Pause(first, lastDay));
        }
    }
}
