package cn.gongkai.registers.rows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.registers.RegisterChanged;

/**
 * The daily expiry of rows past their last public day (e.g. a major case after its removal day):
 * the public list already hides them from the day after; this job records it once per row
 * ({@code expired_at}) and announces {@link RegisterChanged} per register and organ, so caches,
 * feeds and open data follow. Exactly once across nodes: whoever sets {@code expired_at} by the
 * conditional update announces, in the same transaction. The row stays in its history.
 */
@Component
public class RowExpiry {

    private static final Logger log = LoggerFactory.getLogger(RowExpiry.class);

    private final RowQueries queries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final PublicPageCache pages;
    private final AuditLog audit;
    private final Clock clock;

    RowExpiry(RowQueries queries, ApplicationEventPublisher events, TransactionTemplate tx, PublicPageCache pages,
            AuditLog audit, Clock clock) {
        this.queries = queries;
        this.events = events;
        this.tx = tx;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${gongkai.registers.rows.expiry-cron:0 3 0 * * *}", zone = "Asia/Shanghai")
    void daily() {
        int n = expireDue();
        if (n > 0) {
            log.info("Took {} register rows past their last public day off the public lists", n);
        }
    }

    /** Expires every row whose last public day is before today; returns how many this call claimed. */
    public int expireDue() {
        LocalDate today = LocalDate.now(clock.withZone(RowDuties.CHINA));
        Integer n = tx.execute(s -> {
            Instant now = clock.instant();
            Set<RegisterChanged> changed = new LinkedHashSet<>();
            int claimed = 0;
            for (Object[] r : queries.expiring(today)) {
                if (queries.claimExpiry((Long) r[0], now)) {
                    claimed++;
                    changed.add(new RegisterChanged((String) r[1], (Long) r[2]));
                    audit.recordAs("system", "registers.row.expired", "register-row", r[0], (String) r[1]);
                }
            }
            if (!changed.isEmpty()) {
                pages.invalidateAllAfterCommit();
                changed.forEach(events::publishEvent);
            }
            return claimed;
        });
        return n == null ? 0 : n;
    }
}
