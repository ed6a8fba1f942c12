package cn.gongkai.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.platform.GongkaiException.FieldProblem;

/**
 * The reply (Regulations art. 36–39): classified in the annual-report taxonomy with a reason where
 * the class has reasons, a legal basis, the letter (告知书) written from the organ's template as a
 * PDF, and for (partial) disclosure the files provided. Fulfils the reply duty; an unused
 * correction-notice duty is waived.
 */
@Service
@Transactional
class Replies {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final RequestHandling handling;
    private final RequestFiles files;
    private final LetterTemplates templates;
    private final LetterPdf pdf;
    private final UploadCheck uploads;
    private final Organization organization;
    private final RequestClock requestClock;
    private final ObligationSignals signals;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    Replies(RequestHandling handling, RequestFiles files, LetterTemplates templates, LetterPdf pdf,
            UploadCheck uploads, Organization organization, RequestClock requestClock, ObligationSignals signals,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.handling = handling;
        this.files = files;
        this.templates = templates;
        this.pdf = pdf;
        this.uploads = uploads;
        this.organization = organization;
        this.requestClock = requestClock;
        this.signals = signals;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    record Command(String replyClass, String replyReason, String legalBasis, String replyText) {
    }

    void reply(StaffMember staff, long id, Command command, List<UploadCheck.Upload> attachments) {
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
        String letter = letterText(r, checked);
        byte[] bytes = pdf.render("政府信息公开申请答复告知书", letter, checked);
        files.save(new RequestFile(r.getId(), RequestFile.Purpose.LETTER,
                "答复告知书-" + r.trackingCode().value() + ".pdf", "application/pdf", bytes, now));
        handling.record(r, RequestEvent.Kind.REPLIED, staff.username(),
                replyClass.name() + (reason == null ? "" : "/" + reason.name()), today, checked.size());
        signals.replied(r, now, staff.username());
        events.publishEvent(new ApplicantNotice(r.getId(), ApplicantNotice.Kind.REPLY));
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

    /** The letter text: the organ's template for the class with its placeholders filled, in Chinese. */
    String letterText(DisclosureRequest r, List<LetterPdf.Attachment> attachments) {
        Map<String, String> v = new HashMap<>();
        v.put("organ", organization.organ(r.getOrganId()).orElseThrow().getName());
        v.put("trackingCode", r.trackingCode().display());
        v.put("receivedOn", CHINESE_DATE.format(r.getReceivedOn()));
        v.put("clockStart", CHINESE_DATE.format(r.getClockStart()));
        v.put("repliedOn", CHINESE_DATE.format(r.getRepliedOn()));
        v.put("description", r.getDescription());
        v.put("replyClass", messages.getMessage("requests.replyClass." + r.getReplyClass(), null, ZH));
        v.put("reason", r.getReplyReason() == null ? ""
                : messages.getMessage("requests.reason." + r.getReplyReason(), null, ZH));
        v.put("legalBasis", r.getLegalBasis());
        v.put("replyText", r.getReplyText() == null ? "" : r.getReplyText());
        v.put("attachments", attachments.isEmpty() ? "无"
                : String.join("、", attachments.stream().map(LetterPdf.Attachment::filename).toList()));
        v.put("extension", r.getExtensionDays() == null ? ""
                : "经本机关政府信息公开工作机构负责人同意，本申请的答复期限已延长" + r.getExtensionDays() + "个工作日。");
        return LetterTemplates.fill(templates.body(r.getOrganId(), r.getReplyClass()), v)
                .replaceAll("\\n\\s*\\n(\\s*\\n)+", "\n\n");
    }
}
