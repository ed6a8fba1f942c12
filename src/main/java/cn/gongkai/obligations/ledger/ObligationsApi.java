package cn.gongkai.obligations.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.gongkai.obligations.SubjectRef;
import cn.gongkai.obligations.rulebook.Rule;
import cn.gongkai.organization.CurrentStaff;
import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import io.swagger.v3.oas.annotations.Operation;

/**
 * {@code GET /api/v1/obligations}: the ledger for the organs the caller may see (a supervisor
 * sees the subtree); {@code POST /api/v1/obligations/{id}/waive}: an administrator or supervisor
 * of the organ waives an open obligation, with a reason.
 */
@RestController
class ObligationsApi {

    static final int PAGE_SIZE = 50;

    private final ObligationQueries queries;
    private final LedgerRequests requests;
    private final Ledger ledger;
    private final OrganScope scope;
    private final Organization organization;
    private final CurrentStaff currentStaff;
    private final cn.gongkai.calendar.WorkingCalendar calendar;
    private final org.springframework.context.MessageSource messages;

    ObligationsApi(ObligationQueries queries, LedgerRequests requests, Ledger ledger, OrganScope scope,
            Organization organization, CurrentStaff currentStaff, cn.gongkai.calendar.WorkingCalendar calendar,
            org.springframework.context.MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
        this.queries = queries;
        this.requests = requests;
        this.ledger = ledger;
        this.scope = scope;
        this.organization = organization;
        this.currentStaff = currentStaff;
    }

    @Operation(summary = "Obligations of the organs the caller sees")
    @GetMapping("/api/v1/obligations")
    Map<String, Object> list(@RequestParam(required = false) String organ,
            @RequestParam(required = false) String state, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String page) {
        StaffMember staff = currentStaff.get();
        LedgerRequests.Query query = requests.query(organ, state, rule, from, to, page);
        List<Organ> organs = scope.visible(staff, query.organ());
        Page<Obligation> found = queries.search(query.filter(), organs.stream().map(Organ::getId).toList(),
                query.page() - 1, PAGE_SIZE);
        Map<Long, Organ> byId = new java.util.HashMap<>();
        organs.forEach(o -> byId.put(o.getId(), o));
        return Map.of("page", query.page(), "pages", Math.max(1, found.getTotalPages()),
                "total", found.getTotalElements(), "items", found.stream().map(o -> json(o, byId.get(o.getOrganId())))
                        .toList());
    }

    @Operation(summary = "Waive an open obligation with a reason")
    @PostMapping("/api/v1/obligations/{id}/waive")
    Map<String, Object> waive(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
        StaffMember staff = currentStaff.get();
        Obligation obligation = queries.get(id);
        requests.requireWaiver(staff, obligation.getOrganId());
        String reason = requests.reason(body == null ? null : body.get("reason"));
        Obligation waived = ledger.waive(id, reason, staff.username());
        return json(waived, organization.organ(waived.getOrganId()).orElse(null));
    }

    private Map<String, Object> json(Obligation o, Organ organ) {
        Rule rule = ledger.rule(o);
        SubjectRef subject = o.getSubject();
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("id", o.getId());
        map.put("rule", o.getRuleId());
        map.put("ruleVersion", o.getRuleVersion());
        map.put("source", rule.source().in(LocaleContextHolder.getLocale()));
        map.put("duty", rule.duty().in(LocaleContextHolder.getLocale()));
        map.put("organ", organ == null ? Map.of("id", o.getOrganId())
                : Map.of("id", organ.getId(), "code", organ.getCode(), "name", organ.getName()));
        map.put("subject", Map.of("type", subject.type(), "id", subject.id(),
                "consolePath", subject.consolePath() == null ? "" : subject.consolePath()));
        map.put("state", o.getState().name());
        map.put("triggeredAt", o.getTriggeredAt().toString());
        map.put("dueAt", o.getDueAt() == null ? null : o.getDueAt().toString());
        map.put("dueKnown", o.getDueAt() != null);
        putIfPresent(map, "dueUnknownYear", o.getDueUnknownYear());
        boolean provisional = o.getDueAt() != null && calendar.isProvisional(Ledger.day(o.getDueAt().minusSeconds(1)));
        map.put("provisional", provisional);
        if (provisional) {
            map.put("provisionalNote", messages.getMessage("obligations.due.provisional", null,
                    LocaleContextHolder.getLocale()));
        }
        putIfPresent(map, "deferredUntil", o.getDeferredUntil());
        map.put("dueExplanation", o.getDueExplanation());
        map.put("paused", o.isPaused());
        map.put("fulfilled", o.getFulfilledCount() + "/" + o.getRequiredCount());
        putIfPresent(map, "fulfilledAt", o.getFulfilledAt());
        putIfPresent(map, "extensionWorkingDays", o.getExtensionDays());
        putIfPresent(map, "waivedReason", o.getWaivedReason());
        putIfPresent(map, "waivedBy", o.getWaivedBy());
        putIfPresent(map, "remindedAt", o.getRemindedAt());
        putIfPresent(map, "escalatedAt", o.getEscalatedAt());
        map.put("consolePath", "/console/obligations/" + o.getId());
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof Instant || value instanceof LocalDate ? value.toString() : value);
        }
    }

}
