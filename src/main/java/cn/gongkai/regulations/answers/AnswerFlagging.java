package cn.gongkai.regulations.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.obligations.ObligationEvents.ObligationTriggered;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.regulations.EffectType;
import cn.gongkai.regulations.ProvisionsAffected;

/**
 * Flags the answers whose citation an effect touched, synchronously in the transaction that
 * made the effect take hold (a plain {@link EventListener}): the public page says so at once,
 * and the owning organ's review duty ({@link RuleIds#KB_ANSWER_REVIEW}, a platform rule) is
 * opened in the ledger. A commencement changes no text and flags nothing. An answer already
 * flagged keeps its one open review; the new reason is added to it.
 */
@Component
class AnswerFlagging {

    private static final Logger log = LoggerFactory.getLogger(AnswerFlagging.class);

    private final AnswerStore store;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    /** Public pages show these acts: forgotten once each commits. */
    private final PublicPageCache pages;

    AnswerFlagging(AnswerStore store, ApplicationEventPublisher events, AuditLog audit, Clock clock, PublicPageCache pages) {
        this.pages = pages;
        this.store = store;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    static SubjectRef subject(long answerId) {
        return new SubjectRef("answer", String.valueOf(answerId), "/console/regulations/answers/" + answerId);
    }

    @EventListener
    @Transactional
    void on(ProvisionsAffected event) {
        pages.invalidateAllAfterCommit();
        flag(event.documentId(), event.eids() == null ? List.of() : event.eids(), event.type(), event.effectiveOn(),
                event.effectId(), null);
    }

    /** Flags every citation of the document the effect hits; returns how many citations were newly flagged. */
    int flag(String documentId, List<String> eids, EffectType type, LocalDate effectiveOn, long effectId, Long only) {
        if (type == EffectType.COMMENCE) {
            return 0;
        }
        int flagged = 0;
        for (Object[] c : store.citationsOf(documentId)) {
            long answerId = (Long) c[0];
            if (only != null && only != answerId) {
                continue;
            }
            int seq = (Integer) c[1];
            String cited = (String) c[2];
            if (!CitationHit.hits(cited, eids, p -> store.parent(documentId, p))) {
                continue;
            }
            store.lock(answerId);
            String affected = eids.isEmpty() ? "" : String.join(",", eids);
            if (!store.addFlag(answerId, seq, effectId, type, affected, effectiveOn)) {
                continue;
            }
            flagged++;
            audit.recordAs("system", "regulations.answer.flagged", "answer", answerId,
                    type + " " + documentId + (eids.isEmpty() ? "" : " " + affected) + " from " + effectiveOn
                            + " (effect " + effectId + ") hits citation " + cited);
            if (store.markFlagged(answerId)) {
                events.publishEvent(new ObligationTriggered(RuleIds.KB_ANSWER_REVIEW, (Long) c[3], subject(answerId),
                        clock.instant()));
            }
        }
        if (flagged > 0) {
            log.info("Effect {} on {} flagged {} citation(s) of 12366 answers", effectId, documentId, flagged);
        }
        return flagged;
    }

    /**
     * Flags an answer for the confirmed effects that took hold after it was written and before
     * today: for answers entered after their citation changed (the demo's answers, written before
     * the repeal they now meet). The same effect never flags a citation twice.
     */
    @Transactional
    void catchUp(long answerId) {
        pages.invalidateAllAfterCommit();
        Answer answer = store.find(answerId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        for (String doc : store.citedDocuments(answerId)) {
            for (Object[] e : store.effectsSince(doc, answer.writtenOn(), today)) {
                String eid = (String) e[1];
                flag(doc, eid == null || eid.isEmpty() ? List.of() : List.of(eid), EffectType.valueOf((String) e[2]),
                        (LocalDate) e[3], (Long) e[0], answerId);
            }
        }
    }
}
