package cn.gongkai.requests.fees;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.requests.clock.ObligationSignals;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.console.RequestHandling;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.Fee;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.intake.ApplicationRules;
import cn.gongkai.requests.intake.LocalDateCheck;
import cn.gongkai.requests.replies.ApplicantNotice;
import cn.gongkai.requests.replies.FeeNoticeLetter;
import cn.gongkai.requests.replies.Refusals;

/**
 * Information-processing fees (Regulations art. 42; 国办函〔2020〕109号): a fee notice stating basis,
 * units and amount and the day to pay by (20 working days), the clock stopped until payment, and
 * closure as "逾期未按收费通知要求缴纳费用" when nothing is paid in time ({@link DailySweep}).
 */
@Service
@Transactional
public class Fees {

    static final int MAX_PAGES = 1_000_000;

    private final RequestHandling handling;
    private final Requests requests;
    private final RequestClock requestClock;
    private final ObligationSignals signals;
    private final ApplicationEventPublisher events;
    private final FeeNoticeLetter letter;

    public Fees(RequestHandling handling, Requests requests, RequestClock requestClock, ObligationSignals signals,
            ApplicationEventPublisher events, FeeNoticeLetter letter) {
        this.letter = letter;
        this.handling = handling;
        this.requests = requests;
        this.requestClock = requestClock;
        this.signals = signals;
        this.events = events;
    }

    /** The fee this request would be charged on {@code basis} ({@code pages} for per-page). */
    int quote(DisclosureRequest r, Fee.Basis basis, Integer pages) {
        return basis == Fee.Basis.PER_APPLICATION ? FeeSchedule.perApplication(ordinal(r)) : FeeSchedule.perPage(pages);
    }

    public int ordinal(DisclosureRequest r) {
        return (int) requests.ordinalInMonth(r.getOrganId(), r.applicant().identity(),
                r.getReceivedOn().withDayOfMonth(1), r.getReceivedOn(), r.getId());
    }

    public void notice(StaffMember staff, long id, String basisName, Integer pages) {
        DisclosureRequest r = handling.forHandler(staff, id);
        java.util.List<GongkaiException.FieldProblem> problems = new java.util.ArrayList<>();
        Fee.Basis basis = ApplicationRules.choice(problems, "feeBasis", basisName, Fee.Basis.class, true);
        if (basis == Fee.Basis.PER_PAGE && (pages == null || pages < 0 || pages > MAX_PAGES)) {
            problems.add(new GongkaiException.FieldProblem("pages", "requests.error.pages"));
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        int units = basis == Fee.Basis.PER_APPLICATION ? ordinal(r) : pages;
        int amount = quote(r, basis, pages);
        if (amount == 0) {
            throw Refusals.of("NO_FEE", "requests.error.noFee", String.valueOf(units));
        }
        LocalDate today = requestClock.today();
        r.noticeFee(basis, units, amount, today, requestClock.feePayBy(today));
        handling.record(r, RequestEvent.Kind.FEE_NOTIFIED, staff.username(), basis.name() + " units=" + units,
                r.getFee().getPayBy(), amount);
        letter.write(r);
        signals.feeNoticed(r);
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.FEE));
    }

    public void paid(StaffMember staff, long id, LocalDate paidOn) {
        DisclosureRequest r = handling.forHandler(staff, id);
        if (paidOn == null || paidOn.isAfter(requestClock.today())) {
            throw Refusals.invalid("paidOn", "requests.register.error.future");
        }
        LocalDateCheck.notAfter(paidOn, r.getFee().getPayBy(), "FEE_LATE", "requests.error.feeLate");
        r.feePaid(paidOn);
        handling.record(r, RequestEvent.Kind.FEE_PAID, staff.username(), null, paidOn, r.getFee().getAmount());
        signals.feePaid(r);
    }
}
