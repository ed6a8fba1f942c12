package cn.gongkai.requests.replies;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.gongkai.platform.MailRelay;
import cn.gongkai.platform.SiteIdentity;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestFile;
import cn.gongkai.requests.dossier.RequestFiles;
import cn.gongkai.requests.dossier.Requests;
import cn.gongkai.requests.dossier.RequestsSettings;

/**
 * E-mails the applicant (receipt, correction notice, extension, fee notice, reply with its letter,
 * closure) after the act has committed, through the durable event registry so that a crash or an
 * SMTP failure is retried. Without {@code spring.mail.host} nothing is sent and the skip is logged;
 * without an e-mail address the applicant follows the request on the tracking page.
 */
@Component
class ApplicantMail {

    private static final Logger log = LoggerFactory.getLogger(ApplicantMail.class);

    private final Requests requests;
    private final MailRelay sender;
    private final MessageSource messages;
    private final RequestsSettings settings;
    private final SiteIdentity site;
    private final RequestFiles files;

    ApplicantMail(Requests requests, MailRelay sender, MessageSource messages,
            RequestsSettings settings, SiteIdentity site, RequestFiles files) {
        this.requests = requests;
        this.sender = sender;
        this.messages = messages;
        this.settings = settings;
        this.site = site;
        this.files = files;
    }

    @ApplicationModuleListener
    void on(ApplicantNotice notice) {
        DisclosureRequest r = requests.findById(notice.requestId()).orElse(null);
        if (r == null || r.applicant().email() == null) {
            return;
        }
        JavaMailSender mail = sender.sender().orElse(null);
        if (mail == null) {
            log.info("Mail not configured: {} notice for request {} not e-mailed", notice.kind(), r.getId());
            return;
        }
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String code = r.trackingCode().display();
        String link = settings.publicBaseUrl() + "/requests/track/" + r.trackingCode().value();
        String key = "requests.mail." + notice.kind().name().toLowerCase();
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setTo(r.applicant().email());
            helper.setFrom(settings.mailFrom());
            helper.setSubject(messages.getMessage(key + ".subject", new Object[] { code, site.name() }, zh));
            helper.setText(messages.getMessage(key + ".body", new Object[] { code, link,
                    String.valueOf(r.getReceivedOn()), String.valueOf(r.getDueOn()), site.name() }, zh));
            if (notice.kind() == ApplicantNotice.Kind.REPLY) {
                java.util.Optional<RequestFile> letter = files.letter(r.getId());
                if (letter.isPresent()) {
                    helper.addAttachment(letter.get().getFilename(),
                            new org.springframework.core.io.ByteArrayResource(letter.get().getContent()),
                            letter.get().getContentType());
                }
            }
            mail.send(message);
        }
        catch (MessagingException | MailException e) {
            log.warn("Could not e-mail the {} notice of request {}: {}", notice.kind(), r.getId(), e.getMessage());
            throw new IllegalStateException("mail not sent; the event publication stays incomplete for retry", e);
        }
    }
}
