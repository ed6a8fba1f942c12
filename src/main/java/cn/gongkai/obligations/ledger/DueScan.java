package cn.gongkai.obligations.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.platform.AuditLog;

/**
 * Moves open obligations along as the clock passes (open → due soon → overdue) and sends, exactly
 * once each, the due-soon reminder and the overdue escalation. What was sent is stored on the
 * obligation in the same transaction as the notices, so a second scan, another node or a restart
 * never sends them again.
 */
@Service
public class DueScan {

    private static final Logger log = LoggerFactory.getLogger(DueScan.class);
    private static final int BATCH = 200;

    private final ObligationLedger obligations;
    private final Ledger ledger;
    private final Notices notices;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    DueScan(ObligationLedger obligations, Ledger ledger, Notices notices, TransactionTemplate tx, AuditLog audit,
            Clock clock) {
        this.obligations = obligations;
        this.ledger = ledger;
        this.notices = notices;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Scans at the injected clock's now; returns how many obligations changed. */
    public int scan() {
        return scan(clock.instant());
    }

    int scan(Instant now) {
        int changed = 0;
        Set<Long> seen = new HashSet<>();
        while (true) {
            List<Long> ids = obligations.behind(EnumSet.of(ObligationState.OPEN, ObligationState.DUE_SOON,
                    ObligationState.OVERDUE), now, PageRequest.of(0, BATCH + seen.size()));
            List<Long> work = ids.stream().filter(id -> !seen.contains(id)).toList();
            if (work.isEmpty()) {
                return changed;
            }
            for (Long id : work) {
                seen.add(id);
                try {
                    if (Boolean.TRUE.equals(tx.execute(status -> advance(id, now)))) {
                        changed++;
                    }
                }
                catch (ObjectOptimisticLockingFailureException e) {
                    log.debug("Obligation {} changed concurrently; the next scan looks again", id);
                }
                catch (RuntimeException e) {
                    log.error("Scan of obligation {} failed; the next scan retries it", id, e);
                }
            }
        }
    }

    private boolean advance(long id, Instant now) {
        Obligation o = obligations.findById(id).orElse(null);
        if (o == null || !o.getState().isOpen() || o.isPaused()) {
            return false;
        }
        ObligationState before = o.getState();
        o.refresh(now);
        Rule rule = ledger.rule(o);
        boolean sent = false;
        if (o.getRemindedAt() == null && !now.isBefore(o.getRemindAt()) && now.isBefore(o.getDueAt())) {
            o.reminded(now, notices.dueSoon(o, rule));
            sent = true;
        }
        if (o.getEscalatedAt() == null && !now.isBefore(o.getDueAt())) {
            o.escalated(now, notices.overdue(o, rule));
            sent = true;
        }
        if (before != o.getState() || sent) {
            audit.recordAs("system", "obligation." + o.getState().name().toLowerCase().replace('_', '-'),
                    "obligation", id, "due " + o.getDueAt() + (sent ? ", notices sent" : ""));
            return true;
        }
        return false;
    }
}
