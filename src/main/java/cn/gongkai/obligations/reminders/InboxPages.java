package cn.gongkai.obligations.reminders;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import cn.gongkai.obligations.ledger.Ledger;
import cn.gongkai.obligations.ledger.Obligation;
import cn.gongkai.obligations.ledger.ObligationQueries;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.ConsoleMenuItem;
import cn.gongkai.platform.GongkaiException;

/** The staff member's inbox of reminders and escalations, newest first, with the unread count. */
@Controller
class InboxPages {

    private static final int SHOWN = 200;

    private final Inbox inbox;
    private final ObligationQueries queries;
    private final Ledger ledger;
    private final Organization organization;
    private final CurrentStaff currentStaff;
    private final Clock clock;

    InboxPages(Inbox inbox, ObligationQueries queries, Ledger ledger, Organization organization,
            CurrentStaff currentStaff, Clock clock) {
        this.inbox = inbox;
        this.queries = queries;
        this.ledger = ledger;
        this.organization = organization;
        this.currentStaff = currentStaff;
        this.clock = clock;
    }

    /** A message with what its text needs. */
    record Item(InboxMessage message, Obligation obligation, Rule rule, Organ organ) {
    }

    @GetMapping("/console/inbox")
    String list(Model model) {
        StaffMember staff = currentStaff.get();
        List<Item> items = inbox.findByRecipientIdOrderByCreatedAtDescIdDesc(staff.id(), PageRequest.of(0, SHOWN))
                .stream().map(m -> {
                    Obligation o = queries.get(m.getObligationId());
                    return new Item(m, o, ledger.rule(o), organization.organ(o.getOrganId()).orElse(null));
                }).toList();
        model.addAttribute("items", items);
        model.addAttribute("unread", inbox.countByRecipientIdAndReadAtIsNull(staff.id()));
        model.addAttribute("total", inbox.countByRecipientId(staff.id()));
        return "obligations/inbox-list";
    }

    @PostMapping("/console/inbox/{id:\\d+}/read")
    @Transactional
    String read(@PathVariable long id) {
        StaffMember staff = currentStaff.get();
        InboxMessage message = inbox.findByIdAndRecipientId(id, staff.id())
                .orElseThrow(() -> GongkaiException.notFound("inbox message", id));
        message.read(clock.instant());
        return "redirect:/console/obligations/" + message.getObligationId();
    }

    @PostMapping("/console/inbox/read-all")
    @Transactional
    String readAll() {
        StaffMember staff = currentStaff.get();
        inbox.findByRecipientIdAndReadAtIsNull(staff.id()).forEach(m -> m.read(clock.instant()));
        return "redirect:/console/inbox";
    }

    @Bean
    static ConsoleMenuItem inboxMenu() {
        return new ConsoleMenuItem(400, "/console/inbox", "obligations.menu.inbox", null);
    }
}
