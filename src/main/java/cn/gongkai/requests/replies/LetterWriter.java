package cn.gongkai.requests.replies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.requests.ReplyReason;
import cn.gongkai.requests.dossier.Applicant;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestFile;
import cn.gongkai.requests.dossier.RequestFiles;

/**
 * Writes the letter (告知书) of a reply or a closure from the organ's template as a PDF and stores
 * it with the request. The letter is public (reachable with the tracking code): every text that
 * staff or the applicant typed is masked for the applicant's own personal data, as on the
 * tracking page. It always states the remedies ({@link RemedyClause}) and ends with the organ's
 * name, a place for the seal and the date, even when an organ's edited template forgot them.
 */
@Component
public class LetterWriter {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final String SEAL = "（盖章处）";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final LetterTemplates templates;
    private final LetterPdf pdf;
    private final RequestFiles files;
    private final RemedyClause remedies;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    public LetterWriter(LetterTemplates templates, LetterPdf pdf, RequestFiles files, RemedyClause remedies,
            Organization organization, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.files = files;
        this.remedies = remedies;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /** Renders and stores the letter of a replied or closed request; {@code detail} is staff text for a closure. */
    public void write(DisclosureRequest r, List<LetterPdf.Attachment> attachments, String detail) {
        String text = text(r, attachments, detail);
        byte[] bytes = pdf.render("政府信息公开申请答复告知书", text, attachments);
        files.save(new RequestFile(r.getId(), RequestFile.Purpose.LETTER,
                "答复告知书-" + r.trackingCode().value() + ".pdf", "application/pdf", bytes, clock.instant()));
    }

    /** The letter text: the organ's template for the class with its placeholders filled, in Chinese. */
    String text(DisclosureRequest r, List<LetterPdf.Attachment> attachments, String detail) {
        Applicant a = r.applicant();
        Organ organ = organization.organ(r.getOrganId()).orElseThrow();
        LocalDate on = r.getRepliedOn() != null ? r.getRepliedOn() : r.getClosedOn();
        String staffText = r.getReplyText() != null ? r.getReplyText() : closureFacts(r, detail);
        Map<String, String> v = new HashMap<>();
        v.put("organ", organ.getName());
        v.put("trackingCode", r.trackingCode().display());
        v.put("receivedOn", CHINESE_DATE.format(r.getReceivedOn()));
        v.put("clockStart", CHINESE_DATE.format(r.getClockStart()));
        v.put("repliedOn", CHINESE_DATE.format(on));
        v.put("description", Redaction.mask(r.getDescription(), a));
        v.put("replyClass", messages.getMessage("requests.replyClass." + r.getReplyClass(), null, ZH));
        v.put("reason", r.getReplyReason() == null ? ""
                : messages.getMessage("requests.reason." + r.getReplyReason(), null, ZH));
        v.put("legalBasis", Redaction.mask(r.getLegalBasis(), a));
        v.put("replyText", staffText == null ? "" : Redaction.mask(staffText, a));
        v.put("attachments", attachments.isEmpty() ? "无"
                : String.join("、", attachments.stream().map(x -> Redaction.mask(x.filename(), a)).toList()));
        v.put("extension", r.getExtensionDays() == null ? ""
                : "经本机关政府信息公开工作机构负责人同意，本申请的答复期限已延长" + r.getExtensionDays() + "个工作日。");
        String remedy = remedies.paragraph(organ, r.getReplyClass(), on);
        v.put("remedies", remedy);
        v.put("reconsiderationOrgan", remedies.reconsiderationOrgan(organ).getName());
        v.put("seal", SEAL);
        String template = templates.body(r.getOrganId(), r.getReplyClass());
        String body = LetterTemplates.fill(template, v).replaceAll("\\n\\s*\\n(\\s*\\n)+", "\n\n").strip();
        return complete(body, template.contains("{{remedies}}") ? null : remedy, organ.getName(),
                CHINESE_DATE.format(on));
    }

    /** What happened before a closure, from the request's own dates (the periods were set when asked). */
    static String closureFacts(DisclosureRequest r, String detail) {
        if (r.getReplyReason() == ReplyReason.NO_CORRECTION && r.getCorrectionAskedOn() != null) {
            return "本机关于" + CHINESE_DATE.format(r.getCorrectionAskedOn()) + "告知您补正申请，补正期限至"
                    + CHINESE_DATE.format(r.getCorrectionDueOn()) + "届满，您未在期限内补正，视为放弃申请。";
        }
        if (r.getReplyReason() == ReplyReason.FEE_UNPAID && r.getFee().getNoticedOn() != null) {
            return "本机关于" + CHINESE_DATE.format(r.getFee().getNoticedOn()) + "向您发出收费通知（信息处理费"
                    + r.getFee().getAmount() + "元），缴费期限至" + CHINESE_DATE.format(r.getFee().getPayBy())
                    + "届满，您未按收费通知要求缴纳费用。";
        }
        return detail;
    }

    /**
     * The remedies (when the template lacks them) go before the signature; the signature is the
     * organ's name, the seal place and the date.
     */
    static String complete(String body, String missingRemedy, String organ, String date) {
        int cut = body.lastIndexOf("\n\n");
        String main = cut < 0 ? body : body.substring(0, cut);
        String signature = cut < 0 ? "" : body.substring(cut + 2);
        if (!signature.contains(organ)) {
            main = body;
            signature = organ + "\n" + date;
        }
        if (missingRemedy != null) {
            main = main + "\n\n" + missingRemedy;
        }
        if (!signature.contains("盖章")) {
            List<String> lines = new java.util.ArrayList<>(List.of(signature.split("\n")));
            int organLine = lines.stream().filter(l -> l.contains(organ)).findFirst().map(lines::indexOf).orElse(0);
            lines.add(organLine + 1, SEAL);
            signature = String.join("\n", lines);
        }
        return main + "\n\n" + signature;
    }
}
