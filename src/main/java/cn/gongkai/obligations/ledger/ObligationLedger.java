package cn.gongkai.obligations.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import cn.gongkai.obligations.ObligationState;

/** Repository of obligations. */
interface ObligationLedger extends JpaRepository<Obligation, Long>, JpaSpecificationExecutor<Obligation> {

    boolean existsByRuleIdAndSubjectTypeAndSubjectIdAndFirstTriggeredAt(String ruleId, String subjectType,
            String subjectId, Instant firstTriggeredAt);

    /** Every obligation of a rule and subject, the latest trigger first. */
    List<Obligation> findByRuleIdAndSubjectTypeAndSubjectIdOrderByFirstTriggeredAtDescIdDesc(String ruleId,
            String subjectType, String subjectId);

    List<Obligation> findBySubjectTypeAndSubjectIdOrderByFirstTriggeredAtDesc(String subjectType, String subjectId);

    /**
     * Open obligations, not paused, whose state, reminder or escalation is behind the clock: the
     * scan's work list, oldest due first.
     */
    @Query("""
            select o.id from Obligation o where o.paused = false and o.state in :open and (
              (o.remindAt <= :now and o.state = cn.gongkai.obligations.ObligationState.OPEN)
              or (o.dueAt <= :now and o.state <> cn.gongkai.obligations.ObligationState.OVERDUE)
              or (o.remindedAt is null and o.remindAt <= :now and o.dueAt > :now)
              or (o.escalatedAt is null and o.dueAt <= :now))
            order by o.dueAt""")
    List<Long> behind(Collection<ObligationState> open, Instant now, Pageable page);

    /** Ids of the open obligations (for a recomputation after new holiday data). */
    @Query("select o.id from Obligation o where o.state in :open order by o.id")
    List<Long> openIds(Collection<ObligationState> open);

    /** The obligations of a rule for many subjects of one type (list pages). */
    List<Obligation> findByRuleIdAndSubjectTypeAndSubjectIdIn(String ruleId, String subjectType,
            Collection<String> subjectIds);

    Optional<Obligation> findFirstByRuleIdAndSubjectTypeAndSubjectIdAndFirstTriggeredAt(String ruleId,
            String subjectType, String subjectId, Instant firstTriggeredAt);

    Page<Obligation> findAll(org.springframework.data.jpa.domain.Specification<Obligation> spec, Pageable page);
}
