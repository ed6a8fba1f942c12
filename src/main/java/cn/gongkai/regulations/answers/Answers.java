package cn.gongkai.regulations.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.platform.PublicPageCache;
import cn.gongkai.obligations.ObligationEvents.ObligationFulfilled;
import cn.gongkai.obligations.ObligationEvents.ObligationWaived;
import cn.gongkai.obligations.RuleIds;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.Role;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.AuditLog;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.platform.TextLength;

/**
 * Writing and reviewing 12366 answers. Writers: DRAFTER, OFFICE_REVIEWER or ADMINISTRATOR of the
 * owning organ; the review of a flagged answer (confirm, or edit and confirm) by OFFICE_REVIEWER
 * or ADMINISTRATOR, the role the rulebook's {@code kb-answer-review} names. A citation must name
 * an existing document and provision: 422 naming {@code citations[i].documentId} or {@code .eId}.
 */
@Service
public class Answers {

    static final int QUESTION_MAX = 500;
    static final int ANSWER_MAX = 8000;
    static final int CATEGORY_MAX = 100;
    static final int KEYWORDS_MAX = 300;
    static final int EID_MAX = 200;

    private final AnswerStore store;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    /** Public pages show these acts: forgotten once each commits. */
    private final PublicPageCache pages;

    Answers(AnswerStore store, Organization organization, ApplicationEventPublisher events, AuditLog audit,
            Clock clock, PublicPageCache pages) {
        this.pages = pages;
        this.store = store;
        this.organization = organization;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Answer create(StaffMember staff, Answer.Input in) {
        pages.invalidateAllAfterCommit();
        Organ organ = owner(staff, in);
        requireWriter(staff, organ.getId());
        validate(in);
        long id = store.insert(organ.getId(), in, LocalDate.now(clock), staff.username());
        audit.record("regulations.answer.created", "answer", id, in.question());
        return store.find(id).orElseThrow();
    }

    @Transactional
    Answer update(StaffMember staff, long id, Answer.Input in) {
        pages.invalidateAllAfterCommit();
        Answer current = require(id);
        requireWriter(staff, current.ownerOrganId());
        Organ organ = in.ownerOrgan() == null || in.ownerOrgan().isBlank() ? organization.organ(current.ownerOrganId())
                .orElseThrow() : owner(staff, in);
        requireWriter(staff, organ.getId());
        validate(in);
        store.lock(id);
        store.update(id, organ.getId(), in, staff.username());
        audit.record("regulations.answer.updated", "answer", id, in.question());
        if (in.state() == Answer.AnswerState.WITHDRAWN && store.find(id).orElseThrow().flagged()) {
            // a withdrawn answer is no longer read: nothing left to review
            store.closeFlags(id, staff.username());
            events.publishEvent(new ObligationWaived(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id),
                    "answer withdrawn", staff.username()));
        }
        return store.find(id).orElseThrow();
    }

    /**
     * The answer was re-read after its citation changed: confirmed as it stands ({@code edit} null)
     * or edited; closes every open flag and the ledger's review duty. Refused (422) when not flagged.
     */
    @Transactional
    Answer review(StaffMember staff, long id, Answer.Input edit) {
        pages.invalidateAllAfterCommit();
        Answer current = require(id);
        if (!mayReview(staff, current.ownerOrganId())) {
            throw GongkaiException.forbidden();
        }
        store.lock(id);
        if (!store.find(id).orElseThrow().flagged()) {
            throw GongkaiException.refused("NOT_FLAGGED", "regulations.answers.error.notFlagged", id);
        }
        if (edit != null) {
            validate(edit);
            store.update(id, current.ownerOrganId(), edit, staff.username());
        }
        store.closeFlags(id, staff.username());
        events.publishEvent(new ObligationFulfilled(RuleIds.KB_ANSWER_REVIEW, AnswerFlagging.subject(id),
                clock.instant()));
        audit.record("regulations.answer.reviewed", "answer", id, edit == null ? "confirmed" : "edited");
        return store.find(id).orElseThrow();
    }

    Answer require(long id) {
        return store.find(id).orElseThrow(() -> GongkaiException.notFound("answer", id));
    }

    boolean mayReview(StaffMember staff, long organId) {
        return organization.may(staff, Role.OFFICE_REVIEWER, organId)
                || organization.may(staff, Role.ADMINISTRATOR, organId);
    }

    boolean mayWrite(StaffMember staff, long organId) {
        return organization.may(staff, Role.DRAFTER, organId) || mayReview(staff, organId);
    }

    private void requireWriter(StaffMember staff, long organId) {
        if (!mayWrite(staff, organId)) {
            throw GongkaiException.forbidden();
        }
    }

    private Organ owner(StaffMember staff, Answer.Input in) {
        if (in.ownerOrgan() == null || in.ownerOrgan().isBlank()) {
            return organization.organ(staff.organId()).orElseThrow();
        }
        return organization.requireOrgan("ownerOrgan", in.ownerOrgan().strip());
    }

    /** Lengths and required fields first (400), then the citations against the library (422). */
    void validate(Answer.Input in) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "question", in.question(), QUESTION_MAX);
        required(problems, "answer", in.answer(), ANSWER_MAX);
        TextLength.check(problems, "category", in.category(), CATEGORY_MAX);
        TextLength.check(problems, "keywords", in.keywords(), KEYWORDS_MAX);
        List<Answer.CitationInput> citations = in.citations() == null ? List.of() : in.citations();
        for (int i = 0; i < citations.size(); i++) {
            Answer.CitationInput c = citations.get(i);
            String at = "citations[" + i + "].";
            if (c == null) {
                problems.add(new FieldProblem("citations[" + i + "]", "platform.error.required"));
                continue;
            }
            required(problems, at + "documentId", c.documentId(), 60);
            required(problems, at + "eId", c.eId(), EID_MAX);
        }
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        for (int i = 0; i < citations.size(); i++) {
            Answer.CitationInput c = citations.get(i);
            String doc = c.documentId().strip();
            if (!store.documentExists(doc)) {
                throw unknown("citations[" + i + "].documentId", "regulations.answers.error.unknownDocument", doc);
            }
            if (!store.provisionExists(doc, c.eId().strip())) {
                throw unknown("citations[" + i + "].eId", "regulations.answers.error.unknownProvision", doc,
                        c.eId().strip());
            }
        }
    }

    private static GongkaiException unknown(String field, String key, Object... args) {
        return new GongkaiException(HttpStatus.UNPROCESSABLE_CONTENT, "UNKNOWN_CITATION",
                "regulations.answers.error.citation", List.of(new FieldProblem(field, key, args)));
    }

    private static void required(List<FieldProblem> problems, String field, String text, int max) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "platform.error.required"));
        }
        else {
            TextLength.check(problems, field, text.strip(), max);
        }
    }
}
