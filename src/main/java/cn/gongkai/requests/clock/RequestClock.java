package cn.gongkai.requests.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.gongkai.calendar.CalendarYearUnknownException;
import cn.gongkai.calendar.Pause;
import cn.gongkai.calendar.Period;
import cn.gongkai.calendar.WorkingCalendar;
import cn.gongkai.obligations.ObligationView;
import cn.gongkai.obligations.Obligations;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.RulePeriod;
import cn.gongkai.obligations.Rules;
import cn.gongkai.requests.dossier.Consultation;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.Fee;
import cn.gongkai.requests.dossier.RequestState;

/**
 * The legal clock of a request. Every period comes from the rulebook in the version in force on
 * its trigger date ({@link Rules}): the reply (art. 33; 15 + at most 15 working days for requests
 * received before 2019-05-15, 2007 Regulations art. 24), the correction-notice limit (art. 30),
 * the consulted party's answer (art. 32, 34) and the fee payment (国办函〔2020〕109号 art. 7). The
 * reply's due date is the ledger obligation's due (one value, computed once by the ledger with
 * the calendar); this class reads it back and only asks the calendar for the dates of limits.
 */
@Component
public class RequestClock {

    private final WorkingCalendar calendar;
    private final Rules rules;
    private final Obligations obligations;
    private final Clock clock;

    public RequestClock(WorkingCalendar calendar, Rules rules, Obligations obligations, Clock clock) {
        this.calendar = calendar;
        this.rules = rules;
        this.obligations = obligations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    /**
     * The receipt date of an online application or correction (art. 31(三): "以双方确认之日为收到申请之日").
     * Decision of this platform: the organ confirms online submissions automatically, on the day of
     * submission when it is a working day, else on the next working day. Shown to the applicant.
     */
    public LocalDate onlineReceipt(LocalDate submitted) {
        return calendar.isWorkingDay(submitted) ? submitted
                : calendar.due(new Period.WorkingDays(1), submitted).date();
    }

    /** The last day of {@code days} working days after {@code start}. */
    public LocalDate workingDaysAfter(LocalDate start, int days) {
        return calendar.due(new Period.WorkingDays(days), start).date();
    }

    /** The reply period (and its maximum extension) of a request whose clock starts on {@code day}. */
    public Optional<RulePeriod> replyPeriod(LocalDate day) {
        return rules.period(RuleIds.REQUEST_REPLY, day);
    }

    /** Art. 30: the correction-notice limit for a request received on {@code receivedOn}, if one applies. */
    public Optional<RulePeriod> correctionNoticeRule(LocalDate receivedOn) {
        return rules.period(RuleIds.CORRECTION_NOTICE, receivedOn);
    }

    /** Art. 30: the last day for the correction notice, or empty (no limit, or a year without holiday data). */
    public Optional<LocalDate> correctionNoticeLimit(LocalDate receivedOn) {
        try {
            return correctionNoticeRule(receivedOn).map(p -> workingDaysAfter(receivedOn, p.workingDays()));
        }
        catch (CalendarYearUnknownException e) {
            return Optional.empty();
        }
    }

    /**
     * Art. 32, 34: the consulted party's last day to answer a letter sent on {@code sentOn}, if a
     * limit applies and the calendar knows the days.
     */
    public Optional<LocalDate> consultationAnswerDue(LocalDate sentOn) {
        try {
            return rules.period(RuleIds.CONSULTATION, sentOn).map(p -> workingDaysAfter(sentOn, p.workingDays()));
        }
        catch (CalendarYearUnknownException e) {
            return Optional.empty();
        }
    }

    /** 国办函〔2020〕109号 art. 7: the last day to pay a fee noticed on {@code noticedOn}. */
    public LocalDate feePayBy(LocalDate noticedOn) {
        return workingDaysAfter(noticedOn, rules.required(RuleIds.FEE_PAYMENT, noticedOn).workingDays());
    }

    /**
     * Working days from {@code today} to {@code due}: 0 on the due day, negative when overdue;
     * null when a year on the way has no holiday data.
     */
    public Integer workingDaysLeft(LocalDate today, LocalDate due) {
        try {
            return due.isBefore(today) ? -calendar.workingDaysBetween(due, today)
                    : calendar.workingDaysBetween(today, due);
        }
        catch (CalendarYearUnknownException e) {
            return null;
        }
    }

    /** Whether a due date may still move when the next year's holiday notice is published. */
    public boolean isProvisional(LocalDate due) {
        return calendar.isProvisional(due);
    }

    /** The reply's due date as the ledger holds it, with the calendar's explanation, or why there is none. */
    public ReplyDue replyDue(DisclosureRequest r, List<Consultation> consultations) {
        RulePeriod days = replyPeriod(r.getClockStart()).orElse(null);
        if (r.getState() == RequestState.AWAITING_CORRECTION) {
            return ReplyDue.awaitingCorrection(r.getCorrectionDueOn(), days);
        }
        Optional<ObligationView> found = r.getId() == null ? Optional.empty()
                : obligations.find(RuleIds.REQUEST_REPLY, ObligationSignals.subject(r));
        if (found.isEmpty()) {
            return ReplyDue.none(r.getClockStart(), days);
        }
        ObligationView view = found.get();
        if (view.dueAt() == null) {
            return ReplyDue.unknownYear(view.dueUnknownYear(), r.getClockStart(), days);
        }
        var steps = obligations.explain(RuleIds.REQUEST_REPLY, ObligationSignals.subject(r)).orElse(null);
        boolean pausedNow = r.getState() == RequestState.CONSULTING || r.getState() == RequestState.AWAITING_PAYMENT;
        return ReplyDue.of(view, steps, r, days, shownPauses(r, consultations), pausedNow);
    }

    /**
     * The pauses as the request shows them (the days after the letter or notice up to the answer
     * or payment, at most to the party's or payer's last day): display only, the ledger counted them.
     */
    private List<Pause> shownPauses(DisclosureRequest r, List<Consultation> consultations) {
        LocalDate today = today();
        List<Pause> pauses = new ArrayList<>();
        for (Consultation c : consultations) {
            if (c.getSentOn().isBefore(r.getClockStart())) {
                continue;
            }
            LocalDate last = c.isOpen() ? c.getAnswerDueOn() != null ? c.getAnswerDueOn() : today : c.getAnsweredOn();
            if (c.getAnswerDueOn() != null && last != null && last.isAfter(c.getAnswerDueOn())) {
                last = c.getAnswerDueOn();
            }
            pause(pauses, c.getSentOn(), last);
        }
        Fee fee = r.getFee();
        if (fee.isNoticed() && !fee.getNoticedOn().isBefore(r.getClockStart())) {
            pause(pauses, fee.getNoticedOn(), fee.getPaidOn() == null ? fee.getPayBy() : fee.getPaidOn());
        }
        return pauses;
    }

    private static void pause(List<Pause> pauses, LocalDate letterOn, LocalDate lastDay) {
        LocalDate first = letterOn.plusDays(1);
        if (lastDay != null && !lastDay.isBefore(first)) {
            pauses.add(new Pause(first, lastDay));
        }
    }
}
