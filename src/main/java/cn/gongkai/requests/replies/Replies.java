package cn.gongkai.requests.replies;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;
import cn.gongkai.requests.ReplyClass;
import cn.gongkai.requests.ReplyReason;
import cn.gongkai.requests.clock.ObligationSignals;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.console.RequestHandling;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestEvent;
import cn.gongkai.requests.dossier.RequestEvents;
import cn.gongkai.requests.dossier.RequestFile;
import cn.gongkai.requests.dossier.RequestFiles;
import cn.gongkai.requests.intake.ApplicationRules;
import cn.gongkai.requests.intake.UploadCheck;

/**
 * The reply (Regulations art. 36–39): classified in the annual-report taxonomy with a reason where
 * the class has reasons, a legal basis, the letter (告知书) written from the organ's template as a
 * PDF, and for (partial) disclosure the files provided. Fulfils the reply duty; an unused
 * correction-notice duty is waived.
 */
@Service
@Transactional
public class Replies {

    private final RequestHandling handling;
    private final RequestFiles files;
    private final LetterWriter letters;
    private final RequestEvents timeline;
    private final UploadCheck uploads;
    private final RequestClock requestClock;
    private final ObligationSignals signals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Replies(RequestHandling handling, RequestFiles files, LetterWriter letters, RequestEvents timeline,
            UploadCheck uploads, RequestClock requestClock, ObligationSignals signals,
            ApplicationEventPublisher events, Clock clock) {
        this.handling = handling;
        this.files = files;
        this.letters = letters;
        this.timeline = timeline;
        this.uploads = uploads;
        this.requestClock = requestClock;
        this.signals = signals;
        this.events = events;
        this.clock = clock;
    }

    public record Command(String replyClass, String replyReason, String legalBasis, String replyText) {
    }

    public void reply(StaffMember staff, long id, Command command, List<UploadCheck.Upload> attachments) {
        DisclosureRequest r = handling.forHandler(staff, id);
        List<FieldProblem> problems = new ArrayList<>();
        ReplyClass replyClass = ApplicationRules.choice(problems, "replyClass", command.replyClass(),
                ReplyClass.class, true);
        ReplyReason reason = ApplicationRules.choice(problems, "replyReason", command.replyReason(),
                ReplyReason.class, false);
        if (replyClass != null) {
            checkReason(problems, replyClass, reason);
        }
        String basis = ApplicationRules.text(problems, "legalBasis", command.legalBasis(), false, 1000);
        String text = ApplicationRules.text(problems, "replyText", command.replyText(), false, 4000);
        boolean provides = replyClass == ReplyClass.DISCLOSED || replyClass == ReplyClass.PARTIALLY_DISCLOSED;
        List<LetterPdf.Attachment> checked = uploads.check(problems, attachments, provides);
        if (!problems.isEmpty()) {
            throw GongkaiException.invalid(problems);
        }
        checkProcedure(r, replyClass, reason, text);
        if (basis == null) {
            basis = reason != null ? reason.basis() : "《中华人民共和国政府信息公开条例》第三十六条";
        }
        LocalDate today = requestClock.today();
        r.reply(replyClass, reason, basis, text, today);
        Instant now = clock.instant();
        for (LetterPdf.Attachment a : checked) {
            files.save(new RequestFile(r.getId(), RequestFile.Purpose.ATTACHMENT, a.filename(), a.contentType(),
                    a.content(), now));
        }
        letters.write(r, checked, null);
        handling.record(r, RequestEvent.Kind.REPLIED, staff.username(),
                replyClass.name() + (reason == null ? "" : "/" + reason.name()), today, checked.size());
        signals.replied(r, now, staff.username());
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.REPLY));
    }

    /**
     * Replies the Regulations allow only after a step or with a content (422 naming the field and
     * the rule; nothing written): 部分公开 states the reasons for the withheld part (art. 37);
     * 无法提供 — 补正后申请内容仍不明确 needs the correction notice first (art. 30); 不予处理 —
     * 无正当理由大量反复申请 needs the request for reasons first (art. 35).
     */
    void checkProcedure(DisclosureRequest r, ReplyClass replyClass, ReplyReason reason, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        if (replyClass == ReplyClass.PARTIALLY_DISCLOSED && reason == null) {
            problems.add(new FieldProblem("replyReason", "requests.reply.error.partialReason"));
        }
        if (replyClass == ReplyClass.PARTIALLY_DISCLOSED && text == null) {
            problems.add(new FieldProblem("replyText", "requests.reply.error.partialText"));
        }
        if (reason == ReplyReason.UNCLEAR_AFTER_CORRECTION && r.getCorrectionAskedOn() == null) {
            problems.add(new FieldProblem("replyReason", "requests.reply.error.noCorrectionNotice"));
        }
        if (reason == ReplyReason.EXCESSIVE && timeline.findByRequestIdOrderByAtAscIdAsc(r.getId()).stream()
                .noneMatch(e -> e.getKind() == RequestEvent.Kind.REASONS_ASKED)) {
            problems.add(new FieldProblem("replyReason", "requests.reply.error.noReasonsRequest"));
        }
        if (!problems.isEmpty()) {
            throw new GongkaiException(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "PROCEDURE_STEP_MISSING",
                    "requests.reply.error.procedure", problems);
        }
    }

    static void checkReason(List<FieldProblem> problems, ReplyClass replyClass, ReplyReason reason) {
        if (replyClass.needsReason() && reason == null) {
            problems.add(new FieldProblem("replyReason", "requests.reply.error.reasonRequired"));
        }
        else if (reason != null && replyClass == ReplyClass.PARTIALLY_DISCLOSED
                && reason.replyClass() != ReplyClass.NOT_DISCLOSED) {
            problems.add(new FieldProblem("replyReason", "requests.reply.error.reasonClass"));
        }
        else if (reason != null && replyClass != ReplyClass.PARTIALLY_DISCLOSED && reason.replyClass() != replyClass) {
            problems.add(new FieldProblem("replyReason", "requests.reply.error.reasonClass"));
        }
        else if (reason == ReplyReason.NO_CORRECTION || reason == ReplyReason.FEE_UNPAID) {
            problems.add(new FieldProblem("replyReason", "requests.reply.error.closureReason"));
        }
    }
}
