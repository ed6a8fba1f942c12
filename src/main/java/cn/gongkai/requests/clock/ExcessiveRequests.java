package cn.gongkai.requests.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.calendar.CalendarYearUnknownException;
import cn.gongkai.obligations.ObligationEvents.ObligationExtended;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AntiRobot;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.requests.console.RequestHandling;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.RequestsSettings;
import cn.gongkai.requests.dossier.TrackingCode;
import cn.gongkai.requests.intake.ApplicationRules;
import cn.gongkai.requests.replies.ApplicantNotice;
import cn.gongkai.requests.replies.Refusals;

/**
 * Requests whose number or frequency clearly exceeds a reasonable range (Regulations art. 35): the
 * organ may ask the applicant to state reasons; unreasonable reasons end in a reply "不予处理 —
 * 无正当理由大量反复申请" ({@link Replies}); reasonable ones that cannot be answered in the period of
 * art. 33 get a reasonable later reply date, told to the applicant. Fees for volume or frequency
 * are {@link Fees}.
 */
@Service
@Transactional
public class ExcessiveRequests {


    static final int MAX_ANSWER = 2000;

    private final RequestHandling handling;
    private final RequestClock requestClock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ObligationSignals signals;
    private final Requests requests;
    private final RequestEvents timeline;
    private final AntiRobot antiRobot;
    /** The platform's bound on a deferral (art. 35 sets none): {@code gongkai.requests.max-deferral-days}. */
    private final RequestsSettings settings;

    public ExcessiveRequests(RequestHandling handling, RequestClock requestClock,
            org.springframework.context.ApplicationEventPublisher events, ObligationSignals signals, Requests requests,
            RequestEvents timeline, AntiRobot antiRobot, RequestsSettings settings) {
        this.settings = settings;
        this.signals = signals;
        this.handling = handling;
        this.requests = requests;
        this.timeline = timeline;
        this.antiRobot = antiRobot;
        this.requestClock = requestClock;
        this.events = events;
    }

    /** Asks the applicant to state the reasons for the volume or frequency (shown on the tracking page). */
    public void askReasons(StaffMember staff, long id, String text) {
        DisclosureRequest r = handling.forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        String what = ApplicationRules.text(problems, "correctionItems", text, true, 2000);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        if (!r.getState().isOpen()) {
            throw Refusals.of("REQUEST_FINISHED", "requests.error.finished");
        }
        handling.record(r, RequestEvent.Kind.REASONS_ASKED, staff.username(), what, null, null);
    }

    /** Whether reasons were asked and not answered since (the tracking page then offers the form). */
    public static boolean awaitsReasons(List<RequestEvent> events) {
        RequestEvent.Kind last = null;
        for (RequestEvent e : events) {
            if (e.getKind() == RequestEvent.Kind.REASONS_ASKED || e.getKind() == RequestEvent.Kind.REASONS_ANSWERED) {
                last = e.getKind();
            }
        }
        return last == RequestEvent.Kind.REASONS_ASKED;
    }

    /**
     * The applicant states the reasons on the tracking page (anti-robot check as on the other
     * public forms); stored in the timeline for the handler, refused when no reasons are awaited.
     */
    public void answerReasons(String code, String text, String token, String answer) {
        List<FieldProblem> problems = new ArrayList<>();
        String reasons = ApplicationRules.text(problems, "reasons", text, true, MAX_ANSWER);
        if (!antiRobot.passes(token, answer, problems.isEmpty())) {
            problems.add(new FieldProblem("challengeAnswer", "requests.apply.error.challenge"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        DisclosureRequest r = requests.findByTrackingCode(TrackingCode.parse(code).orElseThrow().value())
                .orElseThrow();
        if (!r.getState().isOpen() || !awaitsReasons(timeline.findByRequestIdOrderByAtAscIdAsc(r.getId()))) {
            throw Refusals.of("NO_REASONS_REQUEST", "requests.error.noReasonsRequest");
        }
        handling.record(r, RequestEvent.Kind.REASONS_ANSWERED, "applicant", reasons, null, null);
    }

    /** Sets the reasonable later reply date; it must lie after the statutory due date. */
    public void defer(StaffMember staff, long id, LocalDate until, String reason) {
        DisclosureRequest r = handling.forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        String why = ApplicationRules.text(problems, "extensionReason", reason, true, 1000);
        LocalDate due = r.getDueOn();
        if (until == null || due == null || !until.isAfter(due)
                || until.isAfter(requestClock.today().plusDays(settings.maxDeferralDays()))) {
            problems.add(new FieldProblem("deferredUntil", "requests.error.deferredUntil",
                    String.valueOf(due)));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        Integer days = requestClock.workingDaysLeft(due, until);
        if (days == null) {
            throw Refusals.of(CalendarYearUnknownException.CODE, "requests.error.deferralYearUnknown");
        }
        if (days < 1) {
            throw GongkaiException.invalid("deferredUntil", "requests.error.deferredUntil", String.valueOf(due));
        }
        r.defer(until, why);
        handling.record(r, RequestEvent.Kind.DEFERRED, staff.username(), why, until, days);
        signals.deferred(r, staff.username());
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.EXTENSION));
    }
}
