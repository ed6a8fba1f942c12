package cn.gongkai.requests.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.gongkai.obligations.ObligationDueChanged;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.Requests;

/**
 * When new holiday data moves the ledger's reply due date of a request (a year's notice was
 * loaded), the request copies it and its timeline records the change (shown to the applicant
 * too). Runs in the ledger's transaction. Changes caused by acts on the request are recorded by
 * the act itself.
 */
@Component
class ReplyDueChanges {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Requests requests;
    private final RequestEvents timeline;
    private final ObligationSignals signals;
    private final AuditLog audit;
    private final Clock clock;

    ReplyDueChanges(Requests requests, RequestEvents timeline, ObligationSignals signals, AuditLog audit,
            Clock clock) {
        this.requests = requests;
        this.timeline = timeline;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(ObligationDueChanged event) {
        if (!event.byHolidayNotice() || !RuleIds.REQUEST_REPLY.equals(event.ruleId())
                || !"request".equals(event.subject().type())) {
            return;
        }
        requests.findById(Long.parseLong(event.subject().id())).ifPresent(r -> {
            LocalDate before = r.getDueOn();
            signals.refresh(r);
            LocalDate today = LocalDate.now(clock.withZone(CHINA));
            timeline.save(new RequestEvent(r.getId(), RequestEvent.Kind.DUE_RECOMPUTED, clock.instant(), today,
                    "system", (before == null ? "unknown" : before.toString()) + " -> "
                            + (r.getDueOn() == null ? "unknown" : r.getDueOn().toString()) + " (" + event.cause() + ")",
                    r.getDueOn(), null));
            audit.recordAs("system", "request.due_recomputed", "request", r.getId(),
                    before + " -> " + r.getDueOn() + " " + event.cause());
        });
    }
}
