package cn.gongkai.obligations.reminders;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.gongkai.obligations.ledger.Notices;
import cn.gongkai.obligations.ledger.Obligation;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;

/**
 * Puts reminders in the inbox of the holders of the rule's responsible role in the organ
 * ({@link Organization#staffWith}) and escalations in the inbox of the organ's supervisors
 * ({@link Organization#supervisorsOf}), one per person, and asks for the e-mails.
 */
@Component
class InboxNotices implements Notices {

    private final Organization organization;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboxNotices(Organization organization, Inbox inbox, ApplicationEventPublisher events, Clock clock) {
        this.organization = organization;
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public int dueSoon(Obligation obligation, Rule rule) {
        return send(obligation, ReminderKind.DUE_SOON, organization.staffWith(rule.role(), obligation.getOrganId()));
    }

    @Override
    public int overdue(Obligation obligation, Rule rule) {
        return send(obligation, ReminderKind.OVERDUE, organization.supervisorsOf(obligation.getOrganId()));
    }

    private int send(Obligation obligation, ReminderKind kind, List<StaffMember> recipients) {
        Map<Long, StaffMember> distinct = new LinkedHashMap<>();
        recipients.forEach(r -> distinct.putIfAbsent(r.id(), r));
        List<Long> sent = new ArrayList<>();
        for (StaffMember member : distinct.values()) {
            if (!inbox.existsByRecipientIdAndObligationIdAndKind(member.id(), obligation.getId(), kind)) {
                inbox.save(new InboxMessage(member.id(), obligation.getId(), kind, clock.instant()));
                sent.add(member.id());
            }
        }
        if (!sent.isEmpty()) {
            events.publishEvent(new RemindersSent(obligation.getId(), kind.name(), sent));
        }
        return sent.size();
    }
}
