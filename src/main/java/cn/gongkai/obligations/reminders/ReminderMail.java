package cn.gongkai.obligations.reminders;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.obligations.ledger.Obligation;
import cn.gongkai.obligations.ledger.ObligationQueries;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.MailRelay;

/**
 * Sends the e-mail of each reminder and escalation over SMTP when {@code spring.mail.host} is
 * configured (the platform's {@link MailRelay}); otherwise logs that mail is
 * off. A failure leaves the event publication incomplete, so the mail is tried again on restart.
 * Mails are in Chinese, the working language of the staff.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final MailRelay mail;
    private final ObligationQueries queries;
    private final Ledger ledger;
    private final Organization organization;
    private final MessageSource messages;
    private final ReminderSettings settings;

    ReminderMail(MailRelay mail, ObligationQueries queries, Ledger ledger,
            Organization organization, MessageSource messages, ReminderSettings settings) {
        this.mail = mail;
        this.queries = queries;
        this.ledger = ledger;
        this.organization = organization;
        this.messages = messages;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(RemindersSent event) {
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            log.info("Mail is not configured (spring.mail.host): {} notice of obligation {} only in the inbox",
                    event.kind(), event.obligationId());
            return;
        }
        Obligation obligation = queries.get(event.obligationId());
        Rule rule = ledger.rule(obligation);
        for (Long recipientId : event.recipientIds()) {
            StaffMember member = organization.staff(recipientId).orElse(null);
            if (member == null || member.email() == null || member.email().isBlank()) {
                log.info("No e-mail address for staff {}: {} notice of obligation {} only in the inbox", recipientId,
                        event.kind(), event.obligationId());
                continue;
            }
            sender.send(message(member, obligation, rule, ReminderKind.valueOf(event.kind())));
            log.info("{} notice of obligation {} mailed to {}", event.kind(), obligation.getId(), member.username());
        }
    }

    private SimpleMailMessage message(StaffMember member, Obligation o, Rule rule, ReminderKind kind) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        String organ = organization.organ(o.getOrganId()).map(Organ::getName).orElse(String.valueOf(o.getOrganId()));
        String duty = rule.duty().in(zh);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(member.email());
        message.setSubject(messages.getMessage("obligations.mail.subject." + kind, new Object[] { o.getId(), duty },
                zh));
        message.setText(messages.getMessage("obligations.mail.body." + kind, new Object[] { member.displayName(),
                organ, duty, rule.source().in(zh), o.getSubject().type() + " " + o.getSubject().id(),
                TIME.format(o.getTriggeredAt()), TIME.format(o.getDueAt()),
                settings.consoleUrl() + "/console/obligations/" + o.getId() }, zh));
        return message;
    }
}
