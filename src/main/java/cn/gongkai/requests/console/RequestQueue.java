package cn.gongkai.requests.console;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.gongkai.organization.Organ;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StaffMember;
import cn.gongkai.platform.GongkaiException;
import cn.gongkai.requests.clock.RequestClock;
import cn.gongkai.requests.dossier.DisclosureRequest;
import cn.gongkai.requests.dossier.RequestState;
import cn.gongkai.requests.dossier.Requests;

/**
 * The staff queue of requests (per organ, a supervisor's subtree): due date, working days left,
 * state, handler, with filters; open requests first by due date.
 */
@Service
@Transactional(readOnly = true)
class RequestQueue {

    static final int PAGE_SIZE = 50;

    private final Requests requests;
    private final StaffScope scope;
    private final Organization organization;
    private final RequestClock clock;
    private final cn.gongkai.obligations.Obligations obligations;

    RequestQueue(Requests requests, StaffScope scope, Organization organization, RequestClock clock,
            cn.gongkai.obligations.Obligations obligations) {
        this.obligations = obligations;
        this.requests = requests;
        this.scope = scope;
        this.organization = organization;
        this.clock = clock;
    }

    /** Filters: an organ code (within scope), OPEN / FINISHED / a state name, only mine, page from 1. */
    record Filter(String organ, String state, boolean mine, Integer page) {
    }

    record Row(long id, String trackingCode, String organ, String organName, String applicantName,
            String description, LocalDate receivedOn, LocalDate dueOn, Integer workingDaysLeft, boolean overdue,
            String state, String handler, boolean dueProvisional) {
    }

    record Result(List<Row> rows, long total, int page, int pages) {
    }

    Result list(StaffMember staff, Filter filter) {
        Set<Long> visible = scope.visibleOrgans(staff);
        Collection<Long> organs = visible;
        if (filter.organ() != null && !filter.organ().isBlank()) {
            Organ o = organization.organByCode(filter.organ()).filter(x -> visible.contains(x.getId()))
                    .orElseThrow(() -> GongkaiException.invalid("organ", "requests.apply.error.organ"));
            organs = List.of(o.getId());
        }
        if (organs.isEmpty()) {
            return new Result(List.of(), 0, 1, 1);
        }
        Set<RequestState> states = states(filter.state());
        int page = filter.page() == null || filter.page() < 1 ? 1 : filter.page();
        PageRequest pr = PageRequest.of(page - 1, PAGE_SIZE,
                Sort.by(Sort.Order.asc("dueOn").nullsLast(), Sort.Order.asc("id")));
        Page<DisclosureRequest> found = filter.mine()
                ? requests.findByOrganIdInAndStateInAndHandlerId(organs, states, staff.id(), pr)
                : requests.findByOrganIdInAndStateIn(organs, states, pr);
        Map<Long, Organ> organsById = organization.all().stream()
                .collect(Collectors.toMap(Organ::getId, Function.identity()));
        LocalDate today = clock.today();
        // the ledger's due dates of the page in one lookup (the one value; dueOn only sorts)
        Map<String, cn.gongkai.obligations.ObligationView> duties = obligations.findAll(
                cn.gongkai.obligations.RuleIds.REQUEST_REPLY, "request",
                found.getContent().stream().map(r -> String.valueOf(r.getId())).toList());
        List<Row> rows = found.getContent().stream().map(r -> row(r, organsById.get(r.getOrganId()), today,
                due(r, duties.get(String.valueOf(r.getId()))))).toList();
        return new Result(rows, found.getTotalElements(), page, Math.max(1, found.getTotalPages()));
    }

    /** The ledger's last day, none while awaiting the corrected application (the clock restarts then). */
    private static LocalDate due(DisclosureRequest r, cn.gongkai.obligations.ObligationView duty) {
        if (duty == null) {
            return r.getDueOn();
        }
        return r.getState() == RequestState.AWAITING_CORRECTION ? null : duty.lastDay();
    }

    private Row row(DisclosureRequest r, Organ organ, LocalDate today, LocalDate dueOn) {
        Integer left = r.getState().isOpen() && dueOn != null ? clock.workingDaysLeft(today, dueOn) : null;
        String handler = r.getHandlerId() == null ? null
                : organization.staff(r.getHandlerId()).map(StaffMember::displayName).orElse(null);
        String description = r.getDescription().length() > 80 ? r.getDescription().substring(0, 80) + "…"
                : r.getDescription();
        return new Row(r.getId(), r.trackingCode().display(), organ.getCode(), organ.getName(),
                r.applicant().name(), description, r.getReceivedOn(), dueOn, left,
                left != null && dueOn.isBefore(today), r.getState().name(), handler,
                r.getState().isOpen() && clock.isProvisional(dueOn));
    }

    static Set<RequestState> states(String filter) {
        if (filter == null || filter.isBlank() || "OPEN".equalsIgnoreCase(filter)) {
            return EnumSet.of(RequestState.IN_PROGRESS, RequestState.AWAITING_CORRECTION, RequestState.CONSULTING,
                    RequestState.AWAITING_PAYMENT);
        }
        if ("ALL".equalsIgnoreCase(filter)) {
            return EnumSet.allOf(RequestState.class);
        }
        if ("FINISHED".equalsIgnoreCase(filter)) {
            return EnumSet.of(RequestState.REPLIED, RequestState.CLOSED);
        }
        try {
            return EnumSet.of(RequestState.valueOf(filter.toUpperCase()));
        }
        catch (IllegalArgumentException e) {
            throw GongkaiException.invalid("state", "requests.apply.error.choice",
                    "OPEN, FINISHED, ALL, " + EnumSet.allOf(RequestState.class));
        }
    }
}
