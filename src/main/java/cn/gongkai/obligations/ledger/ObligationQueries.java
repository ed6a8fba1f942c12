package cn.gongkai.obligations.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.obligations.ObligationState;
import cn.gongkai.platform.GongkaiException;

import jakarta.persistence.criteria.Predicate;

/** Read side of the ledger: one obligation, a filtered page, the obligations of a subject. */
@Service
@Transactional(readOnly = true)
public class ObligationQueries {

    private final ObligationLedger obligations;

    ObligationQueries(ObligationLedger obligations) {
        this.obligations = obligations;
    }

    /** @throws GongkaiException 404 when there is no such obligation */
    public Obligation get(long id) {
        return obligations.findById(id).orElseThrow(() -> GongkaiException.notFound("obligation", id));
    }

    /** The obligation with its history loaded (for the detail page). */
    public Obligation getWithHistory(long id) {
        Obligation obligation = get(id);
        Hibernate.initialize(obligation.historyForLoading());
        return obligation;
    }

    /**
     * Obligations of the given organs matching the filter, the earliest due first; {@code page} counts from 0.
     * An empty organ list finds nothing.
     */
    public Page<Obligation> search(Filter filter, Collection<Long> organIds, int page, int size) {
        if (organIds.isEmpty()) {
            return Page.empty(PageRequest.of(page, size));
        }
        Specification<Obligation> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("organId").in(organIds));
            if (filter.state() != null) {
                where.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.ruleId() != null) {
                where.add(cb.equal(root.get("ruleId"), filter.ruleId()));
            }
            if (filter.dueFrom() != null) {
                where.add(cb.greaterThan(root.get("dueAt"), start(filter.dueFrom())));
            }
            if (filter.dueTo() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("dueAt"), start(filter.dueTo().plusDays(1))));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return obligations.findAll(spec, PageRequest.of(page, size, Sort.by("dueAt", "id")));
    }

    public List<Obligation> bySubject(String type, String id) {
        return obligations.findBySubjectTypeAndSubjectIdOrderByFirstTriggeredAtDesc(type, id);
    }

    private static java.time.Instant start(LocalDate day) {
        return day.atStartOfDay(Ledger.CHINA).toInstant();
    }


    /**
     * A filter of the ledger; every part may be null (no restriction). Due days are inclusive, in
     * China time: a due time is 24:00 of the last day (the start of the next day), so "due on D"
     * means a due time after D 00:00 and up to D+1 00:00.
     */
    public record Filter(ObligationState state, String ruleId, LocalDate dueFrom, LocalDate dueTo) {
    }
}
